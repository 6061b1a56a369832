import { describe, expect, test } from 'vitest';
import { parseProgressFile } from '../storage/progress-file.ts';
import { classLink, parseClassParam } from './class-link.ts';
import type { LessonInfo } from './class-link.ts';
import { summarise, summaryCsv } from './class-summary.ts';
import type { ParsedFile } from './class-summary.ts';

const COURSE: LessonInfo[] = [
  { id: '01-image-bloat', title: 'Image bloat', order: 1, minutes: 50, exercises: [{ id: 'pin-a-slim-base', title: 'Pin a slim base' }, { id: 'the-incident', title: 'Undo the incident' }] },
  { id: '03-layer-caching', title: 'Layer caching', order: 3, minutes: 40, exercises: [{ id: 'requirements-first', title: 'Requirements first' }] },
];

describe('class links', () => {
  test.each([
    ['01-image-bloat,03-layer-caching', ['01-image-bloat', '03-layer-caching'], []],
    ['03-layer-caching,01-image-bloat', ['03-layer-caching', '01-image-bloat'], []],
    [' 01-image-bloat , 01-image-bloat ,', ['01-image-bloat'], []],
    ['01-image-bloat,99-nope,<script>', ['01-image-bloat'], ['99-nope', '<script>']],
    ['', [], []],
    [null, [], []],
  ])('%j', (param, known, unknown) => {
    const plan = parseClassParam(param, COURSE);
    expect(plan.lessons.map((l) => l.id)).toEqual(known);
    expect(plan.unknown).toEqual(unknown);
  });

  test('a link round-trips', () => {
    const link = classLink('https://s.example', ['03-layer-caching', '01-image-bloat']);
    expect(link).toBe('https://s.example/class/?lessons=03-layer-caching,01-image-bloat');
    expect(parseClassParam(new URL(link).searchParams.get('lessons'), COURSE).lessons.map((l) => l.id)).toEqual(['03-layer-caching', '01-image-bloat']);
  });
});

const progress = (solved: Record<string, string>, work: Record<string, number> = {}, exportedAt = '2026-11-20T10:00:00.000Z') =>
  JSON.stringify({ format: 'shipshape-progress', version: 1, exportedAt, solved, work: Object.fromEntries(Object.entries(work).map(([k, savedAt]) => [k, { files: { Dockerfile: 'FROM x' }, savedAt }])) });

function parsed(name: string, text: string): ParsedFile {
  const result = parseProgressFile(text);
  return result.ok ? { name, ok: true, file: result.file } : { name, ok: false, message: result.message };
}

describe('class summary from exported progress files', () => {
  const files = [
    parsed('ada.json', progress({ '01-image-bloat/pin-a-slim-base': '2026-11-20T09:10:00.000Z', '03-layer-caching/requirements-first': '2026-11-20T09:40:00.000Z' })),
    parsed('grace.json', progress({ '01-image-bloat/pin-a-slim-base': '2026-11-20T09:20:00.000Z' }, { '01-image-bloat/the-incident': 1763629200000 })),
    parsed('grace-2.json', progress({}, {}, '2026-11-19T10:00:00.000Z')),
    parsed('notes.json', '{"hello": "world"}'),
    parsed('broken.json', 'not json'),
    parsed('shipshape-progress-2026-11-20.json', progress({})),
  ];
  const summary = summarise(files, COURSE);

  test('columns are the class’s exercises, rows the learners', () => {
    expect(summary.columns.map((c) => c.key)).toEqual(['01-image-bloat/pin-a-slim-base', '01-image-bloat/the-incident', '03-layer-caching/requirements-first']);
    expect(summary.rows.map((r) => [r.learner, r.solved, r.cells.map((c) => c.kind)])).toEqual([
      ['2026-11-20', 0, ['none', 'none', 'none']],
      ['ada', 2, ['solved', 'none', 'solved']],
      ['grace', 1, ['solved', 'started', 'none']],
      ['grace-2', 0, ['none', 'none', 'none']],
    ]);
    expect(summary.solvedBy).toEqual([2, 0, 1]);
  });

  test('files that are not progress files are refused with the reason', () => {
    expect(summary.refused.map((r) => r.name)).toEqual(['notes.json', 'broken.json']);
    expect(summary.refused[1]!.message).toBe('The file is not JSON.');
  });

  test('CSV for a spreadsheet, formulas neutralised', () => {
    const csv = summaryCsv(summarise([parsed('=cmd().json', progress({}))], COURSE));
    expect(csv.split('\r\n')[0]).toBe('"learner","exported at","solved","01-image-bloat/pin-a-slim-base","01-image-bloat/the-incident","03-layer-caching/requirements-first"');
    expect(csv.split('\r\n')[1]!.startsWith(`"'=cmd()",`)).toBe(true);
  });
});
