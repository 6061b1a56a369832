import { describe, expect, test } from 'vitest';
import { layer, MB, run, step } from './testing/build-helpers.ts';
import { lookupPath } from './filesystem-query.ts';

describe('layers are filesystem diffs', () => {
  test.each([
    {
      name: 'deleting in a later RUN leaves the bytes in the image (whiteouts, dive counts the waste)',
      dockerfile: `
        FROM debian:bookworm-slim
        RUN apt-get update
        RUN rm -rf /var/lib/apt/lists/*`,
      listsLayerMB: [19, 21],
      wastedMB: [19, 21],
    },
    {
      name: 'deleting in the same RUN leaves nothing',
      dockerfile: `
        FROM debian:bookworm-slim
        RUN apt-get update && rm -rf /var/lib/apt/lists/*`,
      listsLayerMB: [0, 0.01],
      wastedMB: [0, 0.01],
    },
  ])('$name', ({ dockerfile, listsLayerMB, wastedMB }) => {
    const r = run(dockerfile);
    expect(r.ok).toBe(true);
    const bytes = layer(r, 2).bytes / MB;
    expect(bytes).toBeGreaterThanOrEqual(listsLayerMB[0] as number);
    expect(bytes).toBeLessThanOrEqual(listsLayerMB[1] as number);
    const wasted = (r.image?.wastedBytes ?? 0) / MB;
    expect(wasted).toBeGreaterThanOrEqual(wastedMB[0] as number);
    expect(wasted).toBeLessThanOrEqual(wastedMB[1] as number);
  });

  test('a later rm writes whiteouts for what it removed', () => {
    const r = run(`
      FROM debian:bookworm-slim
      RUN apt-get update
      RUN rm -rf /var/lib/apt/lists/*`);
    const changes = layer(r, 3).changes;
    expect(changes.length).toBeGreaterThan(3);
    expect(changes.every((c) => c.kind === 'whiteout' && c.path.startsWith('/var/lib/apt/lists/'))).toBe(true);
    expect(layer(r, 3).bytes).toBe(0);
  });

  test('removing a directory made in an earlier layer is one whiteout; re-making it is an opaque directory', () => {
    const r = run(`
      FROM alpine:3.21
      RUN mkdir -p /data && echo one > /data/a && echo two > /data/b
      RUN rm -rf /data
      RUN rm -rf /data2 && mkdir -p /data2 && rm -rf /data && mkdir /data && echo three > /data/c`);
    expect(layer(r, 3).changes).toEqual([{ path: '/data', kind: 'whiteout', bytes: 0 }]);
    const opaque = layer(r, 4).changes;
    expect(opaque.map((c) => c.kind)).not.toContain('opaque'); // /data did not exist before line 4
    const r2 = run(`
      FROM alpine:3.21
      RUN mkdir -p /data && echo one > /data/a
      RUN rm -rf /data && mkdir /data && echo two > /data/b`);
    expect(layer(r2, 3).changes).toEqual([
      { path: '/data', kind: 'opaque', bytes: 0 },
      { path: '/data', kind: 'dir', bytes: 0 },
      { path: '/data/b', kind: 'file', bytes: 4 },
    ]);
  });

  test.each([
    ['chmod', 'RUN chmod 700 /app/big.bin'],
    ['chown', 'RUN chown nobody /app/big.bin'],
    ['touch', 'RUN touch /app/big.bin'],
  ])('%s of a file from an earlier layer copies it up whole', (_name, line) => {
    const r = run(`
      FROM debian:bookworm-slim
      COPY big.bin /app/big.bin
      ${line}`, [{ path: 'big.bin', size: 50 * MB }]);
    expect(r.ok).toBe(true);
    expect(layer(r, 3).bytes).toBe(50 * MB);
    expect(r.image?.wastedBytes).toBe(100 * MB);
  });

  test.each([
    { kind: 'cache', mount: '--mount=type=cache,target=/cache', target: '/cache' },
    { kind: 'bind (rw)', mount: '--mount=type=bind,target=/src,rw', target: '/src' },
    { kind: 'tmpfs', mount: '--mount=type=tmpfs,target=/scratch', target: '/scratch' },
  ])('a $kind mount never lands in the layer', ({ mount, target }) => {
    const r = run(`
      FROM python:3.12-slim
      RUN ${mount} mkdir -p ${target}/x && echo hi > ${target}/x/f && echo kept > /kept`, [{ path: 'requirements.txt', content: 'flask\n' }]);
    expect(r.ok).toBe(true);
    const changes = layer(r, 2).changes;
    expect(changes.filter((c) => c.path.startsWith(target))).toEqual([]);
    expect(changes.map((c) => c.path)).toContain('/kept');
    expect(lookupPath(r.image!.filesystem, `${target}/x/f`)).toBeUndefined();
  });

  test('a secret mount is readable while the RUN runs and absent from the layer and the image', () => {
    const r = run(`
      FROM alpine:3.21
      RUN --mount=type=secret,id=token cat /run/secrets/token > /dev/null && test -f /run/secrets/token && echo ok > /ok`);
    expect(r.ok).toBe(true);
    expect(layer(r, 2).changes.filter((c) => c.path.startsWith('/run/secrets'))).toEqual([]);
    expect(lookupPath(r.image!.filesystem, '/run/secrets/token')).toBeUndefined();
    expect(lookupPath(r.image!.filesystem, '/ok')).toBeDefined();
  });

  test('pip without a cache mount leaves its cache in the layer; with one, it does not', () => {
    const without = run(`
      FROM python:3.12-slim
      RUN pip install flask`);
    const withMount = run(`
      FROM python:3.12-slim
      RUN --mount=type=cache,target=/root/.cache/pip pip install flask`);
    expect(layer(without, 2).changes.some((c) => c.path.startsWith('/root/.cache/pip'))).toBe(true);
    expect(layer(withMount, 2).changes.some((c) => c.path.startsWith('/root/.cache/pip'))).toBe(false);
    expect(layer(without, 2).bytes).toBeGreaterThan(layer(withMount, 2).bytes);
  });

  test.each([
    ['RUN makes a layer even when nothing changes', 'RUN true', 2, true],
    ['WORKDIR makes a layer', 'WORKDIR /app', 2, true],
    ['ENV makes none', 'ENV A=1', 2, false],
    ['LABEL makes none', 'LABEL a=b', 2, false],
    ['USER makes none', 'USER nobody', 2, false],
    ['EXPOSE makes none', 'EXPOSE 80', 2, false],
    ['WORKDIR / makes none', 'WORKDIR /', 2, false],
  ])('%s', (_name, instruction, line, makesLayer) => {
    const r = run(`
      FROM alpine:3.21
      ${instruction}`);
    const entry = r.image?.layers.find((l) => l.line === line);
    expect(entry).toBeDefined();
    expect(entry?.emptyLayer).toBe(!makesLayer);
  });

  test('image layers: the base image first, then ours; history and sizes add up', () => {
    const r = run(`
      FROM alpine:3.21
      RUN echo hello > /greeting
      CMD ["cat", "/greeting"]`);
    const layers = r.image?.layers ?? [];
    expect(layers[0]?.fromBase).toBe(true);
    expect(layers.at(-2)?.createdBy).toBe('RUN /bin/sh -c echo hello > /greeting # buildkit');
    expect(layers.at(-1)?.createdBy).toBe('CMD ["cat" "/greeting"]');
    expect(r.image?.diskBytes).toBe(7_800_000 + 6);
    expect(r.image?.history.map((h) => h.createdBy)).toEqual(layers.map((l) => l.createdBy));
    expect(lookupPath(r.image!.filesystem, '/greeting')).toMatchObject({ kind: 'file', bytes: 6, text: 'hello\n' });
    expect(step(r, 2).layerBytes).toBe(6);
  });
});
