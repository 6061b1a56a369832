import { describe, expect, it } from 'vitest';
import { parseSavedWork } from './work-store.ts';

describe('parseSavedWork', () => {
  it.each([
    ['a saved copy', '{"files":{"Dockerfile":"FROM a"},"savedAt":5,"tab":"t"}', { files: { Dockerfile: 'FROM a' }, savedAt: 5, tab: 't' }],
    ['nothing', null, undefined],
    ['not JSON', '{', undefined],
    ['null', 'null', undefined],
    ['no tab', '{"files":{},"savedAt":5}', undefined],
    ['a file that is not text', '{"files":{"Dockerfile":3},"savedAt":5,"tab":"t"}', undefined],
  ])('%s', (_name, text, expected) => {
    expect(parseSavedWork(text)).toEqual(expected);
  });
});
