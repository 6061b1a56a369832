/**
 * The fields every instruction node shares.
 */
import type { Arg, Flag, Heredoc } from './ast.ts';
import type { Range } from './source-range.ts';
import type { BuildContext } from './instruction-parts.ts';
import type { LineNode } from './line-parsers.ts';
import { rangeOf, toArg, toFlag } from './instruction-parts.ts';

export interface InstructionBaseFields {
  readonly keyword: string;
  readonly keywordRange: Range;
  readonly range: Range;
  readonly raw: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly flags: readonly Flag[];
  readonly args: readonly Arg[];
  readonly heredocs: readonly Heredoc[];
  readonly precedingComments: readonly string[];
  readonly emptyContinuationLines: readonly number[];
  readonly stageIndex: number | undefined;
  readonly index: number;
}

/** Shared by the many instructions without flags (readonly; not frozen, see expand.ts NONE). */
const NONE: readonly never[] = [];

export function baseFields(ctx: BuildContext, node: LineNode): InstructionBaseFields {
  const s = ctx.scanned;
  const keywordRange = rangeOf(ctx, node.keyword.start, node.keyword.end);
  const range = { start: keywordRange.start, end: s.end };
  return {
    keyword: node.keyword.value,
    keywordRange,
    range,
    raw: ctx.source.slice(range.start.offset, range.end.offset),
    startLine: s.startLine,
    endLine: s.endLine,
    flags: node.flags.length > 0 ? node.flags.map((f) => toFlag(ctx, f)) : NONE,
    args: node.args.map((a) => toArg(ctx, a)),
    heredocs: ctx.heredocs,
    precedingComments: s.prevComments,
    emptyContinuationLines: s.emptyContinuationLines,
    stageIndex: ctx.stageIndex,
    index: ctx.index,
  };
}
