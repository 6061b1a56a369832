import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkScaffold, nextOrder, scaffold } from './new-lesson.ts';

describe('npm run new-lesson', () => {
  test('the scaffold is a working lesson: valid frontmatter, start fails, solution passes', () => {
    const made = scaffold('health-checks', 7, 'Health checks', 30);
    expect(made.folder).toBe('07-health-checks');
    expect(Object.keys(made.files).sort()).toEqual([
      'content/lessons/07-health-checks/exercises/pin-a-slim-base/context/app.py',
      'content/lessons/07-health-checks/exercises/pin-a-slim-base/context/requirements.txt',
      'content/lessons/07-health-checks/exercises/pin-a-slim-base/solution/Dockerfile',
      'content/lessons/07-health-checks/exercises/pin-a-slim-base/start/Dockerfile',
      'content/lessons/07-health-checks/index.mdx',
    ]);
    expect(checkScaffold(made)).toEqual([]);
  });

  test('a title with YAML specials stays one string', () => {
    expect(checkScaffold(scaffold('x', 1, 'Ports: "8080" & more #1', 5))).toEqual([]);
  });

  test('the number follows the highest lesson order', () => {
    const root = mkdtempSync(join(tmpdir(), 'shipshape-lessons-'));
    for (const [dir, order] of [['01-a', 1], ['04-b', 4]] as const) {
      mkdirSync(join(root, 'content', 'lessons', dir), { recursive: true });
      writeFileSync(join(root, 'content', 'lessons', dir, 'index.mdx'), `---\ntitle: T\norder: ${order}\n---\n`);
    }
    expect(nextOrder(root)).toBe(5);
    expect(nextOrder(mkdtempSync(join(tmpdir(), 'shipshape-empty-')))).toBe(1);
  });
});
