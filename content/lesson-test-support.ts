/**
 * What the lesson tests share: reading a lesson folder from disk, validating with an author-friendly message, and
 * printing a scorecard. Used by content/lessons.test.ts and content/lessons-part-two.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Report } from '../src/engine/index.ts';

export const LESSONS = join(import.meta.dirname, 'lessons');

export function isDockerfile(file: string): boolean {
  return /(^|\/)(Dockerfile|Containerfile)([.-][^/]*)?$/.test(file) || file.endsWith('.Dockerfile');
}

/** Every file under `dir`, dotfiles included, keyed by its `/`-separated path relative to `dir`. */
export function readFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

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
