import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

/** BuildKit's splitParts: `[ip:]hostPort:containerPort`. */
function split(raw: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = raw.split(':');
  const n = parts.length;
  const containerPort = parts[n - 1]!;
  if (n === 1) return { ip: '', hostPort: '', containerPort };
  if (n === 2) return { ip: '', hostPort: parts[0]!, containerPort };
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2]!, containerPort };
}

/** `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80`: publishing is decided by `docker run -p`, not by the image. */
export const exposeHostPortMapping = defineRule({
  meta: {
    id: 'expose-host-port-mapping',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'ExposeInvalidFormat' }],
    title: 'EXPOSE with a host port or IP address',
    explanation:
      'EXPOSE only documents which ports the container listens on. Which host port and address they are published on is decided when the container is run (`docker run -p 8080:80`, `ports:` in Compose). Docker ignores the host part here today, and BuildKit says this will become an error.',
    suggestion: 'Expose just the container port (`EXPOSE 80`) and publish it at run time with `-p 8080:80`.',
    examples: {
      bad: [{ dockerfile: 'FROM nginx:1.27\nEXPOSE 8080:80\n' }],
      good: [{ dockerfile: 'FROM nginx:1.27\nEXPOSE 80\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'expose') return undefined;
    const reports: Report[] = [];
    for (const port of instruction.ports) {
      if (port.value.includes('$')) continue;
      const { ip, hostPort, containerPort } = split(port.value);
      if (ip === '' && hostPort === '') continue;
      reports.push({
        range: port.range,
        message: `Expose only the container port \`${containerPort}\`; publish it on the host with \`docker run -p\`.`,
        codes: [buildCheck('ExposeInvalidFormat', `EXPOSE instruction should not define an IP address or host-port mapping, found '${port.value}'`)],
        fix: { title: `Expose ${containerPort}`, edits: [{ range: port.range, text: containerPort }] },
      });
    }
    return reports;
  },
});
