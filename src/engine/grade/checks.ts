/**
 * Exercise checks, declared as data in a lesson's frontmatter. A small set of kinds that compose: each says one
 * thing about the build, the image, the context, the rebuild after the exercise's change, the running
 * container, the compose project (`compose-*`), the Kubernetes manifests (`k8s-*`), or a platform decision.
 * One canonical shape per kind. Hints live beside the checks in the exercise, keyed by check id.
 */
import { z } from 'zod';

/** Each check has an id (kebab-case) that the exercise's hints refer to. */
const common = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case words, e.g. "small-image"'),
  label: z.string().min(3).optional(),
};
const path = z.string().regex(/^\/\S*$/, 'an absolute path inside the image, e.g. "/usr/bin/gcc"');
const contextPath = z.string().regex(/^[^/\s][^\s]*$/, 'a path relative to the build context, e.g. ".git"');
const megabytes = z.number().positive();
/** A compose service name as Compose accepts it (compose-go `schema/compose-spec.json`). */
const serviceName = z.string().regex(/^[a-zA-Z0-9._-]+$/, 'a service name from the compose file, e.g. "api"');
const fileName = z.string().regex(/^[^/\s][^\s]*$/, 'one of the exercise\'s files, e.g. "decision.yaml"');

/**
 * `compose-service-state`: a service's state at the end of the simulated `docker compose up -d`
 * (`report.compose.up.services[].state`); `healthy` means started with a healthcheck that passes.
 */
const serviceStates = z.enum(['started', 'healthy', 'completed', 'failed', 'waiting', 'restarting', 'not-started', 'inactive']);

/**
 * `k8s-has`: a dotted path inside the object, as in the manifest. `[]` after a key means every item of that list
 * must have the rest: `spec.template.spec.containers[].resources.limits.memory`.
 */
const manifestField = z
  .string()
  .regex(/^[A-Za-z][\w-]*(?:\[\])?(?:\.[A-Za-z][\w-]*(?:\[\])?)*$/, 'a dotted path such as "spec.template.spec.containers[].readinessProbe"');

/**
 * `platform-choice`: one company's stated constraints. The learner's decision file names a platform and a reason
 * under the company's `id`; the grader accepts any platform the constraints allow (src/engine/grade/platform-choice.ts).
 */
export const companySchema = z
  .object({
    /** The key under which the decision file answers for this company. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case words, e.g. "corner-bakery"'),
    name: z.string().min(2),
    /** Machines the workload needs at its peak. */
    servers: z.number().int().positive(),
    /** Regions (data-centre locations) it must run in. */
    regions: z.number().int().positive(),
    engineers: z.number().int().nonnegative(),
    /** Engineers whose job includes running infrastructure. */
    opsPeople: z.number().int().nonnegative(),
    /** Infrastructure budget per month, US dollars. */
    budgetPerMonth: z.number().nonnegative(),
    /** Must add capacity by itself when load rises (no person in the loop). */
    autoscaling: z.boolean().default(false),
    /** Must run on machines or cloud accounts it controls (a contract, a regulator, its own hardware). */
    ownInfrastructure: z.boolean().default(false),
  })
  .strict();

