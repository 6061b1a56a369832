import type { ShellForm } from '../../dockerfile/index.ts';
import type { CommandOrigin } from '../../build/index.ts';
import type { Fix } from '../finding.ts';
import { defineRule } from '../rule.ts';
import { instructionOnLine, sameArgv } from '../simulation-queries.ts';

const SHELL_NAMES: Readonly<Record<string, string>> = { dash: 'dash', bash: 'bash', 'busybox-ash': 'BusyBox ash' };

/**
 * The shell hands PID 1 to the app when it `exec`s it: the exec form for a plain command with fixed words,
 * otherwise `exec` in front of the last command of an `&&` chain.
 */
function execFix(form: ShellForm): Fix | undefined {
  const { shape, commands } = form.script;
  const last = shape.lastCommand;
  if (form.looksLikeJson || !last?.name || last.assignments.length > 0 || shape.execsLastCommand) return undefined;
  if (shape.singleCommand && commands.length === 1 && last.redirects.length === 0) {
    const words = [last.name, ...last.args].map((w) => w.value);
    // Expansions and globs need the shell; `exec` keeps it for them.
    if (words.every((w): w is string => w !== undefined && ![...'*?[~'].some((c) => w.includes(c)))) {
      return { title: 'Convert to exec form', edits: [{ range: form.range, text: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` }] };
    }
  }
  if (!shape.andChainEndingInSimpleCommand) return undefined;
  return { title: 'Let the shell exec the app', edits: [{ range: { start: last.range.start, end: last.range.start }, text: 'exec ' }] };
}

/** `CMD node server.js` on Debian: dash stays PID 1, SIGTERM never reaches node, `docker stop` kills after 10 s. */
export const shellSwallowsSigterm = defineRule({
  meta: {
    id: 'shell-swallows-sigterm',
    severity: 'warning',
    sources: [],
    title: 'The shell of a shell-form command keeps SIGTERM from the app',
    explanation:
      'A shell-form CMD or ENTRYPOINT runs as `/bin/sh -c "…"`. Debian\'s and Ubuntu\'s /bin/sh (dash) does not replace itself with your program, so the shell is PID 1 and the app its child. `docker stop` sends SIGTERM to PID 1; a shell as PID 1 has no handler for it, so the kernel drops it and your app never hears it. Docker waits 10 seconds and sends SIGKILL: open requests are cut off, nothing is flushed, the exit code is 137. (BusyBox ash and bash exec a lone command themselves; this finding appears only where the simulated `docker stop` shows the signal lost.)',
    suggestion:
      'Use the exec form, `CMD ["node", "server.js"]`, so the app is PID 1 — and make sure it handles SIGTERM (or run with `--init`). If you need the shell for variables or `&&`, end with `exec`: `CMD cd /app && exec node server.js`.',
    needs: ['build', 'run'],
    examples: {
      bad: [{ dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n', context: [{ path: 'app.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }] }],
      good: [
        { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: [{ path: 'app.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }] },
        {
          dockerfile: 'FROM python:3.12-alpine\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n',
          context: [{ path: 'app.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }],
          note: 'BusyBox ash execs a lone command, so python is PID 1 (the shell-form warning DL3025 still applies).',
        },
      ],
    },
  },
  done(_state, { build, run, facts }) {
    const config = build?.image?.config;
    const stop = run?.stop;
    if (!config || !run || !stop || stop.reachedApp || run.pid1.role !== 'shell') return undefined;
    // Which instruction put the shell there: a shell-form ENTRYPOINT (CMD is ignored then), or the CMD that an
    // exec-form ENTRYPOINT (often a script ending in `exec "$@"`) handed PID 1 to.
    let origin: CommandOrigin | undefined;
    if (config.entrypointOrigin?.form === 'shell' && sameArgv(run.pid1.argv, config.entrypoint)) origin = config.entrypointOrigin;
    else if (config.cmdOrigin?.form === 'shell' && sameArgv(run.pid1.argv, config.cmd) && sameArgv(run.command.cmd, config.cmd)) origin = config.cmdOrigin;
    if (origin?.line === undefined) return undefined; // set by the base image, not by this Dockerfile
    const instruction = instructionOnLine(facts, origin.line);
    if ((instruction?.kind !== 'cmd' && instruction?.kind !== 'entrypoint') || instruction.command?.kind !== 'shell') return undefined;
    const shell = SHELL_NAMES[run.pid1.shell ?? ''] ?? 'the shell';
    const outcome = stop.killed
      ? `\`docker stop\` waits ${stop.timeoutSeconds} s and then kills it (exit ${stop.exitCode ?? 137})`
      : 'the app is never asked to stop';
    const fix = execFix(instruction.command);
    return [
      {
        range: instruction.command.range,
        instruction,
        message: `Here ${shell} stays PID 1 and does not pass SIGTERM on to the app, so ${outcome}.`,
        ...(fix && { fix }),
      },
    ];
  },
});
