/** Deadlines as minutes write them, and the one day (if any) a careful reader takes each to name. */
import type { Rng } from './prng.js';
import { addDays, formatDate, isoOf, type Day } from './dates.js';

export const DUE_FORMS = [
  'none', 'by-d-month-y', 'by-d-month', 'by-ordinal-month-y', 'by-month-d-comma-y', 'by-numeric', 'by-iso', 'before-d-mon-y',
  'by-weekday-d-month', 'by-weekday', 'tomorrow', 'by-the-nth', 'next-week', 'end-of-month', 'next-meeting', 'month-only',
] as const;
export type DueForm = (typeof DUE_FORMS)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekdayOf = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
const lastOfMonth = (day: Day) => new Date(Date.UTC(day.y, day.m, 0)).getUTCDate();
const daysLeftInYear = (day: Day) => (Date.UTC(day.y, 11, 31) - Date.UTC(day.y, day.m - 1, day.d)) / 86400000;

/** A deadline phrase and its day: explicit dates, and relative ones only when they name one day (CONVENTIONS). */
export interface Due {
  phrase: string;
  iso: string | null;
}

/**
 * One deadline in `form`, relative to the meeting's day; null for `none`. Year-less forms stay within the
 * meeting's year (a reader takes that year), so a meeting at the very end of a year writes the year.
 */
export function drawDue(form: DueForm, meeting: Day, us: boolean, rng: Rng): Due | null {
  const later = (maxDays = 60) => addDays(meeting, rng.int(1, Math.max(1, maxDays)));
  const sameYear = () => addDays(meeting, rng.int(1, Math.max(1, Math.min(60, daysLeftInYear(meeting)))));
  const dated = (phrase: (d: Day) => string, day: Day): Due => ({ phrase: phrase(day), iso: isoOf(day) });
  switch (form) {
    case 'none': return null;
    case 'by-d-month-y': return dated((d) => `by ${formatDate(d, 'd-month-y', us)}`, later());
    case 'by-ordinal-month-y': return dated((d) => `by ${formatDate(d, 'ordinal-month-y', us)}`, later());
    case 'by-month-d-comma-y': return dated((d) => `by ${formatDate(d, 'month-d-comma-y', us)}`, later());
    case 'by-numeric': return dated((d) => `by ${formatDate(d, 'numeric-slash', us)}`, later());
    case 'by-iso': return dated((d) => `by ${isoOf(d)}`, later());
    case 'before-d-mon-y': return dated((d) => `before ${formatDate(d, 'd-mon-y', us)}`, later());
    case 'by-d-month':
      if (daysLeftInYear(meeting) < 1) return drawDue('by-d-month-y', meeting, us, rng);
      return dated((d) => (us ? `by ${MONTHS[d.m - 1]} ${d.d}` : `by ${d.d} ${MONTHS[d.m - 1]}`), sameYear());
    case 'by-weekday-d-month':
      if (daysLeftInYear(meeting) < 1) return drawDue('by-d-month-y', meeting, us, rng);
      return dated((d) => `by ${WEEKDAYS[weekdayOf(d)]} ${us ? `${MONTHS[d.m - 1]} ${d.d}` : `${d.d} ${MONTHS[d.m - 1]}`}`, sameYear());
    case 'by-weekday': {
      // The first such weekday after the meeting: a week on when the meeting falls on it.
      const w = rng.int(1, 5);
      const ahead = (w - weekdayOf(meeting) + 7) % 7 || 7;
      return { phrase: `by ${WEEKDAYS[w]}`, iso: isoOf(addDays(meeting, ahead)) };
    }
    case 'tomorrow': return { phrase: 'tomorrow', iso: isoOf(addDays(meeting, 1)) };
    case 'by-the-nth': {
      if (meeting.d >= lastOfMonth(meeting)) return drawDue('by-d-month-y', meeting, us, rng);
      const n = rng.int(meeting.d + 1, lastOfMonth(meeting));
      const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
      return { phrase: `by the ${n}${suffix}`, iso: isoOf({ ...meeting, d: n }) };
    }
    case 'next-week': return { phrase: 'next week', iso: null };
    case 'end-of-month': return { phrase: rng.pick(['by the end of the month', 'by the end of next month']), iso: null };
    case 'next-meeting': return { phrase: rng.pick(['before the next meeting', 'by the next meeting', 'for the next meeting']), iso: null };
    case 'month-only': {
      const month = MONTHS[later(90).m - 1];
      return { phrase: rng.pick([`by ${month}`, `in ${month}`, `for ${month}`]), iso: null };
    }
  }
}
