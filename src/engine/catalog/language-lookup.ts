// Language packages: pip (closure over data/pip.ts, with the wheel-or-compiler question per libc), npm (measured
// node_modules per top-level package) and typical go/cargo build outputs. Unknown names get labelled estimates.
import { BUILD_OUTPUTS } from './data/builds.ts';
import { ECOSYSTEM } from './data/ecosystem.ts';
import { NPM_PACKAGES } from './data/npm.ts';
import { PIP_PACKAGES } from './data/pip.ts';
import type { BuildOutputSpec } from './package-types.ts';
import type { Libc } from './types.ts';

export const UNKNOWN_PIP_INSTALLED_BYTES = 3_000_000;
export const UNKNOWN_PIP_DOWNLOAD_BYTES = 1_000_000;
export const UNKNOWN_NPM_INSTALLED_BYTES = 2_000_000;
export const UNKNOWN_NPM_PACKAGE_COUNT = 10;

export interface PipResolved {
  readonly name: string;
  readonly version: string | undefined;
  readonly installedBytes: number;
  readonly downloadBytes: number;
  readonly requestedBy: readonly string[];
  /** pip has to build it from source on this libc (no fitting wheel). */
  readonly needsCompiler: boolean;
  readonly buildDeps: { readonly apt: readonly string[]; readonly apk: readonly string[] } | undefined;
  readonly scripts: readonly string[];
  readonly estimated: boolean;
  readonly note: string | undefined;
}

export interface PipClosure {
  readonly libc: Libc;
  readonly requested: readonly string[];
  readonly packages: readonly PipResolved[];
  readonly totalInstalledBytes: number;
  readonly totalDownloadBytes: number;
  /** What ~/.cache/pip keeps when --no-cache-dir is not given (≈ the downloads). */
  readonly cacheBytes: number;
  readonly needsCompiler: boolean;
  readonly estimated: boolean;
  readonly notes: readonly string[];
}

/** Normalise a requirement (`Flask==3.1`, `uvicorn[standard]>=0.30`, `Django ~= 5.0`) to its project name. */
export function pipName(spec: string): string {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? (m[1] as string).toLowerCase().replace(/[._]+/g, '-') : '';
}

export function lookupPip(names: readonly string[], options: { readonly libc?: Libc; readonly installed?: Iterable<string> } = {}): PipClosure {
  const libc = options.libc ?? 'glibc';
  const installed = new Set([...(options.installed ?? [])].map(pipName));
  const picked = new Map<string, string[]>();
  const requested: string[] = [];
  const notes: string[] = [];
  const visit = (name: string, by: string, depth: number) => {
    if (installed.has(name) || depth > 32) return;
    const seen = picked.get(name);
    if (seen) {
      if (!seen.includes(by)) seen.push(by);
      return;
    }
    picked.set(name, [by]);
    for (const d of PIP_PACKAGES[name]?.depends ?? []) visit(d, by, depth + 1);
  };
  for (const spec of names) {
    const name = pipName(spec);
    if (name === '') continue;
    requested.push(name);
    if (!PIP_PACKAGES[name]) notes.push(`${name}: not in the catalog — estimated at ≈${UNKNOWN_PIP_INSTALLED_BYTES / 1e6} MB installed`);
    visit(name, name, 0);
  }
  const packages: PipResolved[] = [...picked.entries()].map(([name, requestedBy]) => {
    const spec = PIP_PACKAGES[name];
    if (!spec) {
      return {
        name, version: undefined, installedBytes: UNKNOWN_PIP_INSTALLED_BYTES, downloadBytes: UNKNOWN_PIP_DOWNLOAD_BYTES,
        requestedBy, needsCompiler: false, buildDeps: undefined, scripts: [], estimated: true, note: undefined,
      };
    }
    const wheel = libc === 'musl' ? spec.musllinuxWheel : spec.manylinuxWheel;
    const needsCompiler = spec.compiles === 'always' || (spec.compiles === 'no-wheel' && !wheel);
    return {
      name, version: spec.version, installedBytes: spec.installedBytes, downloadBytes: spec.downloadBytes, requestedBy,
      needsCompiler, buildDeps: spec.buildDeps, scripts: spec.scripts ?? [], estimated: spec.confidence === 'estimate',
      note: spec.note,
    };
  });
  for (const p of packages) {
    if (p.needsCompiler) {
      notes.push(`${p.name}: no ${libc === 'musl' ? 'musllinux' : 'manylinux'} wheel — pip compiles it from source${
        p.buildDeps ? ` (needs ${(libc === 'musl' ? p.buildDeps.apk : p.buildDeps.apt).join(', ')})` : ''}`);
    }
    if (libc === 'musl' && p.name === 'torch') notes.push('torch publishes no musllinux wheel: it cannot reasonably be installed on Alpine');
  }
  const totalDownloadBytes = packages.reduce((s, p) => s + p.downloadBytes, 0);
  return {
    libc, requested, packages,
    totalInstalledBytes: packages.reduce((s, p) => s + p.installedBytes, 0),
    totalDownloadBytes,
    cacheBytes: totalDownloadBytes,
    needsCompiler: packages.some((p) => p.needsCompiler),
    estimated: packages.some((p) => p.estimated),
    notes,
  };
}

