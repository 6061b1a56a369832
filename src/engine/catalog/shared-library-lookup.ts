// Which package ships a shared library, which libraries a package ships, and whether an image's base package
// sets already hold one — for the build (apt/apk lay the library files down) and the run (a program or a
// compiled Python extension whose library is missing fails to load).
import { SHARED_LIBRARIES } from './data/shared-libraries.ts';
import { PIP_PACKAGES } from './data/pip.ts';
import { basePackages } from './package-lookup.ts';

const TRIXIE_LIKE = /^(trixie|forky|sid)$/;

function aptName(rec: (typeof SHARED_LIBRARIES)[string], release: string | undefined): string | undefined {
  return release !== undefined && TRIXIE_LIKE.test(release) ? (rec.aptTrixie ?? rec.apt) : rec.apt;
}

/** The library files (sonames) `pkg` installs, with the share of its size each takes. */
export function librariesOfPackage(manager: 'apt' | 'apk', pkg: string, release?: string): readonly { readonly soname: string; readonly share: number }[] {
  const out: { soname: string; share: number }[] = [];
  for (const [soname, rec] of Object.entries(SHARED_LIBRARIES)) {
    if ((manager === 'apt' ? aptName(rec, release) : rec.apk) === pkg) out.push({ soname, share: rec.share });
  }
  return out;
}

/** The package that ships `soname` (`libpq.so.5` -> `libpq5` on Debian, `libpq` on Alpine), when the catalog knows it. */
export function libraryProvider(manager: 'apt' | 'apk', soname: string, release?: string): string | undefined {
  const rec = SHARED_LIBRARIES[soname];
  if (rec === undefined) return undefined;
  return manager === 'apt' ? aptName(rec, release) : rec.apk;
}

/** Whether the image's base packages ship `soname`; undefined when the catalog does not know who ships it. */
export function baseShipsLibrary(manager: 'apt' | 'apk', release: string | undefined, sets: readonly string[], soname: string): boolean | undefined {
  const pkg = libraryProvider(manager, soname, release);
  if (pkg === undefined) return undefined;
  return basePackages(manager, release, sets).has(pkg);
}

/** A pip package compiled here from source: its extension module and the libraries it links (DT_NEEDED). */
export function pipExtension(name: string): { readonly module: string; readonly links: readonly string[]; readonly sdistOnly: boolean } | undefined {
  const spec = PIP_PACKAGES[name.toLowerCase().replace(/[-_.]+/g, '-')];
  if (spec?.links === undefined || spec.links.length === 0) return undefined;
  return { module: spec.extensionModule ?? `${name}/_${name}`, links: spec.links, sdistOnly: spec.compiles === 'always' };
}

/** The soname a `-l<name>` link records (`-lpq` -> `libpq.so.5`), when the catalog knows the library. */
export function sonameForLink(name: string): string | undefined {
  return Object.keys(SHARED_LIBRARIES).find((soname) => soname.startsWith(`lib${name}.so.`));
}
