import { cleanLine, cleanSpaces, needsCleaning, stripInlineMarkup } from '../text/normalise.js';
import { splitFrontMatter } from './front-matter.js';
import { splitLongLines } from './long-line.js';
import { capLine, makeLine, MAX_LINE_LENGTH, splitLines, type Line, type Source } from './source.js';

const BULLET = /^([-*+\u2022\u25cf\u25aa\u25e6\u2023\u00b7\u2013\u2014])(?:\s+|$)/;
const TASK = /^\[([ xX])\]\s+/;
const LEAD = /^\*\*([^*\n]+?)\*\*\s*:?\s*/;
const RULE = /^([-*_=])(?:\s*\1){2,}$/;
const PAGE_FOOTER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/i;
const PIPE_DELIMITER = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** Plain-text minutes (Word/PDF exports, email) to the line model. */
export function readPlainText(file: string, text: string): Source {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text);
  // A whole document on one line (an export that lost its newlines) is cut into its lines.
  const { lines: rawLines, numbers } = splitLongLines(splitLines(body));
  const capped = rawLines.map((line) => line.slice(0, MAX_LINE_LENGTH));
  // Whether each line has odd or repeated spaces, found once for the column search and for cleaning.
  const messy = capped.map(needsCleaning);
  const pipeRows = findPipeRows(capped);
  const gridRows = capped.some(isGridBorder) ? findGridRows(capped) : null;
  const columnRows = findColumnRows(capped, messy);
  const lines: Line[] = [];
  let afterBreak = true;
  const truncated: number[] = [];
  rawLines.forEach((fullRaw, index) => {
    const lineNumber = (numbers === null ? index + 1 : numbers[index]) + lineOffset;
    const raw = capLine(fullRaw, lineNumber, truncated);
    const cleaned = messy[index] ? cleanSpaces(raw) : raw.trim();
    if (cleaned === '' || RULE.test(cleaned)) {
      // A line underlined with "====" or "----" straight below it is a heading (Word and email exports).
      const previous = lines[lines.length - 1];
      if (cleaned !== '' && !afterBreak && /^[=-]/.test(cleaned) && previous?.line === lineNumber - 1 && previous.kind === 'text' && !previous.cells) {
        previous.kind = 'heading';
        previous.depth = cleaned.startsWith('=') ? 1 : 2;
      }
      afterBreak = true;
      return;
    }
    // Page furniture from PDF exports sits mid-paragraph; drop it without breaking the paragraph.
    if (PAGE_FOOTER.test(cleaned)) return;
    const grid = gridRows?.get(index);
    if (grid === null) return;
    if (grid) {
      const line = makeLine({ line: lineNumber, text: stripInlineMarkup(grid.filter(Boolean).join(' ')), cells: grid });
      line.blockStart = afterBreak;
      afterBreak = false;
      lines.push(line);
      return;
    }
    if (pipeRows.has(index) && PIPE_DELIMITER.test(cleaned)) return;
    const columns = columnRows.get(index);
    const line = columns ? makeLine({ line: lineNumber, text: columns.filter(Boolean).join(' '), cells: columns }) : readLine(raw, cleaned, lineNumber, pipeRows.has(index));
    if (line === null) return;
    line.blockStart = afterBreak || line.kind === 'item';
    afterBreak = false;
    lines.push(line);
  });
  return { file, lines, frontMatter, text, truncated };
}

function readLine(raw: string, cleaned: string, lineNumber: number, isPipeRow: boolean): Line | null {
  const cells = isPipeRow ? splitPipes(raw) : splitTabs(raw);
  if (cells) return makeLine({ line: lineNumber, text: stripInlineMarkup(cells.filter(Boolean).join(' ')), cells });

  const indent = indentOf(raw);
  let rest = cleaned;
  let kind: Line['kind'] = 'text';
  let marker: string | null = null;
  let checked: boolean | null = null;
  const bullet = BULLET.exec(rest);
  if (bullet) {
    kind = 'item';
    marker = bullet[1];
    rest = rest.slice(bullet[0].length);
    if (rest === '') return null;
    const task = TASK.exec(rest);
    if (task) {
      checked = task[1] !== ' ';
      rest = rest.slice(task[0].length);
    }
  }
  const lead = LEAD.exec(rest);
  return makeLine({
    line: lineNumber,
    kind,
    marker,
    checked,
    depth: kind === 'item' ? Math.floor(indent / 2) : 0,
    lead: lead ? lead[1].replace(/:$/, '').trim() : null,
    text: stripInlineMarkup(rest),
  });
}

