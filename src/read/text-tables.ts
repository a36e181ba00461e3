import { isNameParticle } from '../lexicon/names.js';
import { cleanLine, startsLowerCase, startsUpperCase } from '../text/normalise.js';
import type { Line } from './source.js';

// Tables written in plain characters, as Word, PDF and pandoc exports paste them into plain text and
// markdown: tab-separated rows, grid tables (`+---+` borders) and fixed-width columns.

// An escaped markdown number (`1\.`) too.
const NUMBER_THEN_TAB = /^(?:\*\*)?(?:(?:[A-Z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\\?[.:)]?|[IVXLC]{1,6}\\?[.:)]|\(?(?:[a-z]|[ivx]{2,5})\))$/;

const BULLET = /^[\u2022\u25aa\u25e6\u00b7o\u2013-]$/;

/**
 * Tab-separated cells, when a line has at least two non-empty ones (Word tables pasted as text).
 * `widthAbove` is the number of cells of the row straight above, 0 when there is none.
 */
export function splitTabs(raw: string, widthAbove = 0): string[] | null {
  if (!raw.includes('\t')) return null;
  // Tabs before a row indent it; one tab before a row of three cells or more is its empty first cell
  // ("<TAB>Chairman<TAB>Jo Doe" under "Representing<TAB>Role<TAB>Member"), and so are the tabs before a
  // row that then fits the row above ("<TAB><TAB>JD<TAB>Jo Doe" under four cells).
  const all = raw.split('\t');
  const emptyFirst = (/^\t[^\t]/.test(raw) && all.length >= 3) || (raw.startsWith('\t') && all.length <= widthAbove);
  const cells = (emptyFirst ? all : raw.replace(/^\t+/, '').split('\t')).map(cleanLine);
  // "1.<TAB>Title", "**II.<TAB>Declarations**", "•<TAB>Get three quotes": Word puts a tab after a list's number or
  // bullet; that is a numbered line or an item, not a row.
  if (cells.length === 2 && (NUMBER_THEN_TAB.test(cells[0]) || BULLET.test(cells[0]))) return null;
  const filled = cells.filter(Boolean).length;
  // A section row of a Word table keeps its empty cells as trailing tabs.
  return filled >= 2 || (filled === 1 && /\S\t+\s*$/.test(raw)) ? cells : null;
}

/** The number of cells of the table row on the line straight above, 0 when that line is not a row. */
export function widthAbove(lines: readonly Line[], lineNumber: number): number {
  const previous = lines[lines.length - 1];
  return previous?.cells && previous.line === lineNumber - 1 ? previous.cells.length : 0;
}

/** The cells of a pipe row, outer bars dropped and `\|` kept as a bar. */
export function splitPipes(raw: string): string[] {
  let cells = raw.split(/(?<!\\)\|/).map((cell) => cleanLine(cell.replace(/\\\|/g, '|')));
  // "\t| subcontractor in WP4": a tab before the first bar is an empty first cell (Word's tab-and-bar rows), not a margin;
  // so is a run of spaces as wide as a column ("                    | with the lawyers" under a row's first cell).
  if (/^ {0,3}\|/.test(raw)) cells = cells.slice(1);
  if (/\|\s*$/.test(raw)) cells = cells.slice(0, -1);
  return cells;
}

const GRID_BORDER = /^\+(?:[-=:]+\+)+$/;

/** True for a grid table's border line (`+----+====+`). */
export function isGridBorder(line: string): boolean {
  return line.startsWith('+') && GRID_BORDER.test(line.trim());
}

/**
 * Grid tables (`+----+----+` borders, `|` rows): each row between borders, whose cells may wrap over
 * several lines, becomes one row at its first line; the borders and the wrapped lines are dropped (null).
 */
