/**
 * The programs a container commonly runs, once `execve` has succeeded: exec-style wrappers (env, gosu),
 * init processes (tini, dumb-init), package scripts (npm start, yarn start), and apps (node, python,
 * java, Go, servers) with the signal handlers their runtime and their source install.
 */
import type { FileNode } from '../build/types.ts';
import { dirname, normalizePath } from '../build/fs-path.ts';
import { scanInline, scanNodeApp, scanPythonApp } from './app-sources.ts';
import type { SourceScan } from './app-sources.ts';
import { absolutePath, fileText, isFile } from './fs-query.ts';
import { exited, launch } from './launch.ts';
import { newProc, RUNNING } from './process-model.ts';
import type { LaunchContext, Outcome, Proc } from './process-model.ts';
import { basename, nodeEntry, packageField, pythonEntry, resolveNodeScript, resolvePythonModule, wrappedCommand } from './programs.ts';
import type { Wrapper } from './programs.ts';
import { applyHandlers, runtimeReactions } from './runtime-behaviour.ts';
import type { RuntimeFacts } from './runtime-behaviour.ts';
import type { ProgramKind } from './types.ts';
import { resolveRunUser } from './user.ts';
import { importCrash, importExplanation, importFailure, serverAppFile } from './python-imports.ts';

function child(ctx: LaunchContext, extra: Partial<LaunchContext> = {}): LaunchContext {
  return { ...ctx, ...extra, depth: ctx.depth + 1 };
}

export function launchWrapper(proc: Proc, wrapper: Wrapper, argv: readonly string[], ctx: LaunchContext, busybox: boolean): Outcome {
  const wrapped = wrappedCommand(wrapper, argv.slice(1));
  if (wrapped.argv.length === 0) {
    return wrapper === 'env' ? exited(proc, 0, '`env` with no command prints the environment and exits') : exited(proc, 1, `${wrapper} was given no command`);
  }
  let next = child(ctx, { env: { ...ctx.env, ...wrapped.env } });
  if (wrapper === 'gosu' || wrapper === 'su-exec') {
    const user = resolveRunUser(argv[1] ?? '', next.image.users, next.image.groups);
    if (!user.ok) {
      const message = `error: failed switching to "${argv[1]}": ${user.message}`;
      return exited(proc, 1, `${wrapper} could not switch user`, { message, exitCode: 1, phase: 'runtime', printedBy: 'container', output: [message], explanation: `${argv[1]} is not a user of the image.` });
    }
    next = { ...next, cred: { uid: user.uid, gid: user.gid } };
    ctx.explanations.push(`${wrapper} switches to uid ${user.uid} and then execs ${wrapped.argv[0]}, which keeps the PID.`);
  }
  proc.execChain.push([...argv]);
  return launch(proc, wrapped.argv, next, wrapper === 'env' ? { kind: 'env', busybox } : { kind: 'spawn', by: wrapper });
}

export function launchInit(proc: Proc, kind: 'tini' | 'dumb-init', argv: readonly string[], ctx: LaunchContext): Outcome {
  proc.program = kind;
  proc.role = 'init';
  let group = kind === 'dumb-init' ? ctx.env.DUMB_INIT_SETSID !== '0' : ctx.env.TINI_KILL_PROCESS_GROUP !== undefined && ctx.env.TINI_KILL_PROCESS_GROUP !== '';
  const remap: number[] = [];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') { i++; break; }
    if (!a.startsWith('-')) break;
    if (a === '-g') group = true;
    else if (a === '-c' || a === '--single-child') group = false;
    else if (a === '-e') remap.push(Number(argv[++i]));
    else if (a === '-p' || a === '-r' || a === '--rewrite') i++;
    else if (a === '-h' || a === '--help' || a === '--version') return exited(proc, 0, `${kind} prints its ${a === '--version' ? 'version' : 'usage'} and exits`);
  }
  proc.init = { kind, group, remap };
  const rest = argv.slice(i);
  if (rest.length === 0) return exited(proc, 1, `${kind} was given no program to run: it prints its usage and exits`);
  const c = newProc(proc, ctx.allocPid(), [...rest]);
  const out = launch(c, rest, child(ctx), kind === 'tini' ? { kind: 'tini', pid: c.pid } : { kind: 'dumb-init' });
  if (out.state === 'running') return RUNNING;
  const code = remap.includes(out.code) ? 0 : out.code;
  return exited(proc, code, `its child exited: ${out.reason}`, out.error);
}

