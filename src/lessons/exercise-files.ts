import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where a lesson's exercise files live: `content/lessons/<lesson>/exercises/<exercise>/<variant>/<file>`. */
export function exerciseDir(lesson: string, exercise: string, variant: 'start' | 'solution' | 'context'): string {
  return join(process.cwd(), 'content', 'lessons', lesson, 'exercises', exercise, variant);
}

export function exerciseFilePath(lesson: string, exercise: string, variant: 'start' | 'solution', file: string): string {
  return join(exerciseDir(lesson, exercise, variant), file);
}

/** Reads the files an exercise declares; a missing file fails the site build with a message naming it. */
export function readExerciseFiles(
  lesson: string,
  exercise: string,
  variant: 'start' | 'solution',
  files: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of files) {
    const path = exerciseFilePath(lesson, exercise, variant, file);
    try {
      out[file] = readFileSync(path, 'utf8');
    } catch {
      throw new Error(
        `Lesson "${lesson}", exercise "${exercise}": the ${variant} file "${file}" is missing (expected at ${path}).`,
      );
    }
  }
  return out;
}

/**
 * Every file under `dir` (dotfiles included: `.dockerignore` matters), keyed by its `/`-separated path relative
 * to `dir`, sorted. A missing folder is an empty context.
 */
export function readFolderFiles(dir: string): Record<string, string> {
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
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
