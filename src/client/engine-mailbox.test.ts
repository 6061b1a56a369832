import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../engine/index.ts';
import { lessonSchema } from '../lessons/lesson-schema.ts';
import { exercisePayload } from '../lessons/exercise-payload.ts';
import { frontmatterOf, LESSONS, parseWith, subfolders } from '../../content/lesson-test-support.ts';
import { analysisInput } from './workbench-input.ts';
import { mailboxId, MAILBOX_BYTES, readMailbox, whenMailboxChanges, writeMailbox } from './engine-mailbox.ts';

describe('the engine mailbox', () => {
  const values: readonly (readonly [string, unknown])[] = [
    ['an empty object', {}],
    ['nested data', { id: 7, report: { findings: [{ code: 'DL3007', range: { start: { line: 1, column: 6 } } }], build: { ok: false } } }],
    ['text beyond ASCII', { message: 'naïve “quotes” — 日本語 ✓ 🐳' }],
    ['a learner’s markup, as text', { log: '</script><b>bold</b>' }],
  ];
  test.each(values)('gives back %s as written', (_, value) => {
    const box = new SharedArrayBuffer(4096);
    expect(writeMailbox(box, 3, value)).toBe(true);
    expect(mailboxId(box)).toBe(3);
    expect(readMailbox(box, 3)).toEqual(value);
  });

  test('holds only the newest answer', () => {
    const box = new SharedArrayBuffer(4096);
    writeMailbox(box, 1, { n: 1 });
    writeMailbox(box, 2, { n: 2 });
    expect(readMailbox(box, 1)).toBeUndefined();
    expect(readMailbox(box, 2)).toEqual({ n: 2 });
  });

  test('gives nothing while the worker is writing (the id is cleared first)', () => {
    const box = new SharedArrayBuffer(4096);
    writeMailbox(box, 5, { n: 5 });
    Atomics.store(new Int32Array(box, 0, 2), 0, 0);
    expect(readMailbox(box, 5)).toBeUndefined();
  });

  test('refuses an answer bigger than the slot, and leaves no stale answer behind', () => {
    const box = new SharedArrayBuffer(64);
    writeMailbox(box, 1, { n: 1 });
    expect(writeMailbox(box, 2, { text: 'x'.repeat(100) })).toBe(false);
    expect(mailboxId(box)).toBe(0);
    expect(readMailbox(box, 1)).toBeUndefined();
  });

  test('a slot holds a lesson-sized report with room to spare', () => {
    expect(MAILBOX_BYTES).toBeGreaterThanOrEqual(64 * 1024);
  });

  test('wakes the page when an answer is written', async () => {
    const box = new SharedArrayBuffer(4096);
    const woken = new Promise<number>((resolve) => {
      expect(whenMailboxChanges(box, mailboxId(box), () => resolve(mailboxId(box)))).toBe(true);
    });
    writeMailbox(box, 9, { n: 9 });
    await expect(woken).resolves.toBe(9);
  });
});

// The mailbox carries the report as JSON, the worker's message as a structured clone: the panels must get the same
// data either way. (toEqual treats a property set to undefined as absent, which is how the panels read them; a Map,
// NaN or Infinity would fail here.)
describe('every lesson exercise’s report survives JSON', () => {
  const cases = subfolders(LESSONS)
    .filter((slug) => existsSync(join(LESSONS, slug, 'index.mdx')))
    .flatMap((slug) => {
      const where = `content/lessons/${slug}/index.mdx`;
      const lesson = parseWith(lessonSchema, frontmatterOf(readFileSync(join(LESSONS, slug, 'index.mdx'), 'utf8'), where), where);
      return lesson.exercises.flatMap((exercise) => {
        const payload = exercisePayload(slug, exercise);
        return [
          [`${payload.key} start`, analysisInput(payload, payload.files, true)] as const,
          [`${payload.key} solution`, analysisInput(payload, payload.solution ?? payload.files, true)] as const,
        ];
      });
    });
  test('there are lessons to check', () => expect(cases.length).toBeGreaterThan(4));
  test.each(cases)('%s', (_, input) => {
    const report = analyze(input);
    expect(JSON.parse(JSON.stringify(report))).toEqual(structuredClone(report));
  });
});
