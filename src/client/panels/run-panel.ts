import { h } from '../dom.ts';
import { formatSeconds } from '../format.ts';
import type { RunView } from '../report-view.ts';
import { figure, placeholder } from './placeholder.ts';

/** `docker run` and `docker stop`: does it start, what PID 1 is, who it runs as, and what a stop does. */
export function renderRun(body: HTMLElement, run: RunView | undefined): void {
  if (!run) {
    body.replaceChildren(placeholder('The run simulation is not available yet: whether the container starts, its PID 1 and what `docker stop` does will appear here.'));
    return;
  }
  const stop = run.stop;
  body.replaceChildren(
    run.started
      ? h('p', { class: 'ok', data: { started: 'true' } }, 'The container starts.')
      : h('p', { class: 'problem', data: { started: 'false' } }, `The container does not start${run.error ? `: ${run.error.message} (exit code ${run.error.exitCode})` : '.'}`),
    h(
      'dl',
      { class: 'figures' },
      figure('PID 1', run.pid1.argv.join(' ') || '(nothing)', run.pid1.shell ? '— a shell, not your app' : undefined),
      figure('User', `${run.user.name} (uid ${run.user.uid})`, run.user.uid === 0 ? '— root' : undefined),
    ),
    stop
      ? h(
          'div',
          { class: 'stop', data: { stopSeconds: String(stop.seconds) } },
          h('h3', {}, h('code', {}, 'docker stop')),
          h(
            'p',
            {},
            `Sends ${stop.signal}; ${stop.reachedApp ? 'your app receives it' : 'your app never receives it'}. Stopped after ${formatSeconds(stop.seconds)} with exit code ${stop.exitCode}.`,
          ),
          h(
            'ol',
            { class: 'timeline' },
            ...stop.timeline.map((event) => h('li', {}, h('span', { class: 'timeline-time' }, formatSeconds(event.seconds)), ' ', event.event)),
          ),
        )
      : h('p', { class: 'muted' }, 'No stop simulated.'),
  );
}