export const checkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builds'), ...common }).strict(),
  z.object({ kind: z.literal('image-size'), maxMB: megabytes, measure: z.enum(['disk', 'compressed']).default('disk'), ...common }).strict(),
  z.object({ kind: z.literal('no-finding'), rule: z.string().min(2), ...common }).strict(),
  z.object({ kind: z.literal('image-has'), path: path.optional(), command: z.string().min(1).optional(), ...common }).strict(),
  z.object({ kind: z.literal('image-lacks'), path: path.optional(), command: z.string().min(1).optional(), ...common }).strict(),
  z.object({ kind: z.literal('max-layers'), max: z.number().int().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('max-wasted'), maxMB: z.number().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('context-excludes'), path: contextPath, ...common }).strict(),
  z.object({ kind: z.literal('context-includes'), path: contextPath, ...common }).strict(),
  z.object({ kind: z.literal('max-context'), maxMB: megabytes, ...common }).strict(),
  z.object({ kind: z.literal('cached-after-change'), step: z.string().min(2), ...common }).strict(),
  /** The converse: the change must reach this step (a version bump that must recompile, a source edit that must rebuild). */
  z.object({ kind: z.literal('reruns-after-change'), step: z.string().min(2), ...common }).strict(),
  z.object({ kind: z.literal('rebuild-time'), maxSeconds: z.number().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('starts'), ...common }).strict(),
  z.object({ kind: z.literal('non-root'), ...common }).strict(),
  z.object({ kind: z.literal('stop-time'), maxSeconds: z.number().nonnegative(), ...common }).strict(),
  z.object({ kind: z.literal('sigterm-reaches-app'), ...common }).strict(),
  /** `docker stop` ends with this exit code (0: the app ran its own shutdown to the end; 143 / 137 mean it died of a signal). */
  z.object({ kind: z.literal('stop-exit-code'), code: z.number().int().min(0).max(255).default(0), ...common }).strict(),
  z.object({ kind: z.literal('healthy'), ...common }).strict(),
  // Compose, Kubernetes and platform choice: what `report.compose` / `report.kubernetes` and the learner's files say
  // (graded in orchestration-checks.ts, manifest-fields.ts and platform-choice.ts). An exercise may have no
  // Dockerfile at all; `analyze` then builds nothing and grades these.
  /** `docker compose up -d` ends with exit code 0 (the file loads, dependencies' conditions are met, ports bind). */
  z.object({ kind: z.literal('compose-up-ok'), ...common }).strict(),
  /** A service's state at the end of the simulated window: `{ service: api, state: started }`, or `healthy`. */
  z.object({ kind: z.literal('compose-service-state'), service: serviceName, state: serviceStates, ...common }).strict(),
  /** A connection `from` reads from its environment reaches `to` inside Docker (service name, container port). */
  z.object({ kind: z.literal('compose-connects'), from: serviceName, to: serviceName, ...common }).strict(),
  /** No compose lint finding under this rule id (`database-without-volume`, `localhost-for-another-service` …). */
  z.object({ kind: z.literal('compose-no-finding'), rule: z.string().min(2), ...common }).strict(),
  /** The service (every running service when absent) has a memory limit and a CPU limit that `up` applies. */
  z.object({ kind: z.literal('compose-has-limits'), service: serviceName.optional(), ...common }).strict(),
  /** No finding under this id in any Kubernetes manifest (`k8s-no-resource-requests`, `k8s-image-tag` …). */
  z.object({ kind: z.literal('k8s-no-finding'), rule: z.string().min(2), ...common }).strict(),
  /** An object sets a field, optionally within bounds: `{ object: Deployment, field: spec.template.spec.terminationGracePeriodSeconds, min: 45 }`. */
  z
    .object({
      kind: z.literal('k8s-has'),
      /** The object's `kind`: `Deployment`, `Service` … */
      object: z.string().regex(/^[A-Z][A-Za-z]+$/, 'a Kubernetes kind, e.g. "Deployment"'),
      /** Its `metadata.name`; any object of that kind when absent. */
      name: z.string().min(1).optional(),
      field: manifestField,
      /** Lower and upper bounds for a number or a quantity (`512Mi` is read as bytes, `250m` as 0.25 CPU). */
      min: z.number().optional(),
      max: z.number().optional(),
      ...common,
    })
    .strict(),
  /** The decision file picks a platform this company's constraints allow, with a reason that names one of them. */
  z.object({ kind: z.literal('platform-choice'), file: fileName, company: companySchema, ...common }).strict(),
]);

/** What the exercise's "apply the change" button does before the rebuild: edit a context file or bump a build arg. */
export const changeSchema = z
  .object({
    /** What the button says: "Edit src/index.js". */
    label: z.string().min(3),
    /** A context file to edit; `append` is added to its end (the file is created if missing). */
    path: contextPath.optional(),
    append: z.string().optional(),
    /** Build args to set for the rebuild. */
    buildArgs: z.record(z.string(), z.string()).optional(),
  })
  .strict()
  .refine((c) => (c.path !== undefined && c.append !== undefined) || c.buildArgs !== undefined, {
    message: 'a change needs `path` and `append`, or `buildArgs`',
  });

export type Check = z.infer<typeof checkSchema>;
export type CheckInput = z.input<typeof checkSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Company = z.infer<typeof companySchema>;

export const checkKinds = checkSchema.options.map((option) => option.shape.kind.value);
