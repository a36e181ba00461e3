import { MAX_LINE_LENGTH } from './source.js';

// Some exports lose their newlines and put a whole set of minutes on one line, thousands of
// characters long. Such a line is cut back into the lines it once had, at the places where minutes
// start a new line: a numbered item ("4.", "6.2", "140/18", "b)"), a roll or apology label, a
// RESOLVED or ACTION marker, a bullet; a piece still too long is cut at its sentence ends. Every
// piece keeps the number of the line it came from.

// Item numbers: "4.", "4\\.", "6.2", "6.2.1", "140/18", "3)", "b)", "(b)", "iv)"; then a word, a number or a quote.
const ITEM_NUMBER = '(?<=\\s)(?:\\d{1,3}(?:\\.\\d{1,2}){1,2}\\.?|\\d{1,3}\\\\?\\.|\\d{1,3}\\)|\\d{1,4}\\/\\d{2}|\\(?[a-z]\\)|\\(?[ivx]{2,4}\\))(?=\\s{1,3}[A-Z0-9\u201c\u2018"\'(])';
// Labels that open a roll, the apologies, a decision or an action.
const SECTION_LABEL = '(?<=\\s)(?=Present\\s?[:\u2013\u2014-]|(?:PRESENT|Apologies|APOLOGIES|Also [Pp]resent|Also in [Aa]ttendance|In [Aa]ttendance|RESOLVED|Resolved|ACTIONS?|Actions?|Declarations? of|DECLARATIONS?)[\\s:.\u2013\u2014-])';
// Bullets, including the private-use ones Word's symbol fonts leave behind.
const BULLET_MARK = '(?<=\\s)(?=[\u2022\u00b7\u25aa\u25cf\uf0a7\uf0b7]\\s)';
// A paragraph longer than this (some 250 words) with item numbers or labels inside is an export that
// lost its newlines: it is cut at them too.
const CUT_LENGTH = 1500;

/** Where a new logical line starts: after a space, before an item number followed by a word, a label or a bullet. */
const BOUNDARY = new RegExp(`${ITEM_NUMBER}|${SECTION_LABEL}|${BULLET_MARK}`, 'g');

/** A sentence end: a word of two letters or more, a full stop, question or exclamation mark, a space, a capital. */
const SENTENCE_END = /(?<=[a-z]{2}[.!?])\s+(?=[A-Z])/g;

/**
 * The lines of a text with each line over CUT_LENGTH cut into logical lines, a blank line
 * between pieces cut at a boundary (each starts a block) and none between sentences of one
 * paragraph, with each line's number in the file (null when no line was long: the line numbers
 * are then the indexes plus one). Lines `keep` says to keep are left whole.
 */
export function splitLongLines(lines: string[], keep: (line: string) => boolean = () => false): { lines: string[]; numbers: number[] | null } {
  if (!lines.some((line) => line.length > CUT_LENGTH)) return { lines, numbers: null };
  const out: string[] = [];
  const numbers: number[] = [];
  lines.forEach((line, index) => {
    const pieces = line.length > CUT_LENGTH && !keep(line) ? splitLongLine(line) : [line];
    for (const piece of pieces) {
      out.push(piece);
      numbers.push(index + 1);
    }
  });
  return { lines: out, numbers };
}

/** One overlong line as logical lines: '' marks a block boundary between two pieces. */
export function splitLongLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const piece = line.slice(start, match.index);
    // "2. Apologies for absence": a label straight after an item number is that item's title.
    if (isNumberOnly(piece)) continue;
    if (match.index > start) pushPiece(pieces, piece);
    start = match.index;
  }
  pushPiece(pieces, line.slice(start));
  return pieces;
}

/** An item number alone ("2.", "14/09/3", "b)"): one short word holding a digit or closing a bracket. */
function isNumberOnly(piece: string): boolean {
  const word = piece.trim();
  return word.length > 0 && word.length <= 10 && !word.includes(' ') && (/\d/.test(word) || word.endsWith(')'));
}

function pushPiece(pieces: string[], piece: string): void {
  const text = piece.trim();
  if (text === '') return;
  if (pieces.length > 0) pieces.push('');
  if (text.length <= MAX_LINE_LENGTH) {
    pieces.push(text);
    return;
  }
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    pieces.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(text.slice(start));
}
