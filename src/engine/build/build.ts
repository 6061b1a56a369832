/**
 * `build(input)`: the whole simulated `docker build`. Parse (or take the tree), expand variables, load
 * the context (.dockerignore), work out which stages the target needs, build them in dependency order
 * step by step against the previous cache, and assemble the image, the steps, the progress log and the
 * next cache. Errors are values: a failing build returns `ok: false` with Docker's kind of error at its line.
 */
import type { Instruction, ParseResult, Stage } from '../dockerfile/ast.ts';
import type { ExpandedInstruction } from '../dockerfile/expansion-types.ts';
import { expandDockerfile, parseDockerfile } from '../dockerfile/index.ts';
import type { BuildInput, BuildResult, Platform } from './types.ts';
import type { CatalogView } from './catalog-view.ts';
import { catalogView } from './catalog-adapter.ts';
import { buildStageGraph } from './stage-graph.ts';
import { emptyBuildCache, isEmpty, nextBuildCache, readBuildCache } from './cache-store.ts';
import { indexRecords } from './cache-reason.ts';
import type { BuildSession, ExpandedLookup } from './session.ts';
import { startStage } from './steps/from-step.ts';
import { runStep } from './steps/run-step.ts';
import { copyStep } from './steps/copy-step.ts';
import { workdirStep } from './steps/workdir-step.ts';
import { applyMetadata } from './steps/metadata-step.ts';
import { failStep } from './steps/commit.ts';
import type { StageRun } from './stage-run.ts';
import { assembleImage } from './image-assembly.ts';
import { CONTEXT_BYTES_PER_SECOND, renderBuildLog } from './build-log.ts';
import { contextOf, loadedContextOf } from './build-inputs.ts';
import { preamble, skippedSteps, stageReports } from './build-report.ts';

/** The most instructions one build simulates (a lesson has tens; 20,000 is far past any real Dockerfile). */
export const MAX_INSTRUCTIONS = 20_000;

export function build(input: BuildInput): BuildResult {
  return buildWith(input, catalogView(input.catalog));
}

/** `build` with a given catalog view. Never throws: an unexpected fault becomes an error value. */
export function buildWith(input: BuildInput, catalog: CatalogView): BuildResult {
  try {
    return simulate(input, catalog);
  } catch (fault) {
    const message = fault instanceof Error ? fault.message : String(fault);
    return earlyFailure(input, 0, `internal error in the build simulation: ${message}`, 'This is a bug in Shipshape, not in your Dockerfile; please report it with the Dockerfile.', []);
  }
}

function platformOf(text: string | undefined): Platform {
  const [os = 'linux', arch = 'amd64', variant] = (text ?? 'linux/amd64').split('/');
  return { os, arch, ...(variant !== undefined ? { variant } : {}) };
}

function earlyFailure(input: BuildInput, line: number, message: string, explanation: string, lines: readonly string[]): BuildResult {
  const cache = readBuildCache(input.cache ?? emptyBuildCache());
  const error = { line, message, output: [], stage: undefined, explanation };
  return {
    ok: false,
    error,
    image: undefined,
    steps: [],
    stages: [],
    log: renderBuildLog({ vertices: [], lines, dockerfilePath: input.dockerfilePath ?? 'Dockerfile', failure: { error, vertexName: undefined, logs: [], span: line > 0 ? { start: line, end: line } : undefined }, preamble: [] }),
    cache,
    totalSeconds: 0,
  };
}

function linesOf(input: BuildInput, parse: ParseResult): string[] {
  if (typeof input.dockerfile === 'string') {
    const text = input.dockerfile;
    return text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
  }
  const lines: string[] = [];
  for (const i of parse.instructions) {
    i.raw.split(/\r?\n/).forEach((l, k) => {
      lines[i.startLine - 1 + k] = l;
    });
  }
  return Array.from({ length: lines.length }, (_, k) => lines[k] ?? '');
}

