/**
 * Kubernetes resource quantities (k8s.io/apimachinery `resource.Quantity`): memory in bytes with binary
 * (`Ki`, `Mi`, `Gi`) or decimal (`k`, `M`, `G`) suffixes, CPU in cores or millicores (`500m`).
 */

const SUFFIX: Readonly<Record<string, number>> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
  Ei: 1024 ** 6,
};

/** The quantity as a number (bytes, cores), or `undefined` when it is not a valid quantity. */
export function parseQuantity(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+))?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === undefined ? 1 : 10 ** Number(m[2]));
  return n * SUFFIX[m[3] ?? '']!;
}

/** Bytes as the largest exact binary unit: 268435456 -> `256Mi`. */
export function memoryQuantity(bytes: number): string {
  for (const [unit, size] of [['Gi', 1024 ** 3], ['Mi', 1024 ** 2], ['Ki', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return String(bytes);
}

/** Cores as Kubernetes writes them: 0.3 -> `300m`, 2 -> `2`. */
export function cpuQuantity(cores: number): string {
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}
