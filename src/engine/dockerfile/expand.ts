/**
 * Variable expansion over a parsed Dockerfile, with BuildKit's rules
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go: buildMetaArgs, dispatch,
 * dispatchArg, reportUnmatchedVariables, reportUnusedFromArgs; platform.go defaultArgs):
 * - global ARGs (before the first FROM) and the automatic platform ARGs are seen by FROM only;
 *   a stage sees a global ARG after redeclaring it (`ARG NAME`);
 * - a stage starts with its base image's ENV (or the ENV and ARGs of the stage it builds on);
 *   ARG with a value and ENV add to it; an instruction sees the variables before its own effect;
 * - expanded: FROM image and --platform; ENV/LABEL keys and values; ARG defaults; COPY/ADD
 *   sources, destination, --chown, --chmod, --checksum and expandable heredoc bodies; WORKDIR; USER;
 *   VOLUME; STOPSIGNAL; EXPOSE; RUN --mount values. Not expanded: RUN/CMD/ENTRYPOINT/SHELL/
 *   HEALTHCHECK commands (the shell does that at run time), ONBUILD, MAINTAINER, COPY --from.
 */
import { extendScope } from './layered-scope.ts';
import type { ArgInstruction, Instruction, ParseResult } from './ast.ts';
import type {
  ExpandedInstruction, ExpandedStage, ExpandedWord, ExpandOptions, ExpansionResult, ScopeVariable, VariableReference,
} from './expansion-types.ts';
import type { Range } from './source-range.ts';
import type { IsReported, Scope, WordInput } from './expand-word.ts';
import type { LexOptions } from './word-lexer.ts';
import { expandWordIn } from './expand-word.ts';
import { lexWord } from './word-lexer.ts';
import { parseHeredocWord } from './heredoc-words.ts';

/** system.DefaultPathEnv("linux"), set when the base image has no PATH. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** nonEnvArgs: never reported as undefined. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

interface StageState {
  scope: Scope;
  /** ARG names declared in the stage (d.buildArgs), values or not. */
  declared: Set<string>;
  /** An unmatched reference is reported unless the stage declared the name. */
  readonly reported: IsReported;
}

function stageState(scope: Scope, declared: Set<string>): StageState {
  return { scope, declared, reported: (name) => !declared.has(name) && !NON_ENV_ARGS.has(name) };
}

/** An instruction's expanded words and errors (made on the first one: many instructions expand nothing). */
interface Collector {
  words: ExpandedWord[] | undefined;
  errors: { message: string; range: Range }[] | undefined;
}

function builtinArgs(options: ExpandOptions, target: string): Map<string, ScopeVariable> {
  const os = options.platform?.os ?? 'linux';
  const arch = options.platform?.arch ?? 'amd64';
  const variant = options.platform?.variant ?? '';
  const platform = `${os}/${arch}${variant === '' ? '' : '/' + variant}`;
  const entries: [string, string][] = [
    ['BUILDPLATFORM', platform], ['BUILDOS', os], ['BUILDOSVERSION', ''], ['BUILDARCH', arch], ['BUILDVARIANT', variant],
    ['TARGETPLATFORM', platform], ['TARGETOS', os], ['TARGETOSVERSION', ''], ['TARGETARCH', arch], ['TARGETVARIANT', variant],
    ['TARGETSTAGE', target],
  ];
  const m = new Map<string, ScopeVariable>();
  for (const [name, v] of entries) {
    const value = options.buildArgs?.[name] ?? v;
    m.set(name, { name, value, source: 'builtin', line: undefined });
  }
  return m;
}

function run(
  collector: Collector,
  input: WordInput,
  scope: Scope,
  lex: LexOptions,
  reported: IsReported,
  processWords = false,
): string {
  const { word, error } = expandWordIn(input, scope, lex, reported, processWords);
  (collector.words ??= []).push(word);
  if (error !== undefined) (collector.errors ??= []).push({ message: error, range: input.range });
  return word.value;
}

function globalArgValues(
  args: readonly ArgInstruction[],
  global: Map<string, ScopeVariable>,
  declared: Set<string>,
  options: ExpandOptions,
  lex: LexOptions,
  out: ByInstruction,
): void {
  for (const instruction of args) {
    const scope = new Map(global);
    const c: Collector = { words: undefined, errors: undefined };
    instruction.pairs.forEach((pair, index) => {
      declared.add(pair.key);
      let value = options.buildArgs?.[pair.key];
      if (value === undefined && pair.value !== undefined && pair.valueRange !== undefined) {
        value = run(c, { field: 'value', index, role: 'value', text: pair.value, range: pair.valueRange }, global, lex, () => false);
      }
      if (value !== undefined) global.set(pair.key, { name: pair.key, value, source: 'global-arg', line: instruction.startLine });
    });
    out.set(instruction, finish(instruction, scope, c));
  }
}

/**
 * Shared by the many instructions with no words, references or errors (readonly, never written). Not frozen:
 * a `for … of` over a frozen array allocates on every step, and these lists are iterated everywhere.
 */
const NONE: readonly never[] = [];

