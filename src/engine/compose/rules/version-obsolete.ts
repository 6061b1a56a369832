import { defineComposeRule } from '../lint-rule.ts';

/** `version: "3.8"` — ignored by Compose v2, which warns about it. */
export const versionObsolete = defineComposeRule({
  meta: {
    id: 'version-obsolete',
    severity: 'warning',
    title: '`version` is obsolete',
    explanation:
      'The Compose Specification has no file versions: `docker compose` reads every key it knows whatever `version` says, ignores the line and prints "the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion". Keeping it suggests that the number limits which features you can use; it does not.',
    suggestion: 'Delete the `version:` line.',
    examples: {
      bad: [{ compose: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n' }],
      good: [{ compose: 'services:\n  web:\n    image: nginx:1.27\n' }],
    },
  },
  project(model) {
    return model.versions.map((v) => {
      const { start, end } = v.loc.range;
      const lineStart = { line: start.line, column: 1, offset: start.offset - (start.column - 1) };
      return {
        loc: v.loc,
        message: `version: "${v.value}" is ignored by docker compose; remove it.`,
        fix: { title: 'Remove `version`', edits: [{ range: { start: lineStart, end }, text: '' }] },
      };
    });
  },
});
