import type { ExerciseFrontmatter } from './lesson-schema.ts';
import type { ContextEntryInput } from '../engine/index.ts';
import type { WorkbenchPayload } from './workbench-payload.ts';
import { exerciseDir, readExerciseFiles, readFolderFiles } from './exercise-files.ts';

/**
 * The workbench payload of one exercise, read at site build time. The build context is the `context/` folder,
 * the editable files (which sit at the context root, so a COPY sees what the learner wrote) and the declared
 * large files. Mistakes fail the build with the lesson, the exercise and what is wrong.
 */
export function exercisePayload(lesson: string, exercise: ExerciseFrontmatter): WorkbenchPayload {
  const where = `Lesson "${lesson}", exercise "${exercise.id}"`;
  const files = readExerciseFiles(lesson, exercise.id, 'start', exercise.files);
  const solution = readExerciseFiles(lesson, exercise.id, 'solution', exercise.files);
  const folder = readFolderFiles(exerciseDir(lesson, exercise.id, 'context'));
  for (const file of exercise.files) {
    if (file in folder) throw new Error(`${where}: "${file}" is both an editable file and in context/; keep it in start/ only.`);
  }
  const context: ContextEntryInput[] = [...Object.entries(folder).map(([path, content]) => ({ path, content })), ...exercise.largeEntries];
  const change = exercise.change;
  if (change?.path !== undefined && !(change.path in folder) && !exercise.files.includes(change.path)) {
    throw new Error(`${where}: change.path "${change.path}" is not a file of the build context (context/ or start/).`);
  }
  const hints = exercise.checks
    .map((check) => ({ check: check.id, levels: exercise.hints[check.id] ?? [] }))
    .filter((hint) => hint.levels.length > 0);
  return {
    key: `${lesson}/${exercise.id}`,
    kind: 'exercise',
    editable: exercise.files,
    files,
    context,
    checks: exercise.checks,
    hints,
    change,
    solution,
  };
}
