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

/** Compares two meetings of one body: the register after both, read against the one after the first. */
export function diffMeetings(older: Meeting, newer: Meeting): MeetingDiff {
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
    old: { file: older.file, date: older.date },
    new: { file: newer.file, date: newer.date },
    raised: after.filter((e) => fromNew(e) && !e.raisedElsewhere),
    closed: after.filter((e) => e.status === 'closed' && (statusBefore.get(key(e)) === 'open' || (fromNew(e) && !e.raisedElsewhere))),
    statusChanges: changes,
    carriedForward: after.filter((e) => e.status === 'open' && !fromNew(e)),
    unmatchedUpdates: after.filter((e) => fromNew(e) && e.raisedElsewhere),
    joined: namesNotIn(newer.attendees, older.attendees),
    left: namesNotIn(older.attendees, newer.attendees),
    apologies: newer.apologies.map((p) => p.name),
    newCommitments: newer.commitments.map((c) => c.number).filter((n) => !older.commitments.some((c) => c.number === n)),
  };
}

function key(entry: RegisterEntry): string {
  return `${entry.raisedAt.file}:${entry.raisedAt.line}:${entry.text}`;
}

function namesNotIn(people: Person[], others: Person[]): string[] {
  const known = new Set(others.map((p) => fold(p.name)));
  return people.filter((p) => !known.has(fold(p.name))).map((p) => p.name);
}
