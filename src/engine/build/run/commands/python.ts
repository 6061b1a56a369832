/**
 * `python` / `python3`: `-m pip …` (handled as pip, with the pip that belongs to this interpreter),
 * `-m venv DIR` (a venv: its own python link, pip and site-packages), anything else (a script, `-c`)
 * is not simulated and says so.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, log, putFile, spend } from '../run-state.ts';
import { putNode } from '../../fs-tree.ts';
import { dirname, normalizePath } from '../../fs-path.ts';
import { pip } from './pip.ts';

/** pip's own installed size in a fresh venv (pip 24/25 wheel unpacked; estimate). */
const VENV_PIP_BYTES = 11_500_000;

export const python: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const m = args.indexOf('-m');
  const module = m >= 0 ? args[m + 1] : undefined;
  if (module === 'pip') {
    return pip({ ...inv, name: 'pip', path: `${dirname(inv.path)}/pip`, argv: ['pip', ...args.slice(m + 2)] }, run);
  }
  if (module === 'venv' || module === 'virtualenv') {
    const rest = args.slice(m + 2);
    const dir = rest.find((x) => !x.startsWith('-'));
    if (dir === undefined) return { status: 2, messages: ['usage: venv [-h] [--system-site-packages] ... ENV_DIR [ENV_DIR ...]'] };
    const root = normalizePath(dir, inv.cwd);
    const version = (inv.env.get('PYTHON_VERSION') ?? '3.12').split('.').slice(0, 2).join('.');
    putFile(run, `${root}/pyvenv.cfg`, { bytes: 120, content: 'text', text: `home = ${dirname(inv.path)}\ninclude-system-site-packages = ${rest.includes('--system-site-packages') ? 'true' : 'false'}\nversion = ${version}\n`, identity: `venv:${root}` });
    putNode(run.fs, `${root}/bin/python`, { kind: 'symlink', target: inv.path, uid: run.user.uid, gid: run.user.gid });
    putNode(run.fs, `${root}/bin/python3`, { kind: 'symlink', target: 'python', uid: run.user.uid, gid: run.user.gid });
    if (!rest.includes('--without-pip')) {
      putFile(run, `${root}/lib/python${version}/site-packages/pip/pip.contents`, { bytes: VENV_PIP_BYTES, content: 'mixed', estimate: true, identity: `venv-pip:${version}` });
      putFile(run, `${root}/bin/pip`, { bytes: 230, mode: 0o755, content: 'text', text: `#!${root}/bin/python\n`, identity: `venv-pip-script:${root}` });
    }
    spend(run, 2.5);
    return { status: 0 };
  }
  if (module === 'compileall') {
    estimate(run, '`python -m compileall` adds .pyc files not simulated (about a third of the sources\' size)');
    spend(run, 2);
    return { status: 0 };
  }
  estimate(run, `\`${inv.argv.join(' ').slice(0, 60)}\` runs Python code the simulation does not execute: assumed to succeed without changing files`);
  log(run, `(python: ${args[0] ?? ''} not simulated)`);
  spend(run, 1);
  return { status: 0 };
};
