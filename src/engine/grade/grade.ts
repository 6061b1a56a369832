import type { Check } from './checks.ts';
import type { Evidence } from './evidence.ts';
import type { BuildStep, BuiltImage } from '../build/types.ts';
import { findOnPath, lookupPath } from '../build/filesystem-query.ts';
import { humanSize } from '../inspect/index.ts';
import { describeOrchestration, evaluateOrchestration, isOrchestrationCheck } from './orchestration-checks.ts';
import { judgePlatformChoice } from './platform-choice.ts';

export interface CheckResult {
  /** The check's id from the exercise (hints are keyed by it). */
  readonly id: string;
  readonly kind: Check['kind'];
  /** What the check asks for, in words. */
  readonly label: string;
  readonly passed: boolean;
  /** Why it passed or failed, from what the simulation found. */
  readonly reason: string;
}

export interface Scorecard {
  readonly checks: readonly CheckResult[];
  /** Share of checks passed, 0..1. */
  readonly score: number;
  readonly solved: boolean;
  /** The first failing check: its hints are the ones to offer. */
  readonly firstFailing: CheckResult | undefined;
}

const MB = 1_000_000;

function mb(bytes: number): string {
  return humanSize(bytes);
}

function onPath(image: BuiltImage, command: string): string | undefined {
  return findOnPath(image.filesystem, command, image.config.env['PATH'], image.config.workdir)?.path;
}

function findingMatches(rule: string) {
  return (finding: { code: string; ruleId: string }) => finding.code === rule || finding.ruleId === rule;
}

type Outcome = readonly [passed: boolean, reason: string];

const noImage = (evidence: Evidence): Outcome => [
  false,
  evidence.build?.error ? `The build fails first (line ${evidence.build.error.line}): ${evidence.build.error.message}` : 'There is no image to look at yet.',
];

/** The rebuild's step running `text`, with the words for "after the change", or why there is none. */
function rebuiltStep(evidence: Evidence, text: string): { readonly step: BuildStep; readonly after: string } | string {
  const after = evidence.changeLabel ? ` after "${evidence.changeLabel}"` : ' after the change';
  if (!evidence.rebuild) return `The rebuild${after} has not run.`;
  const step = evidence.rebuild.steps.find((s) => s.instruction.includes(text));
  return step ? { step, after } : `No step runs \`${text}\`.`;
}


