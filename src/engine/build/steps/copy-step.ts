/**
 * COPY and ADD. Sources resolve with BuildKit's rules (context/copy-sources.ts) against the sent context
 * (what .dockerignore leaves) or, with `--from`, a finished stage's filesystem or an image; a missing or
 * ignored source fails the cache key with BuildKit's text. The key is the parent's (none with --link),
 * the flags, and the checksum of exactly the copied files — content, mode, owner, never mtime. Files land
 * root-owned unless `--chown` (a name not in the image's /etc/passwd silently means 0, as BuildKit's
 * readUser does), with `--chmod` on everything copied.
 */
import type { CopyInstruction } from '../../dockerfile/ast.ts';
import type { ExpandedInstruction } from '../../dockerfile/expansion-types.ts';
import type { FileTreeSource } from '../../context/types.ts';
import { resolveCopySources } from '../../context/copy-sources.ts';
import type { CopyRequest, CopyResolution } from '../../context/copy-sources.ts';
import { checksumNotFoundMessage, missingSourceMessage, refIdFor } from '../../context/errors.ts';
import { contentDigest } from '../../context/checksum.ts';
import type { BuildSession } from '../session.ts';
import { decide } from '../session.ts';
import type { StageRun } from '../stage-run.ts';
import { copyKey } from '../cache-key.ts';
import { copyCreatedBy } from '../history.ts';
import { beginStep, endStep, lookup, mkdirp, putNode } from '../fs-tree.ts';
import { diffLayer } from '../layer-diff.ts';
import { joinPath, normalizePath, basename } from '../fs-path.ts';
import { readGroups, readUsers } from '../filesystem-query.ts';
import { nodeFromEntry, stageTreeSource } from '../stage-tree-source.ts';
import type { Ownership } from '../stage-tree-source.ts';
import { commitStep, failStep, vertexName } from './commit.ts';
import { hashParts } from '../hash.ts';
import { parseMode } from '../run/commands/files.ts';
import { sizeOfUrl } from '../run/commands/download.ts';
import { resolveStageRef } from '../stage-graph.ts';
import type { FileNode, FsNode } from '../types.ts';
import { catalogImage } from '../base-image.ts';

const COPY_BYTES_PER_SECOND = 250e6;
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2?|tar\.zst)$/i;

function word(e: ExpandedInstruction | undefined, field: string, index = 0): string | undefined {
  return e?.words.find((w) => w.field === field && w.index === index)?.value;
}

/** `--chown=user:group` against the destination's /etc/passwd and /etc/group (solver/llbsolver/ops/user_linux.go readUser). */
function ownership(run: StageRun, chown: string | undefined, chmod: string | undefined): Ownership {
  let uid = 0;
  let gid = 0;
  if (chown !== undefined && chown !== '') {
    const [u = '', g] = chown.split(':', 2);
    if (/^\d+$/.test(u)) uid = gid = Number(u);
    else {
      const found = readUsers(run.fs.root).find((x) => x.name === u);
      if (found !== undefined) {
        uid = found.uid;
        gid = found.gid;
      }
    }
    if (g !== undefined && g !== '') {
      if (/^\d+$/.test(g)) gid = Number(g);
      else gid = readGroups(run.fs.root).find((x) => x.name === g)?.gid ?? 0;
    }
  }
  const mode = chmod === undefined || chmod === '' ? undefined : parseMode(chmod, 0o644, false);
  return { uid, gid, mode };
}

interface Source {
  readonly tree: FileTreeSource | undefined;
  /** An image known only by its notable paths: a path not among them is estimated, not an error. */
  readonly lenient?: boolean;
  readonly label: string;
  readonly stage: StageRun | undefined;
  readonly usesContext: boolean;
  readonly error?: { readonly message: string; readonly explanation: string };
}

