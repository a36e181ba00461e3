import type { DefaultTreeAdapterMap } from 'parse5';
import { htmlLibrary } from '../libraries.js';
import { cleanLine } from '../text/normalise.js';
import { capLine, makeLine, type Line, type LineKind } from './source.js';

// Minutes published on websites and exported to markdown keep their tables as raw HTML (rolls,
// agendas, action logs). CommonMark passes such a block through untouched, so the markdown reader
// hands it to a real HTML parser (parse5, loaded only for a file that has one) and turns each <tr>
// into the row of cells a GFM table gives, and the text around the table into lines, every line
// numbered from where it starts in the file.

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** CommonMark's block-level HTML tags (HTML block kind 6), which open a block even inside a paragraph. */
const BLOCK_TAGS = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(
    ' ',
  ),
);
const TAG_START = /^ {0,3}<\/?([a-zA-Z][a-zA-Z0-9]*)(?:[\s/>]|$)/;
const TABLE_TAG = /<(\/?)table(?=[\s/>]|$)/gi;

/**
 * The HTML block that opens at `index`, if one does: where it ends (an exclusive index), and whether it
 * holds a table. The block runs to a blank line, as in CommonMark, or on to the line that closes its
 * last open table.
 */
export function findHtmlBlock(rawLines: string[], index: number): { end: number; table: boolean } | null {
  const start = TAG_START.exec(rawLines[index]);
  if (!start || !BLOCK_TAGS.has(start[1].toLowerCase())) return null;
  let open = 0;
  let seen = false;
  let end = index;
  for (; end < rawLines.length; end++) {
    const raw = rawLines[end];
    if (raw.trim() === '' && open <= 0) break;
    if (!raw.includes('<')) continue;
    for (const tag of raw.matchAll(TABLE_TAG)) {
      if (tag[1] === '') {
        open++;
        seen = true;
      } else open--;
    }
  }
  return { end, table: seen };
}

/** Block-level elements: each starts a new line outside a table, and a space inside a cell. */
const BREAKS = new Set([...BLOCK_TAGS, 'br', 'pre']);
export const SKIPPED = new Set(['script', 'style', 'template', 'textarea', 'title', 'head']);

/** The lines of an HTML block whose first line is `firstLine` in the file. */
export function readHtmlBlock(rawLines: string[], firstLine: number, truncated: number[]): Line[] {
  const { parseFragment } = htmlLibrary();
  const fragment = parseFragment(rawLines.join('\n'), { sourceCodeLocationInfo: true });
  const reader = new HtmlLines(firstLine - 1, truncated);
  for (const child of fragment.childNodes) reader.visit(child, 0);
  reader.flush();
  return reader.lines;
}

interface Pending {
  text: string;
  line: number;
  kind: LineKind;
  depth: number;
  marker: string | null;
  lead: string | null;
  checked?: boolean;
}

/** Turns parsed HTML into lines: shared by HTML blocks in markdown and whole HTML and Word documents (src/read/html.ts). */
export class HtmlLines {
  readonly lines: Line[] = [];
  private pending: Pending | null = null;
  private next: Omit<Pending, 'text' | 'line'> = { kind: 'text', depth: 0, marker: null, lead: null };

  constructor(
    private readonly offset: number,
    private readonly truncated: number[],
    /** Elements left out besides SKIPPED (a page's navigation, say). */
    private readonly skipped: ReadonlySet<string> = SKIPPED,
  ) {}

  visit(node: Node, listDepth: number): void {
    if (node.nodeName === '#text') {
      this.addText(node as TextNode);
      return;
    }
    if (!('tagName' in node)) return;
    const element = node as Element;
    const tag = element.tagName;
    if (this.skipped.has(tag)) return;
    // A task list's box (`<li><input type="checkbox" checked> …`), as `- [x]` is in markdown.
    if (tag === 'input') {
      if (this.isEmpty() && this.next.kind === 'item' && element.attrs.some((attr) => attr.name === 'type' && attr.value.toLowerCase() === 'checkbox')) this.next.checked = element.attrs.some((attr) => attr.name === 'checked');
      return;
    }
    if (tag === 'table') {
      this.flush();
      this.readTable(element);
      return;
    }
    // `<code>name</code>` as markdown writes it, `name`: the same minutes give the same text either way.
    const only = element.childNodes.length === 1 ? element.childNodes[0] : null;
    if (tag === 'code' && only?.nodeName === '#text') {
      this.addText({ ...(only as TextNode), value: `\`${(only as TextNode).value}\`` });
      return;
    }
    if (!BREAKS.has(tag)) {
      const bold = (tag === 'strong' || tag === 'b') && this.isEmpty();
      for (const child of element.childNodes) this.visit(child, listDepth);
      // "<strong>Present:</strong> …" opens the line with a bold lead, as "**Present:**" does in markdown.
      if (bold && this.pending) this.pending.lead = cleanHtmlText(this.pending.text).replace(/:$/, '').trim() || null;
      return;
    }
    // "<li><p>text</p></li>", as Word and many editors write a list: the paragraph is the item.
    const carried = (tag === 'p' || tag === 'div') && this.isEmpty() && this.next.kind === 'item' ? this.next : null;
    this.flush();
    if (carried) this.next = carried;
    if (/^h[1-6]$/.test(tag)) this.next = { kind: 'heading', depth: Number(tag[1]), marker: null, lead: null };
    if (tag === 'li') this.next = { kind: 'item', depth: Math.max(listDepth - 1, 0), marker: listMarker(element), lead: null };
    const depth = tag === 'ul' || tag === 'ol' ? listDepth + 1 : listDepth;
    for (const child of element.childNodes) this.visit(child, depth);
    this.flush();
  }