function evaluate(check: Check, evidence: Evidence): Outcome {
  if (isOrchestrationCheck(check)) return evaluateOrchestration(check, evidence);
  const image = evidence.build?.image;
  switch (check.kind) {
    case 'builds':
      if (evidence.checkError) return [false, `The build fails: ${evidence.checkError}`];
      return evidence.build?.ok
        ? [true, 'The build succeeds.']
        : [false, evidence.build?.error ? `The build fails at line ${evidence.build.error.line}: ${evidence.build.error.message}` : 'The Dockerfile does not build yet.'];
    case 'image-size': {
      if (!image) return noImage(evidence);
      const bytes = check.measure === 'compressed' ? image.compressedBytes : image.diskBytes;
      const what = check.measure === 'compressed' ? 'compressed (what a registry push sends)' : 'on disk';
      return bytes <= check.maxMB * MB
        ? [true, `The image is ${mb(bytes)} ${what}, within ${check.maxMB} MB.`]
        : [false, `The image is ${mb(bytes)} ${what}; the budget is ${check.maxMB} MB.`];
    }
    case 'no-finding': {
      const hit = evidence.findings.find(findingMatches(check.rule));
      return hit ? [false, `Line ${hit.range.start.line}: ${hit.message}`] : [true, `Nothing flagged under ${check.rule}.`];
    }
    case 'image-has':
    case 'image-lacks': {
      if (!image) return noImage(evidence);
      const wanted = check.kind === 'image-has';
      if (check.path) {
        const present = lookupPath(image.filesystem, check.path) !== undefined;
        return [present === wanted, present ? `${check.path} is in the final image.` : `${check.path} is not in the final image.`];
      }
      if (check.command) {
        const found = onPath(image, check.command);
        return [
          (found !== undefined) === wanted,
          found ? `\`${check.command}\` is in the final image (${found}).` : `\`${check.command}\` is not on the final image's PATH.`,
        ];
      }
      return [false, 'This check names neither a path nor a command (a mistake in the lesson).'];
    }
    case 'max-layers': {
      if (!image) return noImage(evidence);
      const own = image.layers.filter((layer) => !layer.fromBase).length;
      return own <= check.max
        ? [true, `Your Dockerfile adds ${own} layer${own === 1 ? '' : 's'} (at most ${check.max}).`]
        : [false, `Your Dockerfile adds ${own} layers; at most ${check.max} are expected.`];
    }
    case 'max-wasted': {
      if (!image) return noImage(evidence);
      return image.wastedBytes <= check.maxMB * MB
        ? [true, `Wasted space is ${mb(image.wastedBytes)}.`]
        : [false, `${mb(image.wastedBytes)} is shipped but hidden or duplicated by later layers (at most ${check.maxMB} MB).`];
    }
    case 'context-excludes':
    case 'context-includes': {
      const context = evidence.context;
      if (!context) return [false, 'The build context is not known.'];
      if (!context.has(check.path)) {
        return check.kind === 'context-excludes' ? [true, `${check.path} is not in the context.`] : [false, `${check.path} is not in the context at all.`];
      }
      const excluded = context.isExcluded(check.path);
      return check.kind === 'context-excludes'
        ? [excluded, excluded ? `.dockerignore keeps ${check.path} out of the context.` : `${check.path} is still sent to the builder.`]
        : [!excluded, excluded ? `.dockerignore leaves out ${check.path}, which the build needs.` : `${check.path} is sent to the builder.`];
    }
    case 'max-context': {
      const context = evidence.context;
      if (!context) return [false, 'The build context is not known.'];
      return context.sentBytes <= check.maxMB * MB
        ? [true, `The build sends ${mb(context.sentBytes)} of context.`]
        : [false, `The build sends ${mb(context.sentBytes)} of context; the budget is ${check.maxMB} MB.`];
    }
    case 'cached-after-change':
    case 'reruns-after-change': {
      const found = rebuiltStep(evidence, check.step);
      if (typeof found === 'string') return [false, found];
      const { step, after } = found;
      const where = `Line ${step.line} (\`${check.step}\`)`;
      const reran = `${where} runs again${after}${step.reason ? `: ${step.reason}` : ''}.`;
      if (check.kind === 'cached-after-change') return step.status === 'cached' ? [true, `${where} is CACHED${after}.`] : [false, reran];
      if (step.status === 'run' || step.status === 'failed') return [true, reran];
      return step.status === 'cached'
        ? [false, `${where} is still CACHED${after}: the change does not reach it, so the image keeps the old result.`]
        : [false, `${where} is not built${after} (its stage is skipped).`];
    }
    case 'rebuild-time': {
      const rebuild = evidence.rebuild;
      if (!rebuild) return [false, 'The rebuild after the change has not run.'];
      if (!rebuild.ok) return [false, `The rebuild fails: ${rebuild.error?.message ?? 'unknown error'}`];
      const seconds = rebuild.totalSeconds;
      return seconds <= check.maxSeconds
        ? [true, `The rebuild takes about ${seconds.toFixed(1)} s.`]
        : [false, `The rebuild takes about ${seconds.toFixed(1)} s; the goal is ${check.maxSeconds} s or less.`];
    }
    case 'starts': {
      const run = evidence.run;
      if (!run) return evidence.build?.ok ? [false, 'The container has not been run.'] : noImage(evidence);
      if (!run.started) return [false, `The container does not start: ${run.error?.message ?? 'unknown error'}`];
      // Docker creates the container, but its process dies at once (a missing ELF loader, a CRLF shebang):
      // `docker run` shows the error and the container is gone — it did not start in any useful sense.
      if (!run.running && run.exit && run.exit.code !== 0) {
        return [false, `The container exits at once with code ${run.exit.code}: ${run.error?.message ?? run.exit.reason}`];
      }
      return [true, run.running ? 'The container starts and keeps running.' : 'The container starts and finishes successfully.'];
    }
    case 'non-root': {
      const run = evidence.run;
      if (!run) return evidence.build?.ok ? [false, 'The container has not been run.'] : noImage(evidence);
      return run.user.uid !== 0
        ? [true, `The process runs as ${run.user.name ?? 'an unnamed user'} (uid ${run.user.uid}).`]
        : [false, 'The process runs as root (uid 0).'];
    }
    case 'stop-time': {
      const stop = evidence.run?.stop;
      if (!stop) return [false, evidence.run?.started === false ? 'The container does not start, so it cannot be stopped.' : 'docker stop has not been simulated.'];
      if (stop.seconds === undefined) return [false, 'docker stop never finishes (it waits forever).'];
      return stop.seconds <= check.maxSeconds
        ? [true, `docker stop takes ${stop.seconds} s (exit ${stop.exitCode}).`]
        : [false, `docker stop takes ${stop.seconds} s and ends with exit ${stop.exitCode}; the goal is ${check.maxSeconds} s or less.`];
    }
    case 'sigterm-reaches-app': {
      const stop = evidence.run?.stop;
      if (!stop) return [false, evidence.run?.started === false ? 'The container does not start.' : 'docker stop has not been simulated.'];
      return stop.reachedApp
        ? [true, `${stop.signal} reaches the application.`]
        : [false, stop.explanation];
    }
    case 'stop-exit-code': {
      const stop = evidence.run?.stop;
      if (!stop) return [false, evidence.run?.started === false ? 'The container does not start, so it cannot be stopped.' : 'docker stop has not been simulated.'];
      if (stop.exitCode === undefined) return [false, 'docker stop never finishes (it waits forever).'];
      if (stop.exitCode === check.code) return [true, `docker stop ends with exit code ${stop.exitCode}.`];
      const died = stop.exitCode > 128 ? ` (128 + ${stop.exitCode - 128}: PID 1 died of ${stop.exitCode === 137 ? 'SIGKILL' : 'a signal'}, so the app's own shutdown did not run to its end)` : '';
      return [false, `docker stop ends with exit code ${stop.exitCode}${died}; the goal is ${check.code}. ${stop.explanation}`];
    }
    case 'healthy': {
      const health = evidence.run?.health;
      if (!health) return [false, 'The image has no HEALTHCHECK.'];
      return health.status === 'healthy' ? [true, `Healthy: ${health.reason}`] : [false, `${health.status}: ${health.reason}`];
    }
    case 'platform-choice':
      return judgePlatformChoice(evidence, check.file, check.company);
  }
}

