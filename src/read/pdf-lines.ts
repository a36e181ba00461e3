// The first step from a PDF's positioned text to minutes: pieces of text (as pdf.js gives them, each
// with its place on the page) into lines in reading order. Running headers and footers and page
// numbers are dropped, and a page set in two columns is read column by column.

/** A piece of text on a page: x from the left edge, y the baseline from the top edge, in points. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size. */
  size: number;
}

/** A run of pieces on one line with no wide gap between them: a whole line of prose, or one cell of a table row. */
export interface Segment {
  text: string;
  x: number;
  end: number;
  /** Where each piece after the first starts: the x, the length of the text before it, and where the text before it ends (a space the PDF sets between them left out). */
  joins: { x: number; at: number; from: number }[];
}

/** The pieces that share a baseline, left to right, in segments. */
export interface TextLine {
  y: number;
  size: number;
  segments: Segment[];
  /** The page (from 0), the region of the page (see regionsOf) and that region's margins: set by the caller. */
  page: number;
  region: number;
  left: number;
  right: number;
}

/** Baselines closer than this share a line (a superscript, a mark set a little high). */
const SAME_LINE = 0.4;
/**
 * A gap wider than this, in font sizes, between two pieces of text parts two cells of a table. A
 * space is a quarter of a font size, and pdf.js gives the words of a line of prose as one piece.
 */
export const CELL_GAP = 0.32;
/** A gap wider than this, in font sizes, with no space on either side, is a space between words. */
const WORD_GAP = 0.12;

/** Pieces to lines, top to bottom; each line in segments where its gaps are wide. */
export function linesOf(pieces: TextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(piece.y - group[0].y) <= SAME_LINE * Math.max(piece.size, group[0].size)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.filter((group) => group.some((piece) => piece.text.trim() !== '')).map(lineOf);
}

/** Pieces on one baseline as a line, parted into segments where a gap is wide and no space fills it. */
function lineOf(group: TextPiece[]): TextLine {
  group.sort((a, b) => a.x - b.x);
  const size = most(group.map((piece) => piece.size));
  const segments: Segment[] = [];
  let current: Segment | null = null;
  // Where the current segment's last word ends.
  let wordsEnd = 0;
  for (const piece of group) {
    const text = piece.text.replace(/\s+/g, ' ').replace(SYMBOL_BULLETS, '•');
    const blank = text.trim() === '';
    // A space the PDF sets as a piece of its own, next to the words, joins them, however wide its
    // font sets it; a tab's wide blank, or a space out beyond a gap, does not.
    if (blank && current && piece.width <= size && piece.x - current.end <= CELL_GAP * size) {
      if (!current.text.endsWith(' ')) current.text += ' ';
      current.end = Math.max(current.end, piece.x + piece.width);
      continue;
    }
    if (blank) continue;
    const gap = current ? piece.x - current.end : 0;
    if (current && gap <= CELL_GAP * size) {
      const spaced = gap > WORD_GAP * size && !current.text.endsWith(' ') && !text.startsWith(' ');
      if (spaced) current.text += ' ';
      current.joins.push({ x: piece.x, at: current.text.length, from: wordsEnd });
      current.text += current.text.endsWith(' ') ? text.trimStart() : text;
      current.end = Math.max(current.end, piece.x + piece.width);
    } else {
      current = { text: text.trimStart(), x: piece.x, end: piece.x + piece.width, joins: [] };
      segments.push(current);
    }
    wordsEnd = piece.x + piece.width;
  }
  for (const segment of segments) segment.text = segment.text.trimEnd();
  return { y: group[0].y, size, segments: mergeMarkers(segments), page: 0, region: 0, left: 0, right: 0 };
}

/** A list's bullet or number stands apart from its text, but is not a cell of its own. */
function mergeMarkers(segments: Segment[]): Segment[] {
  if (segments.length < 2 || !LIST_MARKER.test(segments[0].text)) return segments;
  const [marker, text, ...rest] = segments;
  const at = marker.text.length + 1;
  return [{ text: `${marker.text} ${text.text}`, x: marker.x, end: text.end, joins: [{ x: text.x, at, from: marker.end }, ...text.joins.map((join) => ({ ...join, at: join.at + at }))] }, ...rest];
}

/**
 * The bullets Word draws from its symbol fonts (Symbol, Wingdings), which come out of a PDF as
 * private-use characters with no meaning of their own.
 */
const SYMBOL_BULLETS = /[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]/g;

/** A bullet or a list number, alone. */
export const LIST_MARKER = /^(?:[•◦▪▫■□●○‣∙·\-–*+]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])$/i;

/** A line's text, its segments joined. */
export function lineText(line: TextLine): string {
  return line.segments.map((segment) => segment.text).join(' ');
}

/**
 * Lines at the top or bottom of a page that recur on most pages at the same height, with the same
 * words once numbers are set aside ("Page 3 of 9", "Minutes – 12 May 2025", "7"): running headers,
 * footers and page numbers. Returns, for each page, the indexes of its lines to drop.
 */
