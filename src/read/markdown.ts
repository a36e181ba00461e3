import { cleanLine } from '../text/normalise.js';
import { splitFrontMatter } from './front-matter.js';
import { findHtmlBlock, readHtmlBlock } from './html-block.js';
import { splitLongLines } from './long-line.js';
import { capLine, makeLine, MAX_LINE_LENGTH, splitLines, type Line, type Source } from './source.js';
import { readTextTableAt, splitTabs, widthAbove } from './text-tables.js';

// Markdown minutes need only the block structure that carries meaning for the extractors: headings,
// list items and task boxes, GFM tables, paragraphs. A single pass over the lines finds it in linear
// time (remark's full CommonMark parse is quadratic on deep lists and long tab-filled paragraphs,
// and several times slower on ordinary minutes); test/markdown-reader.test.ts checks this reader
// against remark's mdast on every markdown fixture.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TASK = /^\[([ xX])\][ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const ATTRIBUTE_LIST = /^ {0,3}\{:[^{}]*\}\s*$/;
const HTML_START = /^ {0,3}</;
// A fixed-width header's first cell is a word or three, then a run of spaces: anchored, so long lines cost nothing.
const COLUMN_HEADER_START = /^[^\s#>*+|-](?:\S| (?! )){0,40} {2}/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>\s*$)/;

/** Markdown minutes to the line model. */
const PROPERTY = /^(\s*(?:[-*+][ \t]+)?)([A-Za-z][\w-]{0,30}):: ?(.*)$/;
const BOOKKEEPING_PROPERTIES = new Set(['id', 'collapsed', 'heading', 'background-color', 'icon', 'template', 'template-including-parent', 'filters', 'public', 'exclude-from-graph-view']);
const HEADING_SHORTCODE = /^(?::[a-z\d_+-]{1,40}:|\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]{0,8})\s+/u;
const PAGE_LINK = /\[\[([^\[\]]+)\]\]/g;
const LINKS_SIDE_BY_SIDE = /(\]\]|\))[ \t]+(?=\[\[)/g;
const DRAWER_START = /^\s*:LOGBOOK:\s*$/;
const DRAWER_END = /^\s*:END:\s*$/;

/**
 * A `key:: value` line as the minutes mean it: a page's title its heading, another page property a labelled line
 * (`Attendees: Priya Raman, …`, page links as the names they link to), a block's bookkeeping nothing (null);
 * any other line as it is.
 */
export function outlinerField(raw: string): string | null {
  const property = PROPERTY.exec(raw);
  if (!property) return raw;
  const key = property[2].toLowerCase();
  if (BOOKKEEPING_PROPERTIES.has(key)) return null;
  // Roam sets page links side by side ("[[Jo Doe]] [[Sam Lee]]", "[[Noor Haddad]] (Clearpath) [[Seun Adebayo]]"): a list.
  const value = property[3].replace(LINKS_SIDE_BY_SIDE, '$1, ').replace(PAGE_LINK, '$1');
  return key === 'title' ? `# ${value}` : `${property[1]}${property[2][0].toUpperCase()}${property[2].slice(1)}: ${value}`;
}

// "> [!success] Decision", "> [!NOTE]": an Obsidian callout's or a GitHub alert's first line, its kind and its title.
const CALLOUT = /^\[![\w-]{1,20}\][+-]?(?:[ \t]+(.*))?$/;

/**
 * A callout's first line as the minutes mean it: a short title labels what the callout holds ("Decision" → "Decision:"),
 * a longer one is a line of text, and a callout's kind alone is no text ('').
 */
export function calloutTitle(raw: string): string {
  const callout = CALLOUT.exec(raw.trim());
  if (!callout) return raw;
  const title = (callout[1] ?? '').trim();
  return /^[\p{L}' ]{1,40}$/u.test(title) && title.split(' ').length <= 4 ? `${title}:` : title;
}

/** A heading's text without the emoji, or its shortcode, that decorates it ("## :rocket: 3.2 release", "## ✅ Decisions"). */
export function withoutShortcode(title: string): string {
  return title.replace(HEADING_SHORTCODE, '');
}

/** Whether a line opens or closes a Logseq drawer (`:LOGBOOK:` … `:END:`), which holds no text of the minutes. */
export function isDrawerStart(raw: string): boolean {
  return DRAWER_START.test(raw);
}
export function isDrawerEnd(raw: string): boolean {
  return DRAWER_END.test(raw);
}

export function readMarkdown(file: string, text: string): Source {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text);
  // A whole document on one line is cut into its lines (an HTML block on one line is read whole, below).
  const { lines: fullLines, numbers } = splitLongLines(splitLines(body), (line) => HTML_START.test(line));
  const rawLines = fullLines.map((line) => line.slice(0, MAX_LINE_LENGTH));
  const truncated: number[] = [];
  const lines: Line[] = [];
  let afterBreak = true;
  let fence: string | null = null;
  let fencedTable: string | null = null;
  let inComment = false;
  let tableColumns = 0;
  // The end of the last HTML block found without a table, so that its lines are not searched again.
  let plainHtmlUntil = 0;
  for (let index = 0; index < rawLines.length; index++) {
    const lineNumber = (numbers === null ? index + 1 : numbers[index]) + lineOffset;
    let raw = rawLines[index];
    if (fence !== null) {
      if (raw.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      continue;
    }
    if (fencedTable !== null && raw.trimStart().startsWith(fencedTable)) {
      fencedTable = null;
      afterBreak = true;
      tableColumns = 0;
      continue;
    }
    const opening = opensWith(raw, ' `~') ? FENCE.exec(raw) : null;
    if (opening) {
      afterBreak = true;
      // A table put in a code block to keep its columns aligned is still a table (attendee lists do this).
      if (isFencedTable(rawLines, index)) {
        fencedTable = opening[1];
        continue;
      }
      fence = opening[1];
      continue;
    }
    if (index >= plainHtmlUntil && raw.includes('<')) {
      const block = findHtmlBlock(fullLines, index);
      if (block?.table) {
        for (const line of readHtmlBlock(fullLines.slice(index, block.end), lineNumber, truncated)) lines.push(line);
        index = block.end - 1;
        afterBreak = true;
        tableColumns = 0;
        continue;
      }
      if (block) plainHtmlUntil = block.end;
    }
    if (opensWith(raw, ' <') && HTML_BLOCK.test(raw)) {
      inComment = raw.includes('<!--') && !raw.includes('-->');
      afterBreak = true;
      continue;
    }
    let quoted = false;
    while (opensWith(raw, ' >') && QUOTE.test(raw)) {
      raw = raw.replace(QUOTE, '');
      quoted = true;
    }
    if (quoted && raw.startsWith('[!')) raw = calloutTitle(raw);
    // Logseq and Obsidian (Dataview) write fields as `key:: value`. A page's (`attendees:: [[Jo]], [[Sam]]`) is a
    // labelled line like `Attendees: …`; a block's bookkeeping (`id:: 6743…`, `collapsed:: true`) and its
    // `:LOGBOOK:` … `:END:` drawer are no text of the minutes.
    if (raw.includes('::') || raw.includes(':LOGBOOK:')) {
      if (isDrawerStart(raw)) {
        while (index + 1 < rawLines.length && !isDrawerEnd(rawLines[index])) index++;
        continue;
      }
      const field = outlinerField(raw);
      if (field === null) continue;
      raw = field;
    }
    // A kramdown attribute list ("{: #resolution1 .resolution}") styles the block above; it is not text.
    if (opensWith(raw, ' {') && ATTRIBUTE_LIST.test(raw)) continue;
    if (raw.trim() === '') {
      afterBreak = true;
      tableColumns = 0;
      continue;
    }

    // Grid and fixed-width tables that exports (pandoc, Word, PDF) leave in markdown start a block.
    if (afterBreak && rawLines[index + 1] && (raw.startsWith('+') || COLUMN_HEADER_START.test(raw))) {
      const end = pushTextTable(rawLines, index, lines, (at) => (numbers === null ? at + 1 : numbers[at]) + lineOffset, truncated);
      if (end > index) {
        index = end - 1;
        continue;
      }
    }
    const previous = lines[lines.length - 1];
    if (opensWith(raw, ' =-') && SETEXT.test(raw) && !afterBreak && previous?.line === lineNumber - 1 && previous.kind === 'text' && !previous.cells) {
      // The underline makes the whole paragraph a heading; as with remark, its first line carries it.
      let first = lines.length - 1;
      while (first > 0 && !lines[first].blockStart && lines[first - 1].kind === 'text' && !lines[first - 1].cells) first--;
      lines[first].kind = 'heading';
      lines[first].depth = raw.trim().startsWith('=') ? 1 : 2;
      afterBreak = true;
      continue;
    }
    if (opensWith(raw, ' -*_') && RULE.test(raw)) {
      afterBreak = true;
      continue;
    }

    // A GFM table: a row of cells, its delimiter row, then rows until a blank line.
    if (tableColumns === 0 && raw.includes('|') && DELIMITER_ROW.test(rawLines[index + 1] ?? '') && rawLines[index + 1].includes('-')) {
      const cells = splitRow(raw);
      tableColumns = cells.length;
      lines.push(row(cells, lineNumber, truncated));
      index++;
      continue;
    }
    if (tableColumns > 0) {
      lines.push(row(splitRow(raw).slice(0, tableColumns), lineNumber, truncated));
      continue;
    }

    const heading = opensWith(raw, ' #') ? HEADING.exec(raw) : null;
    // "-<TAB>Chair<TAB>Jo Doe" under a tab-separated row: a dash for an empty first cell, not a bullet.
    const item = heading || !opensWith(raw, ' \t-*+0123456789') || continuesTabTable(raw, lines, lineNumber) ? null : LIST_ITEM.exec(raw);
    // Fields are passed by name, not spread from `inline`: spreading into a literal is slow in V8.
    let line: Line;
    if (heading) {
      // "## Title ##": closing hashes are not part of the title.
      // "## :rocket: 3.2 release": an emoji's shortcode decorates a heading, as an emoji does.
      const title = withoutShortcode(raw.slice(heading[0].length).trimEnd().replace(/(?:^|[ \t])#+$/, ''));
      const { text, lead } = inline(title);
      line = makeLine({ line: lineNumber, kind: 'heading', depth: heading[1].length, text, lead });
    } else if (item && item[3] !== undefined) {
      let content = item[3];
      const task = TASK.exec(content);
      if (task) content = content.slice(task[0].length);
      const indent = item[1].replace(/\t/g, '    ').length;
      const { text, lead } = inline(content);
      line = makeLine({ line: lineNumber, kind: 'item', depth: Math.floor(indent / 2), marker: /\d/.test(item[2]) ? item[2].replace(')', '.') : '-', checked: task ? task[1] !== ' ' : null, text, lead });
    } else {
      // A Word table pasted as tab-separated text.
      // Not a heading's text: a setext underline below makes the line a heading.
      const cells = raw.includes('\t') && !SETEXT.test(rawLines[index + 1] ?? '') ? splitTabs(raw, widthAbove(lines, lineNumber)) : null;
      if (cells) {
        lines.push(row(cells, lineNumber, truncated));
        continue;
      }
      const { text, lead } = inline(raw);
      line = makeLine({ line: lineNumber, text, lead });
    }
    if (line.text === '') continue;
    line.text = capLine(line.text, lineNumber, truncated);
    line.blockStart = afterBreak || line.kind !== 'text' || previous?.kind === 'heading';
    afterBreak = line.kind === 'heading';
    if (line.kind === 'text' && !line.blockStart && !line.cells) {
      closeEmphasis(lines, line);
      // "- [ ] @yuki: check whether …" / "  this week, will pick it up": a task's wrapped line is in its box too.
      if (previous?.checked != null && (previous.kind === 'item' || previous.kind === 'text')) line.checked = previous.checked;
    }
    lines.push(line);
  }
  return { file, lines, frontMatter, text, truncated };
}

/**
 * "*Pasted from the email by Rosa." / "… was Deepak.*": emphasis that opens on a paragraph's first line and closes on
 * a later one, which a line-by-line reading leaves in the text; remark reads the pair as one emphasis.
 */
function closeEmphasis(lines: Line[], last: Line): void {
  const mark = last.text.at(-1);
  if ((mark !== '*' && mark !== '_') || last.text.at(-2) === mark) return;
  let first = lines.length - 1;
  while (first > 0 && !lines[first].blockStart && lines[first - 1].kind === 'text' && !lines[first - 1].cells) first--;
  const opening = lines[first];
  if (opening?.kind !== 'text' || opening.cells || opening.text[0] !== mark || opening.text[1] === mark || /\s/.test(opening.text[1] ?? ' ')) return;
  opening.text = opening.text.slice(1);
  last.text = last.text.slice(0, -1);
}

/**
 * Whether the line's first character is one of `chars`. Each block pattern opens with a space or one of a
 * few characters, so a line of prose skips them all without a search.
 */
function opensWith(raw: string, chars: string): boolean {
  return raw.length > 0 && chars.includes(raw[0]);
}

/** Whether a line is one more row of the tab-separated table straight above it, as wide as that table's row. */
function continuesTabTable(raw: string, lines: readonly Line[], lineNumber: number): boolean {
  const width = raw.includes('\t') ? widthAbove(lines, lineNumber) : 0;
  return width > 0 && splitTabs(raw, width)?.length === width;
}

/** Pushes the rows of a grid or fixed-width table starting at `index`; returns the index after it, or `index` when none starts there. */
function pushTextTable(rawLines: string[], index: number, lines: Line[], lineNumberOf: (index: number) => number, truncated: number[]): number {
  const table = readTextTableAt(rawLines, index);
  if (!table) return index;
  for (const [at, cells] of table.rows) if (cells) lines.push(row(cells, lineNumberOf(at), truncated));
  return table.end;
}

/** True when the code block opening at `index` holds only a pipe table: a header row and its delimiter row first. */
export function isFencedTable(rawLines: string[], index: number): boolean {
  const header = rawLines[index + 1] ?? '';
  const delimiter = rawLines[index + 2] ?? '';
  return FENCE.exec(rawLines[index])![0].trim().length === rawLines[index].trim().length && header.includes('|') && delimiter.includes('-') && DELIMITER_ROW.test(delimiter);
}

function row(cells: string[], lineNumber: number, truncated: number[]): Line {
  const clean = cells.map((cell) => inline(cell).text);
  return makeLine({ line: lineNumber, text: capLine(clean.filter(Boolean).join(' '), lineNumber, truncated), cells: clean, blockStart: true });
}

/** Cells of a pipe row: split on unescaped pipes, outer pipes dropped. */
function splitRow(raw: string): string[] {
  const cells = raw.trim().split(/(?<!\\)\|/);
  if (cells[0].trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.map((cell) => cell.replace(/\\\|/g, '|'));
}

// Where an escaped ASCII character waits, as a private-use character, while the markup is taken out.
const ESCAPED = 0xe100;
const MARKUP_CHARACTERS = ['!', '[', '<', '*', '_', '~', '\\', '&'];

/** Whether `inline` has anything to replace: one of its characters, or a hard break ("  " at the end). */
function hasInlineMarkup(text: string): boolean {
  // One-character searches are several times faster than one character-class scan of the line.
  return MARKUP_CHARACTERS.some((char) => text.includes(char)) || text.endsWith('  ');
}

/** Inline markdown to words: emphasis and links unwrapped, code kept with its backticks, HTML dropped. */
function inline(text: string): { text: string; lead: string | null } {
  // Plain words (most of a set of minutes) skip the replacements.
  if (!hasInlineMarkup(text)) return { text: cleanLine(text), lead: null };
  // "***x***" is emphasis around strong text, which does not open the line with a bold lead.
  const lead = /^(\*\*|__)(?![*_])(.+?)\1/.exec(text.trim());
  // A backslash-escaped character ("\_\_\_" for a line to sign on) is that character, never markup: it is set aside
  // as a private-use character until the markup is gone.
  const escapes = text.includes('\\');
  const plain = (escapes ? text.replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => String.fromCharCode(ESCAPED + char.charCodeAt(0))) : text)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    // A line break inside a table cell separates what it holds ("… by 3 May.<br>OP and HS to …").
    .replace(/<br ?\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/<!--.*?-->/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" })[name] ?? _)
    .replace(/ {2,}$|\\$/, '');
  // Only characters set aside here go back: a private-use character the minutes hold themselves stays as it is.
  const restored = escapes ? plain.replace(/[\ue100-\ue17f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED)) : plain;
  return { text: cleanLine(restored), lead: lead ? cleanLine(inline(lead[2]).text).replace(/:$/, '').trim() : null };
}
