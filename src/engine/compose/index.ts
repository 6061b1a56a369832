/**
 * Compose files: load them as `docker compose` does (YAML, interpolation with `.env`, several files merged,
 * the Compose Specification's schema), lint them, simulate `up` and `down`, and show the Kubernetes objects a
 * service corresponds to. Public face of the folder; everything here is pure and returns errors as values.
 */
import { composeValidator } from './schema-validate.ts';

export { parseCompose, normalizeProjectName } from './parse-compose.ts';
export type { ComposeFile, ParseComposeOptions, ParseComposeResult } from './parse-compose.ts';
export type { ComposeDiagnostic, DiagnosticCode } from './diagnostics.ts';
export type * from './model-types.ts';
export type { Loc } from './located.ts';

export { lintCompose } from './lint-compose.ts';
export type { LintComposeOptions } from './lint-compose.ts';
export type { ComposeFacts, ComposeFinding, ComposeRule, ComposeRuleMeta, ComposeRuleExample, ComposeReport } from './lint-rule.ts';
export { defineComposeRule } from './lint-rule.ts';
export { allComposeRules } from './rules/index.ts';

export { simulateUp } from './simulate/up.ts';
export type { SimulateUpOptions } from './simulate/up.ts';
export { simulateDown } from './simulate/down.ts';
export type { SimulateDownOptions } from './simulate/down.ts';
export type { ServiceBehaviour } from './simulate/behaviour.ts';
export { serviceHealth } from './simulate/service-images.ts';
export type { BuiltDockerfile, ServiceHealth, ServiceImage, ServiceImageOptions } from './simulate/service-images.ts';
export type { HostPortInUse } from './simulate/port-allocator.ts';
export type * from './simulate/report-types.ts';

export { toKubernetes } from './kubernetes/to-kubernetes.ts';
export type { KubernetesView, KubeObject, ToKubernetesResult } from './kubernetes/to-kubernetes.ts';
export { checkKubernetesManifest } from './kubernetes/check-manifest.ts';
export type { ManifestCheckResult, ManifestObject } from './kubernetes/check-manifest.ts';

export { analyzeComposeFiles, isComposeFile, isKubernetesManifest } from './analyze-files.ts';
export type { ComposeAnalysis, FilesAnalysis } from './analyze-files.ts';

/**
 * Compiles the schema validator now (≈200 ms, once per process or worker) so the first keystroke does not
 * pay for it; `parseCompose` compiles it on first use otherwise.
 */
export function prepareComposeSchema(): void {
  composeValidator();
}
