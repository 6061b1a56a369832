import { describe, expect, test } from 'vitest';
import { parseReference } from './reference.ts';

describe('parseReference normalises like distribution/reference', () => {
  test.each([
    ['python', 'docker.io/library/python:latest', 'python:latest', true],
    ['python:3.12-slim', 'docker.io/library/python:3.12-slim', 'python:3.12-slim', false],
    ['library/python:3.12', 'docker.io/library/python:3.12', 'python:3.12', false],
    ['docker.io/library/node:22', 'docker.io/library/node:22', 'node:22', false],
    ['index.docker.io/library/node:22', 'docker.io/library/node:22', 'node:22', false],
    ['myorg/app:1.2', 'docker.io/myorg/app:1.2', 'myorg/app:1.2', false],
    ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12:latest', 'gcr.io/distroless/static-debian12:latest', true],
    ['localhost:5000/app', 'localhost:5000/app:latest', 'localhost:5000/app:latest', true],
    ['localhost/app:dev', 'localhost/app:dev', 'localhost/app:dev', false],
    ['registry.example.com:443/team/base:1', 'registry.example.com:443/team/base:1', 'registry.example.com:443/team/base:1', false],
    [`alpine@sha256:${'a'.repeat(64)}`, `docker.io/library/alpine:latest@sha256:${'a'.repeat(64)}`, `alpine:latest@sha256:${'a'.repeat(64)}`, true],
    [`alpine:3.20@sha256:${'b'.repeat(64)}`, `docker.io/library/alpine:3.20@sha256:${'b'.repeat(64)}`, `alpine:3.20@sha256:${'b'.repeat(64)}`, false],
    ['scratch', 'scratch', 'scratch', true],
  ])('%s → %s', (text, canonical, familiar, implied) => {
    const r = parseReference(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ref.canonical).toBe(canonical);
    expect(r.ref.familiar).toBe(familiar);
    expect(r.ref.tagImplied).toBe(implied);
  });

  test.each([
    ['', /empty/],
    ['Python:3.12', /lowercase/],
    ['python:', /not a valid tag/],
    ['python:3.12!', /not a valid tag/],
    ['python@sha256:xyz', /not a valid digest/],
    ['$BASE_IMAGE', /variable/],
    ['my_org//app', /not a valid repository name component/],
    [`a:${'x'.repeat(200)}`, /not a valid tag/],
  ])('%j is rejected with a reason', (text, why) => {
    const r = parseReference(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });

  test('a 1 MB string returns quickly with an error', () => {
    const start = performance.now();
    const r = parseReference('a'.repeat(1_000_000));
    expect(r.ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(100);
  });
});
