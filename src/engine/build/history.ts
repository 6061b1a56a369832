/**
 * What BuildKit records as each history entry's CREATED BY (moby/buildkit dockerfile2llb convert.go
 * `commitToHistory`, `runCommandString`, convert_copy.go, convert_expose.go): `RUN |2 A=1 B=2 /bin/sh -c …
 * # buildkit`, `COPY --chown=… src dest # buildkit`, `WORKDIR /app`, `ENV K=V`, `CMD ["a" "b"]` (Go's %q
 * of a string slice), `EXPOSE [80/tcp]`, `USER x`, `ARG K=V`, `LABEL k=v`.
 */

/** Go's `%q` of a []string: `["a" "b"]`. */
export function goStringSlice(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(' ')}]`;
}

export function runCreatedBy(argv: readonly string[], buildArgs: readonly (readonly [string, string])[]): string {
  if (buildArgs.length === 0) return `RUN ${argv.join(' ')} # buildkit`;
  const prefix = buildArgs.length > 0 ? [`|${buildArgs.length}`, ...buildArgs.map(([k, v]) => `${k}=${v}`)] : [];
  return `RUN ${[...prefix, ...argv].join(' ')} # buildkit`;
}

export function copyCreatedBy(kind: 'copy' | 'add', flags: { chown?: string | undefined; chmod?: string | undefined; parents?: boolean }, sources: readonly string[], dest: string): string {
  const parts = [kind === 'add' ? 'ADD' : 'COPY'];
  if (flags.parents) parts.push('--parents');
  if (flags.chown) parts.push(`--chown=${flags.chown}`);
  if (flags.chmod) parts.push(`--chmod=${flags.chmod}`);
  parts.push(...sources, dest);
  return `${parts.join(' ')} # buildkit`;
}

/** convert_expose.go: `EXPOSE %v` of the parsed port list: `EXPOSE [80/tcp 443/tcp]`. */
export function exposeCreatedBy(ports: readonly string[]): string {
  return `EXPOSE [${ports.join(' ')}]`;
}

/** Go's time.Duration String() for whole or fractional seconds: `30s`, `1m30s`, `0s`, `500ms`. */
export function goDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round((seconds % 60) * 1000) / 1000;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
