import { fill, h, inlineCode } from '../dom.ts';
import { fillKeyed, setText, type Keyed } from './fill-keyed.ts';
import { formatSeconds } from '../format.ts';
import type { BuildStepView, BuildView, StepStatus } from '../report-view.ts';
import { placeholder } from './placeholder.ts';

const statusWord: Record<StepStatus, string> = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', failed: 'FAILED' };

function stepRow(step: BuildStepView): HTMLElement {
  return h(
    'tr',
    { class: `step step-${step.status}`, data: { status: step.status, line: String(step.line) } },
    h('td', {}, h('span', { class: `badge badge-${step.status}` }, statusWord[step.status])),
    h('td', {}, h('code', { class: 'step-instruction' }, step.name), step.reason && h('div', { class: 'muted step-reason' }, step.reason)),
    h('td', { class: 'num' }, formatSeconds(step.seconds)),
  );
}

/** A steps table; typing changes one step at a time, so its rows are redrawn one by one (see fillKeyed). */
function stepsTable(caption: string): HTMLTableElement {
  return h(
    'table',
    { class: 'steps' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Cache'), h('th', { attrs: { scope: 'col' } }, 'Step'), h('th', { attrs: { scope: 'col', class: 'num' } }, 'Time'))),
    h('tbody', {}),
  );
}

function fillSteps(table: HTMLTableElement, steps: readonly BuildStepView[]): void {
  // The key is what a row shows (not the step's cache key, which changes for every step after an edited one).
  const key = (step: BuildStepView): string => JSON.stringify([step.status, step.line, step.name, step.reason, step.seconds]);
  fillKeyed(table.tBodies[0]!, steps.map((step) => ({ key: key(step), build: () => stepRow(step) })));
}

function failure(build: BuildView): Keyed[] {
  const error = build.error;
  if (!error) return [{ key: 'fails', build: () => h('p', { class: 'problem', data: { buildOk: 'false' } }, 'The build fails.') }];
  const message = `The build fails at line ${error.line}: ${error.message}`;
  return [
    { key: `fails ${message}`, build: () => h('p', { class: 'problem', data: { buildOk: 'false' } }, message) },
    ...(error.output.length > 0 ? [{ key: `output ${JSON.stringify(error.output)}`, build: () => h('pre', { class: 'output', attrs: { tabindex: '0' } }, error.output.join('\n')) }] : []),
    { key: `why ${error.explanation}`, build: () => h('p', {}, ...inlineCode(error.explanation)) },
  ];
}

/**
 * BuildKit-style steps with CACHED / RUN / SKIPPED / FAILED and seconds, skipped stages, the error, the log. Redrawn
 * on every keystroke, so only what changed is rebuilt; the log keeps its open or closed state.
 */
export function renderBuild(body: HTMLElement, build: BuildView | undefined): void {
  if (!build) {
    fill(body, placeholder('The build simulation is not available: steps, cache hits and times will appear here.'));
    return;
  }
  const total = `Builds in about ${formatSeconds(build.totalSeconds)} (an estimate).`;
  const skipped = build.stages.filter((stage) => !stage.built);
  const nodes = fillKeyed(body, [
    ...(build.ok ? [{ key: `ok ${total}`, build: () => h('p', { class: 'ok', data: { buildOk: 'true' } }, total) }] : failure(build)),
    { key: 'steps', build: () => stepsTable('Build steps') },
    ...skipped.map((stage) => {
      const text = `Stage ${stage.name} (line ${stage.line}) is not built: ${stage.reason ?? 'not needed'}.`;
      return { key: `skipped ${stage.name} ${text}`, build: () => h('p', { class: 'muted', data: { skippedStage: stage.name } }, text) };
    }),
    { key: 'log', build: () => h('details', { class: 'log' }, h('summary', {}, 'Build log'), h('pre', { attrs: { tabindex: '0' } })) },
  ]);
  fillSteps(nodes.find((node): node is HTMLTableElement => node instanceof HTMLTableElement)!, build.steps);
  setText((nodes.at(-1) as HTMLElement).querySelector('pre')!, build.log);
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
  const table = stepsTable(`Steps of the rebuild after you ${label}`);
  fillSteps(table, steps);
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
      table,
    ),
  );
}
