/**
 * The build on stage: one row per step, revealed one at a time (the presenter presses B), each with its cache
 * status, its time and the size its layer adds, and a bar that grows with the image; then, once every step is
 * shown, the image's size, the findings, the checks and what `docker stop` does. Large type, one idea per line.
 * Built with `h` (text nodes only): Dockerfile text is never parsed as HTML.
 */
import type { Finding, RunReport, Scorecard } from '../../engine/index.ts';
import { fill, h, inlineCode } from '../dom.ts';
import { formatBytes, formatSeconds } from '../format.ts';
import type { StageModel } from './stage-model.ts';

const STATUS_WORD = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', failed: 'FAILED' } as const;

export interface StageExtras {
  readonly findings?: readonly Finding[];
  readonly grade?: Scorecard | undefined;
  readonly run?: RunReport | undefined;
  /** A heading over the steps (`After you edit app.py`). */
  readonly title?: string;
  /** Show why each step ran (a rebuild: what invalidated the cache). */
  readonly reasons?: boolean;
  /** The size a full bar stands for (side-by-side stages share one scale). */
  readonly scaleBytes?: number;
}

function stepRow(model: StageModel, index: number, reasons: boolean, scale: number): HTMLElement {
  const step = model.steps[index]!;
  const bytes = step.shippedBytes ?? step.layerBytes;
  const width = Math.max(0.5, (bytes / scale) * 100);
  return h(
    'li',
    { class: `stage-step stage-${step.status}${step.shippedBytes === undefined ? ' stage-not-shipped' : ''}`, data: { stageStep: String(index + 1), status: step.status } },
    h('span', { class: `stage-badge stage-badge-${step.status}` }, STATUS_WORD[step.status]),
    h('span', { class: 'stage-name' }, step.stage ? h('span', { class: 'stage-stage' }, step.stage) : null, h('code', {}, step.name)),
    h(
      'span',
      { class: 'stage-size', data: { bytes: String(bytes) } },
      step.isBase ? `base ${formatBytes(bytes)}` : step.shippedBytes === undefined ? (bytes > 0 ? `${formatBytes(bytes)}, left behind` : 'left behind') : `+${formatBytes(bytes)}`,
    ),
    h('span', { class: 'stage-time' }, formatSeconds(step.seconds)),
    h('span', { class: 'stage-bar', attrs: { 'aria-hidden': 'true', style: `width: ${width.toFixed(1)}%` } }),
    reasons && step.reason && step.status !== 'cached' ? h('span', { class: 'stage-reason' }, step.reason) : null,
  );
}

function summary(model: StageModel, extras: StageExtras): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (!model.ok && model.error) {
    out.push(h('p', { class: 'stage-error', data: { stageError: '' } }, `The build fails: ${model.error.message}`));
    if (model.error.output.length > 0) out.push(h('pre', { class: 'stage-output' }, model.error.output.slice(-4).join('\n')));
    return out;
  }
  if (extras.grade) {
    out.push(
      h('ul', { class: 'stage-checks', data: { solved: String(extras.grade.solved) } },
        ...extras.grade.checks.map((c) => h('li', { class: c.passed ? 'stage-pass' : 'stage-fail' }, h('span', { class: 'stage-mark', attrs: { 'aria-hidden': 'true' } }, c.passed ? '✓' : '✗'), h('span', { class: 'visually-hidden' }, c.passed ? 'Passes: ' : 'Fails: '), ...inlineCode(c.label)))),
    );
  }
  const findings = extras.findings ?? [];
  if (findings.length > 0) {
    out.push(
      h('div', { class: 'stage-findings', data: { findings: String(findings.length) } },
        h('p', { class: 'stage-label' }, `${findings.length} finding${findings.length === 1 ? '' : 's'}`),
        h('ul', {}, ...findings.slice(0, 3).map((f) => h('li', {}, h('span', { class: 'stage-code' }, f.code), ' ', ...inlineCode(f.message))))),
    );
  }
  const stop = extras.run?.stop;
  if (extras.run && !extras.run.started && extras.run.error) {
    out.push(h('p', { class: 'stage-error' }, `docker run fails: ${extras.run.error.message.slice(0, 160)}`));
  } else if (stop && stop.seconds !== undefined) {
    out.push(h('p', { class: 'stage-stop', data: { stopSeconds: String(stop.seconds) } }, h('strong', {}, 'docker stop: '), `${stop.seconds < 0.05 ? 'at once' : formatSeconds(stop.seconds)}, exit ${stop.exitCode ?? 0}${stop.killed ? ' (SIGKILL)' : ''} — ${stop.reachedApp ? 'the app got the signal' : 'the app never got SIGTERM'}`));
  }
  return out;
}

/** Draws the stage with the first `revealed` steps shown. */
export function renderStage(container: HTMLElement, model: StageModel, revealed: number, extras: StageExtras = {}): void {
  const shown = Math.min(revealed, model.steps.length);
  const done = shown === model.steps.length;
  const size = model.sizeAfter[shown] ?? 0;
  const failedShown = model.steps.slice(0, shown).some((s) => s.status === 'failed');
  fill(
    container,
    extras.title ? h('h3', { class: 'stage-title' }, extras.title) : null,
    h(
      'div',
      { class: 'stage-figures' },
      h('p', { class: 'stage-total', data: { stageBytes: String(size), revealed: String(shown), total: String(model.steps.length) } },
        h('span', { class: 'stage-label' }, done ? 'Image' : 'Image so far'), ' ', h('span', { class: 'stage-value' }, formatBytes(size))),
      h('p', { class: 'stage-meta' }, `${shown} of ${model.steps.length} steps`, done && model.ok ? ` · about ${formatSeconds(model.totalSeconds)} to build` : '', done && model.compressedBytes !== undefined ? ` · ${formatBytes(model.compressedBytes)} to pull` : ''),
    ),
    h('ol', { class: 'stage-steps' }, ...model.steps.slice(0, shown).map((_, i) => stepRow(model, i, extras.reasons === true, Math.max(extras.scaleBytes ?? 0, model.maxBytes)))),
    shown === 0 ? h('p', { class: 'stage-hint' }, 'Press B to build one step at a time, Shift+B to play the whole build.') : null,
    done || failedShown ? h('div', { class: 'stage-summary' }, ...summary(model, extras)) : null,
  );
}

/** One line for screen readers about the step just revealed. */
export function announceStep(model: StageModel, revealed: number): string {
  const step = model.steps[revealed - 1];
  if (!step) return '';
  const bytes = step.shippedBytes ?? step.layerBytes;
  const how = step.status === 'cached' ? 'from the cache' : step.status === 'run' ? 'built' : step.status;
  return `Step ${revealed} of ${model.steps.length}, ${how}: ${step.name} — ${step.isBase ? 'base image' : 'adds'} ${formatBytes(bytes)}; image so far ${formatBytes(model.sizeAfter[revealed] ?? 0)}.`;
}
