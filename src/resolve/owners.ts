import type { Owner, Person } from '../model/types.js';
import { editDistance, fold } from '../text/normalise.js';
import { PhraseCounter } from '../text/phrase-count.js';
import { PersonIndex } from './person-index.js';
import { isPersonalName, isRoleLike, stripHonorifics } from '../lexicon/names.js';
import { splitTopLevel } from '../text/split.js';

// "@ann @bob": handles in one cell are separated by spaces alone.
const OWNER_SEPARATOR = /\s*(?:,|;|\/|&|\+|\band\b)\s*|\s+(?=@)/gi;

/** A near-miss spelling that was resolved to a known person. */
export interface NearMiss {
  written: string;
  person: Person;
  line: number;
}

/** The people and organisations of one meeting, for resolving owners written as initials, names or bodies. */
export class Directory {
  private readonly people: Person[];
  private readonly organisations = new Set<string>();
  /** Spelling of each person's name used in owners: the one the minutes use most often. */
  private readonly canonical = new Map<Person, string>();
  readonly nearMisses: NearMiss[] = [];

  /** Each person's name folded whole, and its first and last words, computed once. */
  private readonly keys: Map<Person, { full: string; first: string; last: string; words: number; derived: string }>;

  constructor(people: Person[], fullText: string, aliases: Record<string, string> = {}) {
    this.people = people;
    this.keys = new Map(
      people.map((p) => {
        const words = p.name.split(/\s+/);
        const full = fold(p.name);
        return [p, { full, first: fold(words[0]), last: fold(words[words.length - 1]), words: full.split(' ').length, derived: initialsOf(p.name) }];
      }),
    );
    this.index = new PersonIndex(people, this.keys);
    this.phrases = new PhraseCounter(fullText);
    this.aliases = new Map(Object.entries(aliases).map(([alias, name]) => [fold(alias), name]));
    for (const person of people) {
      if (!person.organisation) continue;
      // Both patterns need a bracket; most organisations have none.
      const bracketed = person.organisation.includes('(');
      const org = (bracketed ? person.organisation.replace(/\s*\([^)]*\)\s*$/, '') : person.organisation).trim();
      this.organisations.add(fold(org));
      const acronym = bracketed ? /\(([A-Z][A-Za-z&]{1,7})\)/.exec(person.organisation) : null;
      if (acronym) this.organisations.add(fold(acronym[1]));
      if (/^[A-Z&]{2,8}$/.test(org)) this.organisations.add(fold(org));
    }
  }

  private readonly aliases: Map<string, string>;
  /** The people by each key an owner may be written as, so a lookup never walks the whole list. */
  private readonly index: PersonIndex;
  private readonly phrases: PhraseCounter;
  /** Near misses reported so far, by line and spelling. */
  private readonly reported = new Set<string>();
  /** Line of the owner being resolved, for near-miss reports. */
  private line = 0;

  /** Splits an owner cell or ACTION parenthesis into owners and resolves each one. */
  resolveAll(raw: string | null, line = 0): Owner[] {
    this.line = line;
    if (!raw) return [];
    // The same owner cells recur through a set of minutes; as in `resolve`, a list with a near miss
    // is resolved afresh so the near miss is reported at each line.
    const hit = this.resolvedLists.get(raw);
    if (hit) return hit.map((entry) => this.copyOf(entry));
    const nearMissesBefore = this.nearMissCount;
    const owners = this.resolveAllUncached(raw);
    if (this.nearMissCount === nearMissesBefore) this.resolvedLists.set(raw, owners.map((owner) => ({ owner: { ...owner }, person: this.personOf.get(owner) ?? null })));
    return owners;
  }

  /**
   * True when every owner in the phrase is someone of the minutes: a listed person, an organisation, a role
   * or a group. Minutes with no list of people accept any personal name.
   */
  knows(raw: string): boolean {
    if (raw.startsWith('@')) return true;
    const owners = this.resolveAll(raw);
    return owners.length > 0 && owners.every((o) => o.kind === 'organisation' || o.kind === 'role' || o.kind === 'group' || (o.kind === 'person' && (this.people.length === 0 || this.personOf.has(o))));
  }

  /** The owners' names `resolveAll` gives, for comparing owners: a cached list needs no copies of its owners. */
  resolveNames(raw: string | null, line = 0): string[] {
    const hit = raw ? this.resolvedLists.get(raw) : undefined;
    if (hit) {
      this.line = line;
      return hit.map((entry) => entry.owner.name);
    }
    return this.resolveAll(raw, line).map((owner) => owner.name);
  }

  private readonly resolvedLists = new Map<string, { owner: Owner; person: Person | null }[]>();
  /** Near-miss resolutions so far, so a cache can tell whether one happened. */
  private nearMissCount = 0;

  /** A fresh copy of a cached owner, still linked to its person for `settleNames`. */
  private copyOf(entry: { owner: Owner; person: Person | null }): Owner {
    const owner = { ...entry.owner };
    if (entry.person) this.personOf.set(owner, entry.person);
    return owner;
  }

  private resolveAllUncached(raw: string): Owner[] {
    const cleaned = raw.replace(/^\s*(?:owners?|lead|by)\s*:\s*/i, '').trim();
    if (cleaned === '' || /^(?:tbc|tbd|n\/a|-|none)$/i.test(cleaned)) return [];
    if (this.isKnownOrganisation(cleaned)) return [{ name: cleaned, kind: 'organisation', raw: cleaned }];
    const pieces = this.joinUnresolvable(splitTopLevel(cleaned, OWNER_SEPARATOR).filter((p) => !/^(?:and|&)$/i.test(p)));
    const owners = pieces.map((piece) => this.resolve(piece));
    const seen = new Set<string>();
    return owners.filter((owner) => {
      const key = fold(owner.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** "Fire and Rescue Service", "Building and Grounds Committee": a lone word that names nobody joins the next piece. */
  private joinUnresolvable(pieces: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < pieces.length; i++) {
      let piece = pieces[i];
      while (i + 1 < pieces.length && /^[A-Z][a-z]+$/.test(piece) && this.resolve(piece).kind === 'unknown') {
        piece = `${piece} and ${pieces[++i]}`;
      }
      // "Director of Finance and Resources", "Dean of Science and Engineering": one office, not two owners.
      const previous = out[out.length - 1];
      if (previous && / of /.test(previous) && /^[A-Z][a-z]+$/.test(piece) && isRoleLike(previous) && this.resolve(piece).kind === 'unknown') {
        out[out.length - 1] = `${previous} and ${piece}`;
        continue;
      }
      out.push(piece);
    }
    return out;
  }

  /** One owner as written to a person, organisation, role, group ("All") or unknown. */
  resolve(written: string): Owner {
    // The same owners recur through a set of minutes; a near miss is resolved afresh each time so it is reported at each line.
    const hit = this.resolved.get(written);
    if (hit) return this.copyOf(hit);
    this.sawNearMiss = false;
    const owner = this.resolveUncached(written);
    if (!this.sawNearMiss) this.resolved.set(written, { owner: { ...owner }, person: this.personOf.get(owner) ?? null });
    return owner;
  }

  private readonly resolved = new Map<string, { owner: Owner; person: Person | null }>();
  private sawNearMiss = false;

  private resolveUncached(written: string): Owner {
    const raw = written.trim();
    const plain = raw.replace(/^the\s+/i, '').replace(/\s*\([^)]*\)\s*$/, '').replace(/[.:]$/, '').trim();
    // "Chief Finance Officer" is a role; only a title in front of a name ("Cllr Hurst", "Dr Pike") is dropped.
    let text = isRoleLike(plain) ? plain : stripHonorifics(plain);
    // Most runs configure no aliases; then there is nothing to fold the owner for.
    const alias = this.aliases.size > 0 ? this.aliases.get(fold(text)) : undefined;
    if (alias) text = alias;
    if (/^(?:all|everyone|everybody|all members)\b/i.test(text)) return { name: text, kind: 'group', raw };

    const person = this.findPerson(text) ?? this.findPerson(text.replace(/\s+[A-Z]{2,6}$/, ''));
    if (person) {
      const owner: Owner = { name: this.nameOf(person), kind: 'person', raw };
      this.personOf.set(owner, person);
      return owner;
    }
    if (this.isKnownOrganisation(text)) return { name: text, kind: 'organisation', raw };
    if (isRoleLike(text)) return { name: text, kind: 'role', raw };
    if (/\b(?:committee|team|group|board|panel|partnership|council|service|forum|network|office|unit)$/i.test(text)) {
      return { name: text, kind: 'organisation', raw };
    }
    // "Keith Niven MPS": a person followed by their organisation's acronym.
    const withoutOrg = text.replace(/\s+[A-Z][A-Za-z]{0,5}[A-Z]$/, '');
    if (withoutOrg !== text && isPersonalName(withoutOrg)) return { name: withoutOrg, kind: 'person', raw };
    if (isPersonalName(text)) return { name: text, kind: 'person', raw };
    if (/^[A-Z][A-Za-z&]{2,9}$/.test(text) && /^[A-Z&]+$|[A-Z].*[A-Z]/.test(text)) return { name: text, kind: 'organisation', raw };
    return { name: text, kind: 'unknown', raw };
  }

  /** The person meant by initials, @handle, full name (or a near-miss of it), first name or surname. */
  findPerson(text: string): Person | null {
    if (text === '') return null;
    if (text.startsWith('@')) return this.index.handle(text.toLowerCase()) ?? this.byHandleShape(text.slice(1).toLowerCase());
    // An IRC nick written without "@" ("ACTION: jkowal to …") is the person's declared handle.
    if (/^[a-z][\w-]{1,20}$/.test(text)) {
      const byNick = this.index.handle(`@${text}`);
      if (byNick) return byNick;
    }
    if (/^[A-Z][A-Za-z]{0,4}$/.test(text) && /^[A-Z]+$|[A-Z].*[A-Z]/.test(text)) {
      const exact = this.index.initials(text);
      if (exact.length === 1) return exact[0];
      if (exact.length === 0) {
        const loose = this.index.looseInitials(text.toUpperCase());
        if (loose.length === 1) return loose[0];
        // Minutes often use initials the attendance list never gave: "HCL" for Hamish Carrow-Lyle.
        const derived = this.index.derivedInitials(text.toUpperCase());
        if (derived.length === 1) return derived[0];
      }
    }
    const folded = fold(text);
    const exact = this.index.full(folded);
    if (exact) return exact;
    const parts = folded.split(' ');
    if (!/\s/.test(text.trim()) && folded.length > 2) {
      // One word ("Quintero", "Hughes-Parry", "Rosa"): a surname or first name that only one person has.
      const bySurname = this.index.last(folded);
      if (bySurname.length === 1) return bySurname[0];
      const byFirst = this.index.first(folded);
      if (byFirst.length === 1) return byFirst[0];
      return null;
    }
    if (parts.length >= 2 && folded.length >= 6) return this.nearMiss(text, folded);
    return null;
  }

  /**
   * The one person an undeclared handle is made from: first name (`@maya`), surname (`@okafor`), both run
   * together (`@jeanluc`), or initial and surname (`@mruiz`, `@jkowal`).
   */
  private byHandleShape(handle: string): Person | null {
    const h = handle.replace(/[^a-z]/g, '');
    if (h.length < 2) return null;
    let found: Person | null = null;
    for (const person of this.people) {
      const words = fold(person.name).replace(/[^a-z ]/g, '').split(' ').filter(Boolean);
      if (words.length < 2) continue;
      const first = words[0];
      const last = words[words.length - 1];
      const shaped = h === first || h === last || h === first + last || h === words.join('') || h === words.slice(0, -1).join('') || h === first + last[0] || (h.length >= 4 && h[0] === first[0] && last.startsWith(h.slice(1)));
      if (!shaped) continue;
      if (found) return null;
      found = person;
    }
    return found;
  }

  /** "Hong Tang" for "Hong Tan", "Besty" for "Betsy": at most two edits, one letter in five. */
  private nearMiss(text: string, folded: string): Person | null {
    this.sawNearMiss = true;
    this.nearMissCount++;
    const person = this.closeTo(folded);
    if (!person) return null;
    // The spelling the minutes use most wins, so a slip in the attendance list is not copied into owners.
    if (this.countOf(text) > this.countOf(person.name)) this.canonical.set(person, text);
    // Resolutions made only to compare owners (line 0) are not reported; each spelling is reported once per line.
    const key = `${this.line}\n${text}`;
    if (this.line > 0 && !this.reported.has(key)) {
      this.reported.add(key);
      this.nearMisses.push({ written: text, person, line: this.line });
    }
    return person;
  }

  /** The one listed person whose name is within the near-miss limit of `folded`, or null; remembered per spelling. */
  private closeTo(folded: string): Person | null {
    const known = this.close.get(folded);
    if (known !== undefined) return known;
    const limit = Math.min(2, Math.floor(folded.length / 5));
    // Only names of about the same length and shape can be close; too many such names make any guess a gamble.
    const candidates = this.index.nearCandidates(folded, limit);
    const close = candidates ? candidates.filter((p) => editDistance(this.keys.get(p)!.full, folded, limit) <= limit) : [];
    const person = close.length === 1 ? close[0] : null;
    this.close.set(folded, person);
    return person;
  }

  private readonly close = new Map<string, Person | null>();

  /**
   * Rewrites resolved owners' names with each person's final spelling; call once every owner is resolved,
   * since a later near-miss can show that the attendance list misspelt a name.
   */
  settleNames(owners: Owner[]): void {
    for (const owner of owners) {
      const person = this.personOf.get(owner);
      if (person) owner.name = this.nameOf(person);
    }
  }

  private readonly personOf = new WeakMap<Owner, Person>();

  /** The spelling of a person's name used in owners (the minutes' most frequent one). */
  nameOf(person: Person): string {
    return this.canonical.get(person) ?? person.name;
  }

  /** How often the minutes spell a name this way; remembered, as the same near miss recurs. */
  private countOf(name: string): number {
    let count = this.counts.get(name);
    if (count === undefined) {
      count = this.phrases.count(name);
      this.counts.set(name, count);
    }
    return count;
  }

  private readonly counts = new Map<string, number>();

  isKnownOrganisation(text: string): boolean {
    return this.organisations.has(fold(text));
  }
}

/** Initials made from a name: first letter of each word and of each hyphenated part. */
export function initialsOf(name: string): string {
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
