// `docker stop`: every row of runtime-signals.md §5 (summary table, default -t 10), run through
// simulateRun on small images. `seconds` is when the container is gone, `code` its exit status.
import { describe, expect, test } from 'vitest';
import { simulateRun } from './index.ts';
import type { RunOptions } from './index.ts';
import { exec, imageFixture, runtimes, shell } from './testing/image-fixture.ts';
import type { FixtureInput } from './testing/image-fixture.ts';

const EXIT0 = "process.on('SIGTERM', () => { console.log('bye'); process.exit(0); });\nsetInterval(() => {}, 1000);\n";
const LOGS = "process.on('SIGTERM', () => { console.log('SIGTERM received'); });\nsetInterval(() => {}, 1000);\n";
const PLAIN = 'setInterval(() => {}, 1000);\n';
const PY_EXIT = 'import signal, sys, time\nsignal.signal(signal.SIGTERM, lambda *a: sys.exit(0))\nwhile True:\n    time.sleep(1)\n';
const PY_PLAIN = 'import time\nwhile True:\n    time.sleep(1)\n';
const pkg = (start: string) => JSON.stringify({ name: 'app', scripts: { start } });

function node(base: 'debian' | 'alpine', app: string, more: FixtureInput = { base }): FixtureInput {
  return { ...more, base, workdir: '/app', files: { ...runtimes.node(base === 'alpine' ? 'musl' : 'glibc'), '/app/server.js': app, ...(more.files ?? {}) } };
}
function python(app: string, more: Partial<FixtureInput> = {}): FixtureInput {
  return { ...more, base: 'debian', workdir: '/app', files: { ...runtimes.python(), '/app/app.py': app, ...(more.files ?? {}) } };
}

interface Row {
  readonly row: string;
  readonly image: FixtureInput;
  readonly options?: RunOptions;
  readonly seconds: number | undefined;
  readonly code: number | undefined;
  readonly reachedApp?: boolean;
}

