/**
 * The course documents' Dockerfiles (copied here verbatim; the tests never read the course folder), built
 * with the real catalog, checked against the figures the documents quote — order of magnitude, and where a
 * document is wrong, what Docker really does (see the comments and SIMULATION.md).
 */
import { describe, expect, test } from 'vitest';
import type { ContextEntryInput } from '../context/types.ts';
import { build } from './build.ts';
import type { BuildResult } from './types.ts';

const MB = 1e6;
const GB = 1e9;

function layerOf(r: BuildResult, line: number) {
  return r.image?.layers.find((l) => l.line === line && !l.emptyLayer);
}

// ---- 002: the incident report ---------------------------------------------------------------------------

const CRIME = `# This is garbage. Do not do this.
FROM python:latest

# No .dockerignore, so this pulls in 2GB of junk
COPY . /app
WORKDIR /app

# Massive layer, no cleanup, installs unnecessary compilers
RUN apt-get update && apt-get install -y git build-essential vim cmake cuda-toolkit-12-1
RUN pip install -r requirements.txt

# Runs as root. Dangerous.
# Uses shell form, so SIGTERM is ignored.
CMD python main.py
`;

const SANITY = `# Use a specific, small base image. 
# python:3.11-slim-bookworm is ~120MB vs 1GB+ for the full image.
FROM python:3.11.9-slim-bookworm AS builder

# Set environment variables for Python
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1

WORKDIR /build

# Install build dependencies in the builder stage only
RUN apt-get update && apt-get install -y --no-install-recommends \\
    gcc \\
    python3-dev \\
    && rm -rf /var/lib/apt/lists/*

# Use a cache mount for pip to speed up builds
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \\
    pip wheel --no-deps --wheel-dir /build/wheels -r requirements.txt

# --- Final Stage ---
FROM python:3.11.9-slim-bookworm

# Create a non-privileged user
RUN groupadd -g 10001 appgroup && \\
    useradd -u 10000 -g appgroup -m -s /bin/bash appuser

WORKDIR /app

# Copy only the wheels from the builder
COPY --from=builder /build/wheels /wheels
RUN pip install --no-cache /wheels/*

# Use --link to optimize cache invalidation
COPY --link --chown=10000:10001 . .

# Switch to non-root user
USER 10000

# Use tini to handle signals correctly
# This is a docker best practice for signal propagation
RUN apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/tini", "--"]

# Exec form of CMD
CMD ["python", "main.py"]
`;

/** The incident's context: the app, plus what the article says COPY . . pulled in (.git 800 MB, venv 600 MB, CSVs 400 MB). */
const INCIDENT_CONTEXT: ContextEntryInput[] = [
  { path: 'main.py', content: 'from flask import Flask\napp = Flask(__name__)\n' },
  { path: 'requirements.txt', content: 'flask\ngunicorn\n' },
  { kind: 'dir', path: '.git', size: 800 * MB, files: 20_000 },
  { kind: 'dir', path: 'venv', size: 600 * MB, files: 30_000 },
  { kind: 'dir', path: 'data', size: 400 * MB, files: 40 },
];

const DOCKERIGNORE: ContextEntryInput = { path: '.dockerignore', content: '.git\n**/node_modules\n**/__pycache__\n*.log\n.env\ntmp/\nvenv\ndata\n' };

