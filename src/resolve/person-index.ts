import type { Person } from '../model/types.js';
import { fold, isAscii, startsUpperCase } from '../text/normalise.js';

/** A person's name as owners are compared with it: folded whole, its first and last words, word count, initials made from it. */
interface NameKeys {
  full: string;
  first: string;
  last: string;
  words: number;
  derived: string;
  /** Other initials the name is written with: "SOR" for Siobhan O'Rourke, "KB" for Kerry-Ann Briggs, "MVDB" for Maarten van den Berg. */
  variants: string[];
}

/**
 * Most names that look alike are worth comparing letter by letter. Past this many, a near miss is
 * ambiguous anyway, and comparing with all of them made a crafted attendance list quadratic.
 */
const MAX_NEAR_CANDIDATES = 64;

/**
 * The people of a meeting by every key an owner can be written as (handle, initials, full name,
 * first or last word, and length with first letters for near misses): each lookup costs the same
 * however long the attendance list is. Lists keep the attendance order, as a scan of it would. Each
 * table is built the first time it is asked for: most meetings' owners are initials or full names.
 */
export class PersonIndex {
  private readonly people: Person[];
  /** Each person's name keys, computed once. */
  private readonly keys = new Map<Person, NameKeys>();
  private handles: Map<string, Person> | undefined;
  private fullNames: Map<string, Person> | undefined;
  private byInitials: Map<string, Person[]> | undefined;
  private byLooseInitials: Map<string, Person[]> | undefined;
  private byDerived: Map<string, Person[]> | undefined;
  private byVariant: Map<string, Person[]> | undefined;
  private byLeading: Map<string, Person[]> | undefined;
  private byFirst: Map<string, Person[]> | undefined;
  private byLast: Map<string, Person[]> | undefined;
  private byTail: Map<string, Person[]> | undefined;
  /** Words, length and the first letter of the first (or, after `~`, the last) word → people. */
  private byShape: Map<string, Person[]> | undefined;

  constructor(people: Person[]) {
    this.people = people;
  }

  private keysOf(person: Person): NameKeys {
    let keys = this.keys.get(person);
    if (!keys) {
      keys = nameKeys(person.name);
      this.keys.set(person, keys);
    }
    return keys;
  }

  /** A table of the people by one key; `keyOf` gives a person's key, or null for none. */
  private table(keyOf: (person: Person) => string | null): Map<string, Person[]> {
    const map = new Map<string, Person[]>();
    for (const person of this.people) {
      const key = keyOf(person);
      if (key !== null) add(map, key, person);
    }
    return map;
  }

  /** The first person for each key, for keys that name one person. */
  private firstOf(keyOf: (person: Person) => string | null): Map<string, Person> {
    const map = new Map<string, Person>();
    for (const person of this.people) {
      const key = keyOf(person);
      if (key !== null && !map.has(key)) map.set(key, person);
    }
    return map;
  }

  /** A listed person's name, folded whole. */
  folded(person: Person): string {
    return this.keysOf(person).full;
  }

  handle(lowerCased: string): Person | null {
    this.handles ??= this.firstOf((person) => person.handle?.toLowerCase() ?? null);
    return this.handles.get(lowerCased) ?? null;
  }

  full(folded: string): Person | null {
    this.fullNames ??= this.firstOf((person) => this.keysOf(person).full);
    return this.fullNames.get(folded) ?? null;
  }

  initials(text: string): Person[] {
    this.byInitials ??= this.table((person) => person.initials);
    return this.byInitials.get(text) ?? [];
  }

  looseInitials(upperCased: string): Person[] {
    this.byLooseInitials ??= this.table((person) => person.initials?.toUpperCase() ?? null);
    return this.byLooseInitials.get(upperCased) ?? [];
  }

  /**
   * People listed without initials whose name gives these, accents aside ("EN" or "ÉN" for Élodie Núñez); failing
   * that, whose name gives them written another way ("SOR" for Siobhan O'Rourke).
   */
  derivedInitials(upperCased: string): Person[] {
    this.byDerived ??= this.table((person) => (person.initials ? null : this.keysOf(person).derived));
    const key = isAscii(upperCased) ? upperCased : [...upperCased].map(baseLetter).join('');
    const found = this.byDerived.get(key);
    if (found) return found;
    if (!this.byVariant) {
      this.byVariant = new Map();
      for (const person of this.people) if (!person.initials) for (const variant of this.keysOf(person).variants) add(this.byVariant, variant, person);
    }
    return this.byVariant.get(key) ?? [];
  }

