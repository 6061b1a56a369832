/**
 * Instructions that change only the image config and the build state, never a layer (BuildKit makes no
 * vertex for them — simulation-model.md §1.2): ENV, ARG, LABEL, EXPOSE, CMD, ENTRYPOINT, USER, VOLUME,
 * STOPSIGNAL, HEALTHCHECK, SHELL, MAINTAINER, ONBUILD. Each adds an empty history entry (ONBUILD does not).
 */
import type { Instruction } from '../../dockerfile/ast.ts';
import type { ExpandedInstruction } from '../../dockerfile/expansion-types.ts';
import type { CommandOrigin } from '../types.ts';
import type { StageRun } from '../stage-run.ts';
import { BUILDKIT_COMMENT } from '../../inspect/layer.ts';
import { exposeCreatedBy, goDuration, goStringSlice } from '../history.ts';

export type MetaResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

const OK: MetaResult = { ok: true };

function word(e: ExpandedInstruction | undefined, field: string, index = 0): string | undefined {
  return e?.words.find((w) => w.field === field && w.index === index)?.value;
}

function history(run: StageRun, createdBy: string, line: number): void {
  run.layers.push({ createdBy, emptyLayer: true, bytes: 0, changes: [], line, fromBase: false, comment: BUILDKIT_COMMENT, stage: run.name });
}

const SIGNALS = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
]);

/** moby/sys/signal ParseSignal: a number, or a name with or without SIG, RTMIN+n. */
function validSignal(s: string): boolean {
  if (/^\d+$/.test(s)) return Number(s) > 0 && Number(s) <= 64;
  const name = s.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.has(name) || /^RTM(IN|AX)([+-]\d+)?$/.test(name);
}

/** `80` -> `80/tcp`; ranges expand; `ip:host:container/proto` keeps the container part (convert_expose.go). */
export function parsePorts(raw: readonly string[]): string[] | string {
  const out: string[] = [];
  for (const p of raw) {
    const parts = p.split(':');
    const container = parts[parts.length - 1] ?? '';
    const [portText = '', proto = 'tcp'] = container.split('/', 2);
    if (portText === '') return `invalid port: "${p}": no port specified: ${container}<empty>`;
    const [startText = '', endText] = portText.split('-', 2);
    const start = Number(startText);
    const end = endText === undefined ? start : Number(endText);
    if (!/^\d+$/.test(startText) || (endText !== undefined && !/^\d+$/.test(endText)) || start > 65535 || end > 65535 || end < start) {
      return `invalid containerPort: ${portText}`;
    }
    for (let n = start; n <= end; n++) out.push(`${n}/${proto.toLowerCase()}`);
  }
  return out;
}

function origin(run: StageRun, i: Instruction & { command?: unknown }, command: import('../../dockerfile/ast.ts').CommandForm): CommandOrigin {
  return {
    form: command.kind,
    script: command.kind === 'shell' ? command.script : undefined,
    shell: command.kind === 'shell' ? [...run.config.shell] : undefined,
    line: i.startLine,
    inherited: false,
  };
}

/**
 * Applies one config-only instruction. `argValue(name, expandedDefault)` gives an ARG's value: the build
 * arg when one was passed, else its default, else a redeclared global ARG's value.
 */
