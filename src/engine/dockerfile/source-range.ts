/**
 * Source positions shared by the Dockerfile tree and the shell-words model.
 *
 * Lines and columns are 1-based, as in Monaco and in hadolint's JSON output. Columns count UTF-16
 * code units (what Monaco and JavaScript strings count). `end` is exclusive: it is the position just
 * after the last character, so `{ start: {1,1}, end: {1,4} }` covers the three characters of `RUN`
 * and an empty range has `start` equal to `end`. `offset` is the 0-based UTF-16 index into the text
 * that was parsed, so a quick fix can `text.slice(start.offset, end.offset)`.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}
