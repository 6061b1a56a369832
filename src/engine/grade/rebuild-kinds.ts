/**
 * Check kinds that judge the rebuild after the exercise's declared change: grading them needs that rebuild.
 * Its own module (no zod) so the site's main thread can ask without loading the check schema.
 */
export const rebuildCheckKinds: ReadonlySet<string> = new Set(['cached-after-change', 'reruns-after-change', 'rebuild-time']);
