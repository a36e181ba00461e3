import { pdfLibrary } from '../libraries.js';
import { stripInlineMarkup } from '../text/normalise.js';
import { blocksOf, bodySize, type Block } from './pdf-blocks.js';
import { least, linesOf, most, regionsOf, runningLines, type TextLine, type TextPiece } from './pdf-lines.js';
import { escapeHtml } from '../text/html-escape.js';

// PDF minutes: pdf.js gives each page's text in pieces with their places; those are rebuilt into
// lines in reading order (src/read/pdf-lines.ts) and into paragraphs, headings, list items and
// tables (src/read/pdf-blocks.ts), written out as HTML that the HTML reader (src/read/html.ts) reads
// like any web page — one line of HTML to each rebuilt line, so that a line number is the line's
// number in the text rebuilt from the whole document (a table row counts as one line).

/** A PDF that could not be read: the problem, in words, for the message naming the file. */
export class PdfError extends Error {}

/** More pages than minutes ever have: refused, so that a hostile file cannot fill memory page by page. */
export const MAX_PAGES = 5000;

/** The HTML of a PDF's text, one rebuilt line to a line, with where each page starts in a closing comment (see pageStartsOf). */
export async function pdfToHtml(bytes: Uint8Array, maxSize: number): Promise<string> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new PdfError('is not a PDF (it does not start with %PDF-)');
  // pdf.js reads what it can of a cut-off file; minutes read in part would be wrong without a word.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1').includes('%%EOF')) throw new PdfError('is not a readable PDF (it is truncated: its end-of-file mark is missing)');
  const pages = await readPages(bytes, maxSize);
  if (!pages.some((page) => page.some((piece) => piece.text.trim() !== ''))) throw new PdfError('has no text layer (a scanned document?); run OCR first');
  return htmlOf(documentBlocks(pages), pages.length);
}

