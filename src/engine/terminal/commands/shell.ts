/**
 * The few shell commands the terminal answers besides `docker`: `ls` and `cat` over the workspace's files,
 * `clear`, `help`, `pwd`, `echo`; `node` / `npm` / `npx` are handed to the host (a WebContainer, when one can
 * start). Anything else gets bash's answer.
 */
import type { CommandContext, CommandOutcome } from '../command-context.ts';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { workspaceFile } from './build.ts';

export const SHELL_COMMANDS = ['docker', 'ls', 'cat', 'clear', 'help', 'pwd', 'echo', 'history', 'node', 'npm', 'npx'] as const;

export const NODE_COMMANDS: ReadonlySet<string> = new Set(['node', 'npm', 'npx', 'yarn', 'pnpm']);

export const HELP_TEXT = [
  'This terminal answers the Docker commands you type at work, simulated by Shipshape from the files in the editor:',
  '  docker build -t app .           build (add --target STAGE, --build-arg K=V, --no-cache, --progress=plain)',
  '  docker history app              the image\'s layers and their sizes',
  '  docker images                   the images built here',
  '  docker run app | docker run -d app   start a container (--init, -e K=V, --stop-timeout N, -p 8080:8000 …)',
  '  docker ps -a | docker stop NAME | docker rm NAME | docker rmi app',
  '  docker compose up -d | docker compose down   (with a compose.yaml in the project)',
  '  ls, cat FILE, clear, history    and node / npm when the browser can run them',
  'Keys: ↑/↓ history, Tab completes, Ctrl+C cancels, Ctrl+L clears. Nothing runs for real: sizes and times are estimates.',
].join('\n');

function size(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)}G` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)}M` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)}K` : String(bytes);
}

export function shellLs(args: readonly string[], { session, workspace, print }: CommandContext): CommandOutcome {
  const long = args.some((a) => /^-[a-zA-Z]*l/.test(a));
  const all = args.some((a) => /^-[a-zA-Z]*a/.test(a));
  const entries = new Map<string, number>();
  for (const [path, text] of Object.entries(workspace.files)) entries.set(path, utf8ToBytes(text).length);
  for (const e of workspace.context) {
    if (entries.has(e.path)) continue;
    entries.set(e.path, e.kind === 'symlink' ? 0 : e.size ?? ('content' in e && e.content !== undefined ? utf8ToBytes(e.content).length : 0));
  }
  // Top-level names only, as `ls` shows a directory: `src/index.js` appears as `src`.
  const top = new Map<string, number>();
  for (const [path, bytes] of entries) {
    const name = path.split('/')[0]!;
    if (!all && name.startsWith('.')) continue;
    top.set(name + (path.includes('/') || workspace.context.some((e) => e.path === name && e.kind === 'dir') ? '/' : ''), (top.get(name) ?? 0) + bytes);
  }
  const names = [...top.keys()].sort((a, b) => a.replace(/^\./, '').localeCompare(b.replace(/^\./, '')));
  if (long) for (const n of names) print.out(`${size(top.get(n) ?? 0).padStart(7)}  ${n}`);
  else print.out(names.join('  '));
  return { session, exitCode: 0 };
}

export function shellCat(args: readonly string[], { session, workspace, print }: CommandContext): CommandOutcome {
  let code = 0;
  for (const path of args) {
    const text = workspaceFile(workspace, path);
    if (text === undefined) {
      const known = workspace.context.some((e) => e.path === path);
      print.err(known ? `cat: ${path}: only its size is known here (a large file or a directory)` : `cat: ${path}: No such file or directory`);
      code = 1;
      continue;
    }
    // Each line goes through the printer, which turns control codes into visible text.
    print.out(text.replace(/\n$/, ''));
  }
  return { session, exitCode: code };
}

export function shellOther(name: string, args: readonly string[], context: CommandContext): CommandOutcome {
  const { session, print } = context;
  switch (name) {
    case 'clear':
      return { session, exitCode: 0, effects: [{ kind: 'clear' }] };
    case 'help':
      print.out(HELP_TEXT);
      return { session, exitCode: 0 };
    case 'pwd':
      print.out(`/work/${context.workspace.projectName ?? 'app'}`);
      return { session, exitCode: 0 };
    case 'echo':
      print.out(args.join(' '));
      return { session, exitCode: 0 };
    case 'cd':
      print.err('bash: cd: this terminal stays in the project folder');
      return { session, exitCode: 1 };
    default:
      print.err(`bash: ${name}: command not found`);
      return { session, exitCode: 127 };
  }
}
