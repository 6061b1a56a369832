/**
 * Pieces shared by the instruction builders: turning spans into ranged `Arg` / `Flag` nodes and
 * BuildKit's flag checks (moby/buildkit frontend/dockerfile/instructions/bflag.go BFlags.Parse).
 */
import type { Arg, Flag, Heredoc } from './ast.ts';
import type { Locator } from './locator.ts';
import type { Span } from './line-parsers.ts';
import type { ScannedInstruction } from './scan.ts';
import type { Range } from './source-range.ts';
import { locateRange } from './locator.ts';
import { chompHeredocContent } from './heredoc-words.ts';
import { withSuggestion } from './suggest.ts';

export interface BuildContext {
  /** The whole Dockerfile text. */
  readonly source: string;
  readonly scanned: ScannedInstruction;
  readonly text: string;
  readonly locator: Locator;
  readonly escape: number;
  readonly index: number;
  readonly stageIndex: number | undefined;
  readonly heredocs: readonly Heredoc[];
  /** First error wins, as in BuildKit (it stops at the first). */
  error: { message: string; range: Range | undefined } | undefined;
  /** Problems BuildKit only finds later (ONBUILD triggers): reported as warnings. */
  readonly warnings: { message: string; range: Range | undefined }[];
  /** Shared by all instructions of one parse: how much shell text is left to analyse. */
  readonly budget: { shellChars: number; skipped: Range | undefined };
}

export function fail(ctx: BuildContext, message: string, range?: Range): void {
  ctx.error ??= { message, range };
}

export function rangeOf(ctx: BuildContext, start: number, end: number): Range {
  return locateRange(ctx.locator, start, end);
}

export function toArg(ctx: BuildContext, span: Span): Arg {
  return { value: span.value, range: rangeOf(ctx, span.start, span.end) };
}

export function toFlag(ctx: BuildContext, span: Span): Flag {
  const raw = ctx.text.slice(span.start, span.end);
  const body = span.value.startsWith('--') ? span.value.slice(2) : span.value;
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const value = eq < 0 ? undefined : body.slice(eq + 1);
  const rawEq = raw.indexOf('=');
  const nameEnd = rawEq < 0 ? span.end : span.start + rawEq;
  return {
    kind: 'flag',
    name,
    value,
    text: span.value,
    raw,
    range: rangeOf(ctx, span.start, span.end),
    nameRange: rangeOf(ctx, span.start, nameEnd),
    valueRange: rawEq < 0 ? undefined : rangeOf(ctx, nameEnd + 1, span.end),
  };
}

export type FlagType = 'bool' | 'string' | 'strings';
export type FlagSpec = Readonly<Record<string, FlagType>>;

/** BFlags.Parse: the first problem with the flags, in BuildKit's words, or undefined. */
export function checkFlags(ctx: BuildContext, flags: readonly Flag[], spec: FlagSpec): void {
  if (flags.length === 0) return;
  const used = new Set<string>();
  for (const f of flags) {
    const flagName = '--' + f.name;
    const type = Object.hasOwn(spec, f.name) ? spec[f.name] : undefined;
    if (type === undefined) {
      fail(ctx, withSuggestion(`unknown flag: ${flagName}`, f.name, Object.keys(spec), true), f.nameRange);
      return;
    }
    if (used.has(f.name) && type !== 'strings') {
      fail(ctx, `duplicate flag specified: ${flagName}`, f.range);
      return;
    }
    used.add(f.name);
    if (type === 'bool') {
      if (f.value === '') {
        fail(ctx, `missing a value on flag: ${flagName}`, f.range);
        return;
      }
      const v = (f.value ?? '').toLowerCase();
      if (v !== 'true' && v !== 'false' && v !== '') {
        fail(ctx, `expecting boolean value for flag ${flagName}, not: ${f.value}`, f.valueRange);
        return;
      }
    } else if (f.value === undefined) {
      fail(ctx, `missing a value on flag: ${flagName}`, f.range);
      return;
    }
  }
}

export function findFlag(flags: readonly Flag[], name: string): Flag | undefined {
  let found: Flag | undefined;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === name) found = flags[i];
  return found;
}

/** Value of a bool flag as BuildKit reads it (`--link`, `--link=true`). */
export function flagIsTrue(flag: Flag | undefined): boolean {
  return flag !== undefined && (flag.value === undefined || flag.value.toLowerCase() === 'true');
}

export function buildHeredocs(ctx: BuildContext): Heredoc[] {
  return ctx.scanned.heredocs.map((h) => ({
    kind: 'heredoc',
    name: h.word.name,
    fileDescriptor: h.word.fileDescriptor,
    expand: h.word.expand,
    chomp: h.word.chomp,
    content: h.content,
    data: h.word.chomp ? chompHeredocContent(h.content) : h.content,
    terminated: h.terminated,
    headerRange: rangeOf(ctx, h.word.start, h.word.end),
    bodyRange: h.bodyRange,
    range: { start: rangeOf(ctx, h.word.start, h.word.end).start, end: h.end },
  }));
}
