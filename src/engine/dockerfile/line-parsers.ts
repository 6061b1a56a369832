/**
 * One logical line (continuations joined) -> keyword, flags and BuildKit's argument strings, with
 * offsets into the line. Re-implements moby/buildkit frontend/dockerfile/parser/split_command.go
 * and line_parsers.go; each function names the Go function it follows.
 */
import { indexOfSplitSpace, isGoSpace, splitWhitespace, trimSpaceBounds } from './chars.ts';
import { parseJsonArray } from './json-array.ts';
import { goQuote } from './go-quote.ts';

export interface Span {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface LineNode {
  readonly keyword: Span;
  /** The keyword in lower case (what every later step compares it with). */
  readonly name: string;
  /** Flags as BuildKit stores them (quotes removed), spans as written. */
  readonly flags: readonly Span[];
  readonly args: readonly Span[];
  /** BuildKit's `json` attribute: the arguments were a JSON string array. */
  readonly json: boolean;
  /** The rest started with `[` but was not a valid JSON array (shell-form fallback). */
  readonly looksLikeJson: boolean;
  /** The arguments text after the flags, trimmed. */
  readonly restStart: number;
  readonly restEnd: number;
  /** ONBUILD's trigger. */
  readonly child: LineNode | undefined;
  /** A parser-level error in BuildKit's words; BuildKit rejects the file. */
  readonly error: string | undefined;
}

interface ArgsResult {
  args: Span[];
  json?: boolean;
  looksLikeJson?: boolean;
  child?: LineNode;
  error?: string;
}

const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

/** extractBuilderFlags: leading `--words` become flags; returns where the arguments start. */
function extractBuilderFlags(line: string, start: number, end: number, esc: number): { argsStart: number; flags: Span[] } {
  const flags: Span[] = [];
  let phase = 0; // 0 in spaces, 1 in word, 2 in quote
  let word = '';
  let wordStart = start;
  let quote = 0;
  let blankOK = false;
  for (let pos = start; pos <= end; pos++) {
    const ch = pos < end ? line.charCodeAt(pos) : -1;
    if (phase === 0) {
      if (pos === end) break;
      if (isGoSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === end || line.charCodeAt(pos + 1) !== 0x2d) return { argsStart: pos, flags };
      phase = 1;
      wordStart = pos;
    }
    if (pos === end) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push({ value: word, start: wordStart, end: pos });
      break;
    }
    if (phase === 1) {
      if (word === '' && !blankOK) {
        // Fast path: a flag without quotes or escapes is a plain slice.
        let e = pos;
        while (e < end) {
          const c = line.charCodeAt(e);
          if (isGoSpace(c) || c === 0x27 || c === 0x22 || c === esc) break;
          e++;
        }
        if (e === end || isGoSpace(line.charCodeAt(e))) {
          word = line.slice(pos, e);
          pos = e - 1;
          continue;
        }
      }
      if (isGoSpace(ch)) {
        phase = 0;
        if (word === '--') return { argsStart: pos, flags };
        if (blankOK || word.length > 0) flags.push({ value: word, start: wordStart, end: pos });
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = 2;
        continue;
      }
      let c = ch;
      if (ch === esc) {
        if (pos + 1 === end) continue;
        pos++;
        c = line.charCodeAt(pos);
      }
      word += String.fromCharCode(c);
      continue;
    }
    // in quote
    if (ch === quote) {
      phase = 1;
      continue;
    }
    let c = ch;
    if (ch === esc) {
      if (pos + 1 === end) {
        phase = 1;
        continue;
      }
      pos++;
      c = line.charCodeAt(pos);
    }
    word += String.fromCharCode(c);
  }
  return { argsStart: end, flags };
}

/**
 * parseWords: whitespace-separated words, quotes and escapes kept in the words. Go builds each word
 * char by char; since it keeps every character except an escape token at the very end of the text,
 * a word is a slice of the line (minus that trailing escape).
 */
export function parseWords(line: string, start: number, end: number, esc: number): Span[] {
  const words: Span[] = [];
  let phase = 0; // 0 in spaces, 1 in word, 2 in quote
  let quote = 0;
  let blankOK = false;
  let wordStart = start;
  let wordEnd = start;
  const push = () => {
    if (blankOK || wordEnd > wordStart) words.push({ value: line.slice(wordStart, wordEnd), start: wordStart, end: wordEnd });
  };
  for (let pos = start; pos <= end; pos++) {
    const ch = pos < end ? line.charCodeAt(pos) : -1;
    if (phase === 0) {
      if (pos === end) break;
      if (isGoSpace(ch)) continue;
      phase = 1;
      wordStart = pos;
      wordEnd = pos;
    }
    if (pos === end) {
      push();
      break;
    }
    if (phase === 1) {
      if (isGoSpace(ch)) {
        phase = 0;
        push();
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = 2;
      }
      if (ch === esc) {
        if (pos + 1 === end) continue;
        pos++;
      }
      wordEnd = pos + 1;
      continue;
    }
    // in quote
    if (ch === quote) phase = 1;
    if (ch === esc && quote !== 0x27) {
      if (pos + 1 === end) {
        phase = 1;
        continue;
      }
      pos++;
    }
    wordEnd = pos + 1;
  }
  return words;
}

function whitespaceDelimited(line: string, start: number, end: number): Span[] {
  if (start === end) return [];
  return splitWhitespace(line, start, end).map(([s, e]) => ({ value: line.slice(s, e), start: s, end: e }));
}

function wholeString(line: string, start: number, end: number): Span[] {
  return start === end ? [] : [{ value: line.slice(start, end), start, end }];
}

