/**
 * Lint benchmark.
 *
 * 1. All rules over a lesson-sized Dockerfile (what the editor runs on every keystroke): median of many runs
 *    of `runLint` on a parsed tree, and of parse + lint together. Target: well under 1 ms.
 * 2. The BuildKit parser corpus (shared/conformance/buildkit-parser/cases/<name>/Dockerfile), whole-corpus
 *    passes in one process for shipshape (parse + all rules), dockerfilelint (`run`) and dockerfile-utils
 *    (`validate`): files per second side by side, and the ratios. The two npm linters are devDependencies used
 *    for this comparison only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseDockerfile } from '../../src/engine/dockerfile/index.ts';
import { allRules, runLint } from '../../src/engine/lint/index.ts';

/** A Dockerfile of the size lessons use: 30 lines, two stages, the usual instructions. */
export const lessonDockerfile = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=22
FROM node:\${NODE_VERSION}-slim AS deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM node:\${NODE_VERSION}-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \\
 && npm prune --omit=dev

FROM debian:bookworm-slim AS runtime
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates curl \\
 && rm -rf /var/lib/apt/lists/*
LABEL org.opencontainers.image.source="https://example.org/app"
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
ENV PORT=8080
EXPOSE 8080
USER 10001
HEALTHCHECK CMD ["curl", "-fs", "http://localhost:8080/health"]
ENTRYPOINT ["node"]
CMD ["dist/server.js"]
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `fn` in milliseconds, after a warm-up. */
function measure(fn: () => void, runs: number, warmup = Math.min(200, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

interface Tool {
  readonly name: string;
  readonly lint: (text: string) => void;
}

function corpus(sharedDir: string): string[] {
  const dir = join(sharedDir, 'conformance', 'buildkit-parser', 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name, 'Dockerfile'))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'utf8'));
}

export async function runLintBench(sharedDir: string): Promise<void> {
  const tree = parseDockerfile(lessonDockerfile);
  const lines = lessonDockerfile.split('\n').length - 1;
  const lintOnly = measure(() => runLint(tree), 2000);
  const parseAndLint = measure(() => runLint(parseDockerfile(lessonDockerfile)), 2000);
  console.log(`lint: ${allRules.length} rules over a ${lines}-line Dockerfile (median of 2000 runs)`);
  console.log(`  runLint on a parsed tree   ${(lintOnly * 1000).toFixed(0).padStart(5)} µs`);
  console.log(`  parse + runLint            ${(parseAndLint * 1000).toFixed(0).padStart(5)} µs`);

  const files = corpus(sharedDir);
  if (files.length === 0) {
    console.log(`lint corpus: no BuildKit parser corpus under ${sharedDir}; skipped`);
    return;
  }
  const require = createRequire(import.meta.url);
  const dockerfilelint = require('dockerfilelint') as { run: (configDir: string, content: string) => unknown };
  const dockerfileUtils = require('dockerfile-utils') as { validate: (content: string) => unknown };
  const noConfigDir = tmpdir();
  const tools: Tool[] = [
    { name: 'shipshape (parse + all rules)', lint: (t) => runLint(parseDockerfile(t)) },
    { name: 'dockerfilelint 1.8', lint: (t) => dockerfilelint.run(noConfigDir, t) },
    { name: 'dockerfile-utils 0.16 validate', lint: (t) => dockerfileUtils.validate(t) },
  ];
  // dockerfilelint throws on some files (a known TypeError on HEALTHCHECK forms); count, do not stop.
  const crashes = new Map<string, number>();
  const pass = (tool: Tool) => () => {
    for (const text of files) {
      try {
        tool.lint(text);
      } catch {
        crashes.set(tool.name, (crashes.get(tool.name) ?? 0) + 1);
      }
    }
  };
  const runs = 60;
  const warmup = 10;
  const results = tools.map((tool) => ({ tool, ms: measure(pass(tool), runs, warmup) }));
  const ours = results[0]!.ms;
  console.log(`lint corpus: ${files.length} BuildKit parser test Dockerfiles, median of 60 whole-corpus passes per tool`);
  for (const { tool, ms } of results) {
    const perSecond = (files.length / ms) * 1000;
    const ratio = tool === results[0]!.tool ? '' : `   ${tool.name.split(' ')[0]} time / shipshape time = ${(ms / ours).toFixed(2)}`;
    const crashed = crashes.has(tool.name) ? `   (${crashes.get(tool.name)! / (runs + warmup)} file(s) threw each pass)` : '';
    console.log(`  ${tool.name.padEnd(32)} ${ms.toFixed(2).padStart(7)} ms/pass ${Math.round(perSecond).toLocaleString('en-US').padStart(9)} files/s${ratio}${crashed}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runLintBench(process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'shared'));
}
