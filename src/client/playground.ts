/**
 * The playground page: a workbench on a sample project, opened from a share link when the URL carries one. A shared
 * copy is saved under its own key, so opening someone's link never replaces the learner's own playground work.
 */
import type { WorkbenchPayload } from '../lessons/workbench-payload.ts';
import { part } from './dom.ts';
import { mountWorkbench, type MountOptions } from './workbench.ts';
import { createNotices } from './workbench-controls.ts';
import { decodeShare, encodeShare, shareId } from './share/share-link.ts';

export async function mountPlayground(root: HTMLElement): Promise<void> {
  const payload = JSON.parse(part(root, '[data-workbench-data]').textContent ?? '{}') as WorkbenchPayload;
  const notices = createNotices(root);
  let options: MountOptions = {};
  const match = /^#share=(.+)$/.exec(location.hash);
  if (match) {
    const encoded = match[1]!;
    const decoded = await decodeShare(encoded);
    if (decoded.ok) {
      const files = Object.fromEntries(payload.editable.map((f) => [f, decoded.files[f] ?? payload.files[f] ?? '']));
      options = { initialFiles: files, storageKey: `${payload.key}/shared-${shareId(encoded)}` };
      notices.show('share', 'You opened a shared link: edits are saved as a separate copy, and your own playground is unchanged.', [
        { label: 'Back to my playground', run: () => location.assign(location.pathname) },
      ]);
    } else {
      notices.show('share', `${decoded.message} Your own playground is shown instead.`);
    }
    root.dataset.share = decoded.ok ? 'opened' : 'refused';
  }
  const handle = mountWorkbench(root, options);

  const button = document.querySelector<HTMLButtonElement>('[data-share-button]');
  const field = document.querySelector<HTMLElement>('[data-share-field]');
  const input = document.querySelector<HTMLInputElement>('[data-share-url]');
  const status = document.querySelector<HTMLElement>('[data-share-status]');
  if (!button || !field || !input || !status) return;
  button.disabled = false;
  button.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}#share=${await encodeShare(handle.files())}`;
    input.value = url;
    field.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = `Link copied (${url.length} characters).`;
    } catch {
      input.select();
      status.textContent = 'Copy the link from the field above.';
    }
    button.dataset.shared = 'true';
  });
}
