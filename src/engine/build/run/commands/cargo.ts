/**
 * `cargo build` / `cargo install`. The binary goes to `target/<profile>/<name>` (name from Cargo.toml);
 * on a glibc image it links glibc dynamically, for the musl target (`--target *-musl`, or the Alpine
 * rust image, whose host target is musl) it is static (Rust's musl targets default to `crt-static`).
 * `target/` and `~/.cargo/registry` are large; sizes and times are estimates from the dependency count.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, log, putFile, spend } from '../run-state.ts';
import { lookup, resolvePath } from '../../fs-tree.ts';
import { joinPath, normalizePath } from '../../fs-path.ts';
import { mountAt } from '../run-state.ts';
import { dynamicBinary, staticBinary } from './install-files.ts';

export const cargo: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const verb = args[0] ?? '';
  if (verb !== 'build' && verb !== 'install' && verb !== 'fetch') {
    spend(run, 2);
    return { status: 0 };
  }
  const manifest = lookup(run.fs.root, joinPath(inv.cwd, 'Cargo.toml'));
  if (verb !== 'install' && manifest?.kind !== 'file') {
    return { status: 101, messages: [`error: could not find \`Cargo.toml\` in \`${inv.cwd}\` or any parent directory`] };
  }
  const text = manifest?.kind === 'file' ? (manifest.text ?? '') : '';
  const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(text)?.[1] ?? (args.find((a, i) => i > 0 && !a.startsWith('-')) ?? 'app');
  const depsSection = /\[dependencies\]([\s\S]*?)(\n\[|$)/.exec(text)?.[1] ?? '';
  const deps = depsSection.split('\n').filter((l) => /^\s*[A-Za-z0-9_-]+\s*=/.test(l)).length;
  const transitive = deps * 8;
  const home = inv.env.get('CARGO_HOME') ?? (run.user.uid === 0 ? '/usr/local/cargo' : `/home/${run.user.name}/.cargo`);
  const registryBytes = 1.2e6 * transitive;
  const m = mountAt(run, resolvePath(run.fs.root, `${home}/registry`, true).path);
  const warm = m?.type === 'cache' && (run.warmMounts.get(m.id) ?? 0) > 0;
  putFile(run, `${home}/registry/cache/${transitive}-crates.contents`, { bytes: registryBytes, content: 'compressed', estimate: true, identity: `crates:${depsSection}` });
  if (verb === 'fetch') {
    spend(run, (warm ? 0.2 : 1) * (2 + 0.3 * transitive));
    return { status: 0 };
  }
  const targetFlag = args.indexOf('--target');
  const triple = targetFlag >= 0 ? (args[targetFlag + 1] ?? '') : run.os.libc === 'musl' ? 'x86_64-unknown-linux-musl' : 'x86_64-unknown-linux-gnu';
  const release = args.includes('--release') || args.includes('-r') || verb === 'install';
  const profile = release ? 'release' : 'debug';
  const musl = triple.includes('musl');
  const bytes = (release ? 1 : 4) * (3.5e6 + 0.25e6 * transitive);
  const binary = musl ? staticBinary(run, 'cargo build', 'musl') : dynamicBinary(run, 'cargo build', ['libgcc_s.so.1']);
  const dir = verb === 'install' ? `${home}/bin` : `${normalizePath(inv.env.get('CARGO_TARGET_DIR') ?? 'target', inv.cwd)}${targetFlag >= 0 ? `/${triple}` : ''}/${profile}`;
  putFile(run, `${dir}/${name}`, { bytes, mode: 0o755, content: 'binary', binary, estimate: true, identity: `cargo:${text}:${triple}:${profile}` });
  if (verb === 'build') {
    putFile(run, `${normalizePath('target', inv.cwd)}/${profile}/deps/build-artifacts.contents`, { bytes: 40e6 + 12e6 * transitive, content: 'binary', estimate: true, identity: `cargo-target:${text}:${profile}` });
  }
  spend(run, (warm ? 0.5 : 1) * (15 + 3 * transitive));
  estimate(run, 'the Rust binary size, target/ size and build time are estimates from the dependency count');
  log(run, `   Compiling ${name} v0.1.0`);
  log(run, `    Finished \`${profile}\` profile target(s)`);
  return { status: 0 };
};
