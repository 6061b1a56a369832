/**
 * What `shipshape lint` reads besides the Dockerfiles: the hadolint-format config file (a directory's
 * .dockerignore comes from ../io/context-ignore.ts). File system access stays here; the engine gets plain values.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readHadolintConfig } from '../../engine/lint/index.ts';
import type { LintConfig } from '../../engine/lint/index.ts';

export type ConfigLoad =
  | { readonly ok: true; readonly path: string | undefined; readonly config: LintConfig; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Where hadolint looks when no --config is given (src/Hadolint/Config/Configfile.hs), first hit wins. */
export function defaultConfigPaths(cwd: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const xdg = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return [
    join(cwd, '.hadolint.yaml'),
    join(cwd, '.hadolint.yml'),
    join(xdg, 'hadolint.yaml'),
    join(xdg, 'hadolint.yml'),
  ];
}

const maxConfigBytes = 1024 * 1024;

/** Reads the config file (explicit, or the first default that exists). Never throws. */
export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): ConfigLoad {
  const path = explicit ?? defaultConfigPaths(cwd).find((p) => existsSync(p));
  if (path === undefined) return { ok: true, path: undefined, config: {}, warnings: [] };
  let text: string;
  try {
    if (statSync(path).size > maxConfigBytes) return { ok: false, path, message: 'is larger than 1 MB; not a lint configuration' };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, path, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message };
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    return { ok: false, path, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const read = readHadolintConfig(value);
  // Like hadolint, unknown keys are ignored (but mentioned); a known key with a wrong value is an error.
  const unknown = read.errors.filter((e) => e.endsWith('not a hadolint setting'));
  const wrong = read.errors.filter((e) => !e.endsWith('not a hadolint setting'));
  if (wrong.length > 0) return { ok: false, path, message: wrong.join('; ') };
  return { ok: true, path, config: read.config, warnings: unknown };
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
