import { lineText, type TextLine } from './pdf-lines.js';
import { crossesColumns, fitsColumns, hasCellGap, isTabular, spansRow, tableOf, type Row } from './pdf-tables.js';

// The second step: the document's lines (src/read/pdf-lines.ts), region after region and page after
// page, into the blocks a Word user wrote — paragraphs (a paragraph's wrapped lines kept, each a line
// of its own), headings (set larger than the body text), list items (opening with a bullet) and
// tables (src/read/pdf-tables.ts), a table going on across pages as one.

/** A block of text, with the page of each of its lines; a numbered list item has its number (or letter), a bulleted one none. */
export type Block = { kind: 'paragraph' | 'heading' | 'item'; lines: string[]; pages: number[]; size: number; number?: string } | { kind: 'table'; rows: Row[] };

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
const DASH = /^[-–]\s/;
/** A number or letter opening a list item: "1.", "2)", "(a)", "b.". */
const NUMBER = /^\(?(\d{1,3}|[a-zA-Z])[.)]\s+(?=\S)/;

/** The document's lines as blocks; `body` is the font size of its body text. */
export function blocksOf(lines: TextLine[], body: number): Block[] {
  const bands = bandsOf(lines);
  const blocks: Block[] = [];
  // The band before and where its blocks start: a table may take it back as its first row.
  let previous = { band: -1, blocks: 0 };
  for (let i = 0; i < bands.length; ) {
    if (!isTabular(bands[i])) {
      previous = { band: i, blocks: blocks.length };
      blocks.push(...bandBlocks(bands[i], body));
      i++;
      continue;
    }
    // The band above, its cells set too close to part by their gap, is the first row when it fits the columns of the rows below.
    const above = bands[i - 1];
    const start = i > 0 && previous.band === i - 1 && above[0].page === bands[i][0].page && hasCellGap(above) && fitsColumns(above, [], rowsFrom(bands, i)) ? i - 1 : i;
    if (start < i) blocks.length = previous.blocks;
    // A run of bands with cells is one table, across pages too, with the bands set across it between its rows.
    const rows = bands.slice(start, i + 1);
    const across = new Set<TextLine[]>();
    let end = i + 1;
    const belongs = (at: number) => (isTabular(bands[at]) || fitsColumns(bands[at], rows, rowsFrom(bands, at + 1))) && !crossesColumns(bands[at], rows);
    for (;;) {
      if (end < bands.length && belongs(end)) rows.push(bands[end++]);
      else if (end + 1 < bands.length && belongs(end + 1) && spansRow(bands[end], rows, bands[end + 1])) {
        across.add(bands[end]);
        rows.push(bands[end + 1]);
        end += 2;
      } else break;
    }
    blocks.push({ kind: 'table', rows: tableOf(bands.slice(start, end), across) });
    i = end;
  }
  return blocks;
}

/** The next bands from `from` that look like rows (two at most): the rows below, to find the table's columns with. */
function rowsFrom(bands: TextLine[][], from: number): TextLine[][] {
  const rows: TextLine[][] = [];
  for (let at = from; at < bands.length && rows.length < 2 && (isTabular(bands[at]) || hasCellGap(bands[at])); at++) rows.push(bands[at]);
  return rows;
}

/**
 * Lines in bands: lines one under the other with no paragraph gap, in the same region of a page and
 * the same size (a heading and the text under it are two bands), and a paragraph going on over a page break.
 */
function bandsOf(lines: TextLine[]): TextLine[][] {
  const bands: TextLine[][] = [];
  for (const line of lines) {
    const band = bands[bands.length - 1];
    const last = band?.[band.length - 1];
    const together =
      last !== undefined &&
      Math.max(line.size, last.size) < HEADING_SCALE * Math.min(line.size, last.size) &&
      ((line.page === last.page && line.region === last.region && line.y - last.y <= PARAGRAPH_GAP * Math.max(line.size, last.size)) || goesOnOverPage(last, line));
    if (together) band.push(line);
    else bands.push([line]);
  }
  return bands;
}

