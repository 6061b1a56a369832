/**
 * The shell-words model: what a RUN line (or a shell-form CMD / ENTRYPOINT / HEALTHCHECK) does,
 * parsed once. Public face of the folder; see types.ts for the model.
 */
export type * from './types.ts';
export type { ParseShellOptions } from './parse-shell.ts';
export { parseShell } from './parse-shell.ts';
export type { ShDialect } from './sh-dialects.ts';
export { commandReplacingShell } from './sh-dialects.ts';
export { argValues, commandName, commandsNamed, flagValue, hasFlag, parseCommandArgs, positionalArgs } from './args.ts';