function sourceOf(session: BuildSession, run: StageRun, from: string | undefined): Source {
  if (from === undefined || from === '') return { tree: session.context.sent, label: 'context', stage: undefined, usesContext: true };
  const byName = new Map<string, number>();
  for (const n of session.graph.nodes) if (n.alias !== undefined) byName.set(n.alias, n.index);
  const index = resolveStageRef(from, byName, session.graph.nodes.length);
  if (index === 'invalid') return { tree: undefined, label: from, stage: undefined, usesContext: false, error: { message: `invalid stage index ${from}`, explanation: `There is no stage number ${from}.` } };
  if (index !== undefined) {
    const other = session.runs.get(index);
    if (other === undefined || index >= run.node.index && other === run) {
      return {
        tree: undefined,
        label: from,
        stage: undefined,
        usesContext: false,
        error: { message: `cannot copy from stage "${from}", it needs to be defined before current stage "${run.name}"`, explanation: 'COPY --from can only use a stage defined earlier in the Dockerfile.' },
      };
    }
    return { tree: stageTreeSource(other.fs.root), label: other.name, stage: other, usesContext: false };
  }
  const image = session.catalog.image(from, session.platformText);
  if (image !== undefined) {
    return { tree: stageTreeSource(catalogImage(image, from, session.platform.arch).root), label: from, stage: undefined, usesContext: false, lenient: true };
  }
  if (!from.includes('/') && !from.includes(':') && !from.includes('.')) {
    const names = session.graph.nodes.flatMap((n) => (n.alias === undefined ? [] : [n.alias]));
    const ref = `docker.io/library/${from.toLowerCase()}:latest`;
    return {
      tree: undefined,
      label: from,
      stage: undefined,
      usesContext: false,
      error: {
        message: `${from}: failed to resolve source metadata for ${ref}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
        explanation: `There is no stage named "${from}"${names.length > 0 ? ` (stages: ${names.join(', ')})` : ''}, so Docker takes --from=${from} as an image name and tries to pull ${ref}, which does not exist.`,
      },
    };
  }
  return { tree: undefined, label: from, stage: undefined, usesContext: false };
}

export function copyStep(session: BuildSession, run: StageRun, instruction: CopyInstruction, e: ExpandedInstruction | undefined): void {
  const name = vertexName(session, run, instruction, e);
  const kind = instruction.kind;
  const o = instruction.options;
  const chown = o.chown === undefined ? undefined : (word(e, 'chown') ?? o.chown.value);
  const chmod = o.chmod === undefined ? undefined : (word(e, 'chmod') ?? o.chmod.value);
  const link = instruction.linked && (chmod === undefined || chmod === ''); // convert_copy.go: --link falls back without it when --chmod is given
  const sources = instruction.sources.map((s, i) => word(e, 'source', i) ?? s.value);
  const destText = word(e, 'dest') ?? instruction.dest?.value ?? '';
  const from = o.from?.value;
  const excludes = o.exclude.map((f) => f.value ?? '').filter((x) => x !== '');
  const parents = o.parents !== undefined && o.parents.value !== 'false';
  const fail = (vertexError: string, message: string, explanation: string) =>
    failStep(session, run, { kind, instruction, name, key: '', logs: [], vertexError, message: `failed to solve: ${message}`, explanation, seconds: 0, estimates: [] });

  const src = sourceOf(session, run, from);
  if (src.error !== undefined) {
    fail(src.error.message, src.error.message, src.error.explanation);
    return;
  }
  const workdir = run.config.workdir || '/';
  const dest = normalizePath(destText, workdir);
  const destIsDir = destText.endsWith('/') || destText.endsWith('/.') || destText === '.';
  const heredocSources = sources.map((s) => /^<<-?["']?([A-Za-z0-9_]+)["']?$/.exec(s)?.[1]).filter((x): x is string => x !== undefined);
  const pathSources = sources.filter((s) => !/^<<-?["']?[A-Za-z0-9_]+["']?$/.test(s));
  const urls = kind === 'add' ? pathSources.filter((s) => /^https?:\/\//.test(s) || /^git@|\.git(#.*)?$/.test(s)) : [];
  const local = pathSources.filter((s) => !urls.includes(s));
  const wildcard = local.some((s) => /[*?[]/.test(s));
  if (sources.length > 1 && !destIsDir && lookup(run.fs.root, dest)?.kind !== 'dir') {
    fail('When using COPY with more than one source file, the destination must be a directory and end with a /', 'When using COPY with more than one source file, the destination must be a directory and end with a /', 'With several sources, write the destination with a trailing slash (`./` or `/app/`).');
    return;
  }

  // Resolve the sources and compute their checksum (the cache key's content part).
  const items: { to: string; node: FsNode; from: string; digest: string }[] = [];
  const own = ownership(run, chown, chmod);
  let checksum = '';
  let copiedBytes = 0;
  const files: Record<string, string> = {};
  const estimates: string[] = [];
  // The ref id in a not-found message is only made when it is needed (it costs a sha256 and a base-36 BigInt).
  const resolved = src.tree !== undefined && local.length > 0 ? resolveCached(src, { sources: local, excludes, parents, ref: '-' }) : undefined;
  if (resolved !== undefined && !(src.lenient === true && resolved.error?.kind === 'not-found')) {
    const r = resolved;
    if (r.error !== undefined) {
      if (r.error.kind === 'not-found') {
        const ref = refIdFor(`${src.label}:${local.join('\n')}`);
        const path = r.error.path;
        const ignored = src.usesContext && session.fullContext.entry(path.slice(1)) !== undefined;
        const explanation = ignored
          ? `${path.slice(1)} is in the build context but .dockerignore excludes it, so COPY cannot see it.`
          : src.usesContext
            ? `${path.slice(1)} is not in the build context (paths are relative to the context root, not the Dockerfile).`
            : `${path} does not exist in stage ${src.label}.`;
        fail(checksumNotFoundMessage(path, ref), missingSourceMessage(path, ref), explanation);
      } else fail(r.error.message, r.error.message, 'A source or --exclude pattern is not valid.');
      return;
    }
    checksum = r.checksum;
    copiedBytes = r.bytes;
    let matchIndex = 0;
    const names = r.sources.flatMap((s) => s.matches.map((m) => m.name));
    for (const item of r.items) {
      const stageNode = src.stage === undefined ? undefined : lookup(src.stage.fs.root, `/${item.from}`);
      const node = nodeFromEntry(item.entry, own, stageNode);
      let to: string;
      if (item.to === '') {
        const matchName = names[matchIndex++] ?? basename(item.from);
        to = item.entry.kind === 'dir' ? dest : destIsDir || wildcard || local.length > 1 || lookup(run.fs.root, dest)?.kind === 'dir' ? joinPath(dest, matchName) : dest;
      } else to = normalizePath(item.to, dest);
      items.push({ to, node, from: item.from, digest: contentDigest(item.entry) });
      if (item.entry.kind !== 'dir' && Object.keys(files).length <= 2_000) files[item.from] = `${contentDigest(item.entry)}:${item.entry.mode}`;
    }
  } else if (local.length > 0) {
    // An image the simulation cannot look inside: one estimated file.
    const bytes = 1e6;
    estimates.push(`COPY --from=${src.label}: the simulation does not know these files of the image; they are estimated at 1 MB`);
    const node: FileNode = { kind: 'file', bytes, mode: own.mode ?? 0o644, uid: own.uid, gid: own.gid, digest: hashParts([src.label, ...local]), text: undefined, binary: undefined, content: 'mixed', estimate: true };
    items.push({ to: destIsDir ? joinPath(dest, basename(local[0] ?? 'file')) : dest, node, from: local.join(','), digest: node.digest });
    checksum = node.digest;
    copiedBytes = bytes;
  }
  for (const h of heredocSources) {
    const hd = instruction.heredocs.find((x) => x.name === h);
    const hIndex = instruction.heredocs.findIndex((x) => x.name === h);
    const text = word(e, 'heredoc', hIndex) ?? hd?.data ?? '';
    const node: FileNode = { kind: 'file', bytes: text.length, mode: own.mode ?? 0o644, uid: own.uid, gid: own.gid, digest: hashParts(['heredoc', text]), text, binary: undefined, content: 'text', estimate: false };
    items.push({ to: destIsDir ? joinPath(dest, h) : dest, node, from: `<<${h}`, digest: node.digest });
    files[`<<${h}`] = node.digest;
    checksum += node.digest;
  }
  for (const url of urls) {
    const d = sizeOfUrl(url);
    if (!d.known) estimates.push(`ADD ${url}: the download's size is an estimate`);
    const fileName = url.replace(/[?#].*$/, '').split('/').pop() || 'download';
    const node: FileNode = { kind: 'file', bytes: d.bytes, mode: own.mode ?? 0o600, uid: own.uid, gid: own.gid, digest: hashParts(['url', url]), text: undefined, binary: undefined, content: d.content, estimate: !d.known };
    items.push({ to: destIsDir ? joinPath(dest, fileName) : dest, node, from: url, digest: node.digest });
    files[url] = node.digest;
    checksum += `${url}:${o.checksum?.value ?? ''}`;
    copiedBytes += d.bytes;
  }

  const text = [kind, `from=${from ?? ''}`, `chown=${chown ?? ''}`, `chmod=${chmod ?? ''}`, `link=${String(link)}`, `parents=${String(parents)}`, `exclude=${excludes.join(',')}`, ...sources, destText, workdir].join('\u0001');
  const key = copyKey({ parent: link ? '' : run.key, text, checksum });
  const chainKey = link ? hashParts(['merge', run.key, key]) : key;
  const record = { key, parent: link ? '' : run.key, stage: run.name, kind, text, files, sources: checksum };
  const decision = link ? decideLinked(session, run, key, record) : decide(session, run, key, record);

  beginStep(run.fs);
  for (const item of items) {
    if (item.node.kind === 'dir') {
      const existing = lookup(run.fs.root, item.to);
      if (existing?.kind === 'dir') {
        if (item.node.children.size > 0) for (const [n, child] of item.node.children) putNode(run.fs, joinPath(item.to, n), child, own);
        continue;
      }
      mkdirp(run.fs, item.to, own, item.node.mode);
      for (const [n, child] of item.node.children) putNode(run.fs, joinPath(item.to, n), child, own);
      continue;
    }
    // ADD auto-extracts a local tar archive into the destination.
    if (kind === 'add' && item.node.kind === 'file' && ARCHIVE.test(item.from) && !urls.includes(item.from)) {
      const dir = destIsDir || lookup(run.fs.root, dest)?.kind === 'dir' ? dest : dest;
      estimates.push(`ADD ${basename(item.from)}: the archive's contents are estimated at 2.5× its size`);
      putNode(run.fs, joinPath(dir, `${basename(item.from).replace(ARCHIVE, '')}.contents`), { ...item.node, bytes: item.node.bytes * 2.5, content: 'mixed', estimate: true }, own);
      continue;
    }
    putNode(run.fs, item.to, item.node, own);
  }
  const entries = diffLayer(run.fs.root, endStep(run.fs));
  commitStep(session, run, {
    kind,
    instruction,
    name,
    key,
    chainKey,
    record,
    decision,
    seconds: 0.05 + copiedBytes / COPY_BYTES_PER_SECOND,
    entries,
    createdBy: copyCreatedBy(kind, { chown, chmod, parents }, sources, destText),
    logs: [],
    estimates,
    usesContext: src.usesContext,
    contextBytes: src.usesContext ? copiedBytes : 0,
    merged: link,
  });
}

const contextResolutions = new WeakMap<FileTreeSource, Map<string, CopyResolution>>();

/**
 * Sources from the (immutable) build context resolve the same way every build: remembered per context,
 * so that a rebuild after a Dockerfile edit does not re-hash the files. Stage trees change; never cached.
 */
function resolveCached(src: Source, request: CopyRequest): CopyResolution {
  const tree = src.tree as FileTreeSource;
  if (!src.usesContext) return resolveCopySources(tree, request);
  let byRequest = contextResolutions.get(tree);
  if (byRequest === undefined) {
    byRequest = new Map();
    contextResolutions.set(tree, byRequest);
  }
  const key = `${request.sources.join('\u0000')}\u0001${(request.excludes ?? []).join('\u0000')}\u0001${String(request.parents)}`;
  let r = byRequest.get(key);
  if (r === undefined) {
    r = resolveCopySources(tree, request);
    if (byRequest.size > 1000) byRequest.clear();
    byRequest.set(key, r);
  }
  return r;
}

/** A linked copy is keyed without its parent: it hits whenever the copied files are the same. */
function decideLinked(session: BuildSession, run: StageRun, key: string, record: Parameters<typeof decide>[3]): ReturnType<typeof decide> {
  return decide(session, run, key, record, false);
}
