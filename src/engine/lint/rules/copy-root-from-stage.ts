import { defineRule } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';

/** `COPY --from=build / /` drags a whole root filesystem, package manager and all, into the image. */
export const copyRootFromStage = defineRule({
  meta: {
    id: 'copy-root-from-stage',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3067' }],
    title: 'COPY of a whole filesystem from another stage',
    explanation:
      'Copying `/` from another stage onto `/` brings everything along — shells, package caches, compilers, /etc files that overwrite the ones of this stage — which defeats the point of a multi-stage build: a small final image with only what the app needs.',
    suggestion: 'Copy only what the app needs: `COPY --from=build /app/bin/server /usr/local/bin/server`.',
    examples: {
      bad: [{ dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /out/server .\nFROM scratch\nCOPY --from=build / /\n' }],
      good: [{ dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /out/server .\nFROM scratch\nCOPY --from=build /out/server /server\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'copy' || !instruction.options.from || !instruction.dest) return undefined;
    if (dropQuotes(instruction.dest.value) !== '/' || !instruction.sources.some((s) => dropQuotes(s.value) === '/')) return undefined;
    return [{ range: instruction.range, message: 'This copies the entire filesystem of another stage; copy only the files you need.' }];
  },
});