export function describeCheck(check: Check): string {
  if (check.label) return check.label;
  if (isOrchestrationCheck(check)) return describeOrchestration(check);
  switch (check.kind) {
    case 'builds':
      return 'The image builds';
    case 'image-size':
      return `The image is at most ${check.maxMB} MB ${check.measure === 'compressed' ? 'compressed' : 'on disk'}`;
    case 'no-finding':
      return `No ${check.rule} finding`;
    case 'image-has':
      return `The final image has ${check.path ?? `\`${check.command}\``}`;
    case 'image-lacks':
      return `The final image has no ${check.path ?? `\`${check.command}\``}`;
    case 'max-layers':
      return `Your Dockerfile adds at most ${check.max} layers`;
    case 'max-wasted':
      return `At most ${check.maxMB} MB of wasted space`;
    case 'context-excludes':
      return `${check.path} stays out of the build context`;
    case 'context-includes':
      return `${check.path} is still sent to the builder`;
    case 'max-context':
      return `The build context is at most ${check.maxMB} MB`;
    case 'cached-after-change':
      return `\`${check.step}\` stays cached after the change`;
    case 'reruns-after-change':
      return `\`${check.step}\` runs again after the change`;
    case 'rebuild-time':
      return `The rebuild after the change takes at most ${check.maxSeconds} s`;
    case 'starts':
      return 'The container starts';
    case 'non-root':
      return 'The container does not run as root';
    case 'stop-time':
      return `docker stop finishes within ${check.maxSeconds} s`;
    case 'sigterm-reaches-app':
      return 'SIGTERM reaches the application';
    case 'stop-exit-code':
      return `docker stop ends with exit code ${check.code}`;
    case 'healthy':
      return 'The container becomes healthy';
    case 'platform-choice':
      return `A defensible platform for ${check.company.name}, with a reason`;
  }
}

/** Grades evidence against an exercise's checks: each check's verdict with the reason, a score, and the hint to offer. */
export function grade(evidence: Evidence, checks: readonly Check[]): Scorecard {
  const results = checks.map((check): CheckResult => {
    const [passed, reason] = evaluate(check, evidence);
    return { id: check.id, kind: check.kind, label: describeCheck(check), passed, reason };
  });
  const passed = results.filter((r) => r.passed).length;
  return {
    checks: results,
    score: results.length === 0 ? 0 : passed / results.length,
    solved: results.length > 0 && passed === results.length,
    firstFailing: results.find((r) => !r.passed),
  };
}
