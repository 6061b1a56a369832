/**
 * curl and wget. A download's size is known for a few well-known release assets and otherwise estimated
 * from the URL's file type (always labelled). `-o FILE` / `-O` / `wget -O FILE` / `-P DIR` write a file;
 * without them the bytes go to stdout (piped into `tar` or `sh`, or captured). `RUN --network=none`
 * makes name resolution fail (curl exit 6, wget exit 4). HTTPS needs a CA bundle: on an image the
 * catalog knows, its absence fails as curl does (exit 77).
 */
import type { CommandHandler, Invocation, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, putFile, spend } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { normalizePath } from '../../fs-path.ts';
import type { ContentClass } from '../../types.ts';

interface Download {
  readonly bytes: number;
  readonly content: ContentClass;
  readonly executable: boolean;
  readonly known: boolean;
}

/** Sizes of a few release assets courses use (bytes; checked against their release pages, rounded). */
const KNOWN: readonly [RegExp, Download][] = [
  [/krallin\/tini\/releases\/.*\/tini-static(-amd64|-arm64)?$/, { bytes: 870_000, content: 'binary', executable: true, known: true }],
  [/krallin\/tini\/releases\/.*\/tini(-amd64|-arm64)?$/, { bytes: 24_000, content: 'binary', executable: true, known: true }],
  [/Yelp\/dumb-init\/releases\/.*dumb-init_[\d.]+_(x86_64|amd64|aarch64)$/, { bytes: 700_000, content: 'binary', executable: true, known: true }],
  [/nodejs\.org\/dist\/.*\.tar\.xz$/, { bytes: 29e6, content: 'compressed', executable: false, known: true }],
  [/nodejs\.org\/dist\/.*\.tar\.gz$/, { bytes: 48e6, content: 'compressed', executable: false, known: true }],
  [/go\.dev\/dl\/go.*\.tar\.gz$|golang\.org\/dl\/go.*\.tar\.gz$/, { bytes: 68e6, content: 'compressed', executable: false, known: true }],
];

export function sizeOfUrl(url: string): Download {
  for (const [re, d] of KNOWN) if (re.test(url)) return d;
  const path = url.replace(/[?#].*$/, '');
  if (/\.(sh|py|pl|rb|txt|json|ya?ml|conf|pub|asc|gpg|key)$/.test(path)) return { bytes: 20_000, content: 'text', executable: false, known: false };
  if (/\.(tar\.gz|tgz|tar\.xz|txz|tar\.bz2|zip|tar\.zst|gz|xz|deb|apk|rpm|jar|whl)$/.test(path)) return { bytes: 20e6, content: 'compressed', executable: false, known: false };
  return { bytes: 10e6, content: 'binary', executable: false, known: false };
}

function hostOf(url: string): string {
  return /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? url;
}

function fetchUrl(inv: Invocation, run: RunState, url: string, tool: 'curl' | 'wget', quiet: boolean): Outcome | Download {
  if (run.network === 'none') {
    return tool === 'curl'
      ? { status: 6, messages: quiet ? [] : [`curl: (6) Could not resolve host: ${hostOf(url)}`] }
      : { status: 4, messages: [`wget: unable to resolve host address '${hostOf(url)}'`] };
  }
  if (url.startsWith('https:') && run.knowsContents && lookup(run.fs.root, '/etc/ssl/certs/ca-certificates.crt') === undefined && !inv.argv.includes('-k') && !inv.argv.includes('--insecure') && !inv.argv.includes('--no-check-certificate')) {
    return tool === 'curl'
      ? { status: 77, messages: quiet ? [] : ['curl: (77) error setting certificate verify locations:  CAfile: /etc/ssl/certs/ca-certificates.crt CApath: /etc/ssl/certs'] }
      : { status: 5, messages: [`ERROR: cannot verify ${hostOf(url)}'s certificate: Unable to locally verify the issuer's authority.`] };
  }
  const d = sizeOfUrl(url);
  if (!d.known) estimate(run, `the size of ${url.length > 70 ? `${url.slice(0, 67)}…` : url} is an estimate (${Math.round(d.bytes / 1000).toLocaleString('en-US')} kB)`);
  spend(run, 0.4 + d.bytes / run.catalog.figures.downloadBytesPerSecond);
  return d;
}

function isOutcome(x: Outcome | Download): x is Outcome {
  return (x as Outcome).status !== undefined;
}

export const curl: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const valueFlags = new Set(['-o', '--output', '-H', '--header', '-x', '--proxy', '-u', '--user', '-w', '--write-out', '--retry', '--retry-delay', '-m', '--max-time', '--connect-timeout', '-A', '--user-agent', '-d', '--data', '-X', '--request', '-e', '--referer', '--create-dirs-mode', '--proto', '--tlsv1.2']);
  let output: string | undefined;
  let remoteName = false;
  const urls: string[] = [];
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o' || a === '--output') output = args[++i];
    else if (a === '-O' || a === '--remote-name') remoteName = true;
    else if (valueFlags.has(a)) i++;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('s') && !a.includes('S')) quiet = true;
      if (a.includes('O')) remoteName = true;
      if (a.endsWith('o')) output = args[++i];
    } else if (!a.startsWith('-')) urls.push(a);
  }
  const url = urls[0];
  if (url === undefined) return { status: 2, messages: ['curl: no URL specified!'] };
  const got = fetchUrl(inv, run, url, 'curl', quiet);
  if (isOutcome(got)) return got;
  const file = output ?? (remoteName ? url.replace(/[?#].*$/, '').split('/').pop() : undefined);
  if (file !== undefined && file !== '-') {
    putFile(run, file, { bytes: got.bytes, content: got.content, estimate: !got.known, identity: `url:${url}` }, inv.cwd);
    return { status: 0 };
  }
  return { status: 0, stdoutBytes: got.bytes, stdoutContent: got.content, stdoutIdentity: `url:${url}`, ...(got.content === 'text' ? { stdout: '' } : {}) };
};

export const wget: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  let output: string | undefined;
  let dir = inv.cwd;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-O' || a === '--output-document') output = args[++i];
    else if (a.startsWith('--output-document=')) output = a.slice(18);
    else if (a === '-P' || a === '--directory-prefix') dir = normalizePath(args[++i] ?? '.', inv.cwd);
    else if (/^-[a-zA-Z]*O$/.test(a)) output = args[++i];
    else if (/^-[a-zA-Z]*O-$/.test(a) || a === '-qO-') output = '-';
    else if (a === '-T' || a === '-t' || a === '--tries' || a === '--timeout' || a === '-U' || a === '--header') i++;
    else if (!a.startsWith('-')) urls.push(a);
  }
  const url = urls[0];
  if (url === undefined) return { status: 1, messages: ['wget: missing URL'] };
  const got = fetchUrl(inv, run, url, 'wget', true);
  if (isOutcome(got)) return got;
  if (output === '-') return { status: 0, stdoutBytes: got.bytes, stdoutContent: got.content, stdoutIdentity: `url:${url}`, ...(got.content === 'text' ? { stdout: '' } : {}) };
  const file = output ?? `${dir}/${url.replace(/[?#].*$/, '').split('/').pop() || 'index.html'}`;
  putFile(run, file, { bytes: got.bytes, content: got.content, estimate: !got.known, identity: `url:${url}` }, inv.cwd);
  return { status: 0 };
};
