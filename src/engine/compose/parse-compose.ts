/**
 * `docker compose` loading a project, step for step as compose-go's loader does it (its `parsing.md`): each
 * file's YAML documents are read and interpolated, `extends` resolved, merged over the files before them,
 * made unique and validated against the schema; then the model is built and checked for consistency with
 * the active profiles. Compose stops at the first error; the editor wants them all, so every step keeps
 * going on what it could read and `loadError` records where Compose would have stopped.
 */
import type { ComposeDiagnostic } from './diagnostics.ts';
import { diagnostic, fileStart } from './diagnostics.ts';
import { parseDotenv } from './dotenv.ts';
import { applyExtends } from './extends.ts';
import type { MapNode } from './located.ts';
import { asMap, entryOf, scalarText } from './located.ts';
import { mergeTrees } from './merge.ts';
import type { ComposeModel, ComposeService, Sourced } from './model-types.ts';
import { basename, dirname, resolvePath } from './paths.ts';
import { checkConsistency, readProjectResources } from './project-model.ts';
import { validateAgainstSchema } from './schema-validate.ts';
import { readService } from './service-model.ts';
import { readComposeYaml } from './yaml-tree.ts';

export interface ComposeFile {
  readonly path: string;
  readonly text: string;
}

export interface ParseComposeOptions {
  /** The shell environment `docker compose` runs in (wins over `.env`). */
  readonly env?: Readonly<Record<string, string>>;
  /** `--profile` values; `COMPOSE_PROFILES` from `env` when not given. */
  readonly profiles?: readonly string[];
  /** The `.env` file (beside the first compose file, or `--env-file`): used for interpolation. */
  readonly dotenv?: ComposeFile;
  /** `-p`; otherwise `COMPOSE_PROJECT_NAME`, the top-level `name:`, or the project directory's name. */
  readonly projectName?: string;
  /** Defaults to the first file's directory. */
  readonly projectDir?: string;
  /** Other files of the project by path (what `env_file:` and `extends.file` name). */
  readonly context?: Readonly<Record<string, string>>;
}

/**
 * Compose files are small (a large real one is ~30 KB). The YAML parser needs 1–2 s per MB of dense YAML, so
 * beyond this size the engine answers with an error value at once instead of parsing for seconds.
 */
export const MAX_COMPOSE_CHARS = 128 * 1024;

export interface ParseComposeResult {
  readonly model: ComposeModel;
  readonly diagnostics: readonly ComposeDiagnostic[];
}

/** compose-go `NormalizeProjectName`: lower case, only `a-z0-9_-`, no leading `_`/`-`. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^-_a-z0-9]+/g, '').replace(/^[-_]+/, '');
}

function dedupe(diagnostics: readonly ComposeDiagnostic[]): ComposeDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.range.start.offset}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function parseCompose(files: readonly ComposeFile[], options: ParseComposeOptions = {}): ParseComposeResult {
  const diagnostics: ComposeDiagnostic[] = [];
  const shell = options.env ?? {};
  const projectDir = options.projectDir ?? (files[0] ? dirname(files[0].path) : '.');

  // Interpolation sees the shell first, then `.env` (which may itself use the shell's variables).
  let dotenvValues: Readonly<Record<string, string>> = {};
  if (options.dotenv) {
    const parsed = parseDotenv(options.dotenv.text, (name) => shell[name]);
    dotenvValues = parsed.values;
    if (parsed.error) {
      const loc = fileStart(options.dotenv.path);
      diagnostics.push(diagnostic('error', 'dotenv', `failed to read ${options.dotenv.path}: ${parsed.error.message}`, loc));
    }
  }
  const env: Readonly<Record<string, string>> = { ...dotenvValues, ...shell };
  const lookup = (name: string) => (Object.hasOwn(env, name) ? env[name] : undefined);
  const context = new Map<string, string>();
  for (const [path, text] of Object.entries(options.context ?? {})) context.set(resolvePath(projectDir, path), text);
  for (const f of files) context.set(resolvePath(projectDir, f.path), f.text);
  const read = (p: string) => context.get(p);

  let root: MapNode | undefined;
  let schemaFailed = false;
  const versions: Sourced<string>[] = [];
  if (files.length === 0) {
    diagnostics.push(diagnostic('error', 'model', 'no configuration file provided: not found', fileStart('compose.yaml')));
  }
  for (const file of files) {
    if (file.text.length > MAX_COMPOSE_CHARS) {
      const size = `${(file.text.length / 1024).toFixed(0)} KB`;
      diagnostics.push(diagnostic('error', 'not-simulated', `${file.path} is ${size}; Shipshape reads compose files up to ${MAX_COMPOSE_CHARS / 1024} KB`, fileStart(file.path)));
      continue;
    }
    if (file.text.slice(0, 8192).includes('\u0000')) {
      diagnostics.push(diagnostic('error', 'yaml', `failed to parse ${file.path}: the file looks binary (it has NUL bytes), not YAML`, fileStart(file.path)));
      continue;
    }
    const readFile = readComposeYaml(file.path, file.text, lookup);
    diagnostics.push(...readFile.diagnostics);
    for (const document of readFile.documents) {
      const doc = applyExtends({ lookup, read, diagnostics }, resolvePath(projectDir, file.path), document);
      root = mergeTrees(root, doc, diagnostics);
      const version = entryOf(doc, 'version');
      // Compose validates the accumulated model after each file (and stops at the first failure); it warns
      // about `version` in that file.
      const schemaErrors = schemaFailed ? [] : validateAgainstSchema(root, file.path);
      if (schemaErrors.length > 0) schemaFailed = true;
      diagnostics.push(...schemaErrors);
      const include = entryOf(doc, 'include');
      if (include) {
        diagnostics.push(
          diagnostic('warning', 'not-simulated', 'include: is not simulated yet — the services and resources of the included files are missing from this model', include.keyLoc, { path: 'include' }),
        );
      }
      if (version && schemaErrors.length === 0) {
        versions.push({ value: scalarText(version.value) ?? '', loc: { file: version.keyLoc.file, range: { start: version.keyLoc.range.start, end: version.value.loc.range.end } } });
        diagnostics.push(
          diagnostic('warning', 'obsolete-version', `${file.path}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`, version.keyLoc, { path: 'version' }),
        );
      }
    }
  }
  if (files.length > 0 && (!root || root.entries.length === 0) && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push(diagnostic('error', 'model', 'empty compose file', fileStart(files[0]!.path)));
  }

  const nameFromFile = scalarText(entryOf(root, 'name')?.value);
  const projectName =
    normalizeProjectName(options.projectName ?? shell['COMPOSE_PROJECT_NAME'] ?? nameFromFile ?? basename(projectDir === '.' ? '' : projectDir)) || 'app';
  const profileList = options.profiles ?? (shell['COMPOSE_PROFILES'] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const reader = { diagnostics, env };
  const services: ComposeService[] = [];
  for (const entry of asMap(entryOf(root, 'services')?.value)?.entries ?? []) {
    const service = readService({ reader, activeProfiles: new Set(profileList), envFiles: { projectDir, read } }, entry);
    if (service) services.push(service);
  }
  const resources = readProjectResources(root, projectName, services);
  checkConsistency(reader, services, resources, root);

  const all = dedupe(diagnostics);
  const model: ComposeModel = {
    projectName,
    files: files.map((f) => f.path),
    services,
    ...resources,
    activeProfiles: profileList,
    versions,
    diagnostics: all,
    loadError: all.find((d) => d.severity === 'error'),
    root,
  };
  return { model, diagnostics: all };
}
