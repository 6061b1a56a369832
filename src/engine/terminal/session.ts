/**
 * The simulated daemon's state between commands, and lookups in it the way the Docker CLI resolves names:
 * an image by `name[:tag]` (tag `latest` when left out) or by a prefix of its id; a container by its name or by a
 * prefix of its id.
 */
import { parseReference } from '../catalog/index.ts';
import type { SessionContainer, SessionImage, TerminalSession } from './types.ts';

export { emptySession } from './empty-session.ts';

/** `app` → `app:latest`; `myorg/app:1.2` stays; `undefined` when it is not a valid reference. */
export function familiarTag(text: string): string | undefined {
  const parsed = parseReference(text);
  if (!parsed.ok || parsed.ref.digest !== undefined || parsed.ref.scratch) return undefined;
  return parsed.ref.familiar.includes(':') ? parsed.ref.familiar : `${parsed.ref.familiar}:${parsed.ref.tag}`;
}

export function canonicalName(familiar: string): string {
  const parsed = parseReference(familiar);
  return parsed.ok ? parsed.ref.canonical : familiar;
}

export function findImage(session: TerminalSession, text: string): SessionImage | undefined {
  const tag = familiarTag(text);
  const byTag = tag === undefined ? undefined : session.images.find((image) => image.tags.includes(tag));
  if (byTag) return byTag;
  const hex = text.startsWith('sha256:') ? text.slice(7) : text;
  if (/^[0-9a-f]{4,64}$/.test(hex)) return session.images.find((image) => image.id.slice(7).startsWith(hex));
  return undefined;
}

export function findContainer(session: TerminalSession, text: string): SessionContainer | undefined {
  const name = text.startsWith('/') ? text.slice(1) : text;
  return (
    session.containers.find((c) => c.name === name) ??
    (/^[0-9a-f]{1,64}$/.test(text) ? session.containers.find((c) => c.id.startsWith(text)) : undefined)
  );
}

export function replaceContainer(session: TerminalSession, container: SessionContainer): TerminalSession {
  return { ...session, containers: session.containers.map((c) => (c.id === container.id ? container : c)) };
}
