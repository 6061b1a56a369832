/**
 * The before / after split: the crime and the sanity side by side — their Dockerfiles, then, one press of B at a
 * time, their image size, layers, what the cache keeps after a code edit, and how long `docker stop` takes — and
 * on the next slide their builds, step by step, in parallel. V switches between the files as published (neither
 * builds) and made to build. Every figure is the engine's, computed in the browser from the files shown.
 */
import type { Report } from '../../engine/index.ts';
import { fill, h } from '../dom.ts';
import { formatBytes, formatSeconds } from '../format.ts';
import { createEngineClient } from '../engine-client.ts';
import type { PresenterAction } from './keys.ts';
import { DEMO_CHANGE, DEMO_CONTEXT, DEMO_VARIANTS } from './incident-demo.ts';
import type { DemoSide } from './incident-demo.ts';
import { stageModel } from './stage-model.ts';
import { renderStage } from './stage-view.ts';

export const COMPARE_ROWS = ['Image on disk', 'Layers', 'Build context sent', `Rebuild after you ${DEMO_CHANGE.label}`, 'docker stop'] as const;

function figure(report: Report | undefined, row: number): string {
  if (!report) return '…';
  const build = report.build;
  const image = build.image;
  switch (row) {
    case 0:
      return image ? `${formatBytes(image.diskBytes)} (${formatBytes(image.compressedBytes)} to pull)` : 'no image: the build fails';
    case 1:
      return image ? `${image.layers.filter((l) => !l.emptyLayer).length} (${image.layers.filter((l) => !l.emptyLayer && !l.fromBase).length} from this file)` : '—';
    case 2:
      return formatBytes(report.context.sentBytes);
    case 3: {
      const rebuild = report.rebuild;
      if (!rebuild) return '—';
      const kept = rebuild.steps.filter((s) => s.status === 'cached').length;
      return `${formatSeconds(rebuild.totalSeconds)}, ${kept} of ${rebuild.steps.length} steps from the cache`;
    }
    default: {
      const stop = report.run?.stop;
      if (!report.run) return '—';
      if (!stop || stop.seconds === undefined) return report.run.error ? 'does not start' : '—';
      return `${stop.seconds < 0.05 ? 'at once' : formatSeconds(stop.seconds)}, exit ${stop.exitCode ?? 0}${stop.killed ? ' (SIGKILL)' : ''}`;
    }
  }
}

function sideColumn(side: DemoSide, report: Report | undefined, revealed: number, which: 'before' | 'after'): HTMLElement {
  const error = report && !report.build.ok ? report.build.error : undefined;
  return h(
    'div',
    { class: `split-side split-${which}`, data: { side: which } },
    h('h3', { class: 'split-label' }, side.label),
    h('pre', { class: 'split-code', attrs: { tabindex: '0', 'aria-label': `${side.label}: Dockerfile` } }, side.dockerfile.replace(/\n$/, '')),
    h(
      'dl',
      { class: 'split-figures' },
      ...COMPARE_ROWS.slice(0, revealed).flatMap((label, row) => [
        h('dt', {}, label),
        h('dd', { data: { row: String(row) }, class: row === 0 && error ? 'split-bad' : undefined }, figure(report, row)),
      ]),
    ),
    error && revealed > 0 ? h('p', { class: 'split-error' }, `${error.output[error.output.length - 1] ?? error.message}`) : null,
  );
}

export interface SplitDemo {
  readonly split: (action: PresenterAction) => Promise<boolean>;
  readonly builds: (action: PresenterAction) => Promise<boolean>;
  /** Computes both builds (the first time the slides show). */
  prepare(): Promise<void>;
}

