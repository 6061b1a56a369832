import { monaco } from './monaco.ts';
import { createEngineClient } from './engine-client.ts';
import { renderFindings } from './findings-panel.ts';
import type { Finding, Report } from '../engine/index.ts';

interface WorkbenchData {
  readonly lesson: string;
  readonly exercise: string;
  readonly files: Readonly<Record<string, string>>;
  readonly order: readonly string[];
}

const MARKER_OWNER = 'shipshape';

function languageOf(file: string): string {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/(^|\/)(Dockerfile|Containerfile)([.-][^/]*)?$/.test(file) || file.endsWith('.Dockerfile')) return 'dockerfile';
  return 'plaintext';
}

function markerSeverity(severity: Finding['severity']): monaco.MarkerSeverity {
  switch (severity) {
    case 'error':
      return monaco.MarkerSeverity.Error;
    case 'warning':
      return monaco.MarkerSeverity.Warning;
    default:
      return monaco.MarkerSeverity.Info;
  }
}

function prefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export function mountWorkbench(root: HTMLElement): void {
  const dataElement = root.querySelector<HTMLScriptElement>('[data-workbench-data]');
  const host = root.querySelector<HTMLElement>('[data-editor-host]');
  const fallback = root.querySelector<HTMLElement>('[data-editor-fallback]');
  const status = root.querySelector<HTMLElement>('[data-editor-status]');
  const list = root.querySelector<HTMLElement>('[data-findings]');
  const empty = root.querySelector<HTMLElement>('[data-findings-empty]');
  if (!dataElement || !host || !list) throw new Error('this workbench is missing its parts');
  const data = JSON.parse(dataElement.textContent ?? '{}') as WorkbenchData;

  const models = new Map<string, monaco.editor.ITextModel>();
  for (const file of data.order) {
    const uri = monaco.Uri.from({ scheme: 'shipshape', path: `/${data.lesson}/${data.exercise}/${file}` });
    models.set(file, monaco.editor.getModel(uri) ?? monaco.editor.createModel(data.files[file] ?? '', languageOf(file), uri));
  }
  const firstFile = data.order[0]!;
  const dockerfileName = data.order.find((file) => languageOf(file) === 'dockerfile') ?? firstFile;

  host.hidden = false;
  if (fallback) fallback.hidden = true;
  const editor = monaco.editor.create(host, {
    model: models.get(firstFile) ?? null,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
    theme: prefersDark() ? 'vs-dark' : 'vs',
    ariaLabel: `${firstFile} editor`,
  });

  const engine = createEngineClient();
  let lastReport: Report | undefined;

  const revealLine = (line: number, column: number): void => {
    editor.setModel(models.get(dockerfileName) ?? null);
    editor.revealLineInCenter(line);
    editor.setPosition({ lineNumber: line, column });
    editor.focus();
  };

  const refresh = async (): Promise<void> => {
    const files: Record<string, string> = {};
    for (const [file, model] of models) files[file] = model.getValue();
    const answer = await engine.analyze({ dockerfile: files[dockerfileName] ?? '', dockerfilePath: dockerfileName, files });
    if (!answer) return; // a newer edit is already on its way
    lastReport = answer.report;
    const model = models.get(dockerfileName);
    if (model) {
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        answer.report.findings.map((finding) => ({
          severity: markerSeverity(finding.severity),
          message: finding.message,
          code: finding.code,
          source: 'shipshape',
          startLineNumber: finding.range.start.line,
          startColumn: finding.range.start.column,
          endLineNumber: finding.range.end.line,
          endColumn: finding.range.end.column,
        })),
      );
    }
    renderFindings(list, answer.report.findings, revealLine);
    if (empty) empty.hidden = answer.report.findings.length > 0;
    if (empty && answer.report.findings.length === 0) empty.textContent = 'Nothing to flag. Well done.';
    root.dataset.findings = String(answer.report.findings.length);
  };

  for (const model of models.values()) model.onDidChangeContent(() => void refresh());
  void refresh().then(() => {
    root.dataset.state = 'ready';
    if (status) status.textContent = 'Editor ready. Findings update as you type.';
  });

  // Keep a handle for debugging in the console; never used by the page itself.
  (root as HTMLElement & { shipshape?: unknown }).shipshape = { editor, models, report: () => lastReport };
}
