import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

/** `EXPOSE 80/TCP`: protocols are lower case. */
export const exposeProtoCasing = defineRule({
  meta: {
    id: 'expose-proto-casing',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'ExposeProtoCasing' }],
    title: 'EXPOSE protocol not in lower case',
    explanation:
      'The protocol after the port is `tcp`, `udp` or `sctp`, in lower case. Docker lower-cases it for you, but tools that read the Dockerfile or compare exposed ports may not.',
    suggestion: 'Write the protocol in lower case: `EXPOSE 53/udp`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nEXPOSE 53/UDP\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nEXPOSE 53/udp\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'expose') return undefined;
    const reports: Report[] = [];
    for (const port of instruction.ports) {
      const slash = port.value.indexOf('/');
      if (slash < 0) continue;
      const proto = port.value.slice(slash + 1);
      if (proto === proto.toLowerCase()) continue;
      reports.push({
        range: port.range,
        message: `Write the protocol in lower case: \`${port.value.slice(0, slash)}/${proto.toLowerCase()}\`.`,
        codes: [buildCheck('ExposeProtoCasing', `Defined protocol '${port.value}' in EXPOSE instruction should be lowercase`)],
        fix: { title: 'Lower-case the protocol', edits: [{ range: port.range, text: port.value.toLowerCase() }] },
      });
    }
    return reports;
  },
});
