/**
 * Typed nodes for the instructions with simple argument shapes, with the checks of
 * moby/buildkit frontend/dockerfile/instructions/parse.go (parseEnv, parseLabel, parseArg, ...).
 */
import type {
  ArgInstruction, CmdInstruction, EntrypointInstruction, EnvInstruction, ExposeInstruction,
  HealthcheckInstruction, KeyValue, LabelInstruction, MaintainerInstruction, ShellInstruction,
  StopsignalInstruction, UserInstruction, VolumeInstruction, WorkdirInstruction, CommandForm,
} from './ast.ts';
import type { BuildContext } from './instruction-parts.ts';
import type { LineNode, Span } from './line-parsers.ts';
import type { InstructionBaseFields } from './build-base.ts';
import { checkFlags, fail, findFlag, rangeOf } from './instruction-parts.ts';
import { execForm, shellForm } from './command-forms.ts';
import { parseGoDuration } from './duration.ts';
import { goQuote } from './go-quote.ts';

const NO_FLAGS = {};

function keyValues(ctx: BuildContext, args: readonly Span[]): KeyValue[] {
  const pairs: KeyValue[] = [];
  for (let i = 0; i + 2 < args.length; i += 3) {
    const k = args[i]!;
    const v = args[i + 1]!;
    const sep = args[i + 2]!;
    pairs.push({
      kind: 'key-value',
      key: k.value,
      keyRange: rangeOf(ctx, k.start, k.end),
      value: v.value,
      valueRange: rangeOf(ctx, v.start, v.end),
      legacy: sep.value === '',
      range: rangeOf(ctx, k.start, v.end),
    });
  }
  return pairs;
}

/** parseKvps */
function checkPairs(ctx: BuildContext, pairs: readonly KeyValue[], name: string): void {
  if (pairs.length === 0) fail(ctx, `${name} requires at least one argument`);
  for (const p of pairs) if (p.key === '') fail(ctx, `${name} names can not be blank`, p.range);
}

export function buildEnvOrLabel(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): EnvInstruction | LabelInstruction {
  const name = node.keyword.value.toUpperCase() === 'ENV' ? 'ENV' : 'LABEL';
  checkFlags(ctx, b.flags, NO_FLAGS);
  const pairs = keyValues(ctx, node.args);
  checkPairs(ctx, pairs, name);
  return name === 'ENV' ? { ...b, kind: 'env', pairs } : { ...b, kind: 'label', pairs };
}

export function buildArg(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): ArgInstruction {
  if (node.args.length === 0) fail(ctx, 'ARG requires at least one argument');
  const pairs: KeyValue[] = node.args.map((a) => {
    const eq = a.value.indexOf('=');
    const keyEnd = eq < 0 ? a.end : a.start + eq;
    if (eq === 0) fail(ctx, 'ARG names can not be blank', rangeOf(ctx, a.start, a.end));
    return {
      kind: 'key-value',
      key: eq < 0 ? a.value : a.value.slice(0, eq),
      keyRange: rangeOf(ctx, a.start, keyEnd),
      value: eq < 0 ? undefined : a.value.slice(eq + 1),
      valueRange: eq < 0 ? undefined : rangeOf(ctx, keyEnd + 1, a.end),
      legacy: false,
      range: rangeOf(ctx, a.start, a.end),
    };
  });
  return { ...b, kind: 'arg', pairs };
}

function exactlyOne(ctx: BuildContext, node: LineNode, name: string): void {
  if (node.args.length !== 1) fail(ctx, `${name} requires exactly one argument`);
}

export function buildMaintainer(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): MaintainerInstruction {
  exactlyOne(ctx, node, 'MAINTAINER');
  checkFlags(ctx, b.flags, NO_FLAGS);
  return { ...b, kind: 'maintainer', name: b.args[0] };
}

export function buildWorkdir(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): WorkdirInstruction {
  exactlyOne(ctx, node, 'WORKDIR');
  checkFlags(ctx, b.flags, NO_FLAGS);
  return { ...b, kind: 'workdir', path: b.args[0] };
}

export function buildUser(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): UserInstruction {
  exactlyOne(ctx, node, 'USER');
  checkFlags(ctx, b.flags, NO_FLAGS);
  const user = b.args[0];
  const colon = user?.value.indexOf(':') ?? -1;
  return {
    ...b,
    kind: 'user',
    user,
    name: user === undefined ? undefined : colon < 0 ? user.value : user.value.slice(0, colon),
    group: user === undefined || colon < 0 ? undefined : user.value.slice(colon + 1),
  };
}

export function buildStopsignal(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): StopsignalInstruction {
  exactlyOne(ctx, node, 'STOPSIGNAL');
  return { ...b, kind: 'stopsignal', signal: b.args[0] };
}

