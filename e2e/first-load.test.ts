import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { measureFirstLoad } from '../scripts/first-load.ts';

// Issue budget: a lesson page ships under 100 KB of JavaScript (gzip) before the editor is needed.
const budget = 100 * 1024;

test('every lesson page ships under 100 KB of JavaScript (gzip) before the editor is needed', () => {
  const lessons = readdirSync('dist/lessons', { withFileTypes: true }).filter((d) => d.isDirectory());
  assert.ok(lessons.length > 0, 'no lesson pages were built');
  for (const lesson of lessons) {
    const result = measureFirstLoad('dist', `lessons/${lesson.name}/index.html`);
    assert.ok(result.gzipBytes < budget, `${lesson.name}: ${result.gzipBytes} bytes gzip on first load`);
    assert.ok(!result.files.some((f) => /monaco|editor\.api|workbench\./.test(f.file)), `${lesson.name} loads the editor eagerly`);
  }
});
