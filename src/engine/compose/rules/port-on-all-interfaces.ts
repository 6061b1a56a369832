import { defineComposeRule } from '../lint-rule.ts';
import type { ComposeReport } from '../lint-rule.ts';
import { imageFacts } from '../simulate/image-facts.ts';

/** `"5432:5432"` publishes the database to every network the host is on. */
export const portOnAllInterfaces = defineComposeRule({
  meta: {
    id: 'port-on-all-interfaces',
    severity: 'warning',
    title: 'A port is published on all of the host\'s interfaces',
    explanation:
      'Without an address, `ports: ["5432:5432"]` listens on 0.0.0.0: every network the host is connected to, often the internet. Docker also writes its own firewall rules, so a host firewall like ufw does not stop it. A database or cache published like that is open to anyone who finds it. Other services do not need the published port at all — they reach it on the project network.',
    suggestion:
      'Publish only what people outside Docker must reach. For your own access from this machine bind to loopback: `"127.0.0.1:5432:5432"`; for service-to-service traffic remove `ports` (use `expose` to document it).',
    examples: {
      bad: [{ compose: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n' }],
      good: [
        { compose: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n' },
        { compose: 'services:\n  db:\n    image: postgres:16\n', note: 'Other services reach db:5432 without any published port.' },
      ],
    },
  },
  service(service) {
    const reports: ComposeReport[] = [];
    const facts = imageFacts(service.image?.name);
    const sensitive = facts !== undefined && facts.kind !== 'web' && facts.kind !== 'app';
    const seen = new Set<unknown>();
    for (const p of service.ports) {
      if (seen.has(p.loc) || (p.hostIp !== undefined && p.hostIp !== '0.0.0.0' && p.hostIp !== '::')) continue;
      if (p.published === undefined && !sensitive) continue;
      seen.add(p.loc);
      const what = sensitive ? `${service.name} (${facts!.kind})` : service.name;
      const fix =
        p.raw !== undefined && p.textStart !== undefined && p.hostIp === undefined
          ? { title: 'Publish on 127.0.0.1 only', edits: [{ range: { start: p.textStart, end: p.textStart }, text: '127.0.0.1:' }] }
          : undefined;
      reports.push({
        loc: p.loc,
        severity: sensitive ? 'warning' : 'info',
        message: `${what} publishes port ${p.target} on all interfaces (0.0.0.0): reachable from other machines.`,
        ...(fix ? { fix } : {}),
      });
    }
    return reports;
  },
});