function simulate(input: BuildInput, catalog: CatalogView): BuildResult {
  const parse = typeof input.dockerfile === 'string' ? parseDockerfile(input.dockerfile) : input.dockerfile;
  if (parse.instructions.length > MAX_INSTRUCTIONS) {
    return earlyFailure(input, 0, `the Dockerfile has ${parse.instructions.length.toLocaleString('en-US')} instructions; the simulation builds at most ${MAX_INSTRUCTIONS.toLocaleString('en-US')}`, 'A Dockerfile this long is not something Shipshape simulates.', []);
  }
  const lines = linesOf(input, parse);
  const firstError = parse.errors[0];
  if (firstError !== undefined) {
    // The parser's own errors keep their text; the instruction layer's are wrapped (instructions/parse.go parseError).
    const text = firstError.phase === 'instructions' ? `dockerfile parse error on line ${firstError.line}: ${firstError.message}` : firstError.message;
    const line = firstError.code === 'no-instructions' ? 0 : firstError.line;
    return earlyFailure(input, line, `failed to solve: ${text}`, 'The Dockerfile does not parse; fix this line first.', lines);
  }
  if (parse.stages.length === 0) {
    return earlyFailure(input, 0, 'failed to solve: file with no instructions', 'The Dockerfile has no FROM instruction.', lines);
  }
  const platform = platformOf(input.platform);
  const platformText = `${platform.os}/${platform.arch}${platform.variant ? `/${platform.variant}` : ''}`;
  const expansion = expandDockerfile(parse, {
    ...(input.buildArgs !== undefined ? { buildArgs: input.buildArgs } : {}),
    baseImageEnv: (image) => catalog.image(image, platformText)?.config.env,
    platform,
    ...(input.target !== undefined && input.target !== '' ? { target: input.target } : {}),
  });
  const expanded = expandedLookup(expansion.instructions);
  for (let k = 0; k < expansion.instructions.length; k++) {
    const e = expansion.instructions[k]!;
    const err = e.errors[0];
    if (err !== undefined) {
      return earlyFailure(input, e.instruction.startLine, `failed to solve: ${err.message}`, 'A variable in this line cannot be expanded.', lines);
    }
  }

  const graphResult = buildStageGraph(parse.stages, {
    baseName: (stage) => expansion.stages[stage.index]?.image ?? stage.from.image?.text ?? '',
    fromRefs: (stage) => refsOf(stage),
  }, input.target);
  if (!graphResult.ok) return earlyFailure(input, graphResult.line, `failed to solve: ${graphResult.message}`, graphResult.message, lines);
  const graph = graphResult.graph;

  const fullContext = contextOf(input.context);
  const loaded = loadedContextOf(fullContext, input.dockerfilePath ?? 'Dockerfile');
  if (loaded.error !== undefined) {
    return earlyFailure(input, 0, `failed to solve: ${loaded.error.message}`, `${loaded.error.path} has a pattern Docker rejects.`, lines);
  }

  const prev = readBuildCache(input.cache ?? emptyBuildCache());
  const session: BuildSession = {
    parse,
    lines,
    dockerfilePath: input.dockerfilePath ?? 'Dockerfile',
    expanded,
    globalScope: expansion.globalScope,
    catalog,
    platform,
    platformText,
    context: loaded,
    fullContext,
    graph,
    runs: new Map(),
    prev,
    prevEmpty: isEmpty(prev.keys),
    warmMounts: new Map(Object.entries(prev.mounts)),
    index: indexRecords(prev.steps),
    noCache: input.noCache === true,
    steps: [],
    records: [],
    usedKeys: new Set(),
    mounts: new Map(),
    images: new Map(),
    vertices: [],
    contextBytes: 0,
    failure: undefined,
  };

  const stageEnd = new Map<number, number>();
  for (const index of graph.order) {
    if (session.failure !== undefined) break;
    const stage = parse.stages[index] as Stage;
    const node = graph.nodes[index];
    if (node === undefined) continue;
    const run = startStage(session, node, stage);
    if (run === undefined) break;
    session.runs.set(index, run);
    runInstructions(session, run, stage, input);
    const start = Math.max(0, ...node.deps.map((d) => stageEnd.get(d) ?? 0));
    stageEnd.set(index, start + run.seconds);
  }

  const stages = stageReports(parse, expansion.stages, graph, session, input.target);
  const steps = [...session.steps, ...skippedSteps(session, parse, graph)].sort((a, b) => a.line - b.line);
  const target = session.runs.get(graph.target);
  const ok = session.failure === undefined && target !== undefined;
  const image = ok && target !== undefined ? assembleImage(target) : undefined;
  let newLayerBytes = 0;
  if (image !== undefined) {
    for (let k = 0; k < session.steps.length; k++) {
      const s = session.steps[k]!;
      if (s.status === 'run') newLayerBytes += s.layerBytes;
    }
  }
  const exportSeconds = ok ? 0.1 + newLayerBytes / 300e6 : 0;
  const contextSeconds = session.contextBytes / CONTEXT_BYTES_PER_SECOND;
  const metadataSeconds = session.images.size > 0 ? 0.6 : 0;
  const totalSeconds = round1(Math.max(0, ...stageEnd.values()) + exportSeconds + contextSeconds + metadataSeconds);
  const log = renderBuildLog({
    vertices: session.vertices,
    lines,
    dockerfilePath: session.dockerfilePath,
    failure: session.failure,
    preamble: preamble(session, lines),
    contextBytes: session.contextBytes,
    ...(ok ? { exportSeconds, imageSeed: target?.key ?? '' } : {}),
  });
  const cache = nextBuildCache(prev, { usedKeys: session.usedKeys, steps: session.records, mounts: session.mounts, images: session.images });
  return {
    ok,
    error: session.failure?.error,
    image,
    steps,
    stages,
    log,
    cache,
    totalSeconds,
  };
}

