/**
 * The regular expressions patternmatcher builds, matched with Go's meaning and in linear time.
 *
 * patternmatcher hands parts of a .dockerignore pattern to Go's regexp engine unchanged (`[...]` classes, `\`
 * escapes, `^`), so Docker accepts things `filepath.Match` does not know — `[[:digit:]]`, `\d`, `\x41`, `\pL` —
 * and rejects others (`[z-a]`, `\1`). The source is parsed as Go parses it (go-regexp-syntax.ts), then run on
 * one of two back ends. Go's engine never backtracks; JavaScript's does, and `*a*a*a*a*b` on a long name would
 * hang it. So an expression whose backtracking is linear (see `backtrackingShape`) runs as a JavaScript
 * `RegExp`, and the others on a Thompson NFA (go-regexp-nfa.ts) unless the text is too short to matter.
 */

import type { CharSet, Node, Range } from './go-regexp-syntax.ts';
import { parseGoRegexp } from './go-regexp-syntax.ts';
import { Nfa, compileNfa } from './go-regexp-nfa.ts';

export interface GoRegexp {
  test(text: string): boolean;
  /** The equivalent JavaScript source, for display and debugging. */
  readonly jsSource: string;
}

/**
 * Compiles Go regexp source; `undefined` where Go's `regexp.Compile` returns an error. `engine` forces one
 * back end (tests compare them); by default the choice is made as described above.
 */
export function compileGoRegexp(source: string, engine: 'auto' | 'js' | 'nfa' = 'auto'): GoRegexp | undefined {
  const ast = parseGoRegexp(source);
  if (ast === undefined) return undefined;
  const jsSource = ast.map(toJs).join('');
  let js: RegExp;
  try {
    js = new RegExp(jsSource, 'u'); // also rejects unknown Unicode property names, as Go does
  } catch {
    return undefined;
  }
  const shape = engine === 'auto' ? backtrackingShape(ast) : undefined;
  if (engine === 'js' || (shape !== undefined && shape.crossing <= 1 && shape.perSegment <= 1)) {
    return { test: (text) => js.test(text), jsSource };
  }
  const nfa = new Nfa(compileNfa(ast));
  const literalSuffix = requiredSuffix(ast);
  return {
    jsSource,
    test: (text) => {
      if (literalSuffix !== '' && !text.endsWith(literalSuffix)) return false;
      // Short names cannot make backtracking expensive: use the fast engine when its worst case is small.
      if (shape !== undefined && backtrackingCost(shape, text) <= 1e6) return js.test(text);
      return nfa.run(text);
    },
  };
}

/** A rough upper bound of a backtracking engine's steps for `text` (see `backtrackingShape`). */
function backtrackingCost(shape: { readonly crossing: number; readonly perSegment: number }, text: string): number {
  let slashes = 0;
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === SLASH) {
      slashes++;
      run = 0;
    } else if (++run > longest) longest = run;
  }
  return (text.length + 1) * Math.pow(slashes + 1, Math.max(shape.crossing - 1, 0)) * Math.pow(longest + 1, shape.perSegment);
}

const hex = (c: number): string => `\\u{${c.toString(16)}}`;
const PLAIN = /^[0-9A-Za-z_/ -]$/;

function toJs(node: Node): string {
  switch (node.kind) {
    case 'set': {
      if (!node.negated && node.props.length === 0 && node.ranges.length === 1) {
        const [lo, hi] = node.ranges[0] as Range;
        if (lo === hi) return PLAIN.test(String.fromCodePoint(lo)) ? String.fromCodePoint(lo) : hex(lo);
      }
      const ranges = node.ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('');
      const props = node.props.map((p) => `\\${p.negated ? 'P' : 'p'}{${p.name}}`).join('');
      return `[${node.negated ? '^' : ''}${ranges}${props}]`;
    }
    case 'assert':
      return { begin: '(?:^)', end: '(?:$)', word: '\\b', 'not-word': '\\B' }[node.which];
    case 'group':
      return `(?:${node.alternatives.map((seq) => seq.map(toJs).join('')).join('|')})`;
    case 'repeat': {
      const q = node.max === 1 ? '?' : node.min === 1 ? '+' : '*';
      return `${toJs(node.node)}${q}${node.greedy ? '' : '?'}`;
    }
  }
}

const SLASH = 0x2f;
const isLiteral = (set: CharSet, cp: number): boolean =>
  !set.negated && set.props.length === 0 && set.ranges.length === 1 && set.ranges[0]?.[0] === cp && set.ranges[0]?.[1] === cp;
const setHas = (set: CharSet, cp: number): boolean =>
  set.props.length > 0 || set.ranges.some(([lo, hi]) => cp >= lo && cp <= hi) !== set.negated;

// How a backtracking engine's work grows with this expression: `crossing` counts repetitions that can cross a
// `/` (Docker's `(.*/)?` for `**`, a trailing `.*`), `perSegment` the most repetitions between two literal `/`.
// With at most one of each, every way to split the text is decided by the next `/` and the work is linear;
// otherwise it grows like (slashes)^(crossing-1) x (segment length)^(perSegment). `undefined`: a shape
// patternmatcher does not produce (user groups), always left to the NFA.
function backtrackingShape(nodes: readonly Node[]): { crossing: number; perSegment: number } | undefined {
  let crossing = 0;
  let perSegment = 0;
  let inSegment = 0;
  for (const node of nodes) {
    if (node.kind === 'set') {
      if (isLiteral(node, SLASH)) inSegment = 0;
      continue;
    }
    if (node.kind === 'assert') continue;
    if (node.kind === 'group') return undefined;
    if (node.max === 1 && node.node.kind === 'set') continue; // x? adds one choice, not a loop
    if (node.max === 1 && node.node.kind === 'group' && isDoubleStarGroup(node.node)) {
      crossing++;
      inSegment = 0;
      continue;
    }
    if (node.node.kind !== 'set') return undefined;
    if (setHas(node.node, SLASH)) crossing++;
    else perSegment = Math.max(perSegment, ++inSegment);
  }
  return { crossing, perSegment };
}

// patternmatcher's `(.*/)` for `**` (inside `?`).
function isDoubleStarGroup(group: Node & { kind: 'group' }): boolean {
  const only = group.alternatives.length === 1 ? group.alternatives[0] : undefined;
  if (only === undefined || only.length !== 2) return false;
  const [star, slash] = only as [Node, Node];
  return (
    star.kind === 'repeat' && star.max === 'many' && star.node.kind === 'set' && star.node.negated &&
    slash.kind === 'set' && !slash.negated && slash.ranges.length === 1 && slash.ranges[0]?.[0] === SLASH
  );
}

/** Literal characters every match must end with (a cheap filter before the NFA). */
function requiredSuffix(nodes: readonly Node[]): string {
  let suffix = '';
  for (let k = nodes.length - 1; k >= 0; k--) {
    const node = nodes[k] as Node;
    if (node.kind === 'assert' && node.which === 'end') continue;
    if (node.kind !== 'set' || node.negated || node.props.length > 0 || node.ranges.length !== 1) break;
    const [lo, hi] = node.ranges[0] as Range;
    if (lo !== hi) break;
    suffix = String.fromCodePoint(lo) + suffix;
  }
  return suffix;
}
