/**
 * Display formats. Sizes use decimal units (1 MB = 1,000,000 bytes), as `docker images` and `docker history` print
 * them (docker/go-units HumanSize).
 */
const units = ['B', 'kB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${bytes < 0 ? '-' : ''}${value.toFixed(digits)} ${units[unit]}`;
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds >= 60) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${seconds.toFixed(1)}s`;
}

export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? `${Math.floor(ratio * 100)} %` : '—';
}

/** Bytes of a string as UTF-8, the size the file has on disk. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
