/**
 * `ldd <file>…`: the shared libraries a dynamically linked ELF needs and where the loader finds them
 * (library-search.ts). glibc's ldd prints `\tlibpq.so.5 => /usr/lib/x86_64-linux-gnu/libpq.so.5 (0x…)`, or
 * `\tlibpq.so.5 => not found` and still exits 0; for a static binary `\tnot a dynamic executable` (on stderr),
 * exit 1; for a missing file `ldd: <file>: No such file or directory` (stderr), exit 1 — measured with glibc 2.36. musl's ldd (the loader itself) prints
 * `Error loading shared library libpq.so.5: No such file or directory (needed by <file>)` and exits 127.
 * Load addresses are shown as fixed, plausible values (the real ones change with every run: ASLR).
 */
import type { CommandHandler } from '../command-types.ts';
import { lookup } from '../../fs-tree.ts';
import { normalizePath } from '../../fs-path.ts';
import { spend } from '../run-state.ts';
import { findLibrary } from './library-search.ts';
import { archTriplet } from './install-files.ts';

const address = (i: number): string => `(0x00007f${(0x3a0000 + i * 0x21000).toString(16).padStart(10, '0')})`;

export const ldd: CommandHandler = (inv, run) => {
  const files = inv.argv.slice(1).filter((a) => !a.startsWith('-'));
  const musl = run.os.libc === 'musl';
  const lines: string[] = [];
  const errors: string[] = [];
  let status = 0;
  spend(run, 0.02);
  for (const file of files) {
    const path = normalizePath(file, inv.cwd);
    const node = lookup(run.fs.root, path);
    if (files.length > 1) lines.push(`${file}:`);
    if (node?.kind !== 'file') {
      errors.push(`ldd: ${file}: No such file or directory`);
      status = 1;
      continue;
    }
    const bin = node.binary;
    if (bin === undefined || bin.linkage === 'static') {
      errors.push(musl ? `ldd: ${file}: Not a valid dynamic program` : '\tnot a dynamic executable');
      status = 1;
      continue;
    }
    const image = { fs: run.fs.root, os: run.os, arch: run.platform.arch, ldLibraryPath: inv.env.get('LD_LIBRARY_PATH') };
    if (!musl) lines.push(`\tlinux-vdso.so.1 ${address(0)}`);
    bin.needs.forEach((soname, i) => {
      const answer = findLibrary(image, soname);
      if (answer.kind === 'missing') {
        if (musl) {
          errors.push(`Error loading shared library ${soname}: No such file or directory (needed by ${file})`);
          status = 127;
        } else lines.push(`\t${soname} => not found`);
        return;
      }
      const where = answer.kind === 'found' ? answer.path : `${musl ? '/usr/lib' : `/usr/lib/${archTriplet(run.platform.arch, 'glibc')}`}/${soname}`;
      lines.push(`\t${soname} => ${where} ${address(i + 1)}`);
    });
    if (musl) lines.push(`\t${bin.interpreter ?? '/lib/ld-musl-x86_64.so.1'} ${address(bin.needs.length + 1)}`);
    else {
      lines.push(`\tlibc.so.6 => /lib/${archTriplet(run.platform.arch, 'glibc')}/libc.so.6 ${address(bin.needs.length + 1)}`);
      lines.push(`\t${bin.interpreter ?? '/lib64/ld-linux-x86-64.so.2'} ${address(bin.needs.length + 2)}`);
    }
  }
  return { status, stdout: lines.length > 0 ? `${lines.join('\n')}\n` : '', messages: errors };
};
