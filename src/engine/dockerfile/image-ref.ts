/**
 * Splits FROM's image argument into name, tag and digest as written (`name[:tag][@digest]`,
 * distribution/reference grammar). `${VAR:-x}` is skipped over so its `:` is not taken for a tag.
 */
import type { ImageRef } from './ast.ts';
import type { Locator } from './locator.ts';
import { locateRange } from './locator.ts';

/** Indexes of characters outside `${...}`. */
function topLevel(text: string, predicate: (c: string) => boolean): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
      continue;
    }
    if (c === '}' && depth > 0) {
      depth--;
      continue;
    }
    if (depth === 0 && predicate(c)) out.push(i);
  }
  return out;
}

export function parseImageRef(text: string, start: number, locator: Locator): ImageRef {
  const at = topLevel(text, (c) => c === '@')[0];
  const nameAndTag = at === undefined ? text.length : at;
  const colons = topLevel(text.slice(0, nameAndTag), (c) => c === ':' || c === '/');
  const last = colons[colons.length - 1];
  const colon = last !== undefined && text[last] === ':' ? last : undefined;
  const nameEnd = colon ?? nameAndTag;
  const r = (s: number, e: number) => locateRange(locator, start + s, start + e);
  return {
    text,
    range: r(0, text.length),
    name: text.slice(0, nameEnd),
    nameRange: r(0, nameEnd),
    tag: colon === undefined ? undefined : text.slice(colon + 1, nameAndTag),
    tagRange: colon === undefined ? undefined : r(colon + 1, nameAndTag),
    digest: at === undefined ? undefined : text.slice(at + 1),
    digestRange: at === undefined ? undefined : r(at + 1, text.length),
    hasVariables: text.includes('$'),
  };
}
