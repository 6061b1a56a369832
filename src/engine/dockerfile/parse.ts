/**
 * parseDockerfile: text -> ParseResult. Scans lines (scan.ts), types each instruction
 * (build-instruction.ts) and groups them into stages, collecting every error as a value.
 */
import type { ArgInstruction, CheckDirective, Diagnostic, FromInstruction, Instruction, ParseResult, Stage } from './ast.ts';
import type { BuildContext } from './instruction-parts.ts';
import type { Range } from './source-range.ts';
import type { ScannedInstruction } from './scan.ts';
import { scan } from './scan.ts';
import { buildInstruction } from './build-instruction.ts';
import { buildHeredocs } from './instruction-parts.ts';
import { parseCheckOptions } from './directives.ts';
import { SHELL_BUDGET_CHARS } from './command-forms.ts';

/** Shared by the instructions without heredocs (readonly; not frozen, see expand.ts NONE). */
const NONE: readonly never[] = [];

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function diagnostic(severity: Diagnostic['severity'], phase: Diagnostic['phase'], code: string, message: string, range: Range): Diagnostic {
  return { severity, phase, code, message, line: range.start.line, range };
}

function codeFor(message: string): string {
  if (message.startsWith('unknown instruction')) return 'unknown-instruction';
  if (message === 'unterminated heredoc') return 'unterminated-heredoc';
  if (message.startsWith('unknown flag')) return 'unknown-flag';
  return 'invalid-instruction';
}

interface ParseState {
  readonly text: string;
  readonly escape: number;
  readonly diagnostics: Diagnostic[];
  readonly instructions: Instruction[];
  readonly globalArgs: ArgInstruction[];
  readonly stageStarts: { from: FromInstruction; instructions: Instruction[] }[];
  readonly budget: BuildContext['budget'];
}

/** Types one scanned instruction and files it under its stage (or the global ARGs), with its diagnostics. */
function addInstruction(st: ParseState, s: ScannedInstruction): void {
  const isFrom = s.node.name === 'from';
  const stageStarts = st.stageStarts;
  const stageIndex = isFrom ? stageStarts.length : stageStarts.length > 0 ? stageStarts.length - 1 : undefined;
  const ctx: BuildContext = {
    source: st.text,
    scanned: s,
    text: s.text,
    locator: s.locator,
    escape: st.escape,
    index: st.instructions.length,
    stageIndex,
    heredocs: NONE,
    error: undefined,
    warnings: [],
    budget: st.budget,
  };
  const withHeredocs: BuildContext = s.heredocs.length > 0 ? { ...ctx, heredocs: buildHeredocs(ctx) } : ctx;
  const instruction = buildInstruction(withHeredocs, s.node);
  st.instructions.push(instruction);
  const whole = instruction.range;
  const diagnostics = st.diagnostics;
  for (const message of s.errors) diagnostics.push(diagnostic('error', 'parse', codeFor(message), message, whole));
  if (s.errors.length === 0 && withHeredocs.error !== undefined) {
    const e = withHeredocs.error;
    diagnostics.push(diagnostic('error', 'instructions', codeFor(e.message), e.message, e.range ?? whole));
  }
  for (const w of withHeredocs.warnings) diagnostics.push(diagnostic('warning', 'instructions', 'onbuild-trigger', w.message, w.range ?? whole));

  if (instruction.kind === 'from') stageStarts.push({ from: instruction, instructions: [] });
  else if (stageStarts.length > 0) stageStarts[stageStarts.length - 1]!.instructions.push(instruction);
  else if (instruction.kind === 'arg') st.globalArgs.push(instruction);
  else if (s.errors.length === 0 && withHeredocs.error === undefined) {
    diagnostics.push(diagnostic('error', 'instructions', 'no-stage', 'no build stage in current context', whole));
  }
}

export function parseDockerfile(text: string): ParseResult {
  const scanned = scan(text);
  const diagnostics: Diagnostic[] = [...scanned.diagnostics];
  const instructions: Instruction[] = [];
  const globalArgs: ArgInstruction[] = [];
  const stageStarts: { from: FromInstruction; instructions: Instruction[] }[] = [];
  const budget: BuildContext['budget'] = { shellChars: SHELL_BUDGET_CHARS, skipped: undefined };
  const state: ParseState = { text, escape: scanned.escape, diagnostics, instructions, globalArgs, stageStarts, budget };
  // One instruction per call: a function the engine optimises once, rather than a long loop it compiles on the fly every parse.
  for (let k = 0; k < scanned.instructions.length; k++) addInstruction(state, scanned.instructions[k]!);

  const stages: Stage[] = stageStarts.map((st, index) => {
    const last = st.instructions[st.instructions.length - 1] ?? st.from;
    const alias = st.from.alias;
    return {
      kind: 'stage',
      index,
      from: st.from,
      name: alias === undefined ? undefined : alias.value.toLowerCase(),
      instructions: st.instructions,
      range: { start: st.from.range.start, end: last.range.end },
    };
  });

  if (budget.skipped !== undefined) {
    const message = `shell commands from here on are not analysed: the Dockerfile holds more than ${SHELL_BUDGET_CHARS / 1000} kB of them`;
    diagnostics.push(diagnostic('warning', 'instructions', 'too-large', message, budget.skipped));
  }
  let check: CheckDirective | undefined;
  const checkDirective = scanned.directives.find((d) => d.name === 'check');
  if (checkDirective !== undefined) {
    const value = checkDirective.value.split(' ')[0] ?? '';
    const parsed = parseCheckOptions(value, checkDirective.range);
    if (typeof parsed === 'string') {
      diagnostics.push(diagnostic('error', 'instructions', 'invalid-check', `failed to parse check options: ${parsed}`, checkDirective.valueRange));
    } else check = parsed;
  }
  const syntax = scanned.directives.find((d) => d.name === 'syntax')?.value;

  if (instructions.length === 0) {
    const p = { line: countLines(text), column: text.length - text.lastIndexOf('\n'), offset: text.length };
    diagnostics.push(diagnostic('error', 'parse', 'no-instructions', 'file with no instructions', { start: p, end: p }));
  }
  diagnostics.sort((a, b) => a.line - b.line);

  return {
    kind: 'dockerfile',
    directives: scanned.directives,
    escapeChar: scanned.escape === 0x60 ? '`' : '\\',
    syntax,
    check,
    instructions,
    globalArgs,
    stages,
    comments: scanned.comments,
    emptyContinuationLines: scanned.emptyContinuationLines,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error'),
    startLine: instructions[0]?.startLine ?? 0,
    endLine: instructions[instructions.length - 1]?.endLine ?? 0,
    lineCount: countLines(text),
  };
}
