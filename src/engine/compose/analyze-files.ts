/**
 * The Compose part of `analyze`: when an exercise's files include a compose file (and/or Kubernetes manifests),
 * load them as `docker compose` would, lint them, and simulate `up` and `down -v`.
 */
import { parseCompose } from './parse-compose.ts';
import { lintCompose } from './lint-compose.ts';
import { simulateUp } from './simulate/up.ts';
import { simulateDown } from './simulate/down.ts';
import { serviceHealth } from './simulate/service-images.ts';
import type { ServiceImageOptions } from './simulate/service-images.ts';
import { checkKubernetesManifest } from './kubernetes/check-manifest.ts';
import type { ComposeDiagnostic } from './diagnostics.ts';
import type { ComposeFinding } from './lint-rule.ts';
import type { DownReport, UpReport } from './simulate/report-types.ts';
import type { ManifestCheckResult } from './kubernetes/check-manifest.ts';

/** The names `docker compose` looks for, in its order of preference, and their override files. */
const composeNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

export function isComposeFile(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return composeNames.includes(name) || /^(docker-)?compose\.[\w-]+\.ya?ml$/.test(name);
}

/** Kubernetes manifests in an exercise: `*.k8s.yaml`, or YAML files under a `k8s/` or `kubernetes/` folder. */
export function isKubernetesManifest(path: string): boolean {
  return /\.k8s\.ya?ml$/.test(path) || /(^|\/)(k8s|kubernetes)\/[^/]+\.ya?ml$/.test(path);
}

export interface ComposeAnalysis {
  readonly files: readonly string[];
  readonly diagnostics: readonly ComposeDiagnostic[];
  readonly findings: readonly ComposeFinding[];
  readonly up: UpReport;
  /** What `docker compose down -v` removes, and what survives a plain `down`. */
  readonly down: DownReport;
  readonly downVolumes: DownReport;
}

export interface FilesAnalysis {
  readonly compose: ComposeAnalysis | undefined;
  readonly kubernetes: readonly (ManifestCheckResult & { readonly file: string })[];
}

/**
 * `options.built`: the image `analyze` built from the exercise's Dockerfile, which a `build:` service may run;
 * `options.catalog`: a team's base images. Each service's image is looked up once and shared by lint and `up`.
 */
export function analyzeComposeFiles(files: Readonly<Record<string, string>>, options: ServiceImageOptions = {}): FilesAnalysis {
  const paths = Object.keys(files);
  // The base file first, then overrides, as `docker compose -f a -f b` merges them.
  const composePaths = paths
    .filter(isComposeFile)
    .sort((a, b) => Number(composeNames.includes(b.split('/').pop()!)) - Number(composeNames.includes(a.split('/').pop()!)));
  let compose: ComposeAnalysis | undefined;
  if (composePaths.length > 0) {
    const dotenvPath = paths.find((p) => p === '.env' || p.endsWith('/.env'));
    const { model, diagnostics } = parseCompose(
      composePaths.map((path) => ({ path, text: files[path] ?? '' })),
      { dotenv: dotenvPath ? { path: dotenvPath, text: files[dotenvPath] ?? '' } : undefined, context: files },
    );
    const health = serviceHealth(model, options);
    compose = {
      files: composePaths,
      diagnostics,
      findings: lintCompose(model, { health }),
      up: simulateUp(model, { health }),
      down: simulateDown(model, { volumes: false }),
      downVolumes: simulateDown(model, { volumes: true }),
    };
  }
  const kubernetes = paths.filter(isKubernetesManifest).map((file) => ({ file, ...checkKubernetesManifest(files[file] ?? '', file) }));
  return { compose, kubernetes };
}
