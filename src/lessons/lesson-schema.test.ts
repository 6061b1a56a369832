import { describe, expect, it } from 'vitest';
import { exerciseSchema } from './lesson-schema.ts';

const base = { id: 'pin-the-base', title: 'Pin the base', task: 'Pin the base image to a slim tag.', files: ['Dockerfile'] };

/** An author's mistake comes back naming the field and saying what was expected. */
describe('exercise frontmatter', () => {
  it('accepts a complete exercise', () => {
    const parsed = exerciseSchema.parse({
      ...base,
      checks: [{ id: 'base-pinned', kind: 'no-finding', rule: 'base-image-latest' }],
      hints: { 'base-pinned': ['Look at the first line.'] },
      change: { label: 'edit app.py', path: 'app.py', append: '\n' },
      largeEntries: [{ path: '.git', kind: 'dir', size: 1000, files: 3 }, { path: 'data.csv', size: 5 }],
    });
    expect(parsed.checks).toHaveLength(1);
  });

  it.each([
    ['a hint for a check that does not exist', { checks: [{ id: 'a', kind: 'builds' }], hints: { b: ['Some hint.'] } }, 'hints.b', /no check has that id \(checks: a\)/],
    ['two checks with one id', { checks: [{ id: 'a', kind: 'builds' }, { id: 'a', kind: 'starts' }] }, 'checks.1.id', /used twice/],
    ['an unknown check kind', { checks: [{ id: 'a', kind: 'fast' }] }, 'checks.0.kind', /./],
    ['a path outside the context', { files: ['../Dockerfile'] }, 'files.0', /relative path inside the build context/],
    ['a large entry without a size', { largeEntries: [{ path: 'x' }] }, 'largeEntries.0', /./],
    ['an id that is not kebab-case', { id: 'Pin The Base' }, 'id', /kebab-case/],
  ])('refuses %s', (_name, change, path, message) => {
    const result = exerciseSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.').startsWith(path));
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });
});
