/** The line model both readers produce and every extractor reads. */

export type LineKind = 'text' | 'heading' | 'item';

export interface Line {
  /** 1-based line number in the file on disk. */
  line: number;
  kind: LineKind;
  /** Clean text: whitespace collapsed, inline markup removed, list marker removed for items. */
  text: string;
  /** Heading depth, or list nesting depth (0 = top level). */
  depth: number;
  /** List marker as written ("-", "1.", "(a)"), for items. */
  marker: string | null;
  /** Task-list state: true for `[x]`, false for `[ ]`, null otherwise. */
  checked: boolean | null;
  /** Bold text that opens the line ("Co-chair", "Action:"), without the asterisks. */
  lead: string | null;
  /** Table cells, when the line is a row of a tab- or pipe-separated table. */
  cells: string[] | null;
  /** True when the line starts a paragraph or block (after a blank line or a structural change). */
  blockStart: boolean;
  /**
   * A plain-text line that is no table row, split where it had a gap of three spaces or more: the columns of
   * a roll set out with spaces ("Mr Idris Khalil        Head of Patient Safety"). Null when it had none.
   */
  columns: string[] | null;
}

export interface Source {
  file: string;
  lines: Line[];
  /** Front-matter fields (title, date, ...) where the file has a YAML block. */
  frontMatter: Record<string, unknown>;
  /** All of the text, for whole-document counts (e.g. how often a name is spelt one way). */
  text: string;
  /** Lines longer than MAX_LINE_LENGTH, of which only the start was read. */
  truncated: number[];
  /** A Word document with tracked changes not yet accepted, read as if they were. */
  unacceptedChanges?: boolean;
  /**
   * For a PDF, the line number of each page's first line (page P starts at pageStarts[P - 1]), so
   * that a line can be given as "page P, line L"; a page with no text starts where the next one does.
   */
  pageStarts?: number[];
}

/**
 * The longest line the extractors read. Real minutes' lines are a few hundred characters; the cap
 * keeps every pattern's worst case bounded on a hostile file (a 1 MB line of dashes or brackets).
 */
export const MAX_LINE_LENGTH = 4000;

/** A text's lines, whatever its line endings (CRLF, CR or LF), with U+2028 and U+2029 as spaces. */
export function splitLines(text: string): string[] {
  const plain = spaceSeparators(text);
  // Splitting on a plain "\n" is much faster than on the pattern, and most files have no CR.
  return plain.includes('\r') ? plain.split(/\r\n|\r|\n/) : plain.split('\n');
}

/**
 * U+2028 and U+2029 (line and paragraph separators, pasted from Word or PDFs) as spaces: the
 * extractors' patterns treat them as line ends, so a line holding one would otherwise match nothing
 * and be lost without a word. One character for one keeps every column where it was.
 */
export function spaceSeparators(text: string): string {
  return text.includes('\u2028') || text.includes('\u2029') ? text.replace(/[\u2028\u2029]/g, ' ') : text;
}

/** Caps a line for the extractors, noting its number when it had to be cut. */
export function capLine(text: string, line: number, truncated: number[]): string {
  if (text.length <= MAX_LINE_LENGTH) return text;
  truncated.push(line);
  return text.slice(0, MAX_LINE_LENGTH);
}

export function makeLine(fields: Partial<Line> & Pick<Line, 'line' | 'text'>): Line {
  // Written out rather than spread over defaults: one line object per line of every file.
  return {
    kind: fields.kind ?? 'text',
    depth: fields.depth ?? 0,
    marker: fields.marker ?? null,
    checked: fields.checked ?? null,
    lead: fields.lead ?? null,
    cells: fields.cells ?? null,
    blockStart: fields.blockStart ?? false,
    columns: fields.columns ?? null,
    line: fields.line,
    text: fields.text,
  };
}

/**
 * `first` (the text of line `index`) with the lines its paragraph goes on over, at most `max` of them,
 * until `ended` says the text is complete before the next line: an export's hard wrap undone.
 */
export function withWrappedLines(lines: Line[], index: number, first: string, max: number, ended: (text: string, next: Line) => boolean, taken?: Line[]): string {
  let text = first;
  for (let i = index + 1; i < lines.length && i <= index + max; i++) {
    const next = lines[i];
    if (next.blockStart || next.kind !== 'text' || next.cells || ended(text, next)) break;
    text = `${text} ${next.text}`;
    taken?.push(next);
  }
  return text;
}