export function applyMetadata(
  run: StageRun,
  instruction: Instruction,
  e: ExpandedInstruction | undefined,
  argValue: (name: string, expandedDefault: string | undefined) => string | undefined,
): MetaResult {
  const c = run.config;
  const line = instruction.startLine;
  switch (instruction.kind) {
    case 'env': {
      const parts: string[] = [];
      instruction.pairs.forEach((p, i) => {
        const key = word(e, 'key', i) ?? p.key;
        const value = word(e, 'value', i) ?? '';
        c.env.set(key, value);
        parts.push(`${key}=${value}`);
      });
      history(run, `ENV ${parts.join(' ')}`, line);
      return OK;
    }
    case 'arg': {
      const parts: string[] = [];
      instruction.pairs.forEach((p, i) => {
        const value = argValue(p.key, word(e, 'value', i));
        if (value !== undefined) run.buildArgs.set(p.key, value);
        else run.buildArgs.delete(p.key);
        parts.push(value === undefined ? p.key : `${p.key}=${value}`);
      });
      history(run, `ARG ${parts.join(' ')}`, line);
      return OK;
    }
    case 'label': {
      const parts: string[] = [];
      instruction.pairs.forEach((p, i) => {
        const key = word(e, 'key', i) ?? p.key;
        const value = word(e, 'value', i) ?? '';
        c.labels.set(key, value);
        parts.push(`${key}=${value}`);
      });
      history(run, `LABEL ${parts.join(' ')}`, line);
      return OK;
    }
    case 'expose': {
      const raw = e?.words.filter((w) => w.field === 'port').flatMap((w) => w.value.split(/\s+/).filter((x) => x !== '')) ?? instruction.ports.map((p) => p.value);
      const ports = parsePorts(raw);
      if (typeof ports === 'string') return { ok: false, message: ports };
      for (const p of ports) if (!c.exposedPorts.includes(p)) c.exposedPorts.push(p);
      history(run, exposeCreatedBy(ports), line);
      return OK;
    }
    case 'cmd':
    case 'entrypoint': {
      const command = instruction.command;
      if (command === undefined) return OK;
      const args = command.kind === 'exec' ? command.args.map((a) => a.value) : [...c.shell, command.text];
      if (instruction.kind === 'cmd') {
        c.cmd = args;
        c.cmdOrigin = origin(run, instruction, command);
        run.cmdSet = true;
        history(run, `CMD ${goStringSlice(args)}`, line);
      } else {
        c.entrypoint = args;
        c.entrypointOrigin = origin(run, instruction, command);
        // dispatchEntrypoint: an ENTRYPOINT resets a CMD not set in this stage (`if !d.cmd.IsSet`).
        if (!run.cmdSet) {
          c.cmd = undefined;
          c.cmdOrigin = undefined;
        }
        history(run, `ENTRYPOINT ${goStringSlice(args)}`, line);
      }
      return OK;
    }
    case 'user': {
      const user = word(e, 'user') ?? instruction.user?.value ?? '';
      c.user = user;
      history(run, `USER ${user}`, line);
      return OK;
    }
    case 'volume': {
      const paths = instruction.paths.map((p, i) => word(e, 'path', i) ?? p.value);
      if (paths.some((p) => p === '')) return { ok: false, message: 'VOLUME specified can not be an empty string' };
      for (const p of paths) if (!c.volumes.includes(p)) c.volumes.push(p);
      history(run, `VOLUME [${paths.join(' ')}]`, line);
      return OK;
    }
    case 'stopsignal': {
      const signal = word(e, 'signal') ?? instruction.signal?.value ?? '';
      if (!validSignal(signal)) return { ok: false, message: `invalid signal: ${signal}` };
      c.stopSignal = signal;
      history(run, `STOPSIGNAL ${signal}`, line);
      return OK;
    }
    case 'healthcheck': {
      const s = instruction.settings;
      const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
      let test: string[];
      let hcOrigin: CommandOrigin | undefined;
      if (instruction.mode === 'none') test = ['NONE'];
      else if (instruction.command?.kind === 'exec') {
        test = ['CMD', ...instruction.command.args.map((a) => a.value)];
        hcOrigin = origin(run, instruction, instruction.command);
      } else if (instruction.command?.kind === 'shell') {
        test = ['CMD-SHELL', instruction.command.text];
        hcOrigin = origin(run, instruction, instruction.command);
      } else return OK;
      c.healthcheck = {
        test,
        intervalSeconds: seconds(s.intervalMs),
        timeoutSeconds: seconds(s.timeoutMs),
        startPeriodSeconds: seconds(s.startPeriodMs),
        startIntervalSeconds: seconds(s.startIntervalMs),
        retries: s.retries,
        origin: hcOrigin,
      };
      const d = (x: number | undefined) => goDuration(x ?? 0);
      history(
        run,
        `HEALTHCHECK {Test:[${test.join(' ')}] Interval:${d(c.healthcheck.intervalSeconds)} Timeout:${d(c.healthcheck.timeoutSeconds)} StartPeriod:${d(c.healthcheck.startPeriodSeconds)} StartInterval:${d(c.healthcheck.startIntervalSeconds)} Retries:${s.retries ?? 0}}`,
        line,
      );
      return OK;
    }
    case 'shell': {
      const shell = instruction.shell.map((a) => a.value);
      if (shell.length === 0) return { ok: false, message: 'SHELL requires the arguments to be in JSON form' };
      c.shell = shell;
      c.shellSet = true;
      history(run, `SHELL [${shell.join(' ')}]`, line);
      return OK;
    }
    case 'maintainer':
      history(run, `MAINTAINER ${instruction.name?.value ?? ''}`, line);
      return OK;
    case 'onbuild':
      c.onbuild.push(oneLineOf(instruction.raw).replace(/^\s*onbuild\s+/i, ''));
      return OK;
    default:
      return OK;
  }
}

function oneLineOf(raw: string): string {
  return raw.replace(/\\\r?\n/g, '').trim();
}
