/**
 * Shell patterns of `${v#p}` `${v%s}` `${v/a/b}` as BuildKit's lexer turns them into regular
 * expressions (moby/buildkit frontend/dockerfile/shell/lex.go convertShellPatternToRegex, trimPrefix,
 * trimSuffix, reversePattern) and Go's Regexp.ReplaceAllString semantics.
 */

/** Thrown to the lexer, which turns it into its error value. */
export interface PatternFailure {
  readonly lexFailure: string;
}

function fail(message: string): never {
  throw { lexFailure: message } satisfies PatternFailure;
}

export function patternToRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  let out = anchored ? '^' : '';
  const star = greedy ? '.*' : '.*?';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    let tok = chars[i]!;
    switch (tok) {
      case '*':
        out += star;
        continue;
      case '?':
        out += '.';
        continue;
      case '\\': {
        const nextTok = chars[i + 1];
        if (nextTok === '}' || nextTok === '/') continue;
        out += '\\';
        i++;
        tok = chars[i] ?? '';
        if (tok !== '*' && tok !== '?' && tok !== '\\') {
          fail(`invalid pattern (${pattern}) in substitution: invalid escape '\\${tok}'`);
        }
        break;
      }
      case '[': case ']': case '{': case '}': case '.': case '+':
      case '(': case ')': case '|': case '^': case '$':
        out += '\\';
        break;
    }
    out += tok;
  }
  return new RegExp(out, 'gu');
}

export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const re = patternToRegex(pattern, greedy, true);
  re.lastIndex = 0;
  const m = re.exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i]!;
    const o = last - i;
    if (tok === '\\' && i !== last) {
      out[o - 1] = tok;
      out[o] = runes[i + 1]!;
      i += 2;
    } else {
      out[o] = tok;
      i++;
    }
  }
  return out.join('');
}

function reverseString(s: string): string {
  return Array.from(s).reverse().join('');
}

export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

export function replaceFirst(value: string, re: RegExp, replacement: string): string {
  re.lastIndex = 0;
  const m = re.exec(value);
  return m ? value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length) : value;
}

/** Go's Regexp.ReplaceAllString: `$0`/`${0}` is the match, `$$` a dollar; empty matches right after a match are skipped. */
export function goReplaceAll(value: string, re: RegExp, template: string): string {
  let out = '';
  let last = 0;
  let prevEnd = -1;
  re.lastIndex = 0;
  for (;;) {
    if (re.lastIndex > value.length) break;
    const m = re.exec(value);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) re.lastIndex = start + 1;
    if (!(end === start && start === prevEnd)) {
      out += value.slice(last, start) + expandTemplate(template, m[0]);
      last = end;
    }
    prevEnd = end;
  }
  return out + value.slice(last);
}

function expandTemplate(template: string, match: string): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(\$|\{([A-Za-z0-9_]*)\}|([A-Za-z0-9_]+))/g, (all, _x: string, braced?: string, bare?: string) => {
    if (all === '$$') return '$';
    const name = braced ?? bare ?? '';
    if (braced !== undefined && name === '') return all;
    return name === '0' ? match : '';
  });
}
