/**
 * The Go toolchain: `go mod download`, `go get`, `go build`, `go install`.
 *
 * - Modules: outside a module (no go.mod up from the working directory) Go ≥ 1.17 refuses `go get`
 *   ("'go get' is no longer supported outside a module") and `go build` of a file importing a
 *   non-standard package ("no required module provides package …; go.mod file not found"), unless
 *   GO111MODULE=off. Downloads go to `$GOPATH/pkg/mod`, build results to `~/.cache/go-build`.
 * - Linkage (what decides where the binary starts): cgo is on when CGO_ENABLED=1, or unset and a C
 *   compiler is on PATH (cmd/go: "The cgo tool is enabled by default for native builds on systems where
 *   it is expected to work … disabled by default when cross-compiling" and, since Go 1.20, when no C
 *   compiler is found). With cgo on, a program using `net` or `os/user` (any web server) links the C
 *   library dynamically: glibc's loader on Debian, musl's on Alpine. Otherwise the binary is static.
 *   `-tags netgo,osusergo` or `-extldflags -static` make it static again.
 * - Binary size: the catalog's measured figures (catalog/data/builds.ts, GO_BINARY_SIZES) by what the program
 *   links — fmt only ≈2.1 MB, `net` ≈3.1 MB, `net/http` (any web server) ≈7.6 MB with Go 1.23 — plus ≈0.3 MB per
 *   required module (estimate); `-ldflags="-s -w"` (or `-s`: on ELF it drops DWARF too) keeps ≈69 % (a stripped
 *   net/http server ≈5.3 MB), `-w` alone ≈74 %; cgo adds ≈1 %; the release comes from GOLANG_VERSION.
 */
import type { CommandHandler, Invocation, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, log, mountAt, putFile, spend } from '../run-state.ts';
import { lookup, resolvePath, walkFiles } from '../../fs-tree.ts';
import { basename, dirname, joinPath, normalizePath } from '../../fs-path.ts';
import { findOnPath } from '../../filesystem-query.ts';
import { dynamicBinary, staticBinary } from './install-files.ts';
import { hashParts } from '../../hash.ts';
import { goBinaryBytes } from '../../../catalog/index.ts';
import type { GoProgramKind } from '../../../catalog/index.ts';
import { findGoHandlers } from '../../../run/signal-handlers.ts';

const MODULE_SOURCE_BYTES = 2_500_000; // per module in $GOPATH/pkg/mod (estimate)

interface Module {
  readonly dir: string;
  readonly path: string;
  readonly requires: readonly string[];
}

function findModule(run: RunState, cwd: string): Module | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const node = lookup(run.fs.root, joinPath(dir, 'go.mod'));
    if (node?.kind === 'file') {
      const text = node.text ?? '';
      const path = /^module\s+(\S+)/m.exec(text)?.[1] ?? basename(dir);
      const requires: string[] = [];
      let inBlock = false;
      for (const line of text.split('\n')) {
        const t = line.trim();
        if (t.startsWith('require (')) inBlock = true;
        else if (inBlock && t === ')') inBlock = false;
        else if (inBlock && t !== '' && !t.startsWith('//')) requires.push(t.split(/\s+/)[0] as string);
        else if (t.startsWith('require ') && !t.includes('(')) requires.push(t.split(/\s+/)[1] as string);
      }
      return { dir, path, requires };
    }
    if (dir === '/') return undefined;
  }
}

/** Web frameworks: a program importing one links net/http (fiber: fasthttp, which links `net`). */
const HTTP_MODULES = /^(github\.com\/(gin-gonic\/gin|labstack\/echo|go-chi\/chi|gorilla\/mux|julienschmidt\/httprouter)|google\.golang\.org\/grpc)(\/|$)/;

/** Non-standard-library imports of the .go files in `dir` (a path whose first element has a dot). */
function imports(run: RunState, dir: string): { external: string[]; usesNet: boolean; program: GoProgramKind; sourceDigest: string; handledSignals: number[] } {
  const node = lookup(run.fs.root, dir);
  const external = new Set<string>();
  const handled = new Set<number>();
  let usesNet = false;
  let program: GoProgramKind = 'hello';
  const digests: string[] = [];
  if (node?.kind === 'dir') {
    for (const { path, node: f } of walkFiles(node)) {
      if (f.kind !== 'file' || !path.endsWith('.go') || path.includes('vendor/')) continue;
      digests.push(`${path}:${f.digest}`);
      const text = f.text ?? '';
      // signal.Notify / NotifyContext: the runtime then hands these signals to the program instead of dying of them.
      for (const h of findGoHandlers(text, path)) handled.add(h.signal);
      for (const m of text.matchAll(/"([^"\s]+)"/g)) {
        const p = m[1] as string;
        if (p === 'net' || p.startsWith('net/') || p === 'os/user') usesNet = true;
        if (p === 'net/http' || p.startsWith('net/http/') || HTTP_MODULES.test(p)) program = 'http';
        else if ((p === 'net' || p === 'net/rpc' || p === 'net/smtp' || /^github\.com\/(gofiber\/fiber|valyala\/fasthttp)(\/|$)/.test(p)) && program === 'hello') program = 'net';
        if ((p.split('/')[0] ?? '').includes('.')) external.add(p);
      }
    }
  }
  return { external: [...external], usesNet, program, sourceDigest: hashParts(digests), handledSignals: [...handled].sort((a, b) => a - b) };
}

