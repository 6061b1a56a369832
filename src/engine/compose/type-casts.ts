/**
 * After interpolation Compose turns strings at some paths into the number or boolean the schema wants
 * (compose-go `loader/interpolate.go`, `interpolateTypeCastMapping`), so `replicas: ${N}` validates.
 * It does this to every string at those paths, interpolated or not.
 */
import type { PathSegment } from './located.ts';

export type Cast = 'int' | 'float' | 'bool';
export type CastResult =
  | { readonly ok: true; readonly value: number | boolean; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

// `*` is any mapping key, `[]` any list index.
const SERVICE: readonly (readonly [string, Cast])[] = [
  ['cpu_count', 'int'],
  ['cpu_percent', 'float'],
  ['cpu_period', 'int'],
  ['cpu_quota', 'int'],
  ['cpu_rt_period', 'int'],
  ['cpu_rt_runtime', 'int'],
  ['cpus', 'float'],
  ['cpu_shares', 'int'],
  ['init', 'bool'],
  ['depends_on.*.required', 'bool'],
  ['depends_on.*.restart', 'bool'],
  ['deploy.replicas', 'int'],
  ['deploy.update_config.parallelism', 'int'],
  ['deploy.update_config.max_failure_ratio', 'float'],
  ['deploy.rollback_config.parallelism', 'int'],
  ['deploy.rollback_config.max_failure_ratio', 'float'],
  ['deploy.restart_policy.max_attempts', 'int'],
  ['deploy.placement.max_replicas_per_node', 'int'],
  ['healthcheck.retries', 'int'],
  ['healthcheck.disable', 'bool'],
  ['oom_kill_disable', 'bool'],
  ['oom_score_adj', 'int'],
  ['pids_limit', 'int'],
  ['ports.[].target', 'int'],
  ['privileged', 'bool'],
  ['read_only', 'bool'],
  ['scale', 'int'],
  ['stdin_open', 'bool'],
  ['tty', 'bool'],
  ['ulimits.*', 'int'],
  ['ulimits.*.hard', 'int'],
  ['ulimits.*.soft', 'int'],
  ['volumes.[].read_only', 'bool'],
  ['volumes.[].volume.nocopy', 'bool'],
];
const TOP: readonly (readonly [string, Cast])[] = [
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['networks.*.enable_ipv4', 'bool'],
  ['networks.*.enable_ipv6', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
];

const PATTERNS: readonly (readonly [readonly string[], Cast])[] = [
  ...SERVICE.map(([p, c]) => [['services', '*', ...p.split('.')], c] as const),
  ...TOP.map(([p, c]) => [p.split('.'), c] as const),
];

function matches(pattern: readonly string[], path: readonly PathSegment[]): boolean {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = path[i]!;
    if (p === '[]' ? typeof s !== 'number' : typeof s !== 'string' || (p !== '*' && p !== s)) return false;
  }
  return true;
}

export function castFor(path: readonly PathSegment[]): Cast | undefined {
  if (path[0] !== 'services' && path[0] !== 'networks' && path[0] !== 'volumes' && path[0] !== 'secrets' && path[0] !== 'configs') return undefined;
  for (const [pattern, cast] of PATTERNS) if (matches(pattern, path)) return cast;
  return undefined;
}

const goQuote = (s: string) => JSON.stringify(s);

export function applyCast(cast: Cast, value: string): CastResult {
  switch (cast) {
    case 'int':
      // strconv.Atoi / ParseInt: optional sign, decimal digits only.
      if (/^[+-]?\d+$/.test(value)) return { ok: true, value: Number(value) };
      return { ok: false, message: `strconv.Atoi: parsing ${goQuote(value)}: invalid syntax` };
    case 'float': {
      const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
      if (Number.isFinite(n)) return { ok: true, value: n };
      return { ok: false, message: `strconv.ParseFloat: parsing ${goQuote(value)}: invalid syntax` };
    }
    case 'bool':
      switch (value.toLowerCase()) {
        case 'true':
          return { ok: true, value: true };
        case 'false':
          return { ok: true, value: false };
        case 'y':
        case 'yes':
        case 'on':
          return { ok: true, value: true, warning: `"${value}" for boolean is not supported by YAML 1.2, please use \`true\`` };
        case 'n':
        case 'no':
        case 'off':
          return { ok: true, value: false, warning: `"${value}" for boolean is not supported by YAML 1.2, please use \`false\`` };
        default:
          return { ok: false, message: `invalid boolean: ${value}` };
      }
  }
}
