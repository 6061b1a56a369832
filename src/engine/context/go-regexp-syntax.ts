/**
 * Go's regexp syntax (RE2) as far as patternmatcher can produce it, parsed into a small tree, with Go's error
 * cases: `[z-a]`, `\1`, an unknown `[:class:]` or `\p{Name}`, a missing `]` or `)`. Go's meanings are kept
 * where JavaScript's differ: `.` excludes only `\n`, `\s` and `\w` are ASCII, a lone `]` is a literal,
 * `\Q…\E` quotes. Source: go/src/regexp/syntax/parse.go (parse, parseClass, parseEscape, parseNamedClass,
 * parseUnicodeClass), perl_groups.go.
 */

export type Range = readonly [number, number];

export interface CharSet {
  readonly kind: 'set';
  readonly negated: boolean;
  readonly ranges: readonly Range[];
  /** Unicode properties (`\pL`, `\PN`), kept symbolic. */
  readonly props: readonly { readonly negated: boolean; readonly name: string }[];
}
export type Node =
  | CharSet
  | { readonly kind: 'assert'; readonly which: 'begin' | 'end' | 'word' | 'not-word' }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Node[])[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: 0 | 1; readonly max: 1 | 'many'; readonly greedy: boolean };

export const MAX_RUNE = 0x10ffff;
const PERL: Readonly<Record<string, readonly Range[]>> = {
  d: [[0x30, 0x39]],
  s: [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]],
  w: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
};
const POSIX: Readonly<Record<string, readonly Range[]>> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};
const CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);

class GoRegexpError extends Error {}

/** Parses Go regexp source; `undefined` where Go's `regexp.Compile` returns an error. */
export function parseGoRegexp(source: string): readonly Node[] | undefined {
  try {
    return new Parser(source).parse();
  } catch {
    return undefined;
  }
}

const single = (cp: number): CharSet => ({ kind: 'set', negated: false, ranges: [[cp, cp]], props: [] });

