/**
 * A stand-in for the engine worker that answers with reports in the shape of the engine's contract (build, run,
 * grade, context summary), so the panels can be tested before — and independently of — the engine's simulation.
 * Its figures are fixtures, not Docker facts: the point is that the site shows what the report says, whatever it
 * says. Checks pass when the Dockerfile carries `pass:<id>`, so tests can steer the grade whatever the lesson. Learner
 * text is echoed into the report (instructions, base image ref, log, history) so tests can check it
 * is shown as text everywhere.
 */
import type { Page } from 'playwright-core';

/** The worker's source. Runs in the browser; written in plain JavaScript. */
const workerSource = String.raw`
const lines = (text) => text.split('\n');
function position(text, line, column) {
  const all = lines(text);
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += all[i].length + 1;
  return { line, column, offset: offset + column - 1 };
}
self.onmessage = (event) => {
  const { id, input } = event.data;
  const text = input.dockerfile;
  const instructions = lines(text).map((raw, i) => ({ raw, line: i + 1 })).filter((l) => /^\s*[A-Za-z]+/.test(l.raw) && !/^\s*#/.test(l.raw));
  const fromLine = instructions.find((l) => /^\s*FROM\s/i.test(l.raw));
  const ref = fromLine ? fromLine.raw.trim().split(/\s+/)[1] || '' : '';
  const slim = /slim/.test(ref);
  const findings = [];
  if (fromLine && /:latest\b/.test(fromLine.raw)) {
    const col = fromLine.raw.indexOf('latest') + 1;
    const range = { start: position(text, fromLine.line, col), end: position(text, fromLine.line, col + 6) };
    findings.push({
      ruleId: 'base-image-latest', code: 'DL3007', severity: 'warning',
      message: 'The tag latest moves; pin a version.', explanation: 'Builds change under you.', suggestion: 'Pin a tag.',
      fix: { title: 'Pin to 3.12-slim', edits: [{ range, text: '3.12-slim' }] }, range,
    });
  }
  const steps = (rebuilding) => instructions.filter((l) => /^\s*(FROM|RUN|COPY|ADD|WORKDIR)\b/i.test(l.raw)).map((l, i, all) => ({
    stage: '', stageIndex: 0, line: l.line, instruction: l.raw.trim(), kind: l.raw.trim().split(/\s+/)[0].toLowerCase(),
    status: rebuilding ? (i < 3 ? 'cached' : 'run') : 'run',
    seconds: rebuilding && i < 3 ? 0 : 1.5,
    reason: rebuilding ? (i === 3 ? 'app.py changed' : i > 3 ? 'an earlier step changed' : undefined) : 'nothing cached yet',
    name: '[' + (i + 1) + '/' + all.length + '] ' + l.raw.trim(), layerBytes: 5000000, cacheKey: 'k' + i, output: [], estimates: [],
  }));
  const baseBytes = slim ? 130000000 : 1020000000;
  const layers = [
    { instruction: 'base layers', createdBy: 'base layers', line: undefined, bytes: baseBytes, fromBase: true, emptyLayer: false },
    ...instructions.filter((l) => /^\s*(RUN|COPY|ADD)\b/i.test(l.raw)).map((l) => ({ instruction: l.raw.trim(), createdBy: l.raw.trim(), line: l.line, bytes: 5000000, fromBase: false, emptyLayer: false })),
  ];
  const diskBytes = layers.reduce((s, l) => s + l.bytes, 0);
  const image = {
    diskBytes, compressedBytes: Math.round(diskBytes / 2.5), wastedBytes: 2000000, efficiency: 0.987, layers,
    history: layers.map((l) => l.instruction + '   ' + l.bytes).join('\n'),
    base: { ref, diskBytes: baseBytes, libc: 'glibc', shell: 'dash', user: 'root' },
    user: 'root', estimates: ['package sizes are estimates'],
  };
  const view = (rebuilding) => {
    const s = steps(rebuilding);
    return { ok: true, error: undefined, steps: s, stages: [], totalSeconds: s.reduce((t, x) => t + x.seconds, 0),
      log: s.map((x, i) => '#' + (i + 1) + ' ' + (x.status === 'cached' ? 'CACHED ' : '') + x.name).join('\n'), image };
  };
  // A declared check passes when the Dockerfile says so, with a comment pass:<check id>. Tests steer the grade.
  const checks = (input.checks || []).map((c) => {
    const passed = text.includes('pass:' + c.id);
    return { id: c.id, kind: c.kind, label: c.label || c.id, passed, reason: passed ? 'the file says pass:' + c.id : 'no pass:' + c.id + ' in ' + ref };
  });
  const sent = (path) => !(path.startsWith('.git') || path.startsWith('node_modules'));
  const entries = [...Object.keys(input.files || {}).map((path) => ({ path, content: input.files[path] })), ...(input.context || [])]
    .map((e) => ({ path: e.path, kind: e.kind || 'file', bytes: e.content !== undefined ? e.content.length : e.size, sent: sent(e.path), summary: e.kind === 'dir' }));
  const report = {
    diagnostics: [], findings, instructionCount: instructions.length, stageCount: 1,
    build: view(false), cache: { fixture: true },
    bases: fromLine ? [{ line: fromLine.line, ref, kind: 'image', diskBytes: baseBytes, compressedBytes: Math.round(baseBytes / 2.7), libc: 'glibc', shell: 'dash', user: 'root', estimate: false, note: undefined, snapshot: '2025-06' }] : [],
    rebuild: input.change ? view(true) : undefined,
    run: {
      started: true, running: true, command: { argv: ['/bin/sh', '-c', 'python app.py'], entrypoint: [], cmd: [], notes: [] },
      pid1: { argv: ['/bin/sh', '-c', 'python app.py'], shell: 'dash', program: 'shell', role: 'shell', execChain: [], explanation: 'dash stays PID 1 and runs python as its child.' },
      processes: undefined, user: { uid: 0, gid: 0, name: 'root', spec: '', home: '/root', exists: true }, workdir: '/app', env: {},
      stop: { signal: 'SIGTERM', signalSource: 'default', timeoutSeconds: 10, reachedApp: false, seconds: 10.2, exitCode: 137, killed: true, confidence: 'modelled',
        explanation: 'The shell does not pass SIGTERM on.', timeline: [
        { seconds: 0, event: 'docker stop sends SIGTERM to PID 1 (/bin/sh)' },
        { seconds: 10, event: 'no exit after 10 s: SIGKILL' },
      ] },
      root: undefined, warnings: [], explanations: ['Runs as root.'], assumptions: [],
    },
    grade: checks.length === 0 ? undefined : { score: checks.filter((c) => c.passed).length / checks.length, solved: checks.every((c) => c.passed), checks, firstFailing: checks.find((c) => !c.passed) },
    context: { totalBytes: entries.reduce((t, e) => t + e.bytes, 0), sentBytes: entries.filter((e) => e.sent).reduce((t, e) => t + e.bytes, 0), entries, ignoreFile: '.dockerignore', error: undefined },
  };
  self.postMessage({ id, report, millis: 0.1 });
};
`;

/** Serves the stub instead of the engine worker for this page (set up before navigating). */
export async function useStubEngine(page: Page): Promise<void> {
  await page.route(/\/engine\.worker-[\w-]+\.js$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' },
      body: workerSource,
    }),
  );
}
