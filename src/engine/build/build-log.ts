/**
 * The whole progress log of a build, in BuildKit's plain format: the internal vertices (load build
 * definition, load metadata per image, load .dockerignore), the steps in the order they ran with
 * "load build context" before the first step that reads the context, then "exporting to image" — or, when
 * the build failed, the error block and the Dockerfile excerpt.
 */
import type { LogVertex } from './progress-log.ts';
import { renderProgress } from './progress-log.ts';
import type { Failure, StepVertex } from './session.ts';
import { displayDigest } from './hash.ts';

/** Sending the build context to the builder (estimate: 100 MB/s over the local socket). */
export const CONTEXT_BYTES_PER_SECOND = 100e6;

export interface BuildLogInput {
  readonly vertices: readonly StepVertex[];
  readonly lines: readonly string[];
  readonly dockerfilePath: string;
  readonly failure: Failure | undefined;
  readonly preamble: readonly { readonly name: string; readonly statuses: readonly string[]; readonly seconds: number }[];
  readonly contextBytes?: number;
  readonly exportSeconds?: number;
  readonly imageSeed?: string;
}

/** go-units HumanSize-like: `234B`, `1.23kB`, `4.56MB`. */
export function bytesText(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)}B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(2)}kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(2)}MB`;
  return `${(bytes / 1e9).toFixed(2)}GB`;
}

export function renderBuildLog(input: BuildLogInput): string {
  const out: LogVertex[] = input.preamble.map((p) => ({ name: p.name, status: 'done', seconds: p.seconds, statuses: p.statuses }));
  let contextShown = false;
  for (let k = 0; k < input.vertices.length; k++) {
    const v = input.vertices[k]!;
    if (v.usesContext && !contextShown) {
      contextShown = true;
      const bytes = input.contextBytes ?? 0;
      const seconds = bytes / CONTEXT_BYTES_PER_SECOND;
      // printer.go prints a status's time only above 0.01 s.
      out.push({ name: '[internal] load build context', status: 'done', seconds, statuses: [`transferring context: ${bytesText(bytes)}${seconds > 0.01 ? ` ${seconds.toFixed(1)}s` : ''} done`] });
    }
    out.push(v);
  }
  if (input.failure === undefined && input.exportSeconds !== undefined) {
    const id = displayDigest(`image:${input.imageSeed ?? ''}`);
    out.push({
      name: 'exporting to image',
      status: 'done',
      seconds: input.exportSeconds,
      statuses: [`exporting layers ${input.exportSeconds.toFixed(1)}s done`, `writing image ${id} done`],
    });
  }
  const f = input.failure;
  return renderProgress(
    out,
    f === undefined
      ? undefined
      : {
          vertexName: f.vertexName,
          logs: f.logs,
          source: f.span === undefined ? undefined : { filename: input.dockerfilePath, lines: input.lines, start: f.span.start, end: f.span.end },
          message: f.error.message,
        },
  );
}
