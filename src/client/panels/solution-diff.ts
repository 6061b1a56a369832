import { h } from '../dom.ts';
import type { Files } from '../storage/work-store.ts';

/**
 * "Show solution" as a line diff from the learner's files to the solution, so they see what to change rather than
 * a file to copy. The `diff` package (jsdiff) is loaded only when asked for.
 */
export async function solutionDiff(mine: Files, solution: Files, order: readonly string[]): Promise<HTMLElement> {
  const { diffLines } = await import('diff');
  const sections = order
    .filter((file) => solution[file] !== undefined)
    .map((file) => {
      const parts = diffLines(mine[file] ?? '', solution[file] ?? '');
      const same = parts.every((p) => !p.added && !p.removed);
      const lines = parts.flatMap((part) => {
        const sign = part.added ? '+' : part.removed ? '-' : ' ';
        const cls = part.added ? 'diff-add' : part.removed ? 'diff-del' : 'diff-same';
        return part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => h('span', { class: cls }, `${sign} ${line}\n`));
      });
      return h(
        'section',
        { class: 'diff-file', data: { file } },
        h('h3', {}, h('code', {}, file), same ? ' — already the same as the solution' : ''),
        h('pre', { class: 'diff', attrs: { tabindex: '0' } }, ...lines),
      );
    });
  return h(
    'div',
    { data: { solutionDiff: '' } },
    h('p', { class: 'muted' }, 'Lines with + are in the solution, lines with − are in your file.'),
    ...sections,
  );
}
