import { fill, h, inlineCode } from '../dom.ts';
import { formatSeconds } from '../format.ts';
import type { BuildStepView, BuildView, StepStatus } from '../report-view.ts';
import { placeholder } from './placeholder.ts';

const statusWord: Record<StepStatus, string> = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', failed: 'FAILED' };

function stepsTable(steps: readonly BuildStepView[], caption: string): HTMLElement {
  return h(
    'table',
    { class: 'steps' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Cache'), h('th', { attrs: { scope: 'col' } }, 'Step'), h('th', { attrs: { scope: 'col', class: 'num' } }, 'Time'))),
    h(
      'tbody',
      {},
      ...steps.map((step) =>
        h(
          'tr',
          { class: `step step-${step.status}`, data: { status: step.status, line: String(step.line) } },
          h('td', {}, h('span', { class: `badge badge-${step.status}` }, statusWord[step.status])),
          h('td', {}, h('code', { class: 'step-instruction' }, step.name), step.reason && h('div', { class: 'muted step-reason' }, step.reason)),
          h('td', { class: 'num' }, formatSeconds(step.seconds)),
        ),
      ),
    ),
  );
}

function failure(build: BuildView): HTMLElement[] {
  const error = build.error;
  if (!error) return [h('p', { class: 'problem', data: { buildOk: 'false' } }, 'The build fails.')];
  return [
    h('p', { class: 'problem', data: { buildOk: 'false' } }, `The build fails at line ${error.line}: ${error.message}`),
    ...(error.output.length > 0 ? [h('pre', { class: 'output', attrs: { tabindex: '0' } }, error.output.join('\n'))] : []),
    h('p', {}, ...inlineCode(error.explanation)),
  ];
}

/** BuildKit-style steps with CACHED / RUN / SKIPPED / FAILED and seconds, skipped stages, the error, the log. */
export function renderBuild(body: HTMLElement, build: BuildView | undefined): void {
  if (!build) {
    fill(body, placeholder('The build simulation is not available: steps, cache hits and times will appear here.'));
    return;
  }
  const skipped = build.stages.filter((stage) => !stage.built);
  fill(body, 
    ...(build.ok ? [h('p', { class: 'ok', data: { buildOk: 'true' } }, `Builds in about ${formatSeconds(build.totalSeconds)} (an estimate).`)] : failure(build)),
    stepsTable(build.steps, 'Build steps'),
    ...skipped.map((stage) => h('p', { class: 'muted', data: { skippedStage: stage.name } }, `Stage ${stage.name} (line ${stage.line}) is not built: ${stage.reason ?? 'not needed'}.`)),
    h('details', { class: 'log' }, h('summary', {}, 'Build log'), h('pre', { attrs: { tabindex: '0' } }, build.log)),
  );
}

/**
 * The rebuild after the exercise's change (the engine builds again with the first build's cache): what the cache
 * kept and why the first miss missed.
 */
export function renderRebuild(result: HTMLElement, label: string, first: BuildView, rebuild: BuildView | undefined): void {
  if (!rebuild) {
    fill(result, 
      h('p', { class: 'muted', data: { rebuild: 'none' } }, first.ok ? 'The engine did not report a rebuild.' : 'The first build fails, so there is nothing to rebuild yet.'),
    );
    return;
  }
  const { steps } = rebuild;
  const kept = steps.filter((s) => s.status === 'cached').length;
  const firstMiss = steps.find((s) => s.status === 'run' || s.status === 'failed');
  fill(result, 
    h(
      'div',
      { class: 'rebuild-result', data: { rebuild: 'done', kept: String(kept) } },
      h('h3', {}, `After you ${label}`),
      h('p', {}, `The cache kept ${kept} of ${steps.length} steps; the rebuild takes about ${formatSeconds(rebuild.totalSeconds)}.`),
      firstMiss
        ? h(
            'p',
            { data: { firstMiss: String(firstMiss.line) } },
            h('strong', {}, 'First miss: '),
            h('code', {}, firstMiss.name),
            firstMiss.reason ? ` — ${firstMiss.reason}` : '',
          )
        : h('p', {}, 'Every step came from the cache.'),
      stepsTable(steps, `Steps of the rebuild after you ${label}`),
    ),
  );
}
