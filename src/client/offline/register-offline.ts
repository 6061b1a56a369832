/**
 * Registers the service worker (dist/sw.js, written by scripts/build-sw.ts) so the site keeps working with the
 * network gone after the first visit, and says so: `<html data-offline="ready">` once every file is cached, a short
 * status for whoever shows it, and an offer to reload when a newer version has been cached.
 */
export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'update' | 'failed';

export interface OfflineCallbacks {
  readonly onState?: (state: OfflineState, text: string) => void;
}

const TEXT: Readonly<Record<OfflineState, string>> = {
  unsupported: 'This browser cannot keep the site for offline use.',
  installing: 'Saving the course for offline use…',
  ready: 'Works offline: the course is saved in this browser.',
  update: 'A newer version is saved. Reload to use it.',
  failed: 'The course could not be saved for offline use.',
};

export function registerOffline(callbacks: OfflineCallbacks = {}): void {
  const report = (state: OfflineState): void => {
    document.documentElement.dataset.offline = state;
    callbacks.onState?.(state, TEXT[state]);
  };
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return report('unsupported');
  report(navigator.serviceWorker.controller ? 'ready' : 'installing');
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then((registration) => {
      const watch = (worker: ServiceWorker | null): void => {
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'activated') report('ready');
          if (worker.state === 'installed' && navigator.serviceWorker.controller && registration.waiting) report('update');
          if (worker.state === 'redundant' && !registration.active) report('failed');
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) report('update');
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      return navigator.serviceWorker.ready.then(() => {
        if (document.documentElement.dataset.offline !== 'update') report('ready');
      });
    })
    .catch(() => report('failed'));
}

/** Asks a waiting worker to take over, then reloads into the new version. */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  if (!registration?.waiting) return location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  registration.waiting.postMessage({ type: 'skip-waiting' });
}
