import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { leafStages } from '../stage-usage.ts';

/** Off by default (as in hadolint): not every image is a long-running service. */
export const healthcheckMissing = defineRule<{ has: Set<number> }>({
  meta: {
    id: 'healthcheck-missing',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3057', off: 'ignored-by-default' }],
    title: 'No HEALTHCHECK',
    explanation:
      'Without a health check Docker only knows whether the main process is running, not whether it still answers. A HEALTHCHECK lets `docker ps`, Compose `depends_on: condition: service_healthy` and Swarm notice a hung service and act on it. (Kubernetes ignores it and uses its own probes.) This check is off unless turned on in the configuration.',
    suggestion: 'Add a cheap check of the service, e.g. `HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:8080/health"]`, or `HEALTHCHECK NONE` to say none is wanted.',
    examples: {
      bad: [{ dockerfile: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n' }],
      good: [{ dockerfile: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD ["curl", "-fs", "http://localhost/"]\n' }],
    },
  },
  init: () => ({ has: new Set() }),
  step(state, instruction) {
    if (instruction.kind === 'healthcheck' && instruction.stageIndex !== undefined) state.has.add(instruction.stageIndex);
    return undefined;
  },
  done(state, { dockerfile, facts }) {
    const reports: Report[] = [];
    // Every image the file can produce (a stage no other stage builds on or copies from) should say how to check it.
    for (const leaf of leafStages(dockerfile, facts)) {
      let covered = false;
      for (let i: number | undefined = leaf; i !== undefined && !covered; i = facts.stages[i]!.baseStage) covered = state.has.has(i);
      if (!covered) {
        const from = facts.stages[leaf]!.stage.from;
        reports.push({ range: from.range, instruction: from, message: 'This image has no HEALTHCHECK (and its base stages set none).' });
      }
    }
    return reports;
  },
});