export function buildExpose(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): ExposeInstruction {
  if (node.args.length === 0) fail(ctx, 'EXPOSE requires at least one argument');
  checkFlags(ctx, b.flags, NO_FLAGS);
  return { ...b, kind: 'expose', ports: b.args };
}

export function buildVolume(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): VolumeInstruction {
  if (node.args.length === 0) fail(ctx, 'VOLUME requires at least one argument');
  checkFlags(ctx, b.flags, NO_FLAGS);
  for (const a of b.args) if (a.value.trim() === '') fail(ctx, 'VOLUME specified can not be an empty string', a.range);
  return { ...b, kind: 'volume', json: node.json, paths: b.args };
}

export function buildShell(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): ShellInstruction {
  checkFlags(ctx, b.flags, NO_FLAGS);
  if (node.args.length === 0) fail(ctx, 'SHELL requires at least one argument');
  else if (!node.json) fail(ctx, 'SHELL requires the arguments to be in JSON form');
  return { ...b, kind: 'shell', shell: node.json ? b.args : [] };
}

/** The command of RUN / CMD / ENTRYPOINT from the parser's arguments (handleJSONArgs). */
export function commandOf(ctx: BuildContext, node: LineNode, args: readonly Span[], allowHeredocs: boolean): CommandForm | undefined {
  if (node.json) return execForm(ctx, args);
  if (args.length === 0) return undefined;
  return shellForm(ctx, args[0]!, node.looksLikeJson, allowHeredocs);
}

export function buildCmdOrEntrypoint(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): CmdInstruction | EntrypointInstruction {
  checkFlags(ctx, b.flags, NO_FLAGS);
  const command = commandOf(ctx, node, node.args, false);
  return node.name === 'cmd' ? { ...b, kind: 'cmd', command } : { ...b, kind: 'entrypoint', command };
}

const HEALTH_FLAGS = { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' } as const;

export function buildHealthcheck(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): HealthcheckInstruction {
  const typeWord = b.args[0];
  const type = typeWord?.value.toUpperCase();
  const mode = type === 'NONE' ? 'none' : type === 'CMD' ? 'cmd' : undefined;
  const opt = (name: string) => findFlag(b.flags, name);
  const options = {
    interval: opt('interval'),
    timeout: opt('timeout'),
    startPeriod: opt('start-period'),
    startInterval: opt('start-interval'),
    retries: opt('retries'),
  };
  const duration = (name: string): number | undefined => {
    const f = opt(name);
    if (f?.value === undefined || f.value === '') return undefined;
    const d = parseGoDuration(f.value);
    if (typeof d === 'string') return void fail(ctx, d, f.valueRange);
    if (d !== 0 && d < 1) return void fail(ctx, `Interval ${goQuote(name)} cannot be less than 1ms`, f.valueRange);
    return d;
  };
  let command: CommandForm | undefined;
  const settings = { intervalMs: undefined as number | undefined, timeoutMs: undefined as number | undefined, startPeriodMs: undefined as number | undefined, startIntervalMs: undefined as number | undefined, retries: undefined as number | undefined };
  if (typeWord === undefined) fail(ctx, 'HEALTHCHECK requires at least one argument');
  else if (mode === 'none') {
    if (node.args.length > 1) fail(ctx, 'HEALTHCHECK NONE takes no arguments');
  } else {
    checkFlags(ctx, b.flags, HEALTH_FLAGS);
    command = commandOf(ctx, node, node.args.slice(1), false);
    if (mode === 'cmd' && (command === undefined || (command.kind === 'exec' && command.args.length === 0))) {
      fail(ctx, 'Missing command after HEALTHCHECK CMD');
    } else if (mode === undefined) {
      fail(ctx, `Unknown type ${goQuote(type ?? '')} in HEALTHCHECK (try CMD)`, typeWord.range);
    }
    settings.intervalMs = duration('interval');
    settings.timeoutMs = duration('timeout');
    settings.startPeriodMs = duration('start-period');
    settings.startIntervalMs = duration('start-interval');
    const retries = opt('retries');
    if (retries?.value !== undefined && retries.value !== '') {
      if (!/^[+-]?\d+$/.test(retries.value)) {
        fail(ctx, `strconv.ParseInt: parsing ${goQuote(retries.value)}: invalid syntax`, retries.valueRange);
      } else {
        const n = Number.parseInt(retries.value, 10);
        if (n < 0) fail(ctx, `--retries cannot be negative (${n})`, retries.valueRange);
        else settings.retries = n;
      }
    }
  }
  return { ...b, kind: 'healthcheck', mode, typeWord, command, options, settings };
}