function complement(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

class Parser {
  private i = 0;
  private readonly s: string;
  constructor(s: string) {
    this.s = s;
  }

  private fail(): never {
    throw new GoRegexpError();
  }

  private peek(): number {
    return this.s.codePointAt(this.i) ?? -1;
  }

  private next(): number {
    const c = this.s.codePointAt(this.i);
    if (c === undefined) this.fail();
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  parse(): readonly Node[] {
    const alternatives = this.alternation(false);
    return alternatives.length === 1 ? (alternatives[0] as Node[]) : [{ kind: 'group', alternatives }];
  }

  private alternation(inGroup: boolean): Node[][] {
    const alternatives: Node[][] = [[]];
    while (this.i < this.s.length) {
      const c = this.peek();
      if (c === 0x29) {
        if (!inGroup) this.fail(); // unexpected )
        this.i++;
        return alternatives;
      }
      this.i += c > 0xffff ? 2 : 1;
      const seq = alternatives[alternatives.length - 1] as Node[];
      if (c === 0x7c) {
        alternatives.push([]);
      } else if (c === 0x2a || c === 0x2b || c === 0x3f) {
        const last = seq.pop();
        if (last === undefined || last.kind === 'repeat') this.fail(); // missing argument / nested repetition
        const greedy = this.peek() !== 0x3f;
        if (!greedy) this.i++;
        seq.push({ kind: 'repeat', node: last, min: c === 0x2b ? 1 : 0, max: c === 0x3f ? 1 : 'many', greedy });
      } else if (c === 0x28) {
        if (this.peek() === 0x3f) this.fail(); // flags and named groups never come from patternmatcher
        seq.push({ kind: 'group', alternatives: this.alternation(true) });
      } else if (c === 0x5e) seq.push({ kind: 'assert', which: 'begin' });
      else if (c === 0x24) seq.push({ kind: 'assert', which: 'end' });
      else if (c === 0x2e) seq.push({ kind: 'set', negated: true, ranges: [[0x0a, 0x0a]], props: [] });
      else if (c === 0x5b) seq.push(this.charClass());
      else if (c === 0x5c) seq.push(...this.topEscape());
      else seq.push(single(c)); // includes a lone ']' and '{' (patternmatcher escapes '{' anyway)
    }
    if (inGroup) this.fail(); // missing )
    return alternatives;
  }

  private topEscape(): Node[] {
    const c = this.next();
    switch (c) {
      case 0x41: // \A
        return [{ kind: 'assert', which: 'begin' }];
      case 0x7a: // \z
        return [{ kind: 'assert', which: 'end' }];
      case 0x62: // \b
        return [{ kind: 'assert', which: 'word' }];
      case 0x42: // \B
        return [{ kind: 'assert', which: 'not-word' }];
      case 0x51: {
        // \Q...\E literal text
        const end = this.s.indexOf('\\E', this.i);
        const text = end < 0 ? this.s.slice(this.i) : this.s.slice(this.i, end);
        this.i = end < 0 ? this.s.length : end + 2;
        return Array.from(text, (ch) => single(ch.codePointAt(0) ?? 0));
      }
      case 0x70:
      case 0x50:
        return [{ kind: 'set', negated: false, ranges: [], props: [this.unicodeClass(c === 0x50)] }];
    }
    const perl = this.perlClass(c);
    if (perl !== undefined) return [{ kind: 'set', negated: false, ranges: perl, props: [] }];
    return [single(this.escapeRune(c))];
  }

  /** `\d \D \s \S \w \W` as ranges, or undefined. */
  private perlClass(c: number): readonly Range[] | undefined {
    const ranges = c < 0x80 ? PERL[String.fromCodePoint(c | 0x20)] : undefined;
    if (ranges === undefined) return undefined;
    return c >= 0x61 ? ranges : complement(ranges);
  }

  /** `\pL`, `\p{Greek}`, `\p{^Greek}`, `\PL` (the `\p` or `\P` already read). */
  private unicodeClass(negated: boolean): { negated: boolean; name: string } {
    let name: string;
    if (this.peek() === 0x7b) {
      const end = this.s.indexOf('}', this.i);
      if (end < 0) this.fail();
      name = this.s.slice(this.i + 1, end);
      this.i = end + 1;
    } else name = String.fromCodePoint(this.next());
    let neg = negated;
    if (name.startsWith('^')) {
      neg = !neg;
      name = name.slice(1);
    }
    return { negated: neg, name: name === 'Any' || CATEGORIES.has(name) ? name : `Script=${name}` };
  }

  /** Go's parseEscape after the backslash: the rune an escape stands for. */
  private escapeRune(c: number): number {
    if (c < 0x80 && !/[0-9A-Za-z]/.test(String.fromCharCode(c))) return c; // escaped punctuation is itself
    if (c >= 0x31 && c <= 0x37) {
      const d = this.peek();
      if (d < 0x30 || d > 0x37) this.fail(); // \1 alone would be a backreference: unsupported
    }
    if (c >= 0x30 && c <= 0x37) {
      let r = c - 0x30;
      for (let k = 1; k < 3; k++) {
        const d = this.peek();
        if (d < 0x30 || d > 0x37) break;
        r = r * 8 + (d - 0x30);
        this.i++;
      }
      return r;
    }
    if (c === 0x78) {
      const d = this.next();
      if (d === 0x7b) {
        const end = this.s.indexOf('}', this.i);
        const digits = end < 0 ? '' : this.s.slice(this.i, end);
        if (!/^[0-9A-Fa-f]+$/.test(digits)) this.fail();
        const r = parseInt(digits, 16);
        if (r > MAX_RUNE) this.fail();
        this.i = end + 1;
        return r;
      }
      const pair = String.fromCodePoint(d) + String.fromCodePoint(this.next());
      if (!/^[0-9A-Fa-f]{2}$/.test(pair)) this.fail();
      return parseInt(pair, 16);
    }
    const simple: Readonly<Record<number, number>> = { 0x61: 7, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };
    const r = simple[c];
    if (r === undefined) this.fail();
    return r;
  }

  /** A `[...]` class, the `[` already read. */
  private charClass(): CharSet {
    let negated = false;
    if (this.peek() === 0x5e) {
      negated = true;
      this.i++;
    }
    const ranges: Range[] = [];
    const props: { negated: boolean; name: string }[] = [];
    let first = true; // ']' is a literal as the first character
    for (;;) {
      if (this.i >= this.s.length) this.fail(); // missing closing ]
      if (this.peek() === 0x5d && !first) {
        this.i++;
        break;
      }
      first = false;
      if (this.s.startsWith('[:', this.i)) {
        const end = this.s.indexOf(':]', this.i + 2);
        if (end >= 0) {
          let name = this.s.slice(this.i + 2, end);
          const neg = name.startsWith('^');
          if (neg) name = name.slice(1);
          const posix = POSIX[name];
          if (posix === undefined) this.fail();
          ranges.push(...(neg ? complement(posix) : posix));
          this.i = end + 2;
          continue;
        }
      }
      if (this.s.charCodeAt(this.i) === 0x5c) {
        const e = this.s.codePointAt(this.i + 1) ?? -1;
        if (e === 0x70 || e === 0x50) {
          this.i += 2;
          props.push(this.unicodeClass(e === 0x50));
          continue;
        }
        const perl = e >= 0 ? this.perlClass(e) : undefined;
        if (perl !== undefined) {
          this.i += 2;
          ranges.push(...perl);
          continue;
        }
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.peek() === 0x2d && this.i + 1 < this.s.length && this.s.charCodeAt(this.i + 1) !== 0x5d) {
        this.i++;
        hi = this.classChar();
        if (hi < lo) this.fail(); // invalid character class range
      }
      ranges.push([lo, hi]);
    }
    return { kind: 'set', negated, ranges, props };
  }

  private classChar(): number {
    const c = this.next();
    return c === 0x5c ? this.escapeRune(this.next()) : c;
  }
}
