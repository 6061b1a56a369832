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

  test('a long chain (many ENVs) keeps every snapshot right and folds its layers', () => {
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
});
