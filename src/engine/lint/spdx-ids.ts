/**
 * License identifiers of the SPDX License List (https://spdx.org/licenses/, version 3.24) that images commonly
 * carry. A subset: the full list has about 700 entries; an id missing here is reported as unknown, so extend
 * the list when that happens.
 */
export const spdxIds: ReadonlySet<string> = new Set([
  '0BSD', 'AFL-3.0', 'AGPL-1.0', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0',
  'APSL-2.0', 'Artistic-1.0', 'Artistic-2.0', 'Beerware', 'blessing', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause',
  'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSD-Source-Code', 'BSL-1.0', 'BUSL-1.1',
  'bzip2-1.0.6', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0',
  'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CECILL-2.1', 'CPL-1.0', 'curl', 'ECL-2.0', 'EFL-2.0',
  'Elastic-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2', 'GFDL-1.2', 'GFDL-1.3', 'GFDL-1.3-only', 'GFDL-1.3-or-later',
  'GPL-1.0', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-classpath-exception',
  'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'Hippocratic-2.1', 'ICU', 'IJG', 'ISC', 'JSON', 'LGPL-2.0', 'LGPL-2.0-only',
  'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later',
  'libpng-2.0', 'Libpng', 'LPL-1.02', 'MirOS', 'MIT', 'MIT-0', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception',
  'MS-PL', 'MS-RL', 'MulanPSL-2.0', 'NCSA', 'NTP', 'ODbL-1.0', 'OFL-1.1', 'OpenSSL', 'OSL-3.0', 'PHP-3.0', 'PHP-3.01',
  'PostgreSQL', 'PSF-2.0', 'Python-2.0', 'Qhull', 'Ruby', 'Sleepycat', 'SSPL-1.0', 'TCL', 'Unicode-DFS-2016', 'Unicode-3.0',
  'Unlicense', 'UPL-1.0', 'Vim', 'W3C', 'WTFPL', 'X11', 'Zlib', 'ZPL-2.0', 'ZPL-2.1',
]);