function modulesOff(inv: Invocation): boolean {
  return inv.env.get('GO111MODULE') === 'off';
}

export const go: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const verb = args[0] ?? '';
  const mod = findModule(run, inv.cwd);
  const gopath = inv.env.get('GOPATH') ?? '/go';
  switch (verb) {
    case 'mod':
      if (args[1] === 'download' || args[1] === 'tidy' || args[1] === 'vendor') {
        if (mod === undefined) return { status: 1, messages: ['go: go.mod file not found in current directory or any parent directory; see \'go help modules\''] };
        download(run, inv, mod.requires.length, gopath, mod.requires.join(','));
        return { status: 0 };
      }
      return { status: 0 };
    case 'get': {
      if (mod === undefined && !modulesOff(inv)) {
        return {
          status: 1,
          messages: [
            'go: go.mod file not found in current directory or any parent directory.',
            "\t'go get' is no longer supported outside a module.",
            "\tTo build and install a command, use 'go install' with a version,",
            "\tlike 'go install example.com/cmd@latest'",
            '\tFor more information, see https://golang.org/doc/go-get-install-deprecation',
            "\tor run 'go help get' or 'go help install'.",
          ],
        };
      }
      const pkgs = args.slice(1).filter((x) => !x.startsWith('-'));
      download(run, inv, Math.max(1, pkgs.length) * 10, gopath, pkgs.join(','));
      estimate(run, '`go get` was assumed to bring about 10 modules per package');
      return { status: 0 };
    }
    case 'build':
    case 'install':
      return build(inv, run, mod, gopath, verb === 'install');
    case 'test':
    case 'vet':
    case 'generate':
      spend(run, 5);
      estimate(run, `\`go ${verb}\` was assumed to pass`);
      return { status: 0 };
    default:
      return { status: 0 };
  }
};

function download(run: RunState, inv: Invocation, modules: number, gopath: string, identity: string): void {
  const bytes = modules * MODULE_SOURCE_BYTES;
  const target = `${gopath}/pkg/mod/cache/download/modules-${modules}.zip`;
  const m = mountAt(run, resolvePath(run.fs.root, target, true).path);
  const warm = m?.type === 'cache' ? (run.warmMounts.get(m.id) ?? 0) : 0;
  putFile(run, `${gopath}/pkg/mod/${modules}-modules.contents`, { bytes, content: 'text', estimate: true, identity: `gomod:${identity}` });
  putFile(run, target, { bytes: bytes * 0.35, content: 'compressed', estimate: true, identity: `gomodzip:${identity}` });
  spend(run, 0.4 * modules + Math.max(0, bytes * 0.35 - warm) / run.catalog.figures.downloadBytesPerSecond);
  log(run, `go: downloading ${modules} modules`);
  void inv;
}

