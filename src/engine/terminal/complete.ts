/**
 * Tab completion for the terminal, as bash with Docker's completion script offers it: commands, `docker`
 * subcommands, a command's flags, flag values (files for `-f`, stages for `--target`, progress modes), images for
 * `run` / `history` / `rmi`, containers for `stop` / `rm`, files for `cat`.
 */
import { parseDockerfile } from '../dockerfile/index.ts';
import { lex } from './command-line.ts';
import { DOCKER_COMMANDS, GROUPS } from './docker-cli.ts';
import type { CommandSpec } from './docker-cli.ts';
import { workspaceFile } from './commands/build.ts';
import { SHELL_COMMANDS } from './commands/shell.ts';
import type { TerminalSession, Workspace } from './types.ts';

export interface Completion {
  /** The part of the line the completion replaces: the word being typed. */
  readonly start: number;
  readonly end: number;
  /** Every word that fits, sorted. */
  readonly candidates: readonly string[];
  /** What all candidates share beyond what is typed (what Tab inserts at once). */
  readonly common: string;
}

const DOCKER_WORDS = ['build', 'run', 'stop', 'ps', 'images', 'history', 'rm', 'rmi', 'compose', 'image', 'container', 'buildx', 'help'];

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function files(workspace: Workspace): string[] {
  return [...new Set([...Object.keys(workspace.files), ...workspace.context.filter((e) => e.kind !== 'dir').map((e) => e.path)])];
}

function stages(workspace: Workspace, dockerfile: string): string[] {
  const text = workspaceFile(workspace, dockerfile);
  if (text === undefined) return [];
  return parseDockerfile(text).stages.flatMap((s) => (s.name ? [s.name] : []));
}

function flagValues(flag: string, workspace: Workspace, words: readonly string[]): string[] | undefined {
  switch (flag) {
    case '-f':
    case '--file':
      return files(workspace);
    case '--target': {
      const f = words.indexOf('-f') >= 0 ? words[words.indexOf('-f') + 1] : words.indexOf('--file') >= 0 ? words[words.indexOf('--file') + 1] : undefined;
      return stages(workspace, f ?? 'Dockerfile');
    }
    case '--progress':
      return ['auto', 'plain', 'quiet', 'rawjson', 'tty'];
    case '--stop-signal':
    case '-s':
    case '--signal':
      return ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGHUP', 'SIGUSR1'];
    default:
      return undefined;
  }
}

function takesValue(spec: CommandSpec, flag: string): boolean {
  const found = flag.startsWith('--') ? spec.flags.find((f) => `--${f.long}` === flag) : spec.flags.find((f) => `-${f.short}` === flag);
  return found !== undefined && found.type !== 'bool';
}

function argumentsFor(spec: CommandSpec, session: TerminalSession): string[] {
  switch (spec.path) {
    case 'docker buildx build':
      return ['.'];
    case 'docker run':
    case 'docker history':
    case 'docker rmi':
      return session.images.flatMap((i) => i.tags.flatMap((t) => (t.endsWith(':latest') ? [t.slice(0, -7), t] : [t])));
    case 'docker stop':
      return session.containers.filter((c) => c.state === 'running').map((c) => c.name);
    case 'docker rm':
      return session.containers.map((c) => c.name);
    default:
      return [];
  }
}

function candidatesFor(words: readonly string[], index: number, session: TerminalSession, workspace: Workspace): string[] {
  const current = words[index] ?? '';
  if (index === 0) return [...SHELL_COMMANDS];
  if (words[0] === 'cat') return files(workspace);
  if (words[0] !== 'docker') return [];
  if (index === 1) return DOCKER_WORDS;
  const group = GROUPS[words[1]!];
  if (group && index === 2) return [...group];
  const key = group ? `${words[1]} ${words[2]}` : words[1]!;
  const spec = DOCKER_COMMANDS[key];
  if (!spec) return [];
  const previous = words[index - 1] ?? '';
  if (previous.startsWith('-') && takesValue(spec, previous)) return flagValues(previous, workspace, words) ?? [];
  if (current.startsWith('-')) return spec.flags.flatMap((f) => (f.short ? [`--${f.long}`, `-${f.short}`] : [`--${f.long}`]));
  // After `docker run IMAGE`, the words are the container's command: nothing to offer.
  const first = group ? 3 : 2;
  const positional = words.slice(first, index).filter((w, i, all) => !w.startsWith('-') && !(i > 0 && all[i - 1]!.startsWith('-') && takesValue(spec, all[i - 1]!)));
  if (spec.path === 'docker run' && positional.length > 0) return [];
  return argumentsFor(spec, session);
}

/** Completions for the word before `cursor` in `line`. */
export function completeCommandLine(line: string, cursor: number, session: TerminalSession, workspace: Workspace): Completion {
  const before = line.slice(0, cursor);
  const none: Completion = { start: cursor, end: cursor, candidates: [], common: '' };
  const lexed = lex(before);
  if (!lexed.ok) return none;
  // The words of the last command of the list.
  const tokens = lexed.tokens;
  let from = tokens.length;
  while (from > 0 && tokens[from - 1]!.kind === 'word') from--;
  const words = tokens.slice(from).flatMap((t) => (t.kind === 'word' ? [t.word] : []));
  const typing = lexed.open ? words[words.length - 1]! : undefined;
  const index = typing ? words.length - 1 : words.length;
  const texts = words.map((w) => w.text);
  const prefix = typing?.text ?? '';
  const all = candidatesFor(typing ? texts : [...texts, ''], index, session, workspace);
  const candidates = [...new Set(all.filter((c) => c.startsWith(prefix)))].sort();
  const common = commonPrefix(candidates).slice(prefix.length);
  return { start: typing?.start ?? cursor, end: cursor, candidates, common };
}
