/**
 * The engine must stand alone: its tsconfig has no DOM lib and no Node types, so touching `window`, `document`
 * or a `node:` module is a type error. This test proves the config does that, by type-checking probe files that
 * sit (virtually) inside src/engine with the engine's own compiler options.
 */
import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const engineDir = dirname(fileURLToPath(import.meta.url));

function engineOptions(): ts.CompilerOptions {
  const configPath = join(engineDir, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, engineDir).options;
}

function diagnosticsFor(source: string): string[] {
  const probe = join(engineDir, '__purity_probe__.ts');
  const options = engineOptions();
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    fileName === probe ? ts.createSourceFile(fileName, source, languageVersion) : getSourceFile(fileName, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === probe || fileExists(fileName);
  const program = ts.createProgram([probe], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the engine tsconfig keeps the engine pure', () => {
  test.each([
    ['window', 'export const w = window.location.href;'],
    ['document', 'export const d = document.title;'],
    ['a node: module', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
    ['process', 'export const p = process.env;'],
    ['a bare Node module', "import { join } from 'path';\nexport const j = join;"],
  ])('referencing %s is a type error', (_name, source) => {
    expect(diagnosticsFor(source).length).toBeGreaterThan(0);
  });

  test('plain ES2023 code type-checks', () => {
    expect(diagnosticsFor('export const x: readonly number[] = [1, 2, 3].map((n) => n * 2);')).toEqual([]);
  });
});