/** parseJSON; `undefined` when the text is not JSON (fall back), a string on the non-string error. */
function parseJson(line: string, start: number, end: number): Span[] | string | undefined {
  let i = start;
  while (i < end && isGoSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 0x5b || i >= end) return undefined;
  const r = parseJsonArray(line, i, end);
  if (r.kind === 'not-strings') return NOT_STRING_ARRAY;
  if (r.kind === 'invalid') return undefined;
  return r.items.map((it) => ({ value: it.value, start: it.start, end: it.end }));
}

function startsWithBracket(line: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isGoSpace(line.charCodeAt(i))) i++;
  return i < end && line.charCodeAt(i) === 0x5b;
}

/** parseMaybeJSON (RUN, CMD, ENTRYPOINT, SHELL). */
function maybeJson(line: string, start: number, end: number): ArgsResult {
  if (start === end) return { args: [] };
  const j = parseJson(line, start, end);
  if (typeof j === 'string') return { args: [], error: j };
  if (j !== undefined) return { args: j, json: true };
  return { args: wholeString(line, start, end), looksLikeJson: startsWithBracket(line, start, end) };
}

/** parseMaybeJSONToList (ADD, COPY, VOLUME). */
function maybeJsonToList(line: string, start: number, end: number): ArgsResult {
  const j = parseJson(line, start, end);
  if (typeof j === 'string') return { args: [], error: j };
  if (j !== undefined) return { args: j, json: true };
  return { args: whitespaceDelimited(line, start, end), looksLikeJson: startsWithBracket(line, start, end) };
}

/** parseNameVal (ENV, LABEL): key/value/separator triples. */
function nameVal(line: string, start: number, end: number, esc: number, key: string): ArgsResult {
  const words = parseWords(line, start, end, esc);
  if (words.length === 0) return { args: [] };
  if (!words[0]!.value.includes('=')) {
    const ws = indexOfSplitSpace(line, start, end);
    if (ws < 0) return { args: [], error: `${key} must have two arguments` };
    let vs = ws;
    while (vs < end && isSplitSpaceCode(line.charCodeAt(vs))) vs++;
    return {
      args: [
        { value: line.slice(start, ws), start, end: ws },
        { value: line.slice(vs, end), start: vs, end },
        { value: '', start: vs, end: vs },
      ],
    };
  }
  const args: Span[] = [];
  for (const w of words) {
    const eq = w.value.indexOf('=');
    if (eq < 0) {
      return { args, error: `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value` };
    }
    const rawEq = line.indexOf('=', w.start);
    const eqPos = rawEq >= 0 && rawEq < w.end ? rawEq : w.start + eq;
    args.push(
      { value: w.value.slice(0, eq), start: w.start, end: eqPos },
      { value: w.value.slice(eq + 1), start: eqPos + 1, end: w.end },
      { value: '=', start: eqPos, end: eqPos + 1 },
    );
  }
  return { args };
}

function isSplitSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** parseHealthConfig: the type word, then the rest like CMD. */
function healthConfig(line: string, start: number, end: number): ArgsResult {
  let sep = start;
  while (sep < end && !isGoSpace(line.charCodeAt(sep))) sep++;
  let nxt = sep;
  while (nxt < end && isGoSpace(line.charCodeAt(nxt))) nxt++;
  if (sep === start) return { args: [] };
  const cmd = maybeJson(line, nxt, end);
  return { ...cmd, args: [{ value: line.slice(start, sep), start, end: sep }, ...cmd.args] };
}

/** newNodeFromLine: splitCommand, then the instruction's line parser. */
export function parseLine(line: string, start: number, end: number, esc: number): LineNode {
  const [ts, te] = trimSpaceBounds(line, start, end);
  const ws = indexOfSplitSpace(line, ts, te);
  const keywordEnd = ws < 0 ? te : ws;
  const keyword: Span = { value: line.slice(ts, keywordEnd), start: ts, end: keywordEnd };
  let flags: Span[] = [];
  let restStart = te;
  let restEnd = te;
  if (ws >= 0) {
    let after = ws;
    while (after < te && isSplitSpaceCode(line.charCodeAt(after))) after++;
    const extracted = extractBuilderFlags(line, after, te, esc);
    flags = extracted.flags;
    [restStart, restEnd] = trimSpaceBounds(line, extracted.argsStart, te);
  }
  const name = keyword.value.toLowerCase();
  const result = dispatchArgs(name, line, restStart, restEnd, esc);
  return {
    keyword,
    name,
    flags,
    args: result.args,
    json: result.json ?? false,
    looksLikeJson: result.looksLikeJson ?? false,
    restStart,
    restEnd,
    child: result.child,
    error: result.error ?? result.child?.error,
  };
}

function dispatchArgs(cmd: string, line: string, start: number, end: number, esc: number): ArgsResult {
  switch (cmd) {
    case 'add':
    case 'copy':
    case 'volume':
      return maybeJsonToList(line, start, end);
    case 'run':
    case 'cmd':
    case 'entrypoint':
    case 'shell':
      return maybeJson(line, start, end);
    case 'arg':
      return { args: parseWords(line, start, end, esc) };
    case 'env':
      return nameVal(line, start, end, esc, 'ENV');
    case 'label':
      return nameVal(line, start, end, esc, 'LABEL');
    case 'expose':
    case 'from':
      return { args: whitespaceDelimited(line, start, end) };
    case 'healthcheck':
      return healthConfig(line, start, end);
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { args: wholeString(line, start, end) };
    case 'onbuild':
      if (start === end) return { args: [] };
      return { args: [], child: parseLine(line, start, end, esc) };
    default:
      // parseIgnore: BuildKit keeps unknown instructions with one empty argument.
      return { args: [{ value: '', start, end: start }] };
  }
}
