/** Agenda item numbering schemes and heading styles, shared by items and by labels written as headings. */
import type { Rng } from './prng.js';

export const HEADING_STYLES = ['md-hash', 'bold', 'caps', 'underlined', 'plain'] as const;
export type HeadingStyle = (typeof HEADING_STYLES)[number];

export const NUMBERINGS = ['dot', 'colon', 'paren', 'roman', 'coded-prefixed', 'coded-slash', 'coded-decimal', 'item-word', 'minute-word'] as const;
export type Numbering = (typeof NUMBERINGS)[number];

export const SUB_ITEMS = ['none', 'paren-letter', 'letter-paren', 'paren-roman', 'decimal'] as const;
export type SubItems = (typeof SUB_ITEMS)[number];

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** A numbering scheme fixed for one meeting: the k-th item's marker as written and its number in the model. */
export interface Scheme {
  numbering: Numbering;
  marker(k: number, markdown: boolean, escape: boolean): { written: string; number: string };
  /** Whether decimal sub-items (`3.1`) read naturally after this scheme's numbers. */
  arabic: boolean;
}

export function createScheme(numbering: Numbering, code: string, year: number, month: number, rng: Rng): Scheme {
  const yy = String(year % 100).padStart(2, '0');
  const start = rng.int(20, 140);
  const codedSep = rng.pick(['\t', '   ', ' – ', ' ']);
  const wordSep = rng.pick([': ', ' – ', '. ']);
  const plainSep = rng.pick([' ', '  ', '\t']);
  const arabic = ['dot', 'colon', 'paren', 'item-word', 'minute-word'].includes(numbering);
  return {
    numbering,
    arabic,
    marker(k, markdown, escape) {
      const n = k + 1;
      switch (numbering) {
        case 'dot': return { written: `${n}${escape && markdown ? '\\.' : '.'}${plainSep}`, number: String(n) };
        case 'colon': return { written: `${n}:${plainSep}`, number: String(n) };
        case 'paren': return { written: `${n}${escape && markdown ? '\\)' : ')'}${plainSep}`, number: String(n) };
        case 'roman': return { written: `${roman(n)}.${plainSep}`, number: roman(n) };
        case 'coded-prefixed': return { written: `${code}/${yy}/${start + k}${codedSep}`, number: `${code}/${yy}/${start + k}` };
        case 'coded-slash': return { written: `${yy}/${start + k}${codedSep}`, number: `${yy}/${start + k}` };
        case 'coded-decimal': {
          const number = `${yy}${String(month).padStart(2, '0')}.${String(n).padStart(2, '0')}`;
          return { written: `${number}${codedSep}`, number };
        }
        case 'item-word': return { written: `Item ${n}${wordSep}`, number: String(n) };
        case 'minute-word': return { written: `Minute ${start + k}${wordSep}`, number: String(start + k) };
      }
    },
  };
}

/** A heading line (or two, when underlined) in one style. `text` is already numbered if it is an item. */
export function headingLines(text: string, style: HeadingStyle, markdown: boolean, rng: Rng): string[] {
  switch (style) {
    case 'md-hash': return [`${rng.pick(['##', '###'])} ${text}`];
    case 'bold': return [`**${text}**`];
    case 'caps': return [text.toUpperCase()];
    case 'underlined': return [text, rng.pick(['=', '-']).repeat(Math.max(3, [...text].length + (markdown ? 0 : rng.int(-2, 2))))];
    case 'plain': return [text];
  }
}

/** Whether a heading style would turn `1. Title` into a markdown list item, so the number must be escaped. */
export const needsEscape = (style: HeadingStyle) => style === 'underlined';

export const SUB_TITLES = ['Quarterly accounts', 'Internal audit plan', 'Grant applications', 'Insurance renewal',
  'Recruitment update', 'Website refresh', 'Training records', 'Complaints received'];

/** The marker of the j-th sub-item of an item, or null when sub-items are off. */
export function subMarker(kind: SubItems, j: number, itemNumber: string): string {
  const letter = String.fromCharCode(97 + j);
  switch (kind) {
    case 'none': return '';
    case 'paren-letter': return `(${letter}) `;
    case 'letter-paren': return `${letter}) `;
    case 'paren-roman': return `(${roman(j + 1).toLowerCase()}) `;
    case 'decimal': return `${itemNumber}.${j + 1} `;
  }
}
