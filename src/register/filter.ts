import { bodyKey } from '../lexicon/bodies.js';
import { ownerMatches } from '../resolve/owner-match.js';
import type { RegisterEntry } from './register.js';

export interface RegisterFilter {
  state?: 'open' | 'closed' | 'all';
  /** Matches an owner however the minutes name them (see ownerMatches). */
  owner?: string;
  /** Open actions due before `asOf` (default today). */
  overdue?: boolean;
  asOf?: string;
  dueBefore?: string;
  /** Raised on or after this date. */
  since?: string;
  commitment?: number;
  /** The body's name, or a part of it, compared as titles are (see bodyKey). */
  body?: string;
}

export type SortKey = 'due' | 'age' | 'owner' | 'meeting';

/** The register entries a user asked for. */
export function filterRegister(entries: RegisterEntry[], filter: RegisterFilter, aliases: Record<string, string> = {}): RegisterEntry[] {
  const state = filter.state ?? 'open';
  const asOf = filter.asOf ?? new Date().toISOString().slice(0, 10);
  return entries.filter((entry) => {
    if (state !== 'all' && entry.status !== state) return false;
    if (filter.owner && !entry.owners.some((owner) => ownerMatches(owner, filter.owner!, aliases))) return false;
    if (filter.overdue && !(entry.status === 'open' && entry.due !== null && entry.due < asOf)) return false;
    if (filter.dueBefore && !(entry.due !== null && entry.due < filter.dueBefore)) return false;
    if (filter.since && !(entry.raisedAt.date !== null && entry.raisedAt.date >= filter.since)) return false;
    if (filter.commitment !== undefined && !entry.commitments.includes(filter.commitment)) return false;
    if (filter.body && !bodyKey(entry.body ?? '').includes(bodyKey(filter.body))) return false;
    return true;
  });
}

/** Sorted copy: by due date (undated last), age (oldest first), first owner, or meeting order. */
export function sortRegister(entries: RegisterEntry[], key: SortKey): RegisterEntry[] {
  const compare = {
    due: (a: RegisterEntry, b: RegisterEntry) => byNullable(a.due, b.due),
    age: (a: RegisterEntry, b: RegisterEntry) => byNullable(a.raisedAt.date, b.raisedAt.date),
    owner: (a: RegisterEntry, b: RegisterEntry) => (a.owners[0]?.name ?? '\uffff').localeCompare(b.owners[0]?.name ?? '\uffff'),
    meeting: () => 0,
  }[key];
  return entries.map((entry, index) => ({ entry, index })).sort((a, b) => compare(a.entry, b.entry) || a.index - b.index).map((x) => x.entry);
}

function byNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
