import { describe, expect, test } from 'vitest';
import { analyze } from '../index.ts';
import { checkSchema } from './checks.ts';
import type { CheckInput } from './checks.ts';
import { evaluateOrchestration } from './orchestration-checks.ts';
import type { OrchestrationCheck } from './orchestration-checks.ts';
import { checkKubernetesManifest } from '../compose/kubernetes/check-manifest.ts';

/** Grades compose and manifest files the way the site does for an exercise without a Dockerfile. */
function verdict(files: Record<string, string>, check: CheckInput) {
  const first = Object.keys(files)[0]!;
  const report = analyze({ dockerfile: files[first]!, dockerfilePath: first, files, checks: [checkSchema.parse(check)] });
  const [result] = report.grade!.checks;
  return [result!.passed, result!.reason] as const;
}

const STACK = `services:
  api:
    image: ghcr.io/acme/api:1.4.2
    environment:
      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/app
    depends_on:
      db:
        condition: service_healthy
    deploy:
      resources:
        limits: { memory: 512M, cpus: "0.5" }
    x-shipshape:
      listens: [3000]
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s
    volumes:
      - db-data:/var/lib/postgresql/data
volumes:
  db-data:
`;
const LOCALHOST = STACK.replace('@db:5432', '@localhost:5432');
const PUBLISHED = STACK.replace('@db:5432', '@db:5433').replace('    image: postgres:16\n', '    image: postgres:16\n    ports: ["127.0.0.1:5433:5432"]\n');
const NO_HEALTHCHECK = STACK.replace(/ {4}healthcheck:\n.*\n.*\n/, '');
const OOM = STACK.replace('    x-shipshape:\n      listens: [3000]', '    restart: on-failure\n    x-shipshape:\n      listens: [3000]\n      memory-peak: 700M');
const PROFILED = STACK.replace('    image: ghcr.io/acme/api:1.4.2\n', '    image: ghcr.io/acme/api:1.4.2\n    profiles: [full]\n');
const env = { '.env': 'DB_PASSWORD=s3cret\n' };

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      terminationGracePeriodSeconds: 45
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { memory: 512Mi }
          readinessProbe: { httpGet: { path: /health, port: 3000 } }
          livenessProbe: { httpGet: { path: /health, port: 3000 } }
`;
const BARE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:latest
        - name: sidecar
          image: envoyproxy/envoy:v1.31.0
          resources: { limits: { memory: 128Mi } }
`;

