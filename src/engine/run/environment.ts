/**
 * The container's environment as its first process sees it: moby `Container.CreateDaemonEnvironment`
 * starts with `PATH=<default>` and `HOSTNAME=<id>`, the image's ENV and `docker run -e` replace or add
 * (moby `daemon/commit.go` `merge`: the user's value wins), and runc adds `HOME` from /etc/passwd when
 * nothing set it (`libcontainer/env.go`).
 */
import { DOCKER_DEFAULT_PATH } from './fs-query.ts';

/** A stand-in for the container id Docker uses as hostname (deterministic, so results are too). */
export const SIMULATED_HOSTNAME = '5e1f0c0ffee1';

export function containerEnv(
  imageEnv: Readonly<Record<string, string>>,
  runEnv: Readonly<Record<string, string>> | undefined,
  home: string,
): Record<string, string> {
  const env: Record<string, string> = { PATH: DOCKER_DEFAULT_PATH, HOSTNAME: SIMULATED_HOSTNAME };
  for (const [k, v] of Object.entries(imageEnv)) env[k] = v;
  for (const [k, v] of Object.entries(runEnv ?? {})) env[k] = v;
  if (env.HOME === undefined || env.HOME === '') env.HOME = home;
  return env;
}
