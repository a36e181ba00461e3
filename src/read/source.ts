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
}

export interface Source {
  file: string;
  lines: Line[];
  /** Front-matter fields (title, date, ...) where the file has a YAML block. */
  frontMatter: Record<string, unknown>;
  /** All of the text, for whole-document counts (e.g. how often a name is spelt one way). */
  text: string;
}

export function makeLine(fields: Partial<Line> & Pick<Line, 'line' | 'text'>): Line {
  return {
    kind: 'text',
    depth: 0,
    marker: null,
    checked: null,
    lead: null,
    cells: null,
    blockStart: false,
    ...fields,
  };
}
