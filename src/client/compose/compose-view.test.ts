import { describe, expect, test } from 'vitest';
import { analyze } from '../../engine/index.ts';
import { composeView, formatAt, formatMemory } from './compose-view.ts';
import { orchestrationMarkers } from './compose-markers.ts';

const STACK = `name: shop
services:
  api:
    image: ghcr.io/acme/shop-api:2.4.1
    ports: ["127.0.0.1:8080:3000"]
    environment:
      DATABASE_URL: postgres://shop:pw@localhost:5432/shop
    depends_on: [db]
    x-shipshape:
      listens: [3000]
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data
    deploy:
      resources:
        limits: { memory: 768M, cpus: "1.0" }
volumes:
  db-data:
`;

function report(files: Record<string, string>) {
  const first = Object.keys(files)[0]!;
  return analyze({ dockerfile: files[first]!, dockerfilePath: first, files });
}

describe('the Compose panel rows', () => {
  const view = composeView(report({ 'compose.yaml': STACK }).compose!);

  test('services in start order, with their fate', () => {
    expect(view.services.map((s) => [s.position, s.service, s.stateText, s.ok])).toEqual([
      [1, 'db', 'running', true],
      [2, 'api', 'failed', false],
    ]);
    expect(view.services[1]!.reason).toMatch(/localhost is api itself/);
  });

  test('connections say who reaches whom', () => {
    expect(view.connections).toEqual([
      expect.objectContaining({ from: 'api', to: 'db', via: 'DATABASE_URL → localhost:5432', ok: false }),
    ]);
  });

  test('published ports, data and limits', () => {
    expect(view.ports.map((p) => [p.text, p.note])).toEqual([['127.0.0.1:8080 → api:3000/tcp', 'this machine only']]);
    expect(view.volumes.map((v) => [v.name, v.kind, v.usedBy, v.afterDown, v.afterDownV])).toEqual([
      ['shop_db-data', 'named', ['db:/var/lib/postgresql/data'], 'kept', 'deleted'],
    ]);
    expect(view.limits.map((l) => [l.service, l.memory, l.cpus, l.ok])).toEqual([
      ['api', 'no limit', 'no limit', false],
      ['db', '768 MiB', '1', true],
    ]);
  });

  test('up -d succeeds although the api dies right after', () => {
    expect(view.outcome).toEqual({ ok: true, text: '`docker compose up -d` finishes with exit code 0.' });
    expect(view.timeline.at(-1)?.text).toMatch(/shop-api-1 exited with code 1/);
  });

  test('a file Compose refuses', () => {
    const refused = composeView(report({ 'compose.yaml': 'services:\n  api:\n    image: x:1\n    colour: red\n' }).compose!);
    expect(refused.outcome.ok).toBe(false);
    expect(refused.outcome.text).toMatch(/^docker compose refuses the file: compose\.yaml line 4:/);
    expect(refused.problems[0]?.severity).toBe('error');
  });

  test.each([
    [0, '0 B'],
    [512, '512 B'],
    [805_306_368, '768 MiB'],
    [1_073_741_824, '1 GiB'],
    [1_610_612_736, '1.5 GiB'],
  ])('formatMemory(%d) = %s', (bytes, text) => expect(formatMemory(bytes)).toBe(text));

  test.each([
    [500, '0.5 s'],
    [10_000, '10 s'],
    [100_000, '1 min 40 s'],
  ])('formatAt(%d) = %s', (ms, text) => expect(formatAt(ms)).toBe(text));
});

describe('editor markers for YAML files', () => {
  test('compose findings keep their file and range', () => {
    const markers = orchestrationMarkers(report({ 'compose.yaml': STACK }));
    const localhost = markers.find((m) => m.code === 'localhost-for-another-service');
    expect(localhost).toMatchObject({ file: 'compose.yaml', startLineNumber: 7, severity: 'error' });
    expect(localhost!.endLineNumber).toBeGreaterThanOrEqual(7);
    expect(markers.every((m) => m.file === 'compose.yaml')).toBe(true);
  });

  test('schema errors and manifest findings are markers too', () => {
    const markers = orchestrationMarkers(
      report({ 'compose.yaml': 'services:\n  api:\n    image: x:1\n    colour: red\n', 'api.k8s.yaml': 'kind: Deployment\nmetadata: { name: api }\nspec: { template: { spec: { containers: [{ name: api, image: "a:latest" }] } } }\n' }),
    );
    expect(markers.filter((m) => m.file === 'compose.yaml').map((m) => [m.code, m.severity, m.startLineNumber])).toContainEqual(['schema', 'error', 4]);
    expect(markers.filter((m) => m.file === 'api.k8s.yaml').map((m) => m.code)).toContain('k8s-image-tag');
  });

  test('no YAML files, no markers', () => {
    expect(orchestrationMarkers(analyze({ dockerfile: 'FROM alpine:3.20\n' }))).toEqual([]);
  });
});
