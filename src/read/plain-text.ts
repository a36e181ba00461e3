import { cleanSpaces, needsCleaning, stripInlineMarkup } from '../text/normalise.js';
import { splitFrontMatter } from './front-matter.js';
import { splitLongLines } from './long-line.js';
import { capLine, makeLine, MAX_LINE_LENGTH, splitLines, type Line, type Source } from './source.js';
import { splitTrailingStatus } from '../lexicon/status.js';
import { findPageFurniture } from './page-furniture.js';
import { findColumnRows, findGridRows, isGridBorder, splitPipes, splitTabs, widthAbove } from './text-tables.js';
import { isWikiMarkup, wikiLine, wikiMarkupHeading } from './wiki-markup.js';

const ITEM_AFTER_PAGE = /^\s*(?:(?:case|item|minute|min\.?)\s+)?\d{1,4}(?:[./]\d{1,4}){0,2}[.:)]?\s+\p{Lu}/iu;
// "→ Priya: book the session": an arrow opens an item too, as notes and whiteboard exports write them.
const BULLET_CHARACTERS = '-*+\u2022\u25cf\u25aa\u25e6\u2023\u00b7\u2013\u2014\u2192\u25ba\u27a4';
const BULLET = new RegExp(`^([${BULLET_CHARACTERS}])(?:\\s+|$)`);
const TASK = /^\[([ xX])\]\s+/;
const LEAD = /^\*\*([^*\n]+?)\*\*\s*:?\s*/;
const RULE = /^([-*_=])(?:\s*\1){2,}$/;

const PAGE_FOOTER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/i;
const PIPE_DELIMITER = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
// "----+--------+-----": the rule under a header whose columns are set apart by bars (as psql and some Word exports draw it).
const PLUS_DELIMITER = /^[-=]{2,}(?:\+[-=]{2,})+\+?$/;

/** Plain-text minutes (Word/PDF exports, email) to the line model. */
export function readPlainText(file: string, text: string): Source {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text);
  // A whole document on one line (an export that lost its newlines) is cut into its lines.
  const { lines: splitRaw, numbers } = splitLongLines(splitLines(body));
  const wikiMarkup = isWikiMarkup(splitRaw);
  const rawLines = wikiMarkup ? splitRaw.map(wikiLine) : splitRaw;
  const capped = rawLines.map((line) => line.slice(0, MAX_LINE_LENGTH));
  // Whether each line has odd or repeated spaces, found once for the column search and for cleaning.
  const messy = capped.map(needsCleaning);
  const pipeRows = findPipeRows(capped);
  const gridRows = capped.some(isGridBorder) ? findGridRows(capped) : null;
  const columnRows = findColumnRows(capped, (index) => messy[index]);
  const furniture = findPageFurniture(capped);
  const lines: Line[] = [];
  let afterBreak = true;
  const truncated: number[] = [];
  rawLines.forEach((fullRaw, index) => {
    // A paragraph runs on over a page's footer and the next one's header; one that ended there ends.
    if (furniture.has(index)) {
      if (!furniture.has(index - 1) && index > 0 && /[.!?:]$/.test(capped[index - 1].trim())) afterBreak = true;
      return;
    }
    // "Case 37/25: New electronic key system" after the page's footer opens an item, whatever the page ended with.
    if (index > 0 && furniture.has(index - 1) && ITEM_AFTER_PAGE.test(capped[index])) afterBreak = true;
    const lineNumber = (numbers === null ? index + 1 : numbers[index]) + lineOffset;
    const raw = capLine(fullRaw, lineNumber, truncated);
    const cleaned = withoutBotStamp(messy[index] ? cleanSpaces(raw) : raw.trim());
    if (cleaned === '' || (opensWith(cleaned, '-*_=') && RULE.test(cleaned))) {
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
    if (opensWith(cleaned, 'pP-0123456789') && PAGE_FOOTER.test(cleaned)) return;
    const grid = gridRows?.get(index);
    if (grid === null) return;
    if (grid) {
      const line = makeLine({ line: lineNumber, text: stripInlineMarkup(grid.filter(Boolean).join(' ')), cells: grid });
      line.blockStart = afterBreak;
      afterBreak = false;
      lines.push(line);
      return;
    }
    if (pipeRows.has(index) && (PIPE_DELIMITER.test(cleaned) || PLUS_DELIMITER.test(cleaned))) return;
    const columns = columnRows.get(index);
    if (columns === null) return;
    const wiki = opensWith(cleaned, '=') ? wikiHeading(cleaned) : wikiMarkup ? wikiMarkupHeading(cleaned) : null;
    const line = wiki
      ? makeLine({ line: lineNumber, kind: 'heading', depth: wiki.depth, text: wiki.title })
      : columns
      ? makeLine({ line: lineNumber, text: columns.filter(Boolean).join(' '), cells: columns })
      : !afterBreak && (isWrappedStatus(cleaned) || continuesWrappedLine(lines[lines.length - 1], cleaned)) ? makeLine({ line: lineNumber, text: cleaned }) : readLine(raw, cleaned, lineNumber, pipeRows.has(index), widthAbove(lines, lineNumber));
    if (line === null) return;
    line.blockStart = afterBreak || line.kind === 'item';
    afterBreak = false;
    lines.push(line);
  });
  return { file, lines, frontMatter, text, truncated };
}

