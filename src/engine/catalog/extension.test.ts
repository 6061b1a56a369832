import { describe, expect, test } from 'vitest';
import { lookupImage, parseCatalogExtension, pathExists } from './index.ts';

const GOOD = {
  version: 1,
  name: 'platform team base images',
  images: [
    {
      ref: 'registry.example.com/platform/python:3.12',
      aliases: ['3.12-2026.11'],
      from: 'python:3.12-slim',
      layers: [
        { createdBy: 'RUN /bin/sh -c pip install --no-cache-dir -r /tmp/requirements.txt # buildkit', bytes: 52_000_000 },
        { createdBy: 'USER 10001', bytes: 0, emptyLayer: true },
      ],
      config: { user: '10001', env: { PIP_NO_CACHE_DIR: '1' } },
      users: [{ name: 'app', uid: 10001 }],
      tools: { curl: '/usr/bin/curl' },
      source: 'docker images on CI, 2026-11',
      confidence: 'measured',
    },
    {
      ref: 'registry.example.com/platform/python:3.12-debug',
      from: 'registry.example.com/platform/python:3.12',
      layers: [{ createdBy: 'RUN apt-get install -y procps', bytes: 3_000_000 }],
    },
    {
      ref: 'registry.example.com/platform/static-runner:1',
      os: { libc: 'none', shell: 'none', packageManager: 'none' },
      layers: [{ createdBy: 'COPY runner /runner', bytes: 9_000_000 }],
      config: { entrypoint: ['/runner'] },
    },
  ],
};

describe('a good team catalog', () => {
  const parsed = parseCatalogExtension(GOOD, 'team-images.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const extra = [parsed.catalog];

  test('team images inherit libc, shell, users and layers from their official base', () => {
    const r = lookupImage('registry.example.com/platform/python:3.12', { extra });
    expect(r.match).toBe('exact');
    expect(r.team).toBe(true);
    expect(r.image.os.libc).toBe('glibc');
    expect(r.image.os.shell?.impl).toBe('dash');
    expect(r.image.config.user).toBe('10001');
    expect(r.image.config.cmd).toEqual(['python3']);
    expect(r.image.config.env.PIP_NO_CACHE_DIR).toBe('1');
    expect(r.image.users.map((u) => u.name)).toContain('app');
    const base = lookupImage('python:3.12-slim').image;
    expect(r.image.onDisk.bytes).toBe(base.onDisk.bytes + 52_000_000);
    expect(r.image.layers.items.length).toBe(base.layers.items.length + 2);
    expect(pathExists(r.image, '/usr/bin/curl')).toBe(true);
    expect(r.image.onDisk.source).toMatch(/docker images on CI/);
  });

  test('a team image can build on an earlier team image; aliases work', () => {
    const r = lookupImage('registry.example.com/platform/python:3.12-debug', { extra });
    expect(r.image.config.user).toBe('10001');
    expect(r.image.onDisk.bytes).toBe(lookupImage('python:3.12-slim').image.onDisk.bytes + 55_000_000);
    expect(lookupImage('registry.example.com/platform/python:3.12-2026.11', { extra }).match).toBe('alias');
  });

  test('an image without a base says what it is made of', () => {
    const r = lookupImage('registry.example.com/platform/static-runner:1', { extra });
    expect(r.image.os.libc).toBe('none');
    expect(r.image.os.shell).toBeUndefined();
    expect(pathExists(r.image, '/bin/sh')).toBe(false);
    expect(r.image.config.entrypoint).toEqual(['/runner']);
    expect(r.image.onDisk.bytes).toBe(9_000_000);
  });

  test('the JSON text is accepted too', () => {
    expect(parseCatalogExtension(JSON.stringify(GOOD)).ok).toBe(true);
  });
});

describe('a bad team catalog gets path-level, friendly errors', () => {
  test.each([
    [{ version: 2, images: [] }, 'version', /expected 1, found the number 2/],
    [{ version: 1, images: [] }, 'images', /at least 1 item/],
    [{ version: 1, images: [{ ref: 'x/y:1', from: 'alpine', layers: [{ createdBy: 'RUN x', bytes: '12MB' }] }] }, 'images[0].layers[0].bytes', /expected a number, found the string "12MB"/],
    [{ version: 1, images: [{ ref: 'x/y:1', from: 'alpine', layers: [{ createdBy: 'RUN x', bytes: 1.5 }] }] }, 'images[0].layers[0].bytes', /whole number|integer|int/],
    [{ version: 1, images: [{ ref: 'x/y:1' }] }, 'images[0].from', /give `from`/],
    [{ version: 1, images: [{ ref: 'x/y:1', os: { libc: 'uclibc', shell: 'dash', packageManager: 'apt' } }] }, 'images[0].os.libc', /one of "glibc", "musl", "none"/],
    [{ version: 1, images: [{ ref: 'x/y:1', from: 'alpine', colour: 'blue' }] }, 'images[0]', /unknown field "colour"/],
    [{ version: 1, images: [{ ref: 'Team/App:1', from: 'alpine' }] }, 'images[0].ref', /lowercase/],
    [{ version: 1, images: [{ ref: 'x/y:1', from: 'alpine', tools: { curl: 'usr/bin/curl' } }] }, 'images[0].tools.curl', /absolute path/],
    [{ version: 1, images: [{ ref: 'x/y:1', from: 'alpine', config: { exposedPorts: ['http'] } }] }, 'images[0].config.exposedPorts[0]', /expected/],
    ['{ not json', '', /not valid JSON/],
    [42, '', /expected an object, found the number 42/],
  ] as const)('%j → error at %s', (input, path, message) => {
    const r = parseCatalogExtension(input, 'team-images.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.path === path);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(e?.message).toMatch(message);
    expect(e?.expected.length).toBeGreaterThan(0);
    expect(e?.found.length).toBeGreaterThan(0);
  });
});
