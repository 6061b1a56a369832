import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { isPipInstall } from '../pip-commands.ts';
import { argTexts, commandsOf, hasAnyFlag, operands, runScript, wordText } from '../shell-queries.ts';

// pip install options that take a value (pip install --help), so the value is not read as a package.
const withValue = [
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation',
  'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root',
  'root-user-action', 'src', 't', 'target', 'trusted-host', 'upgrade-strategy',
];
const vcsSchemes = [
  'git+file', 'git+https', 'git+ssh', 'git+http', 'git+git', 'git', 'hg+file', 'hg+http', 'hg+https', 'hg+ssh',
  'hg+static-http', 'svn', 'svn+svn', 'svn+http', 'svn+https', 'svn+ssh', 'bzr+http', 'bzr+https', 'bzr+ssh',
  'bzr+sftp', 'bzr+ftp', 'bzr+lp',
];
const versionOperators = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

function pinned(spec: string): boolean {
  const vcs = vcsSchemes.some((s) => spec.startsWith(s));
  if (versionOperators.some((op) => spec.includes(op))) return true;
  if (vcs) return spec.includes('@'); // git+https://…/repo.git@v1.2#egg=name
  // A wheel or sdist file, or a local path / URL, is one fixed thing.
  return spec.endsWith('.whl') || spec.endsWith('.tar.gz') || spec.includes('/');
}

/** `pip install flask` installs the newest release on build day. */
export const pipVersionUnpinned = defineRule({
  meta: {
    id: 'pip-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3013' }],
    title: '`pip install` without versions',
    explanation:
      'A bare `pip install flask` installs whatever is newest on PyPI on the day of the build. The next build of the same Dockerfile may get a new major version with breaking changes. Pinning (`flask==3.0.3`) or installing from a locked requirements file makes the image reproducible.',
    suggestion: 'Pin versions (`pip install flask==3.0.3`) or install from a pinned file: `pip install -r requirements.txt`.',
    examples: {
      bad: [{ dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n' }],
      good: [
        { dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n' },
        { dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n' },
      ],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsOf(script)) {
      if (!isPipInstall(cmd)) continue;
      const args = argTexts(cmd);
      // Requirements files, the local project and constraint files carry their own pins.
      if (args.includes('-r') || args.includes('--requirement') || args.includes('.') || hasAnyFlag(cmd, 'c', 'constraint')) continue;
      const words = operands(cmd, withValue).map(wordText);
      const packages = words.slice(words.indexOf('install') + 1).filter((w) => w !== 'install');
      const unpinned = packages.filter((p) => !pinned(p));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; pin with \`name==version\`.` });
    }
    return reports;
  },
});
