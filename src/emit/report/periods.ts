import { basename } from 'node:path';
import type { Meeting } from '../../model/types.js';
import type { MeetingCounts } from './figures.js';

export type PeriodKind = 'meeting' | 'month' | 'quarter' | 'year';

/** Raised, closed and commitments mentioned over a period's meetings, and the actions open at its end. */
export interface PeriodCounts {
  period: string;
  meetings: number;
  raised: number;
  closed: number;
  open: number;
  commitments: number;
}

/** Periods the charts show at most: a decade of monthly meetings is drawn by quarter. */
const MAX_PERIODS = 40;

/**
 * Names each meeting's period on the charts: the meeting itself while there are few, else its month,
 * quarter or year, whichever first gives no more than MAX_PERIODS (so a decade of minutes stays readable).
 */
export function choosePeriods(meetings: Meeting[]): { kind: PeriodKind; periodOf: Map<string, string>; periods: string[] } {
  const label = (meeting: Meeting, kind: PeriodKind): string => {
    if (!meeting.date) return 'Undated';
    if (kind === 'month') return meeting.date.slice(0, 7);
    if (kind === 'quarter') return `${meeting.date.slice(0, 4)} Q${Math.floor((Number(meeting.date.slice(5, 7)) - 1) / 3) + 1}`;
    return meeting.date.slice(0, 4);
  };
  const kinds: PeriodKind[] = ['month', 'quarter', 'year'];
  const kind = meetings.length <= MAX_PERIODS ? 'meeting' : kinds.find((k) => new Set(meetings.map((m) => label(m, k))).size <= MAX_PERIODS) ?? 'year';
  const names = kind === 'meeting' ? meetingLabels(meetings) : [];
  const periodOf = new Map(meetings.map((m, index) => [m.file, kind === 'meeting' ? names[index] : label(m, kind)]));
  return { kind, periodOf, periods: [...new Set(periodOf.values())] };
}

/** Meetings' names on a chart: the date, else the file name; unique, so two meetings on one day stay apart. */
function meetingLabels(meetings: Meeting[]): string[] {
  const used = new Map<string, number>();
  return meetings.map((meeting) => {
    const base = meeting.date ?? basename(meeting.file);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return seen === 1 ? base : `${base} (${seen})`;
  });
}

/** Adds up each period's meetings. */
export function countPerPeriod(counts: MeetingCounts[], periods: string[], periodOf: Map<string, string>): PeriodCounts[] {
  const totals = new Map(periods.map((period) => [period, { period, meetings: 0, raised: 0, closed: 0, open: 0, commitments: 0 }]));
  for (const count of counts) {
    const total = totals.get(periodOf.get(count.file)!)!;
    total.meetings++;
    total.raised += count.raised;
    total.closed += count.closed;
    total.commitments += count.commitments;
    // Meetings are in date order, so the last one of a period gives what was open at its end.
    total.open = count.open;
  }
  return [...totals.values()];
}

