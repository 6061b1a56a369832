/**
 * Why apt keeps a package, and what `autoremove` takes away.
 *
 * - apt records the packages it installed only as dependencies in /var/lib/apt/extended_states, one stanza
 *   each (`Package:`, `Architecture:`, `Auto-Installed: 1`); every other installed package is manual. A
 *   package named on `apt-get install`'s command line is manual, and naming one that was automatic makes it
 *   manual ("<pkg> set to manually installed.").
 * - `apt-get autoremove`, and `remove` / `purge` with `--auto-remove`, remove the automatic packages that no
 *   manual package needs. apt marks as needed everything reachable from the manual packages through Depends
 *   and Pre-Depends, and through Recommends and Suggests while `APT::AutoRemove::RecommendsImportant` /
 *   `SuggestsImportant` keep their default, true (apt-pkg/depcache.cc, MarkRequired; the options are documented
 *   in Ubuntu's security guide "unnecessary packages"). The catalog's measured closure of each manual package
 *   stands in for that walk: with Recommends by default, without them when RecommendsImportant is false.
 * - Removing a package also removes the installed packages that depend on it (the closure without Recommends
 *   of a package that lists it): `apt-get purge gcc` takes build-essential with it.
 *
 * So `apt-get install gcc libpq-dev libpq5 && … && apt-get purge --auto-remove gcc libpq-dev` removes gcc, the
 * headers and everything they pulled in, and keeps libpq5 (named, so manual) with the libraries it needs.
 * Packages of the base image are never in extended_states here, so they are never removed automatically.
 */
import type { CommandHandler, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { log, putFile, remove } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { hashParts } from '../../hash.ts';

export const EXTENDED_STATES = '/var/lib/apt/extended_states';

/** Packages this build's apt installed (their dpkg file lists); base-image packages are not itemised. */
export function installedDebs(run: RunState): Set<string> {
  const info = lookup(run.fs.root, '/var/lib/dpkg/info');
  const out = new Set<string>();
  if (info?.kind === 'dir') for (const name of info.children.keys()) if (name.endsWith('.list')) out.add(name.slice(0, -5));
  return out;
}

/** The packages extended_states marks `Auto-Installed: 1`. */
export function autoMarked(run: RunState): Set<string> {
  const node = lookup(run.fs.root, EXTENDED_STATES);
  const text = node?.kind === 'file' ? (node.text ?? '') : '';
  const out = new Set<string>();
  for (const block of text.split(/\n\s*\n/)) {
    const name = /^Package: (\S+)$/m.exec(block)?.[1];
    if (name !== undefined && /^Auto-Installed: 1$/m.test(block)) out.add(name);
  }
  return out;
}

/** Rewrites extended_states with `auto` (sorted, as apt writes it), dropping packages no longer installed. */
export function writeAutoMarks(run: RunState, auto: ReadonlySet<string>): void {
  const installed = installedDebs(run);
  const names = [...auto].filter((n) => installed.has(n)).sort();
  const before = lookup(run.fs.root, EXTENDED_STATES);
  if (names.length === 0 && before === undefined) return;
  const text = names.map((n) => `Package: ${n}\nArchitecture: ${run.platform.arch}\nAuto-Installed: 1\n`).join('\n');
  if (before?.kind === 'file' && before.text === text) return;
  putFile(run, EXTENDED_STATES, { bytes: text.length, content: 'text', text, identity: `extended-states:${hashParts([text])}`, uid: 0, gid: 0 });
}

type ImageFacts = { readonly release: string | undefined; readonly sets: readonly string[]; readonly slim: boolean };

function imageFacts(run: RunState): ImageFacts {
  return { release: run.os.packageRelease, sets: run.os.packageSets, slim: run.os.slim };
}

/** What `pkg` brings with it on this image (the catalog's closure; only `pkg` when the catalog has none). */
function closureOf(run: RunState, pkg: string, recommends: boolean): readonly string[] {
  return run.catalog.aptPlan(imageFacts(run), [pkg], { recommends, installed: new Set() }).packages.map((p) => p.name);
}

/** The installed packages apt keeps: the manual ones and all they need. */
export function neededPackages(run: RunState, recommendsImportant: boolean): Set<string> {
  const installed = installedDebs(run);
  const auto = autoMarked(run);
  const needed = new Set<string>();
  for (const pkg of installed) {
    if (auto.has(pkg)) continue;
    needed.add(pkg);
    for (const dep of closureOf(run, pkg, recommendsImportant)) if (installed.has(dep)) needed.add(dep);
  }
  return needed;
}

/** Deletes a package's files (whiteouts when an earlier layer has them) and its dpkg bookkeeping. */
export function removeDeb(run: RunState, name: string): void {
  const list = lookup(run.fs.root, `/var/lib/dpkg/info/${name}.list`);
  const files = list?.kind === 'file' ? (list.text ?? '').split('\n').filter((l) => l !== '') : [];
  for (const f of files) remove(run, f);
  remove(run, `/var/lib/dpkg/info/${name}.list`);
  remove(run, `/var/lib/dpkg/info/${name}.md5sums`);
}

/** The installed packages that depend on one of `names` (so `apt-get remove` takes them too). */
export function dependents(run: RunState, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const pkg of installedDebs(run)) {
    if (names.has(pkg)) continue;
    if (closureOf(run, pkg, false).some((dep) => dep !== pkg && names.has(dep))) out.add(pkg);
  }
  return out;
}

