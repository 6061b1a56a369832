/**
 * An exercise (or playground sample) on stage: the workbench's editor on one side, the build stage on the other.
 * The stage asks the engine (its own worker, through the site's engine client) about the editor's current files,
 * and follows the editor: each render of the workbench (`data-renders`) re-reads them. The presenter steps the build
 * forward layer by layer, applies the exercise's change to show what the cache keeps, and reveals the solution in
 * the editor (an undoable edit; pressed again, the speaker's own version comes back).
 */
import type { Report } from '../../engine/index.ts';
import type { WorkbenchPayload } from '../../lessons/workbench-payload.ts';
import { createEngineClient } from '../engine-client.ts';
import type { EngineClient } from '../engine-client.ts';
import { analysisInput } from '../workbench-input.ts';
import { currentFiles, readPayload } from '../terminal/workspace-source.ts';
import { stageModel } from './stage-model.ts';
import type { StageModel } from './stage-model.ts';
import { announceStep, renderStage } from './stage-view.ts';

interface ModelLike {
  getValue(): string;
  getFullModelRange(): unknown;
  pushStackElement(): void;
  pushEditOperations(before: unknown[], edits: { range: unknown; text: string }[], cursor: () => null): unknown;
}
type WorkbenchRoot = HTMLElement & { shipshape?: { models?: ReadonlyMap<string, ModelLike>; editor?: { updateOptions(o: object): void; focus(): void } } };

export interface ExerciseStage {
  stepBuild(): void;
  playBuild(): Promise<void>;
  applyChange(): Promise<void>;
  revealSolution(): Promise<void>;
  focusEditor(): Promise<void>;
  refresh(): Promise<void>;
}

let sharedEngine: EngineClient | undefined;

/** Opens the workbench's editor if it is not open yet, and waits for it. */
async function editorReady(root: WorkbenchRoot): Promise<boolean> {
  if (root.dataset.state !== 'ready') {
    root.querySelector<HTMLButtonElement>('[data-open-editor]')?.click();
    const deadline = Date.now() + 20_000;
    while (root.dataset.state !== 'ready' && root.dataset.state !== 'failed' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  return Boolean(root.shipshape?.models);
}

export function mountExerciseStage(root: WorkbenchRoot, stage: HTMLElement, status: HTMLElement, options: { readonly fontSize?: number } = {}): ExerciseStage {
  const payload = readPayload(root) as WorkbenchPayload;
  const engine = (sharedEngine ??= createEngineClient());
  let report: Report | undefined;
  let model: StageModel | undefined;
  let revealed = 0;
  let showChange = false;
  let mine: Record<string, string> | undefined;
  let lastDockerfile = '';
  let playing = false;

  const draw = (): void => {
    if (!report || !model) return;
    if (showChange && report.rebuild) {
      const rebuild = stageModel(report.rebuild);
      const kept = rebuild.steps.filter((s) => s.status === 'cached').length;
      renderStage(stage, rebuild, rebuild.steps.length, {
        title: `After you ${payload.change?.label ?? 'change a file'}: the cache keeps ${kept} of ${rebuild.steps.length} steps, the rebuild takes ${rebuild.totalSeconds.toFixed(1)} s`,
        findings: report.findings,
        grade: report.grade,
        run: report.run,
        reasons: true,
      });
      stage.dataset.view = 'rebuild';
      return;
    }
    renderStage(stage, model, revealed, { findings: report.findings, grade: report.grade, run: report.run });
    stage.dataset.view = 'build';
  };

  const refresh = async (): Promise<void> => {
    const files = currentFiles(root, payload);
    const answer = await engine.analyze(analysisInput(payload, files, showChange || payload.change !== undefined), 'presenter');
    if (!answer || answer.kind !== 'report') return;
    report = answer.report;
    model = stageModel(report.build);
    const dockerfile = Object.values(files).join('\u0000');
    // An edit starts the build over: the audience sees the new build step by step.
    if (dockerfile !== lastDockerfile) {
      revealed = 0;
      lastDockerfile = dockerfile;
    }
    revealed = Math.min(revealed, model.steps.length);
    stage.dataset.ready = 'true';
    draw();
  };

  // The workbench marks every render; a new render means the files changed.
  new MutationObserver(() => void refresh()).observe(root, { attributes: true, attributeFilter: ['data-renders'] });
  // Stage-sized type in the editor, whenever it is (or becomes) ready.
  const enlarge = (): void => {
    if (root.dataset.state === 'ready') root.shipshape?.editor?.updateOptions({ fontSize: options.fontSize ?? 22, lineHeight: Math.round((options.fontSize ?? 22) * 1.45) });
  };
  new MutationObserver(enlarge).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  enlarge();

  const stepBuild = (): void => {
    if (!model) return;
    showChange = false;
    if (revealed >= model.steps.length) revealed = 0; // pressed again at the end: play it again
    revealed++;
    draw();
    status.textContent = announceStep(model, revealed);
  };

  return {
    refresh,
    stepBuild,
    async playBuild() {
      if (!model || playing) return;
      playing = true;
      showChange = false;
      revealed = 0;
      draw();
      for (let i = 0; i < model.steps.length; i++) {
        // Simulated seconds play 10× faster, at least 0.3 s a step so the audience can follow.
        await new Promise((r) => setTimeout(r, Math.min(2000, Math.max(300, model!.steps[i]!.seconds * 100))));
        stepBuild();
      }
      playing = false;
    },
    async applyChange() {
      if (!payload.change) {
        status.textContent = 'This exercise declares no change to rebuild with.';
        return;
      }
      showChange = !showChange;
      await refresh();
      status.textContent = showChange ? (stage.querySelector('.stage-title')?.textContent ?? '') : 'Back to the first build.';
    },
    async revealSolution() {
      if (!payload.solution) {
        status.textContent = 'This workbench has no solution to reveal.';
        return;
      }
      if (!(await editorReady(root))) return;
      const models = root.shipshape!.models!;
      const target = mine ?? payload.solution;
      if (!mine) mine = Object.fromEntries([...models].map(([file, m]) => [file, m.getValue()]));
      else mine = undefined;
      for (const [file, m] of models) {
        const text = target[file];
        if (text === undefined || text === m.getValue()) continue;
        m.pushStackElement();
        m.pushEditOperations([], [{ range: m.getFullModelRange(), text }], () => null);
        m.pushStackElement();
      }
      stage.dataset.solution = mine ? 'shown' : 'hidden';
      status.textContent = mine ? 'The solution is in the editor. Press S again for your version.' : 'Your version is back in the editor.';
    },
    async focusEditor() {
      if (await editorReady(root)) root.shipshape?.editor?.focus();
    },
  };
}
