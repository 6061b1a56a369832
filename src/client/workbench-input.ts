import { rebuildCheckKinds } from '../engine/grade/rebuild-kinds.ts';
import type { WorkbenchPayload } from '../lessons/workbench-payload.ts';
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


export function gradesRebuild(payload: WorkbenchPayload): boolean {
  return payload.checks.some((check) => rebuildCheckKinds.has(check.kind));
}

/**
 * The engine's input for the learner's files as they are now: the editable files over the exercise's build context,
 * its checks, and — when the rebuild comparison is wanted — its declared change, which the engine applies to a copy
 * of the context and rebuilds with the first build's cache. Assembling the input is all the site does.
 */
export function analysisInput(payload: WorkbenchPayload, files: Files, withChange: boolean): AnalyzeRequest {
  const dockerfilePath = dockerfileOf(payload);
  return {
    dockerfile: files[dockerfilePath] ?? '',
    dockerfilePath,
    files,
    context: payload.context,
    ...(payload.checks.length > 0 ? { checks: payload.checks } : {}),
    ...(withChange && payload.change ? { change: payload.change } : {}),
  };
}
