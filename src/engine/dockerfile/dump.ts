/**
 * BuildKit's AST dump (parser.go Node.Dump), the format of its parser test files: one line per
 * instruction, `(keyword ["--flags"] "arg" ...)`, strings quoted as Go's strconv.Quote does.
 */
import type { Instruction, ParseResult } from './ast.ts';
import { goQuote } from './go-quote.ts';

export function dumpInstruction(instruction: Instruction): string {
  let out = instruction.keyword.toLowerCase();
  if (instruction.flags.length > 0) out += ' [' + instruction.flags.map((f) => goQuote(f.text)).join(' ') + ']';
  if (instruction.kind === 'onbuild') {
    if (instruction.inner !== undefined) out += ' (' + dumpInstruction(instruction.inner) + ')';
    return out;
  }
  for (const a of instruction.args) out += ' ' + goQuote(a.value);
  return out;
}

/** The whole dump, each line `(...)` followed by a newline (what a `result` file holds). */
export function dumpBuildkit(result: ParseResult): string {
  let out = '';
  for (const i of result.instructions) out += '(' + dumpInstruction(i) + ')\n';
  return out;
}
