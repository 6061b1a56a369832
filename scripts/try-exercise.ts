/**
 * `npm run try -- <lesson> <exercise> [start|solution|FOLDER]`: grades one attempt at an exercise exactly as the
 * workbench does (the same payload, the same engine call) and prints what a learner would see: each check's
 * verdict with its reason, the build error or the container's failure, and the hints the workbench would offer
 * (those of the first failing check, gentlest first). For lesson authors tuning budgets and hints, and for a
 * read-through "as a new user": copy start/ to a scratch folder, follow the hints, run this on the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../src/engine/index.ts';
import { exercisePayload } from '../src/lessons/exercise-payload.ts';
import { readFolderFiles } from '../src/lessons/exercise-files.ts';
import { lessonSchema } from '../src/lessons/lesson-schema.ts';
import { analysisInput } from '../src/client/workbench-input.ts';

const USAGE = 'usage: npm run try -- <lesson> <exercise> [start|solution|FOLDER]\n  e.g. npm run try -- 01-image-bloat pin-a-slim-base ./my-attempt';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const [lessonSlug, exerciseId, which = 'start'] = process.argv.slice(2);
if (lessonSlug === undefined || exerciseId === undefined) fail(USAGE);

const mdxPath = join(process.cwd(), 'content', 'lessons', lessonSlug, 'index.mdx');
if (!existsSync(mdxPath)) fail(`No lesson "${lessonSlug}" (expected ${mdxPath}).`);
const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(mdxPath, 'utf8'));
if (!block) fail(`${mdxPath}: no frontmatter block at the top.`);
const parsed = lessonSchema.safeParse(parseYaml(block[1]!));
if (!parsed.success) fail(parsed.error.issues.map((i) => `${mdxPath}: ${i.path.join('.')}: ${i.message}`).join('\n'));
const exercise = parsed.data.exercises.find((e) => e.id === exerciseId);
if (!exercise) fail(`Lesson "${lessonSlug}" has no exercise "${exerciseId}" (it has: ${parsed.data.exercises.map((e) => e.id).join(', ')}).`);

const payload = exercisePayload(lessonSlug, exercise);
let files: Record<string, string>;
if (which === 'start') files = { ...payload.files };
else if (which === 'solution') files = { ...payload.solution };
else {
  const folder = readFolderFiles(resolve(which));
  const missing = payload.editable.filter((file) => !(file in folder));
  if (missing.length > 0) fail(`${which}: missing ${missing.join(', ')} (the exercise edits ${payload.editable.join(', ')}).`);
  files = Object.fromEntries(payload.editable.map((file) => [file, folder[file]!]));
}

// The workbench's own input: rebuild-judging checks get the declared change applied, as when the learner presses
// the rebuild button (the report then carries the rebuild's verdicts too).
const report = analyze(analysisInput(payload, files, true));

const out: string[] = [`${lessonSlug} / ${exercise.id} — ${exercise.title} (${which})`];
const grade = report.grade;
for (const check of grade?.checks ?? []) out.push(`  ${check.passed ? 'pass' : 'FAIL'}  ${check.label}\n        ${check.reason}`);
if (report.build && !report.build.ok && !report.withoutDockerfile) out.push(`build error: ${report.build.error?.message ?? 'unknown'}`);
if (report.run?.error) out.push(`container: ${report.run.error.message}`);
if (grade?.solved) out.push('SOLVED');
else if (grade?.firstFailing) {
  const levels = payload.hints.find((h) => h.check === grade.firstFailing!.id)?.levels ?? [];
  out.push(`hints offered (for "${grade.firstFailing.id}"):`, ...levels.map((hint, i) => `  ${i + 1}. ${hint}`));
}
process.stdout.write(`${out.join('\n')}\n`);
process.exit(grade?.solved ? 0 : 1);
