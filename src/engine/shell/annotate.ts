/**
 * After parsing: the flat list of simple commands with where each sits (CommandContext), and the
 * facts the runtime needs about `sh -c <script>` (ScriptShape).
 */
import type {
  AndOrList, Command, CommandContext, CommandList, Range, ScriptShape, ShellError, ShellOperator,
  ShellScript, ShellWord, SimpleCommand, WordPart, Redirect,
} from './types.ts';

interface Frame {
  readonly inSubshell: boolean;
  readonly inGroup: boolean;
  readonly inCondition: boolean;
  readonly inLoop: boolean;
  readonly inIf: boolean;
  readonly inCase: boolean;
  readonly inFunction: boolean;
  readonly inSubstitution: boolean;
  readonly background: boolean;
  readonly depth: number;
}

interface Position {
  readonly operatorBefore: ShellOperator | undefined;
  readonly operatorAfter: ShellOperator | undefined;
  readonly inPipeline: boolean;
  readonly pipedOut: boolean;
  readonly negated: boolean;
}

interface Walk {
  readonly commands: SimpleCommand[];
  hasBackgroundJob: boolean;
  hasPipeline: boolean;
  hasCompoundCommand: boolean;
}

const TOP: Frame = {
  inSubshell: false, inGroup: false, inCondition: false, inLoop: false, inIf: false, inCase: false,
  inFunction: false, inSubstitution: false, background: false, depth: 0,
};

function separatorOperator(item: AndOrList | undefined): ShellOperator | undefined {
  return item?.separator;
}

function walkList(list: CommandList, frame: Frame, w: Walk): void {
  const items = list.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.background) w.hasBackgroundJob = true;
    const bg = frame.background || item.background;
    const f = bg === frame.background ? frame : { ...frame, background: bg };
    const pipelines = item.pipelines;
    for (let pi = 0; pi < pipelines.length; pi++) {
      const pipeline = pipelines[pi]!;
      const before = pi === 0 ? separatorOperator(items[i - 1]) : item.operators[pi - 1];
      const after = pi < pipelines.length - 1 ? item.operators[pi] : item.separator;
      const cmds = pipeline.commands;
      if (cmds.length > 1) w.hasPipeline = true;
      for (let ci = 0; ci < cmds.length; ci++) {
        walkCommand(cmds[ci]!, f, w, {
          operatorBefore: ci === 0 ? before : '|',
          operatorAfter: ci < cmds.length - 1 ? '|' : after,
          inPipeline: cmds.length > 1,
          pipedOut: ci < cmds.length - 1,
          negated: pipeline.negated,
        });
      }
    }
  }
}

function walkWord(word: ShellWord | undefined, frame: Frame, w: Walk): void {
  if (word === undefined) return;
  for (const part of word.parts) walkPart(part, frame, w);
}

function walkPart(part: WordPart, frame: Frame, w: Walk): void {
  if (part.kind === 'command-substitution') {
    walkList(part.script.body, { ...frame, inSubstitution: true, depth: frame.depth + 1 }, w);
  } else if (part.kind === 'double-quoted') {
    for (const p of part.parts) walkPart(p, frame, w);
  }
}

function walkRedirects(redirects: readonly Redirect[], frame: Frame, w: Walk): void {
  for (const r of redirects) walkWord(r.target, frame, w);
}

const NESTED = (frame: Frame, extra: Partial<Frame>): Frame => ({ ...frame, ...extra, depth: frame.depth + 1 });

