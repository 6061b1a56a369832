/**
 * `npm run conformance`: compares the engine with peers' own test data in ../shared/conformance/ (BuildKit's parser
 * test files and build-check tests, hadolint's rule specs) and prints the agreement. Not part of `npm test`: a
 * fresh clone may have no ../shared.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runParserConformance } from './conformance/parser.ts';
import { runLintConformance } from './conformance/lint.ts';

const sharedDir = resolve(process.argv[2] ?? '../shared');
if (!existsSync(resolve(sharedDir, 'conformance'))) {
  console.error(`conformance: no conformance data at ${sharedDir}/conformance (pass the shared folder as an argument).`);
  process.exit(2);
}

const suites = [runParserConformance(sharedDir), ...runLintConformance(sharedDir)];
console.log('\nConformance summary');
for (const suite of suites) {
  const pct = suite.total === 0 ? 100 : (100 * suite.passed) / suite.total;
  console.log(`  ${suite.name.padEnd(40)} ${String(suite.passed).padStart(4)} / ${String(suite.total).padEnd(4)} ${pct.toFixed(1)}%`);
}
