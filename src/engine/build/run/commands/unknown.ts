/**
 * A command the simulation finds in the stage but does not model: it is assumed to succeed without
 * changing files, takes an estimated second, and the step says so — never silence.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, spend } from '../run-state.ts';

export const unknownCommand: CommandHandler = (inv, run) => {
  const text = inv.argv.join(' ');
  estimate(run, `\`${text.length > 50 ? `${text.slice(0, 47)}…` : text}\` is not simulated: assumed to succeed without changing files`);
  spend(run, 1);
  return { status: 0 };
};

/** Commands that only read or print: they change nothing, quickly. */
export const harmless: CommandHandler = (inv, run) => {
  void inv;
  spend(run, 0.02);
  return { status: 0 };
};
