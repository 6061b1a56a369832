/**
 * Parser directives (`# syntax=`, `# escape=`, `# check=`), read as BuildKit reads them
 * (moby/buildkit frontend/dockerfile/parser/directives.go): only consecutive comment lines at the
 * very top count; the first line that is not a known directive — another comment, a blank line,
 * an instruction — ends the scan. The `# check=` value follows linter.ParseLintOptions.
 */
import type { CheckDirective } from './ast.ts';
import type { Range } from './source-range.ts';
import { isGoSpace } from './chars.ts';
import { goQuote } from './go-quote.ts';

/** Go regexp `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` (`\s` is ASCII `[\t\n\f\r ]` in Go). */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;

export interface DirectiveMatch {
  readonly name: 'syntax' | 'escape' | 'check';
  readonly value: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * Matches one line text[start, end) (leading whitespace already skipped) against the directive
 * form. `undefined` means "not a directive": the caller stops scanning.
 */
export function matchDirective(text: string, start: number, end: number): DirectiveMatch | undefined {
  if (text.charCodeAt(start) !== 0x23 || start >= end) return undefined;
  let i = start + 1;
  while (i < end && isGoSpace(text.charCodeAt(i))) i++;
  const m = DIRECTIVE.exec(text.slice(i, end));
  if (!m) return undefined;
  const key = m[1]!.toLowerCase();
  if (key !== 'syntax' && key !== 'escape' && key !== 'check') return undefined;
  const nameEnd = i + m[1]!.length;
  let v = nameEnd;
  while (text.charCodeAt(v) !== 0x3d) v++;
  v++;
  while (v < end && /[\t\n\f\r ]/.test(text[v]!)) v++;
  return { name: key, value: m[2]!, nameStart: i, nameEnd, valueStart: v, valueEnd: v + m[2]!.length };
}

function parseBool(v: string): boolean | undefined {
  // Go strconv.ParseBool
  switch (v) {
    case '1': case 't': case 'T': case 'TRUE': case 'true': case 'True':
      return true;
    case '0': case 'f': case 'F': case 'FALSE': case 'false': case 'False':
      return false;
  }
  return undefined;
}

function ruleList(v: string): string[] {
  const t = v.trim();
  return t === 'all' ? ['all'] : t.split(',').map((r) => r.trim());
}

/**
 * linter.ParseLintOptions: `skip=A,B;error=true;experimental=C`. Returns the options or
 * BuildKit's error text. Used for the `# check=` directive and for `# check=` comments right
 * before an instruction (BuildKit merges those for that instruction).
 */
export function parseCheckOptions(value: string, range: Range): CheckDirective | string {
  const s = value.trim();
  let skip: string[] = [];
  let experimental: string[] = [];
  let error = false;
  if (s === '') return { skip, error, experimental, range };
  const parts = splitN(s, ';', 3);
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq < 0) return `invalid check option ${goQuote(p)}`;
    const k = p.slice(0, eq).trim();
    const v = p.slice(eq + 1);
    switch (k) {
      case 'skip':
        skip = ruleList(v);
        break;
      case 'experimental':
        experimental = ruleList(v);
        break;
      case 'error': {
        const b = parseBool(v.trim());
        if (b === undefined) {
          return `failed to parse check option ${goQuote(p)}: strconv.ParseBool: parsing ${goQuote(v.trim())}: invalid syntax`;
        }
        error = b;
        break;
      }
      default:
        return `invalid check option ${goQuote(k)}`;
    }
  }
  return { skip, error, experimental, range };
}

function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < n - 1) {
    const i = s.indexOf(sep, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + 1;
  }
  out.push(s.slice(from));
  return out;
}
