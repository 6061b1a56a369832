/**
 * Sizes and durations as Compose reads them. Memory: docker/go-units `RAMInBytes` — `k`, `m`, `g`, `t`, `p`
 * are powers of 1024 whether or not an `i` or `b` follows (`250M` = 250 MiB, as `docker run -m 250m`); a bare
 * number is bytes. Durations: Go's `time.ParseDuration` (`30s`, `1m30s`, `500ms`).
 */
import { parseGoDuration } from '../dockerfile/duration.ts';

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** Bytes, or `undefined` when the text is not a size go-units accepts. */
export function parseRamBytes(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return Math.floor(n * UNITS[(m[2] ?? '').toLowerCase()]!);
}

/** Milliseconds, or `undefined` when Go would not parse it. */
export function parseDurationMs(value: string | number): number | undefined {
  // Compose also takes a plain number of seconds for some durations in the long run; the spec writes strings.
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  const ms = parseGoDuration(value.trim());
  return typeof ms === 'number' ? ms : undefined;
}

/** `262144000` -> `250 MiB`: sizes shown to a learner. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const shown = Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1).replace(/\.?0+$/, '');
  return `${shown} ${units[i]}`;
}

/** `90000` -> `1m30s`, `1500` -> `1.5s`: durations shown like Go prints them. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = ms / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.round((totalSeconds % 60) * 1000) / 1000;
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${s}s`;
}