/** Expansions by instruction: by its index in the file (a parse put together by hand falls back to a map). */
interface ByInstruction {
  set(instruction: Instruction, expanded: ExpandedInstruction): void;
  get(instruction: Instruction): ExpandedInstruction | undefined;
}

function byInstructionOf(all: readonly Instruction[]): ByInstruction {
  const byIndex: (ExpandedInstruction | undefined)[] = new Array<ExpandedInstruction | undefined>(all.length).fill(undefined);
  let other: Map<Instruction, ExpandedInstruction> | undefined;
  return {
    set(instruction, expanded) {
      if (all[instruction.index] === instruction) byIndex[instruction.index] = expanded;
      else (other ??= new Map()).set(instruction, expanded);
    },
    get(instruction) {
      return all[instruction.index] === instruction ? byIndex[instruction.index] : other?.get(instruction);
    },
  };
}

function finish(instruction: Instruction, scope: Scope, c: Collector): ExpandedInstruction {
  let references: VariableReference[] | undefined;
  for (const w of c.words ?? NONE) if (w.references.length > 0) (references ??= []).push(...w.references);
  return {
    instruction,
    scope,
    words: c.words ?? NONE,
    references: references ?? NONE,
    errors: c.errors ?? NONE,
  };
}

/** Where an instruction's words are expanded: its collector, the scope it sees, the lexer options. */
interface WordSink {
  readonly c: Collector;
  readonly scope: Scope;
  readonly lex: LexOptions;
  readonly reported: IsReported;
}

function arg(w: WordSink, field: string, index: number, a: { value: string; range: Range } | undefined, lead = 0): string | undefined {
  return a === undefined ? undefined : run(w.c, { field, index, role: 'arg', text: a.value, range: a.range, lead }, w.scope, w.lex, w.reported);
}

function flag(w: WordSink, field: string, f: { value: string | undefined; valueRange: Range | undefined } | undefined): string | undefined {
  return f?.value === undefined || f.valueRange === undefined
    ? undefined
    : run(w.c, { field, index: 0, role: 'flag', text: f.value, range: f.valueRange }, w.scope, w.lex, w.reported);
}

/** Expands the words of one stage instruction; updates the stage state for ARG and ENV. */
function expandInstruction(
  instruction: Instruction,
  st: StageState,
  global: Scope,
  options: ExpandOptions,
  lex: LexOptions,
): ExpandedInstruction {
  const scope: Scope = st.scope;
  const c: Collector = { words: undefined, errors: undefined };
  const reported = st.reported;
  const w: WordSink = { c, scope, lex, reported };

  switch (instruction.kind) {
    case 'env':
    case 'label': {
      const pairs = instruction.pairs;
      const set: (readonly [string, ScopeVariable])[] | undefined = instruction.kind === 'env' ? [] : undefined;
      for (let i = 0; i < pairs.length; i++) {
        const p = pairs[i]!;
        const key = run(c, { field: 'key', index: i, role: 'key', text: p.key, range: p.keyRange }, scope, lex, reported);
        const value = p.valueRange === undefined
          ? ''
          : run(c, { field: 'value', index: i, role: 'value', text: p.value ?? '', range: p.valueRange }, scope, lex, reported);
        set?.push([key, { name: key, value, source: 'env', line: instruction.startLine }]);
      }
      if (set !== undefined) st.scope = extendScope(st.scope, set);
      break;
    }
    case 'arg': {
      // A later pair sees the earlier ones (`ARG A=1 B=$A`): the scope grows pair by pair.
      let seen = st.scope;
      instruction.pairs.forEach((p, i) => {
        st.declared.add(p.key);
        let value = options.buildArgs?.[p.key];
        let source: ScopeVariable['source'] = 'arg';
        if (value === undefined && p.value !== undefined && p.valueRange !== undefined) {
          value = run(c, { field: 'value', index: i, role: 'value', text: p.value, range: p.valueRange }, seen, lex, reported);
        } else if (value === undefined && p.value === undefined) {
          const g = global.get(p.key);
          if (g?.value !== undefined) {
            value = g.value;
            source = g.source === 'builtin' ? 'builtin' : 'global-arg';
          }
        }
        seen = extendScope(seen, [[p.key, { name: p.key, value, source, line: instruction.startLine }]]);
      });
      st.scope = seen;
      break;
    }
    case 'copy':
    case 'add': {
      const lead = instruction.json ? 1 : 0;
      flag(w, 'chown', instruction.options.chown);
      flag(w, 'chmod', instruction.options.chmod);
      flag(w, 'checksum', instruction.options.checksum);
      const from = instruction.options.from;
      if (from?.value !== undefined && lexWord(from.value, () => undefined, lex).value !== from.value) {
        (c.errors ??= []).push({
          message: 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
          range: from.range,
        });
      }
      let heredocIndex = 0;
      instruction.sources.forEach((s, i) => {
        const h = instruction.json ? undefined : parseHeredocWord(s.value);
        if (h === undefined || typeof h === 'string') {
          arg(w, 'source', i, s, lead);
          return;
        }
        const body = instruction.heredocs.find((x) => x.name === h.name);
        if (body !== undefined && h.expand) {
          // ExpandRaw: quotes are not special in a heredoc body, and the escape is always `\`.
          run(c, { field: 'heredoc', index: heredocIndex, role: 'arg', text: body.data, range: body.bodyRange },
            scope, { escapeToken: 0x5c, skipProcessQuotes: true }, reported);
        }
        heredocIndex++;
      });
      arg(w, 'dest', 0, instruction.dest, lead);
      break;
    }
    case 'workdir':
      arg(w, 'path', 0, instruction.path);
      break;
    case 'user':
      arg(w, 'user', 0, instruction.user);
      break;
    case 'stopsignal':
      arg(w, 'signal', 0, instruction.signal);
      break;
    case 'volume':
      instruction.paths.forEach((p, i) => arg(w, 'path', i, p, instruction.json ? 1 : 0));
      break;
    case 'expose':
      // dispatchExpose uses ProcessWords and does not report unmatched variables.
      instruction.ports.forEach((p, i) => run(c, { field: 'port', index: i, role: 'arg', text: p.value, range: p.range }, scope, lex, () => false, true));
      break;
    case 'run':
      instruction.mounts.forEach((m, i) => {
        for (const o of m.options) {
          if (o.value === undefined || !o.value.includes('$')) continue;
          const at = m.flag.valueRange ?? m.flag.range;
          run(c, { field: `mount.${o.key}`, index: i, role: 'flag', text: o.value, range: at }, scope, lex, reported);
        }
      });
      break;
    default:
      break;
  }
  return finish(instruction, scope, c);
}

