/**
 * `k8s-has`: whether the learner's Kubernetes objects set a field, and (with `min`/`max`) to what. The path is
 * dotted as in the manifest; `containers[]` means every container must have the rest. Numbers are compared as
 * written; quantities are read as Kubernetes reads them (`512Mi` = 536870912 bytes, `250m` = 0.25 CPU,
 * k8s.io/apimachinery `resource.Quantity`). It reads the documents `analyze` parsed once (`report.kubernetes`).
 */
import type { Check } from './checks.ts';
import type { Evidence } from './evidence.ts';
import type { MapNode, YamlNode } from '../compose/located.ts';
import { asMap, asSeq, entryOf, scalarText } from '../compose/located.ts';
import { parseQuantity } from '../compose/kubernetes/quantity.ts';

type Outcome = readonly [passed: boolean, reason: string];
type HasCheck = Extract<Check, { kind: 'k8s-has' }>;

interface Found {
  /** Where it is, as the learner reads it: `containers[api].resources.limits.memory`. */
  readonly where: string;
  readonly node: YamlNode | undefined;
}

/** Every node the path leads to; a `[]` step fans out over the list's items (named by their `name:` when they have one). */
function walk(root: MapNode, field: string): Found[] {
  let current: Found[] = [{ where: '', node: root }];
  for (const part of field.split('.')) {
    const each = part.endsWith('[]');
    const key = each ? part.slice(0, -2) : part;
    const next: Found[] = [];
    for (const found of current) {
      const where = found.where === '' ? key : `${found.where}.${key}`;
      const value = entryOf(asMap(found.node), key)?.value;
      if (!each) {
        next.push({ where, node: value });
        continue;
      }
      const items = asSeq(value)?.items ?? [];
      if (items.length === 0) next.push({ where: `${where}[]`, node: undefined });
      items.forEach((item, i) => next.push({ where: `${where}[${scalarText(entryOf(asMap(item), 'name')?.value) ?? i}]`, node: item }));
    }
    current = next;
  }
  return current;
}

function numberOf(node: YamlNode | undefined): number | undefined {
  const text = scalarText(node);
  return text === undefined ? undefined : parseQuantity(text);
}

/** A bound in the unit the learner wrote: `420Mi` next to `256Mi`, `500m` next to `250m`. */
function inUnitOf(bound: number, written: string): string {
  const unit = /(Ki|Mi|Gi|Ti)$/.exec(written)?.[1];
  if (unit) {
    const size = 1024 ** (['Ki', 'Mi', 'Gi', 'Ti'].indexOf(unit) + 1);
    return `${Number((bound / size).toFixed(2))}${unit}`;
  }
  if (written.endsWith('m')) return `${Math.round(bound * 1000)}m`;
  return String(bound);
}

function judge(found: Found, check: HasCheck): string | undefined {
  if (found.node === undefined || (found.node.kind === 'scalar' && found.node.value === null)) return `${found.where} is not set`;
  if (check.min === undefined && check.max === undefined) return undefined;
  const value = numberOf(found.node);
  const shown = scalarText(found.node) ?? '(not a number)';
  if (value === undefined) return `${found.where} is ${shown}, not a number or quantity`;
  if (check.min !== undefined && value < check.min) return `${found.where} is ${shown}, below ${inUnitOf(check.min, shown)}`;
  if (check.max !== undefined && value > check.max) return `${found.where} is ${shown}, above ${inUnitOf(check.max, shown)}`;
  return undefined;
}

export function readManifestField(evidence: Evidence, check: HasCheck): Outcome {
  // The manifests as `analyze` already parsed and checked them (check-manifest.ts): read, never re-parsed.
  const manifests = evidence.orchestration?.kubernetes ?? [];
  if (manifests.length === 0) return [false, 'There is no Kubernetes manifest (a *.k8s.yaml file) yet.'];
  for (const manifest of manifests) {
    const error = manifest.diagnostics.find((d) => d.severity === 'error');
    if (error) return [false, error.code === 'not-simulated' ? `${error.message}.` : `${manifest.file} line ${error.range.start.line}: ${error.message}`];
  }
  const objects = manifests.flatMap((m) => m.objects);
  const wanted = `${check.object}${check.name === undefined ? '' : ` ${check.name}`}`;
  const matching = objects.filter((o) => o.kind === check.object && (check.name === undefined || o.name === check.name));
  if (matching.length === 0) {
    const seen = objects.map((o) => `${o.kind} ${o.name}`);
    return [false, `There is no ${wanted}${seen.length > 0 ? ` (the manifest has: ${seen.join(', ')})` : ''}.`];
  }
  const problems: string[] = [];
  const values: string[] = [];
  for (const object of matching) {
    for (const found of walk(object.document, check.field)) {
      const problem = judge(found, check);
      if (problem) problems.push(`${object.kind} ${object.name}: ${problem}`);
      else values.push(`${found.where}${scalarText(found.node) === undefined ? '' : ` = ${scalarText(found.node)}`}`);
    }
  }
  return problems.length > 0 ? [false, `${problems.join('; ')}.`] : [true, `${wanted} sets ${values.join(', ')}.`];
}
