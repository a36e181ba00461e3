import type { Person } from '../model/types.js';
import { fold } from '../text/normalise.js';

/** A person's name as owners are compared with it: folded whole, its first and last words, word count, initials made from it. */
interface NameKeys {
  full: string;
  first: string;
  last: string;
  words: number;
  derived: string;
}

/**
 * Most names that look alike are worth comparing letter by letter. Past this many, a near miss is
 * ambiguous anyway, and comparing with all of them made a crafted attendance list quadratic.
 */
const MAX_NEAR_CANDIDATES = 64;

/**
 * The people of a meeting by every key an owner can be written as (handle, initials, full name,
 * first or last word, and length with first letters for near misses): each lookup costs the same
 * however long the attendance list is. Lists keep the attendance order, as a scan of it would.
 */
export class PersonIndex {
  /** Each person's name keys, computed once. */
  private readonly keys: Map<Person, NameKeys>;
  private readonly handles = new Map<string, Person>();
  private readonly fullNames = new Map<string, Person>();
  private readonly byInitials = new Map<string, Person[]>();
  private readonly byLooseInitials = new Map<string, Person[]>();
  private readonly byDerived = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  private readonly byLast = new Map<string, Person[]>();
  /** Words, length and the first letter of the first (or, after `~`, the last) word → people. */
  private readonly byShape = new Map<string, Person[]>();

  constructor(people: Person[]) {
    const keys = new Map(people.map((p) => [p, nameKeys(p.name)]));
    this.keys = keys;
    for (const person of people) {
      const key = keys.get(person)!;
      if (person.handle && !this.handles.has(person.handle.toLowerCase())) this.handles.set(person.handle.toLowerCase(), person);
      if (!this.fullNames.has(key.full)) this.fullNames.set(key.full, person);
      if (person.initials) {
        add(this.byInitials, person.initials, person);
        add(this.byLooseInitials, person.initials.toUpperCase(), person);
      } else add(this.byDerived, key.derived, person);
      add(this.byFirst, key.first, person);
      add(this.byLast, key.last, person);
      for (const shape of shapes(key.full, key.words)) add(this.byShape, shape, person);
    }
  }

  /** A listed person's name, folded whole. */
  folded(person: Person): string {
    return this.keys.get(person)!.full;
  }

  handle(lowerCased: string): Person | null {
    return this.handles.get(lowerCased) ?? null;
  }

  full(folded: string): Person | null {
    return this.fullNames.get(folded) ?? null;
  }

  initials(text: string): Person[] {
    return this.byInitials.get(text) ?? [];
  }

  looseInitials(upperCased: string): Person[] {
    return this.byLooseInitials.get(upperCased) ?? [];
  }

  /** People listed without initials whose name gives these. */
  derivedInitials(upperCased: string): Person[] {
    return this.byDerived.get(upperCased) ?? [];
  }

  first(folded: string): Person[] {
    return this.byFirst.get(folded) ?? [];
  }

  last(folded: string): Person[] {
    return this.byLast.get(folded) ?? [];
  }

  /**
   * People whose folded name could be within `limit` edits of `folded`: as many words, a length
   * within the limit, and the same first letter of the first or of the last word. Null when there are
   * too many to tell apart.
   */
  nearCandidates(folded: string, limit: number): Person[] | null {
    const words = folded.split(' ').length;
    const found = new Set<Person>();
    for (let length = folded.length - limit; length <= folded.length + limit; length++) {
      for (const shape of shapes(folded, words, length)) {
        for (const person of this.byShape.get(shape) ?? []) {
          found.add(person);
          if (found.size > MAX_NEAR_CANDIDATES) return null;
        }
      }
    }
    return [...found];
  }
}

/** The keys of one name. */
function nameKeys(name: string): NameKeys {
  const words = name.split(/\s+/);
  const full = fold(name);
  return { full, first: fold(words[0]), last: fold(words[words.length - 1]), words: full.split(' ').length, derived: initialsOf(name) };
}

/** Initials made from a name: first letter of each word and of each hyphenated part. */
function initialsOf(name: string): string {
  let initials = '';
  for (const part of name.split(/[\s-]+/)) if (startsUpper(part)) initials += part[0];
  return initials.toUpperCase();
}

const UPPER_FIRST = /^\p{Lu}/u;

function startsUpper(part: string): boolean {
  const code = part.charCodeAt(0);
  // An ASCII letter answers directly; anything else (and the empty part) asks the Unicode class.
  return code < 0x80 ? code >= 65 && code <= 90 : UPPER_FIRST.test(part);
}

/**
 * The organisations of the listed people, folded, so an owner naming one is known: each as written
 * without a trailing bracket, the acronym in that bracket ("Acme Systems (AS)"), and an all-capitals name.
 */
export function organisationsOf(people: Person[]): Set<string> {
  const organisations = new Set<string>();
  for (const person of people) {
    if (!person.organisation) continue;
    // Both patterns need a bracket; most organisations have none.
    const bracketed = person.organisation.includes('(');
    const org = (bracketed ? person.organisation.replace(/\s*\([^)]*\)\s*$/, '') : person.organisation).trim();
    organisations.add(fold(org));
    const acronym = bracketed ? /\(([A-Z][A-Za-z&]{1,7})\)/.exec(person.organisation) : null;
    if (acronym) organisations.add(fold(acronym[1]));
    if (/^[A-Z&]{2,8}$/.test(org)) organisations.add(fold(org));
  }
  return organisations;
}

function shapes(full: string, words: number, length = full.length): [string, string] {
  const last = full.slice(full.lastIndexOf(' ') + 1);
  return [`${words} ${length} ${full[0]}`, `${words} ${length} ~${last[0]}`];
}

function add(map: Map<string, Person[]>, key: string, person: Person): void {
  const list = map.get(key);
  if (list) list.push(person);
  else map.set(key, [person]);
}
