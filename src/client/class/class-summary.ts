/**
 * A class summary from the learners' exported progress files (the format of src/client/storage/progress-file.ts,
 * validated by its parser): who solved which exercise, and when; who has work saved but not solved; what each
 * exercise's solve rate is. Files that are not progress files are listed with the reason, never half-read.
 */
import type { ProgressFile } from '../storage/progress-file.ts';
import type { LessonInfo } from './class-link.ts';
import { exerciseKeys } from './class-link.ts';

export type ParsedFile = { readonly name: string; readonly ok: true; readonly file: ProgressFile } | { readonly name: string; readonly ok: false; readonly message: string };

export type Cell = { readonly kind: 'solved'; readonly at: string } | { readonly kind: 'started'; readonly savedAt: number } | { readonly kind: 'none' };

export interface SummaryRow {
  /** The learner, as the file is named (exports are `shipshape-progress-<date>.json`; ask learners to add their name). */
  readonly learner: string;
  readonly exportedAt: string;
  readonly cells: readonly Cell[];
  readonly solved: number;
}

export interface ClassSummary {
  readonly columns: readonly { readonly key: string; readonly lesson: string; readonly title: string }[];
  readonly rows: readonly SummaryRow[];
  /** Learners who solved each column. */
  readonly solvedBy: readonly number[];
  readonly refused: readonly { readonly name: string; readonly message: string }[];
  /** Files that were the same learner's twice (same name): the newest export is kept. */
  readonly duplicates: readonly string[];
}

export const MAX_FILES = 300;

function learnerName(fileName: string): string {
  return fileName.replace(/\.json$/i, '').replace(/^shipshape-progress-?/, '') || fileName;
}

export function summarise(files: readonly ParsedFile[], lessons: readonly LessonInfo[]): ClassSummary {
  const columns = exerciseKeys(lessons).map((c) => ({ key: c.key, lesson: c.lesson.title, title: c.title }));
  const refused = files.flatMap((f) => (f.ok ? [] : [{ name: f.name, message: f.message }]));
  const newest = new Map<string, { name: string; file: ProgressFile }>();
  const duplicates: string[] = [];
  for (const f of files) {
    if (!f.ok) continue;
    const learner = learnerName(f.name);
    const before = newest.get(learner);
    if (before) duplicates.push(f.name);
    if (!before || before.file.exportedAt < f.file.exportedAt) newest.set(learner, { name: f.name, file: f.file });
  }
  const rows: SummaryRow[] = [...newest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([learner, { file }]) => {
      const cells: Cell[] = columns.map(({ key }) => {
        const at = file.solved[key];
        if (at) return { kind: 'solved', at };
        const work = file.work[key];
        return work ? { kind: 'started', savedAt: work.savedAt } : { kind: 'none' };
      });
      return { learner, exportedAt: file.exportedAt, cells, solved: cells.filter((c) => c.kind === 'solved').length };
    });
  const solvedBy = columns.map((_, i) => rows.filter((r) => r.cells[i]!.kind === 'solved').length);
  return { columns, rows, solvedBy, refused, duplicates };
}

/** One CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function summaryCsv(summary: ClassSummary): string {
  const header = ['learner', 'exported at', 'solved', ...summary.columns.map((c) => c.key)];
  const lines = [header, ...summary.rows.map((r) => [r.learner, r.exportedAt, String(r.solved), ...r.cells.map((c) => (c.kind === 'solved' ? c.at : c.kind === 'started' ? 'started' : ''))])];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