  /** The line so far holds no words. */
  private isEmpty(): boolean {
    return this.pending === null || this.pending.text.trim() === '';
  }

  private addText(node: TextNode): void {
    const value = node.value;
    if (this.isEmpty()) {
      const first = value.search(/\S/);
      if (first < 0) return;
      // A text node starts where its whitespace does; the line is where its first word is.
      const location = node.sourceCodeLocation;
      let line = (location?.startLine ?? 1) + this.offset;
      for (let i = 0; i < first; i++) if (value.charCodeAt(i) === 10) line++;
      this.pending = { text: '', line, ...this.next };
    }
    this.pending!.text += value;
  }

  flush(): void {
    const pending = this.pending;
    this.pending = null;
    this.next = { kind: 'text', depth: 0, marker: null, lead: null };
    if (pending === null) return;
    const text = cleanHtmlText(pending.text);
    if (text === '') return;
    const line = makeLine({ line: pending.line, kind: pending.kind, depth: pending.depth, marker: pending.marker, lead: pending.lead, checked: pending.checked ?? null, text: capLine(text, pending.line, this.truncated) });
    line.blockStart = true;
    this.lines.push(line);
  }

  /**
   * Each row of a table as cells; a table inside a cell follows its row as rows of its own. A layout
   * table (minutes set out in a grid, a cell holding a whole section) is read as the lines it holds.
   */
  private readTable(table: Element): void {
    const rows = rowsOf(table).map((row) => {
      const nested: Element[] = [];
      const cells = row.childNodes.filter(isCell).map((cell) => ({ cell, paragraphs: cellParagraphs(cell, nested) }));
      return { row, cells, nested };
    });
    const layout = rows.some(({ cells }) => cells.some(({ paragraphs }) => isSection(paragraphs)));
    const grid = layout ? [] : onGrid(rows.map(({ cells }) => cells.map(({ cell, paragraphs }) => ({ cell, text: paragraphs.join(' ') }))));
    const width = grid.reduce((most, row) => Math.max(most, row.texts.length), 0);
    let header = -1;
    for (const [index, { row, cells, nested }] of rows.entries()) {
      const at = (row.sourceCodeLocation?.startLine ?? 1) + this.offset;
      if (layout) this.pushLayoutRow(cells.map(({ paragraphs }) => paragraphs), at);
      else if (index > header) {
        const placed = grid[index];
        // A title over the whole table ("Actions from the meeting of 6 March"), as Word's merged top
        // row makes one: a line of its own above the table, as the same minutes in text have it.
        if (cells.length === 1 && width > 1 && span(cells[0].cell, 'colspan') >= width && rows.length > 1) {
          if (placed.texts[0]) this.lines.push(makeLine({ line: at, text: capLine(placed.texts[0], at, this.truncated), blockStart: true }));
        } else {
          // A header over two rows (Action over No. and Description): one header row, each column's words top to bottom.
          const spanned = header < 0 && placed.rowSpan > 1 && isHeaderRow(row) ? grid.slice(index, index + placed.rowSpan) : null;
          if (header < 0) header = index + (spanned ? spanned.length - 1 : 0);
          const texts = spanned ? mergeHeader(spanned.map((r) => r.texts)) : placed.texts.map((text, column) => (placed.copies[column] ? '' : text));
          if (texts.some(Boolean)) this.lines.push(makeLine({ line: at, text: capLine(texts.filter(Boolean).join(' '), at, this.truncated), cells: texts, blockStart: true }));
        }
      }
      for (const inner of nested) this.readTable(inner);
    }
    const caption = table.childNodes.find((child) => (child as Element).tagName === 'caption');
    if (caption) this.visit(caption, 0);
  }

  /** A layout row's paragraphs as lines, a lone short first cell ("4.", "14/09/2") opening the next cell's first line. */
  private pushLayoutRow(cells: string[][], at: number): void {
    const paragraphs = cells.map((cell) => cell.filter(Boolean));
    const label = paragraphs.length > 1 && paragraphs[0].length === 1 && paragraphs[0][0].length <= 16 ? paragraphs[0][0] : null;
    const next = label === null ? -1 : paragraphs.findIndex((cell, index) => index > 0 && cell.length > 0);
    paragraphs.forEach((cell, index) => {
      if (index === 0 && next > 0) return;
      cell.forEach((text, i) => {
        const line = index === next && i === 0 ? `${label} ${text}` : text;
        this.lines.push(makeLine({ line: at, text: capLine(line, at, this.truncated), blockStart: true }));
      });
    });
  }
}

