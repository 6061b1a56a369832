// Whether the container starts, and if not, Docker's own error and exit code (simulation-model.md §5.3,
// §5.1 exit statuses; texts from runc, moby, docker/cli, tini, the shells — see messages.ts).
import { describe, expect, test } from 'vitest';
import { simulateRun } from './index.ts';
import type { RunOptions } from './index.ts';
import { elf, exec, imageFixture, runtimes, shell } from './testing/image-fixture.ts';
import type { FixtureInput } from './testing/image-fixture.ts';

const CREATE = 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

interface Case {
  readonly name: string;
  readonly image: FixtureInput;
  readonly options?: RunOptions;
  readonly started: boolean;
  readonly message: string;
  readonly exitCode: number;
  readonly phase: 'create' | 'start' | 'runtime';
}

const cases: readonly Case[] = [
  {
    name: '§5.3 shell-form CMD on scratch: no /bin/sh',
    image: { base: 'scratch', files: { '/server': { elf: 'static' } }, cmd: shell('/server') },
    started: false,
    message: `${CREATE}exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown`,
    exitCode: 127,
    phase: 'create',
  },
  {
    name: '§5.3 shell-form ENTRYPOINT on distroless',
    image: { base: 'distroless', files: { '/app': { elf: 'static' } }, entrypoint: shell('/app') },
    started: false,
    message: `${CREATE}exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown`,
    exitCode: 127,
    phase: 'create',
  },
  {
    name: '§5.3 program not in PATH',
    image: { base: 'debian', cmd: exec(['gunicorn', 'app:app']) },
    started: false,
    message: `${CREATE}exec: "gunicorn": executable file not found in $PATH: unknown`,
    exitCode: 127,
    phase: 'create',
  },
  {
    name: 'an absolute path that does not exist',
    image: { base: 'debian', entrypoint: exec(['/app/server']) },
    started: false,
    message: `${CREATE}exec: "/app/server": stat /app/server: no such file or directory: unknown`,
    exitCode: 127,
    phase: 'create',
  },
  {
    name: '§5.1 not executable: permission denied, 126',
    image: { base: 'debian', files: { '/app/run.sh': { text: '#!/bin/sh\nexec "$@"\n', mode: 0o644 } }, entrypoint: exec(['/app/run.sh']) },
    started: false,
    message: `${CREATE}exec: "/app/run.sh": permission denied: unknown`,
    exitCode: 126,
    phase: 'create',
  },
  {
    name: 'a directory: moby adds "permission denied" so the CLI exits 126',
    image: { base: 'debian', files: { '/app': { dir: true } }, entrypoint: exec(['/app']) },
    started: false,
    message: `${CREATE}exec: "/app": is a directory: unknown: permission denied`,
    exitCode: 126,
    phase: 'create',
  },
  {
    name: '§5.3 glibc binary on Alpine: starts, then "exec …: no such file or directory"',
    image: { base: 'alpine', files: { '/app/server': { elf: 'glibc' } }, entrypoint: exec(['/app/server']) },
    started: true,
    message: 'exec /app/server: no such file or directory',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: '§5.3 glibc binary on scratch',
    image: { base: 'scratch', files: { '/server': { elf: 'glibc' } }, entrypoint: exec(['/server']) },
    started: true,
    message: 'exec /server: no such file or directory',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: 'the name runc prints is the PATH lookup result',
    image: { base: 'alpine', files: { '/usr/local/bin/server': { elf: 'glibc' } }, entrypoint: exec(['server']) },
    started: true,
    message: 'exec /usr/local/bin/server: no such file or directory',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: 'arm64 binary on an amd64 host: exec format error',
    image: { base: 'debian', files: { '/app/server': { elf: elf('static', 'arm64') } }, entrypoint: exec(['/app/server']) },
    started: true,
    message: 'exec /app/server: exec format error',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: 'an image built for arm64 (unknown binaries) on an amd64 host',
    image: { base: 'alpine', arch: 'arm64', files: { '/app/server': { mode: 0o755 } }, entrypoint: exec(['/app/server']) },
    started: true,
    message: 'exec /app/server: exec format error',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: '§5.3 CRLF #! line: "exec /entrypoint.sh: no such file or directory"',
    image: { base: 'debian', files: { '/entrypoint.sh': { text: '#!/bin/sh\r\nexec "$@"\r\n', mode: 0o755 } }, entrypoint: exec(['/entrypoint.sh']), cmd: exec(['sleep', '1']) },
    started: true,
    message: 'exec /entrypoint.sh: no such file or directory',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: 'a script without #! line: exec format error',
    image: { base: 'debian', files: { '/start.sh': { text: 'exec sleep 1\n', mode: 0o755 } }, entrypoint: exec(['/start.sh']) },
    started: true,
    message: 'exec /start.sh: exec format error',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: '#!/bin/bash on Alpine: the interpreter is missing',
    image: { base: 'alpine', files: { '/start.sh': { text: '#!/bin/bash\nexec sleep 1\n', mode: 0o755 } }, entrypoint: exec(['/start.sh']) },
    started: true,
    message: 'exec /start.sh: no such file or directory',
    exitCode: 255,
    phase: 'start',
  },
  {
    name: 'USER that does not exist',
    image: { base: 'debian', user: 'app', cmd: exec(['sleep', '1']) },
    started: false,
    message: 'docker: Error response from daemon: unable to find user app: no matching entries in passwd file',
    exitCode: 125,
    phase: 'create',
  },
  {
    name: 'no command at all',
    image: { base: 'scratch' },
    started: false,
    message: 'docker: Error response from daemon: no command specified',
    exitCode: 125,
    phase: 'create',
  },
  {
    name: 'dash: a command missing inside sh -c',
    image: { base: 'debian', cmd: shell('node server.js') },
    started: true,
    message: '/bin/sh: 1: node: not found',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: 'BusyBox ash: a command missing inside sh -c',
    image: { base: 'alpine', cmd: shell('node server.js') },
    started: true,
    message: '/bin/sh: node: not found',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: 'bash (SHELL): a command missing inside bash -c',
    image: { base: 'debian', cmd: shell('node server.js', ['/bin/bash', '-c']) },
    started: true,
    message: '/bin/bash: line 1: node: command not found',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: '§5.3 BusyBox ash: a glibc binary on Alpine run through sh is "not found"',
    image: { base: 'alpine', files: { '/app/server': { elf: 'glibc' } }, cmd: shell('/app/server') },
    started: true,
    message: '/bin/sh: /app/server: not found',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: '§5.3 dash: the same binary through Debian\'s sh (the loader is there, so it runs); a missing one in a script',
    image: { base: 'debian', files: { '/app/start.sh': { text: '#!/bin/sh\nset -e\ncd /app\n./server\n', mode: 0o755 } }, entrypoint: exec(['/app/start.sh']) },
    started: true,
    message: '/app/start.sh: 4: ./server: not found',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: 'bash 5.2: a binary whose loader is missing',
    image: { base: 'debian', files: { '/app/server': { elf: 'musl' } }, cmd: shell('/app/server', ['/bin/bash', '-c']) },
    started: true,
    message: '/bin/bash: line 1: /app/server: cannot execute: required file not found',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: 'a failure followed by `|| exit 1`',
    image: { base: 'debian', cmd: shell('node server.js || exit 1') },
    started: true,
    message: '/bin/sh: 1: node: not found',
    exitCode: 1,
    phase: 'runtime',
  },
  {
    name: 'tini (--init): a missing program',
    image: { base: 'debian', cmd: exec(['node', 'server.js']) },
    options: { init: true },
    started: true,
    message: '[FATAL tini (7)] exec node failed: No such file or directory',
    exitCode: 127,
    phase: 'runtime',
  },
  {
    name: 'node: the script is not where the working directory says',
    image: { base: 'debian', workdir: '/app', files: runtimes.node(), cmd: exec(['node', 'dist/index.js']) },
    started: true,
    message: "Error: Cannot find module '/app/dist/index.js'",
    exitCode: 1,
    phase: 'runtime',
  },
  {
    name: 'python: the script is missing',
    image: { base: 'debian', workdir: '/code', files: runtimes.python(), cmd: exec(['python', 'main.py']) },
    started: true,
    message: "python: can't open file '/code/main.py': [Errno 2] No such file or directory",
    exitCode: 2,
    phase: 'runtime',
  },
  {
    name: 'npm: no start script',
    image: { base: 'debian', workdir: '/app', files: { ...runtimes.node(), '/app/package.json': '{"name":"x"}' }, cmd: exec(['npm', 'start']) },
    started: true,
    message: 'npm error Missing script: "start"',
    exitCode: 1,
    phase: 'runtime',
  },
  {
    name: '--memory below 6 MB',
    image: { base: 'debian', cmd: exec(['sleep', '1']) },
    options: { memory: '4m' },
    started: false,
    message: 'docker: Error response from daemon: Minimum memory limit allowed is 6MB',
    exitCode: 125,
    phase: 'create',
  },
];

