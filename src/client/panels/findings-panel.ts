import type { Diagnostic, Finding } from '../../engine/index.ts';
import { fill, h, inlineCode } from '../dom.ts';

export interface FindingActions {
  reveal(line: number, column: number): void;
  applyFix(finding: Finding): void;
}

/** Where a rule's page lives; every finding links there. */
export const rulePath = (ruleId: string): string => `/rules/${encodeURIComponent(ruleId)}/`;

function findingItem(finding: Finding, actions: FindingActions): HTMLElement {
  const { line, column } = finding.range.start;
  const codes = (finding as Finding & { reportedAs?: readonly { code: string }[] }).reportedAs?.map((r) => r.code) ?? [finding.code];
  return h(
    'li',
    { class: `finding finding-${finding.severity}`, data: { code: finding.code, rule: finding.ruleId } },
    h(
      'div',
      { class: 'finding-head' },
      h('span', { class: 'finding-severity' }, finding.severity),
      h('code', { class: 'finding-code' }, codes.join(' · ')),
      h('button', { class: 'link-button finding-line', attrs: { type: 'button', 'aria-label': `Go to line ${line}` }, on: { click: () => actions.reveal(line, column) } }, `line ${line}`),
    ),
    h('p', { class: 'finding-message' }, ...inlineCode(finding.message)),
    finding.explanation && h('p', { class: 'finding-why' }, h('strong', {}, 'Why: '), ...inlineCode(finding.explanation)),
    finding.suggestion && h('p', { class: 'finding-why' }, h('strong', {}, 'What to do: '), ...inlineCode(finding.suggestion)),
    h(
      'div',
      { class: 'finding-actions' },
      finding.fix &&
        h('button', { class: 'button small', data: { fix: finding.code }, attrs: { type: 'button' }, on: { click: () => actions.applyFix(finding) } }, `Fix: ${finding.fix.title}`),
      h('a', { attrs: { href: rulePath(finding.ruleId) } }, `About ${finding.code}`, h('span', { class: 'visually-hidden' }, ` (rule ${finding.ruleId})`)),
    ),
  );
}

function diagnosticItem(diagnostic: Diagnostic, actions: FindingActions): HTMLElement {
  const { line, column } = diagnostic.range.start;
  return h(
    'li',
    { class: `finding finding-${diagnostic.severity}`, data: { diagnostic: diagnostic.code } },
    h(
      'div',
      { class: 'finding-head' },
      h('span', { class: 'finding-severity' }, diagnostic.severity === 'error' ? 'does not parse' : 'parser warning'),
      h('code', { class: 'finding-code' }, diagnostic.code),
      h('button', { class: 'link-button finding-line', attrs: { type: 'button', 'aria-label': `Go to line ${line}` }, on: { click: () => actions.reveal(line, column) } }, `line ${line}`),
    ),
    h('p', { class: 'finding-message' }, diagnostic.message),
  );
}

/**
 * Parser diagnostics first (a file BuildKit rejects), then findings as a list: severity, what, why, what to do, a Fix button when the rule offers one, and a link to the
 * rule's page. Everything goes through text nodes (see dom.ts), so a finding quoting the learner's `<script>` stays
 * text.
 */
export function renderFindings(
  body: HTMLElement,
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  actions: FindingActions,
): void {
  if (findings.length === 0 && diagnostics.length === 0) {
    fill(body, h('p', { class: 'muted', data: { findingsEmpty: '' } }, 'Nothing to flag. Well done.'));
    return;
  }
  fill(body, 
    h(
      'ul',
      { class: 'findings', data: { findings: '' } },
      ...diagnostics.map((d) => diagnosticItem(d, actions)),
      ...findings.map((f) => findingItem(f, actions)),
    ),
  );
}
