/**
 * The Kubernetes objects a compose service corresponds to — what kompose and `docker compose bridge convert`
 * emit (kubernetes.io "Translate a Docker Compose File to Kubernetes Resources"): a Deployment for the
 * containers, a Service when it has ports, a PersistentVolumeClaim per named volume — to set side by side
 * with the compose file. Where there is no equivalent (depends_on, restart policies other than always, host
 * bind mounts), a note says what Kubernetes does instead.
 */
import { stringify } from 'yaml';
import type { ComposeModel, ComposeService } from '../model-types.ts';
import { cpuQuantity, memoryQuantity } from './quantity.ts';

export type KubeObject = Readonly<Record<string, unknown>>;

export interface KubernetesView {
  readonly service: string;
  readonly deployment: KubeObject;
  /** `undefined` when the service publishes and exposes no port (kompose makes no Service then). */
  readonly kubeService: KubeObject | undefined;
  readonly volumeClaims: readonly KubeObject[];
  /** All objects as one multi-document YAML text. */
  readonly yaml: string;
  /** What does not carry over, in plain words. */
  readonly notes: readonly string[];
}

export type ToKubernetesResult = { readonly ok: true; readonly view: KubernetesView } | { readonly ok: false; readonly error: string };

/** Kubernetes names: lower-case RFC 1123 labels. */
function kubeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'app';
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function probe(service: ComposeService): Record<string, unknown> | undefined {
  const hc = service.healthcheck;
  if (!hc || hc.disabled || !hc.test || hc.test[0] === 'NONE') return undefined;
  const command = hc.test[0] === 'CMD-SHELL' ? ['/bin/sh', '-c', hc.test.slice(1).join(' ')] : hc.test.slice(1);
  return {
    exec: { command },
    ...(hc.startPeriodMs > 0 ? { initialDelaySeconds: seconds(hc.startPeriodMs) } : {}),
    periodSeconds: seconds(hc.intervalMs),
    timeoutSeconds: seconds(hc.timeoutMs),
    failureThreshold: hc.retries,
  };
}

