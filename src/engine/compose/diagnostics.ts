/**
 * What parsing and loading a compose project reports: Compose's own refusals (errors) and warnings, each
 * pointed at a file and a range so the editor can underline it.
 */
import type { Range } from '../dockerfile/source-range.ts';
import type { Loc } from './located.ts';

export type DiagnosticCode =
  /** The text is not valid YAML. */
  | 'yaml'
  /** The file does not match the Compose Specification's schema. */
  | 'schema'
  /** `${VAR:?…}` with VAR unset, a bad `${…}`, or a value that cannot be read as the number or boolean it must be. */
  | 'interpolation'
  /** Variables used while unset (Compose substitutes an empty string and warns). */
  | 'unset-variable'
  /** Two files that cannot be merged (a mapping over a list …). */
  | 'merge'
  /** The model is inconsistent: an undefined network, volume or service, distinct values for one setting … */
  | 'model'
  /** `version:` is obsolete. */
  | 'obsolete-version'
  /** A `.env` file Compose cannot read. */
  | 'dotenv'
  /** Something Shipshape does not simulate (a remote `include`, a file it was not given …). */
  | 'not-simulated';

export interface ComposeDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: DiagnosticCode;
  /** What happened, in Compose's words where Compose has words for it. */
  readonly message: string;
  /** Where in the model, `services.api.ports[0]`, when it is about a value. */
  readonly path?: string;
  /** For schema errors: what the schema expects there, and what the file has. */
  readonly expected?: string;
  readonly found?: string;
  readonly file: string;
  readonly range: Range;
}

export function diagnostic(
  severity: ComposeDiagnostic['severity'],
  code: DiagnosticCode,
  message: string,
  loc: Loc,
  extra: { readonly path?: string; readonly expected?: string; readonly found?: string } = {},
): ComposeDiagnostic {
  return { severity, code, message, ...extra, file: loc.file, range: loc.range };
}

/** A location at the very start of a file, for problems with the file as a whole. */
export function fileStart(file: string): Loc {
  const start = { line: 1, column: 1, offset: 0 };
  return { file, range: { start, end: start } };
}
