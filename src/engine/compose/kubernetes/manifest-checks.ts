/**
 * What the manifest checks look for, with the why and what-to-do shown to a learner. Facts: kubernetes.io
 * "Resource Management for Pods and Containers" (requests schedule, CPU limits throttle, memory limits
 * OOM-kill), "Pod Quality of Service Classes" (BestEffort pods are evicted first), "Configure Liveness,
 * Readiness and Startup Probes", "Pod Lifecycle" (30 s default grace period), "Images" (`:latest` or no tag
 * implies imagePullPolicy: Always).
 */
import type { Severity } from '../../lint/finding.ts';

export interface ManifestCheck {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly explanation: string;
  readonly suggestion: string;
}

const check = (c: ManifestCheck) => c;

export const MANIFEST_CHECKS = {
  requests: check({
    id: 'k8s-no-resource-requests',
    severity: 'warning',
    title: 'The container has no resource requests',
    explanation:
      'The scheduler places pods by their requests. Without them it assumes the pod needs nothing, packs too many onto a node, and the pod is among the first evicted when the node runs short (QoS class BestEffort or Burstable).',
    suggestion: 'Set resources.requests.cpu and .memory to what the container uses in normal operation.',
  }),
  limits: check({
    id: 'k8s-no-memory-limit',
    severity: 'warning',
    title: 'The container has no memory limit',
    explanation:
      'Without a memory limit one container can use the node\'s memory until the kubelet evicts pods or the kernel OOM-kills something else. A memory limit is enforced by the kernel: going over it kills only this container (OOMKilled, exit 137), which Kubernetes restarts.',
    suggestion: 'Set resources.limits.memory a little above the measured peak; equal requests and limits make the pod Guaranteed.',
  }),
  requestsAboveLimits: check({
    id: 'k8s-requests-above-limits',
    severity: 'error',
    title: 'A request is larger than its limit',
    explanation: 'Kubernetes refuses the object: a container\'s request must be less than or equal to its limit.',
    suggestion: 'Lower the request or raise the limit.',
  }),
  liveness: check({
    id: 'k8s-no-liveness-probe',
    severity: 'info',
    title: 'The container has no liveness probe',
    explanation: 'Without a liveness probe Kubernetes restarts the container only when its process exits; a process that hangs keeps its place and its traffic.',
    suggestion: 'Add a livenessProbe that fails only when a restart would help (a hung event loop, a deadlock) — not when a dependency is down.',
  }),
  readiness: check({
    id: 'k8s-no-readiness-probe',
    severity: 'warning',
    title: 'The container has no readiness probe',
    explanation: 'Without a readiness probe a pod receives traffic from its Service as soon as the container starts, before the app can answer — requests fail during every rollout and restart.',
    suggestion: 'Add a readinessProbe (an HTTP health endpoint or a TCP check on the serving port).',
  }),
  grace: check({
    id: 'k8s-termination-grace',
    severity: 'info',
    title: 'No terminationGracePeriodSeconds',
    explanation:
      'On shutdown Kubernetes sends SIGTERM to PID 1 and SIGKILL after the grace period, 30 s by default. An app that ignores SIGTERM (a shell as PID 1, no handler) is killed after 30 s on every rollout; one that needs longer to drain loses requests.',
    suggestion: 'Set terminationGracePeriodSeconds to how long the app needs to finish in-flight work, and make sure PID 1 handles SIGTERM.',
  }),
  imageTag: check({
    id: 'k8s-image-tag',
    severity: 'warning',
    title: 'The image is `:latest` or untagged',
    explanation:
      'With `:latest` or no tag, Kubernetes sets imagePullPolicy: Always, and pods started at different times — after a reschedule or a scale-up — can run different images. A rollback has no tag to go back to.',
    suggestion: 'Use an immutable tag per build (a version or commit SHA), or a digest.',
  }),
} as const;
