import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { registryOf } from '../image-reference.ts';

/** hadolint's registry patterns: `*` any, `*.example.com` a suffix, `registry.*` a prefix, else exact. */
function matches(pattern: string, registry: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1));
  return registry === pattern;
}

/** Images from registries the team has not approved. Runs only with `trustedRegistries` configured. */
export const untrustedRegistry = defineRule<{ stages: Set<string> }>({
  meta: {
    id: 'untrusted-registry',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3026' }],
    title: 'Image from a registry outside the trusted list',
    explanation:
      'Everything in a base image runs inside your container with your data. Many teams therefore allow images only from registries they control or vet. This check compares every image a Dockerfile pulls — FROM, `COPY --from` and `RUN --mount from=` — with the `trustedRegistries` list in the lint configuration.',
    suggestion: 'Use an image from a trusted registry (mirror the one you need there), or add the registry to `trustedRegistries`.',
    examples: {
      bad: [{ dockerfile: 'FROM quay.io/someone/tool:1.0\n', note: 'With `trustedRegistries: [docker.io]`.', config: { trustedRegistries: ['docker.io'] } }],
      good: [{ dockerfile: 'FROM node:22-slim\n', note: 'Docker Hub images count as docker.io.', config: { trustedRegistries: ['docker.io'] } }],
    },
  },
  init: () => ({ stages: new Set() }),
  step(state, instruction, { config }) {
    const trusted = config.trustedRegistries;
    if (trusted.length === 0) return undefined;
    const allowed = (image: string): boolean => {
      if (state.stages.has(image.toLowerCase()) || /^\d+$/.test(image) || image.includes('$')) return true;
      const registry = registryOf(image);
      if (registry === undefined) return image === 'scratch' || trusted.some((p) => matches(p, 'docker.io') || matches(p, 'hub.docker.com'));
      return trusted.some((p) => matches(p, registry));
    };
    const reports: Report[] = [];
    const check = (image: string, range: Report['range']) => {
      if (!allowed(image)) reports.push({ range, message: `\`${image}\` comes from ${registryOf(image) ?? 'Docker Hub'}, which is not in trustedRegistries.` });
    };
    if (instruction.kind === 'from') {
      if (instruction.image) check(instruction.image.text, instruction.image.range);
      if (instruction.alias) state.stages.add(instruction.alias.value.toLowerCase());
    } else if (instruction.kind === 'copy' && instruction.options.from?.value) {
      check(instruction.options.from.value, instruction.options.from.range);
    } else if (instruction.kind === 'run') {
      for (const mount of instruction.mounts) if (mount.from) check(mount.from, mount.flag.range);
    }
    return reports;
  },
});
