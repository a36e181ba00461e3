import type { DateOrder } from '../model/types.js';
import { lowerCaseForMatching } from './normalise.js';

/** A date found in text, with where it sat so callers can cut it out. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  /** False when the text gave no year and one was assumed. */
  hasYear: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

// Each pattern is a fixed sequence of bounded pieces, so matching stays linear in the input. `lead` is the
// most a match can hold before its first digit: only "March 19" starts before one ("september." and a space).
const PATTERNS: { regex: RegExp; lead: number; read: (m: RegExpExecArray, order: DateOrder) => [number | null, number, number] | null }[] = [
  // "2025-04-15", and "2025/04/15" or "2025.04.15" as Japanese, Chinese and Korean minutes (and some German ones) write it.
  { regex: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g, lead: 0, read: (m) => [+m[1], +m[3], +m[4]] },
  {
    lead: 0,
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
    read: (m, order) => {
      const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      return order === 'mdy' ? [year, +m[1], +m[2]] : [year, +m[2], +m[1]];
    },
  },
  {
    // "28-07-2025", as Indian and some European minutes write it: with dashes, the year in full.
    lead: 0,
    regex: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g,
    read: (m, order) => (order === 'mdy' ? [+m[3], +m[1], +m[2]] : [+m[3], +m[2], +m[1]]),
  },
  {
    // "14-Mar-2024", "14 Mar-24": spreadsheet and Word date formats.
    lead: 0,
    regex: new RegExp(`\\b(\\d{1,2})[- ]${MONTH}-(\\d{4}|\\d{2})\\b`, 'gi'),
    read: (m) => [m[3].length === 2 ? 2000 + +m[3] : +m[3], MONTHS[m[2].toLowerCase()], +m[1]],
  },
  {
    lead: 0,
    // "20th November, 2025", "the 20th day of November, 2025" (as deeds and company minutes write it).
    regex: new RegExp(`\\b(\\d{1,2})${ORDINAL}(?: day)?(?: of)? ${MONTH}\\.?(?:,? (\\d{4}))?\\b`, 'gi'),
    read: (m) => [m[3] ? +m[3] : null, MONTHS[m[2].toLowerCase()], +m[1]],
  },
  {
    lead: 'september. '.length,
    regex: new RegExp(`\\b${MONTH}\\.? (\\d{1,2})${ORDINAL}(?:,? (\\d{4}))?\\b(?![:.]\\d)`, 'gi'),
    read: (m) => [m[3] ? +m[3] : null, MONTHS[m[1].toLowerCase()], +m[2]],
  },
];

const FIRST_DIGIT = /\d/;

export interface DateOptions {
  order?: DateOrder;
  /** Year-less dates ("13th July") fall on or after this date: a due date after the meeting. */
  reference?: string | null;
  /** Year-less dates fall on or before this date instead: a meeting before the page that posted it. */
  before?: string | null;
}

/** Every date in the text, in order of position. Year-less dates take their year from `reference` or `before`. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  // Every form holds a digit, and most lines of minutes have none: one search for the first digit lets
  // them skip the five patterns, and the rest start each pattern near it rather than at the line's start.
  const digit = text.search(FIRST_DIGIT);
  if (digit < 0) return [];
  const order = options.order ?? 'dmy';
  const found: FoundDate[] = [];
  const normalised = text.includes('\u00a0') ? text.replace(/\u00a0/g, ' ') : text;
  for (const { regex, read, lead } of PATTERNS) {
    regex.lastIndex = Math.max(0, digit - lead);
    for (let m = regex.exec(normalised); m; m = regex.exec(normalised)) {
      const parts = read(m, order);
      if (!parts) continue;
      const iso = toIso(parts, options.reference ?? null, options.before ?? null);
      if (!iso) continue;
      if (found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length)) continue;
      found.push({ iso, index: m.index, length: m[0].length, hasYear: parts[0] !== null });
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}

/** The first date in the text, or null. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | null {
  return findDates(text, options)[0] ?? null;
}

/** A cell or phrase that is only a date ("16/07/2015", "31 July 2015") as ISO; null otherwise. */
export function parseDateCell(text: string, options: DateOptions = {}): string | null {
  const trimmed = text.trim().replace(/[.,;]$/, '');
  const date = findDate(trimmed, options);
  if (!date) return null;
  const rest = (trimmed.slice(0, date.index) + trimmed.slice(date.index + date.length)).replace(/^(?:by|due|on|before)\b/i, '');
  return /[a-z]{3,}/i.test(rest.replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/gi, '')) ? null : date.iso;
}

