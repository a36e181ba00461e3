import { lineText, type Segment, type TextLine } from './pdf-lines.js';

// The second step: a region's lines (src/read/pdf-lines.ts) into the blocks a Word user wrote —
// paragraphs (a paragraph's wrapped lines kept, each a line of its own), headings (set larger than
// the body text), list items (opening with a bullet or a number) and tables (lines in cells at the
// same column positions, one row to each band of lines).

export type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; lines: string[]; size: number }
  | { kind: 'item'; lines: string[] }
  | { kind: 'table'; rows: string[][] };

/** Baselines further apart than this, in font sizes, part two paragraphs (or two rows of a table). */
const PARAGRAPH_GAP = 1.45;
/** A heading is set at least this much larger than the body text. */
const HEADING_SCALE = 1.15;
/**
 * A bullet opening a line: a list item. A numbered line stays text, as the plain-text reader has it:
 * a PDF keeps no list structure, and "1. Attendees and apologies" is the minutes' first section, not
 * an item of a list that the names under it belong to.
 */
const ITEM = /^[•◦▪▫■●○‣∙\-–*+]\s+(?=\S)/;

/** A region's lines as blocks; `body` is the font size of the document's body text, `right` the region's right margin. */
export function blocksOf(lines: TextLine[], body: number, right: number): Block[] {
  const bands: TextLine[][] = [];
  for (const line of lines) {
    const band = bands[bands.length - 1];
    const last = band?.[band.length - 1];
    // A change of font size (a heading and the text under it) parts bands too.
    const sameSize = last && Math.max(line.size, last.size) < HEADING_SCALE * Math.min(line.size, last.size);
    if (last && sameSize && line.y - last.y <= PARAGRAPH_GAP * Math.max(line.size, last.size)) band.push(line);
    else bands.push([line]);
  }
  const blocks: Block[] = [];
  for (let i = 0; i < bands.length; ) {
    if (!isTabular(bands[i])) {
      blocks.push(...bandBlocks(bands[i], body, right));
      i++;
      continue;
    }
    // A run of bands with cells is one table: each band a row, when the rows are spaced apart.
    let end = i + 1;
    while (end < bands.length && (isTabular(bands[end]) || fitsColumns(bands[end], columnStarts(bands.slice(i, end))))) end++;
    blocks.push(tableOf(bands.slice(i, end)));
    i = end;
  }
  return blocks;
}

function isTabular(band: TextLine[]): boolean {
  return band.some((line) => line.segments.length > 1);
}

/** A band whose lines part into cells at a table's columns: a row of it whose cells are set too close to part by their gaps. */
function fitsColumns(band: TextLine[], starts: number[]): boolean {
  return band.some((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)).length > 1);
}

/** One band of lines (with no paragraph gap inside): a table row or rows, or paragraphs split where a line starts anew. */
function bandBlocks(band: TextLine[], body: number, right: number): Block[] {
  const blocks: Block[] = [];
  let current: Exclude<Block, { kind: 'table' }> | null = null;
  band.forEach((line, index) => {
    const text = lineText(line);
    const previous = band[index - 1];
    const heading = line.size >= HEADING_SCALE * body;
    const item = ITEM.exec(text);
    const startsAnew =
      !current ||
      (item !== null && !heading) ||
      heading !== (current.kind === 'heading') ||
      // A line that stops well short of the margin ended its paragraph (a line break, "Date: …" then "Venue: …").
      (previous !== undefined && previous.segments[0].end + firstWordWidth(text, line) < right - body) ||
      // A line further left than the paragraph's own lines starts the next one.
      (previous !== undefined && current.kind === 'item' && line.segments[0].x < previous.segments[0].x - body);
    if (startsAnew) {
      if (current) blocks.push(current);
      if (heading) current = { kind: 'heading', size: line.size, lines: [text] };
      else if (item) current = { kind: 'item', lines: [text.slice(item[0].length)] };
      else current = { kind: 'paragraph', lines: [text] };
    } else current!.lines.push(text);
  });
  if (current) blocks.push(current);
  return blocks;
}

/** How wide the line's first word is, about: half a font size a character. */
function firstWordWidth(text: string, line: TextLine): number {
  return (text.split(' ')[0].length + 1) * line.size * 0.5;
}

/**
 * Bands of lines with cells as table rows. The columns start where the cells of several lines start
 * (a header centred in its column falls inside it). Where the rows are spaced apart, each band is a
 * row; in a table of one band, a line with a cell in the first column and another cell starts a
 * row, and other lines go on the row above (a cell's wrapped text).
 */