describe('compose checks', () => {
  test.each<[string, Record<string, string>, CheckInput, boolean, RegExp]>([
    ['up succeeds', { 'compose.yaml': STACK, ...env }, { kind: 'compose-up-ok', id: 'up' }, true, /exit code 0/],
    ['up fails when a healthy condition has no healthcheck', { 'compose.yaml': NO_HEALTHCHECK, ...env }, { kind: 'compose-up-ok', id: 'up' }, false, /has no healthcheck configured/],
    ['a schema error stops up', { 'compose.yaml': 'services:\n  api:\n    image: x:1\n    colour: red\n' }, { kind: 'compose-up-ok', id: 'up' }, false, /refuses the file/],
    ['without a compose file there is nothing to run', { 'decision.yaml': 'a: 1\n' }, { kind: 'compose-up-ok', id: 'up' }, false, /no compose file/],
    ['the api runs', { 'compose.yaml': STACK, ...env }, { kind: 'compose-service-state', id: 's', service: 'api', state: 'started' }, true, /^api is up: running\.$/],
    ['the database is healthy', { 'compose.yaml': STACK, ...env }, { kind: 'compose-service-state', id: 's', service: 'db', state: 'healthy' }, true, /^db is up: running and healthy\.$/],
    ['running without a healthcheck is not healthy', { 'compose.yaml': STACK, ...env }, { kind: 'compose-service-state', id: 's', service: 'api', state: 'healthy' }, false, /no healthcheck/],
    ['an api that dials localhost fails', { 'compose.yaml': LOCALHOST, ...env }, { kind: 'compose-service-state', id: 's', service: 'api', state: 'started' }, false, /api has failed: it could not connect/],
    ['OOM kills make a restart loop', { 'compose.yaml': OOM, ...env }, { kind: 'compose-service-state', id: 's', service: 'api', state: 'started' }, false, /api keeps restarting: .*OOM/],
    ['a service in an inactive profile', { 'compose.yaml': PROFILED, ...env }, { kind: 'compose-service-state', id: 's', service: 'api', state: 'inactive' }, true, /api is not active: in profile full/],
    ['an unknown service is named as such', { 'compose.yaml': STACK, ...env }, { kind: 'compose-service-state', id: 's', service: 'web', state: 'started' }, false, /no service called web \(services: api, db\)/],
    ['api reaches db by name', { 'compose.yaml': STACK, ...env }, { kind: 'compose-connects', id: 'c', from: 'api', to: 'db' }, true, /api reaches db at db:5432 \(DATABASE_URL\)/],
    ['localhost is the api itself', { 'compose.yaml': LOCALHOST, ...env }, { kind: 'compose-connects', id: 'c', from: 'api', to: 'db' }, false, /^DATABASE_URL points at localhost:5432, but inside api's container localhost is api itself/],
    ['the published port is for the host', { 'compose.yaml': PUBLISHED, ...env }, { kind: 'compose-connects', id: 'c', from: 'api', to: 'db' }, false, /db:5433, the port db publishes on the host/],
    ['no variable points at the target', { 'compose.yaml': STACK, ...env }, { kind: 'compose-connects', id: 'c', from: 'db', to: 'api' }, false, /Nothing in db's environment points at api/],
    ['a compose finding is reported with its line', { 'compose.yaml': LOCALHOST, ...env }, { kind: 'compose-no-finding', id: 'f', rule: 'localhost-for-another-service' }, false, /compose\.yaml line 5:/],
    ['no compose finding', { 'compose.yaml': STACK, ...env }, { kind: 'compose-no-finding', id: 'f', rule: 'database-without-volume' }, true, /Nothing flagged/],
    ['limits are missing on db', { 'compose.yaml': STACK, ...env }, { kind: 'compose-has-limits', id: 'l' }, false, /^db has no memory or CPU limit\.$/],
    ['the api has both limits', { 'compose.yaml': STACK, ...env }, { kind: 'compose-has-limits', id: 'l', service: 'api' }, true, /api: deploy\.resources\.limits\.memory and cpus set/],
    ['a memory limit alone is not enough', { 'compose.yaml': STACK.replace(', cpus: "0.5"', ''), ...env }, { kind: 'compose-has-limits', id: 'l', service: 'api' }, false, /api has no CPU limit/],
  ])('%s', (_name, files, check, passed, reason) => {
    const [ok, why] = verdict(files, check);
    expect(why).toMatch(reason);
    expect(ok).toBe(passed);
  });
});

describe('Kubernetes checks', () => {
  test.each<[string, Record<string, string>, CheckInput, boolean, RegExp]>([
    ['a complete Deployment has requests', { 'api.k8s.yaml': MANIFEST }, { kind: 'k8s-no-finding', id: 'k', rule: 'k8s-no-resource-requests' }, true, /Nothing flagged/],
    ['a bare Deployment has none', { 'api.k8s.yaml': BARE }, { kind: 'k8s-no-finding', id: 'k', rule: 'k8s-no-resource-requests' }, false, /api\.k8s\.yaml line 9: Deployment api, container api: no cpu or memory request/],
    ['no manifest yet', { 'compose.yaml': STACK }, { kind: 'k8s-no-finding', id: 'k', rule: 'k8s-image-tag' }, false, /no Kubernetes manifest/],
    ['broken YAML', { 'api.k8s.yaml': 'kind: [Deployment\n' }, { kind: 'k8s-no-finding', id: 'k', rule: 'k8s-image-tag' }, false, /api\.k8s\.yaml line \d+: failed to parse/],
    [
      'a grace period long enough',
      { 'api.k8s.yaml': MANIFEST },
      { kind: 'k8s-has', id: 'g', object: 'Deployment', name: 'api', field: 'spec.template.spec.terminationGracePeriodSeconds', min: 40 },
      true,
      /terminationGracePeriodSeconds = 45/,
    ],
    [
      'a grace period too short',
      { 'api.k8s.yaml': MANIFEST.replace(': 45', ': 20') },
      { kind: 'k8s-has', id: 'g', object: 'Deployment', field: 'spec.template.spec.terminationGracePeriodSeconds', min: 40 },
      false,
      /is 20, below 40/,
    ],
    [
      'a quantity bound is shown in the unit the manifest uses',
      { 'api.k8s.yaml': MANIFEST },
      { kind: 'k8s-has', id: 'm', object: 'Deployment', field: 'spec.template.spec.containers[].resources.limits.memory', min: 629145600 },
      false,
      /limits\.memory is 512Mi, below 600Mi/,
    ],
    [
      'quantities compare as bytes',
      { 'api.k8s.yaml': MANIFEST },
      { kind: 'k8s-has', id: 'm', object: 'Deployment', field: 'spec.template.spec.containers[].resources.limits.memory', min: 500_000_000 },
      true,
      /containers\[api\]\.resources\.limits\.memory = 512Mi/,
    ],
    [
      'every container must have it',
      { 'api.k8s.yaml': BARE },
      { kind: 'k8s-has', id: 'm', object: 'Deployment', field: 'spec.template.spec.containers[].resources.limits.memory' },
      false,
      /^Deployment api: spec\.template\.spec\.containers\[api\]\.resources\.limits\.memory is not set\.$/,
    ],
    [
      'a CPU quantity above the maximum',
      { 'api.k8s.yaml': MANIFEST.replace('cpu: 250m', 'cpu: "2"') },
      { kind: 'k8s-has', id: 'c', object: 'Deployment', field: 'spec.template.spec.containers[].resources.requests.cpu', max: 1 },
      false,
      /is 2, above 1/,
    ],
    [
      'an object that is not there',
      { 'api.k8s.yaml': MANIFEST },
      { kind: 'k8s-has', id: 's', object: 'Service', name: 'api', field: 'spec.ports' },
      false,
      /no Service api \(the manifest has: Deployment api\)/,
    ],
  ])('%s', (_name, files, check, passed, reason) => {
    const [ok, why] = verdict(files, check);
    expect(why).toMatch(reason);
    expect(ok).toBe(passed);
  });
});

describe('an exercise without a Dockerfile', () => {
  test('builds nothing and still grades the compose file', () => {
    const report = analyze({
      dockerfile: STACK,
      dockerfilePath: 'compose.yaml',
      files: { 'compose.yaml': STACK, ...env },
      checks: [checkSchema.parse({ kind: 'compose-up-ok', id: 'up' }), checkSchema.parse({ kind: 'builds', id: 'b' })],
    });
    expect(report.withoutDockerfile).toBe(true);
    expect([report.diagnostics, report.findings, report.run, report.build.steps]).toEqual([[], [], undefined, []]);
    expect(report.compose?.up.ok).toBe(true);
    expect(report.grade?.checks.map((c) => c.passed)).toEqual([true, false]);
  });

  test.each<[string, Parameters<typeof analyze>[0], boolean]>([
    ['an empty Dockerfile with no Dockerfile among the files', { dockerfile: '', files: { 'compose.yaml': STACK } }, true],
    ['an empty Dockerfile the learner is editing', { dockerfile: '', files: { Dockerfile: '' } }, false],
    ['a Dockerfile with an unusual name', { dockerfile: 'FROM alpine:3.20\n', dockerfilePath: 'ci/app.build' }, false],
  ])('%s', (_name, input, skipped) => {
    expect(analyze(input).withoutDockerfile === true).toBe(skipped);
  });
});

describe('check schema for the orchestration kinds', () => {
  test.each([
    [{ kind: 'compose-service-state', id: 'x', service: 'api', state: 'up' }, /state/],
    [{ kind: 'compose-connects', id: 'x', from: 'api' }, /to/],
    [{ kind: 'k8s-has', id: 'x', object: 'deployment', field: 'spec' }, /object/],
    [{ kind: 'k8s-has', id: 'x', object: 'Deployment', field: 'spec..replicas' }, /field/],
    [{ kind: 'platform-choice', id: 'x', file: 'decision.yaml', company: { id: 'a', name: 'A', servers: 0, regions: 1, engineers: 1, opsPeople: 0, budgetPerMonth: 1 } }, /servers/],
  ])('rejects %j with a message naming the field', (check, field) => {
    const result = checkSchema.safeParse(check);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(field);
  });
});

describe('k8s-has reads the manifests the report already parsed', () => {
  const check = checkSchema.parse({ kind: 'k8s-has', id: 'g', object: 'Deployment', name: 'api', field: 'spec.template.spec.terminationGracePeriodSeconds', min: 40 });
  test.each<[string, string, Record<string, string>, boolean, RegExp]>([
    // The files say one thing and the parsed report another: the verdict follows the report.
    ['the parsed document, not the file text', MANIFEST, { 'api.k8s.yaml': MANIFEST.replace(': 45', ': 20') }, true, /terminationGracePeriodSeconds = 45/],
    ['no parsed manifest means none, whatever the files hold', '', { 'api.k8s.yaml': MANIFEST }, false, /no Kubernetes manifest/],
    ['a manifest too big to read is reported once, as the checks saw it', 'x'.repeat(300 * 1024), {}, false, /api\.k8s\.yaml is 300 KB; Shipshape reads manifests up to/],
  ])('%s', (_name, parsed, files, passed, reason) => {
    const kubernetes = parsed === '' ? [] : [{ file: 'api.k8s.yaml', ...checkKubernetesManifest(parsed, 'api.k8s.yaml') }];
    const [ok, why] = evaluateOrchestration(check as OrchestrationCheck, { build: undefined, findings: [], orchestration: { compose: undefined, kubernetes }, files });
    expect(why).toMatch(reason);
    expect(ok).toBe(passed);
  });
});
