/**
 * The line loop of BuildKit's parser (moby/buildkit frontend/dockerfile/parser/parser.go Parse):
 * parser directives at the top, comments, line continuations with the escape character (comment
 * lines and whitespace-only lines inside a continuation are skipped), heredoc bodies. Produces one
 * record per instruction with its joined text and a locator back to the source. Unlike BuildKit it
 * never stops at an error: the error is recorded and the next line is read.
 */
import type { Comment, Diagnostic, Directive } from './ast.ts';
import type { Position, Range } from './source-range.ts';
import type { Locator, Segments } from './locator.ts';
import type { HeredocWord } from './heredoc-words.ts';
import type { LineNode } from './line-parsers.ts';
import { isGoSpace, utf8Length } from './chars.ts';
import { matchDirective } from './directives.ts';
import { heredocWordsFromLine } from './heredoc-words.ts';
import { parseLine } from './line-parsers.ts';
import { addSegment, cachedPositionAt, newPositionCache, newSegments, oneSegment, positionAt } from './locator.ts';

export interface ScannedHeredoc {
  readonly word: HeredocWord;
  readonly content: string;
  readonly terminated: boolean;
  /** Body lines; `textStart` is relative to `content`. */
  readonly bodySegments: Segments;
  readonly bodyRange: Range;
  /** End of the terminator line (or of the file when unterminated). */
  readonly end: Position;
  /** Start of the terminator line. */
  readonly terminatorStart: Position;
}

export interface ScannedInstruction {
  readonly text: string;
  readonly locator: Locator;
  readonly node: LineNode;
  readonly startLine: number;
  readonly endLine: number;
  readonly start: Position;
  readonly end: Position;
  readonly heredocs: readonly ScannedHeredoc[];
  readonly emptyContinuationLines: readonly number[];
  readonly prevComments: readonly string[];
  /** Parser-level errors (BuildKit rejects the file). */
  readonly errors: readonly string[];
}

export interface ScanResult {
  readonly instructions: readonly ScannedInstruction[];
  readonly directives: readonly Directive[];
  readonly comments: readonly Comment[];
  readonly escape: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly emptyContinuationLines: readonly number[];
  /** Line of the last line BuildKit read (the root's end when there are no instructions). */
  readonly lastLine: number;
}

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
/** bufio.MaxScanTokenSize: BuildKit's scanner fails on longer lines. */
const MAX_LINE_BYTES = 64 * 1024;
/**
 * Instructions read per file. Not a BuildKit limit: real Dockerfiles have a few hundred at most
 * (an image cannot have more than 127 layers), and a bound keeps huge inputs fast and small.
 */
export const MAX_INSTRUCTIONS = 20_000;

/** Shared by the many instructions with no comments before them or empty continuation lines (readonly; not frozen, see expand.ts NONE). */
const NONE: readonly never[] = [];

interface LineCursor {
  readonly text: string;
  /** Start of the next line to read. */
  next: number;
  /** The line just read: its start (after a BOM), content end (trailing \r\n trimmed), and where the following line starts. */
  start: number;
  end: number;
  after: number;
  number: number;
}

function readLine(c: LineCursor): boolean {
  const text = c.text;
  if (c.next >= text.length) return false;
  let start = c.next;
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  const nl = text.indexOf('\n', start);
  const after = nl < 0 ? text.length : nl + 1;
  let end = nl < 0 ? text.length : nl;
  while (end > start && (text.charCodeAt(end - 1) === 0x0d || text.charCodeAt(end - 1) === 0x0a)) end--;
  c.start = start;
  c.end = end;
  c.after = after;
  c.next = after;
  c.number++;
  return true;
}

function firstNonSpace(text: string, start: number, end: number): number {
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  return start;
}

/**
 * trimContinuationCharacter: the escape token as the last non-blank character, not preceded by
 * another escape token (or alone on the line). Returns the new end, or -1 when the line does not continue.
 */
