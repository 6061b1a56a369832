import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';

/** Why a key breaks Docker's label key format, or `undefined` when it follows it. */
function problem(key: string): string | undefined {
  if (/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return 'uses a namespace reserved for Docker';
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
  if (/[^0-9a-z._/-]/.test(key)) return 'may only contain lower-case letters, digits, `.`, `-`, `_` and `/`';
  if (key.includes('..') || key.includes('--')) return 'must not contain `..` or `--`';
  return undefined;
}

/** Docker's label key format: reverse-DNS, lower case, no reserved namespaces. */
export const labelKeyInvalid = defineRule({
  meta: {
    id: 'label-key-invalid',
    severity: 'style',
    sources: [{ tool: 'hadolint', code: 'DL3048' }],
    title: 'Label key outside Docker\'s key format',
    explanation:
      'Docker\'s object-label guidelines ask for keys in reverse-DNS notation (`org.opencontainers.image.source`), lower case, starting with a letter, without `..` or `--`, and outside the `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces that Docker reserves. Tools that filter or index labels rely on that shape.',
    suggestion: 'Use a lower-case reverse-DNS key, preferably an OCI one: `LABEL org.opencontainers.image.version="1.2.3"`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nLABEL Version="1.2.3"\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.2.3"\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'label') return undefined;
    const reports: Report[] = [];
    for (const pair of instruction.pairs) {
      const key = dropQuotes(pair.key);
      const why = problem(key);
      if (why) reports.push({ range: pair.keyRange, message: `Label key \`${key}\` ${why}.` });
    }
    return reports;
  },
});
