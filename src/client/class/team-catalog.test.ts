import { describe, expect, test } from 'vitest';
import { build } from '../../engine/build/index.ts';
import { teamCatalog, teamCatalogFiles, validateTeamCatalogs } from './team-catalog.ts';

describe('team catalogs under content/catalog', () => {
  test('every file in the repository is valid', () => {
    const files = validateTeamCatalogs();
    expect(files.map((f) => f.file)).toContain('content/catalog/example-team.json');
    expect(teamCatalog()?.flatMap((c) => c.images.map((i) => `${i.repository}:${i.tag}`))).toEqual([
      'registry.example.com/platform/python:3.12',
      'registry.example.com/platform/static:1',
    ]);
  });

  test.each([
    [{ version: 2, images: [] }, 'content/catalog/bad.json: version: expected 1, found the number 2'],
    [{ version: 1, images: [{ ref: 'registry.example.com/x:1' }] }, 'give `from`'],
    [{ version: 1, images: [{ ref: 'registry.example.com/x:1', from: 'alpine:3.21', layers: [{ createdBy: 'RUN x', bytes: -1 }] }] }, 'images[0].layers[0].bytes'],
    [{ version: 1, images: [{ ref: 'registry.example.com/x:1', from: 'alpine:3.21', colour: 'blue' }] }, 'unknown field "colour"'],
  ])('a mistake fails the build with the file and the field: %j', (json, message) => {
    expect(() => validateTeamCatalogs({ '/content/catalog/bad.json': json })).toThrow(message);
    expect(teamCatalogFiles({ '/content/catalog/bad.json': json })[0]!.errors.length).toBeGreaterThan(0);
  });
});

describe('the engine builds on a team image as on an official one', () => {
  const catalog = teamCatalog()!;

  test('sizes, layers, user and shell come from the team file and its base', () => {
    const result = build({ dockerfile: 'FROM registry.example.com/platform/python:3.12\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: [{ path: 'app.py', content: 'print(1)\n' }], catalog });
    const slim = build({ dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: [{ path: 'app.py', content: 'print(1)\n' }] });
    expect(result.ok).toBe(true);
    expect(result.image!.layers.some((l) => l.createdBy.includes('company-logging'))).toBe(true);
    expect(result.image!.diskBytes - slim.image!.diskBytes).toBe(4200 + 310000 + 1850000);
    expect(result.image!.config.user).toBe('10001');
    expect(result.image!.os.shellImpl).toBe(slim.image!.os.shellImpl);
  });

  test('a shell-form RUN on the shell-less static image fails as BuildKit does', () => {
    const result = build({ dockerfile: 'FROM registry.example.com/platform/static:1\nRUN echo hi\n', catalog });
    expect(result.ok).toBe(false);
    expect(result.log).toContain('/bin/sh');
  });
});