function tableOf(bands: TextLine[][]): Block {
  const starts = columnStarts(bands);
  const columnOf = (segment: Segment) => {
    const middle = (segment.x + segment.end) / 2;
    let column = 0;
    while (column + 1 < starts.length && starts[column + 1] <= middle) column++;
    return column;
  };
  const rows: Segment[][][] = [];
  for (const band of bands) {
    for (const [index, line] of band.entries()) {
      const segments = line.segments.flatMap((segment) => splitAtColumns(segment, starts));
      const columns = segments.map(columnOf);
      if (index === 0 || (bands.length === 1 && columns.includes(0) && segments.length > 1)) rows.push(starts.map(() => []));
      segments.forEach((segment, i) => rows[rows.length - 1][columns[i]].push(segment));
    }
  }
  const widest = starts.map((_, column) => Math.max(0, ...rows.flatMap((row) => row[column].map((segment) => segment.end - segment.x))));
  return { kind: 'table', rows: rows.map((row) => row.map((cell, column) => cellText(cell, widest[column]))) };
}

/** A segment cut where one of its pieces starts at a column's edge: two cells set too close to part by their gap. */
function splitAtColumns(segment: Segment, starts: number[]): Segment[] {
  const join = segment.joins.find((candidate) => starts.some((start) => start > segment.x + 3 && Math.abs(candidate.x - start) <= 2));
  if (!join) return [segment];
  const left: Segment = { text: segment.text.slice(0, join.at).trimEnd(), x: segment.x, end: join.x, joins: segment.joins.filter((other) => other.at < join.at) };
  const right: Segment = { text: segment.text.slice(join.at).trim(), x: join.x, end: segment.end, joins: segment.joins.filter((other) => other.at > join.at).map((other) => ({ x: other.x, at: other.at - join.at })) };
  return [left, ...splitAtColumns(right, starts)];
}

/**
 * Where columns start: the left edges of cells that line up in two rows or more (in a table too
 * short for that, those of its fullest row, the last of them: a header's cells are often centred),
 * and the left edge of any cell that no other cell's text runs across (a column that only its
 * header fills, its cells empty).
 */
function columnStarts(bands: TextLine[][]): number[] {
  const edges = alignedEdges(bands);
  const segments = bands.flat().flatMap((line) => line.segments.flatMap((segment) => splitAtColumns(segment, edges)));
  const open = segments.filter((segment) => !edges.some((edge) => Math.abs(edge - segment.x) <= 3) && !segments.some((other) => other.x < segment.x - 3 && other.end > segment.x));
  return [...edges, ...open.map((segment) => segment.x)].sort((a, b) => a - b);
}

function alignedEdges(bands: TextLine[][]): number[] {
  const clusters = clustersOf(bands.flat().flatMap((line) => line.segments.map((segment) => segment.x)));
  const widest = Math.max(...bands.flat().map((line) => line.segments.length));
  const shared = clusters.filter((cluster) => cluster.length >= 2);
  if (shared.length >= widest) return shared.map((cluster) => cluster[0]);
  const rows = bands.map((band) => clustersOf(band.flatMap((line) => line.segments.map((segment) => segment.x))).map((cluster) => cluster[0]));
  return rows.reduce((fullest, row) => (row.length >= fullest.length ? row : fullest), []);
}

/** Values within 3 points of each other, together, in increasing order. */
function clustersOf(values: number[]): number[][] {
  const clusters: number[][] = [];
  for (const x of [...values].sort((a, b) => a - b)) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1] <= 3) last.push(x);
    else clusters.push([x]);
  }
  return clusters;
}

/**
 * A cell's lines as one text. A line that is one word filling the cell's width was broken inside
 * that word (a reference or a date too long for a narrow column): it goes on without a space.
 */
function cellText(segments: Segment[], widest: number): string {
  let text = '';
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    const brokenWord = previous !== undefined && !previous.text.includes(' ') && previous.end - previous.x >= widest * 0.9;
    text = index === 0 ? segment.text : `${text}${brokenWord ? '' : ' '}${segment.text}`;
  });
  return text;
}

/** The body text's font size: the size most of the characters are set in. */
export function bodySize(lines: TextLine[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 10) / 10;
    characters.set(size, (characters.get(size) ?? 0) + line.segments.reduce((sum, segment) => sum + segment.text.length, 0));
  }
  let best = 0;
  for (const [size, count] of characters) if (count > (characters.get(best) ?? 0)) best = size;
  return best;
}
