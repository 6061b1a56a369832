/**
 * localStorage that never throws and never fails silently. Reading `window.localStorage` itself throws when the
 * browser blocks storage for the site; `setItem` throws when the quota is full. Both come back as values the
 * workbench shows to the learner.
 */
export type StorageProblem = 'full' | 'blocked';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly problem: StorageProblem; readonly message: string };

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

export function readItem(key: string): string | undefined {
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeItem(key: string, value: string): WriteResult {
  const store = storage();
  if (!store) return { ok: false, problem: 'blocked', message: 'This browser blocks storage for this site, so your work cannot be saved.' };
  try {
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return isQuotaError(error)
      ? { ok: false, problem: 'full', message: 'The browser’s storage for this site is full, so your latest changes are not saved.' }
      : { ok: false, problem: 'blocked', message: `Your work could not be saved (${error instanceof Error ? error.message : String(error)}).` };
  }
}

export function removeItem(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Removing is best effort: nothing is lost when it fails.
  }
}

export function listKeys(prefix: string): string[] {
  const store = storage();
  if (!store) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** Every key Shipshape writes starts with this, and carries a format version. */
export const PREFIX = 'shipshape:v1:';
