// Shared libraries (ELF sonames) that compiled extensions and programs commonly need, and the package that ships
// each one — the runtime half of a `-dev` package. The sonames and file names are those of the packages' file
// lists (packages.debian.org/bookworm/amd64/<pkg>/filelist, pkgs.alpinelinux.org/contents); `share` is the part
// of the package's installed size the library file takes (an estimate: the rest is docs, translations, data).
import type { Provenance } from '../types.ts';

export interface SharedLibraryRecord {
  /** Debian/Ubuntu package (bookworm name; trixie's 64-bit-time renames in `aptTrixie`). */
  readonly apt: string | undefined;
  readonly aptTrixie?: string;
  /** Alpine package. */
  readonly apk: string | undefined;
  readonly share: number;
}

export const SHARED_LIBRARIES: Readonly<Record<string, SharedLibraryRecord>> = {
  'libpq.so.5': { apt: 'libpq5', apk: 'libpq', share: 0.35 },
  'libssl.so.3': { apt: 'libssl3', aptTrixie: 'libssl3t64', apk: 'libssl3', share: 0.12 },
  'libcrypto.so.3': { apt: 'libssl3', aptTrixie: 'libssl3t64', apk: 'libcrypto3', share: 0.8 },
  'libffi.so.8': { apt: 'libffi8', apk: 'libffi', share: 0.6 },
  'libz.so.1': { apt: 'zlib1g', apk: 'zlib', share: 0.6 },
  'libxml2.so.2': { apt: 'libxml2', apk: 'libxml2', share: 0.9 },
  'libxslt.so.1': { apt: 'libxslt1.1', apk: 'libxslt', share: 0.6 },
  'libexslt.so.0': { apt: 'libxslt1.1', apk: 'libxslt', share: 0.2 },
  'libmariadb.so.3': { apt: 'libmariadb3', apk: 'mariadb-connector-c', share: 0.5 },
  'libsqlite3.so.0': { apt: 'libsqlite3-0', apk: 'sqlite-libs', share: 0.9 },
  'libyaml-0.so.2': { apt: 'libyaml-0-2', apk: 'yaml', share: 0.8 },
  'libcurl.so.4': { apt: 'libcurl4', apk: 'libcurl', share: 0.8 },
  'libgcc_s.so.1': { apt: 'libgcc-s1', apk: 'libgcc', share: 0.9 },
  'libstdc++.so.6': { apt: 'libstdc++6', apk: 'libstdc++', share: 0.85 },
  'libgomp.so.1': { apt: 'libgomp1', apk: 'libgomp', share: 0.9 },
};

export const SHARED_LIBRARIES_SOURCE: Provenance = {
  source: 'Debian bookworm and Alpine package file lists (packages.debian.org filelist, pkgs.alpinelinux.org contents); the size share is an estimate',
  confidence: 'estimate',
};
