import { describe, expect, test } from 'vitest';
import type { RestartPolicy } from '../model-types.ts';
import type { RestartState } from './restart-manager.ts';
import { initialRestartState, shouldRestart } from './restart-manager.ts';

const loc = { file: 'c.yaml', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
const policy = (name: RestartPolicy['name'], maxRetries = 0): RestartPolicy => ({ name, maxRetries, from: 'restart', raw: name, loc });

/** Runs a sequence of exits (code, how long the run lasted) and returns each decision's delay or "stop". */
function run(p: RestartPolicy | undefined, exits: readonly (readonly [number, number])[]): (number | 'stop')[] {
  let state: RestartState = initialRestartState;
  return exits.map(([code, ran]) => {
    const d = shouldRestart(p, code, ran, state);
    if (!d.restart) return 'stop';
    state = d.next;
    return d.delayMs;
  });
}

type Exits = readonly (readonly [number, number])[];

describe('moby restartmanager', () => {
  test.each<[string, RestartPolicy | undefined, Exits, (number | 'stop')[]]>([
    ['no policy', undefined, [[1, 100]], ['stop']],
    ['no', policy('no'), [[1, 100]], ['stop']],
    ['always, crashing at once: 100 ms doubling', policy('always'), [[1, 100], [1, 100], [1, 100], [0, 100]], [100, 200, 400, 800]],
    ['always, a run of 10 s resets the delay', policy('always'), [[1, 100], [1, 100], [1, 10_000], [1, 100]], [100, 200, 100, 200]],
    ['always caps the delay at one minute', policy('always'), Array.from({ length: 12 }, (): [number, number] => [1, 100]), [100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000, 60000]],
    ['on-failure ignores a clean exit', policy('on-failure'), [[0, 100]], ['stop']],
    ['on-failure:2 gives up after two restarts', policy('on-failure', 2), [[1, 100], [1, 100], [1, 100]], [100, 200, 'stop']],
    ['unless-stopped restarts like always', policy('unless-stopped'), [[0, 100], [3, 100]], [100, 200]],
  ])('%s', (_name, p, exits, expected) => {
    expect(run(p, exits)).toEqual(expected);
  });
});