/** npm/yarn look for package.json in the working directory, then its parents. */
function findPackage(ctx: LaunchContext): { readonly dir: string; readonly text: string } | undefined {
  let dir = ctx.cwd;
  for (;;) {
    const text = fileText(ctx.fs, dir === '/' ? '/package.json' : `${dir}/package.json`);
    if (text !== undefined || isFile(ctx.fs, `${dir}/package.json`)) return { dir, text: text ?? '{}' };
    if (dir === '/') return undefined;
    dir = dirname(dir);
  }
}

export function launchPackageScript(proc: Proc, kind: 'npm' | 'yarn', argv: readonly string[], ctx: LaunchContext): Outcome {
  proc.program = kind;
  proc.role = 'package-manager';
  proc.argv = [...argv];
  proc.reactions = runtimeReactions(kind, {});
  const dashdash = argv.indexOf('--');
  const words = argv.slice(1, dashdash < 0 ? undefined : dashdash).filter((a) => !a.startsWith('-'));
  const extra = dashdash < 0 ? [] : argv.slice(dashdash + 1);
  let name = words[0];
  if (name === 'run' || name === 'run-script' || name === 'rum' || name === 'urn') name = words[1];
  if (name === undefined || (kind === 'npm' && !['start', 'stop', 'test', 'restart', 'run', 'run-script'].includes(words[0] ?? ''))) {
    return exited(proc, 0, `\`${argv.join(' ')}\` is not a package script: it does its work and exits`);
  }
  const pkg = findPackage(ctx);
  if (pkg === undefined) {
    const message = kind === 'npm' ? `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${absolutePath('package.json', ctx.cwd)}'` : `error Couldn't find a package.json file in "${ctx.cwd}"`;
    ctx.assumptions.push(`${kind}'s exit code without a package.json is taken as ${kind === 'npm' ? 254 : 1}.`);
    return exited(proc, kind === 'npm' ? 254 : 1, `${kind} finds no package.json`, { message, exitCode: kind === 'npm' ? 254 : 1, phase: 'runtime', printedBy: 'container', output: [message], explanation: `There is no package.json in ${ctx.cwd} or above it.` });
  }
  const scripts = packageField(pkg.text, 'scripts');
  let script = typeof scripts === 'object' && scripts !== null ? (scripts as Record<string, unknown>)[name] : undefined;
  // npm's default start script when package.json has none (@npmcli/run-script is-server-package).
  if (script === undefined && name === 'start' && kind === 'npm' && isFile(ctx.fs, `${pkg.dir}/server.js`)) script = 'node server.js';
  if (typeof script !== 'string') {
    const message = kind === 'npm' ? `npm error Missing script: "${name}"` : `error Command "${name}" not found.`;
    return exited(proc, 1, `package.json has no "${name}" script`, { message, exitCode: 1, phase: 'runtime', printedBy: 'container', output: [message], explanation: `${pkg.dir}/package.json has no scripts.${name}.` });
  }
  const text = [script, ...extra].join(' ');
  ctx.explanations.push(`\`${argv.join(' ')}\` runs package.json's scripts.${name} (${JSON.stringify(script)}) through \`sh -c\`, so ${kind} and a shell stand between PID 1 and the app.`);
  const path = `${pkg.dir === '/' ? '' : pkg.dir}/node_modules/.bin:${ctx.env.PATH ?? ''}`;
  const shArgv = ['sh', '-c', text];
  const c = newProc(proc, ctx.allocPid(), shArgv);
  const out = launch(c, shArgv, child(ctx, { env: { ...ctx.env, PATH: path }, cwd: pkg.dir }), { kind: 'spawn', by: kind });
  if (out.state === 'running') return RUNNING;
  ctx.assumptions.push(`${kind} is taken to exit 1 when its script fails.`);
  return exited(proc, 1, `the script failed, so ${kind} exits 1: ${out.reason}`, out.error);
}

