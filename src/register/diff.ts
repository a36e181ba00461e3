import { aliasFor } from '../config/config.js';
import type { Meeting, Person } from '../model/types.js';
import { fold } from '../text/normalise.js';
import { buildRegister, type RegisterEntry } from './register.js';

export interface StatusChange {
  entry: RegisterEntry;
  from: string;
  to: string;
}

/** What changed from one meeting to the next. */
export interface MeetingDiff {
  old: { file: string; date: string | null };
  new: { file: string; date: string | null };
  /** True when the meetings were given newer first: they are compared in date order instead. */
  reordered: boolean;
  /** True when both files hold the same meeting (one file twice, or a copy): nothing changed. */
  sameMeeting: boolean;
  raised: RegisterEntry[];
  closed: RegisterEntry[];
  statusChanges: StatusChange[];
  carriedForward: RegisterEntry[];
  unmatchedUpdates: RegisterEntry[];
  joined: string[];
  left: string[];
  apologies: string[];
  newCommitments: number[];
}

/**
 * Compares two meetings of one body: the register after both, read against the one after the first.
 * The earlier meeting by date is the old one, whichever was given first (`reordered` says when they
 * were swapped); undated meetings keep the order given. People joined or left when they attended one
 * meeting and neither attended nor sent apologies to the other.
 */
export function diffMeetings(first: Meeting, second: Meeting, options: { aliases?: Record<string, string> } = {}): MeetingDiff {
  const reordered = first.date !== null && second.date !== null && first.date > second.date;
  const [older, newer] = reordered ? [second, first] : [first, second];
  const meetings = { old: { file: older.file, date: older.date }, new: { file: newer.file, date: newer.date }, reordered };
  if (isSameMeeting(older, newer)) {
    return { ...meetings, sameMeeting: true, raised: [], closed: [], statusChanges: [], carriedForward: [], unmatchedUpdates: [], joined: [], left: [], apologies: [], newCommitments: [] };
  }
  const person = (p: Person) => fold(aliasFor(options.aliases ?? {}, p.name) ?? p.name);
  const listed = (meeting: Meeting) => new Set([...meeting.attendees, ...meeting.apologies].map(person));
  const before = buildRegister([older]).entries;
  const after = buildRegister([older, newer]).entries;
  const statusBefore = new Map(before.map((e) => [key(e), e.status as string]));
  const fromNew = (e: RegisterEntry) => e.raisedAt.file === newer.file;
  const changes: StatusChange[] = [];
  for (const entry of after) {
    const previous = statusBefore.get(key(entry));
    if (previous && previous !== entry.status) changes.push({ entry, from: previous, to: entry.status });
  }
  return {
    ...meetings,
    sameMeeting: false,
    raised: after.filter((e) => fromNew(e) && !e.raisedElsewhere),
    closed: after.filter((e) => e.status === 'closed' && (statusBefore.get(key(e)) === 'open' || (fromNew(e) && !e.raisedElsewhere))),
    statusChanges: changes,
    carriedForward: after.filter((e) => e.status === 'open' && !fromNew(e)),
    unmatchedUpdates: after.filter((e) => fromNew(e) && e.raisedElsewhere),
    joined: notIn(newer.attendees, listed(older), person),
    left: notIn(older.attendees, listed(newer), person),
    apologies: newer.apologies.map((p) => p.name),
    newCommitments: newer.commitments.map((c) => c.number).filter((n) => !older.commitments.some((c) => c.number === n)),
  };
}

function key(entry: RegisterEntry): string {
  return `${entry.raisedAt.file}:${entry.raisedAt.line}:${entry.text}`;
}

function notIn(people: Person[], known: Set<string>, person: (p: Person) => string): string[] {
  return people.filter((p) => !known.has(person(p))).map((p) => p.name);
}

/** One file given twice, or two files holding the same minutes: the same model but for the file's name. */
function isSameMeeting(a: Meeting, b: Meeting): boolean {
  if (a.file === b.file) return true;
  const withoutFile = (meeting: Meeting) => JSON.stringify({ ...meeting, file: '', warnings: [] });
  return withoutFile(a) === withoutFile(b);
}
