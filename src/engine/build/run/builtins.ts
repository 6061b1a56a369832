/**
 * Shell builtins (POSIX special and regular built-ins as dash, BusyBox ash and bash have them) and the
 * output of side-effect-free commands inside `$(…)` (`nproc`, `uname -m`, `dpkg --print-architecture`,
 * `cat FILE`, `id -u` …), so that words like `-j$(nproc)` or `$(cat /etc/os-release …)` expand.
 */
import type { Invocation, Outcome } from './command-types.ts';
import type { ShellSession } from './interpreter.ts';
import { lookup } from '../fs-tree.ts';
import { normalizePath, basename, dirname } from '../fs-path.ts';
import { findOnPath, DEFAULT_PATH } from '../filesystem-query.ts';
import { estimate } from './run-state.ts';
import { parseArgv } from './argv.ts';

const BUILTINS = new Set([
  'cd', 'export', 'set', 'unset', 'true', 'false', ':', 'exit', 'echo', 'printf', 'test', '[', '.', 'source', 'umask',
  'read', 'wait', 'trap', 'shift', 'local', 'return', 'eval', 'alias', 'unalias', 'type', 'hash', 'ulimit', 'readonly',
  'getopts', 'times', 'pwd', 'command', 'exec',
]);

export function isBuiltin(name: string): boolean {
  return BUILTINS.has(name);
}

export function builtin(inv: Invocation, session: ShellSession): Outcome {
  const args = inv.argv.slice(1);
  const shell = session.shellName;
  switch (inv.argv[0]) {
    case 'true':
    case ':':
    case 'umask':
    case 'wait':
    case 'trap':
    case 'shift':
    case 'local':
    case 'return':
    case 'alias':
    case 'unalias':
    case 'hash':
    case 'ulimit':
    case 'times':
    case 'getopts':
      return { status: 0 };
    case 'false':
      return { status: 1 };
    case 'read':
      return { status: inv.stdin === undefined ? 1 : 0 };
    case 'pwd':
      return { status: 0, stdout: `${session.cwd}\n` };
    case 'exit': {
      const n = args[0] === undefined ? session.lastStatus : Number(args[0]);
      session.exited = Number.isInteger(n) ? n & 255 : 2;
      return { status: session.exited };
    }
    case 'cd': {
      const target = normalizePath(args[0] ?? session.vars.get('HOME') ?? '/', session.cwd);
      const node = lookup(session.run.fs.root, target);
      if (node?.kind !== 'dir') {
        const msg = session.shellImpl === 'bash'
          ? `${shell}: line ${session.line}: cd: ${args[0] ?? ''}: No such file or directory`
          : session.shellImpl === 'busybox-ash'
            ? `${shell}: cd: line ${session.line}: can't cd to ${args[0] ?? ''}: No such file or directory`
            : `${shell}: ${session.line}: cd: can't cd to ${args[0] ?? ''}`;
        return { status: session.shellImpl === 'bash' ? 1 : 2, messages: [msg] };
      }
      session.cwd = target;
      session.vars.set('PWD', target);
      return { status: 0 };
    }
    case 'export':
    case 'readonly':
      for (const a of args) {
        if (a.startsWith('-')) continue;
        const eq = a.indexOf('=');
        if (eq > 0) session.vars.set(a.slice(0, eq), a.slice(eq + 1));
      }
      return { status: 0 };
    case 'unset':
      for (const a of args) if (!a.startsWith('-')) session.vars.delete(a);
      return { status: 0 };
    case 'set':
      setOptions(session, args);
      return { status: 0 };
    case 'echo':
      return { status: 0, stdout: echo(args, session.shellImpl) };
    case 'printf':
      return { status: 0, stdout: printf(args[0] ?? '', args.slice(1)) };
    case 'test':
      return { status: test(args, session) };
    case '[':
      return { status: args[args.length - 1] === ']' ? test(args.slice(0, -1), session) : 2 };
    case '.':
    case 'source':
      return source(args[0], session);
    case 'eval':
      estimate(session.run, '`eval` runs text only known at run time; it was not simulated');
      return { status: 0 };
    case 'type':
    case 'command': {
      const parsed = parseArgv(args);
      if (inv.argv[0] === 'command' && !parsed.options.has('-v') && !parsed.options.has('-V')) return { status: 0 };
      const name = parsed.positionals[0] ?? '';
      if (isBuiltin(name)) return { status: 0, stdout: `${name}\n` };
      const found = findOnPath(session.run.fs.root, name, session.vars.get('PATH') ?? DEFAULT_PATH, session.cwd);
      return found ? { status: 0, stdout: `${found.path}\n` } : { status: 1 };
    }
    default:
      return { status: 0 };
  }
}

