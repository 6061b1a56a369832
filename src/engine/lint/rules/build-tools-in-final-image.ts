import type { BuiltImage, DirNode, ImageLayer } from '../../build/index.ts';
import { DEFAULT_PATH, findOnPath, lookupPath, realPath } from '../../build/index.ts';
import { parseReference } from '../../catalog/index.ts';
import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { baseFrom, fromRange, instructionOnLine, listText } from '../simulation-queries.ts';

/** Commands that only building needs: compilers, build drivers, toolchains, version control. */
const TOOLS: readonly (readonly [command: string, shown: string])[] = [
  ['gcc', 'gcc'],
  ['g++', 'g++'],
  ['clang', 'clang'],
  ['make', 'make'],
  ['cmake', 'cmake'],
  ['go', 'the Go toolchain'],
  ['javac', 'a JDK (javac)'],
  ['rustc', 'rustc'],
  ['cargo', 'cargo'],
  ['git', 'git'],
];

/** Packages (Debian and Alpine names) that only building needs. */
function isBuildPackage(name: string): boolean {
  if (['build-essential', 'build-base', 'alpine-sdk', 'gcc', 'g++', 'make', 'cmake', 'git', 'golang', 'golang-go', 'go', 'rustc', 'cargo', 'rust', 'clang'].includes(name)) return true;
  if (name.endsWith('-dev') || name.endsWith('-devel')) return true;
  // openjdk-17-jdk, openjdk-17-jdk-headless, default-jdk, openjdk17-jdk (Alpine).
  return name.includes('-jdk') || name === 'default-jdk';
}

/** What one layer (or the base image, `undefined`) put into the image. */
interface Found {
  readonly tools: string[];
  readonly packages: string[];
}

/** Index of the last layer of the Dockerfile whose diff adds `path`. */
function layerAdding(layers: readonly ImageLayer[], paths: readonly string[]): number | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (layer.fromBase) return undefined;
    if (layer.changes.some((c) => (c.kind === 'file' || c.kind === 'symlink') && paths.includes(c.path))) return i;
  }
  return undefined;
}

/** Installed package names: dpkg's `/var/lib/dpkg/info/<name>.list`, apk's `P:` lines in its database. */
function installedPackages(fs: DirNode): { readonly dpkg: string[]; readonly apk: string[] } {
  const info = lookupPath(fs, '/var/lib/dpkg/info');
  const dpkg = info?.kind === 'dir' ? [...info.children.keys()].filter((n) => n.endsWith('.list')).map((n) => n.slice(0, -'.list'.length).split(':')[0]!) : [];
  const db = lookupPath(fs, '/lib/apk/db/installed');
  const apk = db?.kind === 'file' && db.text !== undefined ? db.text.split('\n').filter((l) => l.startsWith('P:')).map((l) => l.slice(2).trim()) : [];
  return { dpkg, apk };
}

/** The base image is a JDK by its name: `eclipse-temurin:21-jdk`, `openjdk:17`, `maven:3-eclipse-temurin-21`. */
function baseIsJdk(image: BuiltImage): boolean {
  const parsed = parseReference(image.baseImage);
  if (!parsed.ok) return false;
  const repo = parsed.ref.repository.slice(parsed.ref.repository.lastIndexOf('/') + 1);
  const words = (parsed.ref.tag ?? '').split('-');
  if (words.includes('jre')) return false;
  return words.includes('jdk') || ['openjdk', 'maven', 'gradle'].includes(repo);
}

