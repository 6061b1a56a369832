/**
 * Every lesson, as data: its frontmatter passes the schema, every exercise's files exist, and — run through the
 * engine with the exercise's own build context and checks — the starting point is not solved while the solution is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyze } from '../engine/index.ts';
import { exercisePayload } from './exercise-payload.ts';
import { lessonSchema } from './lesson-schema.ts';

const root = join(process.cwd(), 'content', 'lessons');
const lessons = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const text = readFileSync(join(root, entry.name, 'index.mdx'), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return { slug: entry.name, data: lessonSchema.parse(parse(frontmatter)) };
  });

const exercises = lessons.flatMap((lesson) => lesson.data.exercises.map((exercise) => ({ name: `${lesson.slug}/${exercise.id}`, payload: exercisePayload(lesson.slug, exercise) })));

describe('lessons', () => {
  it('there is at least one exercise', () => expect(exercises.length).toBeGreaterThan(0));

  it.each(exercises)('$name: the start fails its checks and the solution passes them', ({ payload }) => {
    const run = (files: Readonly<Record<string, string>>) =>
      analyze({ dockerfile: files[payload.editable[0]!] ?? '', dockerfilePath: payload.editable[0], files, context: payload.context, checks: payload.checks, change: payload.change });
    const start = run(payload.files).grade;
    const solution = run(payload.solution ?? {}).grade;
    expect(start?.solved, `start: ${JSON.stringify(start?.checks)}`).toBe(false);
    expect(solution?.solved, `solution: ${JSON.stringify(solution?.checks)}`).toBe(true);
  });
});
