import { describe, expect, test } from 'vitest';
import { fakeWebContainer } from './fake-webcontainer.ts';
import { NODE_UNAVAILABLE, createNodeHost, toTree } from './node-host.ts';
import { safeProcessOutput } from './process-output.ts';

const files = () => ({ 'package.json': '{"scripts":{"start":"node src/index.js"}}', 'src/index.js': 'console.log("hi")' });

async function runOnce(host: ReturnType<typeof createNodeHost>, argv: string[]) {
  let written = '';
  const outcome = await host.run(argv, (t) => (written += t), new AbortController().signal);
  return { outcome, written };
}

describe('the Node host falls back in one line when a WebContainer cannot start', () => {
  const yes = (): boolean => true;
  const no = (): boolean => false;
  test.each([
    ['not cross-origin isolated', { isolated: no, online: yes }, 'ok', NODE_UNAVAILABLE.isolation],
    ['offline', { isolated: yes, online: no }, 'ok', NODE_UNAVAILABLE.offline],
    ['boot never settles (offline, navigator.onLine still true)', { isolated: yes, online: yes, timeoutMs: 30 }, 'never', NODE_UNAVAILABLE.timeout(0)],
    ['boot rejects', { isolated: yes, online: yes }, 'fail', NODE_UNAVAILABLE.failed('unable to reach the boot server')],
  ] as const)('%s', async (_name, guards, boot, reason) => {
    const fake = fakeWebContainer({ boot });
    const host = createNodeHost({ ...guards, load: async () => fake, files });
    const { outcome } = await runOnce(host, ['npm', 'start']);
    expect(outcome).toEqual({ ok: false, reason });
    expect(reason.split('\n')).toHaveLength(1);
  });

  test('the package missing is said so', async () => {
    const host = createNodeHost({ isolated: () => true, online: () => true, load: () => Promise.reject(new TypeError('Failed to resolve module specifier')), files });
    expect((await runOnce(host, ['node', '--version'])).outcome).toEqual({ ok: false, reason: NODE_UNAVAILABLE.missing });
  });

  test('one boot per page: a second command does not boot again', async () => {
    const fake = fakeWebContainer({ boot: 'never' });
    const host = createNodeHost({ isolated: () => true, online: () => true, timeoutMs: 10, load: async () => fake, files });
    await runOnce(host, ['node', '-v']);
    await runOnce(host, ['node', '-v']);
    expect(fake.boots).toBe(1);
  });
});

describe('when it starts, the project runs for real', () => {
  test('files are mounted as a tree and the output is passed on, made safe', async () => {
    const fake = fakeWebContainer({ boot: 'ok', outputs: { 'npm start': ['\x1b[32mok\x1b[0m\n', 'evil \x1b]52;c;eA==\x07\n'] }, exitCode: 0 });
    const host = createNodeHost({ isolated: () => true, online: () => true, load: async () => fake, files });
    const { outcome, written } = await runOnce(host, ['npm', 'start']);
    expect(outcome).toEqual({ ok: true, exitCode: 0 });
    expect(fake.spawned).toEqual(['npm start']);
    expect(fake.mounted[0]).toEqual(toTree(files()));
    expect(written).toBe('\x1b[32mok\x1b[0m\r\nevil ^[]52;c;eA==^G\r\n');
  });
});

describe('toTree and safeProcessOutput', () => {
  test('nested paths become directories', () => {
    expect(toTree({ 'a/b/c.txt': 'x', 'a/d.txt': 'y', '../escape': 'z' })).toEqual({
      a: { directory: { b: { directory: { 'c.txt': { file: { contents: 'x' } } } }, 'd.txt': { file: { contents: 'y' } } } },
      escape: { file: { contents: 'z' } },
    });
  });
  test.each([
    ['\x1b[1;31mred\x1b[0m', '\x1b[1;31mred\x1b[0m'],
    ['\x1b[2Jclear', '^[[2Jclear'],
    ['\x1b]8;;http://x\x07', '^[]8;;http://x^G'],
    ['a\nb', 'a\r\nb'],
    ['\x9b', '\\x9b'],
  ])('%j', (input, expected) => {
    expect(safeProcessOutput(input)).toBe(expected);
  });
});
