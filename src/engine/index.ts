/**
 * Shipshape's engine: a pure function from a Dockerfile, its build context and options to a report — what
 * `docker build` and `docker run` would do, what a reviewer would flag, and how an exercise is graded.
 * No DOM, no Node, no I/O: the site's worker and the CLI are thin adapters around `analyze`.
 */
import { parseDockerfile } from './dockerfile/index.ts';
import type { Diagnostic } from './dockerfile/ast.ts';
import { lintDockerfile } from './lint/index.ts';
import type { LintConfig } from './lint/index.ts';
import type { Finding } from './lint/index.ts';
import { build, describeBases } from './build/index.ts';
import type { BaseImageInfo, BuildCache, BuildResult, BuildStep, CatalogInput, StageReport } from './build/index.ts';
import { createContext, loadBuildContext } from './context/index.ts';
import type { ContextEntryInput, LoadedContext } from './context/index.ts';
import { simulateRun } from './run/index.ts';
import type { RunOptions, RunReport } from './run/index.ts';
import { grade } from './grade/index.ts';
import type { Change, Check, ContextEvidence, Scorecard } from './grade/index.ts';
import { formatHistory, historyRows } from './inspect/index.ts';
import { analyzeComposeFiles } from './compose/index.ts';
import type { FilesAnalysis } from './compose/index.ts';
import { emptyBuildCache } from './build/index.ts';

export type { Finding, Severity, Fix, TextEdit } from './lint/index.ts';
export type { Diagnostic } from './dockerfile/ast.ts';
export type { BuildCache, BuildStep, StageReport } from './build/index.ts';
export type { RunReport, RunOptions } from './run/index.ts';
export type { Check, Change, Scorecard, CheckResult } from './grade/index.ts';
export type { ContextEntryInput } from './context/index.ts';
export type { ComposeAnalysis, FilesAnalysis } from './compose/index.ts';

export interface AnalyzeInput {
  readonly dockerfile: string;
  /** Context-relative path of the Dockerfile; `Dockerfile` by default. */
  readonly dockerfilePath?: string;
  /** The files the learner edits (the Dockerfile, `.dockerignore`, manifests), by context path. */
  readonly files?: Readonly<Record<string, string>>;
  /** The rest of the build context: real small files and declared big ones. */
  readonly context?: readonly ContextEntryInput[];
  readonly target?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** The previous build's cache (from an earlier report), to show what a rebuild reuses. */
  readonly previousCache?: BuildCache;
  /** `docker run` options; the run (and `docker stop`) is simulated when the build succeeds. */
  readonly run?: RunOptions | false;
  /** The exercise's declared change: applied to a copy of the context for a second build that uses the first one's cache. */
  readonly change?: Change;
  readonly checks?: readonly Check[];
  /** A team's own base images (validated with the catalog's `parseCatalogExtension`), over the official ones. */
  readonly catalog?: CatalogInput;
  /** Lint configuration (ignored codes, severity overrides, trusted registries), as `shipshape lint` reads it. */
  readonly lintConfig?: LintConfig;
}

/** A layer as panels show it (the filesystem changes stay inside the engine). */
export interface LayerView {
  readonly instruction: string;
  readonly createdBy: string;
  readonly line: number | undefined;
  readonly bytes: number;
  readonly fromBase: boolean;
  readonly emptyLayer: boolean;
}

export interface ImageView {
  readonly diskBytes: number;
  readonly compressedBytes: number;
  readonly wastedBytes: number;
  readonly efficiency: number;
  readonly layers: readonly LayerView[];
  /** `docker history` as Docker prints it. */
  readonly history: string;
  readonly base: {
    readonly ref: string;
    readonly diskBytes: number;
    readonly libc: string;
    readonly shell: string | null;
    readonly user: string;
  };
  readonly user: string;
  readonly estimates: readonly string[];
}

export interface BuildView {
  readonly ok: boolean;
  readonly error: { readonly line: number; readonly message: string; readonly explanation: string; readonly output: readonly string[] } | undefined;
  readonly steps: readonly BuildStep[];
  readonly stages: readonly StageReport[];
  readonly log: string;
  readonly totalSeconds: number;
  readonly image: ImageView | undefined;
}

export interface ContextView {
  readonly totalBytes: number;
  readonly sentBytes: number;
  readonly entries: readonly { readonly path: string; readonly kind: string; readonly bytes: number; readonly sent: boolean; readonly summary: boolean }[];
  readonly ignoreFile: string | undefined;
  readonly error: string | undefined;
}

