/**
 * C/C++ compilers and make. `gcc -o out src.c` makes a binary linked against the stage's C library (its
 * loader recorded), or a static one with `-static`; `-lpq` records the library's soname (`libpq.so.5`, ELF
 * DT_NEEDED) when the catalog knows it, so the image that runs the binary must have it; a missing source fails
 * as gcc does. make, cmake and
 * configure scripts run project-specific recipes the simulation cannot know: they are assumed to succeed
 * and their outputs estimated.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, log, putFile, spend } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { normalizePath } from '../../fs-path.ts';
import { dynamicBinary, staticBinary } from './install-files.ts';
import { sonameForLink } from '../../../catalog/index.ts';

export const cc: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  let out = 'a.out';
  const sources: string[] = [];
  let isStatic = false;
  let objectOnly = false;
  const links: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o') out = args[++i] ?? out;
    else if (a === '-static') isStatic = true;
    else if (a === '-c') objectOnly = true;
    else if (a === '-l') links.push(args[++i] ?? '');
    else if (a.startsWith('-l') && a.length > 2) links.push(a.slice(2));
    else if (a === '-I' || a === '-L' || a === '-D' || a === '-x') i++;
    else if (!a.startsWith('-')) sources.push(a);
  }
  if (sources.length === 0) return { status: 1, messages: [`${inv.name}: fatal error: no input files`, 'compilation terminated.'] };
  let srcBytes = 0;
  const ids: string[] = [];
  for (const s of sources) {
    const node = lookup(run.fs.root, normalizePath(s, inv.cwd));
    if (node?.kind !== 'file') return { status: 1, messages: [`${inv.name}: error: ${s}: No such file or directory`, `${inv.name}: fatal error: no input files`, 'compilation terminated.'] };
    srcBytes += node.bytes;
    ids.push(node.digest);
  }
  const libcStatic = run.os.libc === 'musl' ? 60_000 : 850_000;
  const bytes = (objectOnly ? 0 : 15_000) + srcBytes * 1.5 + (isStatic && !objectOnly ? libcStatic : 0);
  putFile(run, normalizePath(objectOnly && out === 'a.out' ? (sources[0] as string).replace(/\.\w+$/, '.o') : out, inv.cwd), {
    bytes,
    mode: objectOnly ? 0o644 : 0o755,
    content: 'binary',
    ...(objectOnly ? {} : { binary: isStatic ? staticBinary(run, inv.name, run.os.libc) : dynamicBinary(run, inv.name, needed(links)) }),
    estimate: true,
    identity: `cc:${ids.join(',')}:${args.join(' ')}`,
  });
  spend(run, 0.5 + srcBytes / 20_000);
  return { status: 0 };
};

/** The sonames `-l` options record (libc, libm and friends are part of the C library: not listed). */
function needed(links: readonly string[]): string[] {
  return [...new Set(links.map(sonameForLink).filter((s): s is string => s !== undefined))];
}

export const make: CommandHandler = (inv, run) => {
  const file = ['GNUmakefile', 'makefile', 'Makefile'].find((f) => lookup(run.fs.root, normalizePath(f, inv.cwd))?.kind === 'file');
  const explicit = inv.argv.indexOf('-f') >= 0 || inv.argv.indexOf('-C') >= 0;
  if (file === undefined && !explicit) return { status: 2, messages: ['make: *** No targets specified and no makefile found.  Stop.'] };
  estimate(run, `\`${inv.argv.join(' ').slice(0, 60)}\` runs a project's own recipe: assumed to succeed, its outputs are not simulated`);
  if (inv.argv.includes('install')) {
    putFile(run, '/usr/local/lib/make-install.contents', { bytes: 2e6, content: 'binary', estimate: true, identity: `make-install:${inv.cwd}` });
  }
  spend(run, 20);
  log(run, `make: (recipe not simulated)`);
  return { status: 0 };
};

export const configureTool: CommandHandler = (inv, run) => {
  estimate(run, `\`${inv.name}\` runs a project's own build configuration: assumed to succeed`);
  spend(run, 8);
  return { status: 0 };
};
