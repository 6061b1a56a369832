import { describe, expect, test } from 'vitest';
import { extendScope } from './layered-scope.ts';
import type { ScopeVariable } from './expansion-types.ts';

const v = (name: string, value: string): readonly [string, ScopeVariable] => [name, { name, value, source: 'env', line: 1 }];

describe('extendScope', () => {
  test('leaves the base scope as it was and shadows its values', () => {
    const base = new Map([v('A', '1'), v('B', '2')]);
    const next = extendScope(base, [v('B', '3'), v('C', '4')]);
    expect(base.get('B')?.value).toBe('2');
    expect(next.get('B')?.value).toBe('3');
    expect(next.has('C')).toBe(true);
    expect(next.size).toBe(3);
    expect([...next.keys()]).toEqual(['A', 'B', 'C']);
  });

  test('a long chain (many ENVs) keeps every snapshot right', () => {
    let scope: ReadonlyMap<string, ScopeVariable> = new Map();
    const snapshots: ReadonlyMap<string, ScopeVariable>[] = [];
    for (let i = 0; i < 1000; i++) {
      scope = extendScope(scope, [v(`V${i}`, String(i)), v('LAST', String(i))]);
      snapshots.push(scope);
    }
    expect(scope.size).toBe(1001);
    expect(snapshots[10]!.size).toBe(12);
    expect(snapshots[10]!.get('LAST')?.value).toBe('10');
    expect(snapshots[500]!.has('V501')).toBe(false);
    expect([...snapshots[999]!.entries()].length).toBe(1001);
  });

  test.each([
    {
      name: 'an older scope still reads the value it had when a later one changes it',
      steps: [['A', '1'], ['B', '2'], ['A', '3']],
      read: 1,
      expected: [['A', '1'], ['B', '2']],
    },
    {
      name: 'a name of the base set again keeps its place in the order',
      steps: [['B', '9'], ['C', '3']],
      read: 1,
      expected: [['A', '1'], ['B', '9'], ['C', '3']],
    },
    {
      name: 'a name set twice in one extension takes the last value',
      steps: [['C', '1', 'C', '2']],
      read: 0,
      expected: [['A', '1'], ['B', '2'], ['C', '2']],
    },
  ])('$name', ({ steps, read, expected }) => {
    const base = new Map([v('A', '1'), v('B', '2')]);
    const scopes: ReadonlyMap<string, ScopeVariable>[] = [];
    let scope: ReadonlyMap<string, ScopeVariable> = base;
    for (const step of steps) {
      const entries: (readonly [string, ScopeVariable])[] = [];
      for (let i = 0; i < step.length; i += 2) entries.push(v(step[i]!, step[i + 1]!));
      scope = extendScope(scope, entries);
      scopes.push(scope);
    }
    const seen = scopes[read]!;
    expect([...seen].map(([k, x]) => [k, x.value])).toEqual(expected);
    for (const [k, value] of expected) expect(seen.get(k!)?.value).toBe(value);
    expect(seen.size).toBe(expected.length);
  });

  test('extending an older scope (a branch) leaves the newer ones as they were', () => {
    const base = new Map([v('A', '1')]);
    const older = extendScope(base, [v('B', '2')]);
    const newer = extendScope(older, [v('C', '3')]);
    const branch = extendScope(older, [v('D', '4')]);
    expect([...newer.keys()]).toEqual(['A', 'B', 'C']);
    expect([...branch.keys()]).toEqual(['A', 'B', 'D']);
    expect(newer.has('D')).toBe(false);
    expect(branch.has('C')).toBe(false);
  });

  test('nothing to set gives the same scope back', () => {
    const base = new Map([v('A', '1')]);
    expect(extendScope(base, [])).toBe(base);
  });
});
