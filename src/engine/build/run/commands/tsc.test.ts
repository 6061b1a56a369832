import { describe, expect, test } from 'vitest';
import { build } from '../../build.ts';
import { lookupPath } from '../../filesystem-query.ts';
import type { BuildResult } from '../../types.ts';
import { parseJsonc } from './tsconfig.ts';

const SERVER = "import express from 'express';\nimport { routes } from './routes/index';\nconst app = express();\nroutes(app);\nprocess.on('SIGTERM', () => process.exit(0));\n";
const ROUTES = "export function routes(app: any): void { app.get('/healthz', (_q: any, r: any) => r.send('ok')); }\n";

/** `npm run build` with `script` in a project made of `files` (a package.json is added). */
function buildWith(script: string, files: Record<string, string>, devDependencies: Record<string, string> = { typescript: '^5.8.3' }): BuildResult {
  const pkg = JSON.stringify({ name: 'app', scripts: { build: script }, dependencies: { express: '^5.1.0' }, devDependencies });
  // Tools the catalog has no npm figures for (esbuild, the Nest CLI) come in as node_modules/.bin scripts.
  const bins = ['esbuild', 'nest'].map((name) => ({ path: `node_modules/.bin/${name}`, content: '#!/usr/bin/env node\n', mode: 0o755 }));
  return build({
    dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nRUN npm run build',
    context: [{ path: 'package.json', content: pkg }, ...bins, ...Object.entries(files).map(([path, content]) => ({ path, content }))],
  });
}

const has = (r: BuildResult, path: string): boolean => lookupPath(r.image!.filesystem, path)?.kind === 'file';
const SRC: Record<string, string> = { 'src/server.ts': SERVER, 'src/routes/index.ts': ROUTES };

interface EmitCase {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly script: string;
  readonly present: readonly string[];
  readonly absent: readonly string[];
  readonly devDependencies?: Record<string, string>;
}
interface ErrorCase {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly script: string;
  readonly line: string;
  readonly code: number;
}
interface BundlerCase {
  readonly name: string;
  readonly script: string;
  readonly dev: Record<string, string>;
  readonly files: Record<string, string>;
  readonly present: readonly string[];
  readonly dir?: string;
  readonly js?: RegExp;
}

