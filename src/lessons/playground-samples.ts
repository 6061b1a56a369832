import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { changeSchema } from '../engine/grade/index.ts';
import { readFolderFiles } from './exercise-files.ts';
import { largeEntrySchema } from './lesson-schema.ts';
import type { WorkbenchPayload } from './workbench-payload.ts';

/**
 * The playground's sample projects: `content/playground/<name>/` holds a project's files (its build context) and a
 * `sample.json` that names it and says which files open as editor tabs.
 */
const sampleSchema = z.object({
  title: z.string().min(2),
  summary: z.string().min(10),
  order: z.number().int().positive(),
  /** Editor tabs, in order; each must be a file of the folder. */
  editable: z.array(z.string().min(1)).min(1),
  largeEntries: z.array(largeEntrySchema).default([]),
  change: changeSchema.optional(),
});

export interface PlaygroundSample {
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  readonly order: number;
  readonly payload: WorkbenchPayload;
}

const root = (): string => join(process.cwd(), 'content', 'playground');

function readSample(name: string): PlaygroundSample {
  const dir = join(root(), name);
  const where = `Playground sample "${name}" (content/playground/${name}/sample.json)`;
  const parsed = sampleSchema.safeParse(JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`${where}: ${issues.join('; ')}`);
  }
  const meta = parsed.data;
  const all = readFolderFiles(dir);
  delete all['sample.json'];
  const files: Record<string, string> = {};
  for (const file of meta.editable) {
    const content = all[file];
    if (content === undefined) throw new Error(`${where}: the editable file "${file}" is not in the folder.`);
    files[file] = content;
    delete all[file];
  }
  if (meta.change?.path !== undefined && !(meta.change.path in all) && !(meta.change.path in files)) {
    throw new Error(`${where}: change.path "${meta.change.path}" is not a file of the sample.`);
  }
  return {
    name,
    title: meta.title,
    summary: meta.summary,
    order: meta.order,
    payload: {
      key: `playground/${name}`,
      kind: 'playground',
      editable: meta.editable,
      files,
      context: [...Object.entries(all).map(([path, content]) => ({ path, content })), ...meta.largeEntries],
      checks: [],
      hints: [],
      change: meta.change,
      solution: undefined,
    },
  };
}

/** Every sample, in `order`. */
export function readPlaygroundSamples(): PlaygroundSample[] {
  return readdirSync(root(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readSample(entry.name))
    .sort((a, b) => a.order - b.order);
}
