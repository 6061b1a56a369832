import { h } from '../dom.ts';
import { formatSeconds } from '../format.ts';
import type { BuildStepView, BuildView, StepStatus } from '../report-view.ts';
import { placeholder } from './placeholder.ts';

/** The cache comparison the "rebuild" button runs (state kept by the workbench). */
export type RebuildState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly label: string; readonly build: BuildView }
  | { readonly kind: 'failed'; readonly message: string };

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
          h(
            'td',
            {},
            h('span', { class: 'muted' }, `${step.stage ? `[${step.stage}] ` : ''}line ${step.line} `),
            h('code', { class: 'step-instruction' }, step.instruction),
            step.reason && h('div', { class: 'muted step-reason' }, step.reason),
          ),
          h('td', { class: 'num' }, formatSeconds(step.seconds)),
        ),
      ),
    ),
  );
}

function rebuildResult(state: RebuildState): HTMLElement | false {
  switch (state.kind) {
    case 'idle':
      return false;
    case 'running':
      return h('p', { class: 'muted', data: { rebuild: 'running' } }, 'Rebuilding…');
    case 'failed':
      return h('p', { class: 'problem', data: { rebuild: 'failed' } }, state.message);
    case 'done': {
      const { steps } = state.build;
      const kept = steps.filter((s) => s.status === 'cached').length;
      const firstMiss = steps.find((s) => s.status === 'run' || s.status === 'failed');
      return h(
        'div',
        { class: 'rebuild-result', data: { rebuild: 'done', kept: String(kept) } },
        h('h3', {}, `After you ${state.label}`),
        h('p', {}, `The cache kept ${kept} of ${steps.length} steps.`),
        firstMiss
          ? h(
              'p',
              { data: { firstMiss: String(firstMiss.line) } },
              h('strong', {}, 'First miss: '),
              `line ${firstMiss.line} `,
              h('code', {}, firstMiss.instruction),
              firstMiss.reason ? ` — ${firstMiss.reason}` : ' (the engine gave no reason)',
            )
          : h('p', {}, 'Every step came from the cache.'),
        stepsTable(steps, `Steps of the rebuild after you ${state.label}`),
      );
    }
  }
}

/** BuildKit-style steps with CACHED / RUN / SKIPPED and seconds, and the log. */
export function renderBuild(body: HTMLElement, build: BuildView | undefined): void {
  if (!build) {
    body.replaceChildren(placeholder('The build simulation is not available yet: steps, cache hits and times will appear here.'));
    return;
  }
  const total = build.steps.reduce((sum, step) => sum + step.seconds, 0);
  body.replaceChildren(
    build.ok
      ? h('p', { class: 'ok', data: { buildOk: 'true' } }, `Builds in about ${formatSeconds(total)} (estimate).`)
      : h('p', { class: 'problem', data: { buildOk: 'false' } }, `The build fails${build.error ? ` at line ${build.error.line}: ${build.error.message}` : '.'}`),
    stepsTable(build.steps, 'Build steps'),
    h('details', { class: 'log' }, h('summary', {}, 'Build log'), h('pre', { attrs: { tabindex: '0' } }, build.log)),
  );
}

/** The cache comparison's result, under the (static) rebuild button. */
export function renderRebuild(result: HTMLElement, state: RebuildState): void {
  const content = rebuildResult(state);
  result.replaceChildren(...(content ? [content] : []));
}
