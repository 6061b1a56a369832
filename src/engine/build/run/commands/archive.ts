/**
 * tar, unzip, gzip. Extracting an archive whose contents the simulation does not list puts them in one
 * file of estimated size (compressed bytes × 2.5, the gzip ratio of mixed content) under the target
 * directory; creating one writes the archive.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, putFile, remove, spend } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { basename, normalizePath } from '../../fs-path.ts';
import { treeBytes } from '../../fs-tree.ts';

const EXPANSION = 2.5;

export const tar: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const first = args[0] ?? '';
  const letters = first.startsWith('-') ? first.slice(1) : first;
  const flag = (c: string): boolean => letters.includes(c) || args.some((a) => a === `-${c}`);
  let file: string | undefined;
  let dir = inv.cwd;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-C' || a === '--directory') dir = normalizePath(args[++i] ?? '.', inv.cwd);
    else if (a.startsWith('--directory=')) dir = normalizePath(a.slice(12), inv.cwd);
    else if (a === '-f' || a === '--file') file = args[++i];
    else if (a.startsWith('--file=')) file = a.slice(7);
  }
  if (file === undefined && letters.includes('f') && !first.startsWith('--')) {
    // `tar xzf archive.tgz`: the word after the cluster is the file.
    file = args[1];
  }
  const extracting = flag('x') || args.includes('--extract');
  if (extracting) {
    let bytes: number;
    let identity: string;
    let name: string;
    if (file === undefined || file === '-') {
      if (inv.stdin === undefined) return { status: 2, messages: ['tar: Refusing to read archive contents from terminal (missing -f option?)'] };
      bytes = inv.stdin.bytes;
      identity = inv.stdin.identity;
      name = basename(inv.stdin.from.split(' ').pop() ?? 'archive');
    } else {
      const node = lookup(run.fs.root, normalizePath(file, inv.cwd));
      if (node?.kind !== 'file') return { status: 2, messages: [`tar: ${file}: Cannot open: No such file or directory`, 'tar: Error is not recoverable: exiting now'] };
      bytes = node.bytes;
      identity = node.digest;
      name = basename(file);
    }
    const stem = name.replace(/(\.tar)?\.(gz|tgz|xz|bz2|zst)$|\.tar$/, '') || 'archive';
    putFile(run, `${dir}/${stem}.contents`, { bytes: bytes * EXPANSION, content: 'mixed', estimate: true, identity: `untar:${identity}` });
    estimate(run, `the contents of ${name} are estimated at ${EXPANSION}× its size`);
    spend(run, 0.3 + bytes / 50e6);
    return { status: 0 };
  }
  if (flag('c') || args.includes('--create')) {
    const sources = args.slice(1).filter((a) => !a.startsWith('-') && a !== file);
    let bytes = 0;
    for (const s of sources) {
      const n = lookup(run.fs.root, normalizePath(s, dir));
      if (n !== undefined) bytes += treeBytes(n);
    }
    const compressed = flag('z') || flag('J') || flag('j');
    if (file !== undefined && file !== '-') {
      putFile(run, file, { bytes: compressed ? bytes / EXPANSION : bytes + 10_240, content: compressed ? 'compressed' : 'mixed', estimate: true, identity: `tar:${sources.join(',')}:${bytes}` }, inv.cwd);
    }
    spend(run, 0.2 + bytes / 80e6);
    return { status: 0 };
  }
  return { status: 0 };
};

export const unzip: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const d = args.indexOf('-d');
  const dir = d >= 0 ? normalizePath(args[d + 1] ?? '.', inv.cwd) : inv.cwd;
  const file = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-d');
  if (file === undefined) return { status: 10, messages: ['unzip: missing archive name'] };
  const node = lookup(run.fs.root, normalizePath(file, inv.cwd));
  if (node?.kind !== 'file') return { status: 9, messages: [`unzip:  cannot find or open ${file}, ${file}.zip or ${file}.ZIP.`] };
  putFile(run, `${dir}/${basename(file).replace(/\.zip$/i, '')}.contents`, { bytes: node.bytes * EXPANSION, content: 'mixed', estimate: true, identity: `unzip:${node.digest}` });
  estimate(run, `the contents of ${basename(file)} are estimated at ${EXPANSION}× its size`);
  spend(run, 0.3 + node.bytes / 50e6);
  return { status: 0 };
};

export const gzip: CommandHandler = (inv, run) => {
  const decompress = inv.name === 'gunzip' || inv.argv.includes('-d');
  for (const f of inv.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const node = lookup(run.fs.root, normalizePath(f, inv.cwd));
    if (node?.kind !== 'file') return { status: 1, messages: [`gzip: ${f}: No such file or directory`] };
    const target = decompress ? f.replace(/\.gz$/, '') : `${f}.gz`;
    putFile(run, target, { bytes: decompress ? node.bytes * EXPANSION : node.bytes / EXPANSION, content: decompress ? 'mixed' : 'compressed', estimate: true, identity: `gzip:${node.digest}:${String(decompress)}` }, inv.cwd);
    if (!inv.argv.includes('-k') && !inv.argv.includes('--keep')) remove(run, f, inv.cwd);
  }
  return { status: 0 };
};
