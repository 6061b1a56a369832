import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a lesson's exercise files live: `content/lessons/<lesson>/exercises/<exercise>/<start|solution>/<file>`. */
export function exerciseFilePath(lesson: string, exercise: string, variant: 'start' | 'solution', file: string): string {
  return join(process.cwd(), 'content', 'lessons', lesson, 'exercises', exercise, variant, file);
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
