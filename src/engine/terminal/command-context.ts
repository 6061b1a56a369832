/** What every command handler gets, and what it gives back. */
import type { Report } from '../index.ts';
import type { Printer } from './output.ts';
import type { Effect, TerminalEnv, TerminalSession, Workspace } from './types.ts';

export interface CommandContext {
  readonly session: TerminalSession;
  readonly workspace: Workspace;
  readonly env: TerminalEnv;
  readonly print: Printer;
}

export interface CommandOutcome {
  readonly session: TerminalSession;
  readonly exitCode: number;
  readonly effects?: readonly Effect[];
  readonly report?: Report;
}

export type CommandHandler = (args: readonly string[], context: CommandContext) => CommandOutcome;
