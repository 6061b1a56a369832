import type { Instruction, Position } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';
import type { TextEdit } from '../finding.ts';

/** Source positions of the start of each line of an instruction, worked out from its raw text in one pass. */
function lineStarts(instruction: Instruction): Map<number, Position> {
  const start = instruction.range.start;
  const starts = new Map<number, Position>([[instruction.startLine, { line: instruction.startLine, column: 1, offset: start.offset - (start.column - 1) }]]);
  let line = instruction.startLine;
  for (let nl = instruction.raw.indexOf('\n'); nl >= 0; nl = instruction.raw.indexOf('\n', nl + 1)) {
    line++;
    starts.set(line, { line, column: 1, offset: start.offset + nl + 1 });
  }
  return starts;
}

/** A blank line inside a `\` continuation: accepted today, an error in a future Dockerfile syntax. */
export const emptyContinuationLine = defineRule({
  meta: {
    id: 'empty-continuation-line',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'NoEmptyContinuation' }],
    title: 'Empty line inside a continued instruction',
    explanation:
      'After a line ending in `\\`, Docker skips blank lines and keeps reading the same instruction. That makes an accidentally unfinished instruction swallow the next one silently, which is why BuildKit warns and says empty continuation lines will become an error.',
    suggestion: 'Delete the empty line, or end the instruction before it by removing the trailing `\\`.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && \\\n\n    apt-get install -y curl\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && \\\n    apt-get install -y curl\n' }],
    },
  },
  step(_state, instruction) {
    const lines = instruction.emptyContinuationLines;
    if (lines.length === 0) return undefined;
    const starts = lineStarts(instruction);
    const edits: TextEdit[] = [];
    for (const line of lines) {
      const start = starts.get(line);
      const end = starts.get(line + 1);
      if (start && end) edits.push({ range: { start, end }, text: '' });
    }
    const first = starts.get(lines[0]!) ?? instruction.range.start;
    return [
      {
        range: { start: first, end: first },
        message: `Empty line inside this ${instruction.keyword.toUpperCase()}; the instruction continues below it.`,
        // BuildKit reports it once per instruction, at the instruction's last line.
        codes: [buildCheck('NoEmptyContinuation', 'Empty continuation line', instruction.endLine)],
        ...(edits.length === lines.length && { fix: { title: 'Delete the empty lines', edits } }),
      },
    ];
  },
});
