/** Written forms of the meeting's date and time. */

export const DATE_FORMS = [
  'weekday-d-month-y', 'weekday-comma-d-month-y', 'd-month-y', 'ordinal-month-y', 'ordinal-of-month-y', 'd-mon-y',
  'abbr-weekday-d-mon-y', 'month-d-comma-y', 'month-ordinal-y', 'weekday-month-ordinal-comma-y', 'weekday-month-d-comma-y',
  'mon-d-y', 'd-mon-y-dashed', 'caps-weekday-d-month-y', 'iso', 'numeric-slash', 'numeric-slash-unpadded', 'numeric-dot',
  'numeric-short-year',
] as const;
export type DateForm = (typeof DATE_FORMS)[number];

/** Numeric forms read day-first in UK minutes and month-first in US minutes. */
export const NUMERIC_DATE_FORMS: readonly DateForm[] = ['numeric-slash', 'numeric-slash-unpadded', 'numeric-dot', 'numeric-short-year'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A calendar date without time zone trouble: all arithmetic in UTC. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export const isoOf = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;
export const addDays = (day: Day, n: number): Day => {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

const pad = (n: number) => String(n).padStart(2, '0');
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The date written in one form; `us` puts the month first in numeric forms. */
export function formatDate(day: Day, form: DateForm, us: boolean): string {
  const { y, m, d } = day;
  const month = MONTHS[m - 1];
  const mon = month.slice(0, 3);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const numeric = (sep: string, a: string, b: string, year: string) => (us ? `${b}${sep}${a}${sep}${year}` : `${a}${sep}${b}${sep}${year}`);
  switch (form) {
    case 'weekday-d-month-y': return `${weekday} ${d} ${month} ${y}`;
    case 'weekday-comma-d-month-y': return `${weekday}, ${d} ${month} ${y}`;
    case 'd-month-y': return `${d} ${month} ${y}`;
    case 'ordinal-month-y': return `${ordinal(d)} ${month} ${y}`;
    case 'ordinal-of-month-y': return `${weekday} ${ordinal(d)} of ${month} ${y}`;
    case 'd-mon-y': return `${d} ${mon} ${y}`;
    case 'abbr-weekday-d-mon-y': return `${weekday.slice(0, 3)} ${d} ${mon} ${y}`;
    case 'month-d-comma-y': return `${month} ${d}, ${y}`;
    case 'month-ordinal-y': return `${month} ${ordinal(d)} ${y}`;
    case 'weekday-month-ordinal-comma-y': return `${weekday}, ${month} ${ordinal(d)}, ${y}`;
    case 'weekday-month-d-comma-y': return `${weekday}, ${month} ${d}, ${y}`;
    case 'mon-d-y': return `${mon} ${d} ${y}`;
    case 'd-mon-y-dashed': return `${pad(d)}-${mon}-${y}`;
    case 'caps-weekday-d-month-y': return `${weekday} ${d} ${month} ${y}`.toUpperCase();
    case 'iso': return isoOf(day);
    case 'numeric-slash': return numeric('/', pad(d), pad(m), String(y));
    case 'numeric-slash-unpadded': return numeric('/', String(d), String(m), String(y));
    case 'numeric-dot': return numeric('.', pad(d), pad(m), String(y));
    case 'numeric-short-year': return numeric('/', pad(d), pad(m), pad(y % 100));
  }
}

export const TIME_FORMS = ['none', '24h', 'dot-ampm', 'hour-ampm', 'colon-p.m.', 'colon-AM-PM'] as const;
export type TimeForm = (typeof TIME_FORMS)[number];

/** A clock time in minutes after midnight. */
export function formatTime(minutes: number, form: Exclude<TimeForm, 'none'>): string {
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  const h12 = ((h + 11) % 12) + 1;
  const am = h < 12;
  switch (form) {
    case '24h': return `${pad(h)}:${pad(min)}`;
    case 'dot-ampm': return `${h12}.${pad(min)}${am ? 'am' : 'pm'}`;
    case 'hour-ampm': return min === 0 ? `${h12}${am ? 'am' : 'pm'}` : `${h12}.${pad(min)}${am ? 'am' : 'pm'}`;
    case 'colon-p.m.': return `${h12}:${pad(min)} ${am ? 'a.m.' : 'p.m.'}`;
    case 'colon-AM-PM': return `${h12}:${pad(min)} ${am ? 'AM' : 'PM'}`;
  }
}

export const clockOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
