/**
 * A stage's starting point from a catalog image: its filesystem (the catalog's seed of notable paths,
 * its well-known tools, its shell and loader, /etc/passwd and /etc/group from its users, the apt
 * `docker-clean` hook where the image has it, /etc/os-release), its history as layers (sizes from the
 * catalog; the files the seed lists are put in the largest layer, the rest of each layer is one entry
 * saying it is not itemised), its config and its OS facts. An image the catalog does not know is
 * estimated — and everything about it is labelled so.
 */
import type { CatalogImage, FsEntry } from '../catalog/types.ts';
import type { ImageLayer, LayerChange } from '../inspect/layer.ts';
import type { FileNode, ImageOs } from './types.ts';
import type { MutableDir } from './fs-tree.ts';
import { cloneDir, newDir, newFsState, mkdirp, putNode } from './fs-tree.ts';
import { hashParts } from './hash.ts';
import { dirname } from './fs-path.ts';

export interface BaseImage {
  readonly ref: string;
  readonly digest: string;
  readonly known: boolean;
  readonly root: MutableDir;
  readonly layers: readonly ImageLayer[];
  readonly os: ImageOs;
  readonly config: {
    readonly env: ReadonlyMap<string, string>;
    readonly cmd: readonly string[] | undefined;
    readonly entrypoint: readonly string[] | undefined;
    readonly workdir: string;
    readonly user: string;
    readonly shell: readonly string[];
    readonly stopSignal: string | undefined;
    readonly exposedPorts: readonly string[];
    readonly labels: ReadonlyMap<string, string>;
  };
  readonly compressedBytes: number;
  readonly onDiskBytes: number;
  readonly estimates: readonly string[];
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];

/** Directories every Linux base image has (FHS; distroless has them too), with their usual modes. */
const STANDARD_DIRS: readonly (readonly [string, number])[] = [
  ['/etc', 0o755], ['/tmp', 0o1777], ['/root', 0o700], ['/home', 0o755], ['/opt', 0o755], ['/srv', 0o755], ['/mnt', 0o755],
  ['/run', 0o755], ['/dev', 0o755], ['/proc', 0o555], ['/sys', 0o555], ['/var/tmp', 0o1777], ['/var/cache', 0o755],
  ['/var/lib', 0o755], ['/var/log', 0o755], ['/usr/local/bin', 0o755], ['/usr/local/lib', 0o755], ['/usr/bin', 0o755],
  ['/usr/sbin', 0o755], ['/usr/lib', 0o755], ['/usr/share', 0o755],
];
/** Σ of the layers of an image the catalog does not know (estimate: a Debian-slim-sized image). */
const UNKNOWN_IMAGE_BYTES = 80e6;
/** Its compressed size at the whole-image gzip ratio (≈2.6, simulation-model.md §3); bytes are whole numbers. */
const UNKNOWN_IMAGE_COMPRESSED_BYTES = Math.round(UNKNOWN_IMAGE_BYTES / 2.6);

function file(bytes: number, mode: number, identity: string, text?: string): FileNode {
  return {
    kind: 'file',
    bytes,
    mode,
    uid: 0,
    gid: 0,
    digest: hashParts([identity, String(bytes), text ?? '']),
    text,
    binary: undefined,
    content: text !== undefined ? 'text' : 'binary',
    estimate: false,
  };
}

export function scratchImage(): BaseImage {
  return {
    ref: 'scratch',
    digest: '',
    known: true,
    root: newDir(),
    layers: [],
    os: { family: 'scratch', libc: 'none', shellImpl: undefined, packageManager: undefined, packageRelease: undefined, packageSets: [], slim: false },
    config: { env: new Map(), cmd: undefined, entrypoint: undefined, workdir: '', user: '', shell: DEFAULT_SHELL, stopSignal: undefined, exposedPorts: [], labels: new Map() },
    compressedBytes: 0,
    onDiskBytes: 0,
    estimates: [],
  };
}