describe('starting the container', () => {
  test.each(cases)('$name', ({ image, options, started, message, exitCode, phase }) => {
    const r = simulateRun(imageFixture(image), options);
    expect(r.started).toBe(started);
    expect(r.running).toBe(false);
    expect(r.error).toMatchObject({ message, exitCode, phase });
    expect(r.error?.explanation.length).toBeGreaterThan(10);
    if (started) expect(r.exit?.code).toBe(exitCode);
  });
});

describe('programs that end at once without an error', () => {
  test.each([
    ['alpine CMD ["/bin/sh"] without -i: reads no input', { base: 'alpine', cmd: exec(['/bin/sh']) }],
    ['node REPL without -i', { base: 'debian', files: runtimes.node(), cmd: exec(['node']) }],
    ['python3 without a script', { base: 'debian', files: runtimes.python(), cmd: exec(['python3']) }],
    ['nginx without daemon off; forks into the background', { base: 'debian', files: { '/usr/sbin/nginx': { elf: 'glibc' } }, cmd: exec(['nginx']) }],
    ['echo', { base: 'debian', cmd: exec(['echo', 'hello']) }],
  ] as const)('%s', (_name, image) => {
    const r = simulateRun(imageFixture(image as FixtureInput));
    expect(r).toMatchObject({ started: true, running: false, exit: { code: 0 } });
    expect(r.error).toBeUndefined();
  });
});
