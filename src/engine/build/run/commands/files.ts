/**
 * Everyday file commands: rm, mkdir, chmod, chown/chgrp, touch, cp, mv, ln, install, sed -i, cat, tee.
 * Messages follow GNU coreutils in the C locale (Debian/Ubuntu) or BusyBox (Alpine). A chmod/chown/touch
 * of a file from an earlier layer replaces it in this layer whole (overlay copy-up, moby/moby#47399).
 */
import type { CommandHandler, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { chmodChown, isRoot, makeDir, putFile, remove, spend } from '../run-state.ts';
import { parseArgv } from '../argv.ts';
import { cloneDir, lookup, putNode, resolvePath, walkFiles } from '../../fs-tree.ts';
import { basename, dirname, joinPath, normalizePath } from '../../fs-path.ts';
import { readGroups, readUsers } from '../../filesystem-query.ts';
import type { FsNode } from '../../types.ts';

function gnu(run: RunState): boolean {
  return run.os.family !== 'alpine' && run.os.family !== 'busybox';
}

export const rm: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1));
  const recursive = a.options.has('-r') || a.options.has('-R') || a.options.has('--recursive');
  const force = a.options.has('-f') || a.options.has('--force');
  const messages: string[] = [];
  for (const p of a.positionals) {
    const node = lookup(run.fs.root, normalizePath(p, inv.cwd), false);
    if (node === undefined) {
      if (!force) messages.push(gnu(run) ? `rm: cannot remove '${p}': No such file or directory` : `rm: can't remove '${p}': No such file or directory`);
      continue;
    }
    if (node.kind === 'dir' && !recursive) {
      messages.push(gnu(run) ? `rm: cannot remove '${p}': Is a directory` : `rm: '${p}' is a directory`);
      continue;
    }
    remove(run, p, inv.cwd);
  }
  return { status: messages.length > 0 ? 1 : 0, messages };
};

export const mkdir: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-m', '--mode']);
  const parents = a.options.has('-p') || a.options.has('--parents');
  const mode = parseMode(a.options.get('-m') ?? a.options.get('--mode'), 0o755, false);
  const messages: string[] = [];
  for (const p of a.positionals) {
    const path = normalizePath(p, inv.cwd);
    const existing = lookup(run.fs.root, path);
    if (existing !== undefined) {
      if (!parents) messages.push(gnu(run) ? `mkdir: cannot create directory '${p}': File exists` : `mkdir: can't create directory '${p}': File exists`);
      continue;
    }
    if (!parents && lookup(run.fs.root, dirname(path))?.kind !== 'dir') {
      messages.push(gnu(run) ? `mkdir: cannot create directory '${p}': No such file or directory` : `mkdir: can't create directory '${p}': No such file or directory`);
      continue;
    }
    makeDir(run, p, inv.cwd, mode);
  }
  return { status: messages.length > 0 ? 1 : 0, messages };
};

export const chmod: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const recursive = args.includes('-R') || args.includes('--recursive');
  const rest = args.filter((x) => x !== '-R' && x !== '--recursive' && x !== '-f' && x !== '-v');
  const [modeText = '', ...paths] = rest;
  const messages: string[] = [];
  for (const p of paths) {
    const path = normalizePath(p, inv.cwd);
    const node = lookup(run.fs.root, path);
    if (node === undefined) {
      messages.push(gnu(run) ? `chmod: cannot access '${p}': No such file or directory` : `chmod: ${p}: No such file or directory`);
      continue;
    }
    forEachNode(run, path, recursive, (sub, n) => {
      const current = n.kind === 'symlink' ? 0o777 : n.mode;
      chmodChown(run, sub, { mode: parseMode(modeText, current, n.kind === 'dir') });
    });
  }
  spend(run, 0.05);
  return { status: messages.length > 0 ? 1 : 0, messages };
};

export const chown: CommandHandler = (inv, run) => {
  const isChgrp = inv.name === 'chgrp';
  const args = inv.argv.slice(1);
  const recursive = args.includes('-R') || args.includes('--recursive');
  const rest = args.filter((x) => !x.startsWith('-'));
  const [spec = '', ...paths] = rest;
  const [userPart, groupPart] = isChgrp ? ['', spec] : spec.split(/[:.]/, 2);
  let uid: number | undefined;
  let gid: number | undefined;
  const users = readUsers(run.fs.root);
  if (userPart !== undefined && userPart !== '') {
    if (/^\d+$/.test(userPart)) uid = Number(userPart);
    else {
      const u = users.find((x) => x.name === userPart);
      if (u === undefined) return { status: 1, messages: [gnu(run) ? `chown: invalid user: '${spec}'` : `chown: unknown user ${userPart}`] };
      uid = u.uid;
      if (spec.endsWith(':')) gid = u.gid;
    }
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const g = readGroups(run.fs.root).find((x) => x.name === groupPart);
      if (g === undefined) return { status: 1, messages: [gnu(run) ? `${inv.name}: invalid group: '${spec}'` : `${inv.name}: unknown group ${groupPart}`] };
      gid = g.gid;
    }
  }
  if (!isRoot(run)) return { status: 1, messages: paths.map((p) => `${inv.name}: changing ownership of '${p}': Operation not permitted`) };
  const messages: string[] = [];
  for (const p of paths) {
    const path = normalizePath(p, inv.cwd);
    if (lookup(run.fs.root, path) === undefined) {
      messages.push(`${inv.name}: cannot access '${p}': No such file or directory`);
      continue;
    }
    forEachNode(run, path, recursive, (sub) => chmodChown(run, sub, { ...(uid !== undefined ? { uid } : {}), ...(gid !== undefined ? { gid } : {}) }));
  }
  spend(run, 0.05);
  return { status: messages.length > 0 ? 1 : 0, messages };
};

