/**
 * BuildKit's own parser test files (testdata/, Apache-2.0): every positive case must dump exactly
 * as BuildKit does, every negative case must be rejected, and line numbers must match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpBuildkit, parseDockerfile } from './index.ts';

const root = new URL('./testdata/buildkit-parser/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const dirs = (path: string) => readdirSync(new URL(path, root));

describe('BuildKit parser test files', () => {
  const cases = dirs('cases/');
  it('has the 33 positive cases', () => expect(cases).toHaveLength(33));
  it.each(cases)('%s dumps as BuildKit does', (name) => {
    const result = parseDockerfile(read(`cases/${name}/Dockerfile`));
    expect(result.errors.filter((e) => e.phase === 'parse')).toEqual([]);
    expect(dumpBuildkit(result)).toBe(read(`cases/${name}/result`));
  });

  const negative = [
    ['empty_dockerfile', 'file with no instructions'],
    ['only_comments', 'file with no instructions'],
    ['env_no_value', 'ENV must have two arguments'],
    ['shykes-nested-json', 'when using JSON array syntax, arrays must be comprised of strings only'],
  ] as const;
  it('has the 4 negative cases', () => expect(dirs('negative/').sort()).toEqual(negative.map((n) => n[0]).sort()));
  it.each(negative)('%s is rejected: %s', (name, message) => {
    const result = parseDockerfile(read(`negative/${name}/Dockerfile`));
    expect(result.errors.filter((e) => e.phase === 'parse').map((e) => e.message)).toEqual([message]);
  });

  it('gives the line numbers BuildKit gives (testfile-line)', () => {
    const result = parseDockerfile(read('line-info/Dockerfile'));
    expect([result.startLine, result.endLine]).toEqual([5, 31]);
    expect(result.instructions.map((i) => [i.startLine, i.endLine])).toEqual([[5, 5], [11, 12], [17, 31]]);
  });
});
