/**
 * The checks about a compose project and Kubernetes manifests. They read what `analyze` already computed —
 * `report.compose` (load diagnostics, lint findings, the simulated `docker compose up -d`) and
 * `report.kubernetes` (each manifest's objects and findings) — and say in words why they pass or fail.
 * `k8s-has` reads a manifest's values from the documents the manifest checks already parsed (one parse per report).
 */
import type { Check } from './checks.ts';
import type { Evidence } from './evidence.ts';
import type { ComposeAnalysis } from '../compose/analyze-files.ts';
import type { ServiceReport } from '../compose/simulate/report-types.ts';
import { readManifestField } from './manifest-fields.ts';

type Outcome = readonly [passed: boolean, reason: string];

export type OrchestrationCheck = Extract<
  Check,
  { kind: 'compose-up-ok' | 'compose-service-state' | 'compose-connects' | 'compose-no-finding' | 'compose-has-limits' | 'k8s-no-finding' | 'k8s-has' }
>;

const ORCHESTRATION_KINDS: ReadonlySet<string> = new Set([
  'compose-up-ok',
  'compose-service-state',
  'compose-connects',
  'compose-no-finding',
  'compose-has-limits',
  'k8s-no-finding',
  'k8s-has',
]);

export function isOrchestrationCheck(check: Check): check is OrchestrationCheck {
  return ORCHESTRATION_KINDS.has(check.kind);
}

const NO_COMPOSE: Outcome = [false, 'There is no compose file (compose.yaml) to run.'];

/** The first load error: Compose refuses the project before it starts anything. */
function loadError(compose: ComposeAnalysis): string | undefined {
  const error = compose.diagnostics.find((d) => d.severity === 'error');
  return error && `${error.file} line ${error.range.start.line}: ${error.message}`;
}

function service(compose: ComposeAnalysis, name: string): ServiceReport | undefined {
  return compose.up.services.find((s) => s.name === name);
}

function noService(compose: ComposeAnalysis, name: string): Outcome {
  const names = compose.up.services.map((s) => s.name);
  return [false, `There is no service called ${name}${names.length > 0 ? ` (services: ${names.join(', ')})` : ''}.`];
}

function upOk(compose: ComposeAnalysis): Outcome {
  const error = loadError(compose);
  if (error) return [false, `docker compose refuses the file: ${error}`];
  const up = compose.up;
  if (up.ok) return [true, '`docker compose up -d` finishes with exit code 0.'];
  if (up.error) return [false, `\`docker compose up -d\` fails: ${up.error}`];
  const waiting = up.services.find((s) => s.state === 'waiting');
  return [false, waiting ? `\`docker compose up -d\` never finishes: ${waiting.name} ${waiting.reason}.` : '`docker compose up -d` does not finish.'];
}

/** A service's state at the end of the simulated window, as a sentence: "api keeps restarting: …". */
const STATE_WORDS: Readonly<Record<ServiceReport['state'], string>> = {
  started: 'is up',
  completed: 'ran to completion',
  failed: 'has failed',
  waiting: 'is still waiting',
  restarting: 'keeps restarting',
  'not-started': 'was not started',
  inactive: 'is not active',
};

function serviceState(compose: ComposeAnalysis, check: Extract<Check, { kind: 'compose-service-state' }>): Outcome {
  const error = loadError(compose);
  if (error) return [false, `docker compose refuses the file: ${error}`];
  const s = service(compose, check.service);
  if (!s) return noService(compose, check.service);
  const now = `${s.name} ${STATE_WORDS[s.state]}: ${s.reason.replace(/\.$/, '')}.`;
  if (check.state === 'healthy') {
    if (s.state === 'started' && s.health === 'healthy') return [true, now];
    if (s.state === 'started' && s.health === undefined) return [false, `${s.name} runs, but it has no healthcheck, so Docker cannot tell whether it is healthy.`];
    return [false, now];
  }
  return [s.state === check.state, now];
}

function connects(compose: ComposeAnalysis, from: string, to: string): Outcome {
  const error = loadError(compose);
  if (error) return [false, `docker compose refuses the file: ${error}`];
  if (!service(compose, from)) return noService(compose, from);
  const mine = compose.up.connections.filter((c) => c.service === from);
  const toTarget = mine.filter((c) => c.target === to);
  const said = (c: { variable: string; message: string }) => (c.message.includes(c.variable) ? c.message : `${c.variable}: ${c.message}`);
  const failing = toTarget.find((c) => c.fails);
  if (failing) return [false, said(failing)];
  const ok = toTarget.find((c) => c.outcome === 'ok');
  if (ok) return [true, `${from} reaches ${to} at ${ok.host}${ok.port === undefined ? '' : `:${ok.port}`} (${ok.variable}).`];
  const elsewhere = mine.find((c) => c.fails);
  if (elsewhere) return [false, said(elsewhere)];
  const seen = mine.map((c) => `${c.variable} → ${c.host}${c.port === undefined ? '' : `:${c.port}`}`);
  return [
    false,
    `Nothing in ${from}'s environment points at ${to}${seen.length > 0 ? ` (it connects to: ${seen.join(', ')})` : ''}. Shipshape reads URLs (postgres://db:5432/app) and HOST/PORT pairs.`,
  ];
}

