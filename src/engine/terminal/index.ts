/**
 * A Docker-like terminal, answered by the engine: a pure function from a command line, the session (images and
 * containers made so far, the build cache) and the workspace (the files in the editor) to output lines and the
 * next session. Output is shaped like Docker's own — BuildKit's progress display, `docker history`'s table,
 * runc's errors — and is plain text with no control codes; the host (src/client/terminal) colours and plays it.
 */
export type {
  BuildRecipe,
  CommandResult,
  Effect,
  OutputItem,
  SessionContainer,
  SessionImage,
  TerminalEnv,
  TerminalSession,
  Tone,
  Workspace,
} from './types.ts';
export type { Report } from '../index.ts';
export { runCommandLine, HELP_TEXT } from './run-command.ts';
export { completeCommandLine } from './complete.ts';
export type { Completion } from './complete.ts';
export { emptySession } from './session.ts';
export { sanitizeText, hasControlCodes } from './sanitize.ts';
export { outputText } from './output.ts';
export { parsePlainLog, renderTty } from './tty-progress.ts';
export { COMPOSE_FILE_NAMES } from './commands/compose.ts';
export { NODE_COMMANDS } from './commands/shell.ts';
