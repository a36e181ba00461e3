import { wordLibrary, zipLibrary } from '../libraries.js';
import { HEADING_STYLE, headingNumbers } from './word-numbering.js';
import { escapeHtml } from '../text/html-escape.js';

// Word minutes: mammoth turns the .docx into HTML (headings from heading styles, lists from Word's
// list definitions, tables with their cells, bold runs), which the HTML reader (src/read/html.ts)
// then reads like any web page. Tracked insertions are read and deletions dropped (the text as if
// the changes were accepted), and a document with changes not yet accepted says so (see
// UNACCEPTED_CHANGES); comments, images, footnote marks and headers and footers are left out.

/** A Word document that could not be read: the problem, in words, for the message naming the file. */
export class WordError extends Error {}

/**
 * The HTML of a Word document, one paragraph (or heading, list item, table row) to a line, so that
 * a line number in it is the paragraph's number in the document, counted from 1.
 */
export async function wordToHtml(bytes: Uint8Array, maxSize: number): Promise<string> {
  const older = compoundFileProblem(bytes);
  if (older) throw new WordError(older);
  if (!isZip(bytes)) throw new WordError('is not a Word document (.docx is a zip file, and this is not one)');
  const unpacked = unpackedSize(bytes);
  if (unpacked === null) throw new WordError('is not a readable Word document (the zip file is truncated or corrupt)');
  // Checked before anything is decompressed: a zip bomb is refused without filling memory. Word's XML
  // is several times the size of its text, hence the margin over --max-size.
  if (unpacked > XML_PER_TEXT * maxSize) throw new WordError(`unpacks to ${Math.round(unpacked / 1024 / 1024)} MB, over ${XML_PER_TEXT} times the --max-size limit`);
  const mammoth = wordLibrary();
  const numbers: number[] = [];
  let html: string;
  let changes: boolean;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        transformDocument: (document: WordElement) => {
          numberLists(document, numbers);
          return document;
        },
      },
    );
    const parts = await readParts(bytes);
    changes = parts.changes;
    html = withHeadingNumbers(result.value, parts.headings);
  } catch (error) {
    throw new WordError(`is not a readable Word document (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
  // On the first paragraph's line, so that every paragraph keeps its number as its line.
  return (changes ? UNACCEPTED_CHANGES : '') + oneBlockALine(withListStarts(html, numbers));
}

/**
 * What the HTML of a Word document opens with when the document has tracked changes not yet accepted:
 * the reader (readHtml) notes it, and the parse warns that the text was read as if they were accepted.
 */
export const UNACCEPTED_CHANGES = '<meta name="vawg-tracked-changes" content="not accepted">';

/** The parts of the document vawg reads itself: whether it has tracked changes, and its headings' numbers. */
async function readParts(bytes: Uint8Array): Promise<{ changes: boolean; headings: (string | null)[] }> {
  const zip = await zipLibrary().loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string');
  const document = await read('word/document.xml');
  if (document === undefined) return { changes: false, headings: [] };
  // `\b` keeps out the elements whose names only begin so: <w:delText>, <w:moveFromRangeStart>.
  const changes = /<w:(?:ins|del|moveFrom|moveTo)\b/.test(document);
  return { changes, headings: headingNumbers({ document, numbering: await read('word/numbering.xml'), styles: await read('word/styles.xml') }) };
}

/**
 * mammoth's HTML with each heading's number, as Word shows it, before its text. Only when there are
 * as many numbers as headings: otherwise the document was followed differently, and no number is
 * better than a wrong one.
 */
function withHeadingNumbers(html: string, numbers: (string | null)[]): string {
  const headings = html.match(/<h[1-6]>/g) ?? [];
  if (headings.length !== numbers.length || numbers.every((number) => number === null)) return html;
  let index = 0;
  return html.replace(/<h[1-6]>/g, (tag) => {
    const number = numbers[index++];
    return number === null ? tag : `${tag}${escapeHtml(number)} `;
  });
}

/**
 * Why a file that is an OLE compound file (the container of Word 97–2003 .doc files, and of .docx
 * files encrypted with a password) cannot be read, or null when it is not one.
 */
export function compoundFileProblem(bytes: Uint8Array): string | null {
  if (!COMPOUND_FILE.every((byte, at) => bytes[at] === byte)) return null;
  // The container's directory names its streams in UTF-16: an encrypted .docx keeps the document in
  // "EncryptedPackage", a Word 97–2003 document in "WordDocument".
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (names.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return 'is password-protected (an encrypted Word document); save a copy without the password and read that';
  if (names.includes(Buffer.from('WordDocument', 'utf16le'))) return 'is an old Word 97–2003 document (.doc); open it in Word or LibreOffice and save it as .docx';
  return 'is an old Office document, not a .docx; open it in Word or LibreOffice and save it as .docx';
}

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const XML_PER_TEXT = 8;

/**
 * The sum of the sizes a zip file's central directory gives its files unpacked, or null when the
 * directory is missing or runs past the end of the file (a truncated or corrupt zip).
 */
function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record sits at the end, after a comment of at most 65535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65535; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** A zip file opens with a local file header, "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface WordElement {
  type: string;
  children?: unknown[];
  numbering?: { isOrdered: boolean; level: string } | null;
  styleId?: string | null;
  styleName?: string | null;
}

/**
 * The number Word shows on each numbered paragraph, in document order. A list goes on counting
 * past the paragraphs between its items (agenda items with their minutes in between), which
 * mammoth's HTML, one <ol> per run of items, would restart at 1. Each level of a list definition
 * counts on its own; an item of a shallower level starts the deeper ones again.
 */
function numberLists(root: WordElement, numbers: number[]): void {
  const counters = new Map<object, { level: number; count: number }>();
  const visit = (element: WordElement) => {
    if (element.type === 'paragraph' && element.numbering) {
      const level = Number(element.numbering.level) || 0;
      for (const counter of counters.values()) if (counter.level > level) counter.count = 0;
      if (element.numbering.isOrdered) {
        const counter = counters.get(element.numbering) ?? { level, count: 0 };
        counter.count++;
        counters.set(element.numbering, counter);
        // A numbered heading stays a heading (mammoth gives it no <li>); its number is put in its
        // text (withHeadingNumbers).
        if (!HEADING_STYLE.test(element.styleName ?? element.styleId ?? '')) numbers.push(counter.count);
      }
    }
    for (const child of element.children ?? []) visit(child as WordElement);
  };
  visit(root);
}

/** mammoth's HTML with each <ol> given the number of its first item as its `start`. */
function withListStarts(html: string, numbers: number[]): string {
  const open: string[] = [];
  let item = 0;
  const starts: number[] = [];
  const pendingOl: number[] = [];
  // mammoth writes these tags bare, and escapes every "<" in the text.
  for (const tag of html.matchAll(/<(\/?)(ol|ul|li)>/g)) {
    if (tag[1] === '/') {
      open.pop();
      continue;
    }
    if (tag[2] === 'li' && open[open.length - 1] === 'ol') {
      const number = numbers[item++] ?? 1;
      const waiting = pendingOl.pop();
      if (waiting !== undefined) starts[waiting] = number;
    }
    if (tag[2] === 'ol') pendingOl.push(starts.push(1) - 1);
    open.push(tag[2]);
  }
  let index = 0;
  return html.replace(/<ol>/g, () => {
    const start = starts[index++] ?? 1;
    return start === 1 ? '<ol>' : `<ol start="${start}">`;
  });
}

/** A line break before each paragraph, heading, list item and table row: the line number is the block's number. */
function oneBlockALine(html: string): string {
  return html.replace(/<(?=(?:p|h[1-6]|li|tr)[\s>])/g, '\n<').replace(/^\n/, '');
}

/** Whether a file's name says it is a Word document. */
export function isWordFile(file: string): boolean {
  return /\.docx$/i.test(file);
}
