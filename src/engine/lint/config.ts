/**
 * Lint configuration: hadolint's `.hadolint.yaml` keys, read from a plain object (the CLI parses the YAML;
 * the engine never reads files). Keys as in hadolint 2.15 (src/Hadolint/Config/Configuration.hs):
 * `ignored`, `override` {error, warning, info, style}, `trustedRegistries`, `label-schema`, `strict-labels`,
 * `disable-ignore-pragma`, `failure-threshold`, `no-fail`.
 */
import type { Severity } from './finding.ts';
import { severityRank } from './finding.ts';

/** hadolint's label types for `label-schema` (an empty string means `text`). */
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

export const labelTypes: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];

export type FailureThreshold = Severity | 'none';

export interface LintConfig {
  /** Codes (DL3008, JSONArgsRecommended) or our rule ids that are not reported. */
  readonly ignored?: readonly string[];
  /** New severities per code; giving a default-off code (DL3057) a severity turns it on. */
  readonly override?: Partial<Readonly<Record<Severity, readonly string[]>>>;
  /** DL3026: registries FROM / COPY --from / RUN --mount from= may use; `*.example.com` and `*` allowed. */
  readonly trustedRegistries?: readonly string[];
  /** DL3049–DL3058: labels every image must carry, and the type of their values. */
  readonly labelSchema?: Readonly<Record<string, LabelType>>;
  /** DL3050: labels outside `labelSchema` are reported. */
  readonly strictLabels?: boolean;
  /** `# hadolint ignore=` pragmas are not honoured. */
  readonly disableIgnorePragma?: boolean;
  /** The CLI exits non-zero when a finding is at least this severe (hadolint's default: info). */
  readonly failureThreshold?: FailureThreshold;
  /** The CLI always exits 0. */
  readonly noFail?: boolean;
}

/** What rules and the runner read: every field present. */
export interface ResolvedLintConfig {
  readonly ignored: ReadonlySet<string>;
  readonly overrides: ReadonlyMap<string, Severity>;
  readonly trustedRegistries: readonly string[];
  readonly labelSchema: Readonly<Record<string, LabelType>>;
  readonly strictLabels: boolean;
  readonly disableIgnorePragma: boolean;
}

export function resolveConfig(config: LintConfig = {}): ResolvedLintConfig {
  const overrides = new Map<string, Severity>();
  // hadolint applies error, warning, info, style in this order, so a later list wins (Lint.hs correctSeverity).
  for (const level of ['error', 'warning', 'info', 'style'] as const) {
    for (const code of config.override?.[level] ?? []) overrides.set(code, level);
  }
  return {
    ignored: new Set(config.ignored ?? []),
    overrides,
    trustedRegistries: config.trustedRegistries ?? [],
    labelSchema: config.labelSchema ?? {},
    strictLabels: config.strictLabels ?? false,
    disableIgnorePragma: config.disableIgnorePragma ?? false,
  };
}

/** Merges configs: lists add up, later scalars win (hadolint's `applyPartialConfiguration`). */
export function mergeConfigs(...configs: readonly LintConfig[]): LintConfig {
  let merged: LintConfig = {};
  for (const c of configs) {
    const override: Partial<Record<Severity, readonly string[]>> = { ...merged.override };
    for (const level of ['error', 'warning', 'info', 'style'] as const) {
      const list = [...(merged.override?.[level] ?? []), ...(c.override?.[level] ?? [])];
      if (list.length > 0) override[level] = list;
    }
    merged = {
      ...merged,
      ...c,
      ignored: [...(merged.ignored ?? []), ...(c.ignored ?? [])],
      override,
      trustedRegistries: [...(merged.trustedRegistries ?? []), ...(c.trustedRegistries ?? [])],
      labelSchema: { ...merged.labelSchema, ...c.labelSchema },
    };
  }
  return merged;
}