const rows: readonly Row[] = [
  { row: '`sleep` as PID 1: no handler, ignored', image: { base: 'debian', cmd: exec(['sleep', 'infinity']) }, seconds: 10, code: 137, reachedApp: false },
  { row: "sh -c 'app' on Debian dash: app never signalled", image: node('debian', EXIT0, { base: 'debian', cmd: shell('node server.js') }), seconds: 10, code: 137, reachedApp: false },
  { row: "sh -c 'app' under BusyBox: app is PID 1 (app's row: handler exits)", image: node('alpine', EXIT0, { base: 'alpine', cmd: shell('node server.js') }), seconds: 0, code: 0, reachedApp: true },
  { row: "sh -c 'app' under BusyBox: app is PID 1 (app's row: no handler)", image: node('alpine', PLAIN, { base: 'alpine', cmd: shell('node server.js') }), seconds: 10, code: 137 },
  {
    row: 'entrypoint script without exec: the shell stays PID 1 (137 although node handles SIGTERM)',
    image: node('debian', EXIT0, { base: 'debian', files: { '/entrypoint.sh': { text: '#!/bin/sh\nset -e\necho starting\nnode server.js\n', mode: 0o755 } }, entrypoint: exec(['/entrypoint.sh']) }),
    seconds: 10,
    code: 137,
    reachedApp: false,
  },
  {
    row: 'entrypoint with exec "$@": the app is PID 1',
    image: node('debian', EXIT0, { base: 'debian', files: { '/entrypoint.sh': { text: '#!/bin/sh\nset -e\nexec "$@"\n', mode: 0o755 } }, entrypoint: exec(['/entrypoint.sh']), cmd: exec(['node', 'server.js']) }),
    seconds: 0,
    code: 0,
    reachedApp: true,
  },
  { row: "sh: trap 'exit 0' TERM; app & wait -> the trap runs", image: node('debian', PLAIN, { base: 'debian', cmd: exec(['sh', '-c', "trap 'exit 0' TERM; node server.js & wait"]) }), seconds: 0.02, code: 0 },
  { row: "sh: trap 'exit 0' TERM; app (foreground) -> the trap waits for app", image: node('debian', PLAIN, { base: 'debian', cmd: exec(['sh', '-c', "trap 'exit 0' TERM; node server.js"]) }), seconds: 10, code: 137 },
  { row: '`node app.js`, no handler: re-raise dropped', image: node('debian', PLAIN, { base: 'debian', cmd: exec(['node', 'server.js']) }), seconds: 10, code: 137, reachedApp: true },
  { row: 'node, handler calls process.exit(0)', image: node('debian', EXIT0, { base: 'debian', cmd: exec(['node', 'server.js']) }), seconds: 0, code: 0, reachedApp: true },
  { row: 'node, handler that does not exit', image: node('debian', LOGS, { base: 'debian', cmd: exec(['node', 'server.js']) }), seconds: 10, code: 137, reachedApp: true },
  {
    row: 'npm start: forwarded to sh, app unsignalled, npm exits 1 after 0.5 s',
    image: node('debian', EXIT0, { base: 'debian', files: { '/app/package.json': pkg('node server.js') }, cmd: exec(['npm', 'start']) }),
    seconds: 0.501,
    code: 1,
    reachedApp: false,
  },
  {
    row: 'yarn start: forwarded, yarn exits 1 at once',
    image: node('debian', EXIT0, { base: 'debian', files: { '/app/package.json': pkg('node server.js') }, cmd: exec(['yarn', 'start']) }),
    seconds: 0.02,
    code: 1,
  },
  { row: '`python3 app.py`: ignored', image: python(PY_PLAIN, { cmd: exec(['python3', 'app.py']) }), seconds: 10, code: 137, reachedApp: false },
  { row: '`python -m http.server`: ignored', image: python(PY_PLAIN, { cmd: exec(['python', '-m', 'http.server']) }), seconds: 10, code: 137 },
  { row: 'python, handler calls sys.exit(0)', image: python(PY_EXIT, { cmd: exec(['python', 'app.py']) }), seconds: 0, code: 0, reachedApp: true },
  { row: 'python, STOPSIGNAL SIGINT: KeyboardInterrupt', image: python(PY_PLAIN, { cmd: exec(['python', 'app.py']), stopSignal: 'SIGINT' }), seconds: 0, code: 130 },
  { row: '`flask run`: ignored', image: python(PY_PLAIN, { files: { '/usr/local/bin/flask': { text: '#!/usr/local/bin/python3\nfrom flask.cli import main\n', mode: 0o755 } }, cmd: exec(['flask', 'run']) }), seconds: 10, code: 137 },
  { row: '`flask run --debug` (reloader): sys.exit(0)', image: python(PY_PLAIN, { files: { '/usr/local/bin/flask': { text: '#!/usr/local/bin/python3\nfrom flask.cli import main\n', mode: 0o755 } }, cmd: exec(['flask', 'run', '--debug']) }), seconds: 0.05, code: 0 },
  { row: 'gunicorn: graceful', image: python(PY_PLAIN, { files: { '/usr/local/bin/gunicorn': { text: '#!/usr/local/bin/python3\nfrom gunicorn.app.wsgiapp import run\n', mode: 0o755 } }, cmd: exec(['gunicorn', '-b', '0.0.0.0:8000', 'app:app']) }), seconds: 0.14, code: 0 },
  { row: 'uvicorn ≥ 0.29: graceful, re-raise dropped (unconfirmed 0)', image: python(PY_PLAIN, { cmd: exec(['python', '-m', 'uvicorn', 'app:app']) }), seconds: 0.1, code: 0 },
  { row: '`java …`: hooks, then exit(143)', image: { base: 'debian', files: { '/opt/java/openjdk/bin/java': { elf: 'glibc' } }, env: { PATH: '/opt/java/openjdk/bin:/usr/bin' }, cmd: exec(['java', '-jar', '/app.jar']) }, seconds: 0, code: 143 },
  { row: 'Go without signal.Notify: exit(2)', image: { base: 'scratch', files: { '/server': { elf: 'static' } }, entrypoint: exec(['/server']) }, seconds: 0, code: 2 },
  { row: 'Go with signal.Notify (recorded by the build): app-defined', image: { base: 'scratch', files: { '/server': { elf: { linkage: 'static', interpreter: undefined, libc: 'none', producer: 'go build', handledSignals: [2, 15] } } }, entrypoint: exec(['/server']) }, seconds: 0.1, code: 0 },
  { row: "nginx, image's SIGQUIT: graceful", image: { base: 'debian', files: { '/usr/sbin/nginx': { elf: 'glibc' } }, cmd: exec(['nginx', '-g', 'daemon off;']), stopSignal: 'SIGQUIT' }, seconds: 0.05, code: 0 },
  { row: 'nginx, SIGTERM: fast', image: { base: 'debian', files: { '/usr/sbin/nginx': { elf: 'glibc' } }, cmd: exec(['nginx', '-g', 'daemon off;']) }, seconds: 0, code: 0 },
  { row: "php-fpm, image's SIGQUIT", image: { base: 'debian', files: { '/usr/local/sbin/php-fpm': { elf: 'glibc' } }, cmd: exec(['php-fpm']), stopSignal: 'SIGQUIT' }, seconds: 0.05, code: 0 },
  { row: "httpd, image's SIGWINCH: graceful-stop", image: { base: 'debian', files: { '/usr/local/bin/httpd': { elf: 'glibc' } }, cmd: exec(['httpd', '-DFOREGROUND']), stopSignal: 'SIGWINCH' }, seconds: 1.03, code: 0 },
  { row: '--init + a child with no handler (node): dies of SIGTERM', image: node('debian', PLAIN, { base: 'debian', cmd: exec(['node', 'server.js']) }), options: { init: true }, seconds: 0.001, code: 143, reachedApp: true },
  { row: 'tini + python without handler', image: python(PY_PLAIN, { files: { '/usr/bin/tini': { elf: 'glibc' } }, entrypoint: exec(['/usr/bin/tini', '--']), cmd: exec(['python', 'app.py']) }), seconds: 0.001, code: 143 },
  { row: "tini + sh -c 'app' (dash): sh dies, app killed unhandled", image: node('debian', EXIT0, { base: 'debian', files: { '/usr/bin/tini': { elf: 'glibc' } }, entrypoint: exec(['/usr/bin/tini', '--']), cmd: shell('node server.js') }), seconds: 0.001, code: 143, reachedApp: false },
  { row: "tini -g + sh -c 'app' (dash): group signalled, sh dies first", image: node('debian', EXIT0, { base: 'debian', files: { '/usr/bin/tini': { elf: 'glibc' } }, entrypoint: exec(['/usr/bin/tini', '-g', '--']), cmd: shell('node server.js') }), seconds: 0.001, code: 143 },
  {
    row: "plain tini + sh -c 'trap \"\" TERM; node handler.js': node never signalled",
    image: node('debian', EXIT0, { base: 'debian', files: { '/usr/bin/tini': { elf: 'glibc' } }, entrypoint: exec(['/usr/bin/tini', '--']), cmd: exec(['sh', '-c', 'trap "" TERM; node server.js']) }),
    seconds: 10,
    code: 137,
  },
  {
    row: "tini -g + sh -c 'trap \"\" TERM; node handler.js': node handles it",
    image: node('debian', EXIT0, { base: 'debian', files: { '/usr/bin/tini': { elf: 'glibc' } }, entrypoint: exec(['/usr/bin/tini', '-g', '--']), cmd: exec(['sh', '-c', 'trap "" TERM; node server.js']) }),
    seconds: 0.011,
    code: 0,
  },
  {
    row: "dumb-init + sh -c 'trap \"\" TERM; node handler.js': process group by default",
    image: node('debian', EXIT0, { base: 'debian', files: { '/usr/bin/dumb-init': { elf: 'static' } }, entrypoint: exec(['/usr/bin/dumb-init', '--']), cmd: exec(['sh', '-c', 'trap "" TERM; node server.js']) }),
    seconds: 0.011,
    code: 0,
  },
  { row: 'anything, docker stop -t 0: SIGKILL only', image: node('debian', EXIT0, { base: 'debian', cmd: exec(['node', 'server.js']) }), options: { stopTimeout: 0 }, seconds: 0, code: 137 },
  { row: '--stop-timeout 30 lengthens the wait', image: { base: 'debian', cmd: exec(['sleep', 'infinity']) }, options: { stopTimeout: 30 }, seconds: 30, code: 137 },
  { row: '-t -1 waits forever', image: { base: 'debian', cmd: exec(['sleep', 'infinity']) }, options: { stopTimeout: -1 }, seconds: undefined, code: undefined },
  { row: '--stop-signal SIGINT to node as PID 1: re-raise dropped', image: node('debian', PLAIN, { base: 'debian', cmd: exec(['node', 'server.js']) }), options: { stopSignal: 'SIGINT' }, seconds: 10, code: 137 },
  { row: 'STOPSIGNAL SIGKILL always reaches PID 1 (pid_namespaces(7))', image: { base: 'debian', cmd: exec(['sleep', 'infinity']), stopSignal: 'SIGKILL' }, seconds: 0, code: 137 },
  { row: 'STOPSIGNAL SIGWINCH to a program without a handler: nothing happens', image: { base: 'debian', cmd: exec(['sleep', 'infinity']), stopSignal: 'SIGWINCH' }, seconds: 10, code: 137 },
];

