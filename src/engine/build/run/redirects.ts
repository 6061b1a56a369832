/**
 * Redirections of a simple command: where its stdin comes from (a heredoc, a here-string, a file, the
 * pipe) and where its stdout goes (a file, written or appended in the simulated filesystem; `/dev/null`
 * and fd duplications go nowhere; stderr is not kept).
 */
import type { Redirect } from '../../shell/types.ts';
import type { Stdin } from './command-types.ts';
import type { ShellSession } from './interpreter.ts';
import { putFile } from './run-state.ts';
import { expandText, expandWordToString } from './words.ts';
import { lookup } from '../fs-tree.ts';
import { normalizePath } from '../fs-path.ts';

export interface Io {
  readonly stdin: Stdin | undefined;
  readonly stdoutFile: string | undefined;
  readonly append: boolean;
}

/** A command without redirections or a pipe in (most): nothing to read, nothing to write. */
const NO_IO: Io = { stdin: undefined, stdoutFile: undefined, append: false };

export function redirects(session: ShellSession, list: readonly Redirect[], piped: Stdin | undefined): Io {
  if (list.length === 0 && piped === undefined) return NO_IO;
  let stdin = piped;
  let stdoutFile: string | undefined;
  let append = false;
  for (const r of list) {
    const fd = r.fd ?? (r.op.startsWith('<') ? 0 : 1);
    if (r.op === '<<' || r.op === '<<-') {
      const body = r.heredoc?.body ?? '';
      const text = r.heredoc?.quoted ? body : expandText(body, session);
      stdin = { text, bytes: utf8Bytes(text), content: 'text', identity: text, from: 'heredoc' };
      continue;
    }
    if (r.op === '<<<') {
      const text = `${r.target ? expandWordToString(r.target, session).value : ''}\n`;
      stdin = { text, bytes: utf8Bytes(text), content: 'text', identity: text, from: 'here-string' };
      continue;
    }
    if (r.target === undefined) continue;
    const target = expandWordToString(r.target, session).value;
    if (r.op === '<') {
      const node = lookup(session.run.fs.root, normalizePath(target, session.cwd));
      if (node?.kind === 'file') stdin = { text: node.text, bytes: node.bytes, content: node.content, identity: node.digest, from: target };
      continue;
    }
    if (r.op === '>&' || r.op === '<&') continue; // fd duplication: nothing lands in a file
    if (fd !== 1 && r.op !== '&>' && r.op !== '&>>') continue; // stderr to a file: not modelled (its size is tiny)
    if (target === '/dev/null' || target.startsWith('/dev/') || target.startsWith('/proc/')) {
      stdoutFile = undefined;
      continue;
    }
    stdoutFile = normalizePath(target, session.cwd);
    append = r.op === '>>' || r.op === '&>>';
  }
  return { stdin, stdoutFile, append };
}

export function writeStdout(session: ShellSession, path: string, append: boolean, out: Stdin): void {
  const run = session.run;
  if (session.capture !== undefined) return; // `$(… > file)` is rare; not worth a side effect
  const existing = append ? lookup(run.fs.root, path) : undefined;
  const before = existing?.kind === 'file' ? existing : undefined;
  const text = out.text === undefined ? undefined : (before?.text ?? '') + out.text;
  putFile(
    run,
    path,
    {
      bytes: (before?.bytes ?? 0) + out.bytes,
      mode: before?.mode ?? 0o644,
      content: out.content,
      ...(text !== undefined ? { text } : {}),
      identity: `${before?.digest ?? ''}+${out.identity}`,
      ...(before !== undefined ? { uid: before.uid, gid: before.gid } : {}),
    },
    session.cwd,
  );
}

export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

