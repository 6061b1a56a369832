/**
 * Go's text/tabwriter as docker/cli configures it for tables (`tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`:
 * minimum cell width 10, padding 3, spaces). Cells end with `\t`; the text after a line's last tab is not part
 * of any column. Consecutive lines that have a cell in a column form a block aligned to its widest cell.
 * Source: docker/cli cli/command/formatter/tabwriter/tabwriter.go (format, writeLines), formatter.go postFormat.
 */
import { displayWidth } from './text-width.ts';

export interface TabWriterOptions {
  readonly minWidth: number;
  readonly padding: number;
}

export const DOCKER_TABLE: TabWriterOptions = { minWidth: 10, padding: 3 };

/** Aligns tab-separated text; lines are split on `\n` and the trailing text after the last `\n` is kept. */
export function tabwrite(text: string, options: TabWriterOptions = DOCKER_TABLE): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const cells = lines[i] as string[];
      let s = '';
      cells.forEach((cell, j) => {
        s += cell;
        if (j < widths.length) s += ' '.repeat(Math.max((widths[j] as number) - displayWidth(cell), 0));
      });
      out.push(i + 1 === lines.length ? s : s + '\n');
    }
  };

  const format = (line0In: number, line1: number): void => {
    let line0 = line0In;
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= (lines[current] as string[]).length - 1) continue;
      writeLines(line0, current);
      line0 = current;
      let width = options.minWidth;
      for (; current < line1; current++) {
        const cells = lines[current] as string[];
        if (column >= cells.length - 1) break;
        width = Math.max(width, displayWidth(cells[column] as string) + options.padding);
      }
      widths.push(width);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('');
}
