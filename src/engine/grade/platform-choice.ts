/**
 * `platform-choice`: the learner picks where a company should run its containers — Compose, Swarm, Kubernetes or
 * a hosted PaaS — and says why, in a decision file:
 *
 * ```yaml
 * corner-bakery:
 *   platform: compose
 *   reason: one server in one town, and nobody on the team runs infrastructure
 * ```
 *
 * There is no answer key. Each platform has hard limits (what it cannot do) and a cost; a choice is accepted when
 * none of the company's stated constraints rules it out, and the reason names at least one of those constraints.
 * Facts: Compose runs a project on one Docker engine and Docker points to Swarm to scale beyond one server
 * (docs.docker.com "Use Compose in production"); Swarm and Compose have no autoscaler (replicas change with
 * `docker service scale` / `up`); Kubernetes ships three minor releases a year, each patched for about 14
 * months (kubernetes.io "Kubernetes Release Cycle"). Prices are the lecture's author's (course document
 * "Docker in Practice", §17): a $100/month VM costs about $300/month as a managed Kubernetes node.
 */
import type { Company } from './checks.ts';
import type { Evidence } from './evidence.ts';
import { asMap, entryOf, scalarText } from '../compose/located.ts';
import { readComposeYaml } from '../compose/yaml-tree.ts';
import { MAX_COMPOSE_CHARS } from '../compose/parse-compose.ts';

type Outcome = readonly [passed: boolean, reason: string];

