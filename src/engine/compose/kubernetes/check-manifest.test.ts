import { describe, expect, test } from 'vitest';
import { checkKubernetesManifest } from './check-manifest.ts';

const GOOD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      terminationGracePeriodSeconds: 45
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {memory: 512Mi}
          readinessProbe:
            httpGet: {path: /ready, port: 3000}
          livenessProbe:
            httpGet: {path: /live, port: 3000}
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 3000}]
`;

const codes = (text: string) => checkKubernetesManifest(text).findings.map((f) => `${f.code}:${f.range.start.line}`);

describe('checkKubernetesManifest', () => {
  test('a complete Deployment passes; every object is listed', () => {
    const result = checkKubernetesManifest(GOOD);
    expect(result.findings).toEqual([]);
    expect(result.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['Deployment/api', 'Service/api']);
  });

  test.each([
    ['no requests', GOOD.replace('            requests: {cpu: 250m, memory: 256Mi}\n', ''), ['k8s-no-resource-requests:17']],
    ['no memory limit', GOOD.replace('            limits: {memory: 512Mi}\n', ''), ['k8s-no-memory-limit:17']],
    ['request above limit', GOOD.replace('memory: 256Mi}', 'memory: 1Gi}'), ['k8s-requests-above-limits:18']],
    ['no readiness probe', GOOD.replace('          readinessProbe:\n            httpGet: {path: /ready, port: 3000}\n', ''), ['k8s-no-readiness-probe:15']],
    ['no liveness probe', GOOD.replace('          livenessProbe:\n            httpGet: {path: /live, port: 3000}\n', ''), ['k8s-no-liveness-probe:15']],
    ['no grace period', GOOD.replace('      terminationGracePeriodSeconds: 45\n', ''), ['k8s-termination-grace:2']],
    ['latest image', GOOD.replace('api:2.3.1', 'api:latest'), ['k8s-image-tag:16']],
    ['untagged image', GOOD.replace('registry.example.com/api:2.3.1', 'nginx'), ['k8s-image-tag:16']],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  test('a CronJob\'s containers are checked too, without probes or a grace period', () => {
    const text = 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: busybox:1.36\n';
    expect(codes(text)).toEqual(['k8s-no-memory-limit:12', 'k8s-no-resource-requests:12']);
  });

  test('broken YAML comes back as diagnostics, not an exception', () => {
    const result = checkKubernetesManifest('kind: [\n');
    expect(result.findings).toEqual([]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