export interface ConfigReadResult {
  readonly config: LintConfig;
  /** One line each: the key, what was expected, what was found. */
  readonly errors: readonly string[];
}

const knownKeys = new Set([
  'ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'disable-ignore-pragma',
  'failure-threshold', 'no-fail', 'no-color', 'verbose', 'format', 'formats',
]);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function stringList(value: unknown, key: string, errors: string[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.push(`${key}: expected a list of strings, found ${describe(value)}`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
    else errors.push(`${key}: expected a string, found ${describe(item)}`);
  }
  return out;
}

function severityOf(value: unknown, key: string, errors: string[]): FailureThreshold | undefined {
  if (value === undefined || value === null) return undefined;
  // hadolint also accepts `ignore` as a threshold, which never fails; it means the same as `none`.
  if (value === 'none' || value === 'ignore') return 'none';
  if (typeof value === 'string' && value in severityRank) return value as Severity;
  errors.push(`${key}: expected one of error, warning, info, style, none, found ${describe(value)}`);
  return undefined;
}

/** Reads a parsed `.hadolint.yaml` (any JSON-like value); unknown or mistyped keys become errors, not throws. */
export function readHadolintConfig(value: unknown): ConfigReadResult {
  const errors: string[] = [];
  if (value === undefined || value === null) return { config: {}, errors };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { config: {}, errors: [`expected a mapping of settings at the top level, found ${describe(value)}`] };
  }
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!knownKeys.has(key)) errors.push(`${key}: not a hadolint setting`);

  const override: Partial<Record<Severity, readonly string[]>> = {};
  if (raw.override !== undefined && raw.override !== null) {
    if (typeof raw.override !== 'object' || Array.isArray(raw.override)) {
      errors.push(`override: expected a mapping with error, warning, info or style lists, found ${describe(raw.override)}`);
    } else {
      for (const [level, list] of Object.entries(raw.override as Record<string, unknown>)) {
        if (!(level in severityRank)) {
          errors.push(`override.${level}: expected one of error, warning, info, style`);
          continue;
        }
        const codes = stringList(list, `override.${level}`, errors);
        if (codes) override[level as Severity] = codes;
      }
    }
  }

  let labelSchema: Record<string, LabelType> | undefined;
  const schema = raw['label-schema'];
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== 'object' || Array.isArray(schema)) {
      errors.push(`label-schema: expected a mapping of label name to type, found ${describe(schema)}`);
    } else {
      labelSchema = {};
      for (const [label, type] of Object.entries(schema as Record<string, unknown>)) {
        const t = type === '' || type === null ? 'text' : type;
        if (typeof t === 'string' && (labelTypes as readonly string[]).includes(t)) labelSchema[label] = t as LabelType;
        else errors.push(`label-schema.${label}: expected one of ${labelTypes.join(', ')}, found ${describe(type)}`);
      }
    }
  }

  const bool = (key: string): boolean | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    errors.push(`${key}: expected true or false, found ${describe(v)}`);
    return undefined;
  };

  const ignored = stringList(raw.ignored, 'ignored', errors);
  const trustedRegistries = stringList(raw.trustedRegistries, 'trustedRegistries', errors);
  const strictLabels = bool('strict-labels');
  const disableIgnorePragma = bool('disable-ignore-pragma');
  const noFail = bool('no-fail');
  const failureThreshold = severityOf(raw['failure-threshold'], 'failure-threshold', errors);
  const config: LintConfig = {
    ...(ignored && { ignored }),
    ...(Object.keys(override).length > 0 && { override }),
    ...(trustedRegistries && { trustedRegistries }),
    ...(labelSchema && { labelSchema }),
    ...(strictLabels !== undefined && { strictLabels }),
    ...(disableIgnorePragma !== undefined && { disableIgnorePragma }),
    ...(noFail !== undefined && { noFail }),
    ...(failureThreshold !== undefined && { failureThreshold }),
  };
  return { config, errors };
}