const SHORT_LIVED = new Set(['echo', 'true', 'false', 'ls', 'cat', 'printenv', 'id', 'whoami', 'date', 'uname', 'pwd', 'hostname', 'env', 'ldd', 'which']);

function appFacts(kind: ProgramKind, argv: readonly string[], ctx: LaunchContext, node: FileNode, scanResult: SourceScan | undefined): RuntimeFacts {
  const debugEnv = /^(1|true)$/i.test(ctx.env.FLASK_DEBUG ?? '');
  return {
    werkzeugReloader: (scanResult?.werkzeugReloader ?? false) || (kind === 'flask' && (argv.includes('--debug') || argv.includes('--reload') || debugEnv)),
    javaReducedSignals: argv.includes('-Xrs'),
    goHandledSignals: node.binary?.handledSignals ?? [],
  };
}

/**
 * A Python app whose import of a compiled extension fails for a missing shared library (python-imports.ts):
 * the process's end, or undefined when every import loads.
 */
function importCheck(proc: Proc, kind: ProgramKind, interpreter: string, serverArgs: readonly string[], ctx: LaunchContext, source: SourceScan | undefined): Outcome | undefined {
  let imports = source?.externalImports ?? [];
  if (kind === 'gunicorn' || kind === 'uvicorn' || kind === 'flask') {
    const file = serverAppFile(kind, serverArgs, ctx);
    imports = file === undefined ? [] : scanPythonApp(ctx.fs, file).externalImports;
  }
  const failure = importFailure(ctx, interpreter, imports);
  if (failure === undefined) return undefined;
  const crash = importCrash(kind, failure, proc.pid, ctx.allocPid());
  const message = `ImportError: ${failure.soname}: cannot open shared object file: No such file or directory`;
  if (kind === 'flask') ctx.assumptions.push('flask run is taken to exit 2 when the app cannot be imported (click usage error).');
  return exited(proc, crash.code, crash.reason, { message, exitCode: crash.code, phase: 'runtime', printedBy: 'container', output: crash.output, explanation: importExplanation(ctx, failure) });
}

