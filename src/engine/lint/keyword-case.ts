/** Writes `word` in the letter case of `like` (`add` -> `copy`, `ADD` -> `COPY`), for fixes that swap keywords. */
export function inCaseOf(word: string, like: string): string {
  return like === like.toLowerCase() ? word.toLowerCase() : word.toUpperCase();
}