export const touch: CommandHandler = (inv, run) => {
  for (const p of parseArgv(inv.argv.slice(1), ['-d', '-t', '-r']).positionals) {
    const node = lookup(run.fs.root, normalizePath(p, inv.cwd));
    // A new mtime on an existing file is a metadata change: the file is copied up whole.
    if (node?.kind === 'file') chmodChown(run, p, { mode: node.mode }, inv.cwd);
    else if (node === undefined) putFile(run, p, { bytes: 0, content: 'text', text: '' }, inv.cwd);
  }
  return { status: 0 };
};

export const cp: CommandHandler = (inv, run) => copyOrMove(inv.argv.slice(1), inv.cwd, run, false, inv.name);
export const mv: CommandHandler = (inv, run) => copyOrMove(inv.argv.slice(1), inv.cwd, run, true, inv.name);

export const install: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-m', '-o', '-g', '-t']);
  if (a.options.has('-d')) {
    for (const p of a.positionals) makeDir(run, p, inv.cwd);
    return { status: 0 };
  }
  const outcome = copyOrMove(a.positionals, inv.cwd, run, false, 'install');
  const mode = a.options.get('-m');
  const dest = a.positionals[a.positionals.length - 1];
  if (mode !== undefined && dest !== undefined && outcome.status === 0) {
    const target = lookup(run.fs.root, normalizePath(dest, inv.cwd));
    const path = target?.kind === 'dir' ? joinPath(normalizePath(dest, inv.cwd), basename(a.positionals[0] ?? '')) : dest;
    chmodChown(run, path, { mode: parseMode(mode, 0o755, false) }, inv.cwd);
  }
  return outcome;
};

export const ln: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1));
  const [target, link] = a.positionals;
  if (target === undefined) return { status: 1, messages: ['ln: missing file operand'] };
  const linkPath = normalizePath(link ?? basename(target), inv.cwd);
  const existing = lookup(run.fs.root, linkPath, false);
  const at = existing?.kind === 'dir' && !a.options.has('-n') && !a.options.has('-T') ? joinPath(linkPath, basename(target)) : linkPath;
  if (a.options.has('-s')) {
    putNode(run.fs, at, { kind: 'symlink', target, uid: run.user.uid, gid: run.user.gid });
    return { status: 0 };
  }
  const node = lookup(run.fs.root, normalizePath(target, inv.cwd));
  if (node === undefined) return { status: 1, messages: [`ln: failed to access '${target}': No such file or directory`] };
  putNode(run.fs, at, node);
  return { status: 0 };
};

/** `sed -i` rewrites the file: a new copy of it in this layer. Other uses print text. */
export const sed: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  if (!args.some((x) => x === '-i' || x.startsWith('-i') || x === '--in-place')) {
    return inv.stdin?.text !== undefined ? { status: 0, stdout: inv.stdin.text } : { status: 0 };
  }
  const files = args.filter((x, i) => !x.startsWith('-') && i > 0 && args[i - 1] !== '-e' && !isScriptArg(args, i));
  for (const f of files) {
    const node = lookup(run.fs.root, normalizePath(f, inv.cwd));
    if (node?.kind !== 'file') return { status: 2, messages: [`sed: can't read ${f}: No such file or directory`] };
    putFile(run, f, { bytes: node.bytes, mode: node.mode, content: node.content, identity: `${node.digest}+sed:${args.join(' ')}`, uid: node.uid, gid: node.gid }, inv.cwd);
  }
  return { status: 0 };
};

function isScriptArg(args: readonly string[], i: number): boolean {
  // The first non-option word is the sed script unless -e gave one.
  if (args.includes('-e')) return false;
  const firstPlain = args.findIndex((x) => !x.startsWith('-'));
  return i === firstPlain;
}