function setOptions(session: ShellSession, args: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o' || a === '+o') {
      const opt = args[++i];
      if (opt === 'pipefail') session.pipefail = a === '-o';
      if (opt === 'errexit') session.errexit = a === '-o';
      continue;
    }
    if (/^[-+][a-z]+$/.test(a)) {
      const on = a.startsWith('-');
      if (a.includes('e')) session.errexit = on;
    }
  }
}

function echo(args: readonly string[], shellImpl: string): string {
  let newline = true;
  let rest = args;
  if (rest[0] === '-n') {
    newline = false;
    rest = rest.slice(1);
  }
  let escapes = shellImpl === 'dash'; // dash's echo always interprets backslash escapes
  if (shellImpl !== 'dash' && rest[0] === '-e') {
    escapes = true;
    rest = rest.slice(1);
  }
  const text = rest.join(' ');
  return (escapes ? unescape(text) : text) + (newline ? '\n' : '');
}

function printf(format: string, args: readonly string[]): string {
  let i = 0;
  const once = (): string =>
    unescape(format).replace(/%([-0-9.]*)([sdbxc%])/g, (_m, _w: string, conv: string) => {
      if (conv === '%') return '%';
      const v = args[i++] ?? '';
      return conv === 'd' ? String(Number.parseInt(v, 10) || 0) : conv === 'b' ? unescape(v) : v;
    });
  let out = once();
  while (i > 0 && i < args.length) out += once();
  return out;
}

function unescape(text: string): string {
  return text.replace(/\\([ntr\\0]|c)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '\\' ? '\\' : ''));
}

function test(args: readonly string[], session: ShellSession): number {
  const fs = session.run.fs.root;
  const path = (p: string) => lookup(fs, normalizePath(p, session.cwd));
  if (args.length === 0) return 1;
  if (args[0] === '!') return test(args.slice(1), session) === 0 ? 1 : 0;
  if (args.length === 1) return (args[0] as string) !== '' ? 0 : 1;
  if (args.length === 2) {
    const [op, v = ''] = args as [string, string];
    const node = path(v);
    switch (op) {
      case '-z': return v === '' ? 0 : 1;
      case '-n': return v !== '' ? 0 : 1;
      case '-e': case '-a': return node !== undefined ? 0 : 1;
      case '-f': return node?.kind === 'file' ? 0 : 1;
      case '-d': return node?.kind === 'dir' ? 0 : 1;
      case '-s': return node?.kind === 'file' && node.bytes > 0 ? 0 : 1;
      case '-x': return node !== undefined && (node.kind === 'dir' || (node.kind === 'file' && (node.mode & 0o111) !== 0)) ? 0 : 1;
      case '-L': case '-h': return lookup(fs, normalizePath(v, session.cwd), false)?.kind === 'symlink' ? 0 : 1;
      case '-r': case '-w': return node !== undefined ? 0 : 1;
      default: return 1;
    }
  }
  const [a = '', op = '', b = ''] = args as [string, string, string];
  switch (op) {
    case '=': case '==': return a === b ? 0 : 1;
    case '!=': return a !== b ? 0 : 1;
    case '-eq': return Number(a) === Number(b) ? 0 : 1;
    case '-ne': return Number(a) !== Number(b) ? 0 : 1;
    case '-lt': return Number(a) < Number(b) ? 0 : 1;
    case '-le': return Number(a) <= Number(b) ? 0 : 1;
    case '-gt': return Number(a) > Number(b) ? 0 : 1;
    case '-ge': return Number(a) >= Number(b) ? 0 : 1;
    default: return 0;
  }
}

