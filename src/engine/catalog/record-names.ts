// How a record is named: its familiar reference ('python:3.12') and whether a reference points at its repository.
import type { ImageReference } from './reference.ts';
import type { ImageRecord } from './types.ts';

export function sameRepository(record: ImageRecord, ref: ImageReference): boolean {
  if (ref.scratch) return record.repository === 'scratch';
  return record.repository === ref.repository || (record.repositoryAliases ?? []).includes(ref.repository);
}

export function familiarOf(record: ImageRecord): string {
  if (record.repository === 'scratch') return 'scratch';
  const short = record.repository.startsWith('docker.io/library/')
    ? record.repository.slice('docker.io/library/'.length)
    : record.repository.startsWith('docker.io/') ? record.repository.slice('docker.io/'.length) : record.repository;
  return `${short}:${record.tag}`;
}
