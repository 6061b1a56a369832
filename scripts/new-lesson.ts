/**
 * `npm run new-lesson -- <slug> [--title "Title"] [--minutes 30] [--dry-run]` — scaffolds a lesson as one folder:
 *
 *   content/lessons/<NN>-<slug>/index.mdx                       prose + frontmatter (title, order, exercises, checks, hints)
 *   content/lessons/<NN>-<slug>/exercises/<id>/start/Dockerfile the learner's starting point
 *   content/lessons/<NN>-<slug>/exercises/<id>/solution/Dockerfile
 *   content/lessons/<NN>-<slug>/exercises/<id>/context/…        the rest of the build context (a small Flask app)
 *
 * NN is the next free lesson number. The scaffold is a working lesson: it validates against the lesson schema, its
 * starting Dockerfile fails a check and its solution passes them all (the same test `npm test` runs on every lesson),
 * which this script checks before it writes anything. Then edit the prose, the files and the checks.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../src/engine/index.ts';
import { lessonSchema } from '../src/lessons/lesson-schema.ts';

const EXERCISE = 'pin-a-slim-base';

export interface Scaffold {
  readonly folder: string;
  readonly files: Readonly<Record<string, string>>;
}

const START = 'FROM python:latest\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nCMD ["python", "app.py"]\n';
const SOLUTION = START.replace('python:latest', 'python:3.12-slim');
const APP = 'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/")\ndef hello():\n    return "Hello from a container\\n"\n\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8000)\n';

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function scaffold(slug: string, order: number, title: string, minutes: number): Scaffold {
  const folder = `${String(order).padStart(2, '0')}-${slug}`;
  const mdx = `---
title: ${yamlString(title)}
order: ${order}
summary: ${yamlString(`What a learner will be able to do after “${title}”, in one sentence.`)}
minutes: ${minutes}
exercises:
  - id: ${EXERCISE}
    title: Pin a slim base
    task: This Flask service builds on \`python:latest\`. Pin a Python version and pick a variant that brings the image under 200 MB. The service must still start.
    files: [Dockerfile]
    # Check kinds are the engine's (src/engine/grade/checks.ts); hints below are keyed by check id.
    checks:
      - id: pinned
        label: The base image names a version instead of \`latest\`
        kind: no-finding
        rule: DL3007
      - id: small
        label: The image is at most 200 MB on disk
        kind: image-size
        maxMB: 200
      - id: starts
        label: The container starts
        kind: starts
    hints:
      pinned:
        - Look at the first line. Which Python will \`latest\` give you next month?
        - Put the version in the tag, for example \`python:3.12\`.
      small:
        - The full \`python\` image carries compilers this service never uses. Is there a smaller variant?
      starts:
        - Whatever base you pick must still have Python on its PATH. The Run panel says what is missing.
---

import Exercise from '../../../src/components/Exercise.astro';

## ${title}

Write the lesson here: one idea per section, each with a \`##\` heading — presenter mode makes each section a
slide. Show a Dockerfile the way Docker would treat it, then let the learner try.

<Exercise id="${EXERCISE}" />

## What to remember

One or two sentences the learner takes away.
`;
  const base = `content/lessons/${folder}`;
  return {
    folder,
    files: {
      [`${base}/index.mdx`]: mdx,
      [`${base}/exercises/${EXERCISE}/start/Dockerfile`]: START,
      [`${base}/exercises/${EXERCISE}/solution/Dockerfile`]: SOLUTION,
      [`${base}/exercises/${EXERCISE}/context/app.py`]: APP,
      [`${base}/exercises/${EXERCISE}/context/requirements.txt`]: 'flask==3.1.0\n',
    },
  };
}

/** The next lesson number: one more than the highest `order` in content/lessons. */
export function nextOrder(root: string): number {
  const dir = join(root, 'content', 'lessons');
  if (!existsSync(dir)) return 1;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const mdx = join(dir, entry.name, 'index.mdx');
    if (!entry.isDirectory() || !existsSync(mdx)) continue;
    const order = /^order:\s*(\d+)\s*$/m.exec(readFileSync(mdx, 'utf8'))?.[1];
    if (order) max = Math.max(max, Number(order));
  }
  return max + 1;
}

/** Validates the scaffold as the site and the lesson test would: the schema, then start fails and solution passes. */
export function checkScaffold(made: Scaffold): string[] {
  const problems: string[] = [];
  const mdx = Object.entries(made.files).find(([path]) => path.endsWith('index.mdx'))![1];
  const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '');
  const parsed = lessonSchema.safeParse(front);
  if (!parsed.success) return parsed.error.issues.map((i) => `frontmatter ${i.path.join('.')}: ${i.message}`);
  const exercise = parsed.data.exercises[0]!;
  const file = (variant: string, name: string): string => made.files[`content/lessons/${made.folder}/exercises/${exercise.id}/${variant}/${name}`] ?? '';
  const context = [{ path: 'app.py', content: file('context', 'app.py') }, { path: 'requirements.txt', content: file('context', 'requirements.txt') }];
  const grade = (variant: 'start' | 'solution') => analyze({ dockerfile: file(variant, 'Dockerfile'), files: { Dockerfile: file(variant, 'Dockerfile') }, context, checks: exercise.checks }).grade;
  const start = grade('start');
  const solution = grade('solution');
  if (!start || start.solved) problems.push('the starting Dockerfile already passes every check');
  if (!solution?.solved) problems.push(`the solution fails: ${solution?.checks.filter((c) => !c.passed).map((c) => `${c.id} (${c.reason})`).join(', ') ?? 'no grade'}`);
  return problems;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { title: { type: 'string' }, minutes: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const slug = positionals[0];
  if (values.help || !slug) {
    process.stdout.write('Usage: npm run new-lesson -- <slug> [--title "Title"] [--minutes 30] [--dry-run]\n  slug: kebab-case words, e.g. health-checks\n');
    return values.help ? 0 : 2;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || /^\d/.test(slug)) {
    process.stderr.write(`new-lesson: "${slug}" is not kebab-case words (e.g. health-checks); the number is added for you.\n`);
    return 2;
  }
  const minutes = values.minutes === undefined ? 30 : Number(values.minutes);
  if (!Number.isInteger(minutes) || minutes <= 0) {
    process.stderr.write(`new-lesson: --minutes must be a whole number of minutes (got "${values.minutes}").\n`);
    return 2;
  }
  const root = process.cwd();
  const title = values.title ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const made = scaffold(slug, nextOrder(root), title, minutes);
  const existing = readdirSync(join(root, 'content', 'lessons')).find((name) => name.replace(/^\d+-/, '') === slug);
  if (existing) {
    process.stderr.write(`new-lesson: content/lessons/${existing} already exists; pick another slug.\n`);
    return 1;
  }
  const problems = checkScaffold(made);
  if (problems.length > 0) {
    process.stderr.write(`new-lesson: the scaffold does not grade as it should (a bug in this script):\n  ${problems.join('\n  ')}\n`);
    return 1;
  }
  for (const [path, text] of Object.entries(made.files)) {
    if (values['dry-run']) {
      process.stdout.write(`would write ${path}\n`);
      continue;
    }
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
    process.stdout.write(`wrote ${path}\n`);
  }
  process.stdout.write(`\nLesson ${made.folder}: the starting Dockerfile fails its checks and the solution passes them.
Next: edit content/lessons/${made.folder}/index.mdx (prose, task, checks, hints) and the files under exercises/.
See it at http://127.0.0.1:4321/lessons/${made.folder}/ (npm run dev), and run npm test before you commit.\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`new-lesson: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}
