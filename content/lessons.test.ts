/**
 * Every lesson is gradable and every example tells the truth. For each folder under content/lessons/:
 * - the frontmatter validates against the site's lesson schema, and each check and change against the engine's;
 * - every exercise's starting files fail at least one check and its solution passes all of them (graded by the
 *   engine's `analyze`, with the failing reasons printed so an author can fix the lesson);
 * - every wrong attempt kept in `exercises/<id>/wrong/<case>/` fails at least one check (common mistakes must not
 *   be graded as solved), and a solution whose exercise checks `starts` runs without an error in the Run panel;
 * - every `<Example>` Dockerfile is run through the engine and its declared claims hold (the prose says "this
 *   one is over 2 GB", the claims say so too, and the engine agrees), and the MDX embeds exactly the examples and
 *   exercises that exist.
 *
 * The input assembled here mirrors what the site hands the engine (src/lessons/exercise-payload.ts and
 * src/components/Example.astro): the editable files at the context root, the `context/` folder, and the large
 * files by declared size.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { largeEntrySchema, lessonSchema } from '../src/lessons/lesson-schema.ts';
import type { ExerciseFrontmatter } from '../src/lessons/lesson-schema.ts';
import { analyze } from '../src/engine/index.ts';
import { LESSONS, frontmatterOf, isDockerfile, parseWith, readFolder, subfolders, verdicts } from './lesson-test-support.ts';
import type { AnalyzeInput, Report } from '../src/engine/index.ts';
import { changeSchema, checkSchema } from '../src/engine/grade/index.ts';
import type { Check } from '../src/engine/grade/index.ts';


/**
 * Where the engine disagrees with Docker, found while writing the lessons and reported to the engine's owners.
 * Keys: `<lesson>/<exercise>/solution`, `<lesson>/<exercise>/<wrong case>` and `<lesson>/examples/<name>`. The
 * lessons stay as Docker behaves (they are not bent around the engine), so each listed test is expected to fail;
 * when the engine is fixed vitest turns it red, and the entry must be removed.
 */
const KNOWN_ENGINE_GAPS: Readonly<Record<string, string>> = {
};

// ---------------------------------------------------------------------------------------------------------------
// Reading a lesson folder

interface Lesson {
  readonly slug: string;
  readonly dir: string;
  readonly mdx: string;
  readonly frontmatter: z.infer<typeof lessonSchema>;
}

const lessons: Lesson[] = subfolders(LESSONS)
  .filter((slug) => existsSync(join(LESSONS, slug, 'index.mdx')))
  .map((slug) => {
    const dir = join(LESSONS, slug);
    const mdx = readFileSync(join(dir, 'index.mdx'), 'utf8');
    const where = `content/lessons/${slug}/index.mdx`;
    return { slug, dir, mdx, frontmatter: parseWith(lessonSchema, frontmatterOf(mdx, where), where) };
  });

// ---------------------------------------------------------------------------------------------------------------
// Grading an exercise

interface Attempt {
  readonly label: string;
  readonly files: Readonly<Record<string, string>>;
}

/** `SHOW_GRADES=1 npm exec -- vitest run content` prints every verdict, for an author tuning budgets. */
const SHOW_GRADES = process.env['SHOW_GRADES'] === '1';

function gradeAttempt(lesson: Lesson, exercise: ExerciseFrontmatter, attempt: Attempt): Report {
  // The lesson schema has already validated checks and change with the engine's own schemas.
  const where = `content/lessons/${lesson.slug}/index.mdx, exercise "${exercise.id}"`;
  const { checks, change } = exercise;
  // Without a Dockerfile the site hands the engine its first editable file (src/client/workbench-input.ts), and analyze builds nothing.
  const dockerfilePath = exercise.files.find(isDockerfile) ?? exercise.files[0]!;
  const context = readFolder(join(lesson.dir, 'exercises', exercise.id, 'context'));
  const input: AnalyzeInput = {
    dockerfile: attempt.files[dockerfilePath] ?? '',
    dockerfilePath,
    files: attempt.files,
    context: [...Object.entries(context).map(([path, content]) => ({ path, content })), ...exercise.largeEntries],
    ...(change ? { change } : {}),
    checks,
  };
  const report = analyze(input);
  if (SHOW_GRADES) console.log(`${lesson.slug}/${exercise.id} ${attempt.label}\n${verdicts(report)}`);
  return report;
}

/** What the container printed when it failed to start or exited at once, or `undefined` when it runs. */
function runErrorOf(report: Report): string | undefined {
  const error = report.run?.error;
  return error ? [error.message, ...error.output].join('\n') : undefined;
}