describe('tsc emits file by file, as tsconfig.json says (tsc.ts)', () => {
  test.each<EmitCase>([
    {
      name: 'rootDir src, outDir dist: src/server.ts -> dist/server.js',
      files: { ...SRC, 'tsconfig.json': '{ "compilerOptions": { "rootDir": "src", "outDir": "dist", "module": "nodenext" } }' },
      script: 'tsc -p tsconfig.json',
      present: ['/app/dist/server.js', '/app/dist/routes/index.js'],
      absent: ['/app/dist/src/server.js', '/app/src/server.js'],
    },
    {
      name: 'no rootDir: the common directory of the inputs is the root',
      files: { ...SRC, 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }' },
      script: 'tsc',
      present: ['/app/dist/server.js', '/app/dist/routes/index.js'],
      absent: [],
    },
    {
      name: 'no rootDir, sources in src and test: dist/src/… and dist/test/…',
      files: { ...SRC, 'test/server.test.ts': "import './../src/server';\n", 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }' },
      script: 'tsc',
      present: ['/app/dist/src/server.js', '/app/dist/test/server.test.js'],
      absent: ['/app/dist/server.js'],
    },
    {
      name: 'include ["src"] leaves the tests out',
      files: { ...SRC, 'test/server.test.ts': 'export {};\n', 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" }, "include": ["src"] }' },
      script: 'tsc',
      present: ['/app/dist/server.js'],
      absent: ['/app/dist/test/server.test.js', '/app/dist/src/server.js'],
    },
    {
      name: 'exclude a glob',
      files: { ...SRC, 'src/server.test.ts': 'export {};\n', 'tsconfig.json': '{ "compilerOptions": { "rootDir": "src", "outDir": "dist" }, "exclude": ["**/*.test.ts"] }' },
      script: 'tsc',
      present: ['/app/dist/server.js'],
      absent: ['/app/dist/server.test.js'],
    },
    {
      name: 'no outDir: each .js beside its .ts',
      files: { ...SRC, 'tsconfig.json': '{}' },
      script: 'tsc',
      present: ['/app/src/server.js', '/app/src/routes/index.js'],
      absent: ['/app/dist/server.js'],
    },
    {
      name: '.tsx with jsx preserve, .mts, declarations and source maps',
      files: { 'src/app.tsx': 'export const A = () => <div/>;\n', 'src/esm.mts': 'export {};\n', 'src/types.d.ts': 'declare const x: number;\n', 'tsconfig.json': '{ "compilerOptions": { "outDir": "out", "jsx": "preserve", "declaration": true, "sourceMap": true } }' },
      script: 'tsc',
      present: ['/app/out/app.jsx', '/app/out/app.d.ts', '/app/out/app.jsx.map', '/app/out/esm.mjs', '/app/out/esm.d.mts'],
      absent: ['/app/out/types.js', '/app/out/app.js'],
    },
    {
      name: 'noEmit writes nothing',
      files: { ...SRC, 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist", "noEmit": true } }' },
      script: 'tsc',
      present: [],
      absent: ['/app/dist/server.js'],
    },
    {
      name: 'a tsconfig with comments and trailing commas, extending a base config',
      files: { ...SRC, 'tsconfig.base.json': '{\n  // shared\n  "compilerOptions": { "outDir": "build", },\n}\n', 'tsconfig.json': '{ "extends": "./tsconfig.base.json", /* here */ "compilerOptions": { "rootDir": "src" } }' },
      script: 'tsc',
      present: ['/app/build/server.js'],
      absent: ['/app/dist/server.js'],
    },
    {
      name: 'files on the command line ignore tsconfig.json',
      files: { ...SRC, 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }' },
      script: 'tsc src/server.ts --outDir out',
      present: ['/app/out/server.js'],
      absent: ['/app/dist/server.js'],
    },
    {
      name: 'nest build compiles with tsconfig.build.json',
      files: { 'src/main.ts': 'export {};\n', 'test/app.e2e-spec.ts': 'export {};\n', 'tsconfig.json': '{ "compilerOptions": { "outDir": "./dist" } }', 'tsconfig.build.json': '{ "extends": "./tsconfig.json", "exclude": ["node_modules", "test", "dist", "**/*spec.ts"] }' },
      script: 'nest build',
      present: ['/app/dist/main.js'],
      absent: ['/app/dist/src/main.js'],
    },
  ])('$name', ({ files, script, present, absent, devDependencies }) => {
    const r = buildWith(script, files, devDependencies);
    expect(r.ok, `${r.error?.message} ${r.error?.output.join(' | ')}`).toBe(true);
    for (const p of present) expect(has(r, p), `${p} is written`).toBe(true);
    for (const p of absent) expect(has(r, p), `${p} is not written`).toBe(false);
  });

  test.each<ErrorCase>([
    {
      name: 'a file outside rootDir (TS6059): tsc emits but exits 2',
      files: { ...SRC, 'scripts/seed.ts': 'export {};\n', 'tsconfig.json': '{ "compilerOptions": { "rootDir": "src", "outDir": "dist" } }' },
      script: 'tsc',
      line: "error TS6059: File '/app/scripts/seed.ts' is not under 'rootDir' '/app/src'. 'rootDir' is expected to contain all source files.",
      code: 2,
    },
    {
      name: 'no inputs (TS18003)',
      files: { 'tsconfig.json': '{ "include": ["src"] }', 'README.md': 'x' },
      script: 'tsc',
      line: `error TS18003: No inputs were found in config file '/app/tsconfig.json'. Specified 'include' paths were '["src"]' and 'exclude' paths were '[]'.`,
      code: 2,
    },
    {
      name: '-p at a directory without tsconfig.json (TS5057)',
      files: SRC,
      script: 'tsc -p src',
      line: "error TS5057: Cannot find a tsconfig.json file at the specified directory: 'src'.",
      code: 1,
    },
    {
      name: '-p at a path that does not exist (TS5058)',
      files: SRC,
      script: 'tsc -p server',
      line: "error TS5058: The specified path does not exist: 'server'.",
      code: 1,
    },
  ])('$name', ({ files, script, line, code }) => {
    const r = buildWith(script, files);
    expect(r.ok).toBe(false);
    expect(r.error?.output).toContain(line);
    // npm run passes its script's exit status on (tsc: 2 when it reports errors, 1 for a bad command line).
    expect(r.error?.message).toMatch(new RegExp(`exit code: ${code}$`));
  });

  test('the emitted server.js keeps what the run simulation reads: its imports and handlers', () => {
    const r = buildWith('tsc', { ...SRC, 'tsconfig.json': '{ "compilerOptions": { "rootDir": "src", "outDir": "dist" } }' });
    const js = lookupPath(r.image!.filesystem, '/app/dist/server.js');
    expect(js).toMatchObject({ kind: 'file', text: SERVER });
  });

  test.each([
    ['{ "a": 1, }', { a: 1 }],
    ['// c\n{ "a": "//not a comment", /* x */ "b": [1, 2,], }', { a: '//not a comment', b: [1, 2] }],
    ['{ "a": "\\"/*\\"" }', { a: '"/*"' }],
    ['{ broken', undefined],
  ])('parseJsonc(%j)', (text, value) => {
    expect(parseJsonc(text)).toEqual(value);
  });
});

describe('bundlers write where they write by default (js-build.ts)', () => {
  test.each<BundlerCase>([
    { name: 'vite build', script: 'vite build', dev: { vite: '^6' }, files: { 'index.html': '<script type="module" src="/src/main.js"></script>', 'src/main.js': 'console.log(1)\n', 'src/style.css': 'a{}', 'public/favicon.ico': 'x' }, present: ['/app/dist/index.html', '/app/dist/favicon.ico'], dir: '/app/dist/assets', js: /^index-[0-9a-f]{8}\.js$/ },
    { name: 'webpack', script: 'webpack', dev: { webpack: '^5', 'webpack-cli': '^5' }, files: { 'src/index.js': 'console.log(1)\n' }, present: ['/app/dist/main.js'] },
    { name: 'esbuild --outfile', script: 'esbuild src/server.ts --bundle --platform=node --outfile=dist/server.js', dev: {}, files: SRC, present: ['/app/dist/server.js'] },
    { name: 'esbuild --outdir', script: 'esbuild src/server.ts src/worker.ts --outdir=out', dev: {}, files: { ...SRC, 'src/worker.ts': 'export {};\n' }, present: ['/app/out/server.js', '/app/out/worker.js'] },
  ])('$name', ({ script, dev, files, present, dir, js }) => {
    const r = buildWith(script, files, dev);
    expect(r.ok, `${r.error?.message} ${r.error?.output.join(' | ')}`).toBe(true);
    for (const p of present) expect(has(r, p), `${p} is written`).toBe(true);
    if (dir !== undefined) {
      const node = lookupPath(r.image!.filesystem, dir);
      expect(node?.kind === 'dir' ? [...node.children.keys()].some((n) => js!.test(n)) : false).toBe(true);
    }
  });
});
