/**
 * The Compose panel: what `docker compose up -d` did with the learner's compose file — the outcome, the services in
 * the order Compose starts them (with each container's fate), who can reach whom, the published ports, where the
 * data lives and what `down` / `down -v` do to it, the limits, and the timeline. And a short Kubernetes panel for
 * manifests. DOM is built with `h`, text only (values from the learner's file are never markup).
 */
import { fill, h, inlineCode } from '../dom.ts';
import type { ComposeAnalysis, Report } from '../../engine/index.ts';
import { composeView } from './compose-view.ts';
import type { ComposeView } from './compose-view.ts';

function section(title: string, ...children: (Node | false | undefined)[]): HTMLElement {
  return h('section', { class: 'compose-section' }, h('h3', {}, title), ...children);
}

function mark(ok: boolean): HTMLElement {
  return h('span', { class: ok ? 'ok' : 'problem', attrs: { 'aria-hidden': 'true' } }, ok ? '✓ ' : '✗ ');
}

function services(view: ComposeView): HTMLElement {
  return section(
    'Start order',
    h(
      'ol',
      { class: 'compose-services' },
      ...view.services.map((s) =>
        h(
          'li',
          { data: { service: s.service, state: s.state } },
          mark(s.ok),
          h('strong', {}, s.service),
          ` — ${s.stateText}${s.position === undefined ? '' : ` (starts ${ordinal(s.position)})`}`,
          h('p', { class: 'muted' }, ...inlineCode(s.reason)),
          s.containers.length > 0 &&
            h(
              'ul',
              { class: 'compose-containers' },
              ...s.containers.map((c) =>
                h('li', {}, h('code', {}, c.name), ` ${c.status}`, c.ports.length > 0 && ` — ${c.ports.join(', ')}`, c.restarts > 0 && ` — ${c.restarts} restart${c.restarts === 1 ? '' : 's'}`),
              ),
            ),
        ),
      ),
    ),
  );
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function connections(view: ComposeView): HTMLElement | false {
  if (view.connections.length === 0) return false;
  return section(
    'Connections',
    h(
      'ul',
      { class: 'compose-connections' },
      ...view.connections.map((c) =>
        h('li', { data: { from: c.from, to: c.to, ok: String(c.ok) } }, mark(c.ok), h('strong', {}, `${c.from} → ${c.to}`), ' ', h('code', {}, c.via), h('p', { class: 'muted' }, ...inlineCode(c.text))),
      ),
    ),
  );
}

function ports(view: ComposeView): HTMLElement | false {
  if (view.ports.length === 0) return false;
  return section('Published ports', h('ul', {}, ...view.ports.map((p) => h('li', {}, mark(p.ok), h('code', {}, p.text), ` — ${p.note}`))));
}

function volumes(view: ComposeView): HTMLElement | false {
  if (view.volumes.length === 0) return false;
  return section(
    'Data',
    h(
      'table',
      { class: 'compose-volumes' },
      h('thead', {}, h('tr', {}, ...['Volume', 'Kind', 'Used by', 'After down', 'After down -v'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
      h(
        'tbody',
        {},
        ...view.volumes.map((v) =>
          h(
            'tr',
            { data: { volume: v.name } },
            h('td', {}, h('code', {}, v.name)),
            h('td', {}, v.kind),
            h('td', {}, v.usedBy.join(', ')),
            h('td', {}, v.afterDown),
            h('td', { class: v.afterDownV === 'deleted' ? 'problem' : '' }, v.afterDownV),
          ),
        ),
      ),
    ),
  );
}

function limits(view: ComposeView): HTMLElement | false {
  if (view.limits.length === 0) return false;
  return section(
    'Resource limits',
    h(
      'ul',
      { class: 'compose-limits' },
      ...view.limits.map((l) =>
        h('li', {}, mark(l.ok), h('strong', {}, l.service), ` — memory ${l.memory}, CPUs ${l.cpus}`, h('ul', { class: 'muted' }, ...l.notes.map((n) => h('li', {}, ...inlineCode(n))))),
      ),
    ),
  );
}

function timeline(view: ComposeView): HTMLElement | false {
  if (view.timeline.length === 0) return false;
  return h(
    'details',
    { class: 'compose-timeline' },
    h('summary', {}, `Timeline (${view.timeline.length} events)`),
    h('ol', { class: 'timeline' }, ...view.timeline.map((t) => h('li', {}, h('span', { class: 'timeline-time' }, t.at), ' ', t.text))),
  );
}

/** `docker compose up -d`, simulated. `compose` is `report.compose`; undefined when the exercise has no compose file. */
export function renderCompose(body: HTMLElement, compose: ComposeAnalysis | undefined): void {
  if (!compose) {
    fill(body, h('p', { class: 'muted placeholder', data: { placeholder: '' } }, 'There is no compose file in this exercise.'));
    return;
  }
  const view = composeView(compose);
  fill(
    body,
    h('p', { class: view.outcome.ok ? 'ok' : 'problem', data: { composeUp: view.outcome.ok ? 'ok' : 'failed' } }, ...inlineCode(view.outcome.text)),
    view.problems.length > 0 && h('ul', { class: 'compose-problems' }, ...view.problems.map((p) => h('li', { class: p.severity === 'error' ? 'problem' : 'warning' }, p.text))),
    services(view),
    connections(view),
    ports(view),
    volumes(view),
    limits(view),
    view.notes.length > 0 && section('Notes', h('ul', { class: 'muted' }, ...view.notes.map((n) => h('li', {}, ...inlineCode(n))))),
    timeline(view),
  );
}

/** The Kubernetes objects of each manifest and what is missing from them. `manifests` is `report.kubernetes`. */
export function renderManifests(body: HTMLElement, manifests: Report['kubernetes']): void {
  if (manifests.length === 0) {
    fill(body, h('p', { class: 'muted placeholder', data: { placeholder: '' } }, 'There is no Kubernetes manifest in this exercise.'));
    return;
  }
  fill(
    body,
    ...manifests.map((m) =>
      section(
        m.file,
        h('p', {}, m.objects.length === 0 ? 'No Kubernetes objects (no `kind:`).' : m.objects.map((o) => `${o.kind} ${o.name}`).join(', ')),
        ...m.diagnostics.map((d) => h('p', { class: 'problem' }, `Line ${d.range.start.line}: ${d.message}`)),
        m.findings.length === 0
          ? h('p', { class: 'ok' }, 'Nothing missing: requests, memory limit, probes, grace period and image tag are set.')
          : h('ul', {}, ...m.findings.map((f) => h('li', { data: { code: f.code } }, h('code', {}, f.code), ` line ${f.range.start.line}: `, ...inlineCode(f.message)))),
      ),
    ),
  );
}
