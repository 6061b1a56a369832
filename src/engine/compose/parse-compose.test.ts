import { describe, expect, test } from 'vitest';
import type { ComposeDiagnostic } from './diagnostics.ts';
import { parseCompose } from './parse-compose.ts';

const FILE = '/p/demo/compose.yaml';
const load = (text: string, options: Parameters<typeof parseCompose>[1] = {}) => parseCompose([{ path: FILE, text }], { env: {}, ...options });
const brief = (d: ComposeDiagnostic) => [d.severity, d.message, d.range.start.line, d.range.start.column] as const;

describe('schema errors are friendly: path, line, expected, found', () => {
  test.each([
    [
      'services:\n  api:\n    image: a:1\n    port: ["80:80"]\n',
      { path: 'services.api.port', line: 4, column: 5, expected: "'ports' or another key the Compose Specification defines here", found: "'port'" },
      "validating /p/demo/compose.yaml: services.api: additional property 'port' is not allowed (did you mean 'ports'?)",
    ],
    [
      'services:\n  api:\n    image: a:1\n    ports:\n      - [80, 80]\n',
      { path: 'services.api.ports[0]', line: 5, column: 9, expected: 'a number, a string or a mapping', found: 'a list' },
      'validating /p/demo/compose.yaml: services.api.ports[0] must be a number, a string or a mapping',
    ],
    [
      'services:\n  api:\n    image: a:1\n    ports:\n      - target: 80\n        publish: 8080\n',
      { path: 'services.api.ports[0].publish', line: 6, column: 9, expected: "'published' or another key the Compose Specification defines here", found: "'publish'" },
      "validating /p/demo/compose.yaml: services.api.ports[0]: additional property 'publish' is not allowed (did you mean 'published'?)",
    ],
    [
      'services:\n  api:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: b:1\n',
      { path: 'services.api.depends_on.db.condition', line: 6, column: 20, expected: 'one of "service_started", "service_healthy", "service_completed_successfully"', found: 'the string "service_ready"' },
      'validating /p/demo/compose.yaml: services.api.depends_on.db.condition must be one of "service_started", "service_healthy", "service_completed_successfully"',
    ],
    [
      'services:\n  my app:\n    image: a:1\n',
      { path: 'services.my app', line: 2, column: 3, expected: "a service name made of letters, digits, '.', '_' and '-'", found: "'my app'" },
      "validating /p/demo/compose.yaml: services: 'my app' is not a valid service name",
    ],
    [
      'services:\n  api:\n    image: a:1\n    environment: true\n',
      { path: 'services.api.environment', line: 4, column: 18, expected: 'a mapping or a list', found: 'true' },
      'validating /p/demo/compose.yaml: services.api.environment must be a mapping or a list',
    ],
    [
      'service:\n  api:\n    image: a:1\n',
      { path: 'service', line: 1, column: 1, expected: "'services' or another key the Compose Specification defines here", found: "'service'" },
      "validating /p/demo/compose.yaml: the file: additional property 'service' is not allowed (did you mean 'services'?)",
    ],
  ])('%j', (text, where, message) => {
    const errors = load(text).diagnostics.filter((d) => d.code === 'schema');
    expect(errors.map((e) => e.message)).toEqual([message]);
    const e = errors[0]!;
    expect({ path: e.path, line: e.range.start.line, column: e.range.start.column, expected: e.expected, found: e.found }).toEqual(where);
  });
});

