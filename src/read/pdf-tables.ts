import { columnStarts, splitAtColumns } from './pdf-columns.js';
import { CELL_GAP, lineText, most, type Segment, type TextLine } from './pdf-lines.js';

// Tables in a PDF: bands of lines (src/read/pdf-blocks.ts) with cells set apart by wide gaps, their
// columns found where the cells line up (src/read/pdf-columns.ts), rebuilt as rows of cells as a Word
// or HTML table gives them.

/** A table row: its cells, and the page it starts on. */
export interface Row {
  cells: string[];
  page: number;
}

/**
 * A band with a line in cells, or with lines side by side: a table's cells set in the middle of
 * their row stand a little above or below each other, closer than lines of text ever are.
 */
export function isTabular(band: TextLine[]): boolean {
  return band.some((line, index) => line.segments.length > 1 || (index > 0 && sideBySide(band[index - 1], line)));
}

/** A band with two pieces of text apart by more than a space, though a space the PDF sets fills the gap: maybe two cells. */
export function hasCellGap(band: TextLine[]): boolean {
  return band.some((line) => line.segments.some((segment) => segment.joins.some((join) => join.x - join.from > CELL_GAP * line.size)));
}

/** Baselines closer than this, in font sizes, are not two lines of one text. */
const SIDE_BY_SIDE = 0.75;

function sideBySide(above: TextLine, below: TextLine): boolean {
  const [start, end] = [above.segments[0].x, above.segments[above.segments.length - 1].end];
  const [belowStart, belowEnd] = [below.segments[0].x, below.segments[below.segments.length - 1].end];
  return below.page === above.page && below.y - above.y < SIDE_BY_SIDE * Math.max(above.size, below.size) && (belowStart >= end - 1 || belowEnd <= start + 1);
}

/**
 * A band that belongs to the table above it though no line of it is in cells: its cells are set too
 * close to part by their gaps, or stand on lines of their own (a one-line cell centred beside a
 * wrapped one), but they start at the table's columns; or its text is only in columns after the
 * first (the end of a row a page broke, its first cell done). The columns are found with the bands
 * that follow (`after`) too: under a header centred over its columns, the rows show where they start.
 */
export function fitsColumns(band: TextLine[], table: TextLine[][], after: TextLine[][] = []): boolean {
  const starts = columnStarts([...table.slice(0, SAMPLE), band, ...after]);
  const segments = band.flatMap((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)));
  const columns = segments.map((segment) => starts.findIndex((start) => Math.abs(start - segment.x) <= 3));
  const found = new Set(columns.filter((column) => column >= 0));
  return found.size > 1 || (found.size === 1 && !found.has(0) && !columns.includes(-1));
}

/**
 * A band of the table set across its row, as a title over the rows below it ("Actions from 12
 * March"): its lines start where the first column of the table and the band after it (`next`, which
 * the caller has found to belong to the table) does, with no cells, and inside the margin that the
 * text around the table starts at (a paragraph between two tables starts at the margin).
 */
export function spansRow(band: TextLine[], table: TextLine[][], next: TextLine[]): boolean {
  const first = columnStarts([...table.slice(0, SAMPLE), next])[0];
  return band.length <= 2 && band.every((line) => line.segments.length === 1 && Math.abs(line.segments[0].x - first) <= 1 && line.segments[0].x > line.left + 0.5);
}

/** The rows a table's columns are found from: enough to see them, few enough to keep the work bounded. */
const SAMPLE = 20;

/**
 * A band that does not belong to the table above it, though in cells: its text runs across the
 * table's columns (the next table, with columns of its own).
 */
export function crossesColumns(band: TextLine[], table: TextLine[][]): boolean {
  if (table.length < 2) return false;
  const starts = sharedStarts(table);
  return band.some((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)).some((segment) => starts.some((start) => segment.x < start - 3 && segment.end > start + 1)));
}

/** The columns of a table's first rows, kept once it has them all (it is asked again for each band after). */
const sampled = new WeakMap<TextLine[][], number[]>();

/** Only columns that cells of two rows start at: a header cell centred over an empty column is no edge. */
function sharedStarts(table: TextLine[][]): number[] {
  const known = sampled.get(table);
  if (known) return known;
  const sample = table.slice(0, SAMPLE);
  const edges = sample.flat().flatMap((line) => line.segments.map((segment) => segment.x));
  const starts = columnStarts(sample).filter((start) => edges.filter((x) => Math.abs(x - start) <= 3).length >= 2);
  if (table.length >= SAMPLE) sampled.set(table, starts);
  return starts;
}

