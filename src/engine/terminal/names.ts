/**
 * Container ids and names. Docker draws them at random (moby internal/namesgenerator: `<adjective>_<surname>`);
 * the terminal derives them from the session's serial number instead, so a session replays identically. The
 * words are a few of moby's own lists.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const LEFT = [
  'admiring', 'brave', 'clever', 'dreamy', 'eager', 'festive', 'gracious', 'happy',
  'jolly', 'keen', 'loving', 'modest', 'nifty', 'peaceful', 'quirky', 'relaxed',
  'serene', 'tender', 'upbeat', 'vibrant', 'wizardly', 'youthful', 'zealous',
] as const;

const RIGHT = [
  'albattani', 'bell', 'curie', 'darwin', 'einstein', 'franklin', 'goldberg', 'hopper',
  'joliot', 'kepler', 'lovelace', 'meitner', 'noether', 'pasteur', 'ritchie', 'shannon',
  'tesla', 'turing', 'volhard', 'wilson', 'yonath',
] as const;

/** `<adjective>_<surname>` for the n-th container of a session. */
export function containerName(serial: number): string {
  const left = LEFT[(serial * 7) % LEFT.length]!;
  const right = RIGHT[(serial * 11 + 3) % RIGHT.length]!;
  return `${left}_${right}`;
}

/** A 64-hex container id, stable for a session's n-th container of an image. */
export function containerId(serial: number, imageId: string): string {
  return bytesToHex(sha256(utf8ToBytes(`container:${serial}:${imageId}`)));
}

/** The image id `docker history` shows on its top row (the first cell of its second line), as `sha256:<hex>`. */
export function imageIdFromHistory(history: string): string | undefined {
  const row = history.split('\n')[1];
  const id = row?.split(/\s+/)[0];
  return id && /^[0-9a-f]{12}$/.test(id) ? id : undefined;
}
