/** How minutes name an action's owners, and the names a careful secretariat resolves them to. */
import type { Rng } from './prng.js';
import type { GenPerson } from './roll.js';

export const OWNER_FORMS = ['full-name', 'surname', 'given', 'initials', 'handle', 'nick', 'role', 'organisation', 'collective'] as const;
export type OwnerForm = (typeof OWNER_FORMS)[number];
export const OWNER_COUNTS = ['one', 'two', 'three'] as const;
export const OWNER_JOINS = ['and', 'ampersand', 'slash', 'comma'] as const;
export type OwnerJoin = (typeof OWNER_JOINS)[number] | 'space';

/** Forms that name people (and so may be listed); the others stay as written and stand alone. */
const PERSON_FORMS: readonly OwnerForm[] = ['full-name', 'surname', 'given', 'initials', 'handle', 'nick'];

/**
 * Two-letter initials that read as English words, and initials that read as "to be confirmed" in an owner
 * column; a secretariat would not write "ACTION: TO to …" or an owner "TBC".
 */
const WORDLIKE = new Set(['AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IF', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OF', 'ON',
  'OR', 'SO', 'TO', 'UP', 'US', 'WE', 'AM', 'AI', 'OK', 'RE', 'TV', 'PM', 'TBC', 'TBD', 'TBA']);

/** What the minutes show of one attendee, and so which references to them a reader can resolve. */
export interface Attendee {
  person: GenPerson;
  /** The roll writes their initials (then any case resolves) … */
  initialsShown: boolean;
  /** … or their @handle (then `@x` and the bare nick resolve). */
  handleShown: boolean;
}

/** The people and bodies an action may be given to in one meeting. */
export interface OwnerPool {
  attendees: Attendee[];
  /** Everyone on the roll or the apologies list: a reference must name exactly one of them. */
  everyone: GenPerson[];
  roles: string[];
  organisations: string[];
  collectives: string[];
  /** Attendees an owner named by initials the roll does not show: those initials are theirs in the truth too. */
  initialsUsed: Set<GenPerson>;
}

/** Owners as written in one designation and the names they resolve to. */
export interface Owners {
  written: string;
  names: string[];
}

/** The way `form` refers to a person, or null when that reference would not name them alone. */
export function referenceTo(a: Attendee, form: OwnerForm, pool: OwnerPool): string | null {
  const p = a.person;
  const unique = (key: (q: GenPerson) => string) => pool.everyone.filter((q) => key(q) === key(p)).length === 1;
  switch (form) {
    case 'full-name': return p.name.full;
    case 'surname': return unique((q) => q.name.family) && pool.everyone.every((q) => q.name.given !== p.name.family) ? p.name.family : null;
    case 'given': return !p.name.given.includes(' ') && unique((q) => q.name.given) ? p.name.given : null;
    case 'initials':
      // Initials the roll shows resolve whatever their case; otherwise only plain capitals derived from the name.
      if (!unique((q) => q.initials.toUpperCase()) || WORDLIKE.has(p.initials)) return null;
      if (a.initialsShown) return p.initials;
      // Capitals the roll does not show also stand for anyone whose name gives the same capitals: "SR" could be
      // Sophie ap Rhys (SaR) as well as Sunita Rahman, so a careful reader could not tell them apart.
      return /^\p{Lu}+$/u.test(p.initials) && unique((q) => q.initials.replace(/\p{Ll}/gu, '')) ? p.initials : null;
    case 'handle': return a.handleShown ? `@${p.handle}` : null;
    case 'nick': return a.handleShown ? p.handle : null;
    default: return null;
  }
}

const joinOwners = (refs: string[], join: OwnerJoin): string => {
  if (refs.length === 1) return refs[0];
  const head = refs.slice(0, -1);
  const last = refs[refs.length - 1];
  switch (join) {
    case 'and': return `${head.join(', ')} and ${last}`;
    case 'ampersand': return `${head.join(', ')} & ${last}`;
    case 'slash': return refs.join('/');
    case 'comma': return refs.join(', ');
    case 'space': return refs.join(' ');
  }
};

/**
 * Draws the owners of one action in the meeting's form. A form no attendee can be named by (no handles on
 * the roll, no unique first names) falls back to full names, recorded so the report counts it there.
 */
export function drawOwners(pool: OwnerPool, form: OwnerForm, count: number, join: OwnerJoin, rng: Rng): Owners & { form: OwnerForm } {
  switch (form) {
    case 'role': if (pool.roles.length > 0) { const r = rng.pick(pool.roles); return { written: r, names: [r], form }; } break;
    case 'organisation': if (pool.organisations.length > 0) { const o = rng.pick(pool.organisations); return { written: o, names: [o], form }; } break;
    case 'collective': { const c = rng.pick(pool.collectives); return { written: c, names: [c], form }; }
    default: {
      const named = rng.shuffle(pool.attendees).flatMap((a) => {
        const ref = referenceTo(a, form, pool);
        return ref === null ? [] : [{ ref, name: a.person.name.full, attendee: a }];
      }).slice(0, count);
      if (form === 'initials') for (const n of named) if (!n.attendee.initialsShown) pool.initialsUsed.add(n.attendee.person);
      if (named.length > 0) return { written: joinOwners(named.map((n) => n.ref), join), names: named.map((n) => n.name), form };
    }
  }
  return drawOwners(pool, 'full-name', PERSON_FORMS.includes(form) ? count : 1, join, rng);
}

export const ownerCount = (value: (typeof OWNER_COUNTS)[number]) => (value === 'one' ? 1 : value === 'two' ? 2 : 3);
