import { describe, expect, test } from 'vitest';
import { parseVolumeSpec } from './volume-spec.ts';

describe('parseVolumeSpec (compose-go format.ParseVolume)', () => {
  test.each([
    ['db-data:/var/lib/postgresql/data', { type: 'volume', source: 'db-data', target: '/var/lib/postgresql/data', readOnly: false, createHostPath: false }],
    ['./data:/data:ro', { type: 'bind', source: './data', target: '/data', readOnly: true, createHostPath: true }],
    ['/var/run/docker.sock:/var/run/docker.sock', { type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: false, createHostPath: true }],
    ['~/cache:/cache:rw', { type: 'bind', source: '~/cache', target: '/cache', readOnly: false, createHostPath: true }],
    ['/data', { type: 'volume', source: undefined, target: '/data', readOnly: false, createHostPath: false }],
    ['C:\\data:/data', { type: 'bind', source: 'C:\\data', target: '/data', readOnly: false, createHostPath: true }],
    ['${DATA:-./d}:/d', { type: 'volume', source: '${DATA:-./d}', target: '/d', readOnly: false, createHostPath: false }],
    ['vol:/d:nocopy,ro', { type: 'volume', source: 'vol', target: '/d', readOnly: true, createHostPath: false }],
    // A one-letter source followed by a colon reads as a Windows drive, as in compose-go.
    ['v:/d:ro', { type: 'bind', source: 'v:/d', target: 'ro', readOnly: false, createHostPath: true }],
  ])('%s', (spec, expected) => {
    expect(parseVolumeSpec(spec)).toEqual({ ok: true, spec: expected });
  });

  test.each([
    ['', 'invalid empty volume spec'],
    ['ab::c', 'invalid spec: ab::c: empty section between colons'],
    ['ab:/b:ro:x', 'invalid spec: ab:/b:ro:x: too many colons'],
  ])('%j is refused', (spec, message) => {
    expect(parseVolumeSpec(spec)).toEqual({ ok: false, message });
  });
});
