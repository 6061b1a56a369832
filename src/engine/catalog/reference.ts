// Image reference parsing and normalisation, following distribution/reference (the grammar Docker uses):
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [domain "/"] path-component ["/" path-component]*
// The first component is a domain when it contains '.' or ':', is 'localhost', or has upper-case letters;
// otherwise the domain is docker.io, and a single-component path gets the 'library/' namespace.
// Sources: distribution/reference normalize.go (splitDockerDomain) and regexp.go; `FROM scratch` is the reserved
// empty image (BuildKit convert.go: emptyImageName).

export interface ImageReference {
  /** 'docker.io', 'gcr.io', 'localhost:5000' */
  readonly domain: string;
  /** Path after the domain: 'library/python', 'distroless/static-debian12', 'myorg/app'. */
  readonly path: string;
  /** domain + '/' + path */
  readonly repository: string;
  /** The tag; 'latest' when none was written and no digest was given. */
  readonly tag: string;
  /** True when the text had no tag (so 'latest' was implied). */
  readonly tagImplied: boolean;
  readonly digest: string | undefined;
  /** Fully qualified: 'docker.io/library/python:3.12' (+ '@sha256:…' when a digest was given). */
  readonly canonical: string;
  /** How `docker` prints it: 'python:3.12', 'myorg/app:1.2', 'gcr.io/distroless/static-debian12:latest'. */
  readonly familiar: string;
  readonly scratch: boolean;
}

export type ReferenceResult =
  | { readonly ok: true; readonly ref: ImageReference }
  | { readonly ok: false; readonly error: string };

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DOMAIN = 'index.docker.io';
const MAX_NAME = 255;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

export function parseReference(text: string): ReferenceResult {
  const input = text.trim();
  if (input === '') return fail('the image reference is empty');
  if (input.length > 1024) return fail('the image reference is too long');
  if (/\$/.test(input)) return fail(`"${clip(input)}" still contains a variable; expand build args first`);
  if (input === 'scratch') return { ok: true, ref: scratchRef() };

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return fail(`"${clip(digest)}" is not a valid digest (expected algorithm:hex, e.g. sha256:…)`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return fail(`"${clip(tag)}" is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
  }
  if (rest === '') return fail('the image reference has no repository name');

  const { domain, path } = splitDomain(rest);
  if (domain !== DEFAULT_DOMAIN) {
    const host = domain.replace(/:\d+$/, '');
    if (!/^\[[0-9a-fA-F:]+\]$/.test(host) && !host.split('.').every((c) => DOMAIN_COMPONENT.test(c))) {
      return fail(`"${clip(domain)}" is not a valid registry host`);
    }
  }
  const components = path.split('/');
  for (const c of components) {
    if (!COMPONENT.test(c)) {
      return fail(
        c !== c.toLowerCase()
          ? `repository name must be lowercase: "${clip(path)}"`
          : `"${clip(c)}" is not a valid repository name component`,
      );
    }
  }
  const repository = `${domain}/${path}`;
  if (repository.length > MAX_NAME) return fail('repository name must not be longer than 255 characters');

  const tagImplied = tag === undefined;
  const effectiveTag = tag ?? 'latest';
  const canonical = `${repository}:${effectiveTag}${digest ? `@${digest}` : ''}`;
  const short = domain === DEFAULT_DOMAIN ? (path.startsWith('library/') ? path.slice(8) : path) : repository;
  const familiar = `${short}:${effectiveTag}${digest ? `@${digest}` : ''}`;
  return {
    ok: true,
    ref: { domain, path, repository, tag: effectiveTag, tagImplied, digest, canonical, familiar, scratch: false },
  };
}

function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  let domain = DEFAULT_DOMAIN;
  let path = name;
  if (slash >= 0) {
    const first = name.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      path = name.slice(slash + 1);
    }
  }
  if (domain === LEGACY_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = `library/${path}`;
  return { domain, path };
}

function scratchRef(): ImageReference {
  return {
    domain: '', path: 'scratch', repository: 'scratch', tag: '', tagImplied: true, digest: undefined,
    canonical: 'scratch', familiar: 'scratch', scratch: true,
  };
}

function fail(error: string): ReferenceResult {
  return { ok: false, error };
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** 'python' → 'docker.io/library/python'; a repository string as the catalog keys it. */
export function normalizeRepository(name: string): string | undefined {
  const r = parseReference(name);
  return r.ok ? r.ref.repository : undefined;
}
