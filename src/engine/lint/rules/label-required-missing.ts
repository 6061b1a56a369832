import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';
import { leafStages } from '../stage-usage.ts';

/** Labels set per stage. */
interface State {
  readonly labels: Map<number, Set<string>>;
}

/** Every image the file builds should carry the labels the team's `label-schema` requires. */
export const labelRequiredMissing = defineRule<State>({
  meta: {
    id: 'label-required-missing',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3049' }],
    title: 'Required label missing',
    explanation:
      'Labels are how registries, scanners and people find out where an image comes from, who owns it and which version it is. The lint configuration\'s `label-schema` lists the labels your team requires; this image does not set one of them (nor does a stage it is built FROM).',
    suggestion: 'Add the label to the final stage, e.g. `LABEL org.opencontainers.image.source="https://github.com/acme/app"`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\n', note: 'With `label-schema: {org.opencontainers.image.source: url}`.', config: { labelSchema: { 'org.opencontainers.image.source': 'url' } } }],
      good: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\n', config: { labelSchema: { 'org.opencontainers.image.source': 'url' } } }],
    },
  },
  init: () => ({ labels: new Map() }),
  step(state, instruction) {
    if (instruction.kind !== 'label' || instruction.stageIndex === undefined) return undefined;
    let set = state.labels.get(instruction.stageIndex);
    if (!set) state.labels.set(instruction.stageIndex, (set = new Set()));
    for (const pair of instruction.pairs) set.add(dropQuotes(pair.key));
    return undefined;
  },
  done(state, { dockerfile, facts, config }) {
    const required = Object.keys(config.labelSchema);
    if (required.length === 0) return undefined;
    const reports: Report[] = [];
    for (const leaf of leafStages(dockerfile, facts)) {
      const present = new Set<string>();
      for (let i: number | undefined = leaf; i !== undefined; i = facts.stages[i]!.baseStage) for (const l of state.labels.get(i) ?? []) present.add(l);
      const missing = required.filter((label) => !present.has(label));
      const from = facts.stages[leaf]!.stage.from;
      for (const label of missing) reports.push({ range: from.range, instruction: from, message: `The image built by this stage has no \`${label}\` label.` });
    }
    return reports;
  },
});