export const cat: CommandHandler = (inv, run) => {
  const files = inv.argv.slice(1).filter((x) => !x.startsWith('-'));
  if (files.length === 0) {
    const s = inv.stdin;
    return s === undefined ? { status: 0 } : { status: 0, ...(s.text !== undefined ? { stdout: s.text } : {}), stdoutBytes: s.bytes, stdoutContent: s.content, stdoutIdentity: s.identity };
  }
  let text = '';
  let bytes = 0;
  let allText = true;
  const ids: string[] = [];
  for (const f of files) {
    const node = lookup(run.fs.root, normalizePath(f, inv.cwd));
    if (node?.kind !== 'file') return { status: 1, messages: [`cat: ${f}: No such file or directory`] };
    bytes += node.bytes;
    ids.push(node.digest);
    if (node.text === undefined) allText = false;
    else text += node.text;
  }
  return { status: 0, ...(allText ? { stdout: text } : {}), stdoutBytes: bytes, stdoutContent: allText ? 'text' : 'mixed', stdoutIdentity: ids.join('+') };
};

export const tee: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1));
  const s = inv.stdin;
  for (const f of a.positionals) {
    putFile(run, f, { bytes: s?.bytes ?? 0, content: s?.content ?? 'text', ...(s?.text !== undefined ? { text: s.text } : {}), identity: s?.identity ?? '' }, inv.cwd);
  }
  return s === undefined ? { status: 0 } : { status: 0, ...(s.text !== undefined ? { stdout: s.text } : {}), stdoutBytes: s.bytes };
};

// ---------------------------------------------------------------------------------------------

function forEachNode(run: RunState, path: string, recursive: boolean, visit: (path: string, node: FsNode) => void): void {
  const real = resolvePath(run.fs.root, path, true);
  if (real.node === undefined) return;
  visit(real.path, real.node);
  if (recursive && real.node.kind === 'dir') {
    for (const { path: rel, node } of [...walkFiles(real.node)]) visit(joinPath(real.path, rel), node);
  }
}

function copyOrMove(args: readonly string[], cwd: string, run: RunState, move: boolean, name: string): Outcome {
  const a = parseArgv(args, ['-t', '--target-directory']);
  const recursive = move || a.options.has('-r') || a.options.has('-R') || a.options.has('-a') || a.options.has('--recursive') || a.options.has('--archive');
  const preserve = a.options.has('-a') || a.options.has('-p') || move;
  const positionals = [...a.positionals];
  const targetDir = a.options.get('-t') ?? a.options.get('--target-directory');
  if (targetDir !== undefined) positionals.push(targetDir);
  if (positionals.length < 2) return { status: 1, messages: [`${name}: missing destination file operand`] };
  const dest = normalizePath(positionals.pop() as string, cwd);
  const destNode = lookup(run.fs.root, dest);
  const intoDir = destNode?.kind === 'dir' || positionals.length > 1;
  const messages: string[] = [];
  for (const src of positionals) {
    const from = normalizePath(src, cwd);
    const node = lookup(run.fs.root, from);
    if (node === undefined) {
      messages.push(gnu(run) ? `${name}: cannot stat '${src}': No such file or directory` : `${name}: can't stat '${src}': No such file or directory`);
      continue;
    }
    if (node.kind === 'dir' && !recursive) {
      messages.push(`${name}: -r not specified; omitting directory '${src}'`);
      continue;
    }
    const to = intoDir ? joinPath(dest, basename(from)) : dest;
    const owner = preserve ? undefined : { uid: run.user.uid, gid: run.user.gid };
    const copy = node.kind === 'dir' ? retag(cloneDir(node), owner) : owner && node.kind === 'file' ? { ...node, ...owner } : node;
    makeDir(run, dirname(to));
    putNode(run.fs, to, copy);
    if (move) remove(run, from);
  }
  spend(run, 0.05);
  return { status: messages.length > 0 ? 1 : 0, messages };
}

function retag(dir: ReturnType<typeof cloneDir>, owner: { uid: number; gid: number } | undefined): ReturnType<typeof cloneDir> {
  if (owner === undefined) return dir;
  dir.uid = owner.uid;
  dir.gid = owner.gid;
  for (const [name, child] of dir.children) {
    if (child.kind === 'dir') retag(child as ReturnType<typeof cloneDir>, owner);
    else if (child.kind === 'file') dir.children.set(name, { ...child, ...owner });
  }
  return dir;
}

/** chmod modes: octal (`755`) or symbolic (`u+x`, `go-w`, `a=rX`, `+x`), applied to `current`. */
export function parseMode(text: string | undefined, current: number, isDir: boolean): number {
  if (text === undefined || text === '') return current;
  if (/^[0-7]{1,4}$/.test(text)) return Number.parseInt(text, 8) & 0o7777;
  let mode = current;
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!m) continue;
    const who = m[1] === '' || m[1]?.includes('a') ? 'ugo' : (m[1] as string);
    let bits = 0;
    for (const p of m[3] as string) {
      const v = p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' ? 1 : p === 'X' ? (isDir || (current & 0o111) !== 0 ? 1 : 0) : 0;
      for (const w of who) bits |= v << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
    }
    if (m[2] === '+') mode |= bits;
    else if (m[2] === '-') mode &= ~bits;
    else {
      let mask = 0;
      for (const w of who) mask |= 7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
      mode = (mode & ~mask) | bits;
    }
  }
  return mode;
}
