import type { ContextEntry, DeclaredChange, WorkbenchPayload } from '../lessons/workbench-payload.ts';
import type { AnalyzeRequest } from './report-view.ts';
import type { Files } from './storage/work-store.ts';

export function languageOf(file: string): string {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (isDockerfile(file)) return 'dockerfile';
  return 'plaintext';
}

export function isDockerfile(file: string): boolean {
  return /(^|\/)(Dockerfile|Containerfile)([.-][^/]*)?$/.test(file) || file.endsWith('.Dockerfile');
}

export function dockerfileOf(payload: WorkbenchPayload): string {
  return payload.editable.find(isDockerfile) ?? payload.editable[0]!;
}

/**
 * The build context the engine sees: the learner's editable files (at the context root, as they are now) plus the
 * exercise's other files. With a declared change, that file gets the change appended — the "developer edits
 * src/index.js" the rebuild button simulates. Assembling the input is all the site does; what it means for the
 * build is the engine's business.
 */
export function contextEntries(payload: WorkbenchPayload, files: Files, change?: DeclaredChange): ContextEntry[] {
  const entries: ContextEntry[] = [
    ...payload.editable.map((path) => ({ path, content: files[path] ?? '' })),
    ...payload.context,
  ];
  if (!change) return entries;
  return entries.map((entry) =>
    entry.path === change.path && entry.content !== undefined ? { path: entry.path, content: entry.content + change.append } : entry,
  );
}

export function analysisInput(
  payload: WorkbenchPayload,
  files: Files,
  extra: { readonly change?: DeclaredChange; readonly previousCache?: unknown } = {},
): AnalyzeRequest {
  const dockerfilePath = dockerfileOf(payload);
  return {
    dockerfile: files[dockerfilePath] ?? '',
    dockerfilePath,
    files,
    context: contextEntries(payload, files, extra.change),
    checks: payload.checks,
    ...(extra.previousCache === undefined ? {} : { previousCache: extra.previousCache }),
  };
}
