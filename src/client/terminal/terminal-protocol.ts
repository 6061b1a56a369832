import type { CommandResult, Completion, TerminalEnv, TerminalSession, Workspace } from '../../engine/terminal/index.ts';

export type TerminalRequest =
  | { readonly id: number; readonly kind: 'run'; readonly line: string; readonly session: TerminalSession; readonly workspace: Workspace; readonly env: TerminalEnv }
  | { readonly id: number; readonly kind: 'complete'; readonly line: string; readonly cursor: number; readonly session: TerminalSession; readonly workspace: Workspace };

export type TerminalResponse =
  | { readonly id: number; readonly kind: 'run'; readonly result: CommandResult }
  | { readonly id: number; readonly kind: 'complete'; readonly completion: Completion }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
