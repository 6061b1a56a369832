/**
 * Dockerfile hovers, completions and quick fixes for Monaco. Registered once per page for the `dockerfile`
 * language; what they show about a particular file (its findings, its base image) comes from the engine's latest
 * report for that model, which the workbench hands over with `setModelInsight`. Nothing here decides anything about
 * Docker: the texts are the reference data module, the facts are the engine's.
 *
 * Hover text is Markdown; anything taken from the learner's file or the report is escaped first, so a
 * `<script>` in a FROM line is shown as those characters.
 */
import type { Finding } from '../../engine/index.ts';
import type { Range } from '../../engine/dockerfile/source-range.ts';
import { monaco } from '../monaco.ts';
import { formatBytes } from '../format.ts';
import type { BaseImageView } from '../report-view.ts';
import { instructionDoc, instructions } from './instruction-reference.ts';
import { escapeMarkdown } from './markdown-text.ts';

export interface ModelInsight {
  readonly findings: readonly Finding[];
  /** One per FROM line, from the engine's report. */
  readonly bases: readonly BaseImageView[];
}

const insights = new Map<string, ModelInsight>();

export function setModelInsight(model: monaco.editor.ITextModel, insight: ModelInsight): void {
  insights.set(model.uri.toString(), insight);
}

function isContinuation(model: monaco.editor.ITextModel, lineNumber: number): boolean {
  return lineNumber > 1 && /\\\s*$/.test(model.getLineContent(lineNumber - 1));
}

/** The image word of a FROM line (after any `--flag`s), with its columns. */
function fromImage(line: string): { text: string; start: number; end: number } | undefined {
  const match = /^(\s*FROM\s+(?:--\S+\s+)*)(\S+)/i.exec(line);
  if (!match) return undefined;
  const start = match[1]!.length + 1;
  return { text: match[2]!, start, end: start + match[2]!.length };
}

function baseHover(base: BaseImageView): monaco.IMarkdownString[] {
  const name = `**${escapeMarkdown(base.ref)}**`;
  if (base.kind === 'stage') return [{ value: `${name}: an earlier stage of this Dockerfile. This stage starts from its result.` }];
  if (base.kind === 'scratch') return [{ value: `${name}: the empty image. No files, no shell, no C library: only a static binary runs here.` }];
  const source = base.estimate
    ? `an estimate: ${escapeMarkdown(base.note ?? 'this image is not in the catalog')}`
    : `from Shipshape's catalog${base.snapshot ? `, figures of ${escapeMarkdown(base.snapshot)}` : ''}`;
  return [
    { value: `${name}: the base image (${source})` },
    {
      value: [
        `On disk: ${formatBytes(base.diskBytes)}`,
        `to pull: ${formatBytes(base.compressedBytes)} compressed`,
        `C library: ${escapeMarkdown(base.libc)}`,
        `Shell: ${base.shell === null ? 'none' : escapeMarkdown(base.shell)}`,
        `User: ${escapeMarkdown(base.user || 'root')}`,
      ].join(' · '),
    },
  ];
}

function provideHover(model: monaco.editor.ITextModel, position: monaco.Position): monaco.languages.Hover | undefined {
  const line = model.getLineContent(position.lineNumber);
  if (isContinuation(model, position.lineNumber)) return undefined;
  const keyword = /^(\s*)([A-Za-z]+)\b/.exec(line);
  if (keyword) {
    const start = keyword[1]!.length + 1;
    const end = start + keyword[2]!.length;
    const doc = instructionDoc(keyword[2]!);
    if (doc && position.column >= start && position.column <= end) {
      return {
        range: new monaco.Range(position.lineNumber, start, position.lineNumber, end),
        contents: [{ value: `**${doc.keyword}**` }, { value: doc.summary }],
      };
    }
  }
  const image = fromImage(line);
  const base = insights.get(model.uri.toString())?.bases.find((b) => b.line === position.lineNumber);
  if (!image || !base || position.column < image.start || position.column > image.end) return undefined;
  return { range: new monaco.Range(position.lineNumber, image.start, position.lineNumber, image.end), contents: baseHover(base) };
}

function provideCompletions(model: monaco.editor.ITextModel, position: monaco.Position): monaco.languages.CompletionList {
  const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
  const Kind = monaco.languages.CompletionItemKind;
  const snippet = monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet;
  const flag = /^\s*([A-Za-z]+)\s+(?:--\S+\s+)*(--?[\w-]*)$/.exec(before);
  if (flag && !isContinuation(model, position.lineNumber)) {
    const doc = instructionDoc(flag[1]!);
    const typed = flag[2]!;
    const range = new monaco.Range(position.lineNumber, position.column - typed.length, position.lineNumber, position.column);
    return {
      suggestions: (doc?.flags ?? []).map((f) => ({
        label: `--${f.name}`,
        kind: Kind.Property,
        detail: `${doc!.keyword} flag`,
        documentation: f.doc,
        insertText: f.value === undefined ? `--${f.name}` : `--${f.name}=\${1:${f.value}}`,
        insertTextRules: snippet,
        range,
      })),
    };
  }
  const word = /^\s*([A-Za-z]*)$/.exec(before);
  if (!word || isContinuation(model, position.lineNumber)) return { suggestions: [] };
  const range = new monaco.Range(position.lineNumber, position.column - word[1]!.length, position.lineNumber, position.column);
  return {
    suggestions: instructions.map((doc) => ({
      label: doc.keyword,
      kind: Kind.Keyword,
      documentation: doc.summary,
      insertText: doc.snippet,
      insertTextRules: snippet,
      range,
    })),
  };
}

function overlaps(finding: Finding, range: monaco.Range): boolean {
  const { start, end } = finding.range;
  return !(end.line < range.startLineNumber || start.line > range.endLineNumber);
}

function provideCodeActions(
  model: monaco.editor.ITextModel,
  range: monaco.Range,
  context: monaco.languages.CodeActionContext,
): monaco.languages.CodeActionList {
  const findings = insights.get(model.uri.toString())?.findings ?? [];
  const actions = findings
    .filter((finding) => finding.fix && overlaps(finding, range))
    .map((finding) => ({
      title: finding.fix!.title,
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: context.markers.filter((marker) => marker.code === finding.code && marker.startLineNumber === finding.range.start.line),
      edit: {
        edits: finding.fix!.edits.map((edit) => ({
          resource: model.uri,
          versionId: model.getVersionId(),
          textEdit: { range: monacoRange(edit.range), text: edit.text },
        })),
      },
    }));
  return { actions, dispose: () => undefined };
}

/** The engine's 1-based, end-exclusive range as Monaco's (the same convention, another shape). */
export function monacoRange(range: Range): monaco.Range {
  return new monaco.Range(range.start.line, range.start.column, range.end.line, range.end.column);
}

let registered = false;

export function registerDockerfileFeatures(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerHoverProvider('dockerfile', { provideHover });
  monaco.languages.registerCompletionItemProvider('dockerfile', { triggerCharacters: ['-'], provideCompletionItems: provideCompletions });
  monaco.languages.registerCodeActionProvider('dockerfile', { provideCodeActions }, { providedCodeActionKinds: ['quickfix'] });
}
