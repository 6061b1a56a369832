/**
 * `env_file:` — variables read from files into a container's environment. The engine does no I/O: the caller
 * hands it the project's other files by path, and a file it was not given is reported as missing when
 * `required` (Compose: `env file <path> not found`), skipped otherwise.
 */
import { diagnostic } from './diagnostics.ts';
import { parseDotenv } from './dotenv.ts';
import type { Reader } from './model-read.ts';
import type { EnvVar, Sourced } from './model-types.ts';
import { resolvePath } from './paths.ts';

export interface EnvFileReader {
  /** The project directory, against which relative paths resolve. */
  readonly projectDir: string;
  /** Text of a file by its resolved path, `undefined` when the caller did not provide it. */
  readonly read: (resolvedPath: string) => string | undefined;
}

export function readEnvFileVars(
  files: EnvFileReader,
  envFiles: readonly Sourced<{ readonly path: string; readonly required: boolean }>[],
  reader: Reader | undefined,
): EnvVar[] {
  const out: EnvVar[] = [];
  for (const { value, loc } of envFiles) {
    const resolved = resolvePath(files.projectDir, value.path);
    const text = files.read(resolved);
    if (text === undefined) {
      if (value.required && reader) {
        reader.diagnostics.push(
          diagnostic('error', 'model', `env file ${resolved} not found: stat ${resolved}: no such file or directory`, loc),
        );
      }
      continue;
    }
    const parsed = parseDotenv(text, (name) => reader?.env[name]);
    if (parsed.error && reader) {
      reader.diagnostics.push(diagnostic('error', 'dotenv', `failed to read ${resolved}: ${parsed.error.message}`, loc));
    }
    for (const [name, v] of Object.entries(parsed.values)) {
      const at = out.findIndex((e) => e.name === name);
      const entry: EnvVar = { name, value: v, loc, from: 'env_file', interpolated: false };
      if (at >= 0) out[at] = entry;
      else out.push(entry);
    }
  }
  return out;
}
