// The course documents' runtime examples (shared/course/*.txt) and DESIGN.md's faithfulness examples,
// as built images, behaving as Docker would.
import { describe, expect, test } from 'vitest';
import { simulateRun } from './index.ts';
import type { ProcessNode } from './index.ts';
import { elf, exec, imageFixture, runtimes, shell } from './testing/image-fixture.ts';

const MAIN_PY = 'import time\nprint("serving")\nwhile True:\n    time.sleep(1)\n';

function tree(n: ProcessNode | undefined, depth = 0): string[] {
  if (n === undefined) return [];
  return [`${'  '.repeat(depth)}${n.pid} ${n.argv.join(' ')}${n.state === 'running' ? '' : ` <${n.state}>`}`, ...n.children.flatMap((c) => tree(c, depth + 1))];
}

describe('002 incident article', () => {
  test('"The crime": python:latest, CMD python main.py — dash stays PID 1, SIGTERM is lost, root', () => {
    const image = imageFixture({ base: 'debian', workdir: '/app', files: { ...runtimes.python(), '/app/main.py': MAIN_PY }, cmd: shell('python main.py', ['/bin/sh', '-c'], 15) });
    const r = simulateRun(image, { stop: true });
    expect(r.pid1).toMatchObject({ argv: ['/bin/sh', '-c', 'python main.py'], shell: 'dash' });
    expect(tree(r.processes)).toEqual(['1 /bin/sh -c python main.py', '  7 python main.py']);
    expect(r.stop).toMatchObject({ reachedApp: false, seconds: 10, exitCode: 137 });
    expect(r.root?.runningAsRoot).toBe(true);
  });

  test('"The sanity": USER 10000, ENTRYPOINT tini --, CMD python main.py — tini forwards, python dies of SIGTERM at once (143)', () => {
    const image = imageFixture({
      base: 'debian',
      workdir: '/app',
      users: [
        { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash' },
        { name: 'appuser', uid: 10000, gid: 10001, home: '/home/appuser', shell: '/bin/bash' },
      ],
      files: { ...runtimes.python(), '/usr/bin/tini': { elf: 'glibc' }, '/app': { dir: true, uid: 10000, gid: 10001 }, '/app/main.py': { text: MAIN_PY, uid: 10000, gid: 10001 } },
      user: '10000',
      entrypoint: exec(['/usr/bin/tini', '--']),
      cmd: exec(['python', 'main.py']),
    });
    const r = simulateRun(image, { stop: true });
    expect(tree(r.processes)).toEqual(['1 /usr/bin/tini -- python main.py', '  7 python main.py']);
    expect(r.stop).toMatchObject({ reachedApp: true, exitCode: 143, killed: false });
    expect(r.stop?.seconds).toBeLessThan(0.01);
    expect(r.root).toMatchObject({ runningAsRoot: false, workdirWritable: true });
  });
});

describe('001 multi-stage slides', () => {
  test('Go on scratch with CGO_ENABLED=0: starts (Docker\'s default PATH finds /usr/bin/HelloWorld); SIGTERM -> Go exits 2', () => {
    const image = imageFixture({ base: 'scratch', files: { '/usr/bin/HelloWorld': { elf: 'static' } }, entrypoint: exec(['HelloWorld']) });
    const r = simulateRun(image, { stop: true });
    expect(r.running).toBe(true);
    expect(r.stop).toMatchObject({ seconds: 0, exitCode: 2 });
  });

  test('the same without CGO_ENABLED=0 (glibc, cgo for net): starts and exits "no such file or directory"', () => {
    const image = imageFixture({ base: 'scratch', files: { '/usr/bin/HelloWorld': { elf: 'glibc' } }, entrypoint: exec(['HelloWorld']) });
    expect(simulateRun(image).error).toMatchObject({ message: 'exec /usr/bin/HelloWorld: no such file or directory', phase: 'start' });
  });

  test('Python on alpine: gunicorn copied with its #! script is PID 1 and stops gracefully', () => {
    const image = imageFixture({
      base: 'alpine',
      workdir: '/code',
      files: { ...runtimes.python('musl'), '/usr/local/bin/gunicorn': { text: '#!/usr/local/bin/python\nimport re, sys\nfrom gunicorn.app.wsgiapp import run\n', mode: 0o755 }, '/code/app.py': 'from flask import Flask\napp = Flask(__name__)\n' },
      entrypoint: exec(['gunicorn', '-b 0.0.0.0:8000', 'app:app']),
    });
    const r = simulateRun(image, { stop: true });
    expect(r.pid1.program).toBe('gunicorn');
    expect(r.stop).toMatchObject({ exitCode: 0, reachedApp: true });
  });
});

describe('003 lecture notes', () => {
  const files = { ...runtimes.node('musl'), '/app/server.js': 'require("http").createServer().listen(3000)\n', '/app/worker.js': 'setInterval(() => {}, 1000)\n' };

  test('node:alpine CMD ["node","dist/index.js"] through docker-entrypoint.sh: node is PID 1 and ignores SIGTERM', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files: { ...files, '/app/dist/index.js': { mode: 0o644 } }, entrypoint: exec(['docker-entrypoint.sh'], 1, true), cmd: exec(['node', 'dist/index.js']) });
    const r = simulateRun(image, { stop: true });
    expect(r.pid1).toMatchObject({ argv: ['node', 'dist/index.js'], program: 'node' });
    expect(r.stop).toMatchObject({ seconds: 10, exitCode: 137 });
    expect(r.assumptions.join('\n')).toMatch(/dist\/index.js: its source is not in the simulation/);
  });

  test('node image entrypoint: CMD ["server.js"] is not a command, so docker-entrypoint.sh puts node in front', () => {
    const image = imageFixture({ base: 'alpine', baseImage: 'node:22-alpine', workdir: '/app', files, entrypoint: exec(['docker-entrypoint.sh'], 1, true), cmd: exec(['server.js']) });
    const r = simulateRun(image);
    expect(r.pid1).toMatchObject({ argv: ['node', 'server.js'], program: 'node', execChain: [['/bin/sh', '/usr/local/bin/docker-entrypoint.sh', 'server.js']] });
  });

  test('`docker run node:22-alpine` (CMD ["node"]): node\'s REPL gets no input and exits 0', () => {
    const image = imageFixture({ base: 'alpine', baseImage: 'node:22-alpine', files, entrypoint: exec(['docker-entrypoint.sh'], 1, true), cmd: exec(['node'], 1, true) });
    expect(simulateRun(image)).toMatchObject({ started: true, running: false, exit: { code: 0 } });
  });

  test('`sh -c "node worker.js & node server.js"` on Debian: sh is PID 1; a crashed worker goes unnoticed', () => {
    const image = imageFixture({ base: 'debian', workdir: '/app', files: { ...runtimes.node(), '/app/server.js': 'x', '/app/worker.js': 'y' }, cmd: exec(['sh', '-c', 'node worker.js & node server.js']) });
    const r = simulateRun(image, { crashBackgroundChild: true });
    expect(tree(r.processes)).toEqual(['1 sh -c node worker.js & node server.js', '  7 node worker.js <exited>', '  8 node server.js']);
    expect(r.backgroundCrash).toMatchObject({ pid: 7, parentPid: 1, reaped: true, containerKeepsRunning: true });
    expect(r.running).toBe(true);
  });

  test('the same on Alpine: BusyBox execs node server.js as PID 1; the dead worker is its zombie', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files, cmd: exec(['sh', '-c', 'node worker.js & node server.js']) });
    const r = simulateRun(image, { crashBackgroundChild: true });
    expect(tree(r.processes)).toEqual(['1 node server.js', '  7 node worker.js <zombie>']);
    expect(r.backgroundCrash).toMatchObject({ reaped: false, containerKeepsRunning: true });
  });

  test('crashing a child when there is none says so', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files, cmd: exec(['node', 'server.js']) });
    const r = simulateRun(image, { crashBackgroundChild: true });
    expect(r.backgroundCrash).toBeUndefined();
    expect(r.explanations.join('\n')).toMatch(/no background process/);
  });

  test('--platform: an image built for arm64 (Apple Silicon) on an amd64 server', () => {
    const image = imageFixture({ base: 'alpine', arch: 'arm64', workdir: '/app', files: { ...runtimes.node('musl', 'arm64'), '/app/server.js': 'x' }, cmd: exec(['node', 'server.js']) });
    const r = simulateRun(image);
    expect(r.warnings[0]).toMatch(/platform \(linux\/arm64\) does not match the detected host platform \(linux\/amd64\)/);
    expect(r.error?.message).toBe('exec /usr/local/bin/node: exec format error');
    expect(simulateRun(image, { platform: 'linux/arm64' }).running).toBe(true);
  });
});