/** Width of a line's leading spaces and tabs, a tab counting as four spaces. */
function indentOf(raw: string): number {
  let width = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4;
    else break;
  }
  return width;
}

const NUMBER_THEN_TAB = /^(?:\*\*)?(?:(?:[A-Z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}[.:)]?|[IVXLC]{1,6}[.:)]|\(?[a-z]\))$/;

/** Tab-separated cells, when a line has at least two non-empty ones (Word tables pasted as text). */
function splitTabs(raw: string): string[] | null {
  if (!raw.includes('\t')) return null;
  const cells = raw.replace(/^\t+/, '').split('\t').map(cleanLine);
  // "1.<TAB>Title", "**II.<TAB>Declarations**": Word puts a tab after a list number; that is a numbered line, not a row.
  if (cells.length === 2 && NUMBER_THEN_TAB.test(cells[0])) return null;
  const filled = cells.filter(Boolean).length;
  // A section row of a Word table keeps its empty cells as trailing tabs.
  return filled >= 2 || (filled === 1 && /\S\t+\s*$/.test(raw)) ? cells : null;
}

function splitPipes(raw: string): string[] {
  let cells = raw.split(/(?<!\\)\|/).map((cell) => cleanLine(cell.replace(/\\\|/g, '|')));
  if (/^\s*\|/.test(raw)) cells = cells.slice(1);
  if (/\|\s*$/.test(raw)) cells = cells.slice(0, -1);
  return cells;
}

const GRID_BORDER = /^\+(?:[-=:]+\+)+$/;

function isGridBorder(line: string): boolean {
  return line.startsWith('+') && GRID_BORDER.test(line.trim());
}

/**
 * Grid tables (`+----+----+` borders, `|` rows): each row between borders, whose cells may wrap over
 * several lines, becomes one row at its first line; the borders and the wrapped lines are dropped (null).
 */
function findGridRows(lines: string[]): Map<number, string[] | null> {
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

/** Indexes of lines that form pipe tables: two or more adjacent lines with the same number of pipes. */
function findPipeRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  const count = (line: string) => (line.includes('|') ? (line.match(/(?<!\\)\|/g) ?? []).length : 0);
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = count(lines[i]);
    if (here > 0 && here === count(lines[i + 1])) {
      rows.add(i);
      rows.add(i + 1);
    }
  }
  return rows;
}

const GAP = /\S( {2,})(?=\S)/g;
const TWO_SPACES = / {2}/;

/**
 * Fixed-width tables (columns lined up with spaces, as some exports write them): a header with at
 * least three columns separated by runs of spaces, and the lines under it, cut at the header's
 * column starts. Returns the cells of each such line by index.
 */
function findColumnRows(lines: string[], messy: boolean[]): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    // A line with two spaces in a row is messy; of those, only lines without tabs or pipes can be headers.
    if (!messy[i] || lines[i].includes('\t') || lines[i].includes('|') || !TWO_SPACES.test(lines[i])) continue;
    const starts = columnStarts(lines[i]);
    if (starts.length < 3) continue;
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== '' && !lines[j].includes('\t') && fitsColumns(lines[j], starts); j++) {
      rows.set(j, cutAt(lines[j], starts));
    }
    if (j > i + 1) {
      rows.set(i, cutAt(lines[i], starts));
      i = j - 1;
    }
  }
  return rows;
}

function columnStarts(line: string): number[] {
  const trimmed = line.replace(/\s+$/, '');
  if (!/^\S/.test(trimmed)) return [];
  const starts = [0];
  for (const m of trimmed.matchAll(GAP)) starts.push(m.index! + 1 + m[1].length);
  return starts;
}

/** A row fits when every column start other than the first falls on a space-to-text boundary or a blank. */
function fitsColumns(line: string, starts: number[]): boolean {
  let used = 0;
  for (const start of starts.slice(1)) {
    if (start >= line.length) continue;
    if (line[start] !== ' ' && line[start - 1] !== ' ') return false;
    if (line[start] !== ' ') used++;
  }
  // A row whose first cell is empty starts with spaces up to the next column ("      MN   Jul 24 …").
  return used >= 1 && (/^\S/.test(line) || starts.includes(line.length - line.trimStart().length));
}

function cutAt(line: string, starts: number[]): string[] {
  return starts.map((start, i) => cleanLine(line.slice(start, starts[i + 1] ?? line.length)));
}
