/**
 * `/class/summary/`: the facilitator drops the learners' progress files; each is validated (the player's own
 * parser, loaded with zod only here) and the class table appears — learners by exercise, solved marks and dates,
 * how many solved each. Files are read in the browser; nothing is uploaded anywhere.
 */
import { fill, h } from '../dom.ts';
import { parseProgressFile } from '../storage/progress-file.ts';
import type { LessonInfo } from './class-link.ts';
import { parseClassParam } from './class-link.ts';
import { MAX_FILES, summarise, summaryCsv } from './class-summary.ts';
import type { ClassSummary, ParsedFile } from './class-summary.ts';

function course(): LessonInfo[] {
  try {
    return JSON.parse(document.querySelector('[data-course]')?.textContent ?? '[]') as LessonInfo[];
  } catch {
    return [];
  }
}

function table(summary: ClassSummary): HTMLElement {
  return h(
    'table',
    { class: 'class-summary', data: { learners: String(summary.rows.length) } },
    h('caption', {}, `${summary.rows.length} learner${summary.rows.length === 1 ? '' : 's'}, ${summary.columns.length} exercise${summary.columns.length === 1 ? '' : 's'}`),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Learner'), ...summary.columns.map((c) => h('th', { attrs: { scope: 'col', title: c.lesson } }, c.title)), h('th', { attrs: { scope: 'col', class: 'num' } }, 'Solved')),
    ),
    h(
      'tbody',
      {},
      ...summary.rows.map((row) =>
        h(
          'tr',
          { data: { learner: row.learner } },
          h('th', { attrs: { scope: 'row' } }, row.learner),
          ...row.cells.map((cell) =>
            h('td', { class: `cell-${cell.kind}` }, cell.kind === 'solved' ? `✓ ${new Date(cell.at).toLocaleString()}` : cell.kind === 'started' ? 'started' : '—'),
          ),
          h('td', { class: 'num' }, `${row.solved} / ${summary.columns.length}`),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h('tr', {}, h('th', { attrs: { scope: 'row' } }, 'Solved by'), ...summary.solvedBy.map((n) => h('td', {}, `${n} of ${summary.rows.length}`)), h('td', {}, '')),
    ),
  );
}

export function startSummaryPage(): void {
  const input = document.querySelector<HTMLInputElement>('[data-summary-files]');
  const drop = document.querySelector<HTMLElement>('[data-summary-drop]');
  const out = document.querySelector<HTMLElement>('[data-summary-result]');
  const status = document.querySelector<HTMLElement>('[data-summary-status]');
  if (!input || !out || !status) return;
  const plan = parseClassParam(new URLSearchParams(location.search).get('lessons'), course());
  const lessons = plan.lessons.length > 0 ? plan.lessons : course();
  const parsed: ParsedFile[] = [];

  const draw = (): void => {
    const summary = summarise(parsed, lessons);
    const csv = h('button', { class: 'button secondary small', attrs: { type: 'button' } }, 'Download as CSV');
    csv.addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([summaryCsv(summary)], { type: 'text/csv' }));
      const a = h('a', { attrs: { href: url, download: 'class-summary.csv' } });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    fill(
      out,
      summary.rows.length > 0 ? table(summary) : h('p', { class: 'muted' }, 'No progress file read yet.'),
      summary.rows.length > 0 ? csv : null,
      summary.refused.length > 0
        ? h('div', { class: 'class-refused', data: { refused: String(summary.refused.length) } }, h('h3', {}, 'Files not read'), h('ul', {}, ...summary.refused.map((r) => h('li', {}, h('strong', {}, r.name), ': ', r.message))))
        : null,
      summary.duplicates.length > 0 ? h('p', { class: 'muted' }, `Same learner twice (the newest export is kept): ${summary.duplicates.join(', ')}`) : null,
    );
    status.textContent = `${summary.rows.length} learner${summary.rows.length === 1 ? '' : 's'} read, ${summary.refused.length} file${summary.refused.length === 1 ? '' : 's'} refused.`;
  };

  const read = async (files: readonly File[]): Promise<void> => {
    for (const file of files.slice(0, Math.max(0, MAX_FILES - parsed.length))) {
      const text = file.size > 5_000_000 ? '' : await file.text();
      const result = file.size > 5_000_000 ? { ok: false as const, message: 'The file is larger than any progress file Shipshape writes.' } : parseProgressFile(text);
      parsed.push(result.ok ? { name: file.name, ok: true, file: result.file } : { name: file.name, ok: false, message: result.message });
    }
    if (files.length + parsed.length > MAX_FILES) status.textContent = `Only the first ${MAX_FILES} files are read.`;
    draw();
  };

  input.addEventListener('change', () => {
    void read(Array.from(input.files ?? []));
    input.value = '';
  });
  drop?.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.dataset.over = 'true';
  });
  drop?.addEventListener('dragleave', () => delete drop.dataset.over);
  drop?.addEventListener('drop', (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    void read(Array.from(event.dataTransfer?.files ?? []));
  });
  document.querySelector('[data-summary-clear]')?.addEventListener('click', () => {
    parsed.length = 0;
    draw();
  });
  draw();
}
