import { z } from 'astro/zod';
import { changeSchema, checkSchema } from '../engine/grade/index.ts';

/**
 * The frontmatter of a lesson (`content/lessons/<slug>/index.mdx`). One canonical shape per field: authors write
 * one form, nothing downstream normalises. An exercise's files live beside the lesson, in
 * `exercises/<id>/start/`, `exercises/<id>/solution/` and (the rest of the build context) `exercises/<id>/context/`,
 * so the frontmatter stays short.
 */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case words, e.g. "pin-the-base"');

/** A path inside the build context, `/`-separated, relative to its root: `src/index.js`. */
const contextPath = z
  .string()
  .min(1)
  .refine((path) => !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '' || part === '.'), {
    message: 'a relative path inside the build context, e.g. "src/index.js" (no leading "/", no "..")',
  });

/**
 * Big entries of the build context, declared by size only: a file (`data/train.csv`, 120 MB) or a directory
 * summarised as a total (`.git`, 800 MB in 4,000 files). The engine's context input shape (src/engine/context).
 */
export const largeEntrySchema = z.union([
  z.object({ path: contextPath, size: z.number().int().nonnegative() }).strict(),
  z.object({ path: contextPath, kind: z.literal('dir'), size: z.number().int().nonnegative(), files: z.number().int().nonnegative() }).strict(),
]);

export const exerciseSchema = z
  .object({
    id: slug,
    title: z.string().min(3),
    /** What the learner is asked to do, one or two sentences (plain text, shown as text). */
    task: z.string().min(10),
    /** The files the learner edits, relative to `exercises/<id>/start/`. The first one opens first. */
    files: z.array(contextPath).min(1),
    /** Big entries of the build context, by declared size only. */
    largeEntries: z.array(largeEntrySchema).default([]),
    /**
     * The edit the "rebuild" button makes, to show what the build cache keeps (append text to a context file, or
     * set build args). The engine's grader defines the shape and the check kinds (src/engine/grade/checks.ts).
     */
    change: changeSchema.optional(),
    checks: z.array(checkSchema).default([]),
    /** Hints per check id, gentlest first; the workbench offers the hints of the first check that fails. */
    hints: z.record(slug, z.array(z.string().min(3)).min(1)).default({}),
  })
  .superRefine((exercise, context) => {
    const ids = exercise.checks.map((check) => check.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        context.addIssue({ code: 'custom', path: ['checks', index, 'id'], message: `the check id "${id}" is used twice` });
      }
    });
    for (const check of Object.keys(exercise.hints)) {
      if (!ids.includes(check)) {
        context.addIssue({
          code: 'custom',
          path: ['hints', check],
          message: `hints are given for "${check}", but no check has that id (checks: ${ids.join(', ') || 'none'})`,
        });
      }
    }
  });

export const lessonSchema = z.object({
  title: z.string().min(3),
  /** Position in the course; lessons are listed by this number. */
  order: z.number().int().positive(),
  summary: z.string().min(10),
  /** How long a newcomer needs, in minutes. */
  minutes: z.number().int().positive(),
  exercises: z.array(exerciseSchema).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type ExerciseFrontmatter = z.infer<typeof exerciseSchema>;
