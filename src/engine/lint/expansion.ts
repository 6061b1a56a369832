/**
 * Variable scope for the variable rules (UndefinedVar, UndefinedArgInFrom, InvalidDefaultArgInFrom), taken
 * from the Dockerfile folder's expansion pass. BuildKit lints with the ARG defaults only — no `--build-arg`
 * values (dockerfile2llb validateBaseImagesWithDefaultArgs), and a declared ARG counts as defined whether or
 * not it has a value — so that is what is asked for here.
 */
import type { ParseResult } from '../dockerfile/index.ts';
import type { ExpansionResult } from '../dockerfile/index.ts';
import { expandDockerfile } from '../dockerfile/index.ts';

export function expandForLint(dockerfile: ParseResult): ExpansionResult {
  return expandDockerfile(dockerfile);
}
