/**
 * Dockerfile text -> syntax tree, following BuildKit's parser. Public face of the folder.
 */
export type * from './ast.ts';
export type * from './expansion-types.ts';
import type { ParseResult } from './ast.ts';

export function parseDockerfile(text: string): ParseResult {
  void text;
  return {
    kind: 'dockerfile',
    directives: [],
    escapeChar: '\\',
    syntax: undefined,
    check: undefined,
    instructions: [],
    globalArgs: [],
    stages: [],
    comments: [],
    emptyContinuationLines: [],
    diagnostics: [],
    errors: [],
    startLine: 0,
    endLine: 0,
    lineCount: 0,
  };
}
