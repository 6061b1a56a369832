import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseCompose } from '../parse-compose.ts';
import { toKubernetes } from './to-kubernetes.ts';

const text = `services:
  api:
    image: registry.example.com/shop/api:2.3.1
    command: ["node", "server.js"]
    ports: ["8080:3000"]
    environment:
      NODE_ENV: production
    healthcheck:
      test: ["CMD-SHELL", "wget -qO- http://localhost:3000/health || exit 1"]
      interval: 15s
      timeout: 3s
      retries: 4
      start_period: 20s
    stop_grace_period: 45s
    depends_on: [db]
    deploy:
      replicas: 3
      resources:
        limits:
          cpus: '0.5'
          memory: 512M
        reservations:
          memory: 256M
  db:
    image: postgres:16
    volumes: [pg:/var/lib/postgresql/data]
volumes:
  pg:
`;

describe('a compose service as Kubernetes objects', () => {
  const { model } = parseCompose([{ path: '/p/shop/compose.yaml', text }], { env: {} });

  test('Deployment: image, replicas, args, ports, env, resources, probes, grace period', () => {
    const result = toKubernetes(model, 'api');
    if (!result.ok) throw new Error(result.error);
    const spec = (result.view.deployment as any).spec;
    expect(spec.replicas).toBe(3);
    expect(spec.template.spec.terminationGracePeriodSeconds).toBe(45);
    expect(spec.template.spec.containers[0]).toEqual({
      name: 'api',
      image: 'registry.example.com/shop/api:2.3.1',
      args: ['node', 'server.js'],
      ports: [{ containerPort: 3000, protocol: 'TCP' }],
      env: [{ name: 'NODE_ENV', value: 'production' }],
      resources: { requests: { memory: '256Mi' }, limits: { memory: '512Mi', cpu: '500m' } },
      livenessProbe: {
        exec: { command: ['/bin/sh', '-c', 'wget -qO- http://localhost:3000/health || exit 1'] },
        initialDelaySeconds: 20,
        periodSeconds: 15,
        timeoutSeconds: 3,
        failureThreshold: 4,
      },
      readinessProbe: {
        exec: { command: ['/bin/sh', '-c', 'wget -qO- http://localhost:3000/health || exit 1'] },
        initialDelaySeconds: 20,
        periodSeconds: 15,
        timeoutSeconds: 3,
        failureThreshold: 4,
      },
    });
  });

  test('Service: the published port forwards to the container port', () => {
    const result = toKubernetes(model, 'api');
    expect(result.ok && (result.view.kubeService as any).spec.ports).toEqual([{ name: '3000-tcp', port: 8080, targetPort: 3000, protocol: 'TCP' }]);
  });

  test('the YAML text is the same objects, one document each', () => {
    const result = toKubernetes(model, 'db');
    if (!result.ok) throw new Error(result.error);
    const docs = result.view.yaml.split(/^---\n/m).map((d) => parse(d));
    expect(docs.map((d) => d.kind)).toEqual(['Deployment', 'PersistentVolumeClaim']);
    expect(docs[0]).toEqual(result.view.deployment);
    expect(result.view.yaml).not.toMatch(/[&*]a\d/);
  });

  test('what has no equivalent is said in words', () => {
    const result = toKubernetes(model, 'api');
    expect(result.ok && result.view.notes.some((n) => n.startsWith('depends_on has no equivalent'))).toBe(true);
    const db = toKubernetes(model, 'db');
    expect(db.ok && db.view.notes.some((n) => n.includes('BestEffort'))).toBe(true);
    expect(db.ok && db.view.notes.some((n) => n.startsWith('No ports, so no Service'))).toBe(true);
  });

  test('an unknown service is an error value', () => {
    expect(toKubernetes(model, 'nope')).toEqual({ ok: false, error: 'no service named "nope" in the compose file' });
  });
});
