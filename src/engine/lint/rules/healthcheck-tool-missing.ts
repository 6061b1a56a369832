import { defineRule } from '../rule.ts';
import { instructionOnLine } from '../simulation-queries.ts';

/** `HEALTHCHECK CMD curl …` on an image without curl: every probe fails and the container turns unhealthy. */
export const healthcheckToolMissing = defineRule({
  meta: {
    id: 'healthcheck-tool-missing',
    severity: 'warning',
    sources: [],
    title: 'The health check calls a program the image does not have',
    explanation:
      'Docker runs the HEALTHCHECK command inside the container. Slim and distroless images leave out curl and wget (distroless has no shell either, so a shell-form check cannot even start): every probe fails, the container is marked unhealthy after `retries` failures, and an orchestrator that trusts the check keeps restarting or never routes traffic to an app that is working fine.',
    suggestion:
      'Check with a program the image has: on Alpine, BusyBox\'s `wget -q --spider http://localhost:3000/`; in a Node or Python image, the runtime itself (`CMD ["node", "healthcheck.js"]`, `CMD ["python", "-c", "…"]`); on distroless, a small static health-check binary copied from a build stage, in exec form. Or install the tool in the image, if you accept its size.',
    needs: ['build', 'run'],
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\nCMD ["node", "server.js"]\n', context: [{ path: 'server.js', content: 'require("http").createServer((q, s) => s.end("ok")).listen(3000);\n' }] }],
      good: [
        {
          dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1\nCMD ["node", "server.js"]\n',
          context: [{ path: 'server.js', content: 'require("http").createServer((q, s) => s.end("ok")).listen(3000);\n' }],
          note: 'BusyBox in the Alpine image has wget.',
        },
      ],
    },
  },
  done(_state, { build, run, facts }) {
    const probe = run?.health?.probe;
    const origin = build?.image?.config.healthcheck?.origin;
    // A check set by the base image has no line here; one from an earlier stage of this file does.
    if (!probe || probe.toolFound || origin?.line === undefined) return undefined;
    const instruction = instructionOnLine(facts, origin.line);
    if (instruction?.kind !== 'healthcheck') return undefined;
    const health = run?.health;
    const when = health?.status === 'unhealthy' && health.timeline.length > 0 ? ` at ${health.timeline[health.timeline.length - 1]!.seconds} s` : '';
    const image = build?.image?.baseImage ?? 'the image';
    const message =
      probe.tool === 'sh' || probe.tool === 'bash'
        ? `This health check runs through /bin/sh, but \`${image}\` has no shell: every probe fails to start and the container turns unhealthy${when}. Use the exec form with a program the image has.`
        : `\`${probe.tool ?? probe.argv[0] ?? 'The probe'}\` is not in this image (\`${image}\`): every probe fails (exit ${probe.exitCode}) and the container turns unhealthy${when}.`;
    return [{ range: instruction.command?.range ?? instruction.range, instruction, message }];
  },
});