export interface Report {
  /** Parser errors and warnings, in BuildKit's words. */
  readonly diagnostics: readonly Diagnostic[];
  readonly findings: readonly Finding[];
  readonly instructionCount: number;
  readonly stageCount: number;
  readonly context: ContextView;
  readonly build: BuildView;
  /** What each FROM line builds on (size on disk and to pull, libc, shell, user), for the editor's hover. */
  readonly bases: readonly BaseImageInfo[];
  /** The cache to pass as `previousCache` next time. */
  readonly cache: BuildCache;
  readonly run: RunReport | undefined;
  /** The build after the exercise's change, using this build's cache. */
  readonly rebuild: BuildView | undefined;
  /**
   * Set when the input has no Dockerfile (an exercise about compose files, manifests or a decision file): nothing
   * was parsed, built or run, and `build`, `run` and `findings` are empty.
   */
  readonly withoutDockerfile?: true;
  readonly grade: Scorecard | undefined;
  /** Compose files and Kubernetes manifests among the exercise's files, loaded, linted and simulated. */
  readonly compose: FilesAnalysis['compose'];
  readonly kubernetes: FilesAnalysis['kubernetes'];
}

/** Every context entry: the declared context with the learner's files over it. */
function contextEntries(input: AnalyzeInput, files: Readonly<Record<string, string>>): ContextEntryInput[] {
  const own = new Set(Object.keys(files));
  const entries: ContextEntryInput[] = (input.context ?? []).filter((entry) => !own.has(entry.path));
  for (const [path, content] of Object.entries(files)) entries.push({ path, content });
  return entries;
}

function applyChange(files: Readonly<Record<string, string>>, context: readonly ContextEntryInput[], change: Change): Record<string, string> {
  if (!change.path || change.append === undefined) return { ...files };
  const declared = context.find((entry) => entry.path === change.path);
  const before = files[change.path] ?? (declared && 'content' in declared ? (declared.content ?? '') : '');
  return { ...files, [change.path]: before + change.append };
}

function viewBuild(result: BuildResult): BuildView {
  const image = result.image;
  const baseLayers = image?.layers.filter((layer) => layer.fromBase) ?? [];
  return {
    ok: result.ok,
    error: result.error
      ? { line: result.error.line, message: result.error.message, explanation: result.error.explanation, output: result.error.output }
      : undefined,
    steps: result.steps,
    stages: result.stages,
    log: result.log,
    totalSeconds: result.totalSeconds,
    image: image && {
      diskBytes: image.diskBytes,
      compressedBytes: image.compressedBytes,
      wastedBytes: image.wastedBytes,
      efficiency: image.efficiency,
      layers: image.layers.map((layer) => ({
        instruction: layer.instruction ?? layer.createdBy,
        createdBy: layer.createdBy,
        line: layer.line,
        bytes: layer.bytes,
        fromBase: layer.fromBase,
        emptyLayer: layer.emptyLayer,
      })),
      history: formatHistory(historyRows(image.layers)),
      base: {
        ref: image.baseImage,
        diskBytes: baseLayers.reduce((sum, layer) => sum + layer.bytes, 0),
        libc: image.os.libc,
        shell: image.os.shellImpl ?? null,
        user: image.config.user || 'root',
      },
      user: image.config.user || 'root',
      estimates: image.estimates,
    },
  };
}

/** With `# check=error=true`, BuildKit fails the build when a build check fires (`lint violation found for rules: …`). */
function failedByChecks(view: BuildView, message: string, findings: readonly Finding[]): BuildView {
  return {
    ...view,
    ok: false,
    image: undefined,
    error: {
      line: findings[0]?.range.start.line ?? 1,
      message,
      explanation: 'This Dockerfile asks BuildKit to treat its build checks as errors (`# check=error=true`), and at least one check fired.',
      output: [],
    },
  };
}

function viewContext(loaded: LoadedContext): ContextView {
  return {
    totalBytes: loaded.report.total.bytes,
    sentBytes: loaded.report.sent.bytes,
    entries: loaded.context.entries
      .filter((entry) => entry.path !== '')
      .slice(0, 2000)
      .map((entry) => ({
        path: entry.path,
        kind: entry.kind,
        bytes: entry.summary?.bytes ?? entry.size,
        sent: loaded.isSent(entry.path),
        summary: entry.summary !== undefined,
      })),
    ignoreFile: loaded.ignoreFile?.path,
    error: loaded.error?.message,
  };
}