export function runningLines(pages: TextLine[][]): Set<number>[] {
  const keyOf = (line: TextLine) => `${Math.round(line.y / 3)}|${lineText(line).replace(/\d+/g, '#').toLowerCase()}`;
  const edges = pages.map((lines) => edgeIndexes(lines.length));
  const count = new Map<string, number>();
  pages.forEach((lines, page) => {
    for (const key of new Set(edges[page].map((index) => keyOf(lines[index])))) count.set(key, (count.get(key) ?? 0) + 1);
  });
  // On most pages, and on two at least: a line on one page alone is the minutes' own.
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, page) => new Set(edges[page].filter((index) => (count.get(keyOf(lines[index])) ?? 0) >= enough)));
}

/** The first and last two lines of a page, where headers and footers sit. */
function edgeIndexes(length: number): number[] {
  return [...new Set([0, 1, length - 2, length - 1].filter((index) => index >= 0 && index < length))];
}

/**
 * The x of the gutter of a page set in two columns, or null: a vertical strip near the middle that no
 * piece crosses, with many lines on each side, and the lines of each side running up to its margin as
 * prose does (a table's gaps are crossed by no piece either, but its cells stop short of them).
 */
export function gutterOf(pieces: TextPiece[]): number | null {
  const text = pieces.filter((piece) => piece.text.trim() !== '');
  // A page of minutes has some hundreds of pieces; one of tens of thousands is read as one column.
  if (text.length < 10 || text.length > MAX_COLUMN_PIECES) return null;
  const left = least(text.map((piece) => piece.x));
  const right = most(text.map((piece) => piece.x + piece.width));
  const size = median(text.map((piece) => piece.size));
  let best: { x: number; gap: number; onLeft: TextPiece[]; onRight: TextPiece[] } | null = null;
  for (let x = left + (right - left) * 0.3; x <= left + (right - left) * 0.7; x += 1) {
    const crossing = text.filter((piece) => piece.x < x && piece.x + piece.width > x).length;
    if (crossing > text.length * 0.1) continue;
    const onLeft = text.filter((piece) => piece.x + piece.width <= x);
    const onRight = text.filter((piece) => piece.x >= x);
    if (onLeft.length < text.length * 0.3 || onRight.length < text.length * 0.3) continue;
    // The strip free of text about x must be a real gutter, wider than a cell's gap.
    const gap = least(onRight.map((piece) => piece.x)) - most(onLeft.map((piece) => piece.x + piece.width));
    // Each side as wide as a column of prose: a table's narrow columns are not.
    const wide = most(onLeft.map((piece) => piece.x + piece.width)) - left >= MIN_COLUMN * size && right - least(onRight.map((piece) => piece.x)) >= MIN_COLUMN * size;
    if (gap >= size && wide && (!best || gap > best.gap)) best = { x, gap, onLeft, onRight };
  }
  return best && isProse(best.onLeft, size) && isProse(best.onRight, size) ? best.x : null;
}

/** Most of a column's lines are whole and run up to its right margin, as prose's lines do. */
function isProse(pieces: TextPiece[], size: number): boolean {
  const reach = most(pieces.map((piece) => piece.x + piece.width));
  const lines = linesOf(pieces);
  const full = lines.filter((line) => line.segments.length === 1 && line.segments[0].end >= reach - 4 * size);
  return lines.length >= 5 && full.length >= lines.length * 0.5;
}

const MAX_COLUMN_PIECES = 20_000;
/** The narrowest column of prose, in font sizes (some 25 characters). */
const MIN_COLUMN = 12;

/** The smallest value (Math.min over a spread overflows the stack on a long list). */
export function least(values: number[]): number {
  let found = Infinity;
  for (const value of values) if (value < found) found = value;
  return found;
}

/** The largest value. */
export function most(values: number[]): number {
  let found = -Infinity;
  for (const value of values) if (value > found) found = value;
  return found;
}

/** The middle value. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

/**
 * A page's pieces in reading order, as regions read one after the other: on a two-column page the
 * lines across the page above the columns, the left column, the right column, then those below.
 */
export function regionsOf(pieces: TextPiece[]): TextPiece[][] {
  const gutter = gutterOf(pieces);
  if (gutter === null) return [pieces];
  const crosses = (piece: TextPiece) => piece.x < gutter && piece.x + piece.width > gutter;
  const crossing = pieces.filter(crosses);
  const columns = pieces.filter((piece) => !crosses(piece));
  const top = least(columns.map((piece) => piece.y));
  return [
    crossing.filter((piece) => piece.y < top),
    columns.filter((piece) => piece.x < gutter),
    columns.filter((piece) => piece.x >= gutter),
    crossing.filter((piece) => piece.y >= top),
  ].filter((region) => region.length > 0);
}
