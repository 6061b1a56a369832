import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, operands, runScript, wordText } from '../shell-queries.ts';

function pinned(spec: string): boolean {
  if (spec === '.' || spec.startsWith('/') || spec.startsWith('.')) return true; // a local package
  return spec.includes('@') && !spec.endsWith('@latest') && !spec.endsWith('@none');
}

/** `go install example.com/tool@latest` builds whatever the module's newest version is on build day. */
export const goInstallVersionUnpinned = defineRule({
  meta: {
    id: 'go-install-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3062' }],
    title: '`go install` / `go run` / `go get` without a version',
    explanation:
      'Without `@version` (or with `@latest`), Go resolves the newest version of the module when the build runs, so the same Dockerfile builds a different tool next month. A version such as `@v1.61.0` pins it.',
    suggestion: 'Add the version: `go install golang.org/x/tools/gopls@v0.16.2`.',
    examples: {
      bad: [{ dockerfile: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\n' }],
      good: [{ dockerfile: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['go'], ['run', 'install', 'get'])) {
      const words = operands(cmd).map(wordText);
      const verb = words[0];
      // `go run PKG args…`: only the package; `go install/get PKG…`: every operand (`-tool` is a flag).
      const packages = verb === 'run' ? words.slice(1, 2) : verb === 'install' || verb === 'get' ? words.slice(1).filter((w) => w !== 'tool') : [];
      const unpinned = packages.filter((p) => !pinned(p));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; add \`@version\`.` });
    }
    return reports;
  },
});
