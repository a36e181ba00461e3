import { aliasFor } from '../config/config.js';
import type { OwnerKind } from '../model/types.js';
import type { RegisterEntry } from '../register/register.js';
import { ownerMatches } from '../resolve/owner-match.js';
import { fold } from '../text/normalise.js';

/** One open action in an owner's digest. */
export interface DigestAction {
  entry: RegisterEntry;
  /** Days past its due date on the digest's day; 0 when not overdue or undated. */
  daysOverdue: number;
}

/** One owner's open actions, overdue first. */
export interface Digest {
  /** The owner as the register names them: a person's full name, an organisation or role as written. */
  owner: string;
  kind: OwnerKind | 'none';
  actions: DigestAction[];
  overdue: number;
}

export interface DigestOptions {
  /** The day the digests are for (YYYY-MM-DD): what is overdue. */
  asOf: string;
  /** Only this owner's digest, matched however the minutes name them (see ownerMatches). */
  owner?: string;
  aliases?: Record<string, string>;
}

/** The name of the digest that gathers the actions no one was named for, so that none is left out. */
export const NO_OWNER = 'No owner named';

/**
 * The open actions of a register, one digest per owner: an action with two owners is in both
 * digests; actions no one owns are in one digest of their own. Within a digest, overdue actions come
 * first (longest overdue first), then the others by due date, undated last. Digests are ordered by owner.
 */
export function buildDigests(entries: RegisterEntry[], options: DigestOptions): Digest[] {
  const digests = new Map<string, Digest>();
  for (const entry of entries) {
    if (entry.status !== 'open') continue;
    const owners = entry.owners.length ? entry.owners : [null];
    for (const owner of owners) {
      if (options.owner !== undefined && (owner === null || !ownerMatches(owner, options.owner, options.aliases))) continue;
      const name = owner?.name ?? NO_OWNER;
      const key = fold(name) || name;
      const digest = digests.get(key) ?? { owner: name, kind: owner?.kind ?? 'none', actions: [], overdue: 0 };
      const daysOverdue = entry.due !== null && entry.due < options.asOf ? daysBetween(entry.due, options.asOf) : 0;
      digest.actions.push({ entry, daysOverdue });
      if (daysOverdue > 0) digest.overdue++;
      digests.set(key, digest);
    }
  }
  for (const digest of digests.values()) digest.actions.sort(byUrgency);
  return [...digests.values()].sort((a, b) => (a.kind === 'none' ? 1 : b.kind === 'none' ? -1 : a.owner.localeCompare(b.owner, 'en')));
}

function byUrgency(a: DigestAction, b: DigestAction): number {
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
  const [x, y] = [a.entry.due, b.entry.due];
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  return 0;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * An owner's e-mail address from the configuration's `people:`, only where it names them exactly (case
 * and spacing aside): by their name as the register has it or an alias of it, never by a first name,
 * initials or a spelling without its accents, which others may share.
 */
export function addressOf(owner: string, people: Record<string, string>, aliases: Record<string, string> = {}): string | null {
  const wanted = exactKey(owner);
  for (const [name, address] of Object.entries(people)) {
    if (exactKey(name) === wanted || exactKey(aliasFor(aliases, name) ?? '') === wanted) return address;
  }
  return null;
}

function exactKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}