function contextEvidence(loaded: LoadedContext): ContextEvidence {
  return {
    sentBytes: loaded.report.sent.bytes,
    has: (path) => loaded.context.entry(path) !== undefined,
    isExcluded: (path) => !loaded.isSent(path),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Exercises without a Dockerfile (compose files, Kubernetes manifests, a decision file). The site hands the engine
// its first editable file as `dockerfilePath` when no file is a Dockerfile; a caller may also leave `dockerfile`
// empty with no Dockerfile among `files`. Then nothing is built: the report has the compose and Kubernetes
// analyses and the grade.

function hasNoDockerfile(input: AnalyzeInput): boolean {
  const path = input.dockerfilePath ?? 'Dockerfile';
  // A Dockerfile may have any name (`docker build -f ci/app.build`), but never a YAML or JSON one.
  if (/\.(ya?ml|json)$/i.test(path)) return true;
  const files = input.files ?? {};
  return input.dockerfile === '' && !(path in files) && Object.keys(files).length > 0;
}

function analyzeWithoutDockerfile(input: AnalyzeInput): Report {
  const files = input.files ?? {};
  const loaded = loadBuildContext(createContext(contextEntries(input, files)), {});
  const orchestration = analyzeComposeFiles(files, { catalog: input.catalog });
  const build: BuildView = { ok: false, error: undefined, steps: [], stages: [], log: '', totalSeconds: 0, image: undefined };
  const scorecard =
    input.checks && input.checks.length > 0
      ? grade({ build: undefined, findings: [], run: undefined, context: contextEvidence(loaded), orchestration, files }, input.checks)
      : undefined;
  return {
    diagnostics: [],
    findings: [],
    instructionCount: 0,
    stageCount: 0,
    context: viewContext(loaded),
    build,
    bases: [],
    cache: input.previousCache ?? emptyBuildCache(),
    run: undefined,
    rebuild: undefined,
    grade: scorecard,
    compose: orchestration.compose,
    kubernetes: orchestration.kubernetes,
    withoutDockerfile: true,
  };
}

// ---------------------------------------------------------------------------------------------------------------

export function analyze(input: AnalyzeInput): Report {
  if (hasNoDockerfile(input)) return analyzeWithoutDockerfile(input);
  const dockerfilePath = input.dockerfilePath ?? 'Dockerfile';
  const files = { ...(input.files ?? {}), [dockerfilePath]: input.dockerfile };
  const parsed = parseDockerfile(input.dockerfile);
  const entries = contextEntries(input, files);
  const context = createContext(entries);
  const loaded = loadBuildContext(context, { dockerfilePath });
  const options = { target: input.target, buildArgs: input.buildArgs, dockerfilePath, catalog: input.catalog } as const;

  const built = build({ dockerfile: parsed, context, cache: input.previousCache, ...options });
  const run = built.ok && built.image && input.run !== false ? simulateRun(built.image, { stop: true, ...(input.run ?? {}) }) : undefined;
  const lint = lintDockerfile(parsed, {
    ...(input.lintConfig !== undefined && { config: input.lintConfig }),
    dockerignore: loaded.ignoreFile?.text ?? '',
    buildArgs: input.buildArgs,
    build: built,
    run,
    context: loaded, // lint rules that read the context report (large-build-context)
  });
  const findings = lint.findings;

  let rebuilt: BuildResult | undefined;
  if (input.change && built.ok) {
    const changedFiles = applyChange(files, input.context ?? [], input.change);
    rebuilt = build({
      dockerfile: parsed,
      context: createContext(contextEntries(input, changedFiles)),
      cache: built.cache,
      ...options,
      buildArgs: { ...(input.buildArgs ?? {}), ...(input.change.buildArgs ?? {}) },
    });
  }

  // A compose service built from this Dockerfile runs the image just built (its files decide what a healthcheck can run).
  const builtImage = built.ok && built.image ? { dockerfilePath, target: input.target, image: built.image } : undefined;
  const orchestration = analyzeComposeFiles(files, { built: builtImage, catalog: input.catalog });
  const scorecard =
    input.checks && input.checks.length > 0
      ? grade(
          { build: built, findings, checkError: lint.checkError, run, rebuild: rebuilt, changeLabel: input.change?.label, context: contextEvidence(loaded), orchestration, files },
          input.checks,
        )
      : undefined;

  return {
    diagnostics: parsed.diagnostics,
    findings,
    instructionCount: parsed.instructions.length,
    stageCount: parsed.stages.length,
    context: viewContext(loaded),
    build: lint.checkError ? failedByChecks(viewBuild(built), lint.checkError, findings) : viewBuild(built),
    bases: describeBases(built.stages, input.catalog),
    cache: built.cache,
    run,
    rebuild: rebuilt && viewBuild(rebuilt),
    grade: scorecard,
    compose: orchestration.compose,
    kubernetes: orchestration.kubernetes,
  };
}
