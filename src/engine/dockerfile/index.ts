/**
 * Dockerfile text -> syntax tree, following BuildKit's parser. Public face of the folder.
 *
 * - parseDockerfile(text): the tree, with every error as a value (never throws);
 * - expandDockerfile(tree, options): per instruction, the expanded words, the variables in scope
 *   and the references to undefined variables, with BuildKit's rules;
 * - dumpBuildkit(tree): BuildKit's own parser dump (its test-file format);
 * - lexWord(text, lookup, options): BuildKit's word lexer (ProcessWord / ProcessWords) for one word;
 * - parseCheckOptions(value): a `# check=` value.
 */
export type * from './ast.ts';
export type * from './expansion-types.ts';
export type { EnvLookup, LexOptions, LexReference, LexResult } from './word-lexer.ts';
export { parseDockerfile } from './parse.ts';
export { expandDockerfile } from './expand.ts';
export { dumpBuildkit, dumpInstruction } from './dump.ts';
export { goQuote } from './go-quote.ts';
export { lexWord } from './word-lexer.ts';
export { parseCheckOptions } from './directives.ts';
export { suggest } from './suggest.ts';
export { INSTRUCTION_NAMES } from './build-instruction.ts';
