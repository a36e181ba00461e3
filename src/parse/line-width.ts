import type { Line } from '../read/source.js';

/**
 * How wide the minutes' paragraphs run: the width most long lines reach (the ninth of ten, longest last),
 * so that one long link or table line does not set it. Infinity for minutes with too few long lines to tell.
 */
function paragraphWidth(lines: readonly Line[]): number {
  const lengths: number[] = [];
  for (const line of lines) if (line.kind === 'text' && !line.cells && line.text.length >= 30) lengths.push(line.text.length);
  if (lengths.length < 5) return Infinity;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}

const widths = new WeakMap<readonly Line[], number>();

/**
 * Whether a line's paragraph may go on to the next line: the line is long enough that the next line's
 * first word would not have fitted on it. "ACTION: All - put names on the sheet" above "Lou asked about
 * allergies …", in minutes whose paragraphs run to 200 characters, ended where its writer ended it.
 */
export function mayWrapOnto(lines: readonly Line[], index: number): boolean {
  const next = lines[index + 1];
  if (next === undefined) return false;
  let width = widths.get(lines);
  if (width === undefined) widths.set(lines, (width = paragraphWidth(lines)));
  if (width === Infinity) return true;
  const firstWord = next.text.indexOf(' ');
  return lines[index].text.length + 1 + (firstWord < 0 ? next.text.length : firstWord) > width * 0.85;
}
