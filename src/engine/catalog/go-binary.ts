// The size of a `go build` output, from the measured figures in data/builds.ts (GO_BINARY_SIZES): what the
// program links (fmt only, `net`, `net/http`), how it is stripped, cgo, its modules and the Go release.
import { GO_BINARY_SIZES } from './data/builds.ts';
import type { GoProgramKind } from './package-types.ts';

export interface GoBinaryQuery {
  readonly program: GoProgramKind;
  /** `-ldflags`: `none`, `dwarf` (`-w` alone), `all` (`-s`, which on ELF drops DWARF too, or `-s -w`). */
  readonly strip: 'none' | 'dwarf' | 'all';
  /** CGO on and the C library linked dynamically. */
  readonly cgo: boolean;
  /** Modules in go.mod's require list. */
  readonly modules: number;
  /** `1.23`, `1.23.4`, or undefined when the release is not known (then the newest figures are used). */
  readonly goVersion: string | undefined;
}

/** Growth of binaries relative to the measured release, by Go minor release. */
export function goReleaseGrowth(goVersion: string | undefined): number {
  const figures = GO_BINARY_SIZES;
  const m = /^(\d+)\.(\d+)/.exec(goVersion ?? '');
  if (m === null) return figures.newestGrowth;
  const minor = `${m[1]}.${m[2]}`;
  const known = figures.releaseGrowth[minor];
  if (known !== undefined) return known;
  const measured = Number(figures.measuredWith.split('.')[1]);
  return Number(m[1]) === 1 && Number(m[2]) < measured ? 1 : figures.newestGrowth;
}

/** Bytes of the binary `go build` writes (an estimate built on measured figures). */
export function goBinaryBytes(q: GoBinaryQuery): number {
  const figures = GO_BINARY_SIZES;
  const program = figures.programs[q.program];
  const strippedShare = program.strippedBytes / program.bytes;
  const share = q.strip === 'all' ? strippedShare : q.strip === 'dwarf' ? figures.dwarfOnlyRatio : 1;
  const base = q.strip === 'all' ? program.strippedBytes : program.bytes * share;
  const modules = Math.max(0, q.modules) * figures.moduleBytes * share;
  return Math.round((base + modules) * (q.cgo ? figures.cgoRatio : 1) * goReleaseGrowth(q.goVersion));
}
