/**
 * A plain-text table fitted to the terminal: columns measured by display width (a CJK character takes
 * two cells, an accent none), empty columns left out, and the columns marked `flexible` (long text)
 * narrowed to fit, wrapped over more lines or cut with "…". The others (ids, names, dates) are never
 * cut: a table too wide for them overflows instead.
 */
import measure from 'string-width';
import { isAscii } from '../text/normalise.js';

export interface Column {
  title: string;
  /**
   * `wrap` text goes on over more lines; `cut` text ends with "…"; `cut-start` text starts with it (a
   * path keeps its file name and line); fixed columns are never narrowed.
   */
  flexible?: 'wrap' | 'cut' | 'cut-start';
  /** The narrowest a flexible column gets. */
  min?: number;
}

const GAP = '  ';

/** Display width: a character a cell for plain text (a register may have hundreds of thousands of rows), measured otherwise. */
function stringWidth(text: string): number {
  return isAscii(text) ? text.length : measure(text);
}

/** The rows as lines of text (cells already one line each), header first. */
export function fitTable(columns: Column[], rows: string[][], width = Infinity): { header: string; rows: string[] } {
  const kept = columns.map((_, i) => i).filter((i) => rows.some((row) => row[i] !== ''));
  const shown = kept.map((i) => columns[i]);
  const cells = rows.map((row) => kept.map((i) => row[i]));
  const widths = shown.map((column, c) => cells.reduce((most, row) => Math.max(most, stringWidth(row[c])), stringWidth(column.title)));
  // Narrow the flexible columns, the last first, until the table fits or they are at their narrowest.
  let over = widths.reduce((sum, w) => sum + w, 0) + GAP.length * Math.max(0, widths.length - 1) - width;
  for (let c = shown.length - 1; c >= 0 && over > 0; c--) {
    if (!shown[c].flexible) continue;
    const narrowest = Math.min(widths[c], Math.max(shown[c].min ?? 12, stringWidth(shown[c].title)));
    const cut = Math.min(over, widths[c] - narrowest);
    widths[c] -= cut;
    over -= cut;
  }
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c])).join(GAP).trimEnd();
  const lines = cells.map((row) => {
    const parts = row.map((cell, c) => {
      const flexible = shown[c].flexible;
      return flexible === 'wrap' ? wrap(cell, widths[c]) : [flexible === 'cut' ? cut(cell, widths[c]) : flexible === 'cut-start' ? cutStart(cell, widths[c]) : cell];
    });
    const height = Math.max(...parts.map((part) => part.length));
    return Array.from({ length: height }, (_, n) => line(parts.map((part) => part[n] ?? ''))).join('\n');
  });
  return { header: line(shown.map((column) => column.title)), rows: lines };
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** The text cut to `width` display cells, ending with "…" when cut. */
export function cut(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  return `${isAscii(text) ? text.slice(0, width - 1) : within([...text], width - 1).join('')}…`;
}

/** The text cut to `width` display cells from its start, beginning with "…" when cut. */
function cutStart(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  return `…${isAscii(text) ? text.slice(text.length - width + 1) : within([...text].reverse(), width - 1).reverse().join('')}`;
}

/** The longest run of characters from the start that takes at most `width` display cells. */
function within(characters: string[], width: number): string[] {
  let cells = 0;
  let count = 0;
  for (const character of characters) {
    cells += stringWidth(character);
    if (cells > width) break;
    count++;
  }
  return characters.slice(0, count);
}

/** The text in lines of at most `width` display cells, broken between words where it can be. */
function wrap(text: string, width: number): string[] {
  if (stringWidth(text) <= width) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const joined = current === '' ? word : `${current} ${word}`;
    if (stringWidth(joined) <= width) current = joined;
    else {
      if (current !== '') lines.push(current);
      // A word longer than the column is cut into pieces; a column narrower than one wide character still takes it.
      let rest = [...word];
      while (stringWidth(rest.join('')) > width) {
        const piece = within(rest, width);
        const taken = piece.length > 0 ? piece.length : 1;
        lines.push(rest.slice(0, taken).join(''));
        rest = rest.slice(taken);
      }
      current = rest.join('');
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
