/**
 * What one build carries from step to step: the parsed and expanded Dockerfile, the context, the
 * catalog, the previous cache, the finished stages, and what the build has recorded so far (steps, cache
 * records, log vertices, the failure). Owned by build.ts; the step executors in steps/ add to it.
 */
import type { Instruction, ParseResult } from '../dockerfile/ast.ts';
import type { ExpandedInstruction, ScopeVariable } from '../dockerfile/expansion-types.ts';
import type { LoadedContext } from '../context/load-context.ts';
import type { BuildContext } from '../context/types.ts';
import type { BuildCache, BuildError, BuildStep, CacheStepRecord, Platform, StepStatus } from './types.ts';
import type { CatalogView } from './catalog-view.ts';
import type { StageGraph } from './stage-graph.ts';
import type { StageRun } from './stage-run.ts';
import type { LogLine, LogVertex } from './progress-log.ts';
import type { ReasonIndex } from './cache-reason.ts';
import { EARLIER_STEP_CHANGED, NO_CACHE, NOTHING_CACHED, missReason } from './cache-reason.ts';

export interface StepVertex extends LogVertex {
  readonly stageIndex: number;
  /** Uses the build context (a COPY/ADD from it, a bind mount of it): "load build context" comes first. */
  readonly usesContext: boolean;
}

export interface Failure {
  readonly error: BuildError;
  /** The failing vertex's name and logs, for the `------ > name:` block. */
  readonly vertexName: string | undefined;
  readonly logs: readonly LogLine[];
  /** Line span of the failing instruction, for the source excerpt. */
  readonly span: { readonly start: number; readonly end: number } | undefined;
}

/** An instruction's expansion (variables in scope, expanded words). */
export interface ExpandedLookup {
  get(instruction: Instruction): ExpandedInstruction | undefined;
}

export interface BuildSession {
  readonly parse: ParseResult;
  readonly lines: readonly string[];
  readonly dockerfilePath: string;
  readonly expanded: ExpandedLookup;
  /** Global ARGs after build args (what FROM lines and redeclared ARGs see). */
  readonly globalScope: ReadonlyMap<string, ScopeVariable>;
  readonly catalog: CatalogView;
  readonly platform: Platform;
  readonly platformText: string;
  readonly context: LoadedContext;
  readonly fullContext: BuildContext;
  readonly graph: StageGraph;
  readonly runs: Map<number, StageRun>;
  readonly prev: BuildCache;
  /** Bytes in each cache mount from earlier builds (the previous cache's `mounts`, as a map). */
  readonly warmMounts: ReadonlyMap<string, number>;
  /** The previous cache holds no key at all (a first build): no lookups needed. */
  readonly prevEmpty: boolean;
  readonly index: ReasonIndex;
  readonly noCache: boolean;
  readonly steps: BuildStep[];
  readonly records: CacheStepRecord[];
  readonly usedKeys: Set<string>;
  readonly mounts: Map<string, number>;
  readonly images: Map<string, string>;
  readonly vertices: StepVertex[];
  /** Bytes the build context transfer sends (context files of steps that ran). */
  contextBytes: number;
  failure: Failure | undefined;
}

export interface Decision {
  readonly status: Extract<StepStatus, 'cached' | 'run'>;
  readonly reason: string | undefined;
}

/** Cached or run, and why: BuildKit's cache lookup with our words for a miss. */
export function decide(session: BuildSession, run: StageRun, key: string, record: CacheStepRecord, dependsOnParent = true): Decision {
  if (session.noCache) return { status: 'run', reason: NO_CACHE };
  if (!session.prevEmpty && session.prev.keys[key] !== undefined) return { status: 'cached', reason: undefined };
  if (session.index.empty) return { status: 'run', reason: NOTHING_CACHED };
  if (dependsOnParent && run.chainMissed) return { status: 'run', reason: EARLIER_STEP_CHANGED };
  return { status: 'run', reason: missReason(record, session.index) };
}

/** The instruction's source on one line (continuations joined, comment lines inside it dropped). */
export function oneLine(raw: string, escape: string): string {
  if (!raw.includes('\n')) return raw.trim();
  const lines = raw.split(/\r?\n/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (i > 0 && /^\s*#/.test(line)) continue;
    const continued = i < lines.length - 1 && line.trimEnd().endsWith(escape);
    if (continued) line = line.trimEnd().slice(0, -1);
    out += line;
  }
  return out.trim();
}

/** Plain-words explanations of common failures, for learners. */
export function explainExit(output: readonly string[], status: number, user: string): string {
  const text = output.join('\n');
  const notFound = /(?:^|: )([^\s:]+): (?:not found|command not found)$/m.exec(text);
  if (status === 127 && notFound) {
    return `\`${notFound[1] ?? ''}\` is not installed in this stage. Install it in this stage (before this line) or run it in a stage that has it.`;
  }
  if (/are you root\?|Unable to lock directory|Unable to lock database/.test(text)) {
    return `Package managers need root, but this RUN runs as user ${user || 'root'} (set by USER earlier). Install packages before the USER instruction.`;
  }
  if (/Unable to locate package/.test(text)) {
    return 'apt cannot find the package: run `apt-get update` in the same RUN first (Debian and Ubuntu images ship without package lists), and check the package name exists in this release.';
  }
  if (/externally-managed-environment/.test(text)) {
    return 'The system Python of Debian 12+/Ubuntu 24.04 refuses pip installs (PEP 668). Use a virtual environment (python3 -m venv) or an official python image.';
  }
  return `The command exited with status ${status}, so the build stops here.`;
}
