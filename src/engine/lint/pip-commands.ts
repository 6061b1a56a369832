/** Recognising `pip install` however it is spelled: `pip`, `pip3`, `pip3.12`, `pipx`, `python3 -m pip`. */
import type { SimpleCommand } from '../shell/index.ts';
import { argTexts, commandName } from './shell-queries.ts';

function containsSequence(list: readonly string[], seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= list.length; i++) if (seq.every((s, j) => list[i + j] === s)) return true;
  return false;
}

/** `pip… install` (not pipenv) or `python… -m pip install` — hadolint's notion, so `pipx install` counts too. */
export function isPipInstall(cmd: SimpleCommand): boolean {
  const name = commandName(cmd) ?? '';
  const args = argTexts(cmd);
  if (name.startsWith('pip') && !name.startsWith('pipenv')) return args.includes('install');
  return name.startsWith('python') && containsSequence(args, ['-m', 'pip', 'install']);
}

/** pipx / pipenv manage their own environments and caches. */
export function isPipWrapper(cmd: SimpleCommand): boolean {
  const name = commandName(cmd) ?? '';
  const args = argTexts(cmd);
  return ['pipx', 'pipenv'].some((w) => name.includes(w) || (name.startsWith('python') && containsSequence(args, ['-m', w])));
}
