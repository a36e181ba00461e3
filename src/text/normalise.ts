import { letterPattern } from './letters.js';

/** Text clean-up shared by the readers and the extractors. */

// U+2028 and U+2029 are line and paragraph separators: in the middle of a line they stand for a space.
const SPACES = /[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** One line as the extractors see it: odd spaces folded, runs of whitespace collapsed, trimmed. */
export function cleanLine(line: string): string {
  // Most lines need only trimming; the replacements run for the few that have odd or repeated spaces.
  return needsCleaning(line) ? cleanSpaces(line) : line.trim();
}

const NEEDS_CLEANING = /[\t\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** True when a line has odd spaces, tabs or a run of spaces: false means `cleanLine` only trims it. */
export function needsCleaning(line: string): boolean {
  return NEEDS_CLEANING.test(line);
}

/** `cleanLine` for a line known to need cleaning. */
export function cleanSpaces(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(SPACES, ' ').replace(/[ \t]+/g, ' ').trim();
}

/**
 * The text in lower case, every character where it was: a pattern written in lower case, with no letter
 * beyond ASCII, matches it as the same pattern with the i flag matches the text (that flag never pairs an
 * ASCII letter with another character, and such a pattern tells no other letters apart by case).
 */
export function lowerCaseForMatching(text: string): string {
  // Of all characters only these two lower-case to an ASCII letter or to two characters: for a text
  // with one, only the ASCII capitals are lower-cased.
  if (text.includes('\u0130') || text.includes('\u212a')) return text.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase());
  return text.toLowerCase();
}

/** Plain-text lines may carry markdown emphasis, links and autolinks; keep only their words. */
export function stripInlineMarkup(text: string): string {
  // Four one-character searches are several times faster than one character-class scan.
  if (!text.includes('[') && !text.includes('<') && !text.includes('*') && !text.includes('_')) return text;
  return text
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}

/** Dash characters that minutes use where a hyphen may stand. */
export const DASH = '[-\u2010-\u2015\u2212]';

/** A separator dash: a hyphen with spaces around it, or any en/em dash. */
export const SPACED_DASH = `(?:\\s[-\u2010-\u2015\u2212]\\s|\\s?[\u2013\u2014]\\s?)`;

/** Lower-case, accent-free, punctuation-free words, for comparing names and texts. */
export function fold(text: string): string {
  // Most names and words are plain already: folding only lower-cases them ("Amara Adeyemi").
  if (isPlainWords(text)) return text.toLowerCase();
  if (isAscii(text)) return foldAscii(text);
  // Accents need Unicode decomposition and Unicode quotes and spaces need the full rules.
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b']/g, '')
    .replace(/[^a-z0-9@\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters, digits and @ in words separated by single spaces: folding only lower-cases it ("Amara Adeyemi"). */
function isPlainWords(text: string): boolean {
  let afterSpace = true; // no space at the start
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 64) afterSpace = false;
    else return false;
  }
  return !afterSpace || text === '';
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The same rules as `fold` for ASCII text in one pass: names and owners are folded many times per
 * meeting. Letters are lower-cased, apostrophes dropped, any other run of non-word characters
 * becomes one space, and spaces at the ends go.
 */
function foldAscii(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32; // A-Z
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 64) {
      // a-z, 0-9, @
      if (gap && out !== '') out += ' ';
      gap = false;
      out += String.fromCharCode(code);
    } else if (code !== 39) gap = true; // an apostrophe joins the letters around it
  }
  return out;
}

export function words(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** A capital first letter. */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_FIRST.test(text.slice(0, 2));
}

/** A lower-case first letter ("unwell", "(work commitments)"), as startsUpperCase. */
export function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return LOWER_FIRST.test(text.slice(0, 2));
}

const UPPER_FIRST = letterPattern(String.raw`^\p{Lu}`, 'u');
const LOWER_FIRST = letterPattern(String.raw`^\p{Ll}`, 'u');

// A line cut mid-phrase by a hard wrap or a narrow cell ("… siltation study of the", "Done – submitted on").
const OPEN_END = /\s(?:the|of|to|on|for|and|with|a|an|in|at|by|from|or)$/;

/** Whether the text stops on a word that cannot end a phrase: what follows it carries it on. */
export function endsMidPhrase(text: string): boolean {
  return OPEN_END.test(text);
}

/** Two lines of a wrapped text as one: "Secretary-" and "Treasurer" join with no space, as a hyphen at a wrap joins a compound. */
export function joinWrapped(first: string, second: string): string {
  return HYPHEN_AT_WRAP.test(first) && startsUpperCase(second) ? `${first}${second}` : `${first} ${second}`;
}
const HYPHEN_AT_WRAP = /\p{L}-$/u;