describe('docker stop (runtime-signals.md §5)', () => {
  test.each(rows)('$row', ({ image, options, seconds, code, reachedApp }) => {
    const r = simulateRun(imageFixture(image), { stop: true, ...options });
    expect(r.running).toBe(true);
    expect(r.stop?.seconds).toBe(seconds);
    expect(r.stop?.exitCode).toBe(code);
    if (reachedApp !== undefined) expect(r.stop?.reachedApp).toBe(reachedApp);
  });
});

describe('the timeline a learner reads', () => {
  test('shell form on Debian: SIGTERM to sh (PID 1), not forwarded; SIGKILL at 10 s; exit 137', () => {
    const r = simulateRun(imageFixture(node('debian', EXIT0, { base: 'debian', cmd: shell('node server.js') })), { stop: true });
    const lines = r.stop?.timeline.map((e) => `t=${e.seconds} ${e.event}`) ?? [];
    expect(lines[0]).toBe('t=0 docker stop: SIGTERM → sh (PID 1)');
    expect(lines[1]).toMatch(/^t=0 sh \(PID 1\) has no handler for SIGTERM: the kernel drops it.*never sees it/);
    expect(lines[2]).toMatch(/^t=10 grace period \(10 s\) over: SIGKILL/);
    expect(lines[3]).toBe('t=10 exit 137');
    expect(r.stop).toMatchObject({ signal: 'SIGTERM', signalSource: 'default', killed: true, confidence: 'measured' });
  });

  test('the signal comes from --stop-signal over STOPSIGNAL over the default', () => {
    const image = imageFixture({ base: 'debian', cmd: exec(['sleep', 'infinity']), stopSignal: 'SIGQUIT' });
    expect(simulateRun(image, { stop: true }).stop).toMatchObject({ signal: 'SIGQUIT', signalSource: 'STOPSIGNAL' });
    expect(simulateRun(image, { stop: true, stopSignal: '2' }).stop).toMatchObject({ signal: 'SIGINT', signalSource: '--stop-signal' });
  });

  test('an invalid --stop-signal is refused by the daemon', () => {
    const r = simulateRun(imageFixture({ base: 'debian', cmd: exec(['sleep', '1']) }), { stopSignal: 'SIGFOO' });
    expect(r.error).toMatchObject({ message: 'docker: Error response from daemon: Invalid signal: SIGFOO', exitCode: 125, phase: 'create' });
  });
});