export function toKubernetes(model: ComposeModel, serviceName: string): ToKubernetesResult {
  const service = model.services.find((s) => s.name === serviceName);
  if (!service) return { ok: false, error: `no service named "${serviceName}" in the compose file` };
  const name = kubeName(service.name);
  const labels = { 'app.kubernetes.io/name': name };
  const notes: string[] = [];

  const ports = [...new Map([...service.ports.map((p) => [`${p.target}/${p.protocol}`, p] as const)]).values()];
  const exposed = service.expose.filter((e) => !ports.some((p) => p.target === e.value.port));
  const containerPorts = [
    ...ports.map((p) => ({ containerPort: p.target, protocol: p.protocol.toUpperCase() })),
    ...exposed.map((e) => ({ containerPort: e.value.port, protocol: e.value.protocol.toUpperCase() })),
  ];
  const env = service.environment.filter((e) => e.value !== undefined).map((e) => ({ name: e.name, value: e.value }));
  const r = service.resources;
  const limits: Record<string, string> = {};
  const requests: Record<string, string> = {};
  if (r.memoryBytes) limits['memory'] = memoryQuantity(r.memoryBytes.value);
  if (r.cpus) limits['cpu'] = cpuQuantity(r.cpus.value);
  if (r.memoryReservationBytes) requests['memory'] = memoryQuantity(r.memoryReservationBytes.value);
  if (r.cpusReservation) requests['cpu'] = cpuQuantity(r.cpusReservation.value);
  if (Object.keys(limits).length > 0 && Object.keys(requests).length === 0) {
    notes.push('No reservations in the compose file, so no requests here: Kubernetes then uses the limits as the requests.');
  }
  if (Object.keys(limits).length === 0) {
    notes.push('No limits: the pod is BestEffort (no requests or limits) and the first to be evicted when a node runs short of memory.');
  }
  const health = probe(service);
  if (health) {
    notes.push('The healthcheck becomes both probes: a failing livenessProbe restarts the container (Docker only marks it unhealthy), a failing readinessProbe takes it out of the Service.');
  } else {
    notes.push('No healthcheck, so no probes: Kubernetes sends traffic as soon as the container runs and restarts it only when it exits.');
  }

  const volumeMounts: Record<string, unknown>[] = [];
  const volumes: Record<string, unknown>[] = [];
  const volumeClaims: KubeObject[] = [];
  service.volumes.forEach((m, i) => {
    const volName = kubeName(m.source ?? `${service.name}-data-${i}`);
    volumeMounts.push({ name: volName, mountPath: m.target, ...(m.readOnly ? { readOnly: true } : {}) });
    if (m.type === 'volume' && m.source !== undefined) {
      volumes.push({ name: volName, persistentVolumeClaim: { claimName: volName } });
      volumeClaims.push({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: volName, labels },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      });
    } else if (m.type === 'bind') {
      volumes.push({ name: volName, hostPath: { path: m.source } });
      notes.push(`The bind mount ${m.source} becomes a hostPath: a directory on whichever node runs the pod — not portable; use a ConfigMap for config files or a PersistentVolumeClaim for data.`);
    } else {
      volumes.push({ name: volName, emptyDir: m.type === 'tmpfs' ? { medium: 'Memory' } : {} });
    }
  });
  if (volumeClaims.length > 0) notes.push('Each named volume becomes a PersistentVolumeClaim; 1Gi is a placeholder size to adjust.');

  const command = service.entrypoint ? (typeof service.entrypoint.value === 'string' ? ['/bin/sh', '-c', service.entrypoint.value] : service.entrypoint.value) : undefined;
  const args = service.command ? (typeof service.command.value === 'string' ? service.command.value.split(/\s+/).filter(Boolean) : service.command.value) : undefined;
  const container: Record<string, unknown> = {
    name,
    image: service.image?.ref ?? `${name}:TAG`,
    ...(command ? { command } : {}),
    ...(args ? { args } : {}),
    ...(containerPorts.length > 0 ? { ports: containerPorts } : {}),
    ...(env.length > 0 ? { env } : {}),
    ...(Object.keys(limits).length + Object.keys(requests).length > 0
      ? { resources: { ...(Object.keys(requests).length > 0 ? { requests } : {}), ...(Object.keys(limits).length > 0 ? { limits } : {}) } }
      : {}),
    ...(health ? { livenessProbe: health, readinessProbe: health } : {}),
    ...(volumeMounts.length > 0 ? { volumeMounts } : {}),
  };
  if (!service.image) notes.push('The service is built from source: push the image to a registry the cluster can pull from and put its name here.');
  else if (service.image.tag === undefined || service.image.tag === 'latest') {
    notes.push('With :latest (or no tag) Kubernetes sets imagePullPolicy: Always, and pods started at different times may run different images.');
  }

  const graceSeconds = service.stopGracePeriodMs ? seconds(service.stopGracePeriodMs.value) : undefined;
  if (graceSeconds === undefined) notes.push('No stop_grace_period: Compose waits 10 s before SIGKILL, Kubernetes 30 s (terminationGracePeriodSeconds).');
  if (service.dependsOn.length > 0) {
    notes.push('depends_on has no equivalent: pods start in any order. Make the app retry its connections; readiness probes keep traffic away until it can serve.');
  }
  if (service.restart && service.restart.name !== 'always' && service.restart.name !== 'unless-stopped') {
    notes.push(`restart: ${service.restart.raw || service.restart.name} — a Deployment always restarts its pods; a run-to-completion task is a Job.`);
  }
  const publishedPorts = ports.filter((p) => p.published !== undefined);
  if (publishedPorts.length > 0) {
    notes.push('Published ports become a ClusterIP Service, reachable inside the cluster by its name; to reach it from outside add an Ingress, or make the Service a LoadBalancer/NodePort.');
  }

  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas: Math.max(0, service.replicas?.value ?? 1),
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [container],
          ...(graceSeconds !== undefined ? { terminationGracePeriodSeconds: graceSeconds } : {}),
          ...(volumes.length > 0 ? { volumes } : {}),
        },
      },
    },
  };
  const servicePorts = [
    ...ports.map((p) => ({ name: `${p.target}-${p.protocol}`, port: p.published?.start ?? p.target, targetPort: p.target, protocol: p.protocol.toUpperCase() })),
    ...exposed.map((e) => ({ name: `${e.value.port}-${e.value.protocol}`, port: e.value.port, targetPort: e.value.port, protocol: e.value.protocol.toUpperCase() })),
  ];
  if (servicePorts.length === 0) {
    notes.push(`No ports, so no Service: other pods cannot reach ${name} by name. In Compose the service name resolves anyway; here, declare the port (expose: ["…"]) to get a Service.`);
  }
  const kubeService: KubeObject | undefined =
    servicePorts.length > 0 ? { apiVersion: 'v1', kind: 'Service', metadata: { name, labels }, spec: { selector: labels, ports: servicePorts } } : undefined;
  const docs = [deployment, ...(kubeService ? [kubeService] : []), ...volumeClaims];
  const yaml = docs.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
  return { ok: true, view: { service: service.name, deployment, kubeService, volumeClaims, yaml, notes } };
}
