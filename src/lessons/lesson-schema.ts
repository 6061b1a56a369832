import { z } from 'astro/zod';

/**
 * The frontmatter of a lesson (`content/lessons/<slug>/index.mdx`). One canonical shape per field: authors write
 * one form, nothing downstream normalises. An exercise's files live beside the lesson, in
 * `exercises/<id>/start/` and `exercises/<id>/solution/`, so the frontmatter stays short.
 */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case words, e.g. "pin-the-base"');

export const exerciseSchema = z.object({
  id: slug,
  title: z.string().min(3),
  /** What the learner is asked to do, one or two sentences (plain text, shown as text). */
  task: z.string().min(10),
  /** The files the learner edits, relative to `exercises/<id>/start/`. The first one opens first. */
  files: z.array(z.string().min(1)).min(1),
  hints: z.array(z.string().min(3)).default([]),
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