export function launchApp(proc: Proc, program: ProgramKind, argv: readonly string[], ctx: LaunchContext, node: FileNode): Outcome {
  proc.program = program;
  proc.role = 'app';
  const args = argv.slice(1);
  let kind = program;
  let source: SourceScan | undefined;
  if (program === 'node') {
    const entry = nodeEntry(args);
    if (entry.kind === 'none') return exited(proc, 0, 'node without a script starts its REPL, which reads standard input; `docker run` without `-i` gives it none, so it exits at once');
    if (entry.kind === 'inline') source = scanInline(entry.code, 'node');
    if (entry.kind === 'file') {
      const base = basename(entry.arg);
      // npm and yarn are node scripts (`#!/usr/bin/env node`); they show up in ps as `npm start`.
      const pm = /^(npm|npm-cli\.js)$/.test(base) ? 'npm' : /^(yarn|yarn\.js|yarnpkg)$/.test(base) ? 'yarn' : undefined;
      if (pm !== undefined) {
        proc.execChain.push([...argv]);
        return launchPackageScript(proc, pm, [pm, ...entry.args], ctx);
      }
      const path = resolveNodeScript(ctx.fs, ctx.cwd, entry.arg);
      if (path === undefined) {
        const abs = absolutePath(entry.arg, ctx.cwd);
        const message = `Error: Cannot find module '${abs}'`;
        return exited(proc, 1, 'node cannot find its script', { message, exitCode: 1, phase: 'runtime', printedBy: 'container', output: ['node:internal/modules/cjs/loader', '  throw err;', '  ^', '', message], explanation: `${abs} is not in the image (relative paths are resolved from the working directory ${ctx.cwd}).` });
      }
      source = scanNodeApp(ctx.fs, path);
    }
  } else if (program === 'python') {
    const entry = pythonEntry(args);
    if (entry.kind === 'none') return exited(proc, 0, 'python without a script reads one from standard input; `docker run` without `-i` gives it none, so it exits at once');
    if (entry.kind === 'inline') source = scanInline(entry.code, 'python');
    if (entry.kind === 'module') {
      const top = entry.module.split('.')[0] ?? '';
      if (top === 'gunicorn' || top === 'uvicorn' || top === 'flask') kind = top;
      else {
        const path = resolvePythonModule(ctx.fs, ctx.cwd, entry.module);
        if (path !== undefined) source = scanPythonApp(ctx.fs, path);
        else ctx.assumptions.push(`python -m ${entry.module}: the module is taken to be installed (standard library or site-packages).`);
      }
    }
    if (entry.kind === 'file') {
      const abs = absolutePath(entry.arg, ctx.cwd);
      if (!isFile(ctx.fs, abs)) {
        const message = `${argv[0]}: can't open file '${abs}': [Errno 2] No such file or directory`;
        return exited(proc, 2, 'python cannot open its script', { message, exitCode: 2, phase: 'runtime', printedBy: 'container', output: [message], explanation: `${abs} is not in the image (relative paths are resolved from the working directory ${ctx.cwd}).` });
      }
      const base = basename(abs);
      if (base === 'gunicorn' || base === 'uvicorn' || base === 'flask') kind = base;
      else source = scanPythonApp(ctx.fs, abs);
    }
    const serverArgs = entry.kind === 'file' || entry.kind === 'module' ? entry.args : [];
    const crash = importCheck(proc, kind, argv[0] ?? 'python3', serverArgs, ctx, source);
    if (crash !== undefined) return crash;
  } else if (program === 'gunicorn' || program === 'uvicorn' || program === 'flask') {
    const crash = importCheck(proc, program, `${dirname(argv[0] ?? '/usr/local/bin/x')}/python`, args, ctx, undefined);
    if (crash !== undefined) return crash;
  } else if (program === 'nginx') {
    const conf = fileText(ctx.fs, '/etc/nginx/nginx.conf') ?? '';
    if (!/daemon\s+off\s*;/.test(`${args.join(' ')}\n${conf}`)) {
      return exited(proc, 0, 'nginx without `daemon off;` forks into the background and its first process exits, so the container stops at once (the official image runs `nginx -g "daemon off;"`)');
    }
  } else if (program === 'httpd' && basename(argv[0] ?? '') !== 'httpd-foreground' && !args.some((a, i) => a === '-DFOREGROUND' || (a === '-D' && args[i + 1] === 'FOREGROUND'))) {
    return exited(proc, 0, 'httpd without `-DFOREGROUND` detaches and its first process exits, so the container stops at once');
  } else if (program === 'other' && SHORT_LIVED.has(basename(argv[0] ?? ''))) {
    return exited(proc, 0, `${basename(argv[0] ?? '')} does its work and exits`);
  }
  proc.program = kind;
  if (source !== undefined) {
    for (const f of source.unreadable) ctx.assumptions.push(`${f}: its source is not in the simulation (built inside the image?), so only the runtime's own signal handling is known.`);
  }
  const reactions = runtimeReactions(kind, appFacts(kind, argv, ctx, node, source));
  if (source?.keyboardInterrupt === true) reactions.set(2, { kind: 'exit', code: 0, seconds: 0, how: 'the app catches KeyboardInterrupt and ends normally', confidence: 'inferred' });
  proc.reactions = applyHandlers(reactions, source?.handlers ?? []);
  if (kind === 'other' || kind === 'sleep') {
    if (kind === 'other') ctx.assumptions.push(`${argv[0]}: taken to be a long-running program that installs no signal handlers.`);
  }
  return RUNNING;
}
