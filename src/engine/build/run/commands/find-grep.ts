/**
 * `find` and `grep`, enough for the checks people put in a RUN — `find /opt/venv -name '*.so' -exec ldd {} + |
 * grep 'not found'` — to give Docker's answer.
 *
 * - find (GNU findutils): starting points, then `-name`/`-iname` (fnmatch on the file name), `-type f|d|l`,
 *   `-path`, `-maxdepth N`, `-print`, `-exec CMD {} +` (one run with every match; find's status is non-zero if
 *   it fails) and `-exec CMD {} \;` (one run per match, a test: it does not change find's status). A missing
 *   starting point: `find: '<p>': No such file or directory`, exit 1. Other predicates are ignored (labelled).
 * - grep (GNU grep): a pattern (fixed string, or a simple regular expression) over files or standard input,
 *   `-q`, `-v`, `-i`, `-c`, `-F`, `-E`, `-e`; exit 0 when a line matches, 1 when none does, 2 for a missing
 *   file. Input the simulation does not have as text (binary, unknown) counts as matching, with a note.
 */
import type { CommandHandler, Invocation, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, spend } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { normalizePath } from '../../fs-path.ts';
import type { DirNode, FsNode } from '../../types.ts';
import { goMatch } from '../../../context/go-match.ts';
import { handlerFor } from './index.ts';

const MAX_ENTRIES = 20_000;

interface Query {
  readonly starts: string[];
  readonly name: { readonly pattern: string; readonly fold: boolean } | undefined;
  readonly path: string | undefined;
  readonly type: string | undefined;
  readonly maxDepth: number;
  readonly exec: { readonly argv: readonly string[]; readonly batch: boolean } | undefined;
  readonly ignored: string[];
}

function parseFind(args: readonly string[]): Query {
  const starts: string[] = [];
  let i = 0;
  for (; i < args.length && !/^[-(!]/.test(args[i] as string); i++) starts.push(args[i] as string);
  let name: Query['name'];
  let path: string | undefined;
  let type: string | undefined;
  let maxDepth = Number.POSITIVE_INFINITY;
  let exec: Query['exec'];
  const ignored: string[] = [];
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-name' || a === '-iname') name = { pattern: args[++i] ?? '', fold: a === '-iname' };
    else if (a === '-path' || a === '-wholename') path = args[++i];
    else if (a === '-type') type = args[++i];
    else if (a === '-maxdepth') maxDepth = Number(args[++i] ?? 'x');
    else if (a === '-exec' || a === '-execdir') {
      const argv: string[] = [];
      let batch = false;
      for (i++; i < args.length; i++) {
        const w = args[i] as string;
        if (w === ';') break;
        if (w === '+' && argv.at(-1) === '{}') { batch = true; break; }
        argv.push(w);
      }
      exec = { argv, batch };
    } else if (a !== '-print' && a !== '-print0') ignored.push(a);
  }
  return { starts: starts.length > 0 ? starts : ['.'], name, path, type, maxDepth: Number.isNaN(maxDepth) ? Number.POSITIVE_INFINITY : maxDepth, exec, ignored };
}

function typeOf(node: FsNode): string {
  return node.kind === 'dir' ? 'd' : node.kind === 'symlink' ? 'l' : 'f';
}

