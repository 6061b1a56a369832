import type { Finding } from '../engine/index.ts';

/**
 * Renders findings as a list. Everything a learner typed reaches the page through `textContent` only, never as
 * HTML, so a Dockerfile containing `<script>` stays inert text.
 */
export function renderFindings(
  list: HTMLElement,
  findings: readonly Finding[],
  reveal: (line: number, column: number) => void,
): void {
  const items = findings.map((finding) => {
    const item = document.createElement('li');
    item.className = `finding finding-${finding.severity}`;
    item.dataset.code = finding.code;

    const head = document.createElement('div');
    head.className = 'finding-head';
    const badge = document.createElement('span');
    badge.className = 'finding-severity';
    badge.textContent = finding.severity;
    const code = document.createElement('code');
    code.className = 'finding-code';
    code.textContent = finding.code;
    const where = document.createElement('button');
    where.type = 'button';
    where.className = 'finding-line';
    where.textContent = `line ${finding.range.start.line}`;
    where.setAttribute('aria-label', `Go to line ${finding.range.start.line}`);
    where.addEventListener('click', () => reveal(finding.range.start.line, finding.range.start.column));
    head.append(badge, code, where);

    const message = document.createElement('p');
    message.className = 'finding-message';
    message.textContent = finding.message;
    item.append(head, message);
    if (finding.explanation) {
      const why = document.createElement('p');
      why.className = 'finding-why muted';
      why.textContent = finding.explanation;
      item.append(why);
    }
    return item;
  });
  list.replaceChildren(...items);
}
