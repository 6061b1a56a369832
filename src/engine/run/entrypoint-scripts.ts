/**
 * Official images' entrypoint scripts, for when the image's file is there but its text is not known to
 * the simulation (the catalog lists base-image files by size), and the one idiom they share: "if the
 * first argument is an option (or not a command), put the server in front" (`set -- node "$@"`).
 *
 * All of them end in `exec "$@"` (runtime-signals.md §2: nginx, node, postgres, redis, php entrypoints
 * @ the commits listed there; httpd-foreground ends in `exec httpd -DFOREGROUND "$@"`).
 */
import type { ShellScript, SimpleCommand } from '../shell/types.ts';

export interface KnownEntrypoint {
  readonly name: string;
  /** A shell script with the same effect on argv and PID 1 as the original (the parts that matter here). */
  readonly text: string;
  readonly source: string;
}

const exec = (server: string, condition: string) => `#!/bin/sh\nset -e\nif ${condition}; then\n  set -- ${server} "$@"\nfi\nexec "$@"\n`;

/** [path, base image repository, stand-in]; the first match wins. */
const KNOWN: readonly (readonly [RegExp, RegExp, KnownEntrypoint])[] = [
  [
    /\/usr\/local\/bin\/docker-entrypoint\.sh$/,
    /(^|\/)node(:|$)/,
    { name: 'docker-entrypoint.sh', text: exec('node', '[ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ]'), source: 'nodejs/docker-node 22/bookworm/docker-entrypoint.sh:11 @f27d936' },
  ],
  [
    /\/usr\/local\/bin\/docker-entrypoint\.sh$/,
    /(^|\/)redis(:|$)/,
    { name: 'docker-entrypoint.sh', text: exec('redis-server', '[ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]'), source: 'docker-library/redis 7.2/debian/docker-entrypoint.sh:24 @e920499' },
  ],
  [
    /\/usr\/local\/bin\/docker-entrypoint\.sh$/,
    /(^|\/)postgres(:|$)/,
    { name: 'docker-entrypoint.sh', text: exec('postgres', '[ "${1:0:1}" = \'-\' ]'), source: 'docker-library/postgres 14/alpine3.22/docker-entrypoint.sh:377 @6edb0a8' },
  ],
  [/\/docker-entrypoint\.sh$/, /(^|\/)nginx(:|$)/, { name: 'nginx /docker-entrypoint.sh', text: '#!/bin/sh\nset -e\nexec "$@"\n', source: 'nginxinc/docker-nginx mainline/debian/docker-entrypoint.sh:47 @b430bec' }],
  [/\/__cacert_entrypoint\.sh$/, /./, { name: '__cacert_entrypoint.sh', text: '#!/bin/sh\nset -e\nexec "$@"\n', source: 'eclipse-temurin images (ends in exec "$@")' }],
  [
    /\/docker-php-entrypoint$/,
    /./,
    { name: 'docker-php-entrypoint', text: exec('php-fpm', '[ "${1#-}" != "$1" ]'), source: 'docker-library/php 8.2/bookworm/fpm/docker-php-entrypoint:9 @445bf41' },
  ],
  [/\/httpd-foreground$/, /./, { name: 'httpd-foreground', text: '#!/bin/sh\nset -e\nrm -f /usr/local/apache2/logs/httpd.pid\nexec httpd -DFOREGROUND "$@"\n', source: 'docker-library/httpd 2.4/httpd-foreground @9b63b37' }],
];

/** The stand-in for a known entrypoint script whose text the simulation does not have. */
export function knownEntrypoint(path: string, baseImage = ''): KnownEntrypoint | undefined {
  return KNOWN.find(([p, image]) => p.test(path) && image.test(baseImage))?.[2];
}

/** A stand-in for an unknown script from a base image: official entrypoints end in `exec "$@"`. */
export const GENERIC_ENTRYPOINT = '#!/bin/sh\nexec "$@"\n';

/**
 * Decides a `set -- X "$@"` inside an `if` of an official entrypoint by its condition idiom:
 * `${1#-}` (first argument is an option), `command -v "$1"` (first argument is not a command),
 * `${1%.conf}` (a config file), `${1:0:1}` = '-' (an option). `undefined` when the script's condition
 * is none of these.
 */
export function decideSetIdiom(
  script: ShellScript,
  cmd: SimpleCommand,
  arg1: string | undefined,
  isCommand: (name: string) => boolean,
): boolean | undefined {
  if (!cmd.context.inIf) return true;
  // The condition of this `if`: the condition commands right before the `set` (a bounded walk back).
  let first = cmd.context.index;
  for (let i = cmd.context.index - 1; i >= 0 && i >= cmd.context.index - 16; i--) {
    if (script.commands[i]?.context.inCondition !== true) break;
    first = i;
  }
  const from = script.commands[first]?.range.start.offset ?? cmd.range.start.offset;
  const base = script.range.start.offset;
  const text = script.text.slice(from - base, cmd.range.start.offset - base);
  const checks: boolean[] = [];
  if (/\$\{1#-\}|\$\{1:0:1\}/.test(text)) checks.push(arg1 !== undefined && arg1.startsWith('-'));
  if (/command -v "?\$\{?1\}?"?/.test(text)) checks.push(arg1 === undefined || !isCommand(arg1));
  if (/\$\{1%\.conf\}/.test(text)) checks.push(arg1 !== undefined && arg1.endsWith('.conf'));
  if (checks.length === 0) return undefined;
  return checks.some((c) => c);
}
