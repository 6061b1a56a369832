import { describe, expect, test } from 'vitest';
import { analyze } from '../index.ts';
import { checkSchema } from './checks.ts';
import type { Company } from './checks.ts';
import { objections, PLATFORMS } from './platform-choice.ts';
import type { Platform } from './platform-choice.ts';

const bakery: Company = { id: 'bakery', name: 'The bakery', servers: 1, regions: 1, engineers: 2, opsPeople: 0, budgetPerMonth: 150, autoscaling: false, ownInfrastructure: false };
const logistics: Company = { id: 'logistics', name: 'The logistics firm', servers: 6, regions: 1, engineers: 8, opsPeople: 1, budgetPerMonth: 2000, autoscaling: false, ownInfrastructure: true };
const streaming: Company = { id: 'streaming', name: 'The streaming service', servers: 80, regions: 3, engineers: 60, opsPeople: 6, budgetPerMonth: 40000, autoscaling: true, ownInfrastructure: true };

describe('which platforms a company allows', () => {
  test.each<[Company, readonly Platform[]]>([
    [bakery, ['compose', 'swarm', 'paas']],
    [logistics, ['swarm', 'kubernetes']],
    [streaming, ['kubernetes']],
    [{ ...logistics, budgetPerMonth: 1500 }, ['swarm']],
    [{ ...logistics, budgetPerMonth: 1500, opsPeople: 2 }, ['swarm', 'kubernetes']],
    [{ ...bakery, budgetPerMonth: 50 }, ['paas']],
  ])('%o', (company, allowed) => {
    expect(PLATFORMS.filter((p) => objections(p, company).length === 0)).toEqual(allowed);
  });
});

function judge(decision: string, company: Company) {
  const check = checkSchema.parse({ kind: 'platform-choice', id: 'choice', file: 'decision.yaml', company });
  const report = analyze({ dockerfile: decision, dockerfilePath: 'decision.yaml', files: { 'decision.yaml': decision }, checks: [check] });
  const [result] = report.grade!.checks;
  return [result!.passed, result!.reason] as const;
}

describe('grading a decision file', () => {
  test.each<[string, string, Company, boolean, RegExp]>([
    ['a defensible choice with a reason', 'bakery:\n  platform: compose\n  reason: one server in one town and nobody to run a cluster\n', bakery, true, /The bakery: Compose fits \(1 server, 1 region/],
    ['another defensible choice', 'bakery:\n  platform: paas\n  reason: two developers and no one for operations\n', bakery, true, /A hosted PaaS fits/],
    ['capitals and spaces are forgiven', 'bakery:\n  platform: " Compose "\n  reason: a single server is plenty\n', bakery, true, /Compose fits/],
    ['an indefensible choice says why', 'bakery:\n  platform: kubernetes\n  reason: it is what big companies use\n', bakery, false, /Kubernetes does not fit The bakery \(1 server, .*\): nobody at The bakery runs infrastructure/],
    ['over budget', 'bakery:\n  platform: kubernetes\n  reason: x\n', { ...bakery, opsPeople: 1 }, false, /about \$300 a month at the lecture's prices .* over the \$150 budget/],
    ['compose cannot span six servers', 'logistics:\n  platform: compose\n  reason: simple\n', logistics, false, /needs 6 servers/],
    ['swarm has no autoscaler', 'streaming:\n  platform: swarm\n  reason: cheaper to run\n', streaming, false, /Swarm does not fit .*: it has no autoscaler/],
    ['a hosted PaaS is not their infrastructure', 'streaming:\n  platform: paas\n  reason: nobody wants to run servers\n', streaming, false, /must run on infrastructure it controls/],
    ['a reason is required', 'logistics:\n  platform: swarm\n', logistics, false, /Swarm is defensible, but there is no reason yet/],
    ['a reason must name a constraint', 'logistics:\n  platform: swarm\n  reason: I like it a lot\n', logistics, false, /which of the stated constraints decided it/],
    ['a number from the constraints counts', 'logistics:\n  platform: swarm\n  reason: fine for all 6 of them\n', logistics, true, /Swarm fits/],
    ['no platform yet', 'logistics:\n  platform:\n  reason:\n', logistics, false, /no platform chosen yet \(one of compose, swarm, kubernetes, paas\)/],
    ['an unknown platform', 'logistics:\n  platform: nomad\n  reason: x\n', logistics, false, /"nomad" is not one of/],
    ['no entry for the company', 'bakery:\n  platform: compose\n', logistics, false, /has no entry for logistics/],
    ['broken YAML', 'logistics: [\n', logistics, false, /decision\.yaml is not valid YAML \(line 2\): Flow sequence/],
  ])('%s', (_name, decision, company, passed, reason) => {
    const [ok, why] = judge(decision, company);
    expect(why).toMatch(reason);
    expect(ok).toBe(passed);
  });

  test('a 10 MB decision file is refused quickly, not parsed', () => {
    const huge = `bakery:\n  platform: compose\n  reason: "${'x'.repeat(10_000_000)}"\n`;
    const started = performance.now();
    const [ok, why] = judge(huge, bakery);
    expect([ok, why]).toEqual([false, expect.stringMatching(/is 9766 KB; a decision file this long is not read/)]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('a missing decision file', () => {
    const check = checkSchema.parse({ kind: 'platform-choice', id: 'choice', file: 'decision.yaml', company: bakery });
    const report = analyze({ dockerfile: 'x: 1\n', dockerfilePath: 'notes.yaml', files: { 'notes.yaml': 'x: 1\n' }, checks: [check] });
    expect(report.grade?.checks[0]).toMatchObject({ passed: false, reason: 'The decision file decision.yaml is missing.' });
  });
});
