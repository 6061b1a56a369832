/**
 * Export and import of progress on the home page. Export writes every solved mark and every saved exercise to a
 * JSON file; import validates the file first (progress-file.ts, loaded on demand with zod) and then merges it:
 * solved marks add up, and saved work is replaced only by newer work, so importing never loses anything newer.
 */
import { PREFIX, listKeys, readItem, writeItem } from './storage/safe-storage.ts';
import { readProgress, writeProgress } from './storage/progress-store.ts';
import { parseSavedWork, workKey } from './storage/work-store.ts';

const WORK_PREFIX = `${PREFIX}work:`;

function exportFile(): string {
  const work: Record<string, { files: Record<string, string>; savedAt: number }> = {};
  for (const key of listKeys(WORK_PREFIX)) {
    const saved = parseSavedWork(readItem(key));
    if (saved) work[key.slice(WORK_PREFIX.length)] = { files: { ...saved.files }, savedAt: saved.savedAt };
  }
  return JSON.stringify({ format: 'shipshape-progress', version: 1, exportedAt: new Date().toISOString(), solved: readProgress().solved, work }, null, 2);
}

async function importFile(text: string): Promise<string> {
  const { parseProgressFile } = await import('./storage/progress-file.ts');
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return `Import refused: ${parsed.message} Nothing was changed.`;
  const { file } = parsed;
  const solved: Record<string, string> = { ...readProgress().solved };
  for (const [key, at] of Object.entries(file.solved)) if (!solved[key] || at < solved[key]!) solved[key] = at;
  let restored = 0;
  let kept = 0;
  for (const [key, work] of Object.entries(file.work)) {
    const local = parseSavedWork(readItem(workKey(key)));
    if (local && local.savedAt >= work.savedAt) {
      kept++;
      continue;
    }
    const result = writeItem(workKey(key), JSON.stringify({ files: work.files, savedAt: work.savedAt, tab: 'import' }));
    if (!result.ok) return `Import stopped: ${result.message} ${restored} exercise(s) were imported before that.`;
    restored++;
  }
  const result = writeProgress({ solved });
  if (!result.ok) return `Import stopped: ${result.message}`;
  const solvedCount = Object.keys(file.solved).length;
  return `Imported ${solvedCount} solved exercise${solvedCount === 1 ? '' : 's'} and ${restored} saved exercise${restored === 1 ? '' : 's'}${kept ? `; kept ${kept} newer one${kept === 1 ? '' : 's'} already in this browser` : ''}.`;
}

export function initProgressTools(): void {
  const root = document.querySelector<HTMLElement>('[data-progress-tools]');
  if (!root) return;
  const message = root.querySelector<HTMLElement>('[data-progress-message]')!;
  root.querySelector('[data-export-progress]')?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([exportFile()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `shipshape-progress-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    message.textContent = 'Progress exported.';
    root.dataset.progressResult = 'exported';
  });
  const input = root.querySelector<HTMLInputElement>('[data-import-progress]');
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    const outcome = await importFile(text);
    message.textContent = outcome;
    root.dataset.progressResult = outcome.startsWith('Imported') ? 'imported' : 'refused';
    input.value = '';
  });
}
