import { describe, expect, it } from 'vitest';
import { analyzeEfficiency } from './efficiency.ts';
import type { ImageLayer, LayerChange } from './layer.ts';

const MB = 1_000_000;

function layer(changes: readonly LayerChange[], extra: Partial<ImageLayer> = {}): ImageLayer {
  const bytes = changes.reduce((sum, c) => sum + c.bytes, 0);
  return { createdBy: 'RUN x', emptyLayer: false, bytes, changes, line: undefined, fromBase: false, ...extra };
}
const file = (path: string, bytes: number): LayerChange => ({ path, kind: 'file', bytes });
const dir = (path: string): LayerChange => ({ path, kind: 'dir', bytes: 0 });
const whiteout = (path: string): LayerChange => ({ path, kind: 'whiteout', bytes: 0 });

describe('dive’s own tests (dive/filetree/efficiency_test.go)', () => {
  const nginx = [
    layer([file('/etc/nginx/nginx.conf', 2000), file('/etc/nginx/public', 3000)]),
    layer([file('/etc/nginx/nginx.conf', 5000), file('/etc/athing', 10000)]),
    layer([whiteout('/etc/nginx')]),
  ];

  it('TestEfficiency: 0.75, nginx.conf wasted 7000 bytes (implicit directories, as in the test)', () => {
    const r = analyzeEfficiency(nginx, { implicitParentsAreDirs: false });
    expect(r.score).toBe(0.75);
    expect(r.scorePercent).toBe(75);
    expect(r.inefficiencies).toEqual([{ path: '/etc/nginx/nginx.conf', count: 2, totalBytes: 7000 }]);
    expect(r.wastedBytes).toBe(7000);
  });

  it('the same layers as real tars (parents are directory entries): the whiteout weighs 8000', () => {
    const r = analyzeEfficiency(nginx);
    expect(r.score).toBeCloseTo(23000 / 28000, 12);
    expect(r.scorePercent).toBe(82);
    expect(r.inefficiencies).toEqual([{ path: '/etc/nginx/nginx.conf', count: 2, totalBytes: 7000 }]);
  });

  it('TestEfficiency_ScratchImage: 1.0 and nothing wasted', () => {
    const r = analyzeEfficiency([layer([file('/nothing', 0)]), layer([]), layer([])]);
    expect(r.score).toBe(1);
    expect(r.inefficiencies).toEqual([]);
  });
});