const templates = new WeakMap<CatalogImage, Map<string, BaseImage>>();

/**
 * The starting point of a stage on `image`. The image's tree is made once per catalog record and
 * architecture and cloned for each use (a stage mutates its tree).
 */
export function catalogImage(image: CatalogImage, ref: string, arch: string): BaseImage {
  let byKey = templates.get(image);
  if (byKey === undefined) {
    byKey = new Map();
    templates.set(image, byKey);
  }
  const key = `${ref}\u0000${arch}`;
  let template = byKey.get(key);
  if (template === undefined) {
    template = makeCatalogImage(image, ref, arch);
    byKey.set(key, template);
  }
  return { ...template, root: cloneDir(template.root) };
}

function makeCatalogImage(image: CatalogImage, ref: string, arch: string): BaseImage {
  const state = newFsState();
  const seedChanges: LayerChange[] = [];
  let seedBytes = 0;
  const add = (path: string, node: FileNode | { kind: 'symlink'; target: string; uid: number; gid: number } | MutableDir): void => {
    let real: string | undefined = path;
    if (node.kind === 'dir') {
      real = mkdirp(state, path)?.path;
    } else {
      mkdirp(state, dirname(path));
      real = putNode(state, path, node);
    }
    const bytes = node.kind === 'file' ? node.bytes : 0;
    seedBytes += bytes;
    seedChanges.push({ path: real ?? path, kind: node.kind, bytes });
  };
  // Usr-merged images: /bin, /sbin, /lib are links into /usr (Debian ≥ 12, Ubuntu ≥ 20.04).
  if (image.os.usrMerged) {
    for (const [link, target] of [['/bin', 'usr/bin'], ['/sbin', 'usr/sbin'], ['/lib', 'usr/lib'], ['/lib64', 'usr/lib64']] as const) {
      mkdirp(state, `/${target}`);
      add(link, { kind: 'symlink', target, uid: 0, gid: 0 });
    }
  }
  if (image.os.family !== 'scratch') {
    for (const [dir, mode] of STANDARD_DIRS) {
      if (!lookupSeed(state.root, dir)) mkdirp(state, dir, { uid: 0, gid: 0 }, mode);
    }
  }
  for (const [path, entry] of Object.entries(seedPaths(image.fs))) {
    if (entry.kind === 'dir') {
      add(path, newDir());
      // A directory the catalog knows only by its total size: one file stands for its contents.
      if (entry.size !== undefined && entry.size > 0) {
        const name = path.slice(path.lastIndexOf('/') + 1) || 'root';
        add(`${path}/${name}.contents`, { ...file(entry.size, 0o644, `${image.digest}:${path}:contents`), content: 'mixed' });
      }
    }
    else if (entry.kind === 'symlink') add(path, { kind: 'symlink', target: entry.target, uid: 0, gid: 0 });
    else add(path, withBinary(file(entry.size, entry.mode ?? 0o644, `${image.digest}:${path}`), image, arch, path));
  }
  for (const tool of Object.values(image.tools)) {
    if (tool === undefined || tool.startsWith('/etc/')) continue;
    if (lookupSeed(state.root, tool)) continue;
    add(tool, withBinary(file(1_000_000, 0o755, `${image.digest}:${tool}`), image, arch, tool));
  }
  if (image.tools['ca-certificates'] !== undefined && !lookupSeed(state.root, '/etc/ssl/certs/ca-certificates.crt')) {
    add('/etc/ssl/certs/ca-certificates.crt', file(219_000, 0o644, 'ca-certificates.crt'));
  }
  const shell = image.os.shell;
  if (shell !== undefined && !lookupSeed(state.root, shell.path)) add(shell.path, withBinary(file(125_000, 0o755, `${image.digest}:${shell.path}`), image, arch, shell.path));
  const loader = image.os.loaderPath;
  if (loader !== undefined && !lookupSeed(state.root, loader)) add(loader, file(210_000, 0o755, `${image.digest}:${loader}`));
  if (image.os.family !== 'scratch') {
    const passwd = image.users.map((u) => `${u.name}:x:${u.uid}:${u.gid}::${u.home ?? (u.uid === 0 ? '/root' : '/nonexistent')}:${u.shell ?? '/usr/sbin/nologin'}`).join('\n');
    const groupIds = new Map<number, string>();
    for (const u of image.users) if (!groupIds.has(u.gid)) groupIds.set(u.gid, u.uid === u.gid ? u.name : u.gid === 0 ? 'root' : u.name);
    const group = [...groupIds].map(([gid, name]) => `${name}:x:${gid}:`).join('\n');
    if (image.users.length > 0) {
      add('/etc/passwd', file(passwd.length + 1, 0o644, `${image.digest}:passwd`, `${passwd}\n`));
      add('/etc/group', file(group.length + 1, 0o644, `${image.digest}:group`, `${group}\n`));
      add('/etc/shadow', file(image.users.length * 30, 0o640, `${image.digest}:shadow`));
    }
    if (image.os.release !== undefined) {
      const osr = `ID=${image.os.family}\nVERSION_ID="${image.os.release}"\nVERSION_CODENAME=${image.os.packageRelease ?? image.os.release}\n`;
      add('/etc/os-release', file(osr.length, 0o644, `${image.digest}:os-release`, osr));
    }
  }
  if (image.os.packageManager === 'apt') {
    add('/var/lib/apt/lists', newDir());
    if (image.os.aptDockerClean !== false) add('/etc/apt/apt.conf.d/docker-clean', file(382, 0o644, 'docker-clean'));
  }
  const layers = baseLayers(image, seedChanges, seedBytes);
  const os: ImageOs = {
    family: image.os.family,
    libc: image.os.libc,
    shellImpl: shell?.impl,
    packageManager: image.os.packageManager === 'none' ? undefined : image.os.packageManager,
    packageRelease: image.os.packageRelease ?? image.os.release,
    packageSets: image.os.packageSets ?? [],
    slim: image.os.slim,
  };
  const estimates: string[] = [];
  if (image.compressed.confidence === 'estimate' || image.onDisk.confidence === 'estimate') {
    estimates.push(`${ref}: the catalog's size for this image is an estimate (${image.onDisk.source})`);
  }
  return {
    ref,
    digest: image.digest,
    known: true,
    root: state.root,
    layers,
    os,
    config: {
      env: new Map(Object.entries(image.config.env)),
      cmd: image.config.cmd,
      entrypoint: image.config.entrypoint,
      workdir: image.config.workdir,
      user: image.config.user,
      shell: image.config.shell.length > 0 ? image.config.shell : DEFAULT_SHELL,
      stopSignal: image.config.stopSignal,
      exposedPorts: image.config.exposedPorts,
      labels: new Map(Object.entries(image.config.labels ?? {})),
    },
    compressedBytes: image.compressed.bytes,
    onDiskBytes: image.onDisk.bytes,
    estimates,
  };
}

