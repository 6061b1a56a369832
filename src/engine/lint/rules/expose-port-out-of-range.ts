import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

/** `EXPOSE 80000`: TCP and UDP ports are 16-bit numbers. */
export const exposePortOutOfRange = defineRule({
  meta: {
    id: 'expose-port-out-of-range',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3011' }],
    title: 'EXPOSE port outside 0–65535',
    explanation:
      'Ports are 16-bit numbers, so nothing can listen on a port above 65535. An EXPOSE like that is a typo, and tools that read the image metadata (docker run -P, compose, orchestrators) will reject it or map the wrong port.',
    suggestion: 'Expose the port your app really listens on, between 1 and 65535: `EXPOSE 8080`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nEXPOSE 80800\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nEXPOSE 8080\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'expose') return undefined;
    const reports: Report[] = [];
    for (const port of instruction.ports) {
      const spec = port.value.split('/')[0]!;
      // Only plain numbers and ranges can be judged; `${PORT}` is only known at build time.
      const numbers = /^\d+$/.test(spec) ? [spec] : /^\d+-\d+$/.test(spec) ? spec.split('-') : [];
      if (numbers.some((n) => Number(n) > 65535)) {
        reports.push({ range: port.range, message: `\`${port.value}\` is outside the port range 0–65535.` });
      }
    }
    return reports;
  },
});
