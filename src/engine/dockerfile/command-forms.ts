/**
 * Exec form vs shell form of RUN / CMD / ENTRYPOINT / HEALTHCHECK CMD, and the shell script a
 * shell form runs, parsed once into the shell-words model. For RUN with heredocs the script is
 * what BuildKit hands to the shell (dockerfile2llb/convert.go dispatchRun): a lone `<<EOF` runs
 * the body; otherwise the line followed by each body and its delimiter.
 */
import type { Arg, CommandForm } from './ast.ts';
import type { Locator } from './locator.ts';
import type { Span } from './line-parsers.ts';
import type { BuildContext } from './instruction-parts.ts';
import type { ScannedHeredoc } from './scan.ts';
import type { ShellScript } from '../shell/types.ts';
import { parseShell } from '../shell/index.ts';
import { addSegment, appendRange, locate, locateRange, newSegments, shiftLocator } from './locator.ts';
import { rangeOf, toArg } from './instruction-parts.ts';
import { parseHeredocWord, chompHeredocContent } from './heredoc-words.ts';

const SH_LIKE = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);

/**
 * Shell text analysed per Dockerfile. Real Dockerfiles hold a few kB; past this a script is left
 * unparsed (with an error saying so) so that a multi-megabyte file still parses in time.
 */
export const SHELL_BUDGET_CHARS = 128_000;

function scriptFor(ctx: BuildContext, text: string, locator: Locator): ShellScript {
  const locateIn = (offset: number, isEnd: boolean) => locate(locator, offset, isEnd);
  const rangeIn = (start: number, end: number) => locateRange(locator, start, end);
  ctx.budget.shellChars -= text.length;
  if (ctx.budget.shellChars < 0) {
    const script = parseShell('', { locate: locateIn });
    const at = script.range;
    const message = `not analysed: the Dockerfile holds more than ${SHELL_BUDGET_CHARS / 1000} kB of shell commands`;
    ctx.budget.skipped ??= at;
    return { ...script, text, errors: [{ message, range: at }] };
  }
  return parseShell(text, { locate: locateIn, range: rangeIn });
}

/** The interpreter a `#!` line names, e.g. `python3` for `#!/usr/bin/env python3`. */
function shebangInterpreter(data: string): string {
  const nl = data.indexOf('\n');
  const words = data.slice(2, nl < 0 ? data.length : nl).trim().split(/\s+/);
  let prog = words[0] ?? '';
  if (prog.endsWith('/env') || prog === 'env') prog = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? prog;
  return prog.slice(prog.lastIndexOf('/') + 1);
}

/** Body lines of a heredoc as segments of `data` (leading tabs skipped when chomped). */
function bodyLocator(source: string, h: ScannedHeredoc, fallback: Locator['fallback']): Locator {
  const body = h.bodySegments;
  if (!h.word.chomp) return { segments: body, shift: 0, fallback };
  const segments = newSegments();
  let textStart = 0;
  for (let i = 0; i < body.source.length; i++) {
    const length = body.length[i]!;
    const from = body.source[i]!;
    let tabs = 0;
    while (tabs < length && source.charCodeAt(from + tabs) === 0x09) tabs++;
    addSegment(segments, textStart, length - tabs, from + tabs, body.line[i]!, body.lineStart[i]!);
    textStart += length - tabs;
  }
  return { segments, shift: 0, fallback };
}

function withHeredocs(ctx: BuildContext, command: Span): { text: string; locator: Locator } {
  const segments = newSegments();
  appendRange(segments, ctx.locator, command.start, command.end, 0);
  let text = command.value;
  for (const h of ctx.scanned.heredocs) {
    const headerEnd = locate(ctx.locator, h.word.end, true);
    addSegment(segments, text.length, 1, headerEnd.offset, headerEnd.line, headerEnd.offset - headerEnd.column + 1);
    text += '\n';
    const body = h.bodySegments;
    for (let i = 0; i < body.source.length; i++) {
      addSegment(segments, text.length + body.textStart[i]!, body.length[i]!, body.source[i]!, body.line[i]!, body.lineStart[i]!);
    }
    text += h.content;
    const t = h.terminatorStart;
    addSegment(segments, text.length, h.word.name.length, t.offset, t.line, t.offset - t.column + 1);
    text += h.word.name;
  }
  return { text, locator: { segments, shift: 0, fallback: locate(ctx.locator, command.start) } };
}

/**
 * Shell form of a RUN / CMD / ENTRYPOINT / HEALTHCHECK: `command` is BuildKit's single argument.
 * `allowHeredocs` is true for RUN only.
 */
export function shellForm(ctx: BuildContext, command: Span, looksLikeJson: boolean, allowHeredocs: boolean): CommandForm {
  const range = rangeOf(ctx, command.start, command.end);
  const heredocs = allowHeredocs ? ctx.scanned.heredocs : [];
  let script: ShellScript;
  let shebang: string | undefined;
  const lone = heredocs.length > 0 ? parseHeredocWord(command.value) : undefined;
  if (heredocs.length > 0 && lone !== undefined && typeof lone !== 'string') {
    const h = heredocs[0]!;
    const data = h.word.chomp ? chompHeredocContent(h.content) : h.content;
    const locator = bodyLocator(ctx.source, h, range.end);
    if (data.startsWith('#!')) {
      shebang = data.slice(2, data.indexOf('\n') < 0 ? data.length : data.indexOf('\n')).trim();
      script = scriptFor(ctx, SH_LIKE.has(shebangInterpreter(data)) ? data : '', locator);
    } else script = scriptFor(ctx, data, locator);
  } else if (heredocs.length > 0) {
    const { text, locator } = withHeredocs(ctx, command);
    script = scriptFor(ctx, text, locator);
  } else {
    script = scriptFor(ctx, command.value, shiftLocator(ctx.locator, command.start));
  }
  return { kind: 'shell', text: command.value, looksLikeJson, script, shebang, range };
}

export function execForm(ctx: BuildContext, args: readonly Span[]): CommandForm {
  const items: Arg[] = args.map((a) => toArg(ctx, a));
  const node = ctx.scanned.node;
  const range = items.length > 0
    ? { start: items[0]!.range.start, end: items[items.length - 1]!.range.end }
    : rangeOf(ctx, node.restStart, node.restEnd);
  return { kind: 'exec', args: items, range };
}