/** The seed's paths. */
function seedPaths(fs: CatalogImage['fs']): Readonly<Record<string, FsEntry>> {
  return fs.paths;
}

function lookupSeed(root: MutableDir, path: string): boolean {
  let dir: MutableDir | undefined = root;
  const parts = path.split('/').filter((p) => p !== '');
  for (let i = 0; i < parts.length; i++) {
    const node: unknown = dir?.children.get(parts[i] as string);
    if (node === undefined) return false;
    if (i === parts.length - 1) return true;
    dir = (node as { kind: string }).kind === 'dir' ? (node as MutableDir) : undefined;
  }
  return true;
}

/** Executables of the image are linked against its libc (its loader), unless the image has none. */
function withBinary(node: FileNode, image: CatalogImage, arch: string, path: string): FileNode {
  if ((node.mode & 0o111) === 0 || path.startsWith('/etc/')) return node;
  const libc = image.os.libc;
  const binary = libc === 'none' || image.os.loaderPath === undefined
    ? { linkage: 'static' as const, interpreter: undefined, libc: 'none' as const, needs: [], arch, producer: 'base image' }
    : { linkage: 'dynamic' as const, interpreter: image.os.loaderPath, libc, needs: [], arch, producer: 'base image' };
  return { ...node, binary };
}

