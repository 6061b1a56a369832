/**
 * How `shipshape lint` prints findings: hadolint's tty, json, gnu and checkstyle shapes, and SARIF 2.1.0.
 * One row per reported code, so a finding that matches two tools' checks is printed under each code.
 */
import type { Diagnostic, ParseResult } from '../../engine/dockerfile/index.ts';
import type { Finding, Severity } from '../../engine/lint/index.ts';
import { allRules, severityRank } from '../../engine/lint/index.ts';

export const formats = ['tty', 'json', 'sarif', 'checkstyle', 'gnu'] as const;
export type Format = (typeof formats)[number];

export interface LintRow {
  readonly file: string;
  readonly code: string;
  readonly tool: 'hadolint' | 'buildkit' | 'shipshape' | 'parser';
  readonly level: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  /** Our rule id; `undefined` for parser errors. */
  readonly ruleId: string | undefined;
}

/** hadolint's code for "this is not a valid Dockerfile", used for the parser's errors. */
export const PARSE_ERROR_CODE = 'DL1000';

export function rowsOf(file: string, parsed: ParseResult, findings: readonly Finding[]): LintRow[] {
  const rows: LintRow[] = parsed.errors.map((d: Diagnostic) => ({
    file,
    code: PARSE_ERROR_CODE,
    tool: 'parser',
    level: 'error',
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    message: d.message,
    ruleId: undefined,
  }));
  for (const f of findings) {
    for (const c of f.reportedAs) {
      // A code reported on another line than the finding (BuildKit's choice) gets a point location there.
      const sameLine = c.line === f.range.start.line;
      rows.push({
        file,
        code: c.code,
        tool: c.tool,
        level: c.severity,
        line: c.line,
        column: c.column,
        endLine: sameLine ? f.range.end.line : c.line,
        endColumn: sameLine ? f.range.end.column : c.column,
        message: c.message,
        ruleId: f.ruleId,
      });
    }
  }
  return rows.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** hadolint's JSON: `[{code, level, line, column, file, message}]`. */
export function formatJson(rows: readonly LintRow[]): string {
  return JSON.stringify(rows.map(({ code, level, line, column, file, message }) => ({ code, level, line, column, file, message })));
}

const colours: Readonly<Record<Severity, string>> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', style: '\u001b[2m' };

/** hadolint's tty shape: `Dockerfile:3 DL3008 warning: message`. */
export function formatTty(rows: readonly LintRow[], colour = false): string {
  return rows
    .map((r) => `${r.file}:${r.line} ${r.code} ${colour ? `${colours[r.level]}${r.level}\u001b[0m` : r.level}: ${r.message}`)
    .join('\n');
}

/** GNU error format (what editors jump to): `file:line:column: code level: message`. */
export function formatGnu(rows: readonly LintRow[]): string {
  return rows.map((r) => `${r.file}:${r.line}:${r.column}: ${r.code} ${r.level}: ${r.message}`).join('\n');
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters at all; a learner's binary junk must not break the report.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd');
}

/** Checkstyle 4.3 XML, one `<file>` per linted file (also files without findings). */
export function formatCheckstyle(rows: readonly LintRow[], files: readonly string[]): string {
  const body = files
    .map((file) => {
      const errors = rows
        .filter((r) => r.file === file)
        .map((r) => `    <error line="${r.line}" column="${r.column}" severity="${r.level}" message="${xml(r.message)}" source="${xml(r.code)}"/>`);
      return [`  <file name="${xml(file)}">`, ...errors, '  </file>'].join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${body}\n</checkstyle>`;
}

/** BuildKit check name -> its documentation page (`JSONArgsRecommended` -> .../json-args-recommended/). */
export function buildCheckUrl(name: string): string {
  const kebab = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `https://docs.docker.com/go/dockerfile/rule/${kebab}/`;
}

function helpUri(code: string, tool: LintRow['tool']): string | undefined {
  if (tool === 'buildkit') return buildCheckUrl(code);
  if (tool === 'hadolint' || code === PARSE_ERROR_CODE) return `https://github.com/hadolint/hadolint/wiki/${code}`;
  return undefined;
}

const sarifLevel = (level: Severity) => (level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'note');

/** SARIF 2.1.0 with one run; every code that occurs is described in `tool.driver.rules`. */
export function formatSarif(rows: readonly LintRow[], version: string): string {
  const byId = new Map(allRules.map((r) => [r.meta.id, r.meta]));
  const codes = [...new Map(rows.map((r) => [r.code, r])).values()].sort((a, b) => a.code.localeCompare(b.code));
  const index = new Map(codes.map((r, i) => [r.code, i]));
  const rules = codes.map((r) => {
    const meta = r.ruleId === undefined ? undefined : byId.get(r.ruleId);
    const uri = helpUri(r.code, r.tool);
    const worst = rows.filter((x) => x.code === r.code).reduce((w, x) => (severityRank[x.level] < severityRank[w] ? x.level : w), 'style' as Severity);
    return {
      id: r.code,
      ...(meta && { name: meta.id }),
      shortDescription: { text: meta?.title ?? 'The Dockerfile cannot be parsed' },
      ...(meta && { fullDescription: { text: meta.explanation }, help: { text: meta.suggestion } }),
      ...(uri && { helpUri: uri }),
      defaultConfiguration: { level: sarifLevel(worst) },
    };
  });
  const results = rows.map((r) => ({
    ruleId: r.code,
    ruleIndex: index.get(r.code)!,
    level: sarifLevel(r.level),
    message: { text: r.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: r.file === '-' ? 'stdin' : r.file.split('\\').join('/') },
          region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn, sourceLanguage: 'dockerfile' },
        },
      },
    ],
  }));
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'shipshape',
              version,
              rules,
            },
          },
          results,
          columnKind: 'utf16CodeUnits',
        },
      ],
    },
    null,
    2,
  );
}
