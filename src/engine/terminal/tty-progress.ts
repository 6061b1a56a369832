/**
 * BuildKit's interactive progress display (`--progress=tty`, the default in a terminal), in its final frame, made
 * from the engine's plain progress log (build/progress-log.ts writes that log; this reads it back — the formats
 * are the two faces of one vertex list). Shapes from moby/buildkit util/progress/progressui/display.go:
 * `[+] Building 3.4s (10/10) FINISHED` with the builder (`docker:default`) aligned right; one ` => ` line per
 * vertex, `CACHED ` / `ERROR ` before its name, ` => => ` lines for its statuses, each ending in ` %3.1fs`,
 * padded to the terminal width; durations under 0.05 s print as 0.0s. A failed build's error block (` > step:`
 * logs, the Dockerfile excerpt, `ERROR: failed to build: failed to solve: …`) follows as the plain log has it.
 */

export interface TtyVertex {
  readonly name: string;
  readonly status: 'done' | 'cached' | 'error';
  readonly seconds: number;
  /** Status rows as ` => => ` lines: text and duration. */
  readonly statuses: readonly { readonly text: string; readonly seconds: number }[];
}

export interface PlainLog {
  readonly vertices: readonly TtyVertex[];
  /** Everything after the last vertex block: the error block, verbatim. */
  readonly tail: readonly string[];
}

const VERTEX_LINE = /^#(\d+) (.*)$/;
const LOG_LINE = /^\d+\.\d+ /;

function statusOf(text: string): { text: string; seconds: number } {
  let rest = text.endsWith(' done') ? text.slice(0, -5) : text;
  const time = / (\d+(?:\.\d+)?)s$/.exec(rest);
  let seconds = 0;
  if (time) {
    seconds = Number(time[1]);
    rest = rest.slice(0, time.index);
  }
  return { text: rest, seconds };
}

/** Reads BuildKit's plain progress output back into vertices (only the shapes progress-log.ts writes). */
export function parsePlainLog(log: string): PlainLog {
  const byNumber = new Map<number, { name: string; status: TtyVertex['status']; seconds: number; statuses: { text: string; seconds: number }[] }>();
  const order: number[] = [];
  const tail: string[] = [];
  let inTail = false;
  for (const line of log.replace(/\n+$/, '').split('\n')) {
    const m = VERTEX_LINE.exec(line);
    if (!inTail && m) {
      const n = Number(m[1]);
      const text = m[2]!;
      if (n === 0) continue; // `#0 building with "default" instance using docker driver`
      let vertex = byNumber.get(n);
      if (!vertex) {
        vertex = { name: text, status: 'done', seconds: 0, statuses: [] };
        byNumber.set(n, vertex);
        order.push(n);
        continue;
      }
      if (text === 'CACHED') vertex.status = 'cached';
      else if (text.startsWith('DONE ')) vertex.seconds = Number.parseFloat(text.slice(5)) || 0;
      else if (text.startsWith('ERROR')) vertex.status = 'error';
      else if (!LOG_LINE.test(text)) vertex.statuses.push(statusOf(text));
      continue;
    }
    if (line === '' && !inTail) continue;
    inTail = true;
    tail.push(line);
  }
  return { vertices: order.map((n) => byNumber.get(n)!), tail };
}

function align(left: string, right: string, width: number): string {
  const pad = width - right.length - 1;
  return `${left.padEnd(pad)} ${right}`;
}

function timer(seconds: number): string {
  return ` ${(seconds < 0.05 ? 0 : seconds).toFixed(1).padStart(3)}s`;
}

export interface TtyLine {
  readonly text: string;
  readonly kind: 'header' | 'vertex' | 'status' | 'tail';
  readonly status?: TtyVertex['status'];
  /** Simulated seconds the vertex took (for playing the build back). */
  readonly seconds?: number;
}

/** The final frame of the tty display at `width` columns (at least 40). */
export function renderTty(log: PlainLog, width: number, builder = 'docker:default'): TtyLine[] {
  const w = Math.max(40, Math.floor(width));
  const total = log.vertices.reduce((sum, v) => sum + v.seconds, 0);
  const count = log.vertices.length;
  const header = align(`[+] Building ${total.toFixed(1)}s (${count}/${count}) FINISHED`, builder, w - 1).slice(0, w);
  const lines: TtyLine[] = [{ text: header, kind: 'header' }];
  const row = (name: string, seconds: number): string => {
    const t = timer(seconds);
    // display.go: the name gets what is left of the width after " => ", the timer and one column.
    const left = w - 4 - (t.length + 1) - 1;
    return align(` => ${name.length > left ? name.slice(0, left) : name}`, t.trimStart(), w - 1);
  };
  for (const v of log.vertices) {
    const prefix = v.status === 'cached' ? 'CACHED ' : v.status === 'error' ? 'ERROR ' : '';
    lines.push({ text: row(prefix + v.name.replaceAll('\t', ' '), v.seconds), kind: 'vertex', status: v.status, seconds: v.seconds });
    for (const s of v.statuses) lines.push({ text: row(`=> ${s.text}`, s.seconds), kind: 'status' });
  }
  for (const t of log.tail) lines.push({ text: t, kind: 'tail' });
  return lines;
}