function baseLayers(image: CatalogImage, seedChanges: readonly LayerChange[], seedBytes: number): ImageLayer[] {
  const items = image.layers.items;
  let largest = -1;
  items.forEach((l, i) => {
    if (!l.emptyLayer && (largest < 0 || l.bytes > (items[largest]?.bytes ?? 0))) largest = i;
  });
  return items.map((l, i) => {
    const changes: LayerChange[] = [];
    if (!l.emptyLayer) {
      let rest = l.bytes;
      if (i === largest) {
        changes.push(...seedChanges);
        rest = Math.max(0, l.bytes - seedBytes);
      }
      if (rest > 0) changes.push({ path: `/(base layer ${i + 1}: files not itemised)`, kind: 'file', bytes: rest });
    }
    return {
      createdBy: l.createdBy,
      emptyLayer: l.emptyLayer,
      bytes: l.bytes,
      compressedBytes: l.compressedBytes,
      changes,
      line: undefined,
      fromBase: true,
      comment: '',
    };
  });
}

/** A FROM image the catalog does not know: an estimated Debian-like image, every fact labelled. */
export function unknownImage(ref: string, platform: { arch: string }): BaseImage {
  const state = newFsState();
  const digest = `sha256:${hashParts(['unknown-image', ref])}${hashParts(['unknown-image-2', ref])}${hashParts(['unknown-image-3', ref])}${hashParts(['unknown-image-4', ref])}`;
  const sh = file(125_000, 0o755, `${ref}:/bin/sh`);
  for (const [dir, mode] of STANDARD_DIRS) mkdirp(state, dir, { uid: 0, gid: 0 }, mode);
  mkdirp(state, '/bin');
  putNode(state, '/bin/sh', { ...sh, binary: { linkage: 'dynamic', interpreter: '/lib64/ld-linux-x86-64.so.2', libc: 'glibc', needs: [], arch: platform.arch, producer: 'base image' } });
  mkdirp(state, '/lib64');
  putNode(state, '/lib64/ld-linux-x86-64.so.2', file(210_000, 0o755, `${ref}:loader`));
  mkdirp(state, '/etc');
  putNode(state, '/etc/passwd', file(34, 0o644, `${ref}:passwd`, 'root:x:0:0:root:/root:/bin/sh\n'));
  putNode(state, '/etc/group', file(12, 0o644, `${ref}:group`, 'root:x:0:\n'));
  return {
    ref,
    digest,
    known: false,
    root: state.root,
    layers: [{
      createdBy: `(layers of ${ref}, not in the catalog)`,
      emptyLayer: false,
      bytes: UNKNOWN_IMAGE_BYTES,
      compressedBytes: UNKNOWN_IMAGE_COMPRESSED_BYTES,
      changes: [{ path: '/(base image not in the catalog: size estimated)', kind: 'file', bytes: UNKNOWN_IMAGE_BYTES }],
      line: undefined,
      fromBase: true,
      comment: '',
    }],
    os: { family: 'unknown', libc: 'glibc', shellImpl: 'dash', packageManager: 'apt', packageRelease: undefined, packageSets: [], slim: false },
    config: { env: new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]), cmd: undefined, entrypoint: undefined, workdir: '', user: '', shell: DEFAULT_SHELL, stopSignal: undefined, exposedPorts: [], labels: new Map() },
    compressedBytes: UNKNOWN_IMAGE_COMPRESSED_BYTES,
    onDiskBytes: UNKNOWN_IMAGE_BYTES,
    estimates: [`${ref} is not in the catalog: it was estimated as an ${UNKNOWN_IMAGE_BYTES / 1e6} MB glibc image with /bin/sh, and commands it might lack were assumed present`],
  };
}
