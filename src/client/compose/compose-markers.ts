/**
 * Editor markers for the YAML files of an exercise: Compose's own refusals and warnings (`report.compose.diagnostics`),
 * the compose lint findings (`report.compose.findings`) and the Kubernetes manifest findings and YAML errors
 * (`report.kubernetes[i].findings` / `.diagnostics`). Each engine item carries the file it is in and a 1-based,
 * end-exclusive range in Monaco's own coordinates, so a marker is a copy; nothing is re-parsed. Plain data, no
 * Monaco import: the editor maps `severity` to its MarkerSeverity and sets the markers on the model of `file`.
 */
import type { Report } from '../../engine/index.ts';

export interface YamlMarker {
  /** The exercise file the marker belongs to: `compose.yaml`, `api.k8s.yaml`. */
  readonly file: string;
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  /** The rule id (`localhost-for-another-service`) or the diagnostic code (`schema`, `yaml`). */
  readonly code: string;
  readonly message: string;
  /** A quick fix the editor can offer, when the rule has one (edits in the same file). */
  readonly fix: { readonly title: string; readonly edits: readonly { readonly range: Range; readonly text: string }[] } | undefined;
}

interface Range {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

type EngineRange = { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };

function range(r: EngineRange): Range {
  // An empty range would draw nothing; widen it to one character so the squiggle shows.
  const empty = r.start.line === r.end.line && r.start.column === r.end.column;
  return { startLineNumber: r.start.line, startColumn: r.start.column, endLineNumber: r.end.line, endColumn: empty ? r.end.column + 1 : r.end.column };
}

/** hadolint-style severities as Monaco has them: `style` is a hint. */
function severity(s: string): YamlMarker['severity'] {
  return s === 'error' || s === 'warning' || s === 'info' ? s : 'hint';
}

interface FindingLike {
  readonly file: string;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly suggestion?: string;
  readonly range: EngineRange;
  readonly fix?: { readonly title: string; readonly edits: readonly { readonly range: EngineRange; readonly text: string }[] } | undefined;
}

function fromFinding(f: FindingLike): YamlMarker {
  return {
    file: f.file,
    ...range(f.range),
    severity: severity(f.severity),
    code: f.code,
    message: f.suggestion ? `${f.message}\n${f.suggestion}` : f.message,
    fix: f.fix && { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: range(e.range), text: e.text })) },
  };
}

function fromDiagnostic(d: { readonly file: string; readonly code: string; readonly severity: 'error' | 'warning'; readonly message: string; readonly range: EngineRange }): YamlMarker {
  return { file: d.file, ...range(d.range), severity: d.severity, code: d.code, message: d.message, fix: undefined };
}

/** Every marker of the report's compose files and manifests, grouped by nothing: filter by `file` for one model. */
export function orchestrationMarkers(report: Pick<Report, 'compose' | 'kubernetes'>): YamlMarker[] {
  return [
    ...(report.compose?.diagnostics ?? []).map(fromDiagnostic),
    ...(report.compose?.findings ?? []).map(fromFinding),
    ...report.kubernetes.flatMap((m) => [...m.diagnostics.map(fromDiagnostic), ...m.findings.map(fromFinding)]),
  ];
}
