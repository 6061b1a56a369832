/**
 * Where the dynamic loader looks for a shared library a program or a Python extension needs (its DT_NEEDED
 * names), and whether the image has it — used by `ldd` in a RUN and by the run simulation.
 *
 * - glibc (ld.so(8)): LD_LIBRARY_PATH, then the directories of ld.so.cache (Debian's /etc/ld.so.conf.d:
 *   /usr/local/lib and the multiarch /lib/<triplet>, /usr/lib/<triplet>), then /lib and /usr/lib (and the
 *   64-bit /lib64, /usr/lib64).
 * - musl (musl's ldso/dynlink.c): LD_LIBRARY_PATH, then /lib, /usr/local/lib, /usr/lib.
 *
 * A library the simulation does not itemise may still be there: one shipped by a package of the base image
 * (the catalog knows the base package sets of Debian, Ubuntu and Alpine images) is found; in an image the
 * catalog does not know, a library is assumed present. Only a library that is in none of these places is
 * reported missing — what ld.so prints as `libpq.so.5: cannot open shared object file: No such file or
 * directory`.
 */
import type { DirNode, ImageOs } from '../../types.ts';
import { lookup } from '../../fs-tree.ts';
import { baseShipsLibrary, libraryProvider } from '../../../catalog/index.ts';
import { archTriplet } from './install-files.ts';

export interface LibraryImage {
  readonly fs: DirNode;
  readonly os: ImageOs;
  /** GOARCH-style (`amd64`). */
  readonly arch: string;
  /** The process's LD_LIBRARY_PATH, if set. */
  readonly ldLibraryPath: string | undefined;
}

export type LibraryAnswer =
  | { readonly kind: 'found'; readonly path: string }
  /** Not itemised, but a package of the base image ships it. */
  | { readonly kind: 'base'; readonly pkg: string }
  /** The image is not in the catalog: taken to be there. */
  | { readonly kind: 'assumed' }
  /** `provider`: the package that would ship it (`libpq5`), when the catalog knows. */
  | { readonly kind: 'missing'; readonly provider: string | undefined };

/** The loader's search order for this image. */
export function librarySearchPath(os: ImageOs, arch: string, ldLibraryPath: string | undefined): string[] {
  const fromEnv = (ldLibraryPath ?? '').split(':').filter((d) => d.startsWith('/'));
  if (os.libc === 'musl') return [...fromEnv, '/lib', '/usr/local/lib', '/usr/lib'];
  const triplet = archTriplet(arch, 'glibc');
  return [...fromEnv, '/usr/local/lib', `/usr/local/lib/${triplet}`, `/lib/${triplet}`, `/usr/lib/${triplet}`, '/lib', '/usr/lib', '/lib64', '/usr/lib64'];
}

function manager(os: ImageOs): 'apt' | 'apk' | undefined {
  return os.packageManager;
}

export function findLibrary(image: LibraryImage, soname: string): LibraryAnswer {
  for (const dir of librarySearchPath(image.os, image.arch, image.ldLibraryPath)) {
    const path = `${dir}/${soname}`;
    if (lookup(image.fs, path)?.kind === 'file') return { kind: 'found', path };
  }
  if (image.os.family === 'unknown') return { kind: 'assumed' };
  const pm = manager(image.os);
  if (pm === undefined) return { kind: 'missing', provider: undefined };
  const inBase = baseShipsLibrary(pm, image.os.packageRelease, image.os.packageSets, soname);
  const provider = libraryProvider(pm, soname, image.os.packageRelease);
  if (inBase === true && provider !== undefined) return { kind: 'base', pkg: provider };
  // A library the catalog cannot place: in an image with a package manager it may come with the base.
  if (inBase === undefined) return { kind: 'assumed' };
  return { kind: 'missing', provider };
}

/** The first of `needs` the image lacks, if any. */
export function firstMissing(image: LibraryImage, needs: readonly string[]): { readonly soname: string; readonly provider: string | undefined } | undefined {
  for (const soname of needs) {
    const answer = findLibrary(image, soname);
    if (answer.kind === 'missing') return { soname, provider: answer.provider };
  }
  return undefined;
}

/** How to get a missing library into the image, in the image's package manager's words. */
export function installAdvice(os: ImageOs, provider: string | undefined): string {
  if (provider === undefined) return 'Copy the library into the final stage, or use a base image that has it.';
  if (os.packageManager === 'apk') return `Install it in the final stage: \`RUN apk add --no-cache ${provider}\`.`;
  if (os.packageManager === 'apt') return `Install it in the final stage: \`RUN apt-get update && apt-get install -y --no-install-recommends ${provider} && rm -rf /var/lib/apt/lists/*\`.`;
  return `This image has no package manager: start the final stage from one whose packages include ${provider}, or copy the library in.`;
}
