/**
 * A mounted workbench: the editor, the engine worker, the panels, saving. Every keystroke sends the files to the
 * engine (latest request wins) and renders its report; the site computes nothing about Docker itself.
 */
import type { Finding } from '../engine/index.ts';
import type { Range } from '../engine/dockerfile/source-range.ts';
import type { WorkbenchPayload } from '../lessons/workbench-payload.ts';
import { monaco } from './monaco.ts';
import { h, part } from './dom.ts';
import { createEngineClient, type EngineAnswer } from './engine-client.ts';
import type { ReportView } from './report-view.ts';
import { monacoRange, registerDockerfileFeatures, setModelInsight } from './editor/language-features.ts';
import { createWorkbenchEditor } from './workbench-editor.ts';
import { analysisInput, dockerfileOf, gradesRebuild } from './workbench-input.ts';
import { createNotices, createSaveStatus, wireReset } from './workbench-controls.ts';
import { createWorkStore, type Files, type StoreEvent } from './storage/work-store.ts';
import { watchPresence } from './storage/tab-presence.ts';
import { markSolved } from './storage/progress-store.ts';
import { renderFindings } from './panels/findings-panel.ts';
import { renderBuild, renderRebuild } from './panels/build-panel.ts';
import { renderLayers } from './panels/layers-panel.ts';
import { renderRun } from './panels/run-panel.ts';
import { renderContext } from './panels/context-panel.ts';
import { renderGrade } from './panels/grade-panel.ts';
import { wireHelp } from './workbench-help.ts';

export interface MountOptions {
  /** Files to open instead of the saved or starting ones (a share link). */
  readonly initialFiles?: Files;
  /** Where to save, when not the payload's key (a share link's own copy). */
  readonly storageKey?: string;
}

export interface WorkbenchHandle {
  readonly payload: WorkbenchPayload;
  files(): Record<string, string>;
}

const MARKER_OWNER = 'shipshape';

function markerSeverity(severity: string): monaco.MarkerSeverity {
  if (severity === 'error') return monaco.MarkerSeverity.Error;
  if (severity === 'warning') return monaco.MarkerSeverity.Warning;
  return monaco.MarkerSeverity.Info;
}

/** What the keystroke benchmark reads besides the duration (scripts/bench/keystroke.ts): each hop, in ms from the edit. */
function keystrokeDetail(answer: Extract<EngineAnswer, { kind: 'report' }>, editAt: number, renderAt: number): unknown {
  const hops = answer.hops;
  if (!hops) return { engineMillis: answer.millis };
  const since = (t: number): number => t - editAt;
  return {
    engineMillis: answer.millis,
    hops: {
      posted: since(hops.posted),
      workerReceived: since(hops.workerReceived),
      engineDone: since(hops.engineDone),
      answered: since(hops.answered),
      renderStart: since(renderAt),
      via: hops.via,
    },
  };
}

function onlyEditable(payload: WorkbenchPayload, files: Files | undefined): Files | undefined {
  if (!files) return undefined;
  return Object.fromEntries(payload.editable.filter((f) => typeof files[f] === 'string').map((f) => [f, files[f]!]));
}

