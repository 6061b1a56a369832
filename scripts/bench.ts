/**
 * `npm run bench`: prints the engine's figures (parse, lint, build), each side by side with peers where the issue
 * asks for a comparison. A script that prints numbers, not a timed test.
 */
import { resolve } from 'node:path';
import { runParserBench } from './bench/parser.ts';
import { runLintBench } from './bench/lint.ts';
import { runBuildBench } from './bench/build.ts';

const sharedDir = resolve(process.argv[2] ?? '../shared');
await runParserBench(sharedDir);
await runLintBench(sharedDir);
await runBuildBench();
