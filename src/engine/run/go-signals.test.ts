import { describe, expect, test } from 'vitest';
import { analyze } from '../index.ts';

const DOCKERFILE = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
const program = (body: string) =>
  `package main\nimport (\n  "context"\n  "net/http"\n  "os"\n  "os/signal"\n  "syscall"\n)\nfunc main() {\n  _ = context.Background\n  _ = os.Interrupt\n  _ = syscall.SIGTERM\n  go http.ListenAndServe(":8080", nil)\n${body}\n}\n`;

describe('a Go program as PID 1 on docker stop: the build records which signals it handles', () => {
  test.each([
    ['no signal.Notify: the runtime dies of SIGTERM, which as PID 1 ends in exit(2)', 'select {}', 2],
    ['signal.NotifyContext for SIGTERM: the program gets it and shuts down', 'ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)\n  defer stop()\n  <-ctx.Done()', 0],
    ['signal.Notify with no signals listed: every signal is delivered', 'c := make(chan os.Signal, 1)\n  signal.Notify(c)\n  <-c', 0],
    ['signal.Notify for os.Interrupt only: SIGTERM still takes the default path', 'c := make(chan os.Signal, 1)\n  signal.Notify(c, os.Interrupt)\n  <-c', 2],
  ])('%s', (_name, body, code) => {
    const report = analyze({ dockerfile: DOCKERFILE, context: [{ path: 'main.go', content: program(body) }, { path: 'go.mod', content: 'module rates\ngo 1.23\n' }] });
    expect(report.build.ok).toBe(true);
    expect(report.run?.stop?.exitCode).toBe(code);
    expect(report.run?.stop?.seconds).toBeLessThan(1);
  });
});
