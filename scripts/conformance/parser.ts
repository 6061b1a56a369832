/**
 * Parser conformance: BuildKit's own parser test files (../shared/conformance/buildkit-parser, copied
 * from moby/buildkit frontend/dockerfile/parser/testfiles*). Every positive case must parse without a
 * parser error and dump exactly as BuildKit's `result` file; every negative case must be rejected by
 * the parser; the line-info case must give BuildKit's line numbers (its TestParseIncludesLineNumbers).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpBuildkit, parseDockerfile } from '../../src/engine/dockerfile/index.ts';

export interface ParserConformance {
  readonly name: string;
  readonly passed: number;
  readonly total: number;
  readonly failures: string[];
}

/** Lines per instruction BuildKit's parser_test.go expects for testfile-line/Dockerfile. */
const LINE_INFO = { start: 5, end: 31, instructions: [[5, 5], [11, 12], [17, 31]] };

function firstDifference(got: string, want: string): string {
  const g = got.split('\n');
  const w = want.split('\n');
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `line ${i + 1}: got ${JSON.stringify(g[i] ?? '<end>')}, want ${JSON.stringify(w[i] ?? '<end>')}`;
  }
  return 'identical';
}

export function runParserConformance(sharedDir: string): ParserConformance {
  const root = join(sharedDir, 'conformance', 'buildkit-parser');
  const failures: string[] = [];
  let passed = 0;
  let total = 0;
  if (!existsSync(root)) {
    return { name: 'BuildKit parser test files', passed: 0, total: 0, failures: [`no data at ${root}`] };
  }
  const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');

  for (const name of readdirSync(join(root, 'cases')).sort()) {
    total++;
    const result = parseDockerfile(read('cases', name, 'Dockerfile'));
    const parserErrors = result.errors.filter((e) => e.phase === 'parse');
    const got = dumpBuildkit(result);
    const want = read('cases', name, 'result').replace(/\r\n/g, '\n');
    if (parserErrors.length > 0) failures.push(`cases/${name}: rejected: line ${parserErrors[0]!.line}: ${parserErrors[0]!.message}`);
    else if (got !== want) failures.push(`cases/${name}: dump differs, ${firstDifference(got, want)}`);
    else passed++;
  }

  for (const name of readdirSync(join(root, 'negative')).sort()) {
    total++;
    const result = parseDockerfile(read('negative', name, 'Dockerfile'));
    if (result.errors.some((e) => e.phase === 'parse')) passed++;
    else failures.push(`negative/${name}: accepted, BuildKit rejects it`);
  }

  total++;
  const lines = parseDockerfile(read('line-info', 'Dockerfile'));
  const gotLines = { start: lines.startLine, end: lines.endLine, instructions: lines.instructions.map((i) => [i.startLine, i.endLine]) };
  if (JSON.stringify(gotLines) === JSON.stringify(LINE_INFO)) passed++;
  else failures.push(`line-info: got ${JSON.stringify(gotLines)}, want ${JSON.stringify(LINE_INFO)}`);

  return { name: 'BuildKit parser test files', passed, total, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sharedDir = process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'shared');
  const r = runParserConformance(sharedDir);
  console.log(`${r.name}: ${r.passed} / ${r.total} agree (${((100 * r.passed) / Math.max(r.total, 1)).toFixed(1)}%)`);
  for (const f of r.failures) console.log(`  ✗ ${f}`);
  process.exitCode = r.passed === r.total && r.total > 0 ? 0 : 1;
}
