import type { BuiltImage } from '../../build/index.ts';
import { DEFAULT_PATH, findOnPath } from '../../build/index.ts';
import type { RunReport } from '../../run/index.ts';
import { defineRule } from '../rule.ts';
import { baseFrom, baseImageBytes, fromRange, sizeText } from '../simulation-queries.ts';

/**
 * Smell-test sizes (course 004, Jérôme Petazzoni: "100MB for a microservice, 1GB for a monolith"), read
 * generously: a static Go binary needs little more than itself; a service on a language runtime fits well under
 * 500 MB on a slim base; anything else gets the monolith's 1 GB.
 */
const GO_BINARY = 100_000_000;
const SERVICE = 500_000_000;
const ANYTHING = 1_000_000_000;

interface Budget {
  readonly label: string;
  readonly bytes: number;
}

/** What the image is for, from what runs as PID 1 (the run simulation) or the runtimes on PATH. */
function budgetOf(image: BuiltImage, run: RunReport | undefined): Budget {
  const fs = image.filesystem;
  const path = image.config.env.PATH ?? DEFAULT_PATH;
  const has = (name: string) => findOnPath(fs, name, path) !== undefined;
  const program = run?.pid1.program;
  const argv0 = run?.command.argv[0] ?? image.config.entrypoint?.[0] ?? image.config.cmd?.[0];
  const entry = argv0 === undefined ? undefined : findOnPath(fs, argv0, path, image.config.workdir);
  const goBinary = program === 'go' || (entry?.node.binary?.producer.startsWith('go') ?? false);
  // What runs decides first (a Go app on golang:1.23 also finds python3 on PATH); then the runtimes present.
  // A compiled Go program needs nothing of its build image: judged as the binary it is.
  if (goBinary) return { label: 'a Go binary', bytes: GO_BINARY };
  const node = program === 'node' || program === 'npm' || program === 'yarn';
  const python = ['python', 'gunicorn', 'uvicorn', 'flask'].includes(program ?? '');
  if (node || (!python && program !== 'java' && has('node'))) return { label: 'a Node.js service', bytes: SERVICE };
  if (python || (program !== 'java' && (has('python3') || has('python')))) return { label: 'a Python service', bytes: SERVICE };
  if (program === 'java' || has('java')) return { label: 'a Java service', bytes: SERVICE };
  if (has('go')) return { label: 'a Go service', bytes: SERVICE };
  return { label: 'one image', bytes: ANYTHING };
}

/** Where most of the bytes come from, in one sentence. */
function cause(image: BuiltImage): string {
  const total = image.diskBytes;
  const base = baseImageBytes(image);
  const own = image.layers.filter((l) => !l.fromBase && l.line !== undefined).sort((a, b) => b.bytes - a.bytes)[0];
  const parts: string[] = [];
  if (base >= total / 2) parts.push(`${sizeText(base)} of it is the base image \`${image.baseImage}\` — a slim, alpine or distroless runtime image for the final stage is usually the biggest saving`);
  if (image.wastedBytes >= total / 4) parts.push(`${sizeText(image.wastedBytes)} is files deleted or replaced in later layers`);
  if (own && own.bytes >= total / 5) parts.push(`line ${own.line} adds ${sizeText(own.bytes)}`);
  return parts.length === 0 ? '' : ` ${parts.join('; ')}.`;
}

/** A Node service image of 1.1 GB: far over what such an image needs. */
export const imageOverSizeBudget = defineRule({
  meta: {
    id: 'image-over-size-budget',
    severity: 'warning',
    sources: [],
    title: 'The image is far bigger than its kind needs',
    explanation:
      'Every megabyte is pulled onto every machine that runs the image, before the container can start: scaling out, rolling updates and recovering a node all wait for it, and the registry and disks store it many times over. A common smell test: about 100 MB for a microservice, about 1 GB for a monolith. The usual causes are a full base image (node:22 and python:3.12 are around 1 GB, their -slim variants a fifth of that), compilers and caches left in the final stage, and files deleted in a later layer.',
    suggestion:
      'Start the final stage from a slim, alpine or distroless image, build in a separate stage and COPY only the result, clean package-manager caches in the same RUN, and look at `docker history` (or dive) for the biggest layers. Sizes here are estimates from the catalog; check the real image with `docker images`.',
    needs: ['build'],
    examples: {
      bad: [{ dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: [{ path: 'server.js', content: 'setInterval(() => {}, 1000);\n' }] }],
      good: [{ dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: [{ path: 'server.js', content: 'setInterval(() => {}, 1000);\n' }] }],
    },
  },
  done(_state, { build, run, facts }) {
    const image = build?.image;
    if (!build || !image) return undefined;
    const budget = budgetOf(image, run);
    if (image.diskBytes <= budget.bytes) return undefined;
    const from = baseFrom(build, facts);
    if (!from) return undefined;
    return [
      {
        range: fromRange(from),
        instruction: from,
        message: `The image is about ${sizeText(image.diskBytes)}, far over the ~${sizeText(budget.bytes)} smell test for ${budget.label}.${cause(image)}`,
      },
    ];
  },
});
