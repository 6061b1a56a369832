// Reading signal handlers from app source (runtime-signals.md §5 rows "handler calls process.exit(0)",
// "handler that does not exit", "python handler calls sys.exit(0)"; §3 Werkzeug reloader).
import { describe, expect, test } from 'vitest';
import { findGoHandlers, findNodeHandlers, findPythonHandlers, usesWerkzeugReloader, catchesKeyboardInterrupt } from './signal-handlers.ts';

describe('Node handlers', () => {
  test.each([
    ["process.on('SIGTERM', () => { console.log('bye'); process.exit(0); });", 15, 'exits', 0],
    ['process.once("SIGINT", () => process.exit(130))', 2, 'exits', 130],
    ["process.on('SIGTERM', () => { console.log('got it') })", 15, 'logs-only', undefined],
    ["process.on('SIGTERM', () => {})", 15, 'logs-only', undefined],
    ["process.on('SIGTERM', () => server.close())", 15, 'ends', 0],
    ["function shutdown() {\n  server.close(() => process.exit(0));\n}\nprocess.on('SIGTERM', shutdown);", 15, 'exits', 0],
    ["const stop = async () => { await db.end(); };\nprocess.addListener('SIGTERM', stop)", 15, 'ends', 0],
    ["process.on('SIGTERM', handler)", 15, 'unknown', undefined],
  ] as const)('%s', (code, signal, effect, exitCode) => {
    const [h] = findNodeHandlers(code, '/app/server.js');
    expect(h).toMatchObject({ signal, effect, exitCode, file: '/app/server.js' });
  });

  test('not a registration: other objects, other events, comments in strings', () => {
    expect(findNodeHandlers("emitter.on('SIGTERM', f); process.on('exit', g); const s = 'SIGTERM'", 'x.js')).toEqual([]);
  });

  test('reports the line', () => {
    expect(findNodeHandlers("const a = 1;\n\nprocess.on('SIGTERM', () => process.exit(0))", 'x.js')[0]?.line).toBe(3);
  });
});

describe('Python handlers', () => {
  test.each([
    ['import signal, sys\nsignal.signal(signal.SIGTERM, lambda *a: sys.exit(0))', 15, 'exits', 0],
    ['def handle(signum, frame):\n    print("bye")\n    sys.exit(3)\n\nsignal.signal(signal.SIGTERM, handle)\n', 15, 'exits', 3],
    ['def handle(signum, frame):\n    print("ignoring")\n\nsignal.signal(signal.SIGTERM, handle)\n', 15, 'logs-only', undefined],
    ['from signal import signal, SIGTERM\nsignal(SIGTERM, shutdown)\n', 15, 'unknown', undefined],
    ['signal.signal(signal.SIGTERM, signal.SIG_IGN)', 15, 'ignores', undefined],
    ['loop.add_signal_handler(signal.SIGTERM, stop_event.set)', 15, 'ends', 0],
    ['def h(s, f):\n    raise SystemExit\nsignal.signal(signal.SIGINT, h)', 2, 'exits', 0],
  ] as const)('%s', (code, signal, effect, exitCode) => {
    const [h] = findPythonHandlers(code, '/app/app.py');
    expect(h).toMatchObject({ signal, effect, exitCode });
  });

  test('SIG_DFL restores the default: no handler', () => {
    expect(findPythonHandlers('signal.signal(signal.SIGTERM, signal.SIG_DFL)', 'a.py')).toEqual([]);
  });

  test.each([
    ['app.run(debug=True)', true],
    ['app.run(host="0.0.0.0", debug=True, use_reloader=False)', false],
    ['app.run()', false],
  ])('Werkzeug reloader: %s -> %s', (code, want) => {
    expect(usesWerkzeugReloader(code)).toBe(want);
  });

  test('KeyboardInterrupt caught', () => {
    expect(catchesKeyboardInterrupt('try:\n    main()\nexcept KeyboardInterrupt:\n    pass\n')).toBe(true);
    expect(catchesKeyboardInterrupt('main()\n')).toBe(false);
  });
});

describe('Go signal.Notify', () => {
  test.each([
    ['signal.Notify(c, syscall.SIGTERM, os.Interrupt)', [15, 2]],
    ['ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)', [2]],
    ['signal.Notify(c)', [2, 15, 1, 3]],
  ])('%s', (code, signals) => {
    expect(findGoHandlers(code, 'main.go').map((h) => h.signal)).toEqual(signals);
  });
});