  /**
   * People listed without initials whose name of four words or more opens with these ("MO" for Marcus Ong Jun Hao):
   * an English given name and the surname before the other given names, as Singaporean and Malaysian names go.
   */
  leadingInitials(upperCased: string): Person[] {
    this.byLeading ??= this.table((person) => {
      const keys = this.keysOf(person);
      return person.initials || keys.words < 4 ? null : keys.derived.slice(0, 2);
    });
    return this.byLeading.get(upperCased) ?? [];
  }

  first(folded: string): Person[] {
    this.byFirst ??= this.table((person) => this.keysOf(person).first);
    return this.byFirst.get(folded) ?? [];
  }

  last(folded: string): Person[] {
    this.byLast ??= this.table((person) => this.keysOf(person).last);
    return this.byLast.get(folded) ?? [];
  }

  /** People whose name ends in these words, two or more but not the whole name ("van der Berg", "Ní Bhriain"). */
  tail(folded: string): Person[] {
    if (!this.byTail) {
      const byTail = new Map<string, Person[]>();
      for (const person of this.people) {
        const words = this.keysOf(person).full.split(' ');
        for (let start = 1; start <= words.length - 2; start++) add(byTail, words.slice(start).join(' '), person);
      }
      this.byTail = byTail;
    }
    return this.byTail.get(folded) ?? [];
  }

  /**
   * People whose folded name could be within `limit` edits of `folded`: as many words, a length
   * within the limit, and the same first letter of the first or of the last word. Null when there are
   * too many to tell apart.
   */
  nearCandidates(folded: string, limit: number): Person[] | null {
    if (!this.byShape) {
      const byShape = new Map<string, Person[]>();
      for (const person of this.people) {
        const keys = this.keysOf(person);
        for (const shape of shapes(keys.full, keys.words)) add(byShape, shape, person);
      }
      this.byShape = byShape;
    }
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

/** The keys of one name, worked out once per name (a bounded memory): the same people recur through a set of minutes. */
function nameKeys(name: string): NameKeys {
  let keys = keysByName.get(name);
  if (!keys) {
    if (keysByName.size >= MAX_NAMES) keysByName.clear();
    const words = name.split(/\s+/);
    const full = fold(name);
    const derived = initialsOf(name);
    // "J. Patrick Nguyen" goes by Patrick: the given name after a first initial.
    const given = words.length > 2 && /^\p{Lu}\.?$/u.test(words[0]) ? words[1] : words[0];
    keys = { full, first: fold(given), last: fold(words[words.length - 1]), words: full.split(' ').length, derived, variants: initialVariants(name, derived) };
    keysByName.set(name, keys);
  }
  return keys;
}

const keysByName = new Map<string, Readonly<NameKeys>>();
const MAX_NAMES = 10_000;

/** Initials made from a name: first letter of each word and of each hyphenated part, without its accent. */
function initialsOf(name: string): string {
  let initials = '';
  for (const part of name.split(/[\s-]+/)) if (startsUpperCase(part)) initials += baseLetter(part[0]);
  return initials.toUpperCase();
}

/**
 * Initials written other ways than `initialsOf` makes them: a surname after O' or Mc counted as two ("SOR" for
 * Siobhan O'Rourke, "CMA" for Colin McAvoy), a hyphenated given name as one ("KB" for Kerry-Ann Briggs), particles
 * counted ("MVDB" for Maarten van den Berg), each initial before a surname ("JRW" for J.R. Whitcombe).
 */
function initialVariants(name: string, derived: string): string[] {
  const words = name.split(/\s+/);
  const variants = new Set<string>();
  variants.add(initialsOf(name.replace(/\b(O['\u2019]|Mc|Mac)(?=\p{Lu})/gu, '$1 ')));
  if (words.length > 1 && words[0].includes('-')) variants.add(initialsOf([words[0].split('-')[0], ...words.slice(1)].join(' ')));
  variants.add(words.map((word) => baseLetter(word[0] ?? '')).join('').toUpperCase());
  // "JRW" for J.R. Whitcombe: each initial of the given names counted.
  if (name.includes('.')) variants.add(initialsOf(name.replace(/\./g, ' ')));
  variants.delete(derived);
  return [...variants].filter((variant) => variant.length > 1);
}

/** "E" for "É": initials are often written without the accents of the name; "Ø" and "Ł" have none to lose. */
function baseLetter(letter: string): string {
  return letter.charCodeAt(0) < 0x80 ? letter : letter.normalize('NFD')[0];
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
