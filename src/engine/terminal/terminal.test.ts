/**
 * The terminal end to end, as a learner types: sessions of command lines against small projects, checked
 * against Docker's texts and against the engine's own report (what the panels show).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index.ts';
import { humanSize } from '../inspect/index.ts';
import { emptySession, outputText, runCommandLine } from './index.ts';
import type { CommandResult, TerminalSession, Workspace } from './index.ts';
import { COMPOSE_PROJECT, ENV, GO_SCRATCH_SHELL, PYTHON_EXEC_FORM, PYTHON_SHELL_FORM } from './testing/fixtures.ts';

/** Runs lines in order, a second apart; returns every result. */
function play(workspace: Workspace, lines: readonly string[], start: TerminalSession = emptySession()): CommandResult[] {
  let session = start;
  return lines.map((line, i) => {
    const result = runCommandLine(line, session, workspace, { ...ENV, now: ENV.now + i * 1000 });
    session = result.session;
    return result;
  });
}

const text = (r: CommandResult): string => outputText(r.output);
const pauses = (r: CommandResult, purpose: string): number[] => r.output.flatMap((o) => (o.kind === 'pause' && o.purpose === purpose ? [o.seconds] : []));

describe('docker build, history, images agree with the engine report', () => {
  const [first, second, history, images] = play(PYTHON_SHELL_FORM, ['docker build -t app .', 'docker build -t app .', 'docker history app', 'docker images']);
  const panel = analyze({ dockerfile: PYTHON_SHELL_FORM.files.Dockerfile!, files: PYTHON_SHELL_FORM.files, context: PYTHON_SHELL_FORM.context });

  test('the first build prints the tty display and names the image', () => {
    expect(first!.exitCode).toBe(0);
    expect(text(first!)).toMatch(/^\[\+\] Building [\d.]+s \(\d+\/\d+\) FINISHED +docker:default$/m);
    expect(text(first!)).toContain(' => [1/5] FROM docker.io/library/python:3.12-slim');
    expect(text(first!)).toMatch(/ => => naming to docker\.io\/library\/app:latest +0\.0s/);
    expect(pauses(first!, 'build').length).toBeGreaterThan(3);
  });

  test('its steps are the panel’s steps (same engine, same input)', () => {
    for (const step of panel.build.steps) expect(text(first!)).toContain(` => ${step.name.slice(0, 60)}`);
    expect(first!.report?.build.image?.history).toBe(panel.build.image?.history);
  });

  test('the second build reuses the cache', () => {
    expect(text(second!)).toMatch(/ => CACHED \[2\/5\] WORKDIR \/app/);
    expect(text(second!)).toMatch(/ => CACHED \[5\/5\] COPY \. \./);
  });

  test('docker history prints the Layers panel’s table', () => {
    expect(text(history!)).toBe(panel.build.image!.history.replace(/\n$/, ''));
  });

  test('docker images shows Docker 29’s view with the panel’s sizes', () => {
    const lines = text(images!).split('\n');
    expect(lines[1]).toBe('IMAGE        ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines[2]).toMatch(new RegExp(`^app:latest   [0-9a-f]{12} +${humanSize(panel.build.image!.diskBytes).replace('.', '\\.')} +${humanSize(panel.build.image!.compressedBytes).replace('.', '\\.')}$`));
    expect(lines[2]!.split(/\s+/)[1]).toBe(panel.build.image!.history.split('\n')[1]!.split(/\s+/)[0]);
  });
});

describe('a change to one file: the cache keeps the steps before it', () => {
  test('COPY . . misses after app.py changes, the pip step before it is reused', () => {
    const changed: Workspace = { ...PYTHON_SHELL_FORM, context: PYTHON_SHELL_FORM.context.map((e) => (e.path === 'app.py' ? { path: 'app.py', content: 'changed\n' } : e)) };
    const [built] = play(PYTHON_SHELL_FORM, ['docker build -t app .']);
    const rebuilt = runCommandLine('docker build -t app .', built!.session, changed, ENV);
    expect(text(rebuilt)).toMatch(/ => CACHED \[4\/5\] RUN pip install/);
    expect(text(rebuilt)).toMatch(/ => \[5\/5\] COPY \. \./);
  });
});

describe('docker run and docker stop follow the Run panel', () => {
  test('shell form on Debian: docker stop waits the 10 s grace period, exit 137', () => {
    const [, run, ps, stop, psAll] = play(PYTHON_SHELL_FORM, ['docker build -t app .', 'docker run -d --name web app', 'docker ps', 'docker stop web', 'docker ps -a']);
    const panel = run!.report!.run!;
    expect(text(run!)).toMatch(/^[0-9a-f]{64}$/);
    expect(text(ps!)).toMatch(/^CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES$/m);
    expect(text(ps!)).toContain('"/bin/sh -c \'gunicor…"');
    expect(text(ps!)).toMatch(/Up 1 second +8000\/tcp +web$/m);
    expect(pauses(stop!, 'stop')).toEqual([panel.stop!.seconds]);
    expect(panel.stop!.seconds).toBeGreaterThanOrEqual(10);
    expect(text(stop!).split('\n')[0]).toBe('web');
    expect(text(psAll!)).toMatch(new RegExp(`Exited \\(${panel.stop!.exitCode}\\)`));
    expect(panel.stop!.exitCode).toBe(137);
  });

  test('exec form: the app gets SIGTERM and stops at once', () => {
    const [, run, stop, missing] = play(PYTHON_EXEC_FORM, ['docker build -t app .', 'docker run -d -p 8080:8000 app', 'docker stop admiring_darwin', 'docker stop admiring_darwin nosuch']);
    expect(run!.session.containers[0]!.name).toBe('admiring_darwin');
    expect(run!.session.containers[0]!.ports).toBe('0.0.0.0:8080->8000/tcp, [::]:8080->8000/tcp');
    expect(pauses(stop!, 'stop')[0]).toBeLessThan(1);
    expect(text(stop!).split('\n')[0]).toBe('admiring_darwin');
    // Stopping a stopped container prints its name again; an unknown one is an error (exit 1).
    expect(text(missing!)).toBe('admiring_darwin\nError response from daemon: No such container: nosuch');
    expect(missing!.exitCode).toBe(1);
  });

  test('docker stop -t 2 waits 2 s before SIGKILL', () => {
    const [, , stop] = play(PYTHON_SHELL_FORM, ['docker build -t app .', 'docker run -d --name web app', 'docker stop -t 2 web']);
    expect(pauses(stop!, 'stop')[0]).toBeCloseTo(2, 0);
  });

  test('a foreground run attaches the terminal', () => {
    const [, run] = play(PYTHON_SHELL_FORM, ['docker build -t app .', 'docker run app']);
    expect(run!.effects).toEqual([{ kind: 'attach', container: run!.session.containers[0]!.name }]);
    expect(text(run!)).toContain('PID 1 is /bin/sh -c gunicorn --bind 0.0.0.0:8000 app:app (dash, a shell)');
  });

  test('scratch with a shell-form CMD: runc’s error, exit 127', () => {
    const [build, run, ps] = play(GO_SCRATCH_SHELL, ['docker build -t server .', 'docker run server', 'docker ps -a']);
    expect(build!.exitCode).toBe(0);
    expect(text(run!)).toContain('docker: Error response from daemon: failed to create task for container');
    expect(text(run!)).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(text(run!)).toMatch(/\n\nRun 'docker run --help' for more information$/);
    expect(run!.exitCode).toBe(127);
    expect(text(ps!)).toMatch(/ Created +\S+$/m);
  });
});

describe('Docker’s messages for mistakes', () => {
  test.each([
    ['docker frob', "docker: unknown command: docker frob\n\nRun 'docker --help' for more information", 1],
    ['docker build --frob .', "unknown flag: --frob\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information", 125],
    ['docker build', "ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information", 1],
    ['docker run', "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information", 1],
    ['docker run --frob app', "unknown flag: --frob\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information", 125],
    ['docker ps extra', "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information", 1],
    ['docker history nosuch', 'Error response from daemon: No such image: nosuch:latest', 1],
    ['docker stop nosuch', 'Error response from daemon: No such container: nosuch', 1],
    ['docker image frob', "docker: unknown command: docker image frob\n\nUsage:  docker image COMMAND\n\nRun 'docker image --help' for more information", 1],
    ['docker --frob', "unknown flag: --frob\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information", 125],
    ['frob', 'bash: frob: command not found', 127],
    ['docker build -t App .', 'ERROR: failed to build: invalid tag "App": invalid reference format: repository name must be lowercase', 1],
    ['docker compose up', 'no configuration file provided: not found', 1],
  ])('%s', (line, expected, code) => {
    const [result] = play(PYTHON_SHELL_FORM, [line]);
    expect(text(result!).split('\n# ')[0]).toBe(expected);
    expect(result!.exitCode).toBe(code);
  });
});

describe('the shell around docker', () => {
  test('&& stops at the first failure, || runs the fallback', () => {
    const [chain] = play(PYTHON_SHELL_FORM, ['docker history app && echo never || echo fallback']);
    expect(text(chain!)).toContain('fallback');
    expect(text(chain!)).not.toContain('never');
    const [both] = play(PYTHON_SHELL_FORM, ['docker build -q -t app . && docker images -q']);
    const [id, short] = text(both!).split('\n');
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(id!.slice(7, 19)).toBe(short);
  });

  test('cat shows a file’s control codes as text', () => {
    const workspace: Workspace = { files: { Dockerfile: 'FROM alpine\n# \u001b[2J\u001b]52;c;ZXZpbA==\u0007\n' }, context: [] };
    const [cat] = play(workspace, ['cat Dockerfile']);
    expect(text(cat!)).toBe('FROM alpine\n# ^[[2J^[]52;c;ZXZpbA==^G');
  });

  test('a tag holding an escape sequence is printed as text', () => {
    const [result] = play(PYTHON_SHELL_FORM, ['docker history "\u001b[31mred"']);
    expect(text(result!)).not.toMatch(/\u001b/);
  });

  test('node, npm and clear are effects for the host', () => {
    expect(play(PYTHON_SHELL_FORM, ['npm start'])[0]!.effects).toEqual([{ kind: 'node', argv: ['npm', 'start'] }]);
    expect(play(PYTHON_SHELL_FORM, ['clear'])[0]!.effects).toEqual([{ kind: 'clear' }]);
  });

  test('docker build --target builds only the stages it needs', () => {
    const [result] = play(GO_SCRATCH_SHELL, ['docker build --target build -t b .']);
    expect(text(result!)).toContain('[build 4/4] RUN CGO_ENABLED=0 go build');
    expect(text(result!)).not.toContain('[stage-1');
  });

  test('docker rmi untags, then refuses while a container uses the image', () => {
    const [, , rmi] = play(PYTHON_SHELL_FORM, ['docker build -t app .', 'docker run -d --name web app', 'docker rmi app']);
    expect(text(rmi!)).toMatch(/^Error response from daemon: conflict: unable to remove repository reference "app" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}$/);
    const [, removed, images] = play(PYTHON_SHELL_FORM, ['docker build -t app .', 'docker rmi app', 'docker images -q']);
    expect(text(removed!)).toMatch(/^Untagged: app:latest\nDeleted: sha256:[0-9a-f]{64}$/);
    expect(text(images!)).toBe('');
  });

  test('docker compose up and down', () => {
    const [up, down] = play(COMPOSE_PROJECT, ['docker compose up -d', 'docker compose down']);
    expect(text(up!)).toMatch(/^\[\+\] Running \d+\/\d+$/m);
    expect(text(up!)).toContain(' ✔ Network app_default  Created');
    expect(text(up!)).toMatch(/ ✔ Container app-web-1 {2}Started/);
    expect(text(down!)).toContain(' ✔ Container app-web-1  Removed');
  });

  test('the same session replays identically (no clock or randomness of its own)', () => {
    const lines = ['docker build -t app .', 'docker run -d app', 'docker ps', 'docker images'];
    expect(play(PYTHON_SHELL_FORM, lines).map(text)).toEqual(play(PYTHON_SHELL_FORM, lines).map(text));
  });
});