function walkCommand(cmd: Command, frame: Frame, w: Walk, pos: Position): void {
  switch (cmd.kind) {
    case 'simple': {
      const context: CommandContext = {
        index: w.commands.length,
        operatorBefore: pos.operatorBefore,
        operatorAfter: pos.operatorAfter,
        inPipeline: pos.inPipeline,
        pipedOut: pos.pipedOut,
        negated: pos.negated,
        background: frame.background,
        inSubshell: frame.inSubshell,
        inGroup: frame.inGroup,
        inCondition: frame.inCondition,
        inLoop: frame.inLoop,
        inIf: frame.inIf,
        inCase: frame.inCase,
        inFunction: frame.inFunction,
        inSubstitution: frame.inSubstitution,
        depth: frame.depth,
      };
      (cmd as { context: CommandContext }).context = context;
      w.commands.push(cmd);
      for (const a of cmd.assignments) walkWord(a.value, frame, w);
      walkWord(cmd.name, frame, w);
      for (const a of cmd.args) walkWord(a, frame, w);
      walkRedirects(cmd.redirects, frame, w);
      return;
    }
    case 'subshell':
      w.hasCompoundCommand = true;
      walkList(cmd.body, NESTED(frame, { inSubshell: true }), w);
      break;
    case 'group':
      w.hasCompoundCommand = true;
      walkList(cmd.body, NESTED(frame, { inGroup: true }), w);
      break;
    case 'if':
      w.hasCompoundCommand = true;
      for (const b of cmd.branches) {
        walkList(b.condition, NESTED(frame, { inIf: true, inCondition: true }), w);
        walkList(b.body, NESTED(frame, { inIf: true }), w);
      }
      if (cmd.elseBody !== undefined) walkList(cmd.elseBody, NESTED(frame, { inIf: true }), w);
      break;
    case 'for':
      w.hasCompoundCommand = true;
      for (const word of cmd.words ?? []) walkWord(word, frame, w);
      walkList(cmd.body, NESTED(frame, { inLoop: true }), w);
      break;
    case 'while':
      w.hasCompoundCommand = true;
      walkList(cmd.condition, NESTED(frame, { inCondition: true, inLoop: true }), w);
      walkList(cmd.body, NESTED(frame, { inLoop: true }), w);
      break;
    case 'case':
      w.hasCompoundCommand = true;
      walkWord(cmd.word, frame, w);
      for (const item of cmd.items) walkList(item.body, NESTED(frame, { inCase: true }), w);
      break;
    case 'function':
      w.hasCompoundCommand = true;
      walkCommand(cmd.body, NESTED(frame, { inFunction: true }), w, pos);
      return;
  }
  walkRedirects(cmd.redirects, frame, w);
}

function isNamedSimple(c: Command | undefined): c is SimpleCommand {
  return c !== undefined && c.kind === 'simple' && c.name !== undefined;
}

function singlePipelines(item: AndOrList): boolean {
  return item.pipelines.every((p) => !p.negated && p.commands.length === 1 && isNamedSimple(p.commands[0]));
}

function isExec(c: SimpleCommand | undefined): boolean {
  return c?.name?.value === 'exec' && c.args.length > 0;
}

function isTrap(c: SimpleCommand): boolean {
  return c.name?.value === 'trap';
}

function shapeOf(body: CommandList, w: Walk): ScriptShape {
  const items = body.items;
  const only = items.length === 1 ? items[0] : undefined;

  const singleCommand =
    only !== undefined && !only.background && only.pipelines.length === 1 && singlePipelines(only);
  const andChain =
    only !== undefined && !only.background && only.operators.every((o) => o === '&&') && singlePipelines(only);
  const lastItem = items[items.length - 1];
  let lastCommand: SimpleCommand | undefined;
  if (lastItem !== undefined && !lastItem.background) {
    const lastPipeline = lastItem.pipelines[lastItem.pipelines.length - 1];
    const c = lastPipeline?.commands[lastPipeline.commands.length - 1];
    if (c !== undefined && c.kind === 'simple') lastCommand = c;
  }
  return {
    singleCommand,
    andChainEndingInSimpleCommand: andChain,
    lastCommand,
    execsLastCommand: isExec(lastCommand),
    usesExec: w.commands.some(isExec),
    hasTrap: w.commands.some(isTrap),
    hasBackgroundJob: w.hasBackgroundJob,
    hasPipeline: w.hasPipeline,
    hasCompoundCommand: w.hasCompoundCommand,
    topLevelListCount: items.length,
  };
}

export function finishScript(text: string, body: CommandList, errors: readonly ShellError[], range: Range): ShellScript {
  const w: Walk = { commands: [], hasBackgroundJob: false, hasPipeline: false, hasCompoundCommand: false };
  walkList(body, TOP, w);
  return { kind: 'script', text, body, commands: w.commands, shape: shapeOf(body, w), errors, range };
}