/** Each page's pieces of text, in points from the page's top left corner. */
async function readPages(bytes: Uint8Array, maxSize: number): Promise<TextPiece[][]> {
  let pdfjs: Awaited<ReturnType<typeof pdfLibrary>>;
  try {
    pdfjs = await pdfLibrary();
  } catch (error) {
    // pdf.js takes DOMMatrix (which Node lacks) from @napi-rs/canvas, an optional package that npm
    // installs where it has a build for the system.
    if (!('DOMMatrix' in globalThis)) throw new PdfError('cannot be read on this system: pdf.js needs the @napi-rs/canvas package, which is not installed (npm install @napi-rs/canvas)');
    throw error;
  }
  // A copy: pdf.js may hand the buffer over to its worker.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as Error).name === 'PasswordException') throw new PdfError('is protected by a password; vawg cannot read it (save a copy without the password)');
    throw new PdfError(`is not a readable PDF (${firstLine(error)})`);
  }
  try {
    if (document.numPages > MAX_PAGES) throw new PdfError(`has ${document.numPages} pages, over the ${MAX_PAGES} that vawg reads`);
    const pages: TextPiece[][] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const height = page.view[3] - page.view[1];
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ text: item.str, x: x - page.view[0], y: height - (y - page.view[1]), width: item.width, size: Math.hypot(a, b) || item.height });
        characters += item.str.length;
      }
      page.cleanup();
      // --max-size bounds the text read, as it does the file.
      if (characters > maxSize) throw new PdfError('holds more text than the --max-size limit (raise it with --max-size)');
      pages.push(pieces);
    }
    return pages;
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError(`is not a readable PDF (${firstLine(error)})`);
  } finally {
    await document.destroy();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** The pages' text as blocks, less running headers and footers. */
function documentBlocks(pages: TextPiece[][]): Block[] {
  const running = runningLines(pages.map(linesOf));
  const regions = pages.map((pieces, page) => {
    const all = linesOf(pieces);
    const dropped = [...running[page]].map((index) => all[index]);
    return regionsOf(pieces.filter((piece) => !dropped.some((line) => onLine(piece, line)))).map(linesOf);
  });
  // The left margin of pages set in one column, the same on every page (a page that holds only a
  // table has its text inside it).
  const margin = least(regions.flatMap((page) => (page.length === 1 ? page[0].map((line) => line.segments[0].x) : [])));
  const lines = regions.flatMap((page, pageIndex) =>
    page.flatMap((regionLines, index) => {
      const left = page.length === 1 ? margin : least(regionLines.map((line) => line.segments[0].x));
      const right = most(regionLines.map((line) => line.segments[line.segments.length - 1].end));
      return regionLines.map((line) => ({ ...line, page: pageIndex, region: index, left, right }));
    }),
  );
  return blocksOf(lines, bodySize(lines));
}

function onLine(piece: TextPiece, line: TextLine): boolean {
  return Math.abs(piece.y - line.y) <= 0.4 * Math.max(piece.size, line.size) && piece.text.trim() !== '';
}

/** The blocks as HTML, one rebuilt line to a line of HTML; where each page starts in a comment at the end. */
function htmlOf(blocks: Block[], pageCount: number): string {
  const out: string[] = [];
  // The page of each line of `out`.
  const pages: number[] = [];
  const compounds = hyphenatedWords(blocks);
  const headingSizes = [...new Set(blocks.flatMap((block) => (block.kind === 'heading' ? [block.size] : [])))].sort((a, b) => b - a);
  for (const block of blocks) {
    const lines = blockHtml(block, headingSizes, compounds);
    out.push(...lines);
    if (block.kind === 'table') pages.push(...block.rows.map((row) => row.page));
    else pages.push(...block.pages);
  }
  // A page with no line of its own starts where the next one does.
  const pageStarts = Array.from({ length: pageCount }, (_, page) => {
    const first = pages.findIndex((other) => other >= page);
    return (first < 0 ? out.length : first) + 1;
  });
  if (out.length === 0) out.push('');
  return `<!DOCTYPE html><html><body>${out.join('\n')}</body></html>\n${PAGE_STARTS}${pageStarts.join(' ')} -->\n`;
}

const PAGE_STARTS = '<!-- vawg page starts: ';

/** One block's lines of HTML. */
function blockHtml(block: Block, headingSizes: number[], compounds: Set<string>): string[] {
  if (block.kind === 'table') {
    const rows = block.rows.map((row) => `<tr>${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
    if (rows.length > 0) {
      rows[0] = `<table>${rows[0]}`;
      rows[rows.length - 1] += '</table>';
    }
    return rows;
  }
  const lines = joinHyphenated(block.lines, compounds).map(withMarkup);
  const last = lines.length - 1;
  const [open, close] =
    block.kind === 'heading'
      ? [`<h${Math.min(6, headingSizes.indexOf(block.size) + 1)}>`, `</h${Math.min(6, headingSizes.indexOf(block.size) + 1)}>`]
      : block.kind === 'item'
        ? [`${listTag(block.number)}<li>`, `</li></${block.number ? 'ol' : 'ul'}>`]
        : ['<p>', '</p>'];
  lines[0] = open + lines[0];
  lines[last] += close;
  return lines;
}

/** The list an item opens: bulleted, or numbered from its own number or letter, as the HTML reader reads `<ol>`. */
function listTag(number: string | undefined): string {
  if (!number) return '<ul>';
  if (/^\d+$/.test(number)) return `<ol start="${number}">`;
  const lower = number.toLowerCase();
  return `<ol type="${number === lower ? 'a' : 'A'}" start="${lower.charCodeAt(0) - 96}">`;
}

/**
 * A word hyphenated at a line's end made whole on the first line, the line count kept: "recom-" /
 * "mendation" without its hyphen (before a lowercase letter), "Vice-" / "Chair" and "MHLDA-2411-" /
 * "04" with it, and "non-" / "disadvantaged" with it where the document writes the word with its
 * hyphen inside a line (`compounds`): a word processor breaks a line at a hyphen the word has.
 */
function joinHyphenated(lines: string[], compounds: Set<string>): string[] {
  const joined = [...lines];
  for (let i = 0; i + 1 < joined.length; i++) {
    if (!/[\p{L}\d]-$/u.test(joined[i]) || !/^[\p{L}\d]/u.test(joined[i + 1])) continue;
    const [word, ...rest] = joined[i + 1].split(' ');
    const compound = `${/[\p{L}\d-]+$/u.exec(joined[i])![0]}${word}`.replace(/\P{L}+$/u, '').toLowerCase();
    const dropHyphen = /\p{Ll}-$/u.test(joined[i]) && /^\p{Ll}/u.test(word) && !compounds.has(compound);
    joined[i] = (dropHyphen ? joined[i].slice(0, -1) : joined[i]) + word;
    joined[i + 1] = rest.join(' ');
  }
  return joined;
}

/** The words the document writes with a hyphen inside them, within a line or a table's cell, in lowercase. */
function hyphenatedWords(blocks: Block[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) {
    const texts = block.kind === 'table' ? block.rows.flatMap((row) => row.cells) : block.lines;
    for (const text of texts) for (const [word] of text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(word.toLowerCase());
  }
  return words;
}

/**
 * A line as HTML. A PDF printed from markdown-style text shows its `**bold**` marks: they are read
 * as the plain-text reader reads them, a bold lead opening the line, and the other marks dropped.
 */
function withMarkup(text: string): string {
  const lead = /^\*\*([^*]+)\*\*(?=\s|$)/.exec(text);
  const rest = stripInlineMarkup(lead ? text.slice(lead[0].length) : text);
  return lead ? `<b>${escapeHtml(lead[1])}</b>${escapeHtml(rest)}` : escapeHtml(rest);
}

/** Where each page starts (the number of its first line), from the HTML pdfToHtml wrote; undefined for other HTML. */
export function pageStartsOf(html: string): number[] | undefined {
  const at = html.lastIndexOf(PAGE_STARTS);
  if (at < 0 || html.length - at > 64 + 8 * MAX_PAGES) return undefined;
  const numbers = html.slice(at + PAGE_STARTS.length).replace(/-->\s*$/, '').trim().split(' ').map(Number);
  return numbers.every(Number.isInteger) ? numbers : undefined;
}

/** Whether a file's name says it is a PDF. */
export function isPdfFile(file: string): boolean {
  return /\.pdf$/i.test(file);
}
