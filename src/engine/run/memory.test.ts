// --memory: parsing like docker's units.RAMInBytes (go-units size.go), the 6 MB minimum (moby
// daemon_unix.go), OOM kills -> 137 with OOMKilled (simulation-model.md §5.1, compose-orchestration.md §7).
import { describe, expect, test } from 'vitest';
import { parseMemory, simulateRun } from './index.ts';
import { exec, imageFixture, runtimes, shell } from './testing/image-fixture.ts';

const MIB = 1024 * 1024;

describe('parseMemory (binary units, like docker)', () => {
  test.each([
    ['250m', 250 * MIB],
    ['250M', 250 * MIB],
    ['250MB', 250 * MIB],
    ['250MiB', 250 * MIB],
    ['1g', 1024 * MIB],
    ['1.5g', 1.5 * 1024 * MIB],
    ['512k', 512 * 1024],
    ['268435456', 268435456],
    ['100b', 100],
    ['12x', undefined],
    ['m', undefined],
    ['250 mb', 250 * MIB],
  ] as const)('%s', (text, bytes) => {
    expect(parseMemory(text)).toBe(bytes);
  });
});

const nodeApp = (cmd = exec(['node', 'server.js']), base: 'debian' | 'alpine' = 'debian') =>
  imageFixture({ base, workdir: '/app', files: { ...runtimes.node(base === 'alpine' ? 'musl' : 'glibc'), '/app/server.js': 'x', '/app/worker.js': 'y' }, cmd });

describe('OOM kill', () => {
  test('a declared peak above the limit: PID 1 is killed, 137, OOMKilled', () => {
    const r = simulateRun(nodeApp(), { memory: '250m', appMemoryBytes: 400 * MIB });
    expect(r.memory).toMatchObject({ oomKilled: true, killedPid: 1, exitCode: 137, peakSource: 'declared', containerKeepsRunning: false });
    expect(r).toMatchObject({ running: false, exit: { code: 137 } });
  });

  test('a declared peak under the limit', () => {
    const r = simulateRun(nodeApp(), { memory: '512m', appMemoryBytes: 300 * MIB });
    expect(r.memory).toMatchObject({ oomKilled: false, peakSource: 'declared' });
    expect(r.running).toBe(true);
  });

  test('the app under dash (sh -c): the shell returns the child\'s 137', () => {
    const r = simulateRun(nodeApp(shell('node server.js')), { memory: '128m', appMemoryBytes: 200 * MIB });
    expect(r.memory).toMatchObject({ oomKilled: true, killedPid: 7, exitCode: 137 });
  });

  test('a background child killed: the container keeps running (OOMKilled still set)', () => {
    const r = simulateRun(nodeApp(exec(['sh', '-c', 'node worker.js & sleep infinity'])), { memory: '64m' });
    expect(r.memory).toMatchObject({ oomKilled: false });
    const big = simulateRun(nodeApp(exec(['sh', '-c', 'node worker.js & sleep infinity'])), { memory: '32m' });
    expect(big.memory).toMatchObject({ oomKilled: true, containerKeepsRunning: true, killedPid: 7, peakSource: 'estimate' });
    expect(big.running).toBe(true);
  });

  test('estimates are labelled as such', () => {
    const r = simulateRun(nodeApp(), { memory: '32m' });
    expect(r.memory).toMatchObject({ peakSource: 'estimate', oomKilled: true });
    expect(r.memory?.explanation).toMatch(/estimate/);
  });

  test('JVM: heap capped at 25 % of the limit (MaxRAMPercentage), noted', () => {
    const image = imageFixture({ base: 'debian', files: { '/opt/java/openjdk/bin/java': { elf: 'glibc' } }, env: { PATH: '/opt/java/openjdk/bin:/usr/bin' }, cmd: exec(['java', '-jar', '/app.jar']) });
    const r = simulateRun(image, { memory: '1g' });
    expect(r.memory?.notes.join(' ')).toMatch(/25 %: 256 MiB/);
    expect(r.memory?.oomKilled).toBe(false);
  });

  test('Node: heap sized from the cgroup limit, noted', () => {
    expect(simulateRun(nodeApp(), { memory: '256m' }).memory?.notes.join(' ')).toMatch(/Node\.js ≥ 20\.3 sizes its heap from the cgroup v2 limit/);
  });

  test('an unknown program: the peak is unknown unless declared', () => {
    const image = imageFixture({ base: 'debian', files: { '/usr/local/bin/app': { elf: 'glibc' } }, cmd: exec(['app']) });
    expect(simulateRun(image, { memory: '64m' }).memory).toMatchObject({ peakSource: 'unknown', peakBytes: undefined, oomKilled: false });
    expect(simulateRun(image, { memory: '64m', appMemoryBytes: 100 * MIB }).memory).toMatchObject({ oomKilled: true, exitCode: 137 });
  });

  test('no limit, no declared peak: no memory report', () => {
    expect(simulateRun(nodeApp()).memory).toBeUndefined();
  });

  test('an invalid --memory is refused', () => {
    expect(simulateRun(nodeApp(), { memory: '12x' }).error).toMatchObject({ exitCode: 125, phase: 'create' });
  });
});
