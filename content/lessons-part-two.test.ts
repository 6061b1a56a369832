/**
 * What content/lessons.test.ts does not cover yet, for the lessons on signals and on Compose:
 *
 * - **Snippets.** A lesson may show a compose file, a manifest or a Dockerfile that needs `docker run` options as a
 *   plain fenced code block, preceded by an MDX comment `{/* snippet: <name> *\/}`. The test takes the code block
 *   from the MDX itself (so the page cannot drift from what is tested), runs it through `analyze` under the name in
 *   `snippets/<name>.json` (`file`), with the other files in `with` and the `run` options, and asserts the claims:
 *   checks that must pass or fail (the engine's kinds) and `report` values at dotted paths (`compose.up.error`,
 *   `run.stop.seconds`, `compose.up.services.0.containers.length`).
 * - **Exercises without a Dockerfile** (a compose file, a manifest, a decision file): `analyze` builds nothing for
 *   them (content/lessons.test.ts grades their start, solution and wrong attempts like every other exercise).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { analyze } from '../src/engine/index.ts';
import type { AnalyzeInput, Report, RunOptions } from '../src/engine/index.ts';
import { checkSchema } from '../src/engine/grade/index.ts';
import type { Check } from '../src/engine/grade/index.ts';
import { lessonSchema } from '../src/lessons/lesson-schema.ts';
import { LESSONS, isDockerfile, parseWith, readFolder } from './lesson-test-support.ts';

const PART_TWO = ['04-signals-pid1', '05-compose-orchestration'];

/** The value at a dotted path of the report; `length` of a list is its length. */
function at(report: unknown, path: string): unknown {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (Array.isArray(value) && key === 'length') value = value.length;
    else if (value !== null && typeof value === 'object') value = (value as Record<string, unknown>)[key];
    else return undefined;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Snippets

const snippetSchema = z
  .object({
    /** The name the code block is analysed under: `compose.yaml`, `api.k8s.yaml`, `Dockerfile`. */
    file: z.string().min(1),
    /** Other files beside it: a `.env`, the sources a Dockerfile copies. */
    with: z.record(z.string(), z.string()).default({}),
    /** `docker run` options, for a Dockerfile. */
    run: z.record(z.string(), z.unknown()).optional(),
    claims: z
      .object({
        passes: z.array(z.unknown()).default([]),
        fails: z.array(z.unknown()).default([]),
        report: z.record(z.string(), z.unknown()).default({}),
      })
      .strict()
      .refine((c) => c.passes.length + c.fails.length + Object.keys(c.report).length > 0, 'a snippet states at least one claim'),
  })
  .strict();

/** `{/* snippet: name *\/}` followed by a fenced code block: the block's text, by name. */
function snippetsIn(mdx: string, where: string): Map<string, string> {
  const out = new Map<string, string>();
  const marker = /\{\/\*\s*snippet:\s*([a-z0-9-]+)\s*\*\/\}\s*\n(`{3,})[^\n]*\n([\s\S]*?)\n\2[ \t]*(?:\n|$)/g;
  for (const match of mdx.matchAll(marker)) {
    const name = match[1]!;
    if (out.has(name)) throw new Error(`${where}: the snippet "${name}" is marked twice`);
    out.set(name, `${match[3]!}\n`);
  }
  const markers = [...mdx.matchAll(/\{\/\*\s*snippet:\s*([a-z0-9-]+)/g)].map((m) => m[1]!);
  const lost = markers.filter((name) => !out.has(name));
  if (lost.length > 0) throw new Error(`${where}: no fenced code block right after the snippet marker of ${lost.join(', ')}`);
  return out;
}

describe.each(PART_TWO)('snippets of %s', (slug) => {
  const dir = join(LESSONS, slug);
  const where = `content/lessons/${slug}`;
  const blocks = snippetsIn(readFileSync(join(dir, 'index.mdx'), 'utf8'), `${where}/index.mdx`);
  const specs = existsSync(join(dir, 'snippets'))
    ? readdirSync(join(dir, 'snippets'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort()
    : [];

  test('every marked snippet has its claims, and every claims file its snippet', () => {
    expect([...blocks.keys()].sort(), 'snippet markers in index.mdx vs snippets/*.json').toEqual(specs);
  });

  test.each(specs)('%s: the engine agrees with what the prose claims', (name) => {
    const spec = parseWith(snippetSchema, JSON.parse(readFileSync(join(dir, 'snippets', `${name}.json`), 'utf8')), `${where}/snippets/${name}.json`);
    const code = blocks.get(name);
    expect(code, `${where}/index.mdx has no snippet "${name}"`).toBeDefined();
    const toChecks = (list: readonly unknown[], field: string): Check[] =>
      list.map((check, index) => parseWith(checkSchema, check, `${where}/snippets/${name}.json, claims.${field}.${index}`));
    const passes = toChecks(spec.claims.passes, 'passes');
    const fails = toChecks(spec.claims.fails, 'fails');
    const input: AnalyzeInput = {
      dockerfile: code!,
      dockerfilePath: spec.file,
      files: { ...spec.with, [spec.file]: code! },
      ...(spec.run && isDockerfile(spec.file) ? { run: spec.run as RunOptions } : {}),
      checks: [...passes, ...fails],
    };
    const report = analyze(input);
    const results = new Map((report.grade?.checks ?? []).map((check) => [check.id, check] as const));
    const wrong = [
      ...passes.filter((c) => !results.get(c.id)?.passed).map((c) => `claimed to pass, fails: ${c.id}: ${results.get(c.id)?.reason}`),
      ...fails.filter((c) => results.get(c.id)?.passed).map((c) => `claimed to fail, passes: ${c.id}: ${results.get(c.id)?.reason}`),
      ...Object.entries(spec.claims.report)
        .filter(([path, expected]) => JSON.stringify(at(report, path)) !== JSON.stringify(expected))
        .map(([path, expected]) => `claimed ${path} = ${JSON.stringify(expected)}, the engine says ${JSON.stringify(at(report, path))}`),
    ];
    expect(wrong, `${where}/snippets/${name}:\n${wrong.join('\n')}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Exercises without a Dockerfile

interface Exercise {
  readonly lesson: string;
  readonly id: string;
  readonly files: readonly string[];
  readonly checks: readonly Check[];
}

const withoutDockerfile: Exercise[] = PART_TWO.flatMap((slug) => {
  const mdx = readFileSync(join(LESSONS, slug, 'index.mdx'), 'utf8');
  const frontmatter = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx)![1]!);
  const lesson = parseWith(lessonSchema, frontmatter, `content/lessons/${slug}/index.mdx`);
  return lesson.exercises
    .filter((exercise) => !exercise.files.some(isDockerfile))
    .map((exercise) => ({ lesson: slug, id: exercise.id, files: exercise.files, checks: exercise.checks.map((c) => checkSchema.parse(c)) }));
});

/** What the site hands the engine: the editable files over the `context/` folder, the first editable file as `dockerfilePath`. */
function grade(exercise: Exercise, variant: string): Report {
  const base = join(LESSONS, exercise.lesson, 'exercises', exercise.id);
  const found = readFolder(join(base, variant));
  const files: Record<string, string> = {};
  for (const file of exercise.files) {
    if (!(file in found)) throw new Error(`${exercise.lesson}/${exercise.id}/${variant}: "${file}" is missing`);
    files[file] = found[file]!;
  }
  const extra = Object.keys(found).filter((file) => !exercise.files.includes(file));
  if (extra.length > 0) throw new Error(`${exercise.lesson}/${exercise.id}/${variant}: ${extra.join(', ')} not among the exercise's files`);
  const first = exercise.files[0]!;
  const context = Object.entries(readFolder(join(base, 'context'))).map(([path, content]) => ({ path, content }));
  return analyze({ dockerfile: files[first]!, dockerfilePath: first, files, context, checks: exercise.checks });
}

describe.each(withoutDockerfile.map((e) => [`${e.lesson}/${e.id}`, e] as const))('exercise %s (no Dockerfile)', (_name, exercise) => {
  test('nothing is built', () => {
    expect(grade(exercise, 'start').withoutDockerfile).toBe(true);
  });
});
