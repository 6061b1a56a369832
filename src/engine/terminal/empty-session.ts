/** A new terminal session: no images, no containers, no build cache. (Its own file: the page imports it alone.) */
import type { TerminalSession } from './types.ts';

export function emptySession(): TerminalSession {
  return { version: 1, images: [], containers: [], cache: undefined, serial: 0, compose: undefined };
}