/** The automatic packages no manual package needs any more. */
export function unneeded(run: RunState, recommendsImportant: boolean): string[] {
  const needed = neededPackages(run, recommendsImportant);
  const installed = installedDebs(run);
  return [...autoMarked(run)].filter((p) => installed.has(p) && !needed.has(p)).sort();
}

/** `apt-get autoremove` (or the `--auto-remove` of remove/purge): removes what `unneeded` lists. */
export function autoremove(run: RunState, recommendsImportant: boolean): number {
  const gone = unneeded(run, recommendsImportant);
  for (const pkg of gone) removeDeb(run, pkg);
  if (gone.length > 0) writeAutoMarks(run, autoMarked(run));
  return gone.length;
}

/** `-o APT::AutoRemove::RecommendsImportant=false` (any case, `0`/`no`/`false`). */
export function recommendsImportant(options: readonly string[]): boolean {
  return !options.some((o) => /^APT::AutoRemove::RecommendsImportant=(false|0|no|off)$/i.test(o));
}

/** `apt-mark auto|manual|showauto|showmanual [pkg…]` on the packages this build installed. */
export const aptMark: CommandHandler = (inv, run): Outcome => {
  const [verb = '', ...rest] = inv.argv.slice(1).filter((a) => !a.startsWith('-'));
  const installed = installedDebs(run);
  const auto = autoMarked(run);
  // apt-mark takes package names or regular expressions (`apt-mark auto '.*'` in the official images). Only
  // simple ones are followed — package-name characters, `.`, `^`, `$` and at most three `*` — so a learner's
  // pattern cannot make the regex engine backtrack for long.
  const matches = (pattern: string): string[] => {
    if (installed.has(pattern)) return [pattern];
    if (!/^[A-Za-z0-9+\-.*^$:]{1,100}$/.test(pattern) || (pattern.match(/\*/g) ?? []).length > 3 || !/[.*^$]/.test(pattern)) return [];
    let re: RegExp;
    try {
      re = new RegExp(pattern);
    } catch {
      return [];
    }
    return [...installed].filter((p) => re.test(p));
  };
  switch (verb) {
    case 'auto':
    case 'manual': {
      const names = rest.flatMap(matches);
      for (const n of names) {
        if (verb === 'auto') auto.add(n);
        else auto.delete(n);
        log(run, `${n} set to ${verb === 'auto' ? 'automatically' : 'manually'} installed.`);
      }
      writeAutoMarks(run, auto);
      return { status: 0 };
    }
    case 'showauto':
      return { status: 0, stdout: [...installed].filter((p) => auto.has(p)).sort().map((p) => `${p}\n`).join('') };
    case 'showmanual':
      return { status: 0, stdout: [...installed].filter((p) => !auto.has(p)).sort().map((p) => `${p}\n`).join('') };
    default:
      return { status: 0 };
  }
};