export function findGridRows(lines: string[]): Map<number, string[] | null> {
  const rows = new Map<number, string[] | null>();
  for (let i = 0; i < lines.length; i++) {
    if (!isGridBorder(lines[i]) || !lines[i + 1]?.trim().startsWith('|')) continue;
    let j = i;
    while (j < lines.length && isGridBorder(lines[j])) {
      rows.set(j, null);
      let k = j + 1;
      let cells: string[] | null = null;
      for (; k < lines.length && lines[k].trim().startsWith('|') && !isGridBorder(lines[k]); k++) {
        const part = splitPipes(lines[k]);
        if (cells === null) {
          cells = part;
          rows.set(k, cells);
        } else {
          for (let c = 0; c < part.length; c++) if (part[c]) cells[c] = cells[c] ? `${cells[c]} ${part[c]}` : part[c];
          rows.set(k, null);
        }
      }
      j = k;
    }
    i = j - 1;
  }
  return rows;
}

const GAP = /\S( {2,})(?=\S)/g;
const TWO_SPACES = / {2}/;
const OPEN_LIST = /(?:[,&/]| and)$/;
const LIST_JOINER = /^[^\d,&/]*(?:[,&/]| and )/;
const SECTION_LINE = /^\S(?:\S| (?! ))*$/;

/**
 * Fixed-width tables (columns lined up with spaces, as some exports write them): a header with at
 * least three columns separated by runs of spaces, and the lines under it, cut at the header's
 * column starts. A line that only carries on the cells of the row above (a wrapped cell) is joined
 * to that row (null); a one-phrase line between rows ("Actions from previous meetings") is a
 * one-cell section row. `candidate` says cheaply which lines may be headers.
 */
export function findColumnRows(lines: string[], candidate: (index: number) => boolean): Map<number, string[] | null> {
  const rows = new Map<number, string[] | null>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!candidate(i) || lines[i].includes('\t') || lines[i].includes('|') || !TWO_SPACES.test(lines[i])) continue;
    const starts = columnStarts(lines[i]);
    if (starts.length < 3) continue;
    let j = i + 1;
    let previous: string[] | null = null;
    // The first cell of the last line read: a capitalised line can carry it on only if its first word did not fit there.
    let lastFirst = '';
    for (; j < lines.length && lines[j].trim() !== '' && !lines[j].includes('\t'); j++) {
      const fit = fitsColumns(lines[j], starts);
      const cells = fit ? cutAt(lines[j], starts) : null;
      const wrapped = cells !== null && previous !== null && fit === 'first' && wrapsInto(lastFirst, cells[0], starts[1]);
      // A capitalised one-phrase line is a section row, even where its words happen to meet the column starts.
      if (!wrapped && startsUpperCase(lines[j].slice(starts[0])) && isSectionLine(lines, j, starts)) {
        rows.set(j, [cleanLine(lines[j])]);
        previous = null;
      } else if (cells && previous && (wrapped || continues(cells, previous))) {
        for (let c = 0; c < cells.length; c++) if (cells[c]) previous[c] = previous[c] ? `${previous[c]} ${cells[c]}` : cells[c];
        rows.set(j, null);
        lastFirst = cells[0];
      } else if (cells && fit === 'row') {
        rows.set(j, cells);
        previous = cells;
        lastFirst = cells[0];
      } else if (isSectionLine(lines, j, starts)) {
        rows.set(j, [cleanLine(lines[j])]);
        previous = null;
      } else break;
    }
    if (j > i + 1) {
      rows.set(i, cutAt(lines[i], starts));
      i = j - 1;
    }
  }
  return rows;
}

/** A section row inside a fixed-width table: one phrase from the first column, with a fitting row after it. */
function isSectionLine(lines: string[], j: number, starts: number[]): boolean {
  const text = lines[j].trimEnd();
  return text.length < 80 && indentOf(text) === starts[0] && SECTION_LINE.test(text.slice(starts[0])) && lines[j + 1] !== undefined && fitsColumns(lines[j + 1], starts) === 'row';
}

/**
 * A first cell wrapped onto the next line: a word, or a list of names, whose first word would not have
 * fitted after the text above it in the column ("Aisling Ridgway-Barker/Tom" then "Okonedo-Hale"); a
 * section row ("New actions") is neither.
 */