/**
 * The expansion of an instruction. The expansion lists the instructions in the parse's order, so an
 * instruction's `index` finds it without a map keyed by 5,000 objects; a parse put together by hand
 * (indexes not matching) falls back to a map.
 */
function expandedLookup(list: readonly ExpandedInstruction[]): ExpandedLookup {
  let byInstruction: Map<Instruction, ExpandedInstruction> | undefined;
  return {
    get(instruction: Instruction): ExpandedInstruction | undefined {
      const at = list[instruction.index];
      if (at !== undefined && at.instruction === instruction) return at;
      if (byInstruction === undefined) {
        byInstruction = new Map();
        for (const e of list) byInstruction.set(e.instruction, e);
      }
      return byInstruction.get(instruction);
    },
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function refsOf(stage: Stage): { ref: string; line: number }[] {
  const refs: { ref: string; line: number }[] = [];
  for (let k = 0; k < stage.instructions.length; k++) {
    const i = stage.instructions[k]!;
    if ((i.kind === 'copy' || i.kind === 'add') && i.options.from?.value !== undefined) refs.push({ ref: i.options.from.value, line: i.startLine });
    if (i.kind === 'run') for (const m of i.mounts) if (m.from !== undefined) refs.push({ ref: m.from, line: i.startLine });
  }
  return refs;
}

function runInstructions(session: BuildSession, run: StageRun, stage: Stage, input: BuildInput): void {
  const argValue = (name: string, expandedDefault: string | undefined): string | undefined => {
    const given = input.buildArgs?.[name];
    if (given !== undefined) return given;
    if (expandedDefault !== undefined) return expandedDefault;
    const global = session.globalScope.get(name);
    return global?.source === 'global-arg' ? global.value : undefined;
  };
  // Indexed loops in the once-per-build functions: a `for … of` allocates each step until the engine optimises it.
  for (let k = 0; k < stage.instructions.length; k++) {
    if (session.failure !== undefined) return;
    runInstruction(session, run, stage.instructions[k]!, argValue);
  }
}

/** One instruction of a stage (a function of its own, so that the engine optimises it once for every build). */
function runInstruction(
  session: BuildSession,
  run: StageRun,
  instruction: Instruction,
  argValue: (name: string, expandedDefault: string | undefined) => string | undefined,
): void {
  const e = session.expanded.get(instruction);
  switch (instruction.kind) {
    case 'run':
      runStep(session, run, instruction, e);
      break;
    case 'copy':
    case 'add':
      copyStep(session, run, instruction, e);
      break;
    case 'workdir':
      workdirStep(session, run, instruction, e);
      break;
    default: {
      if (instruction.kind === 'env' || instruction.kind === 'arg') {
        const pairs = instruction.pairs;
        for (let i = 0; i < pairs.length; i++) {
          // The key as expanded (its first expanded word), else as written.
          let key = pairs[i]!.key;
          if (e !== undefined) {
            for (const w of e.words) {
              if (w.field === 'key' && w.index === i) {
                key = w.value;
                break;
              }
            }
          }
          run.envTracker.pending.add(key);
        }
      }
      const result = applyMetadata(run, instruction, e, argValue);
      if (!result.ok) {
        failStep(session, run, {
          kind: 'run',
          instruction,
          name: undefined,
          key: '',
          logs: [],
          vertexError: result.message,
          message: `failed to solve: ${result.message}`,
          explanation: result.message,
          seconds: 0,
          estimates: [],
        });
        // A config error is not a step of its own.
        session.steps.pop();
      }
    }
  }
}

