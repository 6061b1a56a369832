/**
 * Checks a learner's Kubernetes manifest (YAML, possibly several documents): every Deployment, StatefulSet,
 * DaemonSet, Job, CronJob and Pod container should have requests, a memory limit, probes, a grace period and
 * a pinned image. Findings carry ranges like the compose and Dockerfile ones. Each object keeps its parsed document,
 * so that nothing downstream parses the manifest again.
 */
import type { ComposeDiagnostic } from '../diagnostics.ts';
import type { ComposeFinding } from '../lint-rule.ts';
import type { Loc, MapNode, YamlNode } from '../located.ts';
import { asMap, asSeq, entryOf, scalarText } from '../located.ts';
import { MAX_COMPOSE_CHARS } from '../parse-compose.ts';
import { parseImageRef } from '../service-model.ts';
import { readComposeYaml } from '../yaml-tree.ts';
import type { ManifestCheck } from './manifest-checks.ts';
import { MANIFEST_CHECKS } from './manifest-checks.ts';
import { parseQuantity } from './quantity.ts';

export interface ManifestObject {
  readonly kind: string;
  readonly name: string;
  readonly loc: Loc;
  /** The object's YAML document, parsed once here; grading reads field values from it (`k8s-has`). */
  readonly document: MapNode;
}

export interface ManifestCheckResult {
  readonly objects: readonly ManifestObject[];
  readonly findings: readonly ComposeFinding[];
  /** YAML errors: the manifest could not be read (findings cover what could). */
  readonly diagnostics: readonly ComposeDiagnostic[];
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod']);

function finding(check: ManifestCheck, loc: Loc, message: string): ComposeFinding {
  const { start } = loc.range;
  return {
    ruleId: check.id,
    code: check.id,
    severity: check.severity,
    message,
    explanation: check.explanation,
    suggestion: check.suggestion,
    fix: undefined,
    range: loc.range,
    file: loc.file,
    reportedAs: [{ code: check.id, tool: 'shipshape', severity: check.severity, message, line: start.line, column: start.column }],
  };
}

const at = (map: MapNode | undefined, ...path: string[]): YamlNode | undefined => {
  let node: YamlNode | undefined = map;
  for (const key of path) node = entryOf(asMap(node), key)?.value;
  return node;
};

/** The pod spec inside a workload: `spec` for a Pod, `spec.template.spec` for controllers, one level deeper for CronJob. */
function podSpec(kind: string, doc: MapNode): MapNode | undefined {
  if (kind === 'Pod') return asMap(at(doc, 'spec'));
  if (kind === 'CronJob') return asMap(at(doc, 'spec', 'jobTemplate', 'spec', 'template', 'spec'));
  return asMap(at(doc, 'spec', 'template', 'spec'));
}

function checkContainer(out: ComposeFinding[], kind: string, name: string, container: MapNode): void {
  const cname = scalarText(entryOf(container, 'name')?.value) ?? '(unnamed)';
  const where = `${kind} ${name}, container ${cname}`;
  const loc = entryOf(container, 'name')?.keyLoc ?? container.loc;
  const resources = asMap(at(container, 'resources'));
  const requests = asMap(at(resources, 'requests'));
  const limits = asMap(at(resources, 'limits'));
  const missingRequests = ['cpu', 'memory'].filter((r) => !entryOf(requests, r));
  if (missingRequests.length > 0) out.push(finding(MANIFEST_CHECKS.requests, entryOf(container, 'resources')?.keyLoc ?? loc, `${where}: no ${missingRequests.join(' or ')} request.`));
  if (!entryOf(limits, 'memory')) out.push(finding(MANIFEST_CHECKS.limits, entryOf(container, 'resources')?.keyLoc ?? loc, `${where}: no memory limit.`));
  for (const r of ['cpu', 'memory']) {
    const req = scalarText(at(requests, r));
    const lim = scalarText(at(limits, r));
    if (req === undefined || lim === undefined) continue;
    const a = parseQuantity(req);
    const b = parseQuantity(lim);
    if (a !== undefined && b !== undefined && a > b) {
      out.push(finding(MANIFEST_CHECKS.requestsAboveLimits, entryOf(requests, r)!.keyLoc, `${where}: ${r} request ${req} is above its limit ${lim}.`));
    }
  }
  if (kind !== 'Job' && kind !== 'CronJob') {
    if (!entryOf(container, 'readinessProbe')) out.push(finding(MANIFEST_CHECKS.readiness, loc, `${where}: no readinessProbe.`));
    if (!entryOf(container, 'livenessProbe')) out.push(finding(MANIFEST_CHECKS.liveness, loc, `${where}: no livenessProbe.`));
  }
  const imageEntry = entryOf(container, 'image');
  const image = scalarText(imageEntry?.value);
  if (image !== undefined && imageEntry) {
    const ref = parseImageRef(image, imageEntry.value.loc);
    if (ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest')) {
      out.push(finding(MANIFEST_CHECKS.imageTag, imageEntry.value.loc, `${where}: image ${image} ${ref.tag === undefined ? 'has no tag' : 'is :latest'}, so imagePullPolicy defaults to Always.`));
    }
  }
}

export function checkKubernetesManifest(text: string, file = 'manifest.yaml'): ManifestCheckResult {
  if (text.length > MAX_COMPOSE_CHARS) {
    const start = { line: 1, column: 1, offset: 0 };
    return {
      objects: [],
      findings: [],
      diagnostics: [{ severity: 'error', code: 'not-simulated', message: `${file} is ${(text.length / 1024).toFixed(0)} KB; Shipshape reads manifests up to ${MAX_COMPOSE_CHARS / 1024} KB`, file, range: { start, end: start } }],
    };
  }
  const read = readComposeYaml(file, text, undefined);
  const objects: ManifestObject[] = [];
  const findings: ComposeFinding[] = [];
  for (const doc of read.documents) {
    const kind = scalarText(entryOf(doc, 'kind')?.value);
    if (kind === undefined) continue;
    const name = scalarText(at(doc, 'metadata', 'name')) ?? '(unnamed)';
    const loc = entryOf(doc, 'kind')!.value.loc;
    objects.push({ kind, name, loc, document: doc });
    if (!WORKLOADS.has(kind)) continue;
    const spec = podSpec(kind, doc);
    if (!spec) continue;
    for (const c of asSeq(at(spec, 'containers'))?.items ?? []) {
      const container = asMap(c);
      if (container) checkContainer(findings, kind, name, container);
    }
    if (kind !== 'Job' && kind !== 'CronJob' && !entryOf(spec, 'terminationGracePeriodSeconds')) {
      findings.push(finding(MANIFEST_CHECKS.grace, loc, `${kind} ${name}: no terminationGracePeriodSeconds — Kubernetes waits 30 s after SIGTERM, then kills.`));
    }
  }
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
  return { objects, findings, diagnostics: read.diagnostics };
}