function stageStart(
  image: string,
  priorNames: ReadonlyMap<string, number>,
  finals: readonly StageState[],
  options: ExpandOptions,
): { state: StageState; baseStage: number | undefined } {
  const baseStage = priorNames.get(image.toLowerCase());
  if (baseStage !== undefined) {
    const base = finals[baseStage]!;
    return { state: stageState(new Map(base.scope), new Set(base.declared)), baseStage };
  }
  const scope = new Map<string, ScopeVariable>();
  const env = image === 'scratch' ? undefined : options.baseImageEnv?.(image);
  for (const [name, value] of Object.entries(env ?? {})) scope.set(name, { name, value, source: 'base-image', line: undefined });
  if (!scope.has('PATH')) scope.set('PATH', { name: 'PATH', value: DEFAULT_PATH, source: 'builtin', line: undefined });
  return { state: stageState(scope, new Set()), baseStage: undefined };
}

/**
 * Expands every instruction of `tree` with the build args in `options`. Pure; never throws.
 */
export function expandDockerfile(tree: ParseResult, options: ExpandOptions = {}): ExpansionResult {
  const lex: LexOptions = { escapeToken: tree.escapeChar.charCodeAt(0) };
  const lastStage = tree.stages[tree.stages.length - 1];
  const target = options.target ?? lastStage?.name ?? 'default';
  const global = builtinArgs(options, target === '' ? 'default' : target);
  const declaredGlobal = new Set<string>();
  const byInstruction = byInstructionOf(tree.instructions);
  globalArgValues(tree.globalArgs, global, declaredGlobal, options, lex, byInstruction);
  const globalScope: Scope = new Map(global);
  const fromReported: IsReported = (name) => !global.has(name) && !declaredGlobal.has(name);

  const stages: ExpandedStage[] = [];
  const finals: StageState[] = [];
  const names = new Map<string, number>();
  for (const stage of tree.stages) {
    const from = stage.from;
    const c: Collector = { words: undefined, errors: undefined };
    const image = from.image === undefined
      ? ''
      : run(c, { field: 'image', index: 0, role: 'arg', text: from.image.text, range: from.image.range }, globalScope, lex, fromReported);
    const platformFlag = from.platform;
    const platform = platformFlag?.value === undefined || platformFlag.valueRange === undefined
      ? undefined
      : run(c, { field: 'platform', index: 0, role: 'flag', text: platformFlag.value, range: platformFlag.valueRange }, globalScope, lex, fromReported);
    const { state, baseStage } = stageStart(image, names, finals, options);
    byInstruction.set(from, finish(from, globalScope, c));
    for (let k = 0; k < stage.instructions.length; k++) {
      const instruction = stage.instructions[k]!;
      byInstruction.set(instruction, expandInstruction(instruction, state, globalScope, options, lex));
    }
    finals.push(state);
    stages.push({ image, baseStage, platform, scope: state.scope });
    if (stage.name !== undefined) names.set(stage.name, stage.index);
  }

  const instructions: ExpandedInstruction[] = tree.instructions.map(
    (i) => byInstruction.get(i) ?? { instruction: i, scope: globalScope, words: [], references: [], errors: [] },
  );
  const undefinedReferences: (VariableReference & { readonly instruction: Instruction })[] = [];
  for (let k = 0; k < instructions.length; k++) {
    const e = instructions[k]!;
    for (let j = 0; j < e.references.length; j++) {
      const r = e.references[j]!;
      if (r.undefined) undefinedReferences.push({ ...r, instruction: e.instruction });
    }
  }
  return { instructions, stages, globalScope, undefinedReferences };
}