describe('002 — the incident report', () => {
  test('the "crime" Dockerfile does not build as written: Debian has no cuda-toolkit-12-1', () => {
    const r = build({ dockerfile: CRIME, context: INCIDENT_CONTEXT });
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(9);
    expect(r.error?.output).toContain('E: Unable to locate package cuda-toolkit-12-1');
  });

  test('without CUDA it builds: ≈3 GB, the 1.8 GB COPY the article shows, and a small apt layer', () => {
    const r = build({ dockerfile: CRIME.replace(' cuda-toolkit-12-1', ''), context: INCIDENT_CONTEXT });
    expect(r.ok).toBe(true);
    const image = r.image!;
    // The article says 4.2 GB with CUDA (whose toolkit alone is gigabytes); python:latest is ≈1 GB, not the
    // article's 77.8 MB base row (that history is an Ubuntu base's, not python:latest's).
    expect(image.diskBytes).toBeGreaterThan(2.5 * GB);
    expect(image.diskBytes).toBeLessThan(3.6 * GB);
    const small = INCIDENT_CONTEXT.reduce((n, e) => n + ('content' in e && e.content !== undefined ? e.content.length : 0), 0);
    expect(layerOf(r, 5)?.bytes).toBe(1.8 * GB + small);
    // git, gcc and make are already in python:latest (buildpack-deps): apt adds vim, cmake and the rest — MBs, not the 2.1 GB of the article.
    expect(layerOf(r, 9)!.bytes).toBeGreaterThan(50 * MB);
    expect(layerOf(r, 9)!.bytes).toBeLessThan(400 * MB);
  });

  test('a .dockerignore takes the 1.8 GB out of the COPY', () => {
    const r = build({ dockerfile: CRIME.replace(' cuda-toolkit-12-1', ''), context: [...INCIDENT_CONTEXT, DOCKERIGNORE] });
    expect(layerOf(r, 5)!.bytes).toBeLessThan(1 * MB);
  });

  test('the "sanity" Dockerfile fails too: apt-get after USER 10000 cannot take its lock', () => {
    const r = build({ dockerfile: SANITY, context: [...INCIDENT_CONTEXT, DOCKERIGNORE] });
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(44);
    expect(r.error?.message).toBe('failed to solve: process "/bin/sh -c apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*" did not complete successfully: exit code: 100');
  });

  test('with tini installed before USER, the sanity image is in the article\'s ~150 MB range', () => {
    const fixed = SANITY.replace('USER 10000\n', '').replace('ENTRYPOINT', 'USER 10000\nENTRYPOINT');
    const r = build({ dockerfile: fixed, context: [...INCIDENT_CONTEXT, DOCKERIGNORE] });
    expect(r.ok).toBe(true);
    expect(r.image!.diskBytes).toBeGreaterThan(110 * MB);
    expect(r.image!.diskBytes).toBeLessThan(220 * MB);
    expect(r.image!.config.user).toBe('10000');
    expect(r.stages.map((s) => s.built)).toEqual([true, true]);
  });
});

// ---- 001: multi-stage builds (Go, Python) -------------------------------------------------------------

const GO = `FROM golang:latest as base
COPY . /go/src/github.com/org/helloworld
WORKDIR /go/src/github.com/org/helloworld
RUN go get -u github.com/gin-gonic/gin
ENV CGO_ENABLED 0
RUN go build -o HelloWorld main.go

FROM scratch
COPY --from=base /go/src/github.com/org/helloworld/HelloWorld \\
                 /usr/bin/HelloWorld
EXPOSE 8080
ENTRYPOINT ["HelloWorld"]
`;

const MAIN_GO = `// main.go
package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.Default()
	r.GET("/ping", func(c *gin.Context) {
		c.JSON(200, gin.H{
			"message": "pong",
		})
	})
	r.Run() // listen and serve on 0.0.0.0:8080
}
`;

/** What `go mod init && go get gin` writes today: gin and its ≈30 indirect requirements. */
const GO_MOD = `module github.com/org/helloworld\n\ngo 1.25\n\nrequire github.com/gin-gonic/gin v1.10.0\n\nrequire (\n${Array.from({ length: 30 }, (_, i) => `\tgithub.com/example/indirect${i} v1.0.0 // indirect\n`).join('')})\n`;

const PY = `FROM python:3.6-alpine as base
RUN apk update && apk add build-base

COPY . /code/
WORKDIR /code
RUN pip install -r requirements.txt

FROM python:3.6-alpine

COPY --from=base /code/ /code
COPY --from=base /usr/local/lib/python3.6 /usr/local/lib/python3.6
COPY --from=base /usr/local/bin/gunicorn /usr/local/bin/gunicorn
WORKDIR /code

ENTRYPOINT ["gunicorn", "-b 0.0.0.0:8000", "app:app"]
`;

const PY_CONTEXT: ContextEntryInput[] = [
  { path: 'app.py', content: "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef hello_world():\n    return 'Hello, World!'\n" },
  { path: 'requirements.txt', content: 'Flask==1.0.2\ngunicorn==19.9.0\n' },
];