describe('000 deployment article', () => {
  test('Go built on golang:alpine (musl), run on alpine: ENTRYPOINT ["./myservice"] starts', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files: { '/app/myservice': { elf: 'musl' } }, entrypoint: exec(['./myservice']) });
    expect(simulateRun(image).running).toBe(true);
  });

  test('the pitfall: a glibc build on alpine fails at start with runc\'s "./myservice" name', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files: { '/app/myservice': { elf: 'glibc' } }, entrypoint: exec(['./myservice']) });
    expect(simulateRun(image).error).toMatchObject({ message: 'exec ./myservice: no such file or directory', exitCode: 255 });
  });

  test('`docker run --entrypoint sh image`: the image\'s CMD is dropped', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files: { '/app/myservice': { elf: 'musl' } }, entrypoint: exec(['./myservice']), cmd: exec(['--serve']) });
    expect(simulateRun(image, { entrypoint: 'sh' }).command.argv).toEqual(['sh']);
  });

  test('`--memory=250m` and a 400 MB app: OOMKilled, 137', () => {
    const image = imageFixture({ base: 'alpine', workdir: '/app', files: { '/app/myservice': { elf: 'musl' } }, entrypoint: exec(['./myservice']) });
    expect(simulateRun(image, { memory: '250m', appMemoryBytes: 400e6 }).memory).toMatchObject({ oomKilled: true, exitCode: 137 });
  });
});

describe('DESIGN.md faithfulness examples', () => {
  test('Debian shell-form CMD: sh stays PID 1; Alpine: the app is PID 1 but ignores SIGTERM without a handler', () => {
    const debian = simulateRun(imageFixture({ base: 'debian', workdir: '/app', files: { ...runtimes.node(), '/app/app.js': 'x' }, cmd: shell('node app.js') }), { stop: true });
    const alpine = simulateRun(imageFixture({ base: 'alpine', workdir: '/app', files: { ...runtimes.node('musl'), '/app/app.js': 'x' }, cmd: shell('node app.js') }), { stop: true });
    expect(debian.pid1.program).toBe('shell');
    expect(alpine.pid1.program).toBe('node');
    for (const r of [debian, alpine]) expect(r.stop).toMatchObject({ seconds: 10, exitCode: 137 });
  });

  test('a glibc binary does not start on Alpine or scratch; a shell-form CMD does not start without /bin/sh', () => {
    expect(simulateRun(imageFixture({ base: 'alpine', files: { '/s': { elf: 'glibc' } }, cmd: exec(['/s']) })).running).toBe(false);
    expect(simulateRun(imageFixture({ base: 'scratch', files: { '/s': { elf: elf('static') } }, cmd: shell('/s') })).started).toBe(false);
  });
});
