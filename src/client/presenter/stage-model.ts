/**
 * What the presenter's build stage shows, as plain data derived from the engine's report: the steps in the order
 * BuildKit ran them, each with its cache status, time and the layer it adds to the shipped image (or `undefined`
 * for a step of a stage that is not shipped), and the image's size so far. No DOM, so it is tested on its own.
 * All figures come from the report; this only picks and sums them for display.
 */
import type { BuildView } from '../../engine/index.ts';

export interface StageStep {
  /** The instruction as written (`RUN pip install -r requirements.txt`); shorter than BuildKit's step name. */
  readonly name: string;
  /** The stage it belongs to, when the file has several (`builder`). */
  readonly stage: string | undefined;
  readonly status: 'cached' | 'run' | 'skipped' | 'failed';
  readonly seconds: number;
  readonly reason: string | undefined;
  /** Bytes this step adds to the shipped image; `undefined` when its stage is not the one shipped. */
  readonly shippedBytes: number | undefined;
  /** The step's own layer, shipped or not (a builder stage's compiler install is big, and left behind). */
  readonly layerBytes: number;
  readonly isBase: boolean;
}

export interface StageModel {
  readonly steps: readonly StageStep[];
  /** The image on disk after the first `n` steps, for n = 0 … steps.length. */
  readonly sizeAfter: readonly number[];
  readonly finalBytes: number | undefined;
  readonly compressedBytes: number | undefined;
  readonly totalSeconds: number;
  readonly ok: boolean;
  readonly error: { readonly message: string; readonly output: readonly string[] } | undefined;
  /** The largest single figure (for scaling bars). */
  readonly maxBytes: number;
}

export function stageModel(build: BuildView): StageModel {
  const image = build.image;
  const built = build.steps.filter((s) => s.status !== 'skipped');
  // The shipped stage is the one the last step belongs to (the target).
  const shipped = built.length > 0 ? built[built.length - 1]!.stageIndex : -1;
  const baseBytes = image?.base.diskBytes ?? 0;
  const steps: StageStep[] = built.map((s) => {
    const isBase = s.kind === 'from' && s.stageIndex === shipped;
    const inShipped = s.stageIndex === shipped;
    return {
      name: s.instruction,
      stage: build.stages.length > 1 ? s.stage || `stage-${s.stageIndex}` : undefined,
      status: s.status,
      seconds: s.seconds,
      reason: s.reason,
      shippedBytes: isBase ? baseBytes : inShipped ? s.layerBytes : undefined,
      layerBytes: isBase ? baseBytes : s.layerBytes,
      isBase,
    };
  });
  const sizeAfter = [0];
  for (const step of steps) sizeAfter.push(sizeAfter[sizeAfter.length - 1]! + (step.shippedBytes ?? 0));
  const finalBytes = image?.diskBytes;
  // The last figure is the engine's own total (history entries of the base image included).
  if (finalBytes !== undefined && sizeAfter.length > 1) sizeAfter[sizeAfter.length - 1] = finalBytes;
  return {
    steps,
    sizeAfter,
    finalBytes,
    compressedBytes: image?.compressedBytes,
    totalSeconds: build.totalSeconds,
    ok: build.ok,
    error: build.error ? { message: build.error.message, output: build.error.output } : undefined,
    maxBytes: Math.max(1, finalBytes ?? 0, ...steps.map((s) => s.layerBytes)),
  };
}