export function mountSplitDemo(splitSlide: HTMLElement, buildsSlide: HTMLElement, status: HTMLElement): SplitDemo {
  const engine = createEngineClient();
  let variant = 0;
  let reports: [Report | undefined, Report | undefined] = [undefined, undefined];
  let rows = 0;
  let steps = 0;
  const splitBody = splitSlide.querySelector<HTMLElement>('[data-split-body]')!;
  const buildsBody = buildsSlide.querySelector<HTMLElement>('[data-builds-body]')!;
  const variantTags = document.querySelectorAll<HTMLElement>('[data-variant-name]');

  const draw = (): void => {
    const v = DEMO_VARIANTS[variant]!;
    variantTags.forEach((tag) => (tag.textContent = v.title));
    document.documentElement.dataset.variant = v.name;
    fill(splitBody, sideColumn(v.before, reports[0], rows, 'before'), sideColumn(v.after, reports[1], rows, 'after'));
    splitSlide.dataset.rows = String(rows);
    const models = reports.map((r) => (r ? stageModel(r.build) : undefined));
    const scaleBytes = Math.max(1, ...models.map((m) => m?.maxBytes ?? 0));
    const columns = [v.before, v.after].map((side, i) => {
      const report = reports[i];
      const model = models[i];
      const column = h('div', { class: 'split-build', data: { side: i === 0 ? 'before' : 'after' } }, h('h3', { class: 'split-label' }, side.label));
      const stage = h('div', { class: 'present-stage compact' });
      if (report && model) renderStage(stage, model, steps, { run: report.run, scaleBytes });
      column.append(stage);
      return column;
    });
    fill(buildsBody, ...columns);
    buildsSlide.dataset.steps = String(steps);
  };

  let pending: Promise<void> | undefined;
  // One computation per variant; keys pressed meanwhile wait for it.
  const prepare = (): Promise<void> => (pending ??= compute());
  const compute = async (): Promise<void> => {
    const v = DEMO_VARIANTS[variant]!;
    const answers = await Promise.all(
      [v.before, v.after].map((side, i) =>
        engine.analyze({ dockerfile: side.dockerfile, files: { Dockerfile: side.dockerfile, ...side.files }, context: DEMO_CONTEXT, change: DEMO_CHANGE }, i === 0 ? 'before' : 'after'),
      ),
    );
    reports = [answers[0]?.kind === 'report' ? answers[0].report : undefined, answers[1]?.kind === 'report' ? answers[1].report : undefined];
    splitSlide.dataset.ready = 'true';
    draw();
  };

  const maxSteps = (): number => Math.max(...reports.map((r) => (r ? stageModel(r.build).steps.length : 0)));

  const common = async (action: PresenterAction): Promise<boolean> => {
    if (action !== 'toggle-variant') return false;
    variant = (variant + 1) % DEMO_VARIANTS.length;
    rows = 0;
    steps = 0;
    reports = [undefined, undefined];
    pending = undefined;
    draw();
    await prepare();
    status.textContent = `${DEMO_VARIANTS[variant]!.title}: ${reports.map((r) => (r?.build.ok ? 'builds' : 'fails')).join(' and ')}.`;
    return true;
  };

  return {
    prepare,
    async split(action) {
      await prepare();
      if (action === 'step-build' || action === 'play-build') {
        rows = action === 'play-build' ? COMPARE_ROWS.length : rows >= COMPARE_ROWS.length ? 0 : rows + 1;
        draw();
        const label = COMPARE_ROWS[rows - 1];
        status.textContent = label ? `${label} shown.` : 'Figures hidden.';
        return true;
      }
      return common(action);
    },
    async builds(action) {
      await prepare();
      if (action === 'step-build') {
        steps = steps >= maxSteps() ? 1 : steps + 1;
        draw();
        status.textContent = `Step ${steps} of both builds.`;
        return true;
      }
      if (action === 'play-build') {
        for (let i = 1; i <= maxSteps(); i++) {
          steps = i;
          draw();
          await new Promise((r) => setTimeout(r, 450));
        }
        status.textContent = 'Both builds shown.';
        return true;
      }
      return common(action);
    },
  };
}
