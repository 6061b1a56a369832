/**
 * What the lesson tests share: reading a lesson folder from disk, validating with an author-friendly message, and
 * printing a scorecard. Used by content/lessons.test.ts and content/lessons-part-two.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Report } from '../src/engine/index.ts';
import { readFolderFiles } from '../src/lessons/exercise-files.ts';

export const LESSONS = join(import.meta.dirname, 'lessons');

export function isDockerfile(file: string): boolean {
  return /(^|\/)(Dockerfile|Containerfile)([.-][^/]*)?$/.test(file) || file.endsWith('.Dockerfile');
}

/** Every file under `dir`, keyed by its `/`-separated relative path: the same reader the site uses. */
export const readFolder = readFolderFiles;

export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function frontmatterOf(mdx: string, where: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
  if (!match) throw new Error(`${where}: no frontmatter block (--- ... ---) at the top of the file`);
  return parseYaml(match[1]!);
}

/** A zod error as an author reads it: the file, the field, what was expected and what was found. */
export function explain(where: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(explain(where, result.error));
  return result.data;
}

export function verdicts(report: Report): string {
  return (report.grade?.checks ?? []).map((check) => `  ${check.passed ? 'pass' : 'FAIL'} ${check.id}: ${check.reason}`).join('\n');
}