function continuationEnd(text: string, start: number, end: number, esc: number): number {
  let i = end;
  while (i > start && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  if (i === start || text.charCodeAt(i - 1) !== esc) return -1;
  const escPos = i - 1;
  if (escPos === start) return start;
  return text.charCodeAt(escPos - 1) === esc ? -1 : escPos;
}

function lineRange(c: LineCursor, from = c.start): Range {
  return { start: positionAt(c.number, c.start, from), end: positionAt(c.number, c.start, c.end) };
}

export function scan(text: string): ScanResult {
  const cur: LineCursor = { text, next: 0, start: 0, end: 0, after: 0, number: 0 };
  const instructions: ScannedInstruction[] = [];
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const diagnostics: Diagnostic[] = [];
  const allEmptyLines: number[] = [];
  const seen = new Set<string>();
  let directivesDone = false;
  let esc = BACKSLASH;
  let prevComments: string[] = [];
  const positions = newPositionCache(text.length);

  const checkLength = (): void => {
    const len = cur.after - cur.start;
    if (len * 3 > MAX_LINE_BYTES && utf8Length(text.slice(cur.start, cur.after), MAX_LINE_BYTES + 1) > MAX_LINE_BYTES) {
      diagnostics.push({
        severity: 'error',
        phase: 'parse',
        code: 'line-too-long',
        message: `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`,
        line: cur.number,
        range: lineRange(cur),
      });
    }
  };

  while (readLine(cur)) {
    checkLength();
    if (instructions.length === MAX_INSTRUCTIONS) {
      diagnostics.push({
        severity: 'error',
        phase: 'parse',
        code: 'too-large',
        message: `Dockerfile too large: only the first ${MAX_INSTRUCTIONS} instructions were read`,
        line: cur.number,
        range: lineRange(cur),
      });
      break;
    }
    const lt = firstNonSpace(text, cur.start, cur.end);
    const isComment = lt < cur.end && text.charCodeAt(lt) === 0x23;
    if (isComment) {
      // BuildKit drops the line's first character, whatever it is, then trims (parser.go).
      const c = text.slice(cur.start + 1, cur.end).trim();
      if (c === '') prevComments = [];
      else prevComments.push(c);
    }
    if (!directivesDone) {
      const d = isComment ? matchDirective(text, lt, cur.end) : undefined;
      if (d === undefined) directivesDone = true;
      else if (seen.has(d.name)) {
        diagnostics.push({
          severity: 'error',
        phase: 'parse',
          code: 'duplicate-directive',
          message: `only one ${d.name} parser directive can be used`,
          line: cur.number,
          range: lineRange(cur, lt),
        });
      } else {
        seen.add(d.name);
        const at = (o: number): Position => positionAt(cur.number, cur.start, o);
        directives.push({
          kind: 'directive',
          name: d.name,
          value: d.value,
          line: cur.number,
          range: { start: at(lt), end: at(cur.end) },
          nameRange: { start: at(d.nameStart), end: at(d.nameEnd) },
          valueRange: { start: at(d.valueStart), end: at(d.valueEnd) },
        });
        prevComments.pop();
        if (d.name === 'escape') {
          if (d.value === '`') esc = BACKTICK;
          else if (d.value === '\\') esc = BACKSLASH;
          else {
            diagnostics.push({
              severity: 'error',
        phase: 'parse',
              code: 'invalid-escape',
              message: `invalid escape token '${d.value}' does not match \` or \\`,
              line: cur.number,
              range: { start: at(d.valueStart), end: at(d.valueEnd) },
            });
          }
        }
        continue;
      }
    }
    if (isComment) {
      comments.push(commentAt(cur, lt, false));
      continue;
    }
    let cend = continuationEnd(text, lt, cur.end, esc);
    if (cend < 0 && lt === cur.end) continue; // blank line
    const startLine = cur.number;
    const start = cachedPositionAt(positions, cur.number, cur.start, lt);
    const first = cend < 0 ? cur.end : cend;
    const segments = oneSegment(0, first - lt, lt, cur.number, cur.start);
    let length = first - lt;
    const emptyLines: number[] = [];
    while (cend >= 0 && readLine(cur)) {
      checkLength();
      const ls = firstNonSpace(text, cur.start, cur.end);
      if (ls < cur.end && text.charCodeAt(ls) === 0x23) {
        comments.push(commentAt(cur, ls, true));
        continue;
      }
      if (ls === cur.end) {
        emptyLines.push(cur.number);
        continue;
      }
      cend = continuationEnd(text, cur.start, cur.end, esc);
      const e = cend < 0 ? cur.end : cend;
      addSegment(segments, length, e - cur.start, cur.start, cur.number, cur.start);
      length += e - cur.start;
    }
    let logical = text.slice(lt, lt + segments.length[0]!);
    for (let i = 1; i < segments.source.length; i++) logical += text.slice(segments.source[i]!, segments.source[i]! + segments.length[i]!);
    const lastContinuationLine = cur.number;
    const locator: Locator = { segments, shift: 0, fallback: start, positions };
    const node = parseLine(logical, 0, logical.length, esc);
    const errors: string[] = [];
    if (node.error !== undefined) errors.push(node.error);
    if (emptyLines.length > 0) {
      for (const line of emptyLines) allEmptyLines.push(line);
      diagnostics.push({
        severity: 'warning',
        phase: 'parse',
        code: 'empty-continuation',
        message: 'Empty continuation line',
        line: lastContinuationLine,
        range: lineRange(cur),
      });
    }
    const heredocs: ScannedHeredoc[] = [];
    if (canContainHeredoc(node) && logical.includes('<<')) {
      const found = heredocWordsFromLine(logical);
      if (found.error !== undefined) errors.push(found.error);
      for (const word of found.heredocs) heredocs.push(readHeredoc(cur, word));
      if (heredocs.some((h) => !h.terminated)) errors.push('unterminated heredoc');
    }
    const end = heredocs.length > 0 ? heredocs[heredocs.length - 1]!.end : cachedPositionAt(positions, cur.number, cur.start, cur.end);
    instructions.push({
      text: logical,
      locator,
      node,
      startLine,
      endLine: cur.number,
      start,
      end,
      heredocs,
      emptyContinuationLines: emptyLines.length > 0 ? emptyLines : NONE,
      prevComments: prevComments.length > 0 ? prevComments : NONE,
      errors,
    });
    if (prevComments.length > 0) prevComments = [];
  }
  return { instructions, directives, comments, escape: esc, diagnostics, emptyContinuationLines: allEmptyLines, lastLine: cur.number };
}

function commentAt(cur: LineCursor, hash: number, insideInstruction: boolean): Comment {
  return {
    kind: 'comment',
    text: cur.text.slice(hash + 1, cur.end),
    line: cur.number,
    range: { start: positionAt(cur.number, cur.start, hash), end: positionAt(cur.number, cur.start, cur.end) },
    insideInstruction,
  };
}

/** Node.canContainHeredoc: RUN, COPY, ADD (also as ONBUILD trigger), not in JSON form. */
function canContainHeredoc(node: LineNode): boolean {
  let n = node;
  if (n.name === 'onbuild' && n.child !== undefined) n = n.child;
  const k = n.name;
  return (k === 'run' || k === 'copy' || k === 'add') && !n.json;
}

function readHeredoc(cur: LineCursor, word: HeredocWord): ScannedHeredoc {
  const text = cur.text;
  const bodySegments = newSegments();
  let content = '';
  let terminated = false;
  // An empty body sits at the end of the line that holds the `<<EOF` word.
  let bodyStart = positionAt(cur.number, cur.start, cur.end);
  let bodyEnd = bodyStart;
  let terminatorStart = bodyStart;
  while (readLine(cur)) {
    let t = cur.start;
    if (word.chomp) while (t < cur.end && text.charCodeAt(t) === 0x09) t++;
    if (cur.end - t === word.name.length && text.startsWith(word.name, t)) {
      terminated = true;
      terminatorStart = positionAt(cur.number, cur.start, cur.start);
      break;
    }
    if (bodySegments.source.length === 0) bodyStart = positionAt(cur.number, cur.start, cur.start);
    addSegment(bodySegments, content.length, cur.after - cur.start, cur.start, cur.number, cur.start);
    content += text.slice(cur.start, cur.after);
    bodyEnd = positionAt(cur.number, cur.start, cur.end);
    terminatorStart = positionAt(cur.number, cur.start, cur.end);
  }
  return {
    word,
    content,
    terminated,
    bodySegments,
    bodyRange: { start: bodyStart, end: bodyEnd },
    end: positionAt(cur.number, cur.start, cur.end),
    terminatorStart,
  };
}

