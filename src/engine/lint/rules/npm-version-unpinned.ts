import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, operands, runScript, wordText } from '../shell-queries.ts';

const gitPrefixes = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const pathPrefixes = ['/', './', '../', '~/'];
const tarballSuffixes = ['.tar', '.tar.gz', '.tgz'];

function pinned(spec: string): boolean {
  if (gitPrefixes.some((p) => spec.startsWith(p))) return spec.includes('#'); // #commit or #semver:…
  if (tarballSuffixes.some((s) => spec.endsWith(s)) || pathPrefixes.some((p) => spec.startsWith(p))) return true;
  // `name@version`; a scoped name starts with `@scope/`, which is not a version.
  const name = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  return name.includes('@');
}

/** `npm install express` installs the newest release on build day. */
export const npmVersionUnpinned = defineRule({
  meta: {
    id: 'npm-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3016' }],
    title: '`npm install <package>` without a version',
    explanation:
      '`npm install express` resolves `express@latest` on the day of the build, so rebuilding the same Dockerfile can bring in a new major version. Naming a version, or installing from package.json with its lock file (`npm ci`), makes the image reproducible.',
    suggestion: 'Name the version (`npm install -g express@4.19.2`), or copy package.json and package-lock.json and run `npm ci`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nRUN npm install -g typescript\n' }],
      good: [
        { dockerfile: 'FROM node:22-slim\nRUN npm install -g typescript@5.6.3\n' },
        { dockerfile: 'FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\n' },
      ],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['npm'], ['install'])) {
      const words = operands(cmd, ['loglevel', 'registry']).map(wordText);
      // Only `npm install …` itself (not `npm run --x install`).
      if (words[0] !== 'install') continue;
      const unpinned = words.slice(1).filter((p) => p !== 'install' && !pinned(p));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; pin with \`name@version\`.` });
    }
    return reports;
  },
});
