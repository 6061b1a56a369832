/**
 * How installed software is laid out in the simulated filesystem. A real package holds thousands of
 * files; the simulation keeps the ones that matter to later steps and to the runtime — its commands
 * on PATH, with their linkage, and the shared libraries it ships (by soname) — and puts the rest of its installed size in one file,
 * `<dir>/<name>.contents`, so sizes, layer diffs, whiteouts and dive's waste math stay right
 * (SIMULATION.md, "How installed software is represented").
 */
import type { BinaryInfo, ImageOs } from '../../types.ts';
import type { RunState } from '../run-state.ts';
import { putFile } from '../run-state.ts';

/** Share of a package's bytes given to each of its commands (the rest is libraries and data). */
const BINARY_SHARE = 0.25;
const MAX_BINARY_BYTES = 60e6;

export function archTriplet(arch: string, libc: ImageOs['libc']): string {
  const machine = arch === 'arm64' ? 'aarch64' : arch === 'amd64' ? 'x86_64' : arch;
  return libc === 'musl' ? `${machine}-linux-musl` : `${machine}-linux-gnu`;
}

/** The ELF loader of an architecture and libc (glibc: the psABI names; musl: `ld-musl-<arch>.so.1`). */
export function loaderFor(arch: string, libc: ImageOs['libc']): string | undefined {
  if (libc === 'none') return undefined;
  if (libc === 'musl') return `/lib/ld-musl-${arch === 'arm64' ? 'aarch64' : arch === 'amd64' ? 'x86_64' : arch}.so.1`;
  return arch === 'arm64' ? '/lib/ld-linux-aarch64.so.1' : '/lib64/ld-linux-x86-64.so.2';
}

export function dynamicBinary(run: RunState, producer: string, needs: readonly string[] = []): BinaryInfo {
  const libc = run.os.libc === 'none' ? 'glibc' : run.os.libc;
  return { linkage: 'dynamic', interpreter: loaderFor(run.platform.arch, libc), libc, needs, arch: run.platform.arch, producer };
}

export function staticBinary(run: RunState, producer: string, libc: BinaryInfo['libc'] = 'none'): BinaryInfo {
  return { linkage: 'static', interpreter: undefined, libc, needs: [], arch: run.platform.arch, producer };
}

export interface InstallUnit {
  readonly name: string;
  readonly bytes: number;
  readonly binaries: readonly string[];
  readonly estimate: boolean;
  /** Stable identity of the content (`apt:bookworm:curl`), so equal installs give equal digests. */
  readonly identity: string;
  /** Shared libraries it ships (sonames, laid down in `dataDir`) with the share of its bytes each takes. */
  readonly libraries?: readonly { readonly soname: string; readonly share: number }[];
}

/**
 * Writes a unit's commands into `binDir` and the rest into `<dataDir>/<name>.contents`.
 * Returns the paths written (for a package manager's file list).
 */
export function layDown(run: RunState, unit: InstallUnit, binDir: string, dataDir: string, producer: string): string[] {
  const written: string[] = [];
  const binCount = unit.binaries.length;
  const binBytes = binCount === 0 ? 0 : Math.min(MAX_BINARY_BYTES, (unit.bytes * BINARY_SHARE) / binCount);
  for (const bin of unit.binaries) {
    const path = putFile(run, bin.startsWith('/') ? bin : `${binDir}/${bin}`, {
      bytes: Math.max(binBytes, 1024),
      mode: 0o755,
      content: 'binary',
      binary: dynamicBinary(run, producer),
      estimate: unit.estimate,
      identity: `${unit.identity}:bin:${bin.slice(bin.lastIndexOf('/') + 1)}`,
    });
    if (path !== undefined) written.push(path);
  }
  // Libraries a loader or a compiled extension looks for by name (`libpq.so.5`), as real files.
  let libBytes = 0;
  for (const lib of unit.libraries ?? []) {
    const bytes = Math.round(Math.max(0, unit.bytes - binBytes * binCount) * lib.share);
    const path = putFile(run, `${dataDir}/${lib.soname}`, {
      bytes,
      mode: 0o644,
      content: 'binary',
      binary: dynamicBinary(run, producer),
      estimate: true,
      identity: `${unit.identity}:lib:${lib.soname}`,
    });
    if (path !== undefined) written.push(path);
    libBytes += bytes;
  }
  const rest = Math.max(0, unit.bytes - binBytes * binCount - libBytes);
  if (rest > 0) {
    const path = putFile(run, `${dataDir}/${unit.name}.contents`, {
      bytes: rest,
      content: 'mixed',
      estimate: unit.estimate,
      identity: `${unit.identity}:contents`,
    });
    if (path !== undefined) written.push(path);
  }
  return written;
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes >= 10e6 ? 0 : 1)} MB`;
}
