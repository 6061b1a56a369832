import { allRules } from '../engine/lint/index.ts';
import type { RuleMeta } from '../engine/lint/index.ts';

/**
 * The rule pages' data, straight from the lint rules' metadata (nobody keeps a list of rules by hand). Sorted by
 * id so the index reads alphabetically.
 */
export function ruleMetas(): RuleMeta[] {
  return allRules.map((rule) => rule.meta).sort((a, b) => a.id.localeCompare(b.id));
}

/** Where a source code comes from, in words. */
export function sourceLabel(source: RuleMeta['sources'][number]): string {
  return source.tool === 'hadolint' ? `hadolint ${source.code}` : `Docker build check ${source.code}`;
}

/** Text with `code spans` split for rendering: odd parts are code. */
export function codeParts(text: string): { readonly text: string; readonly code: boolean }[] {
  return text.split('`').map((part, i) => ({ text: part, code: i % 2 === 1 }));
}
