/**
 * Where the terminal reads the project from: the workbench on the same page. Its payload (embedded JSON) gives
 * the build context and the editable files' starting text; the learner's current text comes, in order of
 * freshness, from the open editor's models, from the work saved in this browser, or from the starting files.
 */
import type { Workspace } from '../../engine/terminal/index.ts';
import type { WorkbenchPayload } from '../../lessons/workbench-payload.ts';
import { readItem } from '../storage/safe-storage.ts';
import { parseSavedWork, workKey } from '../storage/work-store.ts';

interface ModelLike {
  getValue(): string;
}

/** The workbench's editor handle (workbench-editor.ts puts `{ editor, models }` on its root). */
type WorkbenchRoot = HTMLElement & { shipshape?: { models?: ReadonlyMap<string, ModelLike> } };

export function readPayload(root: HTMLElement): WorkbenchPayload | undefined {
  const script = root.querySelector('[data-workbench-data]');
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as WorkbenchPayload) : undefined;
  } catch {
    return undefined;
  }
}

/** The editable files as the learner has them now. */
export function currentFiles(root: HTMLElement, payload: WorkbenchPayload): Record<string, string> {
  const models = (root as WorkbenchRoot).shipshape?.models;
  if (models && models.size > 0) {
    const files: Record<string, string> = {};
    for (const [file, model] of models) files[file] = model.getValue();
    return files;
  }
  const saved = parseSavedWork(readItem(workKey(payload.key)))?.files;
  const files: Record<string, string> = {};
  for (const file of payload.editable) files[file] = saved?.[file] ?? payload.files[file] ?? '';
  return files;
}

/** The folder name a project gets in the terminal (`docker compose` names its project after it). */
export function projectName(payload: WorkbenchPayload): string {
  const last = payload.key.split('/').pop() ?? 'app';
  return last.replace(/[^a-z0-9_-]/g, '') || 'app';
}

export function workspaceOf(root: HTMLElement): () => Workspace {
  const payload = readPayload(root);
  return () => {
    if (!payload) return { files: {}, context: [] };
    return { files: currentFiles(root, payload), context: payload.context, projectName: projectName(payload) };
  };
}

/** Files with text, for running the project itself (WebContainer): editable files over the context's small ones. */
export function runnableFiles(workspace: Workspace): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of workspace.context) if ((entry.kind === undefined || entry.kind === 'file') && entry.content !== undefined) files[entry.path] = entry.content;
  return { ...files, ...workspace.files };
}
