/**
 * Date cues of action wording: the words before a date that make it a deadline, and relative deadlines
 * ("by Friday", "tomorrow", "by the 20th") that name one day once the meeting's date is known.
 */
import type { DateOrder } from '../model/types.js';

/** Words just before a date that make it the action's deadline or the meeting it is for. */
// A weekday may stand between the cue and the date: "by Friday 31 May"; "before the early-bird deadline of 30th April".
// "not later than Friday, 4th April, 2025", "no later than 31 May".
export const DUE_CUE = /\b(?:by|before|on|until|till|due|deadline(?: of| is)?|for|at|its|next|w\/c|end of|(?:not|no) later than|(?:by|at|before|until|on) the)(?: (?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?,?)?\s*$/i;

// "for the April 8, 2025 meeting": a task for a dated meeting is due at that meeting; "for the Nov 9 trail
// clean-up" names an event, not a deadline.
const FOR_THE = /\bfor the\s*$/i;
const MEETING_AFTER = /^\s+(?:[a-z]+\s+)?meeting\b/i;

/** True when a date stands between "for the" and "meeting": the meeting a task is for. */
export function isMeetingFor(before: string, after: string): boolean {
  return FOR_THE.test(before) && MEETING_AFTER.test(after);
}

const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
// "by Friday", "due Mon", "before Wednesday": a weekday after a deadline word.
// Not "by Friday 31 May": a weekday before a date only names the date's day.
// Not "on Sunday service times": a weekday naming what happens on it.
const WEEKDAY_DUE = /\b(?:by|before|due|until|till|on|deadline:?) (?:this )?(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?\b(?!,? \d| (?:services?|school|worship|market|club|lunch|roast|opening|trading|league|rota|shifts?)\b)/i;
// A due cell that is only a weekday: "Friday", "Mon", "next Tues".
const WEEKDAY_CELL = /^(?:by |due )?(?:next |this )?(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?\.?$/i;
// The start of every weekday the two patterns above read: a text without one skips them (and their compiling).
const WEEKDAY_START = /sun|mon|tue|wed|thu|fri|sat/i;
const TOMORROW = /\btomorrow\b/i;
// "by the 20th", "by Fri 17th" with no month after it: that day of the meeting's month.
const DAY_OF_MONTH = /\b(?:by|before|on|until) (?:the|(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]{0,6}\.?) (\d{1,2})(?:st|nd|rd|th)\b(?! of\b| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
// A due cell that is only a day of the month: "15th", "Fri 28th", "by the 3rd".
const DAY_OF_MONTH_CELL = /^(?:by |due )?(?:the )?(?:(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]*\.? )?(\d{1,2})(?:st|nd|rd|th)$/i;
// What DAY_OF_MONTH needs: "the" or a weekday, and a number. Most texts have none and skip it.
const THE_NUMBER = / the \d|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\.? \d/i;

// "by 14/02", a due cell "14/02": a day and month with no year, the first such day on or after the meeting.
const DAY_AND_MONTH = /\b(?:by|before|due|until|on) (\d{1,2})\/(\d{1,2})\b(?![/.]\d)/i;
const DAY_AND_MONTH_CELL = /^(?:by |due )?(\d{1,2})\/(\d{1,2})\.?$/i;

/** A relative deadline in an action's wording or due cell, resolved against the meeting date; null when it names no one day. */
export function relativeDue(text: string, meetingDate: string | null, cell = false, order: DateOrder = 'dmy'): { iso: string; raw: string } | null {
  if (!meetingDate) return null;
  // Both patterns need the slash between day and month.
  const dayAndMonth = text.includes('/') ? (cell ? DAY_AND_MONTH_CELL : DAY_AND_MONTH).exec(text.trim()) : null;
  if (dayAndMonth) {
    const [day, month] = order === 'mdy' ? [+dayAndMonth[2], +dayAndMonth[1]] : [+dayAndMonth[1], +dayAndMonth[2]];
    const iso = onOrAfter(meetingDate, month, day);
    if (iso) return { iso, raw: dayAndMonth[0] };
  }
  const weekday = WEEKDAY_START.test(text) ? (cell ? WEEKDAY_CELL : WEEKDAY_DUE).exec(text) : null;
  if (weekday) {
    const target = WEEKDAY_NUMBER[weekday[1].toLowerCase().replace(/^thur$/, 'thu')];
    const from = new Date(`${meetingDate}T00:00:00Z`);
    const ahead = ((target - from.getUTCDay() + 7) % 7) || 7;
    return { iso: shift(meetingDate, ahead), raw: weekday[0] };
  }
  const tomorrow = TOMORROW.exec(text);
  if (tomorrow) return { iso: shift(meetingDate, 1), raw: tomorrow[0] };
  const day = cell ? DAY_OF_MONTH_CELL.exec(text.trim()) : THE_NUMBER.test(text) ? DAY_OF_MONTH.exec(text) : null;
  if (day) {
    const iso = `${meetingDate.slice(0, 8)}${day[1].padStart(2, '0')}`;
    if (!Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).getUTCDate() === +day[1]) return { iso, raw: day[0] };
  }
  return null;
}

/** The first `day` of `month` on or after the date, as ISO; null when there is no such day. */
function onOrAfter(from: string, month: number, day: number): string | null {
  for (const year of [+from.slice(0, 4), +from.slice(0, 4) + 1]) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    const iso = date.toISOString().slice(0, 10);
    if (iso >= from) return iso;
  }
  return null;
}

function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// "To be completed by the next meeting.", "By 30 June 2024.", "Deadline: end of May.": a sentence that only gives a deadline.
const DEADLINE_SENTENCE = /^(?:(?:to be (?:completed|done|finished|actioned|carried out|in place|ready) )?(?:by|before|no later than|ahead of|prior to|in time for)|deadline:?|due(?: by|:)?) \S[^.!?]{0,60}[.!]?$/i;

/** True for a sentence that only gives a deadline ("To be completed by the next meeting."). */
export function isDeadlineSentence(sentence: string): boolean {
  return sentence.length <= 90 && DEADLINE_SENTENCE.test(sentence);
}
