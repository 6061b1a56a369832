/**
 * Compose's variable interpolation, following compose-go `template/template.go` (Apache-2.0) step by step:
 * `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty), `${VAR-default}` (unset), `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+replacement}`, `${VAR+replacement}`, nesting in the default, `$$` for a literal `$`.
 * A `$` followed by anything else (`$1`, `$ `) is left as it is; `${` without a valid name is an error.
 */

/** Looks a variable up; `undefined` when it is not set (an empty string is set). */
export type Lookup = (name: string) => string | undefined;

export type TemplateError =
  | { readonly kind: 'invalid'; readonly template: string }
  | { readonly kind: 'required'; readonly variable: string; readonly reason: string };

export interface Substitution {
  readonly value: string;
  /** Variables used plainly (`$VAR`, `${VAR}`) while unset: Compose warns and substitutes an empty string. */
  readonly unset: readonly string[];
  readonly error: TemplateError | undefined;
}

// compose-go's DefaultPattern: `\$(?i:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|{(?:(?P<braced>[_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|(?P<invalid>)))`.
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))/gi;
const ANCHORED = /^\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))/i;

type Op = ':?' | '?' | ':-' | '-' | ':+' | '+';
const OPS: readonly Op[] = [':?', '?', ':-', '-', ':+', '+'];

/** The operator written first in the matched text decides the substitution (getSubstitutionFunctionForTemplate). */
function operatorOf(text: string): Op | undefined {
  let best: Op | undefined;
  let bestAt = Infinity;
  for (const op of OPS) {
    const at = text.indexOf(op);
    if (at >= 0 && at < bestAt) {
      best = op;
      bestAt = at;
    }
  }
  return best;
}

/** Index of the `}` closing the first `${` (getFirstBraceClosingIndex). */
function closingBrace(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

/** Thrown inside the replacer to stop at the first error, as compose-go keeps only the first. */
interface Failure {
  readonly failure: TemplateError;
}

function fail(error: TemplateError): never {
  throw { failure: error } satisfies Failure;
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'failure' in value;
}

interface State {
  readonly lookup: Lookup;
  readonly unset: string[];
  depth: number;
  /** Characters the nested substitutions may still scan: keeps deeply nested input linear. */
  budget: number;
}

function partition(s: string, sep: string): [string, string] {
  const at = s.indexOf(sep);
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + sep.length)];
}

/** One braced substitution with an operator; `undefined` when the operator is not in it (not applied). */
function applyOperator(op: Op, substitution: string, state: State): string | undefined {
  if (!substitution.includes(op)) return undefined;
  const [name, arg] = partition(substitution, op);
  const value = state.lookup(name);
  switch (op) {
    case ':-':
    case '-':
      return value === undefined || (op === ':-' && value === '') ? run(arg, state) : value;
    case ':+':
    case '+':
      return value !== undefined && (op === '+' || value !== '') ? run(arg, state) : (value ?? '');
    case ':?':
    case '?':
      if (value === undefined || (op === ':?' && value === '')) {
        fail({ kind: 'required', variable: name, reason: run(arg, state) });
      }
      return value;
  }
}

function replace(matched: string, state: State, template: string): string {
  const op = operatorOf(matched);
  const close = closingBrace(matched);
  let rest = '';
  let substring = matched;
  if (close > -1) {
    rest = matched.slice(close + 1);
    substring = matched.slice(0, close + 1);
  }
  const m = ANCHORED.exec(substring);
  if (m?.[1] !== undefined) return m[1];
  const named = m?.[2];
  const substitution = named ?? m?.[3] ?? '';
  if (substitution === '') fail({ kind: 'invalid', template });
  if (named === undefined && op !== undefined) {
    const applied = applyOperator(op, substitution, state);
    if (applied !== undefined) return applied + run(rest, state);
  }
  const value = state.lookup(substitution);
  if (value === undefined) state.unset.push(substitution);
  return value ?? '';
}

function run(template: string, state: State): string {
  if (!template.includes('$')) return template;
  // Real files nest a default or two; pathological nesting is cut off rather than rescanned quadratically.
  state.budget -= template.length;
  if (++state.depth > 64 || state.budget < 0) fail({ kind: 'invalid', template });
  try {
    return template.replace(PATTERN, (matched) => replace(matched, state, template));
  } finally {
    state.depth--;
  }
}

export function substitute(template: string, lookup: Lookup): Substitution {
  const state: State = { lookup, unset: [], depth: 0, budget: 8 * template.length + 10_000 };
  try {
    return { value: run(template, state), unset: state.unset, error: undefined };
  } catch (failure) {
    if (isFailure(failure)) return { value: template, unset: state.unset, error: failure.failure };
    throw failure;
  }
}

/** Compose's words for an interpolation error at a path (compose-go `interpolation.newPathError`). */
export function templateErrorMessage(path: string, error: TemplateError): string {
  if (error.kind === 'invalid') {
    return `invalid interpolation format for ${path}.\nYou may need to escape any $ with another $.\n${error.template}`;
  }
  const reason = error.reason === '' ? '' : `: ${error.reason}`;
  return `error while interpolating ${path}: required variable ${error.variable} is missing a value${reason}`;
}