function matches(q: Query, shown: string, node: FsNode): boolean {
  const base = shown.slice(shown.lastIndexOf('/') + 1) || shown;
  if (q.name !== undefined) {
    const pattern = q.name.fold ? q.name.pattern.toLowerCase() : q.name.pattern;
    if (goMatch(pattern, q.name.fold ? base.toLowerCase() : base) !== true) return false;
  }
  if (q.path !== undefined && goMatch(q.path.replace(/\//g, '\u0001'), shown.replace(/\//g, '\u0001')) !== true) return false;
  return q.type === undefined || q.type === typeOf(node);
}

/** Runs a command of the simulation directly (find -exec is not a shell). */
function runExec(inv: Invocation, run: RunState, argv: readonly string[]): Outcome {
  const name = argv[0] ?? '';
  const base = name.slice(name.lastIndexOf('/') + 1);
  return handlerFor(base, base)({ ...inv, name: base, argv, path: '', stdin: undefined, unknownArgs: false }, run);
}

export const find: CommandHandler = (inv, run) => {
  const q = parseFind(inv.argv.slice(1));
  const found: string[] = [];
  const errors: string[] = [];
  let status = 0;
  let seen = 0;
  const walk = (node: FsNode, shown: string, depth: number): void => {
    if (++seen > MAX_ENTRIES) return;
    if (matches(q, shown, node)) found.push(shown);
    if (node.kind === 'dir' && depth < q.maxDepth) {
      for (const name of [...(node as DirNode).children.keys()].sort()) {
        walk((node as DirNode).children.get(name) as FsNode, shown.endsWith('/') ? `${shown}${name}` : `${shown}/${name}`, depth + 1);
      }
    }
  };
  for (const start of q.starts) {
    const node = lookup(run.fs.root, normalizePath(start, inv.cwd));
    if (node === undefined) {
      errors.push(`find: '${start}': No such file or directory`);
      status = 1;
      continue;
    }
    walk(node, start, 0);
  }
  if (q.ignored.length > 0) estimate(run, `find: ${q.ignored.slice(0, 3).join(' ')} not simulated (ignored)`);
  spend(run, 0.05 + seen / 100_000);
  let stdout = '';
  if (q.exec === undefined) stdout = found.map((p) => `${p}\n`).join('');
  else if (found.length > 0) {
    const calls = q.exec.batch ? [[...q.exec.argv.slice(0, -1), ...found]] : found.map((p) => q.exec!.argv.map((w) => w.replace(/\{\}/g, p)));
    for (const argv of calls) {
      const out = runExec(inv, run, argv);
      stdout += out.stdout ?? '';
      errors.push(...(out.messages ?? []));
      if (q.exec.batch && out.status !== 0) status = 1;
    }
  }
  return { status, stdout, messages: errors };
};

/** A grep pattern as a line test: fixed strings as they are; simple regular expressions through RegExp. */
function lineTest(pattern: string, fixed: boolean, fold: boolean): ((line: string) => boolean) | undefined {
  const hay = (s: string): string => (fold ? s.toLowerCase() : s);
  const needle = hay(pattern);
  if (fixed || !/[.*+?^$[\]()|{}\\]/.test(pattern)) return (line) => hay(line).includes(needle);
  // Nested quantifiers (`(a+)+`) could make the regex engine backtrack for long: not followed.
  if (pattern.length > 200 || /\)[*+?{]/.test(pattern)) return undefined;
  try {
    const re = new RegExp(pattern.replace(/\\([(){}|+?])/g, '$1'), fold ? 'i' : '');
    return (line) => re.test(line);
  } catch {
    return undefined;
  }
}

export const grep: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const flags = new Set<string>();
  const positionals: string[] = [];
  let pattern: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-e' || a === '--regexp') pattern = args[++i];
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) for (const c of a.slice(1)) flags.add(c);
    else if (a.startsWith('--')) flags.add(a);
    else positionals.push(a);
  }
  if (pattern === undefined) pattern = positionals.shift();
  if (pattern === undefined) return { status: 2, messages: ['Usage: grep [OPTION]... PATTERNS [FILE]...'] };
  const test = lineTest(pattern, flags.has('F'), flags.has('i'));
  const inputs: { text: string | undefined }[] = [];
  const errors: string[] = [];
  if (positionals.length === 0) inputs.push({ text: inv.stdin?.text });
  for (const f of positionals) {
    const node = lookup(run.fs.root, normalizePath(f, inv.cwd));
    if (node?.kind !== 'file') errors.push(`grep: ${f}: ${node?.kind === 'dir' ? 'Is a directory' : 'No such file or directory'}`);
    else inputs.push({ text: node.text });
  }
  spend(run, 0.02);
  if (test === undefined || inputs.some((x) => x.text === undefined)) {
    estimate(run, `grep ${pattern.length > 30 ? `${pattern.slice(0, 27)}…` : pattern}: its input or pattern is not known to the simulation: taken to match`);
    return { status: errors.length > 0 ? 2 : 0, messages: errors };
  }
  const lines = inputs.flatMap((x) => (x.text ?? '').split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''));
  const hits = lines.filter((l) => test(l) !== flags.has('v'));
  const stdout = flags.has('q') ? '' : flags.has('c') ? `${hits.length}\n` : hits.map((l) => `${l}\n`).join('');
  return { status: errors.length > 0 ? 2 : hits.length > 0 ? 0 : 1, stdout, messages: errors };
};
