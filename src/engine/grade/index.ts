export { checkSchema, changeSchema, checkKinds, companySchema } from './checks.ts';
export type { Check, CheckInput, Change, Company } from './checks.ts';
export { rebuildCheckKinds } from './rebuild-kinds.ts';
export type { Evidence, ContextEvidence } from './evidence.ts';
export { grade, describeCheck } from './grade.ts';
export type { CheckResult, Scorecard } from './grade.ts';
export { PLATFORMS, objections } from './platform-choice.ts';
export type { Platform } from './platform-choice.ts';