function wrapsInto(above: string, text: string, width: number): boolean {
  if (above === '' || text === '') return false;
  // A list left open above ("Oluwaseun Okafor," then "Babajide Balogun"), or a name ("Rhodri de la" then "Cruz").
  if (OPEN_LIST.test(above) || isNameParticle(above.slice(above.lastIndexOf(' ') + 1))) return true;
  const space = text.indexOf(' ');
  // A list of names carried on ("Greenslade & Simon Byatt", "Okafor and Imran Mahmood") rather than a section title.
  if (space >= 0 && !LIST_JOINER.test(text)) return false;
  return above.length + 1 + (space >= 0 ? space : text.length) > width - 2;
}

/**
 * A wrapped cell's next line: it fills only columns the row above filled, fewer of them, and reads as
 * a continuation (a cell in lower case, or at most all but two of the row's cells); a capitalised
 * first cell alone starts a section row or a new row instead.
 */
function continues(cells: string[], previous: string[]): boolean {
  let filled = 0;
  let before = 0;
  let lowercase = false;
  for (let c = 0; c < cells.length; c++) {
    if (previous[c]) before++;
    if (!cells[c]) continue;
    if (!previous[c]) return false;
    filled++;
    if (startsLowerCase(cells[c])) lowercase = true;
  }
  if (filled >= before) return false;
  if (cells[0] && !lowercase) return false;
  return lowercase || filled <= before - 2;
}

function columnStarts(line: string): number[] {
  const trimmed = line.replace(/\s+$/, '');
  // A table a PDF's text indents with its paragraph starts its first column at the indent.
  const starts = [indentOf(trimmed)];
  for (const m of trimmed.matchAll(GAP)) starts.push(m.index! + 1 + m[1].length);
  return starts;
}

/**
 * A row fits when every column start other than the first falls on a space-to-text boundary or a blank;
 * 'first' when only the first column holds text (a wrapped cell or a section row).
 */
function fitsColumns(line: string, starts: number[]): 'row' | 'first' | null {
  let used = 0;
  for (const start of starts.slice(1)) {
    if (start >= line.length) continue;
    if (line[start] !== ' ' && line[start - 1] !== ' ') return null;
    if (line[start] !== ' ') used++;
  }
  const indent = indentOf(line);
  if (used === 0) return indent === starts[0] && line.trimEnd().length <= starts[1] ? 'first' : null;
  // A row whose first cell is empty starts with spaces up to the next column ("      MN   Jul 24 …").
  return starts.includes(indent) ? 'row' : null;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function cutAt(line: string, starts: number[]): string[] {
  return starts.map((start, i) => cleanLine(line.slice(start, starts[i + 1] ?? line.length)));
}

/**
 * The grid or fixed-width table whose first line is `index` in a markdown file: its rows by line index
 * (null for a border or a line joined to the row above) and the index after it, or null when no such
 * table starts there. The caller asks only at a block's first line.
 */
export function readTextTableAt(lines: string[], index: number): { rows: Map<number, string[] | null>; end: number } | null {
  const line = lines[index];
  if (line.startsWith('+')) {
    if (!isGridBorder(line)) return null;
    const rows = findGridRows(lines.slice(index, index + 2000));
    return rows.size > 1 ? shifted(rows, index) : null;
  }
  if (!/^[^\s#>*+|-]/.test(line) || !line.includes('  ')) return null;
  let end = index + 1;
  while (end < lines.length && lines[end].trim() !== '' && end - index < 2000) end++;
  const rows = findColumnRows(lines.slice(index, end), (i) => i === 0);
  return rows.size > 0 ? shifted(rows, index) : null;
}

function shifted(rows: Map<number, string[] | null>, by: number): { rows: Map<number, string[] | null>; end: number } {
  const out = new Map<number, string[] | null>();
  let end = by;
  for (const [i, cells] of [...rows].sort((a, b) => a[0] - b[0])) {
    out.set(i + by, cells);
    end = Math.max(end, i + by + 1);
  }
  return { rows: out, end };
}