function source(file: string | undefined, session: ShellSession): Outcome {
  if (file === undefined) return { status: 2 };
  const node = lookup(session.run.fs.root, normalizePath(file, session.cwd));
  if (node?.kind !== 'file') return { status: 2, messages: [`${session.shellName}: ${session.line}: .: cannot open ${file}: No such file`] };
  // Files like /etc/os-release are KEY=value lines; other scripts are not simulated.
  for (const line of (node.text ?? '').split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) session.vars.set(m[1] as string, (m[2] as string).replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'));
  }
  return { status: 0 };
}

/** Output of a side-effect-free command inside `$(…)`, or `undefined` when only a real run knows it. */
export function knownOutput(inv: Invocation, session: ShellSession): Outcome | undefined {
  const args = inv.argv.slice(1);
  const arch = session.run.platform.arch;
  const machine = arch === 'arm64' ? 'aarch64' : arch === 'amd64' ? 'x86_64' : arch;
  switch (inv.name) {
    case 'nproc':
      return { status: 0, stdout: '4\n' };
    case 'getconf':
      return args[0] === '_NPROCESSORS_ONLN' ? { status: 0, stdout: '4\n' } : undefined;
    case 'arch':
      return { status: 0, stdout: `${machine}\n` };
    case 'uname':
      if (args.length === 0 || args[0] === '-s') return { status: 0, stdout: 'Linux\n' };
      if (args[0] === '-m' || args[0] === '-p') return { status: 0, stdout: `${machine}\n` };
      return undefined;
    case 'dpkg':
      return args[0] === '--print-architecture' ? { status: 0, stdout: `${arch}\n` } : undefined;
    case 'apk':
      return args[0] === '--print-arch' ? { status: 0, stdout: `${machine}\n` } : undefined;
    case 'id': {
      const u = session.run.user;
      if (args[0] === '-u') return { status: 0, stdout: `${u.uid}\n` };
      if (args[0] === '-g') return { status: 0, stdout: `${u.gid}\n` };
      if (args[0] === '-un' || args[0] === '-nu') return { status: 0, stdout: `${u.name}\n` };
      return undefined;
    }
    case 'whoami':
      return { status: 0, stdout: `${session.run.user.name}\n` };
    case 'basename':
      return args[0] === undefined ? undefined : { status: 0, stdout: `${basename(args[0].replace(/\/+$/, '') || '/')}\n` };
    case 'dirname':
      return args[0] === undefined ? undefined : { status: 0, stdout: `${dirname(args[0])}\n` };
    case 'cat': {
      const node = args[0] === undefined ? undefined : lookup(session.run.fs.root, normalizePath(args[0], session.cwd));
      return node?.kind === 'file' && node.text !== undefined ? { status: 0, stdout: node.text } : undefined;
    }
    case 'which': {
      const found = findOnPath(session.run.fs.root, args[0] ?? '', inv.env.get('PATH') ?? DEFAULT_PATH, session.cwd);
      return found ? { status: 0, stdout: `${found.path}\n` } : { status: 1 };
    }
    case 'go':
      if (args[0] === 'env' && args[1] === 'GOPATH') return { status: 0, stdout: `${inv.env.get('GOPATH') ?? '/go'}\n` };
      if (args[0] === 'env' && args[1] === 'GOARCH') return { status: 0, stdout: `${arch}\n` };
      return undefined;
    default:
      return undefined;
  }
}