export interface NpmResolved {
  readonly name: string;
  readonly version: string | undefined;
  readonly packageCount: number;
  readonly installedBytes: number;
  readonly diskBytes: number;
  readonly cacheBytes: number;
  readonly typical: 'prod' | 'dev' | undefined;
  readonly bins: readonly string[];
  readonly native: string | undefined;
  readonly estimated: boolean;
  readonly note: string | undefined;
}

export interface NpmLookup {
  readonly packages: readonly NpmResolved[];
  /** Sum over the requested packages; shared dependencies are counted once per package (an overestimate). */
  readonly totalInstalledBytes: number;
  readonly totalCacheBytes: number;
  readonly estimated: boolean;
  readonly notes: readonly string[];
}

/** `express@5`, `@nestjs/core@^12` → the package name. */
export function npmName(spec: string): string {
  const s = spec.trim();
  const at = s.indexOf('@', s.startsWith('@') ? 1 : 0);
  return (at > 0 ? s.slice(0, at) : s).toLowerCase();
}

export function lookupNpm(names: readonly string[]): NpmLookup {
  const seen = new Set<string>();
  const packages: NpmResolved[] = [];
  const notes: string[] = [];
  for (const spec of names) {
    const name = npmName(spec);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    const p = NPM_PACKAGES[name];
    if (p) {
      packages.push({
        name, version: p.version, packageCount: p.packageCount, installedBytes: p.installedBytes, diskBytes: p.diskBytes,
        cacheBytes: p.cacheBytes, typical: p.typical, bins: p.bins, native: p.native, estimated: p.confidence === 'estimate', note: p.note,
      });
    } else {
      notes.push(`${name}: not in the catalog — estimated at ≈${UNKNOWN_NPM_INSTALLED_BYTES / 1e6} MB of node_modules`);
      packages.push({
        name, version: undefined, packageCount: UNKNOWN_NPM_PACKAGE_COUNT, installedBytes: UNKNOWN_NPM_INSTALLED_BYTES,
        diskBytes: UNKNOWN_NPM_INSTALLED_BYTES, cacheBytes: Math.round(UNKNOWN_NPM_INSTALLED_BYTES * ECOSYSTEM.npm.cacheRatio.ratio),
        typical: undefined, bins: [], native: undefined, estimated: true, note: undefined,
      });
    }
  }
  if (packages.length > 1) notes.push('sizes are per package with its dependencies: shared dependencies are counted more than once');
  return {
    packages,
    totalInstalledBytes: packages.reduce((s, p) => s + p.installedBytes, 0),
    totalCacheBytes: packages.reduce((s, p) => s + p.cacheBytes, 0),
    estimated: packages.some((p) => p.estimated),
    notes,
  };
}

/** Typical build output for a toolchain; `project` 'hello' or 'web-service' (default). */
export function lookupBuildOutput(toolchain: 'go' | 'cargo', project: 'hello' | 'web-service' = 'web-service'): BuildOutputSpec {
  return BUILD_OUTPUTS.find((b) => b.toolchain === toolchain && b.project === project) as BuildOutputSpec;
}