export const PLATFORMS = ['compose', 'swarm', 'kubernetes', 'paas'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The lecture author's prices, per server and month (labelled as theirs wherever they are shown). */
export const VM_PER_MONTH = 100;
export const MANAGED_KUBERNETES_NODE_PER_MONTH = 300;

const NAMES: Readonly<Record<Platform, string>> = { compose: 'Compose', swarm: 'Swarm', kubernetes: 'Kubernetes', paas: 'A hosted PaaS' };

const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What rules a platform out for a company, in words; empty when nothing does. */
export function objections(platform: Platform, c: Company): string[] {
  const out: string[] = [];
  const vms = c.servers * VM_PER_MONTH;
  switch (platform) {
    case 'compose':
      if (c.servers > 1) out.push(`it runs a project on one Docker engine, so on one machine, and ${c.name} needs ${plural(c.servers, 'server')} (Docker's own advice is Swarm beyond one server)`);
      if (c.regions > 1) out.push(`one machine sits in one region, and ${c.name} must run in ${c.regions}`);
      if (c.autoscaling) out.push('it never adds containers or machines when load rises: someone has to edit the file and run `up` again');
      if (c.budgetPerMonth < vms) out.push(`even plain VMs cost about ${dollars(vms)} a month at the lecture's prices, over the ${dollars(c.budgetPerMonth)} budget`);
      break;
    case 'swarm':
      if (c.autoscaling) out.push('it has no autoscaler: replicas change only when someone (or a script) runs `docker service scale`');
      if (c.budgetPerMonth < vms) out.push(`${plural(c.servers, 'VM')} cost about ${dollars(vms)} a month at the lecture's prices, over the ${dollars(c.budgetPerMonth)} budget`);
      break;
    case 'kubernetes': {
      if (c.opsPeople === 0) {
        out.push(
          `nobody at ${c.name} runs infrastructure as part of their job, and even a managed cluster leaves manifests, upgrades (three Kubernetes releases a year, each patched for about 14 months) and hardening to the team — the lecture's author puts meeting a compliance standard alone at two weeks of work`,
        );
      }
      const managed = c.servers * MANAGED_KUBERNETES_NODE_PER_MONTH;
      const canSelfHost = c.opsPeople >= 2;
      const cheapest = canSelfHost ? vms : managed;
      if (c.budgetPerMonth < cheapest) {
        out.push(
          canSelfHost
            ? `even self-hosted on plain VMs, ${plural(c.servers, 'server')} cost about ${dollars(vms)} a month, over the ${dollars(c.budgetPerMonth)} budget`
            : `managed Kubernetes for ${plural(c.servers, 'node')} costs about ${dollars(managed)} a month at the lecture's prices (${dollars(MANAGED_KUBERNETES_NODE_PER_MONTH)} a node against ${dollars(VM_PER_MONTH)} for a plain VM), over the ${dollars(c.budgetPerMonth)} budget, and running it yourself takes more than ${c.opsPeople === 1 ? 'one person' : 'the people it has'}`,
        );
      }
      break;
    }
    case 'paas':
      if (c.ownInfrastructure) out.push(`it runs your containers on its own machines and in its own accounts, and ${c.name} must run on infrastructure it controls`);
      break;
  }
  return out;
}

/** Things worth knowing about a choice that is still defensible. */
function notes(platform: Platform, c: Company): string[] {
  const out: string[] = [];
  if (platform === 'swarm' && c.servers === 1) out.push('on one server a single-node Swarm works, though plain Compose does the same with less to learn');
  if (platform === 'kubernetes' && c.servers <= 10 && !c.autoscaling) out.push(`for ${plural(c.servers, 'server')} without autoscaling, Swarm would cost less in money and in people's time`);
  if (platform === 'paas' && c.servers > 10) out.push('at this size check the PaaS bill against the budget: hosted platforms get expensive as usage grows');
  if (platform === 'compose' || platform === 'swarm') out.push(`about ${dollars(c.servers * VM_PER_MONTH)} a month in VMs at the lecture's prices`);
  return out;
}

/** Words that show which constraint a reason is about. */
const CONSTRAINT_WORDS: readonly RegExp[] = [
  /\b(servers?|machines?|nodes?|hosts?|vms?|boxe?s?)\b/i,
  /\b(regions?|countr(y|ies)|continents?|global|worldwide|locations?)\b/i,
  /\b(team|people|persons?|engineers?|ops|devops|sres?|admins?|staff|hire|nobody|developers?|time)\b/i,
  /(\$|budget|costs?|cheap|expensive|money|price|afford|spend|bill)/i,
  /(scal|spikes?|bursts?|traffic|load|peaks?)/i,
  /\b(own|compliance|compliant|contracts?|control|regulat\w*|gpus?|hardware|on-prem\w*|residency|audit\w*)\b/i,
];

function reasonProblem(reason: string, c: Company): string | undefined {
  const words = reason.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'there is no reason yet';
  const numbers = [c.servers, c.regions, c.engineers, c.opsPeople, c.budgetPerMonth].map(String);
  const named = CONSTRAINT_WORDS.some((re) => re.test(reason)) || words.some((w) => numbers.includes(w.replace(/[^\d]/g, '')) && /\d/.test(w));
  if (words.length < 4 || !named) return 'the reason should say which of the stated constraints decided it (servers, regions, the team, the budget, scaling, where it must run)';
  return undefined;
}

function summary(c: Company): string {
  return [
    plural(c.servers, 'server'),
    plural(c.regions, 'region'),
    `${plural(c.engineers, 'engineer')} (${c.opsPeople === 0 ? 'none' : c.opsPeople} running infrastructure)`,
    `${dollars(c.budgetPerMonth)} a month`,
    ...(c.autoscaling ? ['must scale by itself'] : []),
    ...(c.ownInfrastructure ? ['must run on infrastructure it controls'] : []),
  ].join(', ');
}

/** Reads the company's entry from the decision file and judges it. */
export function judgePlatformChoice(evidence: Evidence, file: string, company: Company): Outcome {
  const text = evidence.files?.[file];
  if (text === undefined) return [false, `The decision file ${file} is missing.`];
  if (text.length > MAX_COMPOSE_CHARS) return [false, `${file} is ${Math.round(text.length / 1024)} KB; a decision file this long is not read (at most ${MAX_COMPOSE_CHARS / 1024} KB).`];
  const read = readComposeYaml(file, text, undefined);
  const error = read.diagnostics.find((d) => d.severity === 'error');
  if (error) return [false, `${file} is not valid YAML (line ${error.range.start.line}): ${error.message.replace(`failed to parse ${file}: `, '')}`];
  const entry = asMap(entryOf(read.documents[0], company.id)?.value);
  if (!entry) return [false, `${file} has no entry for ${company.id} (${company.name}): add \`${company.id}:\` with \`platform:\` and \`reason:\` under it.`];
  const written = scalarText(entryOf(entry, 'platform')?.value)?.trim().toLowerCase() ?? '';
  if (written === '') return [false, `${company.name}: no platform chosen yet (one of ${PLATFORMS.join(', ')}).`];
  const platform = PLATFORMS.find((p) => p === written);
  if (!platform) return [false, `${company.name}: "${written}" is not one of ${PLATFORMS.join(', ')}.`];
  const against = objections(platform, company);
  if (against.length > 0) return [false, `${NAMES[platform]} does not fit ${company.name} (${summary(company)}): ${against.join('; ')}.`];
  const problem = reasonProblem(scalarText(entryOf(entry, 'reason')?.value) ?? '', company);
  if (problem) return [false, `${company.name}: ${NAMES[platform]} is defensible, but ${problem}.`];
  const extra = notes(platform, company);
  return [true, `${company.name}: ${NAMES[platform]} fits (${summary(company)})${extra.length > 0 ? `; ${extra.join('; ')}` : ''}.`];
}
