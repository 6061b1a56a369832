import type { Instruction } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

const selfConsistent = (k: string) => k === k.toLowerCase() || k === k.toUpperCase();

/** Instructions written in upper case, lower case, and Mixed Case in one file. */
export const inconsistentInstructionCasing = defineRule({
  meta: {
    id: 'inconsistent-instruction-casing',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'ConsistentInstructionCasing' }],
    title: 'Instruction keywords in mixed case',
    explanation:
      'Docker reads `RUN`, `run` and `Run` alike, but a file that mixes them is harder to scan: keywords stop standing out from their arguments. BuildKit expects every instruction in the case most of the file uses (upper case by convention).',
    suggestion: 'Write every instruction in the same case, normally upper case: `FROM`, `RUN`, `COPY`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\ncopy app /app\nRUN /app/setup\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nCOPY app /app\nRUN /app/setup\n' }],
    },
  },
  done(_state, { dockerfile }) {
    // BuildKit counts the FROM of every stage and the instructions inside stages (not ARGs before the first FROM).
    const counted: Instruction[] = dockerfile.instructions.filter((i) => i.stageIndex !== undefined);
    let lower = 0;
    let upper = 0;
    for (const i of counted) {
      if (!selfConsistent(i.keyword)) continue;
      if (i.keyword === i.keyword.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    const casing = majorityLower ? 'lowercase' : 'uppercase';
    const reports: Report[] = [];
    for (const i of counted) {
      const wanted = majorityLower ? i.keyword.toLowerCase() : i.keyword.toUpperCase();
      if (i.keyword === wanted) continue;
      reports.push({
        range: i.keywordRange,
        instruction: i,
        message: `Most instructions here are ${casing}; write \`${wanted}\`.`,
        codes: [buildCheck('ConsistentInstructionCasing', `Command '${i.keyword}' should match the case of the command majority (${casing})`)],
        fix: { title: `Write ${wanted}`, edits: [{ range: i.keywordRange, text: wanted }] },
      });
    }
    return reports;
  },
});
