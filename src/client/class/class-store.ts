/** The class this browser is following (from the last `/class/?lessons=…` link opened), in localStorage. */
import { PREFIX, readItem, writeItem } from '../storage/safe-storage.ts';

export interface RememberedClass {
  readonly lessons: readonly { readonly id: string; readonly title: string }[];
}

const KEY = `${PREFIX}class`;

export function rememberClass(lessons: RememberedClass['lessons']): void {
  writeItem(KEY, JSON.stringify({ lessons: lessons.slice(0, 50) }));
}

export function readClass(): RememberedClass | undefined {
  try {
    const value = JSON.parse(readItem(KEY) ?? 'null') as { lessons?: unknown } | null;
    if (!value || !Array.isArray(value.lessons)) return undefined;
    const lessons = value.lessons.filter((l): l is { id: string; title: string } => typeof l?.id === 'string' && typeof l?.title === 'string');
    return lessons.length > 0 ? { lessons } : undefined;
  } catch {
    return undefined;
  }
}