function build(inv: Invocation, run: RunState, mod: Module | undefined, gopath: string, isInstall: boolean): Outcome {
  const args = inv.argv.slice(2);
  let out: string | undefined;
  let ldflags = '';
  let tags = '';
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o') out = args[++i];
    else if (a.startsWith('-o=')) out = a.slice(3);
    else if (a === '-ldflags') ldflags = args[++i] ?? '';
    else if (a.startsWith('-ldflags=')) ldflags = a.slice(9);
    else if (a === '-tags') tags = args[++i] ?? '';
    else if (a.startsWith('-tags=')) tags = a.slice(6);
    else if (a === '-gcflags' || a === '-asmflags' || a === '-mod' || a === '-p' || a === '-buildmode') i++;
    else if (!a.startsWith('-')) targets.push(a);
  }
  const srcDir = targets[0] !== undefined && !targets[0].endsWith('.go') && !targets[0].includes('...') ? normalizePath(targets[0], inv.cwd) : inv.cwd;
  const found = imports(run, srcDir);
  if (mod === undefined && !modulesOff(inv) && found.external.length > 0) {
    const file = targets.find((t) => t.endsWith('.go')) ?? 'main.go';
    return { status: 1, messages: [`${file}:3:8: no required module provides package ${found.external[0] ?? ''}: go.mod file not found in current directory or any parent directory; see 'go help modules'`] };
  }
  if (mod === undefined && found.sourceDigest === hashParts([])) {
    return { status: 1, messages: ['go: go.mod file not found in current directory or any parent directory; see \'go help modules\''] };
  }
  const modules = mod !== undefined ? mod.requires.length : found.external.length * 10;
  if (mod === undefined && found.external.length > 0) estimate(run, 'without go.mod the number of modules was assumed to be 10 per imported package');

  const goos = inv.env.get('GOOS') ?? 'linux';
  const goarch = inv.env.get('GOARCH') ?? run.platform.arch;
  const cross = goarch !== run.platform.arch || goos !== 'linux';
  const cgoEnv = inv.env.get('CGO_ENABLED');
  const hasCc = findOnPath(run.fs.root, inv.env.get('CC') ?? 'gcc', inv.env.get('PATH')) !== undefined;
  const cgo = cgoEnv === undefined ? !cross && hasCc : cgoEnv === '1';
  if (cgoEnv === '1' && !hasCc) {
    return { status: 1, messages: [`# runtime/cgo`, `cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH`] };
  }
  const forcedStatic = /netgo/.test(tags) && /osusergo/.test(tags) || /-extldflags[= ]*['"]?-static/.test(ldflags);
  const linksLibc = cgo && (found.usesNet || found.external.length > 0 || (mod?.requires.length ?? 0) > 0) && !forcedStatic;
  const strip = /(^|\s|')-s\b/.test(ldflags) ? 'all' : /(^|\s|')-w\b/.test(ldflags) ? 'dwarf' : 'none';
  const bytes = goBinaryBytes({ program: found.program, strip, cgo: linksLibc, modules, goVersion: inv.env.get('GOLANG_VERSION') });

  const name = out !== undefined ? out : defaultName(targets, mod, srcDir);
  const dest = isInstall ? `${inv.env.get('GOBIN') ?? `${gopath}/bin`}/${basename(name)}` : normalizePath(name, inv.cwd);
  const existing = lookup(run.fs.root, dest);
  const path = existing?.kind === 'dir' ? joinPath(dest, defaultName(targets, mod, srcDir)) : dest;
  const binary = {
    ...(linksLibc ? dynamicBinary(run, 'go build (cgo)') : staticBinary(run, 'go build')),
    arch: goarch,
    ...(found.handledSignals.length > 0 && { handledSignals: found.handledSignals }),
  };
  putFile(run, path, {
    bytes,
    mode: 0o755,
    content: 'binary',
    binary,
    estimate: true,
    identity: `go:${found.sourceDigest}:${mod?.requires.join(',') ?? ''}:${ldflags}:${tags}:${String(cgo)}:${goarch}`,
  });
  // The build cache (~/.cache/go-build): compiled packages of every module, in the layer unless on a cache mount.
  const home = inv.env.get('HOME') ?? (run.user.uid === 0 ? '/root' : `/home/${run.user.name}`);
  const cacheDir = inv.env.get('GOCACHE') ?? `${home}/.cache/go-build`;
  const cacheBytes = 30e6 + 4e6 * modules;
  const m = mountAt(run, resolvePath(run.fs.root, cacheDir, true).path);
  const warm = m?.type === 'cache' && (run.warmMounts.get(m.id) ?? 0) > 0;
  putFile(run, `${cacheDir}/build-cache.contents`, { bytes: cacheBytes, content: 'binary', estimate: true, identity: `gocache:${found.sourceDigest}:${modules}` });
  spend(run, (warm ? 0.3 : 1) * (4 + 1.2 * modules));
  estimate(run, 'the Go binary size comes from measured builds (by what the program links, its flags and Go release) plus an estimate per module; the build time is an estimate');
  log(run, `(go build: ${path}, ${binary.linkage}${binary.linkage === 'dynamic' ? ` via ${binary.interpreter ?? ''}` : ''})`);
  return { status: 0 };
}

function defaultName(targets: readonly string[], mod: Module | undefined, srcDir: string): string {
  const file = targets.find((t) => t.endsWith('.go'));
  if (file !== undefined) return basename(file).slice(0, -3);
  const target = targets[0];
  if (target === undefined || target === '.') return mod !== undefined && mod.dir === srcDir ? basename(mod.path) : basename(srcDir);
  return target.startsWith('.') || target.startsWith('/') ? basename(srcDir) : basename(target);
}