export function mountWorkbench(root: HTMLElement, options: MountOptions = {}): WorkbenchHandle {
  const payload = JSON.parse(part(root, '[data-workbench-data]').textContent ?? '{}') as WorkbenchPayload;
  const storageKey = options.storageKey ?? payload.key;
  const dockerfilePath = dockerfileOf(payload);
  const setStatus = createSaveStatus(root);
  const notices = createNotices(root);
  const tab = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2);

  const onStoreEvent = (event: StoreEvent): void => {
    switch (event.kind) {
      case 'saved':
        notices.clear('storage');
        setStatus('saved', `Saved in this browser at ${new Date(event.at).toLocaleTimeString()}.`);
        break;
      case 'failed':
        setStatus('failed', 'Not saved.');
        notices.show('storage', `${event.message} Keep this tab open, or copy your files somewhere safe.`);
        break;
      case 'conflict':
        setStatus('conflict', 'Saving paused: another tab changed this exercise.');
        showConflict();
        break;
      case 'resolved':
        notices.clear('conflict');
        break;
    }
  };
  const store = createWorkStore(storageKey, tab, onStoreEvent);
  const restored = options.initialFiles ? undefined : onlyEditable(payload, store.restored?.files);
  const wb = createWorkbenchEditor(root, payload, options.initialFiles ?? restored ?? payload.files, storageKey);
  registerDockerfileFeatures();

  function showConflict(): void {
    notices.show('conflict', 'This exercise was changed in another tab. Your edits here are kept in this tab until you choose which version to keep.', [
      { label: 'Load the other tab’s version', run: () => { const theirs = store.takeTheirs(); if (theirs) wb.replaceFiles(theirs); setStatus('saved', 'Loaded the other tab’s version (Ctrl+Z undoes it).'); } },
      { label: 'Keep this tab’s version', run: () => store.keepMine(wb.files()) },
    ]);
  }
  if (store.restoredConflict) {
    setStatus('conflict', 'Saving paused: another tab changed this exercise.');
    showConflict();
  } else if (restored && store.restored) {
    setStatus('restored', `Restored your work from ${new Date(store.restored.savedAt).toLocaleString()}.`);
  }
  watchPresence(storageKey, tab, (others) => {
    if (others > 0) notices.show('presence', 'This exercise is also open in another tab. If you edit in both, each tab will ask before one replaces the other.');
    else notices.clear('presence');
  });

  const body = (name: string): HTMLElement | null => root.querySelector<HTMLElement>(`[data-panel="${name}"] [data-body]`);
  const count = (name: string, text: string): void => {
    const el = root.querySelector(`[data-panel-tab="${name}"] [data-count]`);
    if (el && el.textContent !== text) el.textContent = text;
  };
  const engine = createEngineClient();
  let lastReport: ReportView | undefined;
  let renders = 0;
  let solvedShown = false;

  const applyFix = (finding: Finding): void => {
    const model = wb.models.get(dockerfilePath);
    if (!model || !finding.fix) return;
    model.pushStackElement();
    model.pushEditOperations(
      [],
      finding.fix.edits.map((edit) => ({ range: monacoRange(edit.range), text: edit.text })),
      () => null,
    );
    model.pushStackElement();
    wb.reveal(dockerfilePath, finding.range.start.line, finding.range.start.column);
  };

  // Each section is redrawn only when its part of the report changed: most keystrokes change little, and an
  // untouched panel costs no layout.
  const drawn = new Map<string, string>();
  const changed = (section: string, value: unknown): boolean => {
    const key = JSON.stringify(value) ?? '';
    if (drawn.get(section) === key) return false;
    drawn.set(section, key);
    return true;
  };
  const draw = (name: string, value: unknown, paint: (body: HTMLElement) => void): void => {
    const el = body(name);
    if (el && changed(name, value)) paint(el);
  };

  const render = (report: ReportView): void => {
    const model = wb.models.get(dockerfilePath);
    if (model) setModelInsight(model, { findings: report.findings, bases: report.bases });
    // Markers and the findings panel show the same list: both change together.
    draw('findings', [report.diagnostics, report.findings], (el) => {
      if (model) {
        const marker = (severity: string, message: string, code: string, range: Range): monaco.editor.IMarkerData => ({
          severity: markerSeverity(severity), message, code, source: 'shipshape', ...monacoRange(range),
        });
        monaco.editor.setModelMarkers(model, MARKER_OWNER, [
          ...report.diagnostics.map((d) => marker(d.severity, d.message, d.code, d.range)),
          ...report.findings.map((f) => marker(f.severity, f.message, f.code, f.range)),
        ]);
      }
      renderFindings(el, report.diagnostics, report.findings, { reveal: (line, column) => wb.reveal(dockerfilePath, line, column), applyFix });
    });
    draw('build', report.build, (el) => renderBuild(el, report.build));
    draw('layers', [report.build.image, report.build.ok], (el) => renderLayers(el, report.build.image, report.build.ok));
    draw('run', [report.run, report.build.ok], (el) => renderRun(el, report.run, report.build.ok));
    draw('context', report.context, (el) => renderContext(el, report.context));
    if (rebuildResult && payload.change && withChange()) {
      const change = payload.change;
      if (changed('rebuild', [report.build.ok, report.rebuild])) renderRebuild(rebuildResult, change.label, report.build, report.rebuild);
    }
    draw('grade', report.grade, (el) => renderGrade(el, report.grade, payload.checks));

    const problems = report.findings.length + report.diagnostics.length;
    count('findings', ` (${problems})`);
    if (report.grade) count('grade', ` (${report.grade.checks.filter((c) => c.passed).length}/${report.grade.checks.length})`);
    root.dataset.findings = String(report.findings.length);
    root.dataset.build = report.build.ok ? 'ok' : 'failed';
    root.dataset.grade = report.grade ? (report.grade.solved ? 'solved' : 'unsolved') : 'absent';
    root.dataset.renders = String(++renders);

    const solved = payload.kind === 'exercise' && report.grade?.solved === true;
    const banner = root.querySelector<HTMLElement>('[data-solved-banner]');
    if (banner) banner.hidden = !solved;
    if (solved && !solvedShown) {
      const result = markSolved(payload.key);
      if (!result.ok) notices.show('storage', `Solved — but ${result.message.charAt(0).toLowerCase()}${result.message.slice(1)}`);
    }
    solvedShown = solved;
    summarise(report);
  };

  let summaryTimer: ReturnType<typeof setTimeout> | undefined;
  const summarise = (report: ReportView): void => {
    clearTimeout(summaryTimer);
    summaryTimer = setTimeout(() => {
      const parts = [`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`];
      parts.push(report.build.ok ? 'the build succeeds' : 'the build fails');
      if (report.grade) parts.push(report.grade.solved ? 'exercise solved' : `${report.grade.checks.filter((c) => c.passed).length} of ${report.grade.checks.length} checks pass`);
      part(root, '[data-summary]').textContent = `${parts.join(', ')}.`;
    }, 1000);
  };

  // `data-pending` is "true" from an edit until the report for the newest edit is on screen (tests wait on it).
  const refresh = async (editAt: number): Promise<void> => {
    const asked = engine.analyze(analysisInput(payload, wb.files(), withChange()));
    root.dataset.pending = 'true';
    const answer = await asked;
    if (!answer) return; // a newer edit is already on its way
    root.dataset.pending = 'false';
    if (answer.kind === 'error') {
      notices.show('engine', `The simulator failed on this file: ${answer.message}. This is a bug in Shipshape; your work is still saved.`);
      return;
    }
    notices.clear('engine');
    lastReport = answer.report;
    const renderAt = performance.now();
    render(answer.report);
    const end = performance.now();
    performance.measure('shipshape:render', { start: renderAt, end });
    performance.measure('shipshape:keystroke', { start: editAt, end, detail: keystrokeDetail(answer, editAt, renderAt) });
  };

  // The rebuild after the exercise's change: once asked for (or when a check grades it), every report carries it,
  // so it stays live as the learner edits — reorder two lines and see what the cache keeps now.
  let rebuildAsked = false;
  const withChange = (): boolean => payload.change !== undefined && (rebuildAsked || gradesRebuild(payload));
  const rebuildButton = root.querySelector<HTMLButtonElement>('[data-rebuild-button]');
  const rebuildResult = root.querySelector<HTMLElement>('[data-rebuild-result]');
  rebuildButton?.addEventListener('click', () => {
    if (rebuildAsked && lastReport?.rebuild) return;
    rebuildAsked = true;
    drawn.delete('rebuild');
    rebuildButton.setAttribute('aria-pressed', 'true');
    if (rebuildResult) rebuildResult.replaceChildren(h('p', { class: 'muted', data: { rebuild: 'running' } }, 'Rebuilding…'));
    void refresh(performance.now());
  });
  if (rebuildButton) rebuildButton.disabled = false;

  wireHelp(root, payload, { grade: () => lastReport?.grade, files: () => wb.files() });

  wireReset(root, () => {
    const before = wb.files();
    wb.replaceFiles(payload.files);
    setStatus('saved', 'Files reset to the starting version.');
    return () => wb.replaceFiles(before);
  });

  for (const model of wb.models.values()) {
    model.onDidChangeContent(() => {
      // The request goes first: the worker simulates while the rest of the keystroke runs here.
      void refresh(performance.now());
      store.schedule(() => wb.files());
      if (root.dataset.save !== 'conflict' && root.dataset.save !== 'failed') setStatus('pending', 'Saving…');
    });
  }

  void refresh(performance.now()).then(() => {
    root.dataset.state = 'ready';
    part(root, '[data-editor-status]').textContent = 'Editor ready. The panels update as you type.';
  });

  return { payload, files: () => wb.files() };
}