describe('loading reports what Compose reports', () => {
  test.each([
    ['version: "3.8"\nservices:\n  a:\n    image: a:1\n', [['warning', '/p/demo/compose.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion', 1, 1]]],
    ['services:\n  a:\n    image: a:${TAG}\n', [['warning', 'The "TAG" variable is not set. Defaulting to a blank string.', 3, 12]]],
    ['services:\n  a:\n    image: a:${TAG:?set TAG}\n', [['error', 'error while interpolating services.a.image: required variable TAG is missing a value: set TAG', 3, 12]]],
    ['services:\n  a:\n    environment:\n      X: 1\n', [['error', 'service "a" has neither an image nor a build context specified: invalid compose project', 2, 3]]],
    ['services:\n  a:\n    image: a:1\n    depends_on: [b]\n', [['error', 'service "a" depends on undefined service "b": invalid compose project', 4, 18]]],
    ['services:\n  a:\n    image: a:1\n    volumes: [data:/data]\n', [['error', 'service "a" refers to undefined volume data: invalid compose project', 4, 15]]],
    ['services:\n  a:\n    image: a:1\n    networks: [front]\n', [['error', 'service "a" refers to undefined network front: invalid compose project', 4, 16]]],
    [
      'services:\n  a:\n    image: a:1\n    mem_limit: 512m\n    deploy:\n      resources:\n        limits:\n          memory: 1g\n',
      [['error', "services.a: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory': invalid compose project", 4, 5]],
    ],
    [
      'services:\n  a:\n    image: a:1\n    container_name: web\n    deploy:\n      replicas: 2\n',
      [['error', "services.deploy.replicas: can't set container_name and a as container name must be unique: invalid compose project", 4, 5]],
    ],
    ['services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    depends_on: [a]\n', [['error', 'dependency cycle detected: a -> b -> a', 4, 18]]],
    ['services:\n  a:\n    image: a:1\n    deploy:\n      replicas: lots\n', [['error', 'error while interpolating services.a.deploy.replicas: failed to cast to expected type: strconv.Atoi: parsing "lots": invalid syntax', 5, 17]]],
    ['services:\n  a:\n    image: a:1\n    ports: ["8080:http"]\n', [['error', 'invalid containerPort: http', 4, 13]]],
    ['services:\n  a:\n    image: a:1\n    environment:\n      1: x\n', [['error', 'non-string key in services.a.environment: 1', 5, 7]]],
    ['services:\n  a:\n    image: a:1\n  a:\n    image: b:1\n', [['error', 'failed to parse /p/demo/compose.yaml: line 4: mapping key "a" already defined at line 2', 4, 3]]],
    ['services: [\n', [['error', 'failed to parse /p/demo/compose.yaml: Flow sequence in block collection must be sufficiently indented and end with a ]', 2, 1]]],
    ['', [['error', 'empty compose file', 1, 1]]],
    ['- a\n- b\n', [['error', 'top-level object must be a mapping', 1, 1]]],
  ])('%j', (text, expected) => {
    expect(load(text).diagnostics.map(brief)).toEqual(expected);
  });

  test('an alias bomb comes back as an error, quickly', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('services:\n  s:\n    image: a:1\n    labels: *a11');
    const t = performance.now();
    const { diagnostics } = load(lines.join('\n'));
    // Unguarded, the expansion is 10^12 nodes and never ends; the bound only tells a guard from a hang (≈0.7 s
    // alone, over 2 s on a loaded CI machine), it is not a benchmark.
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('the model', () => {
  test('YAML anchors, merge keys and x- extensions work as in Compose', () => {
    const { model, diagnostics } = load(
      'x-common: &common\n  restart: always\n  environment:\n    TZ: UTC\nservices:\n  a:\n    <<: *common\n    image: a:1\n  b:\n    <<: *common\n    image: b:1\n    restart: "no"\n',
    );
    expect(diagnostics).toEqual([]);
    expect(model.services.map((s) => [s.name, s.restart?.name, s.environment.map((e) => `${e.name}=${e.value}`)])).toEqual([
      ['a', 'always', ['TZ=UTC']],
      ['b', 'no', ['TZ=UTC']],
    ]);
  });

  test('project name: name:, then the directory, normalised', () => {
    expect(load('name: Shop_App\nservices:\n  a:\n    image: a:1\n').model.projectName).toBe('shop_app');
    expect(parseCompose([{ path: '/home/me/My Project/compose.yaml', text: 'services:\n  a:\n    image: a:1\n' }]).model.projectName).toBe('myproject');
    expect(load('services:\n  a:\n    image: a:1\n', { projectName: 'demo2' }).model.projectName).toBe('demo2');
  });

  test('profiles: services in an inactive profile are not checked or started', () => {
    const text = 'services:\n  app:\n    image: a:1\n  debug:\n    image: d:1\n    profiles: [debug]\n    depends_on: [nope]\n';
    expect(load(text).model.services.map((s) => [s.name, s.active])).toEqual([['app', true], ['debug', false]]);
    expect(load(text).diagnostics).toEqual([]);
    expect(load(text, { profiles: ['debug'] }).diagnostics.map((d) => d.message)).toEqual(['service "debug" depends on undefined service "nope": invalid compose project']);
    expect(load(text, { env: { COMPOSE_PROFILES: 'debug' } }).model.services.every((s) => s.active)).toBe(true);
  });

  test('a dependency on a disabled service is an error unless required: false', () => {
    const text = (required: boolean) =>
      `services:\n  app:\n    image: a:1\n    depends_on:\n      mail:\n        condition: service_started\n        required: ${required}\n  mail:\n    image: m:1\n    profiles: [dev]\n`;
    expect(load(text(true)).diagnostics.map((d) => d.message)).toEqual(['service "app" depends on undefined service "mail": invalid compose project']);
    expect(load(text(false)).diagnostics).toEqual([]);
  });

  test('.env: shell wins over .env; .env can use shell variables', () => {
    const { model } = load('services:\n  a:\n    image: app:${TAG}\n    environment:\n      WHO: ${WHO}\n', {
      env: { TAG: 'from-shell', USER: 'me' },
      dotenv: { path: '/p/demo/.env', text: 'TAG=from-dotenv\nWHO=${USER}-via-dotenv\n' },
    });
    expect(model.services[0]!.image?.ref).toBe('app:from-shell');
    expect(model.services[0]!.environment[0]!.value).toBe('me-via-dotenv');
  });

  test('env_file: read from the files the caller gives; missing and required is an error', () => {
    const text = 'services:\n  a:\n    image: a:1\n    env_file: [./app.env]\n    environment:\n      B: from-environment\n';
    const given = load(text, { context: { './app.env': 'A=from-file\nB=from-file\n' } });
    expect(given.model.services[0]!.environment.map((e) => [e.name, e.value, e.from])).toEqual([
      ['A', 'from-file', 'env_file'],
      ['B', 'from-environment', 'environment'],
    ]);
    expect(load(text).diagnostics.map((d) => d.message)).toEqual(['env file /p/demo/app.env not found: stat /p/demo/app.env: no such file or directory']);
  });

  test('extends: a service built on another, local keys win', () => {
    const { model, diagnostics } = load(
      'services:\n  base:\n    image: app:1\n    environment:\n      A: "1"\n    restart: always\n  web:\n    extends: base\n    environment:\n      B: "2"\n    command: serve\n',
    );
    expect(diagnostics).toEqual([]);
    const web = model.services.find((s) => s.name === 'web')!;
    expect([web.image?.ref, web.restart?.name, web.command?.value, web.environment.map((e) => e.name)]).toEqual(['app:1', 'always', 'serve', ['A', 'B']]);
  });

  test('limits: deploy.resources wins where it is set; sizes are binary', () => {
    const { model } = load("services:\n  a:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n          cpus: '0.30'\n          memory: 250M\n");
    const r = model.services[0]!.resources;
    expect([r.memoryBytes?.value, r.memoryBytes?.key, r.cpus?.value]).toEqual([250 * 1024 * 1024, 'deploy.resources.limits.memory', 0.3]);
  });

  test('restart: deploy.restart_policy wins over restart', () => {
    const { model } = load('services:\n  a:\n    image: a:1\n    restart: always\n    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 3\n');
    expect(model.services[0]!.restart).toMatchObject({ name: 'on-failure', maxRetries: 3, from: 'deploy.restart_policy' });
  });
});

describe('several files', () => {
  test('Compose stops validating at the first file that fails; the error names that file', () => {
    const { diagnostics } = parseCompose(
      [
        { path: '/p/demo/compose.yaml', text: 'services:\n  a:\n    image: a:1\n    prots: []\n' },
        { path: '/p/demo/compose.override.yaml', text: 'services:\n  a:\n    image: a:2\n' },
      ],
      { env: {} },
    );
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['/p/demo/compose.yaml', "validating /p/demo/compose.yaml: services.a: additional property 'prots' is not allowed (did you mean 'ports'?)"],
    ]);
  });

  test('include: is reported as not simulated', () => {
    const { diagnostics } = load('include:\n  - ./db/compose.yaml\nservices:\n  a:\n    image: a:1\n');
    expect(diagnostics.map((d) => [d.severity, d.code, d.range.start.line])).toEqual([['warning', 'not-simulated', 1]]);
  });

  test('files over the size limit are refused at once', () => {
    const t = performance.now();
    const { diagnostics } = load(`services:\n  a:\n    image: a:1\n# ${'x'.repeat(200 * 1024)}\n`);
    expect(performance.now() - t).toBeLessThan(50);
    expect(diagnostics.map((d) => d.message)).toEqual(['/p/demo/compose.yaml is 200 KB; Shipshape reads compose files up to 128 KB']);
  });
});