describe('whiteouts: where deleting saves space and where it does not', () => {
  const base = layer([dir('/usr'), file('/usr/bin/app', 50 * MB)]);
  const cases: readonly (readonly [name: string, layers: readonly ImageLayer[], score: number, wasted: number, listed: readonly string[]])[] = [
    [
      'download, unpack and rm in the same RUN: the archive never reaches a layer',
      [base, layer([file('/opt/tool/bin', 30 * MB)])],
      1,
      0,
      [],
    ],
    [
      'rm of a file in a later RUN: both copies count, the whole file is waste',
      [base, layer([file('/tmp/big.tar', 100 * MB)]), layer([whiteout('/tmp/big.tar')])],
      50 / 150,
      100 * MB,
      ['/tmp/big.tar'],
    ],
    [
      'rm -rf of a directory in a later RUN: one whiteout node, not listed, and the score goes up',
      [base, layer([file('/var/lib/apt/lists/a', 30 * MB), file('/var/lib/apt/lists/b', 20 * MB)]), layer([whiteout('/var/lib/apt/lists')])],
      1,
      0,
      [],
    ],
    [
      'rm -rf dir/* in a later RUN: one whiteout per entry, each listed',
      [
        base,
        layer([file('/var/lib/apt/lists/a', 30 * MB), file('/var/lib/apt/lists/b', 20 * MB)]),
        layer([whiteout('/var/lib/apt/lists/a'), whiteout('/var/lib/apt/lists/b')]),
      ],
      50 / 100,
      50 * MB,
      ['/var/lib/apt/lists/a', '/var/lib/apt/lists/b'],
    ],
    [
      'a file overwritten later: every version counts, the smallest is the minimum',
      [base, layer([file('/app/config', 10 * MB)]), layer([file('/app/config', 30 * MB)])],
      (50 + 10) / (50 + 40),
      40 * MB,
      ['/app/config'],
    ],
    [
      'chmod in a later RUN copies the file up whole',
      [base, layer([file('/usr/bin/app', 50 * MB)])],
      0.5,
      100 * MB,
      ['/usr/bin/app'],
    ],
    [
      'an opaque directory marker is ignored, as dive ignores it',
      [base, layer([file('/var/cache/x', 10 * MB)]), layer([{ path: '/var/cache', kind: 'opaque', bytes: 0 }, file('/var/cache/y', 5 * MB)])],
      1,
      0,
      [],
    ],
    [
      'the same empty directory in two layers is listed with 0 bytes',
      [base, layer([dir('/app')]), layer([dir('/app')])],
      1,
      0,
      ['/app'],
    ],
    [
      'a whiteout of something that was never there stops dive’s walk of that layer (and counts -1)',
      [layer([file('/a', 10)]), layer([whiteout('/nope'), file('/z', 5)])],
      9 / 10,
      0,
      [],
    ],
  ];
  it.each(cases)('%s', (_name, layers, score, wasted, listed) => {
    const r = analyzeEfficiency(layers);
    expect(r.score).toBeCloseTo(score, 12);
    expect(r.wastedBytes).toBe(wasted);
    expect(r.inefficiencies.map((i) => i.path)).toEqual(listed);
  });

  it('lists the largest first', () => {
    const r = analyzeEfficiency([
      layer([file('/a', 1), file('/b', 300), file('/c', 20)]),
      layer([whiteout('/a'), whiteout('/b'), whiteout('/c')]),
    ]);
    expect(r.inefficiencies.map((i) => [i.path, i.count, i.totalBytes])).toEqual([
      ['/b', 2, 300],
      ['/c', 2, 20],
      ['/a', 2, 1],
    ]);
  });
});

describe('sizes as dive reports them (dive/image/analysis.go)', () => {
  it('user size leaves out only the first layer; history entries without a layer are skipped', () => {
    const r = analyzeEfficiency([
      layer([], { bytes: 0, emptyLayer: true, createdBy: 'ARG RELEASE' }),
      layer([file('/etc/os-release', 100)], { bytes: 80 * MB, fromBase: true }),
      layer([], { bytes: 0, emptyLayer: true, createdBy: 'CMD ["bash"]' }),
      layer([file('/tmp/x', 5 * MB)], { bytes: 5 * MB }),
      layer([whiteout('/tmp/x')], { bytes: 0 }),
    ]);
    expect(r.layers).toBe(3);
    expect(r.imageBytes).toBe(85 * MB);
    expect(r.userBytes).toBe(5 * MB);
    expect(r.wastedBytes).toBe(5 * MB);
    expect(r.userWastedPercent).toBe(1);
  });

  it('a wasted share over an empty user size is NaN, as Go’s float division gives', () => {
    expect(analyzeEfficiency([layer([file('/a', 1)])]).userWastedPercent).toBeNaN();
  });
});

describe('scale', () => {
  it('a layer of 100,000 files and a later layer deleting them all', () => {
    const files = Array.from({ length: 100_000 }, (_, i) => file(`/data/d${i % 100}/f${i}`, 1000));
    const started = performance.now();
    const r = analyzeEfficiency([
      layer([file('/bin/sh', 1)]),
      layer(files),
      layer(files.map((f) => whiteout(f.path))),
      layer([whiteout('/data')]),
    ]);
    expect(r.inefficiencies).toHaveLength(100_000);
    expect(r.wastedBytes).toBe(100_000_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