// "* ACTION: tsevero to report …  (kwroblewski, 15:15:40)": an IRC meeting bot's note of who said it and when.
const BOT_STAMP = /\s*\([\w.|-]{1,30}, \d{2}:\d{2}:\d{2}\)$/;

/** The line without the meeting bot's stamp; a line that was only the stamp becomes empty. */
function withoutBotStamp(line: string): string {
  return line.endsWith(')') ? line.replace(BOT_STAMP, '') : line;
}

const WIDE_GAP = / {3,}/;
// An indent this deep sets a line in a right-hand column ("Voting Members      Non-voting Members" over names side by side).
const SECOND_COLUMN_INDENT = /^ {24,}\S/;

/** The line's text split at gaps of three spaces or more, or null when it has only one column. */
function spacedColumns(raw: string): string[] | null {
  const columns = raw.trim().split(WIDE_GAP).map((column) => stripInlineMarkup(column.trim()));
  if (SECOND_COLUMN_INDENT.test(raw)) columns.unshift('');
  return columns.length > 1 ? columns : null;
}

/**
 * "— Independent, Sam Lee — Acme" under a line hard-wrapped mid-sentence: the rest of that line's entry,
 * not a dash bullet. A bullet follows a line that ends a sentence or a label, or another bullet.
 */
function continuesWrappedLine(previous: Line | undefined, cleaned: string): boolean {
  return (cleaned.startsWith('\u2013 ') || cleaned.startsWith('\u2014 ')) && previous !== undefined && previous.kind === 'text' && !previous.cells && previous.text.length >= 60 && !/[.:;!?]$/.test(previous.text);
}

/** "– Complete" wrapped onto the next line of a paragraph: the status closing its sentence, not a dash bullet. */
function isWrappedStatus(cleaned: string): boolean {
  return (cleaned.startsWith('\u2013 ') || cleaned.startsWith('\u2014 ')) && cleaned.length <= 24 && splitTrailingStatus(`x ${cleaned}`) !== null;
}

function readLine(raw: string, cleaned: string, lineNumber: number, isPipeRow: boolean, rowWidthAbove: number): Line | null {
  const cells = isPipeRow ? splitPipes(raw) : splitTabs(raw, rowWidthAbove);
  if (cells) return makeLine({ line: lineNumber, text: stripInlineMarkup(cells.filter(Boolean).join(' ')), cells });

  const indent = indentOf(raw);
  let rest = cleaned;
  let kind: Line['kind'] = 'text';
  let marker: string | null = null;
  let checked: boolean | null = null;
  const bullet = opensWith(rest, BULLET_CHARACTERS) ? BULLET.exec(rest) : null;
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
  } else if (rest.charCodeAt(0) === 0x5b && TASK.test(rest)) {
    // "[ ] Order the filter": a task box with no bullet before it is a task list's item all the same.
    const task = TASK.exec(rest)!;
    kind = 'item';
    marker = '-';
    checked = task[1] !== ' ';
    rest = rest.slice(task[0].length);
  }
  const lead = rest.startsWith('**') ? LEAD.exec(rest) : null;
  return makeLine({
    line: lineNumber,
    kind,
    marker,
    checked,
    columns: kind === 'text' && raw.includes('   ') ? spacedColumns(raw) : null,
    depth: kind === 'item' ? Math.floor(indent / 2) : 0,
    lead: lead ? lead[1].replace(/:$/, '').trim() : null,
    text: stripInlineMarkup(rest),
  });
}

/**
 * Whether the line's first character is one of `chars`. The rule, footer, bullet and lead patterns each
 * open with one of a few characters, so a line of prose skips them without a search.
 */
function opensWith(line: string, chars: string): boolean {
  return line.length > 0 && chars.includes(line[0]);
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

/**
 * Indexes of lines that form pipe tables: two or more adjacent lines with the same number of pipes. With one pipe
 * each, three lines at least or a delimiter row among them: "Meeting Notes - Acme | Kickoff" over "Date: … | 11:00 AM"
 * is a header whose lines each set two things apart, not a table.
 */
function findPipeRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  const pipes = (line: string) => (line.includes('|') ? (line.match(/(?<!\\)\|/g) ?? []).length : 0);
  // A rule of dashes and pluses counts as the row above it.
  const count = (line: string, i: number): number => (line.includes('+') && i > 0 && PLUS_DELIMITER.test(line.trim()) ? pipes(lines[i - 1]) : pipes(line));
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = count(lines[i], i);
    if (here === 0 || here !== count(lines[i + 1], i + 1)) continue;
    if (here === 1 && count(lines[i + 2] ?? '', i + 2) !== 1 && count(lines[i - 1] ?? '', i - 1) !== 1 && !PIPE_DELIMITER.test(lines[i].trim()) && !PIPE_DELIMITER.test(lines[i + 1].trim())) continue;
    rows.add(i);
    rows.add(i + 1);
  }
  return rows;
}

/** "== 1. Check-in ==": a wiki's or a shared pad's heading, as many equals signs after it as before (two to six). */
function wikiHeading(text: string): { depth: number; title: string } | null {
  if (!text.startsWith('==') || !text.endsWith('==')) return null;
  let open = 0;
  while (text[open] === '=') open++;
  let close = 0;
  while (text[text.length - 1 - close] === '=') close++;
  const title = text.slice(open, text.length - close).trim();
  return open === close && open <= 6 && title !== '' && !title.includes('=') ? { depth: open - 1, title } : null;
}