function readAttempt(dir: string, exercise: ExerciseFrontmatter, label: string): Attempt {
  const found = readFolder(dir);
  const files: Record<string, string> = {};
  for (const file of exercise.files) {
    if (!(file in found)) throw new Error(`${label}: the file "${file}" is missing (expected at ${join(dir, file)})`);
    files[file] = found[file]!;
  }
  const extra = Object.keys(found).filter((file) => !exercise.files.includes(file));
  if (extra.length > 0) {
    throw new Error(`${label}: ${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not in the exercise's files (${exercise.files.join(', ')}); put the rest of the build context in context/`);
  }
  return { label, files };
}

describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('lesson %s', (_slug, lesson) => {
  const exercises = lesson.frontmatter.exercises;

  test('has exercises, each embedded once in the prose', () => {
    expect(exercises.length, 'a lesson needs at least one exercise').toBeGreaterThan(0);
    const embedded = [...lesson.mdx.matchAll(/<Exercise\s+id="([^"]+)"/g)].map((match) => match[1]);
    expect(embedded.sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
  });

  describe.each(exercises.map((exercise) => [exercise.id, exercise] as const))('exercise %s', (_id, exercise) => {
    const base = join(lesson.dir, 'exercises', exercise.id);

    test('every check has hints', () => {
      const without = exercise.checks.map((check) => check.id).filter((id) => (exercise.hints[id] ?? []).length === 0);
      expect(without, `checks without hints in exercise "${exercise.id}"`).toEqual([]);
    });

    test('the starting files fail at least one check', () => {
      const report = gradeAttempt(lesson, exercise, readAttempt(join(base, 'start'), exercise, `${exercise.id}/start`));
      const failing = report.grade?.checks.filter((check) => !check.passed) ?? [];
      expect(failing.length, `the starting files already pass every check:\n${verdicts(report)}`).toBeGreaterThan(0);
    });

    test('the solution passes every check', () => {
      const key = `${lesson.slug}/${exercise.id}/solution`;
      const run = (): void => {
        const report = gradeAttempt(lesson, exercise, readAttempt(join(base, 'solution'), exercise, `${exercise.id}/solution`));
        expect(report.grade?.solved, `the solution does not pass:\n${verdicts(report)}`).toBe(true);
        // A solution whose container fails right after starting would show that failure in the Run panel.
        if (exercise.checks.some((check) => check.kind === 'starts')) expect(runErrorOf(report), `${key}: the Run panel reports an error`).toBeUndefined();
      };
      if (key in KNOWN_ENGINE_GAPS) expect(run, `known engine gap: ${KNOWN_ENGINE_GAPS[key]}`).toThrow();
      else run();
    });

    const wrong = subfolders(join(base, 'wrong'));
    test.each(wrong)('the wrong attempt "%s" fails at least one check', (name) => {
      const key = `${lesson.slug}/${exercise.id}/${name}`;
      const run = (): void => {
        const attempt = readAttempt(join(base, 'wrong', name), exercise, `${exercise.id}/wrong/${name}`);
        const report = gradeAttempt(lesson, exercise, attempt);
        const failing = report.grade?.checks.filter((check) => !check.passed) ?? [];
        expect(failing.length, `${key} is graded as solved:\n${verdicts(report)}`).toBeGreaterThan(0);
      };
      if (key in KNOWN_ENGINE_GAPS) expect(run, `known engine gap: ${KNOWN_ENGINE_GAPS[key]}`).toThrow();
      else run();
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Examples embedded with <Example name="..."> (read exactly as src/components/Example.astro reads them)

/** `examples/<name>.json`: what the example needs besides its Dockerfile, and what the prose claims about it. */
const exampleSpecSchema = z
  .object({
    /** A shared context folder, `examples/contexts/<context>/`; default `examples/<name>.context/` if present. */
    context: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Big entries of the context by declared size, in the exercises' `largeEntries` shape. */
    largeEntries: z.array(largeEntrySchema).default([]),
    change: z.unknown().optional(),
    target: z.string().optional(),
    buildArgs: z.record(z.string(), z.string()).optional(),
    /**
     * The prose's claims as data: checks (the engine's kinds) that must pass and that must fail, and, where the
     * prose quotes them, the text of the build's or the container's error and the stages BuildKit skips.
     */
    claims: z
      .object({
        passes: z.array(z.unknown()).default([]),
        fails: z.array(z.unknown()).default([]),
        buildError: z.string().min(3).optional(),
        runError: z.string().min(3).optional(),
        skippedStages: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .refine(
        (claims) => claims.passes.length + claims.fails.length > 0 || claims.buildError || claims.runError || claims.skippedStages,
        'an example states at least one claim',
      ),
  })
  .strict();

interface Example {
  readonly lesson: string;
  readonly name: string;
  readonly input: AnalyzeInput;
  readonly passes: readonly Check[];
  readonly fails: readonly Check[];
  readonly buildError: string | undefined;
  readonly runError: string | undefined;
  readonly skippedStages: readonly string[] | undefined;
}

function readExample(lesson: Lesson, name: string): Example {
  const dir = join(lesson.dir, 'examples');
  const where = `content/lessons/${lesson.slug}/examples/${name}`;
  const specPath = join(dir, `${name}.json`);
  if (!existsSync(specPath)) throw new Error(`${where}.json is missing: every example states its claims there`);
  const spec = parseWith(exampleSpecSchema, JSON.parse(readFileSync(specPath, 'utf8')), `${where}.json`);
  const contextDir = spec.context ? join(dir, 'contexts', spec.context) : join(dir, `${name}.context`);
  if (spec.context && !existsSync(contextDir)) throw new Error(`${where}.json: context "${spec.context}" names no folder ${contextDir}`);
  const files = readFolder(contextDir);
  const ignorePath = join(dir, `${name}.dockerignore`);
  if (existsSync(ignorePath)) files['.dockerignore'] = readFileSync(ignorePath, 'utf8');
  const change = spec.change === undefined ? undefined : parseWith(changeSchema, spec.change, `${where}.json, change`);
  const toChecks = (list: readonly unknown[], field: string): Check[] =>
    list.map((check, index) => parseWith(checkSchema, check, `${where}.json, claims.${field}.${index}`));
  const passes = toChecks(spec.claims.passes, 'passes');
  const fails = toChecks(spec.claims.fails, 'fails');
  return {
    lesson: lesson.slug,
    name,
    input: {
      dockerfile: readFileSync(join(dir, `${name}.Dockerfile`), 'utf8'),
      context: [...Object.entries(files).map(([path, content]) => ({ path, content })), ...spec.largeEntries],
      ...(change ? { change } : {}),
      ...(spec.target ? { target: spec.target } : {}),
      ...(spec.buildArgs ? { buildArgs: spec.buildArgs } : {}),
      checks: [...passes, ...fails],
    },
    passes,
    fails,
    buildError: spec.claims.buildError,
    runError: spec.claims.runError,
    skippedStages: spec.claims.skippedStages,
  };
}

/** What the engine says about an example that the prose does not: one line per disagreement. */
function disagreements(example: Example, report: Report): string[] {
  const results = new Map((report.grade?.checks ?? []).map((check) => [check.id, check] as const));
  const out = [
    ...example.passes.filter((check) => !results.get(check.id)?.passed).map((check) => `claimed to pass, fails: ${check.id}: ${results.get(check.id)?.reason}`),
    ...example.fails.filter((check) => results.get(check.id)?.passed).map((check) => `claimed to fail, passes: ${check.id}: ${results.get(check.id)?.reason}`),
  ];
  if (example.buildError !== undefined) {
    const error = report.build.error ? [report.build.error.message, ...report.build.error.output].join('\n') : undefined;
    if (!error?.includes(example.buildError)) out.push(`claimed build error "${example.buildError}", got: ${error ?? 'the build succeeds'}`);
  }
  const runError = runErrorOf(report);
  if (example.runError !== undefined && !runError?.includes(example.runError)) {
    out.push(`claimed run error "${example.runError}", got: ${runError ?? (report.run ? 'the container runs' : 'no run')}`);
  }
  // The page says "starts" only when the run reports no error at all (the `starts` check alone is weaker).
  if (example.passes.some((check) => check.kind === 'starts') && runError !== undefined) out.push(`claimed to start, but the run reports: ${runError}`);
  if (example.skippedStages !== undefined) {
    const skipped = report.build.stages.filter((stage) => !stage.built).map((stage) => stage.name);
    if (JSON.stringify(skipped) !== JSON.stringify(example.skippedStages)) out.push(`claimed skipped stages ${example.skippedStages.join(', ')}, got: ${skipped.join(', ') || 'none'}`);
  }
  return out;
}

function exampleNames(lesson: Lesson): string[] {
  const dir = join(lesson.dir, 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.Dockerfile'))
    .map((file) => file.slice(0, -'.Dockerfile'.length))
    .sort();
}

describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('examples of %s', (_slug, lesson) => {
  const names = exampleNames(lesson);

  test('the prose embeds exactly the examples that exist', () => {
    const used = [...lesson.mdx.matchAll(/<Example\b[^>]*\bname="([^"]+)"/g)].map((match) => match[1]!);
    expect([...new Set(used)].sort(), 'examples named in index.mdx vs examples/*.Dockerfile').toEqual(names);
    for (const match of lesson.mdx.matchAll(/<Example\b[^>]*\blesson="([^"]+)"/g)) expect(match[1]).toBe(lesson.slug);
  });

  test.each(names)('%s: the engine agrees with what the prose claims', (name) => {
    const key = `${lesson.slug}/examples/${name}`;
    const run = (): void => {
      const example = readExample(lesson, name);
      const wrong = disagreements(example, analyze(example.input));
      expect(wrong, `${key}:\n  ${wrong.join('\n  ')}`).toEqual([]);
    };
    if (key in KNOWN_ENGINE_GAPS) expect(run, `known engine gap: ${KNOWN_ENGINE_GAPS[key]}`).toThrow();
    else run();
  });
});