/**
 * Bands of lines with cells as table rows. Where the rows are spaced apart (bands other than at a
 * page's top), each band is a row; in a table set tight, a line with a cell in the first column and
 * another cell starts a row, and other lines go on the row above (a cell's wrapped text). At the top
 * of a page, a repeat of the table's header row is dropped, and a row with its first cell empty is
 * the rest of the row the page broke. A band set `across` the table is a row with its text in the
 * first cell, as a Word or HTML table's merged cell gives it.
 */
export function tableOf(bands: TextLine[][], across = new Set<TextLine[]>()): Row[] {
  const starts = columnStarts(bands.filter((band) => !across.has(band)));
  const columnOf = (segment: Segment) => {
    const middle = (segment.x + segment.end) / 2;
    let column = 0;
    while (column + 1 < starts.length && starts[column + 1] <= middle) column++;
    return column;
  };
  const spaced = bands.some((band, index) => index > 0 && band[0].page === bands[index - 1][0].page);
  const headerBand = bands[0].map(lineText).join('\n');
  const rows: { cells: Segment[][]; page: number; pageTop: boolean }[] = [];
  let afterHeader = false;
  bands.forEach((band, bandIndex) => {
    const newPage = bandIndex > 0 && band[0].page !== bands[bandIndex - 1][0].page;
    // A header row repeated at a page's top, a band of its own: the band after it is the page's top.
    if (spaced && newPage && band.map(lineText).join('\n') === headerBand) {
      afterHeader = true;
      return;
    }
    const pageTop = newPage || afterHeader;
    afterHeader = false;
    if (across.has(band)) {
      rows.push({ cells: starts.map((_, column) => (column === 0 ? band.flatMap((line) => line.segments) : [])), page: band[0].page, pageTop });
      return;
    }
    const lines = band.map((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)));
    // Where rows are spaced apart the band is the row, its cells' first lines wherever their cells set them.
    const opening = spaced ? lines.flat() : lines[0];
    const continues = pageTop && rows.length > 0 && goesOn(opening, opening.map(columnOf));
    band.forEach((line, index) => {
      const segments = lines[index];
      const columns = segments.map(columnOf);
      const startsRow = index === 0 ? !continues : !spaced && columns.includes(0) && segments.length > 1;
      if (startsRow) rows.push({ cells: starts.map(() => []), page: line.page, pageTop: pageTop && index === 0 });
      segments.forEach((segment, i) => rows[rows.length - 1].cells[columns[i]].push(segment));
    });
  });
  // How far a column's text reaches when a word too long for it is broken: to within a letter of its
  // edge (a cell's padding short of the next column; the table's right edge for the last one).
  const size = bands[0][0].size;
  const right = most(bands.flat().map((line) => line.segments[line.segments.length - 1].end));
  const ends = starts.map((_, column) => (column + 1 < starts.length ? starts[column + 1] - 0.25 * size : right) - 0.6 * size);
  const texts = rows.map((row) => ({ cells: row.cells.map((cell, column) => cellText(cell, ends[column])), page: row.page, pageTop: row.pageTop }));
  const header = texts[0]?.cells.join('\t');
  return texts.filter((row, index) => !(index > 0 && row.pageTop && row.cells.join('\t') === header)).map(({ cells, page }) => ({ cells, page }));
}

/**
 * The first cells on a page of a row the page broke: its first cell empty, or every cell going on
 * with a lowercase word ("and report on"), as a sentence does and a new row's cells do not.
 */
function goesOn(segments: Segment[], columns: number[]): boolean {
  if (!columns.includes(0)) return true;
  const firsts = new Map<number, Segment>();
  segments.forEach((segment, index) => firsts.set(columns[index], firsts.get(columns[index]) ?? segment));
  return [...firsts.values()].every((segment) => /^\p{Ll}/u.test(segment.text));
}

/**
 * A cell's lines as one text. A line that is one word running up to the column's end was broken
 * inside that word (a reference or a date too long for a narrow column), and one ending in a hyphen
 * at a hyphen ("MHLDA-2411-" / "04"): they go on without a space.
 */
function cellText(segments: Segment[], end: number): string {
  let text = '';
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    const brokenWord = previous !== undefined && ((!previous.text.includes(' ') && previous.end >= end) || /[\p{L}\d]-$/u.test(previous.text));
    text = index === 0 ? segment.text : `${text}${brokenWord ? '' : ' '}${segment.text}`;
  });
  return text;
}
