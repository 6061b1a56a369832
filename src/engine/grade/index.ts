export { checkSchema, changeSchema, checkKinds } from './checks.ts';
export type { Check, CheckInput, Change } from './checks.ts';
export type { Evidence, ContextEvidence } from './evidence.ts';
export { grade, describeCheck } from './grade.ts';
export type { CheckResult, Scorecard } from './grade.ts';