/**
 * The first line of a page going on with the paragraph the last line of the page before ran to the
 * margin in: lines of text alone (no cells), starting at the same place, the sentence unfinished or
 * going on in lowercase.
 */
function goesOnOverPage(last: TextLine, line: TextLine): boolean {
  if (line.page !== last.page + 1 || line.segments.length > 1 || last.segments.length > 1) return false;
  const text = lineText(line);
  return (
    Math.abs(line.segments[0].x - last.segments[0].x) <= 1 &&
    !endsShort(last, text, line, line.size) &&
    !ITEM.test(text) &&
    (/^\p{Ll}/u.test(text) || !/[.:;!?]$/.test(lineText(last)))
  );
}

/** One band of lines (with no paragraph gap inside): a table row or rows, or paragraphs split where a line starts anew. */
function bandBlocks(band: TextLine[], body: number): Block[] {
  const blocks: Block[] = [];
  let current: Exclude<Block, { kind: 'table' }> | null = null;
  band.forEach((line, index) => {
    const text = lineText(line);
    const previous = band[index - 1];
    const heading = line.size >= HEADING_SCALE * body;
    // A dash opening a line of a paragraph whose line above ran to the margin is the sentence going on.
    const wrapped = previous !== undefined && current?.kind === 'paragraph' && !endsShort(previous, text, line, body) && Math.abs(line.segments[0].x - previous.segments[0].x) <= 1;
    const numbered = numberedItem(line, band[index + 1], body);
    const item = numbered ?? (wrapped && DASH.test(text) ? null : ITEM.exec(text));
    const startsAnew =
      !current ||
      (item !== null && !heading) ||
      heading !== (current.kind === 'heading') ||
      // A line that stops well short of the margin ended its paragraph (a line break, "Date: …" then "Venue: …").
      (previous !== undefined && endsShort(previous, text, line, body)) ||
      // A line further left than the paragraph's own lines starts the next one.
      (previous !== undefined && current.kind === 'item' && line.segments[0].x < previous.segments[0].x - body);
    if (startsAnew) {
      if (current) blocks.push(current);
      const kind = heading ? 'heading' : item ? 'item' : 'paragraph';
      current = { kind, size: line.size, pages: [line.page], lines: [item && !heading ? text.slice(item[0].length) : text] };
      if (numbered && !heading) current.number = numbered[1];
    } else {
      current!.lines.push(text);
      current!.pages.push(line.page);
    }
  });
  if (current) blocks.push(current);
  return blocks;
}

/**
 * A numbered line set as a word processor sets a list item: its number a piece of text of its own,
 * and the text after it where the item's next line starts (a hanging indent), or the whole item
 * indented from the margin. A number typed at the margin before a paragraph stays text (see ITEM).
 */
function numberedItem(line: TextLine, next: TextLine | undefined, body: number): RegExpExecArray | null {
  const first = line.segments[0];
  const match = NUMBER.exec(first.text);
  if (!match) return null;
  const textStart = first.joins.find((join) => join.at === match[0].length)?.x;
  if (textStart === undefined) return null;
  const hangs = next !== undefined && Math.abs(next.segments[0].x - textStart) <= 1;
  return hangs || first.x >= line.left + body ? match : null;
}

/**
 * Whether the line above stopped well short of the margin, where the line's first word would have
 * fitted. Lines set in from the left margin together (a quotation) are set in as far from the right.
 */
function endsShort(previous: TextLine, text: string, line: TextLine, body: number): boolean {
  const inset = Math.abs(line.segments[0].x - previous.segments[0].x) <= 1 ? Math.max(0, previous.segments[0].x - line.left) : 0;
  return previous.segments[0].end + firstWordWidth(text, line) < line.right - inset - body;
}

/** How wide the line's first word is, about: half a font size a character. */
function firstWordWidth(text: string, line: TextLine): number {
  return (text.split(' ')[0].length + 1) * line.size * 0.5;
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