function collect(image: BuiltImage): Map<number | undefined, Found> {
  const fs = image.filesystem;
  const layers = image.layers;
  const groups = new Map<number | undefined, Found>();
  const group = (at: number | undefined) => {
    let g = groups.get(at);
    if (!g) groups.set(at, (g = { tools: [], packages: [] }));
    return g;
  };
  const pathEnv = image.config.env.PATH ?? DEFAULT_PATH;
  const toolCommands = new Set<string>();
  for (const [command, shown] of TOOLS) {
    const found = findOnPath(fs, command, pathEnv, image.config.workdir);
    if (!found) continue;
    const real = realPath(fs, found.path);
    group(layerAdding(layers, real === undefined ? [found.path] : [found.path, real])).tools.push(shown);
    toolCommands.add(command);
  }
  if (!toolCommands.has('javac') && baseIsJdk(image)) group(undefined).tools.push('a JDK');
  const { dpkg, apk } = installedPackages(fs);
  for (const name of dpkg) {
    if (!isBuildPackage(name) || toolCommands.has(name)) continue;
    group(layerAdding(layers, [`/var/lib/dpkg/info/${name}.list`, `/var/lib/dpkg/info/${name}:amd64.list`])).packages.push(name);
  }
  if (apk.length > 0) {
    // apk rewrites one database per install, so its packages go with the first layer of this Dockerfile that
    // installed any (an approximation: the binaries above are placed exactly).
    const first = layers.findIndex((l) => !l.fromBase && l.changes.some((c) => c.path === '/lib/apk/db/installed'));
    for (const name of apk) if (isBuildPackage(name) && !toolCommands.has(name)) group(first < 0 ? undefined : first).packages.push(name);
  }
  return groups;
}

function what(found: Found): string {
  const dev = found.packages.filter((p) => p.endsWith('-dev') || p.endsWith('-devel'));
  const other = found.packages.filter((p) => !dev.includes(p));
  const parts = [...found.tools, ...other];
  if (dev.length > 0) parts.push(dev.length === 1 ? dev[0]! : `${dev.length} -dev packages (${listText(dev, 2)})`);
  return listText(parts, 5);
}

/** Compilers, toolchains and headers in the image you run: they only served the build. */
export const buildToolsInFinalImage = defineRule({
  meta: {
    id: 'build-tools-in-final-image',
    severity: 'warning',
    sources: [],
    title: 'Build tools left in the final image',
    explanation:
      'Compilers (gcc, g++), build drivers (make), toolchains (Go, a JDK, Rust), header packages (`-dev`) and git are needed to build your app, not to run it. Left in the final image they add hundreds of megabytes to every pull and give an attacker who gets in a ready-made workshop. A multi-stage build compiles in one stage and copies only the result into a small runtime stage.',
    suggestion:
      'Build in a first stage (`FROM golang:1.23 AS build`) and start the final stage from a runtime image (`FROM gcr.io/distroless/static-debian12`, `python:3.12-slim`, `eclipse-temurin:21-jre`), then `COPY --from=build` only what the app needs. If you must compile in the final stage, remove the tools in the same RUN (`apk add --virtual .build-deps … && apk del .build-deps`, `apt-get purge --auto-remove`).',
    needs: ['build'],
    examples: {
      bad: [
        { dockerfile: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nCMD ["/app"]\n', context: [{ path: 'main.go', content: 'package main\nfunc main() {}\n' }, { path: 'go.mod', content: 'module app\n' }] },
        { dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n' },
      ],
      good: [
        {
          dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]\n',
          context: [{ path: 'main.go', content: 'package main\nfunc main() {}\n' }, { path: 'go.mod', content: 'module app\n' }],
          note: 'The toolchain stays in the build stage; the final image holds one static binary.',
        },
      ],
    },
  },
  done(_state, context) {
    const build = context.build;
    const image = build?.image;
    if (!build || !image) return undefined;
    const reports: Report[] = [];
    for (const [at, found] of collect(image)) {
      if (found.tools.length === 0 && found.packages.length === 0) continue;
      if (at === undefined) {
        const from = baseFrom(build, context.facts);
        if (!from) continue;
        reports.push({ range: fromRange(from), instruction: from, message: `The base image \`${image.baseImage}\` brings build tools into your final image: ${what(found)}.` });
        continue;
      }
      const instruction = instructionOnLine(context.facts, image.layers[at]!.line);
      if (!instruction) continue;
      reports.push({ range: instruction.range, instruction, message: `This ${instruction.keyword.toUpperCase()} leaves build tools in the final image: ${what(found)}.` });
    }
    return reports;
  },
});