function noComposeFinding(compose: ComposeAnalysis, rule: string): Outcome {
  const hit = compose.findings.find((f) => f.code === rule || f.ruleId === rule);
  return hit ? [false, `${hit.file} line ${hit.range.start.line}: ${hit.message}`] : [true, `Nothing flagged under ${rule}.`];
}

function hasLimits(compose: ComposeAnalysis, name: string | undefined): Outcome {
  const error = loadError(compose);
  if (error) return [false, `docker compose refuses the file: ${error}`];
  if (name !== undefined && !service(compose, name)) return noService(compose, name);
  const limits = compose.up.limits.filter((l) => name === undefined || l.service === name);
  if (limits.length === 0) return [false, name === undefined ? 'No service runs.' : `${name} is not running (is it in an inactive profile?).`];
  const missing = limits
    .map((l) => ({ service: l.service, lacks: [l.memoryBytes === undefined ? 'memory' : '', l.cpus === undefined ? 'CPU' : ''].filter(Boolean) }))
    .filter((l) => l.lacks.length > 0);
  if (missing.length > 0) return [false, missing.map((m) => `${m.service} has no ${m.lacks.join(' or ')} limit`).join('; ') + '.'];
  return [true, limits.map((l) => `${l.service}: ${l.memoryKey ?? 'memory'} and cpus set`).join('; ') + '.'];
}

function k8sNoFinding(evidence: Evidence, rule: string): Outcome {
  const manifests = evidence.orchestration?.kubernetes ?? [];
  if (manifests.length === 0) return [false, 'There is no Kubernetes manifest (a *.k8s.yaml file) yet.'];
  const broken = manifests.flatMap((m) => m.diagnostics).find((d) => d.severity === 'error');
  if (broken) return [false, `${broken.file} line ${broken.range.start.line}: ${broken.message}`];
  if (manifests.every((m) => m.objects.length === 0)) return [false, 'The manifest declares no Kubernetes object (no `kind:`).'];
  const hit = manifests.flatMap((m) => m.findings).find((f) => f.code === rule || f.ruleId === rule);
  return hit ? [false, `${hit.file} line ${hit.range.start.line}: ${hit.message}`] : [true, `Nothing flagged under ${rule}.`];
}

export function evaluateOrchestration(check: OrchestrationCheck, evidence: Evidence): Outcome {
  const compose = evidence.orchestration?.compose;
  switch (check.kind) {
    case 'compose-up-ok':
      return compose ? upOk(compose) : NO_COMPOSE;
    case 'compose-service-state':
      return compose ? serviceState(compose, check) : NO_COMPOSE;
    case 'compose-connects':
      return compose ? connects(compose, check.from, check.to) : NO_COMPOSE;
    case 'compose-no-finding':
      return compose ? noComposeFinding(compose, check.rule) : NO_COMPOSE;
    case 'compose-has-limits':
      return compose ? hasLimits(compose, check.service) : NO_COMPOSE;
    case 'k8s-no-finding':
      return k8sNoFinding(evidence, check.rule);
    case 'k8s-has':
      return readManifestField(evidence, check);
  }
}

export function describeOrchestration(check: OrchestrationCheck): string {
  switch (check.kind) {
    case 'compose-up-ok':
      return '`docker compose up -d` succeeds';
    case 'compose-service-state':
      return check.state === 'healthy' ? `${check.service} runs and is healthy` : `${check.service} ends up ${check.state}`;
    case 'compose-connects':
      return `${check.from} can reach ${check.to}`;
    case 'compose-no-finding':
      return `No ${check.rule} finding in the compose file`;
    case 'compose-has-limits':
      return check.service === undefined ? 'Every service has a memory and a CPU limit' : `${check.service} has a memory and a CPU limit`;
    case 'k8s-no-finding':
      return `No ${check.rule} finding in the manifest`;
    case 'k8s-has': {
      const bounds = [check.min === undefined ? '' : `at least ${check.min}`, check.max === undefined ? '' : `at most ${check.max}`].filter(Boolean).join(' and ');
      return `${check.object}${check.name ? ` ${check.name}` : ''} sets ${check.field}${bounds ? ` (${bounds})` : ''}`;
    }
  }
}