function toIso([year, month, day]: [number | null, number, number], reference: string | null, before: string | null): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  let y = year;
  if (y === null && reference) {
    const refYear = +reference.slice(0, 4);
    y = isoOf(refYear, month, day) < reference ? refYear + 1 : refYear;
  } else if (y === null && before) {
    const beforeYear = +before.slice(0, 4);
    y = isoOf(beforeYear, month, day) > before ? beforeYear - 1 : beforeYear;
  }
  if (y === null) return null;
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return isoOf(y, month, day);
}

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A clock time such as "10.00", "7.00 pm" or "13:30" as 24-hour "HH:MM". */
export function toClock(hours: string, minutes: string, meridiem: string | undefined): string | null {
  let h = +hours;
  const m = +minutes;
  if (h > 23 || m > 59) return null;
  const suffix = meridiem?.replace(/\./g, '').toLowerCase();
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// In lower case, run on the whole text in lower case (lowerCaseForMatching keeps every position) without the i
// flag, which doubled their compiling.
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\b`, 'g');
const DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?,? \\d{4}\\b`, 'g');
// "before March 20", "by 20 March": a written date with no year, the weakest evidence of the order.
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'g');
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b(?!\\.?,? \\d{4})`, 'g');
/** The patterns written in lower case, for the test that they find there what they found ignoring case. */
export const LOWER_CASE_DATE_PATTERNS: readonly RegExp[] = [MONTH_FIRST, DAY_FIRST, MONTH_DAY, DAY_MONTH];
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
const SPACED_YEAR = / \d{4}\b/;
const COMMA_YEAR = /, \d{4}\b/;

/**
 * How the document writes dates: US minutes write "March 19, 2024" and 4/5/2024 month first.
 * A numeric date that can only be read one way (26/07/2019) shows how the document writes numbers and
 * decides; only where none does are written-out dates counted, and last the dates the document states
 * elsewhere in ISO form (front matter, file name) that one reading of an ambiguous date agrees with.
 */
export function detectDateOrder(text: string, knownDates: readonly string[] = []): DateOrder {
  let numericDayFirst = 0;
  let numericMonthFirst = 0;
  // "04/03/23" in minutes whose front matter or file name says 2023-04-03: the date is written month first.
  let agreesMonthFirst = 0;
  let agreesDayFirst = 0;
  let ambiguous = false;
  for (const m of text.matchAll(NUMERIC)) {
    if (+m[1] > 12) numericDayFirst++;
    else if (+m[2] > 12) numericMonthFirst++;
    else if (m[1] !== m[2]) {
      ambiguous = true;
      if (knownDates.length === 0) continue;
      const year = m[3].length === 2 ? `20${m[3]}` : m[3];
      if (knownDates.includes(`${year}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`)) agreesMonthFirst++;
      if (knownDates.includes(`${year}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`)) agreesDayFirst++;
    }
  }
  if (numericDayFirst !== numericMonthFirst) return numericMonthFirst > numericDayFirst ? 'mdy' : 'dmy';
  // Written-out dates end in " yyyy", found at once where a header gives the meeting's date; text with
  // none (numeric dates only) skips both searches. Month-first dates also need ", yyyy", which is rarer.
  const hasYear = SPACED_YEAR.test(text);
  const lower = hasYear ? lowerCaseForMatching(text) : '';
  const monthFirst = hasYear && COMMA_YEAR.test(text) ? (lower.match(MONTH_FIRST) ?? []).length : 0;
  const dayFirst = hasYear ? (lower.match(DAY_FIRST) ?? []).length : 0;
  if (monthFirst !== dayFirst) return monthFirst > dayFirst ? 'mdy' : 'dmy';
  if (agreesMonthFirst !== agreesDayFirst) return agreesMonthFirst > agreesDayFirst ? 'mdy' : 'dmy';
  // Minutes that write "2025/04/15" write a day and month alone month first too ("Deadline 4/18").
  if (YEAR_FIRST_SLASHED.test(text)) return 'mdy';
  // "Meeting summary for … (03/11/2025)" over "before March 20": only worth the searches when a numeric date is ambiguous.
  if (!ambiguous) return 'dmy';
  const words = lower || lowerCaseForMatching(text);
  return (words.match(MONTH_DAY) ?? []).length > (words.match(DAY_MONTH) ?? []).length ? 'mdy' : 'dmy';
}

// "2025/04/15": a date written year first with slashes, as Japanese, Chinese and Korean minutes write them.
const YEAR_FIRST_SLASHED = /\b(?:19|20)\d{2}\/\d{1,2}\/\d{1,2}\b/;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-06-03" as "3 June 2025", the way minutes and agendas write a date; anything else as it is. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || +match[2] < 1 || +match[2] > 12) return iso;
  return `${+match[3]} ${MONTH_NAMES[+match[2] - 1]} ${match[1]}`;
}
