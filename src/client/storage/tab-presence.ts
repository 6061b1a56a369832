/**
 * Tells a workbench when the same exercise is open in another tab of this browser, so the learner knows before
 * the two copies diverge. BroadcastChannel only carries who is open; the saved files travel through
 * localStorage (see work-store.ts). Browsers without BroadcastChannel simply get no early notice.
 */
type Message = { readonly type: 'open' | 'here' | 'closed'; readonly key: string; readonly tab: string };

export function watchPresence(key: string, tab: string, onChange: (otherTabs: number) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel('shipshape:v1:presence');
  const others = new Set<string>();
  const send = (type: Message['type']): void => channel.postMessage({ type, key, tab } satisfies Message);
  channel.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.key !== key || message.tab === tab) return;
    const before = others.size;
    if (message.type === 'closed') others.delete(message.tab);
    else others.add(message.tab);
    if (message.type === 'open') send('here');
    if (others.size !== before) onChange(others.size);
  });
  const close = (): void => send('closed');
  window.addEventListener('pagehide', close);
  send('open');
  return () => {
    close();
    window.removeEventListener('pagehide', close);
    channel.close();
  };
}
