import type { CommandForm, ShellForm } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';
import type { CodeReport } from '../rule.ts';
import type { Fix } from '../finding.ts';

/** Stages (by index) whose SHELL instruction — their own or inherited — replaced `/bin/sh -c`. */
interface State {
  readonly customShell: Map<number | undefined, boolean>;
}

/** An exec-form rewrite when the command is one plain command with fixed words. */
function execFormFix(form: ShellForm): Fix | undefined {
  if (form.looksLikeJson) {
    // `CMD ['node', 'app.js']`: single quotes are not JSON, so Docker ran it through a shell.
    try {
      const parsed: unknown = JSON.parse(form.text.replace(/'/g, '"'));
      if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((s) => typeof s === 'string')) {
        return { title: 'Use double quotes (exec form)', edits: [{ range: form.range, text: JSON.stringify(parsed).replace(/","/g, '", "') }] };
      }
    } catch {
      return undefined;
    }
    return undefined;
  }
  const { shape, commands } = form.script;
  const cmd = commands[0];
  if (!shape.singleCommand || commands.length !== 1 || !cmd?.name || cmd.assignments.length > 0 || cmd.redirects.length > 0) return undefined;
  const words = [cmd.name, ...cmd.args].map((w) => w.value);
  if (words.some((w) => w === undefined || /[*?[]/.test(w))) return undefined; // expansions and globs need a shell
  return { title: 'Convert to exec form', edits: [{ range: form.range, text: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` }] };
}

/** `CMD node server.js` runs `/bin/sh -c "node server.js"`, and the shell may keep PID 1 for itself. */
export const shellFormCommand = defineRule<State>({
  meta: {
    id: 'shell-form-command',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL3025' },
      { tool: 'buildkit', code: 'JSONArgsRecommended' },
    ],
    title: 'CMD or ENTRYPOINT in shell form',
    explanation:
      'Written without JSON brackets, `CMD node server.js` runs as `/bin/sh -c "node server.js"`. On Debian and Ubuntu, /bin/sh (dash) stays PID 1 and does not forward SIGTERM, so `docker stop` waits 10 seconds and then kills your app without a clean shutdown. A shell-form ENTRYPOINT also ignores CMD and `docker run` arguments. The exec form `["node", "server.js"]` starts your program directly as PID 1.',
    suggestion: 'Use the exec form: `CMD ["node", "server.js"]`. If you need shell features, use `["/bin/sh", "-c", "exec …"]` or an entrypoint script that ends in `exec "$@"`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nCMD node server.js\n' }],
      good: [
        { dockerfile: 'FROM node:22-slim\nCMD ["node", "server.js"]\n' },
        { dockerfile: 'FROM node:22-slim\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:3000/"]\nCMD ["node", "server.js"]\n' },
      ],
    },
  },
  init: () => ({ customShell: new Map() }),
  step(state, instruction, { facts }) {
    if (instruction.kind === 'from') {
      const base = facts.stageOf(instruction)?.baseStage;
      state.customShell.set(instruction.stageIndex, base !== undefined && (state.customShell.get(base) ?? false));
      return undefined;
    }
    if (instruction.kind === 'shell') {
      state.customShell.set(instruction.stageIndex, true);
      return undefined;
    }
    let command: CommandForm | undefined;
    if (instruction.kind === 'cmd' || instruction.kind === 'entrypoint') command = instruction.command;
    else if (instruction.kind === 'healthcheck' && instruction.mode === 'cmd') command = instruction.command;
    if (command?.kind !== 'shell') return undefined;
    const name = instruction.keyword.toUpperCase();
    const codes: (string | CodeReport)[] = ['DL3025'];
    // BuildKit only warns for CMD and ENTRYPOINT, and not when SHELL chose a shell on purpose.
    if (instruction.kind !== 'healthcheck' && !state.customShell.get(instruction.stageIndex)) {
      codes.push(buildCheck('JSONArgsRecommended', `JSON arguments recommended for ${instruction.keyword} to prevent unintended behavior related to OS signals`));
    }
    const fix = execFormFix(command);
    const message = command.looksLikeJson
      ? `This ${name} looks like JSON but is not valid JSON (use double quotes), so it runs through /bin/sh -c.`
      : instruction.kind === 'healthcheck'
        ? 'This health check runs through /bin/sh -c, which must exist in the image; prefer the exec form.'
        : `This ${name} runs through /bin/sh -c, which may keep PID 1 and swallow SIGTERM; use the exec form.`;
    return [{ range: command.range, message, codes, ...(fix && { fix }) }];
  },
});
