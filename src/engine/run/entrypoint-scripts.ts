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

const KNOWN: readonly (readonly [RegExp, KnownEntrypoint])[] = [
  [
    /\/docker-entrypoint\.sh$/,
    {
      name: 'docker-entrypoint.sh',
      text: '#!/bin/sh\nset -e\nif [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ]; then\n  set -- node "$@"\nfi\nexec "$@"\n',
      source: 'nodejs/docker-node 22/bookworm/docker-entrypoint.sh @f27d936 (shape); nginx and postgres entrypoints also end in exec "$@"',
    },
  ],
  [/\/__cacert_entrypoint\.sh$/, { name: '__cacert_entrypoint.sh', text: '#!/bin/sh\nset -e\nexec "$@"\n', source: 'eclipse-temurin entrypoint (ends in exec "$@")' }],
  [
    /\/docker-php-entrypoint$/,
    {
      name: 'docker-php-entrypoint',
      text: '#!/bin/sh\nset -e\nif [ "${1#-}" != "$1" ]; then\n  set -- php-fpm "$@"\nfi\nexec "$@"\n',
      source: 'docker-library/php 8.2/bookworm/fpm/docker-php-entrypoint:9 @445bf41',
    },
  ],
  [/\/httpd-foreground$/, { name: 'httpd-foreground', text: '#!/bin/sh\nset -e\nrm -f /usr/local/apache2/logs/httpd.pid\nexec httpd -DFOREGROUND "$@"\n', source: 'docker-library/httpd 2.4/httpd-foreground @9b63b37' }],
];

/** The stand-in for a known entrypoint script whose text the simulation does not have. */
export function knownEntrypoint(path: string): KnownEntrypoint | undefined {
  return KNOWN.find(([re]) => re.test(path))?.[1];
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
  const conditions = script.commands.filter((c) => c.context.inCondition && c.range.end.offset <= cmd.range.start.offset);
  const text = conditions.map((c) => c.range).length === 0 ? '' : script.text.slice(conditions[0]?.range.start.offset ?? 0, cmd.range.start.offset);
  const checks: boolean[] = [];
  if (/\$\{1#-\}|\$\{1:0:1\}/.test(text)) checks.push(arg1 !== undefined && arg1.startsWith('-'));
  if (/command -v "?\$\{?1\}?"?/.test(text)) checks.push(arg1 === undefined || !isCommand(arg1));
  if (/\$\{1%\.conf\}/.test(text)) checks.push(arg1 !== undefined && arg1.endsWith('.conf'));
  if (checks.length === 0) return undefined;
  return checks.some((c) => c);
}
