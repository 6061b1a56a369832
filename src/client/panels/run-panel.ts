import { fill, h, inlineCode } from '../dom.ts';
import { formatSeconds } from '../format.ts';
import type { RunView } from '../report-view.ts';
import { figure, placeholder } from './placeholder.ts';

function list(items: readonly string[], className: string): HTMLElement | false {
  return items.length > 0 && h('ul', { class: className }, ...items.map((text) => h('li', {}, ...inlineCode(text))));
}

function stopSection(stop: NonNullable<RunView['stop']>): HTMLElement {
  const took = stop.seconds === undefined ? '' : ` It stops after ${formatSeconds(stop.seconds)}`;
  const code = stop.exitCode === undefined ? '' : ` with exit code ${stop.exitCode}${stop.killed ? ' (killed)' : ''}`;
  return h(
    'div',
    { class: 'stop', data: { reachedApp: String(stop.reachedApp), stopSeconds: stop.seconds === undefined ? '' : String(stop.seconds) } },
    h('h3', {}, h('code', {}, 'docker stop')),
    h('p', {}, `Sends ${stop.signal}; ${stop.reachedApp ? 'your app receives it' : 'your app never receives it'}.${took}${code}${took || code ? '.' : ''}`),
    h('ol', { class: 'timeline' }, ...stop.timeline.map((event) => h('li', {}, h('span', { class: 'timeline-time' }, formatSeconds(event.seconds)), ' ', event.event))),
    h('p', {}, ...inlineCode(stop.explanation)),
  );
}

/** `docker run` and `docker stop`: does it start, what PID 1 is, who it runs as, what a stop does, and why. */
export function renderRun(body: HTMLElement, run: RunView | undefined, buildOk: boolean): void {
  if (!run) {
    fill(body, placeholder(buildOk ? 'The run simulation is not available.' : 'Nothing to run yet: the build fails (see the Build tab).'));
    return;
  }
  const user = run.user.name === undefined ? `uid ${run.user.uid}` : `${run.user.name} (uid ${run.user.uid})`;
  fill(body, 
    run.started
      ? h('p', { class: 'ok', data: { started: 'true' } }, run.running ? 'The container starts and keeps running.' : 'The container starts.')
      : h('p', { class: 'problem', data: { started: 'false' } }, `The container does not start${run.error ? `: ${run.error.message} (exit code ${run.error.exitCode})` : '.'}`),
    run.error && run.error.output.length > 0 && h('pre', { class: 'output', attrs: { tabindex: '0' } }, run.error.output.join('\n')),
    run.error && h('p', {}, ...inlineCode(run.error.explanation)),
    run.exit && h('p', { data: { exitCode: String(run.exit.code) } }, `It exits by itself with code ${run.exit.code}: ${run.exit.reason}`),
    h(
      'dl',
      { class: 'figures' },
      figure('PID 1', run.pid1.argv.join(' ') || '(nothing)', run.pid1.shell ? `— ${run.pid1.shell}, a shell, not your app` : undefined),
      figure('User', user, run.user.uid === 0 ? '— root' : undefined),
      figure('Working directory', run.workdir),
    ),
    h('p', {}, ...inlineCode(run.pid1.explanation)),
    list(run.explanations, 'explanations'),
    run.stop ? stopSection(run.stop) : h('p', { class: 'muted' }, 'No stop simulated.'),
    run.health && h('p', { data: { health: run.health.status } }, h('strong', {}, `Health: ${run.health.status}. `), ...inlineCode(run.health.reason)),
    run.memory && h('p', {}, h('strong', {}, 'Memory: '), ...inlineCode(run.memory.explanation)),
    list(run.warnings, 'warnings'),
  );
}
