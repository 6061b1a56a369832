/**
 * Exercise checks, declared as data in a lesson's frontmatter. A small set of kinds that compose: each says one
 * thing about the build, the image, the context, the rebuild after the exercise's change, or the running
 * container. One canonical shape per kind. Hints live beside the checks in the exercise, keyed by check id.
 */
import { z } from 'zod';

/** Each check has an id (kebab-case) that the exercise's hints refer to. */
const common = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case words, e.g. "small-image"'),
  label: z.string().min(3).optional(),
};
const path = z.string().regex(/^\/\S*$/, 'an absolute path inside the image, e.g. "/usr/bin/gcc"');
const contextPath = z.string().regex(/^[^/\s][^\s]*$/, 'a path relative to the build context, e.g. ".git"');
const megabytes = z.number().positive();

export const checkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builds'), ...common }).strict(),
  z.object({ kind: z.literal('image-size'), maxMB: megabytes, measure: z.enum(['disk', 'compressed']).default('disk'), ...common }).strict(),
  z.object({ kind: z.literal('no-finding'), rule: z.string().min(2), ...common }).strict(),
  z.object({ kind: z.literal('image-has'), path: path.optional(), command: z.string().min(1).optional(), ...common }).strict(),
  z.object({ kind: z.literal('image-lacks'), path: path.optional(), command: z.string().min(1).optional(), ...common }).strict(),
  z.object({ kind: z.literal('max-layers'), max: z.number().int().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('max-wasted'), maxMB: z.number().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('context-excludes'), path: contextPath, ...common }).strict(),
  z.object({ kind: z.literal('context-includes'), path: contextPath, ...common }).strict(),
  z.object({ kind: z.literal('max-context'), maxMB: megabytes, ...common }).strict(),
  z.object({ kind: z.literal('cached-after-change'), step: z.string().min(2), ...common }).strict(),
  z.object({ kind: z.literal('rebuild-time'), maxSeconds: z.number().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('starts'), ...common }).strict(),
  z.object({ kind: z.literal('non-root'), ...common }).strict(),
  z.object({ kind: z.literal('stop-time'), maxSeconds: z.number().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('sigterm-reaches-app'), ...common }).strict(),
  z.object({ kind: z.literal('healthy'), ...common }).strict(),
]);

/** What the exercise's "apply the change" button does before the rebuild: edit a context file or bump a build arg. */
export const changeSchema = z
  .object({
    /** What the button says: "Edit src/index.js". */
    label: z.string().min(3),
    /** A context file to edit; `append` is added to its end (the file is created if missing). */
    path: contextPath.optional(),
    append: z.string().optional(),
    /** Build args to set for the rebuild. */
    buildArgs: z.record(z.string(), z.string()).optional(),
  })
  .strict()
  .refine((c) => (c.path !== undefined && c.append !== undefined) || c.buildArgs !== undefined, {
    message: 'a change needs `path` and `append`, or `buildArgs`',
  });

export type Check = z.infer<typeof checkSchema>;
export type CheckInput = z.input<typeof checkSchema>;
export type Change = z.infer<typeof changeSchema>;

export const checkKinds = checkSchema.options.map((option) => option.shape.kind.value);
