import type { Meeting, Rag } from '../../model/types.js';
import { filterRegister, sortRegister } from '../../register/filter.js';
import { orderMeetings, type RegisterEntry } from '../../register/register.js';
import type { Body } from '../../register/bodies.js';
import { fold } from '../../text/normalise.js';
import { choosePeriods, countPerPeriod, type PeriodCounts, type PeriodKind } from './periods.js';

/** A body's meetings and the register built from them: what `buildBodyRegisters` returns for each body. */
export interface ReportBody extends Body {
  register: { entries: RegisterEntry[] };
}

/** One meeting's counts, in date order. */
export interface MeetingCounts {
  file: string;
  title: string | null;
  date: string | null;
  raised: number;
  closed: number;
  /** Actions open once the meeting was over. */
  open: number;
  commitments: number;
}

/** The numbers behind the report: every chart and table is drawn from these. */
export interface ReportFigures {
  asOf: string;
  meetings: MeetingCounts[];
  /** The latest dated meeting (else the last read), whose raised and closed counts are headline figures. */
  latest: MeetingCounts | null;
  /** Open actions, in meeting order. */
  open: RegisterEntry[];
  /** Open actions due before `asOf`, the longest overdue first. */
  overdue: RegisterEntry[];
  medianAgeDays: number | null;
  /** Open actions per owner and RAG word; an action with two owners counts for each. */
  byOwner: { owner: string; rag: RagWord; count: number }[];
  ages: { band: string; count: number }[];
  /** What the charts over time count by: each meeting, or a month, quarter or year of them. */
  periodKind: PeriodKind;
  periods: PeriodCounts[];
  attendance: AttendanceCell[];
}

/** One person over one period: how many of the meetings they could attend they were present at, or sent apologies to. */
export interface AttendanceCell {
  person: string;
  period: string;
  present: number;
  apologies: number;
  meetings: number;
}

export type RagWord = 'Red' | 'Amber' | 'Green' | 'Blue' | 'Not rated';
export const RAG_WORDS: RagWord[] = ['Red', 'Amber', 'Green', 'Blue', 'Not rated'];

/** The word for an action's RAG colour, shown wherever the colour is. */
export function ragWord(rag: Rag | null): RagWord {
  return rag === null ? 'Not rated' : ((rag[0].toUpperCase() + rag.slice(1)) as RagWord);
}

/** Counts everything the report shows, as of a day (YYYY-MM-DD). */
export function computeFigures(bodies: ReportBody[], asOf: string): ReportFigures {
  const meetings = orderMeetings(bodies.flatMap((body) => body.meetings));
  const entries = bodies.flatMap((body) => body.register.entries);
  const counts = countPerMeeting(meetings, entries);
  const dated = counts.filter((m) => m.date !== null);
  const open = filterRegister(entries, { state: 'open' });
  const overdue = sortRegister(filterRegister(open, { overdue: true, asOf }), 'due');
  const { kind, periodOf, periods } = choosePeriods(meetings);
  const ages = open.flatMap((entry) => (entry.raisedAt.date ? [daysBetween(entry.raisedAt.date, asOf)] : []));
  return {
    asOf,
    meetings: counts,
    latest: dated.at(-1) ?? counts.at(-1) ?? null,
    open,
    overdue,
    medianAgeDays: median(ages),
    byOwner: countByOwner(open),
    ages: ageBands(open, asOf),
    periodKind: kind,
    periods: countPerPeriod(counts, periods, periodOf),
    attendance: countAttendance(bodies, periodOf),
  };
}

/**
 * Raised, closed and still open at each meeting, from every step of every action's history: a step
 * that leaves an action open where it was closed (or not yet known) adds one, and the reverse takes one.
 */
function countPerMeeting(meetings: Meeting[], entries: RegisterEntry[]): MeetingCounts[] {
  const position = new Map(meetings.map((meeting, index) => [meeting.file, index]));
  const counts: MeetingCounts[] = meetings.map((m) => ({ file: m.file, title: m.title, date: m.date, raised: 0, closed: 0, open: 0, commitments: m.commitments.length }));
  const change = new Array<number>(meetings.length).fill(0);
  for (const entry of entries) {
    let wasOpen = false;
    for (const step of entry.history) {
      const at = position.get(step.file);
      if (at === undefined) continue;
      if (step.kind === 'raised') counts[at].raised++;
      const isOpen = step.status === 'open';
      if (wasOpen && !isOpen) counts[at].closed++;
      change[at] += Number(isOpen) - Number(wasOpen);
      wasOpen = isOpen;
    }
  }
  let running = 0;
  counts.forEach((count, index) => {
    running += change[index];
    count.open = running;
  });
  return counts;
}

function countByOwner(open: RegisterEntry[]): ReportFigures['byOwner'] {
  const counts = new Map<string, { owner: string; rag: RagWord; count: number }>();
  for (const entry of open) {
    const owners = entry.owners.length ? entry.owners.map((o) => o.name) : ['(no owner)'];
    for (const owner of new Set(owners)) {
      const key = `${fold(owner)}\u0000${ragWord(entry.rag)}`;
      const count = counts.get(key) ?? { owner, rag: ragWord(entry.rag), count: 0 };
      count.count++;
      counts.set(key, count);
    }
  }
  return [...counts.values()];
}

const AGE_BANDS: [string, number][] = [
  ['Under 1 month', 31],
  ['1–3 months', 92],
  ['3–6 months', 183],
  ['6–12 months', 366],
  ['Over a year', Infinity],
];

function ageBands(open: RegisterEntry[], asOf: string): ReportFigures['ages'] {
  const bands = [...AGE_BANDS.map(([band]) => ({ band, count: 0 })), { band: 'Undated', count: 0 }];
  for (const entry of open) {
    if (!entry.raisedAt.date) {
      bands[bands.length - 1].count++;
      continue;
    }
    const days = daysBetween(entry.raisedAt.date, asOf);
    bands[AGE_BANDS.findIndex(([, limit]) => days < limit)].count++;
  }
  return bands;
}

/**
 * Each person's presence per period, counted over the meetings of the bodies whose rolls name them
 * (never the other bodies'): present, apologies, and the meetings they could have attended.
 */
function countAttendance(bodies: ReportBody[], periodOf: Map<string, string>): AttendanceCell[] {
  const cells = new Map<string, AttendanceCell>();
  for (const body of bodies) {
    const listed = new Map<string, string>();
    for (const meeting of body.meetings) for (const { name } of [...meeting.attendees, ...meeting.apologies]) if (!listed.has(fold(name))) listed.set(fold(name), name);
    for (const meeting of orderMeetings(body.meetings)) {
      const period = periodOf.get(meeting.file)!;
      const present = new Set(meeting.attendees.map((p) => fold(p.name)));
      const apologies = new Set(meeting.apologies.map((p) => fold(p.name)));
      for (const [key, person] of listed) {
        const id = `${key}\u0000${period}`;
        const cell = cells.get(id) ?? { person, period, present: 0, apologies: 0, meetings: 0 };
        cell.meetings++;
        if (present.has(key)) cell.present++;
        else if (apologies.has(key)) cell.apologies++;
        cells.set(id, cell);
      }
    }
  }
  return [...cells.values()];
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
