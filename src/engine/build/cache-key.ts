/**
 * Cache keys, following BuildKit (simulation-model.md §1.1; moby/buildkit solver/llbsolver/ops/exec.go
 * `CacheMap`, ops/file.go `CacheMap`, cache/contenthash):
 * - FROM: the image's manifest digest (not its tag) and the platform.
 * - RUN: the parent's key + the full command (shell prefix included) + the environment (ENV and every ARG
 *   with a value in scope — whether or not the command uses it; proxy variables excluded) + working
 *   directory + user + network/security mode + mounts (type, target, source, from; a cache mount's id only
 *   when it is not the default). Never the contents of a cache or secret mount.
 * - COPY / ADD: the parent's key (none with --link) + flags + sources + destination + a checksum of exactly
 *   the copied files' content, mode, owner and type — never their mtime.
 * - WORKDIR: the parent's key + the path + the user that owns the new directory.
 */
import { hashParts } from './hash.ts';

/** BuildKit drops these from the key and the history unless declared with ARG (§1.1 "Predefined ARGs"). */
export const PROXY_VARS = new Set([
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
]);

export function fromKey(digest: string, platform: string): string {
  return hashParts(['from', digest, platform]);
}

export function scratchKey(platform: string): string {
  return hashParts(['scratch', platform]);
}

export interface RunKeyParts {
  readonly parent: string;
  readonly argv: readonly string[];
  /** `JSON.stringify(argv)` when the caller has it already. */
  readonly argvJson?: string;
  /** run-env.ts: digest of the environment (ENV + ARGs with values, proxy variables left out). */
  readonly envDigest: string;
  readonly workdir: string;
  readonly user: string;
  readonly network: string;
  readonly security: string;
  readonly mounts: string;
  readonly platform: string;
}

export function envList(env: ReadonlyMap<string, string>): string[] {
  return [...env].filter(([k]) => !PROXY_VARS.has(k)).map(([k, v]) => `${k}=${v}`).sort();
}

export function runKey(p: RunKeyParts): string {
  return hashParts(['run', p.parent, p.argvJson ?? JSON.stringify(p.argv), p.envDigest, p.workdir, p.user, p.network, p.security, p.mounts, p.platform]);
}

export interface CopyKeyParts {
  /** `''` for `--link` (the copy is made on scratch and merged). */
  readonly parent: string;
  readonly text: string;
  readonly checksum: string;
}

export function copyKey(p: CopyKeyParts): string {
  return hashParts(['copy', p.parent, p.text, p.checksum]);
}

export function workdirKey(parent: string, path: string, user: string): string {
  return hashParts(['workdir', parent, path, user]);
}
