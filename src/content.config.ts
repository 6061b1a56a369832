import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lessons/lesson-schema.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './content/lessons', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: lessonSchema,
});

export const collections = { lessons };
