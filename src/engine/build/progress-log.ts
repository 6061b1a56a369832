/**
 * BuildKit's plain progress output (`docker build --progress=plain`), rendered from simulated vertices.
 * Shapes follow moby/buildkit util/progress/progressui/printer.go (`#N name`, `#N <status line>`,
 * `#N <secs> <log line>`, `#N CACHED`, `#N DONE 1.2s`, `#N ERROR: …`), display.go (log time prefix with 3
 * decimals under 10 s, 2 under 100 s, else 1; the `------ / > name:` error block), and
 * solver/errdefs/source.go (`Dockerfile:7` excerpt with ` %3d | >>> line`). The final `ERROR: failed to
 * build: failed to solve: …` line is what the docker CLI (buildx) prints.
 */

export interface LogLine {
  /** Seconds since the vertex started. */
  readonly at: number;
  readonly text: string;
}

export interface LogVertex {
  readonly name: string;
  readonly status: 'done' | 'cached' | 'error';
  readonly seconds: number;
  /** Status rows (`transferring context: 2.1kB done`), printed before the logs. */
  readonly statuses?: readonly string[];
  readonly logs?: readonly LogLine[];
  /** For `error`: the vertex error (`process "/bin/sh -c x" did not complete successfully: exit code: 127`). */
  readonly error?: string;
}

export interface LogFailure {
  /** The failing vertex's name (for the ` > name:` block) and its logs. */
  readonly vertexName: string | undefined;
  readonly logs: readonly LogLine[];
  /** Source excerpt: file name, the Dockerfile's lines, and the failing instruction's line span. */
  readonly source: { readonly filename: string; readonly lines: readonly string[]; readonly start: number; readonly end: number } | undefined;
  /** `failed to solve: …` */
  readonly message: string;
}

export function formatLogTime(seconds: number): string {
  const prec = seconds < 10 ? 3 : seconds < 100 ? 2 : 1;
  return goFixed(seconds, prec);
}

export function formatSeconds(seconds: number): string {
  return goFixed(seconds, 1);
}

/**
 * Go's `%.Nf`: both format the double's exact decimal value, but on an exact tie Go rounds to even
 * (`0.25` -> `0.2`) where JavaScript's toFixed rounds up. A tie is exact only when (2·floor + 1) is a
 * multiple of 5^N (the value is then a dyadic rational), e.g. 0.25 and 0.75 for N = 1.
 */
export function goFixed(x: number, prec: number): string {
  const scale = 10 ** prec;
  const scaled = x * scale;
  const floor = Math.floor(scaled);
  const exactTie = scaled - floor === 0.5 && (floor + 0.5) / scale === x && (2 * floor + 1) % 5 ** prec === 0;
  if (exactTie && Number.isSafeInteger(floor)) return ((floor % 2 === 0 ? floor : floor + 1) / scale).toFixed(prec);
  return x.toFixed(prec);
}

export function renderProgress(vertices: readonly LogVertex[], failure: LogFailure | undefined): string {
  // printer.go: `#0 <desc>` and a blank line first; then a blank line before every vertex but the first.
  const out: string[] = ['#0 building with "default" instance using docker driver', ''];
  vertices.forEach((v, i) => {
    const n = i + 1;
    if (i > 0) out.push('');
    out.push(`#${n} ${v.name}`);
    if (v.statuses !== undefined) for (const s of v.statuses) out.push(`#${n} ${s}`);
    if (v.logs !== undefined) for (const l of v.logs) out.push(`#${n} ${formatLogTime(l.at)} ${l.text}`);
    if (v.status === 'cached') out.push(`#${n} CACHED`);
    else if (v.status === 'error') out.push(`#${n} ERROR: ${v.error ?? ''}`);
    else out.push(`#${n} DONE ${formatSeconds(v.seconds)}s`);
  });
  if (failure !== undefined) {
    if (failure.vertexName !== undefined) {
      out.push('------', ` > ${failure.vertexName}:`);
      for (const l of failure.logs) out.push(`${formatLogTime(l.at)} ${l.text}`);
      out.push('------');
    }
    if (failure.source !== undefined) out.push(...sourceExcerpt(failure.source));
    // buildx wraps the solver's error: `ERROR: failed to build: failed to solve: …` (docker/buildx commands/build.go,
    // `errors.Wrapf(err, "failed to build")`, v0.36; older clients printed `ERROR: failed to solve: …`).
    out.push(`ERROR: failed to build: ${failure.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** solver/errdefs/source.go `Print`: the failing lines with context, `>>>` on the failing ones. */
export function sourceExcerpt(source: NonNullable<LogFailure['source']>): string[] {
  const { lines } = source;
  let start = source.start;
  let end = source.end;
  if (start > lines.length || start < 1) return [];
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  let p = 0;
  const prepadStart = start;
  while (p < pad) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  const out = [`${source.filename}:${prepadStart}`, '--------------------'];
  for (let i = start; i <= end; i++) {
    const mark = i >= source.start && i <= source.end ? '>>>' : '   ';
    out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1] ?? ''}`);
  }
  out.push('--------------------');
  return out;
}
