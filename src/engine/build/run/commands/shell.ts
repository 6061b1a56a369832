/**
 * `sh` / `bash` / `ash` as commands: `-c TEXT` and script files are run by the same interpreter; a
 * script piped in from a download (`curl … | sh`) is not known to the simulation, so what it installs
 * is estimated (one program in /usr/local/bin, named after the site), and said so.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, putFile, spend } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { normalizePath } from '../../fs-path.ts';

const INSTALLER_ESTIMATE_BYTES = 15e6;
const GENERIC_LABELS = new Set(['www', 'get', 'cli', 'install', 'raw', 'download', 'downloads', 'dl', 'sh', 'static', 'cdn', 'releases', 'githubusercontent', 'github', 'com', 'io', 'org', 'net', 'dev']);

export const shellCommand: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const c = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
  if (c >= 0) {
    const text = args[c + 1] ?? '';
    return { status: run.sh(text, inv.env, inv.cwd, inv.argv[0]) };
  }
  const file = args.find((a) => !a.startsWith('-'));
  if (file !== undefined) {
    const node = lookup(run.fs.root, normalizePath(file, inv.cwd));
    if (node?.kind !== 'file') return { status: 127, messages: [`${inv.name}: 0: cannot open ${file}: No such file`] };
    if (node.text !== undefined) return { status: run.sh(node.text, inv.env, inv.cwd, file) };
    estimate(run, `the script ${file} has no known text: assumed to succeed`);
    return { status: 0 };
  }
  const stdin = inv.stdin;
  if (stdin === undefined) return { status: 0 };
  if (stdin.text !== undefined && stdin.text !== '') return { status: run.sh(stdin.text, inv.env, inv.cwd, inv.argv[0]) };
  const url = stdin.identity.startsWith('url:') ? stdin.identity.slice(4) : stdin.from;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? 'tool';
  const name = host.split('.').find((l) => !GENERIC_LABELS.has(l.toLowerCase())) ?? 'tool';
  putFile(run, `/usr/local/bin/${name}`, { bytes: INSTALLER_ESTIMATE_BYTES, mode: 0o755, content: 'binary', estimate: true, identity: `installer:${url}`, uid: 0, gid: 0 });
  estimate(run, `the install script from ${host} is not known: assumed to install one ${INSTALLER_ESTIMATE_BYTES / 1e6} MB program, /usr/local/bin/${name}`);
  spend(run, 3);
  return { status: 0 };
};
