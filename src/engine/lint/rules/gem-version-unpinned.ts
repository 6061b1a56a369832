import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { argTexts, commandsCalled, runScript } from '../shell-queries.ts';

/** `gem install rails` installs the newest release on build day. */
export const gemVersionUnpinned = defineRule({
  meta: {
    id: 'gem-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3028' }],
    title: '`gem install` without a version',
    explanation:
      '`gem install bundler` installs the newest release on the day of the build, so rebuilding the same Dockerfile can bring in a new major version. `gem install bundler:2.5.22` (or `-v 2.5.22`) makes the image reproducible.',
    suggestion: 'Name the version: `gem install bundler:2.5.22`, or `gem install bundler -v 2.5.22`.',
    examples: {
      bad: [{ dockerfile: 'FROM ruby:3.3-slim\nRUN gem install bundler\n' }],
      good: [{ dockerfile: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['gem'], ['install', 'i'])) {
      const args = argTexts(cmd);
      if (args.includes('-v') || args.includes('--version') || args.some((a) => a.startsWith('--version='))) continue;
      // Options before `--` are taken to carry a value (`--install-dir DIR`); what follows `--` is for the gem's build.
      const gems: string[] = [];
      const before = args.indexOf('--') < 0 ? args : args.slice(0, args.indexOf('--'));
      for (let i = 0; i < before.length; i++) {
        const a = before[i]!;
        if (a.startsWith('-')) i++;
        else if (a !== 'install' && a !== 'i') gems.push(a);
      }
      const unpinned = gems.filter((g) => !g.includes(':'));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((g) => `\`${g}\``).join(', ')}; pin with \`name:version\`.` });
    }
    return reports;
  },
});