/** Most columns or rows one cell may span: the HTML standard allows 1000 columns, which a hostile page could multiply. */
const MAX_SPAN = 64;

interface PlacedRow {
  /** The text at each column; a cell spanning columns or rows is at every place it covers. */
  texts: string[];
  /** Places filled by a cell from another column or row (a span), not by a cell of their own. */
  copies: boolean[];
  /** The most rows a cell of this row spans. */
  rowSpan: number;
}

/** The rows of a table laid on its grid, so that a cell spanning columns or rows keeps the others in their columns. */
function onGrid(rows: { cell: Element; text: string }[][]): PlacedRow[] {
  const reaching: ({ text: string; left: number } | undefined)[] = [];
  return rows.map((cells) => {
    const placed: PlacedRow = { texts: [], copies: [], rowSpan: 1 };
    let column = 0;
    const fillFromAbove = () => {
      for (let above = reaching[column]; above && above.left > 0; above = reaching[++column]) {
        placed.texts[column] = above.text;
        placed.copies[column] = true;
        above.left--;
      }
    };
    for (const { cell, text } of cells) {
      fillFromAbove();
      const columns = span(cell, 'colspan');
      const spannedRows = span(cell, 'rowspan');
      placed.rowSpan = Math.max(placed.rowSpan, spannedRows);
      for (let i = 0; i < columns; i++, column++) {
        placed.texts[column] = text;
        placed.copies[column] = i > 0;
        reaching[column] = spannedRows > 1 ? { text, left: spannedRows - 1 } : undefined;
      }
    }
    fillFromAbove();
    return placed;
  });
}

function span(cell: Element, name: 'colspan' | 'rowspan'): number {
  const value = Number(cell.attrs.find((attr) => attr.name === name)?.value ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** A row of header cells, or one in the table's <thead>. */
function isHeaderRow(row: Element): boolean {
  const cells = row.childNodes.filter(isCell);
  return (row.parentNode as Element | null)?.tagName === 'thead' || (cells.length > 0 && cells.every((cell) => cell.tagName === 'th'));
}

/** Header rows as one: each column's distinct words, top to bottom ("Action" over "No." → "Action No."). */
function mergeHeader(rows: string[][]): string[] {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return Array.from({ length: width }, (_, column) => [...new Set(rows.map((row) => row[column] ?? '').filter(Boolean))].join(' '));
}

/** A cell that holds a section of minutes rather than a value: several paragraphs, and many words. */
function isSection(paragraphs: string[]): boolean {
  return paragraphs.length > 1 && paragraphs.reduce((sum, text) => sum + text.length, 0) > SECTION_LENGTH;
}
const SECTION_LENGTH = 500;

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.childNodes) {
    const tag = (child as Element).tagName;
    if (tag === 'tr') rows.push(child as Element);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...((child as Element).childNodes.filter((row) => (row as Element).tagName === 'tr') as Element[]));
  }
  return rows;
}

function isCell(node: Node): node is Element {
  const tag = (node as Element).tagName;
  return tag === 'td' || tag === 'th';
}

/** A cell's paragraphs (what block elements and line breaks separate), cleaned, empty ones dropped; inner tables are set aside. */
function cellParagraphs(cell: Element, nested: Element[]): string[] {
  const paragraphs: string[] = [];
  let text = '';
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        text += (child as TextNode).value;
        continue;
      }
      if (!('tagName' in child)) continue;
      const tag = (child as Element).tagName;
      if (tag === 'table') nested.push(child as Element);
      else if (SKIPPED.has(tag)) continue;
      else if (BREAKS.has(tag)) {
        paragraphs.push(text);
        text = '';
        walk(child as Element);
        paragraphs.push(text);
        text = '';
      } else walk(child as Element);
    }
  };
  walk(cell);
  paragraphs.push(text);
  return paragraphs.map(cleanHtmlText).filter(Boolean);
}

/** HTML text as a line: a newline in the source is a space, like any other run of whitespace. */
function cleanHtmlText(text: string): string {
  return cleanLine(text.includes('\n') ? text.replace(/[\r\n]+/g, ' ') : text);
}

/** "-" for an item of a bulleted list; its number for an item of a numbered one. */
function listMarker(item: Element): string {
  const list = item.parentNode as Element | null;
  if (list?.tagName !== 'ol') return '-';
  const start = Number(list.attrs.find((attr) => attr.name === 'start')?.value ?? 1);
  const index = list.childNodes.filter((child) => (child as Element).tagName === 'li').indexOf(item as DefaultTreeAdapterMap['childNode']);
  const number = (Number.isInteger(start) ? start : 1) + index;
  // <ol type="a">: lettered items ("a.", "b."), as agendas number their sub-items.
  const type = list.attrs.find((attr) => attr.name === 'type')?.value;
  if ((type === 'a' || type === 'A') && number >= 1 && number <= 26) return `${String.fromCharCode((type === 'a' ? 96 : 64) + number)}.`;
  return `${number}.`;
}