describe('001 — multi-stage builds', () => {
  test('the Go example no longer builds as written: `go get` outside a module (Go ≥ 1.17)', () => {
    const r = build({ dockerfile: GO, context: [{ path: 'main.go', content: MAIN_GO }] });
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(4);
    expect(r.error?.output).toContain("\t'go get' is no longer supported outside a module.");
  });

  test('with a go.mod: a static binary on scratch of ≈10 MB (the slides: 705 MB → 16 MB)', () => {
    const context = [{ path: 'main.go', content: MAIN_GO }, { path: 'go.mod', content: GO_MOD }];
    const multi = build({ dockerfile: GO, context });
    expect(multi.ok).toBe(true);
    expect(multi.image!.diskBytes).toBeGreaterThan(5 * MB);
    expect(multi.image!.diskBytes).toBeLessThan(25 * MB);
    const binary = multi.image!.layers.at(-1);
    expect(binary?.fromBase).toBe(false);
    const single = build({ dockerfile: GO.split('\nFROM scratch')[0] as string, context });
    expect(single.image!.diskBytes).toBeGreaterThan(0.7 * GB);
    expect(single.image!.diskBytes).toBeLessThan(1.4 * GB);
  });

  test('the Python example: the final stage is a fraction of the builder (build-base stays behind)', () => {
    const multi = build({ dockerfile: PY, context: PY_CONTEXT });
    expect(multi.ok).toBe(true);
    expect(multi.stages.map((s) => s.built)).toEqual([true, true]);
    const builder = build({ dockerfile: PY, context: PY_CONTEXT, target: 'base' });
    expect(builder.image!.diskBytes).toBeGreaterThan(3 * multi.image!.diskBytes);
    expect(multi.image!.diskBytes).toBeLessThan(150 * MB);
    // Copying /usr/local/lib/python3.6 again duplicates the standard library already in the base: dive flags it.
    expect(multi.image!.wastedBytes).toBeGreaterThan(10 * MB);
  });
});

// ---- 003: Docker in practice (Node) ---------------------------------------------------------------------

const NODE = `# Stage 1: Build (heavy, ~600 MB)
FROM debian AS builder
RUN apt-get update && apt-get install -y nodejs npm gcc g++
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
# Stage 2: Run (light, ~100 MB)
FROM node:alpine
WORKDIR /app
COPY --from=builder /app/dist ./dist
COPY --from=builder /app/node_modules ./node_modules
CMD ["node", "dist/index.js"]
`;

const NODE_CONTEXT: ContextEntryInput[] = [
  { path: 'package.json', content: JSON.stringify({ name: 'app', scripts: { build: 'tsc' }, dependencies: { express: '^5' }, devDependencies: { typescript: '^5' } }) },
  { path: 'src/index.ts', content: 'import express from "express";\nexpress().listen(3000);\n' },
  { path: 'tsconfig.json', content: '{ "compilerOptions": { "outDir": "dist" } }' },
];

describe('003 — Docker in practice', () => {
  test('the Node multi-stage: builder ≈1.2 GB, runtime ≈200 MB (the notes say ~600 MB and ~100 MB)', () => {
    const runtime = build({ dockerfile: NODE, context: NODE_CONTEXT });
    expect(runtime.ok).toBe(true);
    // node:alpine alone is ≈168 MB on disk (the notes' "Alpine 20-30 MB … 40-50 MB with Node" is off: alpine is ≈8 MB, node:alpine ≈168 MB).
    expect(runtime.image!.diskBytes).toBeGreaterThan(150 * MB);
    expect(runtime.image!.diskBytes).toBeLessThan(300 * MB);
    const builder = build({ dockerfile: NODE, context: NODE_CONTEXT, target: 'builder' });
    // Debian's npm with its Recommends is ≈900 MB of packages (simulation-model.md §4.1): ≈1.2 GB, not ~600 MB.
    expect(builder.image!.diskBytes).toBeGreaterThan(0.8 * GB);
    expect(builder.image!.diskBytes).toBeLessThan(1.8 * GB);
    expect(runtime.image!.diskBytes).toBeLessThan(builder.image!.diskBytes / 4);
  });
});
