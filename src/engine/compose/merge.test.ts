import { describe, expect, test } from 'vitest';
import { toPlain } from './located.ts';
import { parseCompose } from './parse-compose.ts';

/** Loads files in order and returns the merged model as plain values. */
function merged(...texts: string[]): unknown {
  const { model, diagnostics } = parseCompose(
    texts.map((text, i) => ({ path: `/p/demo/${i === 0 ? 'compose.yaml' : `override${i}.yaml`}`, text })),
    { env: {} },
  );
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return toPlain(model.root!);
}

const svc = (body: string) => `services:\n  web:\n    image: nginx:1.27\n${body}`;

describe('merging compose files (compose-spec 13-merge.md, compose-go override/merge.go)', () => {
  test.each([
    ['scalars: the later file wins', [svc(''), 'services:\n  web:\n    image: nginx:1.28\n'], { image: 'nginx:1.28' }],
    ['mappings merge key by key', [svc('    labels:\n      a: "1"\n'), 'services:\n  web:\n    working_dir: /app\n'], { image: 'nginx:1.27', labels: { a: '1' }, working_dir: '/app' }],
    ['command is replaced, not appended', [svc('    command: ["echo", "foo"]\n'), 'services:\n  web:\n    command: ["echo", "bar"]\n'], { image: 'nginx:1.27', command: ['echo', 'bar'] }],
    ['dns lists are appended', [svc('    dns: [1.1.1.1]\n'), 'services:\n  web:\n    dns: [8.8.8.8]\n'], { image: 'nginx:1.27', dns: ['1.1.1.1', '8.8.8.8'] }],
    ['ports are appended; an identical spec is kept once', [svc('    ports: ["8080:80"]\n'), 'services:\n  web:\n    ports: ["8080:80", "9090:80"]\n'], { image: 'nginx:1.27', ports: ['8080:80', '9090:80'] }],
    [
      'environment: both syntaxes become K=V, the later value wins',
      [svc('    environment:\n      A: "1"\n      B: "2"\n'), 'services:\n  web:\n    environment:\n      - B=3\n      - C=4\n'],
      { image: 'nginx:1.27', environment: ['A=1', 'B=3', 'C=4'] },
    ],
    ['volumes are unique by target, the later one wins', [svc('    volumes: ["foo:/work"]\n'), 'services:\n  web:\n    volumes: ["bar:/work"]\nvolumes:\n  foo:\n  bar:\n'], { image: 'nginx:1.27', volumes: ['bar:/work'] }],
    [
      'depends_on short and long syntax merge as mappings',
      [svc('    depends_on: [db]\n') + '  db:\n    image: postgres:16\n', 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n'],
      { image: 'nginx:1.27', depends_on: { db: { condition: 'service_healthy', required: true } } },
    ],
    ['!reset removes a value', [svc('    ports: ["8080:80"]\n    environment:\n      FOO: BAR\n'), 'services:\n  web:\n    ports: !reset []\n    environment:\n      FOO: !reset null\n'], { image: 'nginx:1.27', environment: [] }],
    ['!override replaces without merging', [svc('    ports: ["8080:80"]\n'), 'services:\n  web:\n    ports: !override\n      - "8443:443"\n'], { image: 'nginx:1.27', ports: ['8443:443'] }],
    ['build: a string becomes the context', [svc('    build: ./web\n'), 'services:\n  web:\n    build:\n      target: prod\n'], { image: 'nginx:1.27', build: { context: './web', target: 'prod' } }],
  ])('%s', (_name, texts, web) => {
    const root = merged(...texts) as { services: Record<string, unknown> };
    expect(root.services['web']).toEqual(web);
  });

  test('a file\'s YAML documents merge like files', () => {
    const root = merged('services:\n  web:\n    image: nginx:1.27\n---\nservices:\n  web:\n    image: nginx:1.28\n') as { services: { web: { image: string } } };
    expect(root.services.web.image).toBe('nginx:1.28');
  });

  test('duplicate ports in one file are kept once, before validation (compose-go EnforceUnicity)', () => {
    const root = merged(svc('    ports: ["8080:80", "8080:80"]\n')) as { services: { web: { ports: string[] } } };
    expect(root.services.web.ports).toEqual(['8080:80']);
  });

  test('a mapping cannot override a list', () => {
    const { diagnostics } = parseCompose([
      { path: '/p/d/compose.yaml', text: svc('    ports: ["8080:80"]\n') },
      { path: '/p/d/override.yaml', text: 'services:\n  web:\n    ports:\n      a: b\n' },
    ]);
    expect(diagnostics.find((d) => d.code === 'merge')?.message).toBe('cannot override services.web.ports');
  });
});
