import type { Owner, Person } from '../model/types.js';
import { GROUP_OWNER } from '../lexicon/actions.js';
import { CALL_SIGN, isPersonalName, isRoleLike, ORGANISATION_WORDS, stripHonorifics } from '../lexicon/names.js';
import { editDistance, fold } from '../text/normalise.js';
import { PhraseCounter } from '../text/phrase-count.js';
import { splitTopLevel } from '../text/split.js';
import { OwnerMemo } from './owner-memo.js';
import { organisationsOf, PersonIndex } from './person-index.js';
import { letterPattern } from '../text/letters.js';

// "@ann @bob": handles in one cell are separated by spaces alone.
// "SOR", "AdV", "MvdB": initials as the minutes write them for someone.
const INITIALS_AS_WRITTEN = /^\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3}$/u;
const SHORT_NAME = /^\p{Lu}\p{Ll}$/u;
const FIRST_AND_INITIAL = /^(\S{2,}) (\p{L})\.?$/u;
const EMAIL = /^([\w.'-]{1,64})(?:\+[\w.-]*)?@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
const OWNER_SEPARATOR = /\s*(?:,|;|\/|&|\+|\band\b)\s*|\s+(?=@)/gi;
const OWNER_LABEL = /^\s*(?:owners?|lead|by)\s*:\s*/i;
const NO_OWNER = /^(?:tbc|tbd|n\/a|-|none)$/i;
const LONE_CONJUNCTION = /^(?:and|&)$/i;
const INITIAL_AND_SURNAME = /^([a-z])\.? (\S.*)$/;
const BODY = /\b(?:committee|team|group|board|panel|partnership|council|service|forum|network|office|unit)$/i;
/** "Office of the Police and Crime Commissioner", "Department for Health and Social Care": a body named after what it serves. */
const BODY_OF = /^(?:office|department|ministry|directorate|bureau|university|college) (?:of|for) /i;
/** "Jo Doe MPS": a name, then its organisation's acronym in capitals. */
const TRAILING_ACRONYM = /\s+[A-Z]{2,6}$/;
/** "Keith Niven MPS", "Jo Doe DfE": as above, lower-case letters allowed inside. */
const TRAILING_ORG_ACRONYM = /\s+[A-Z][A-Za-z]{0,5}[A-Z]$/;
const ACRONYM = /^[A-Z][A-Za-z&]{2,9}$/;
const OFFICE_INITIALS = /^[A-Z]{2,4}$/;
const OFFICE_FIELD = /^(.+?) \(([A-Z][a-z]+(?: (?:and|&|[A-Z][a-z]+)){0,3})\)$/;
const TRAILING_NOTE = /(?:\s+\([^)]*\)|\((?![A-Za-z]{1,4}\))[^)]*\))\s*$/;
/** Initials, with letters beyond ASCII too ("FØ", "ŁLe", "MałL"). */
const INITIALS = letterPattern(String.raw`^\p{Lu}\p{L}{0,4}$`, 'u');
/** All capitals, or two capitals at least: "JH", "JHo", not "Jo". */
const CAPITALS = letterPattern(String.raw`^\p{Lu}+$|\p{Lu}.*\p{Lu}`, 'u');
const ACRONYM_CAPITALS = /^[A-Z&]+$|[A-Z].*[A-Z]/;
/** An IRC nick written without "@" ("ACTION: jkowal to …"). */
const NICK = /^[a-z][\w-]{1,20}$/;
const ONE_WORD = /^[A-Z][a-z]+$/;

/** A near-miss spelling that was resolved to a known person. */
export interface NearMiss {
  written: string;
  person: Person;
  line: number;
}

/**
 * The people and organisations of one meeting, for resolving owners written as initials, names or
 * bodies. The rules are the private methods below `resolve`; `memo` remembers their answers, and
 * `index` and `organisations` are the roll's lookups, built once.
 */
export class Directory {
  readonly nearMisses: NearMiss[] = [];
  private readonly people: Person[];
  private readonly index: PersonIndex;
  private readonly organisations: Set<string>;
  /** The offices the roll gives people, folded ("head of risk and business continuity"). */
  private readonly roles: Set<string>;
  private readonly aliases: Map<string, string>;
  private readonly phrases: PhraseCounter;
  /** The person each owner handed out stands for, for `settleNames` and `knows`. */
  private readonly personOf = new WeakMap<Owner, Person>();
  private readonly memo = new OwnerMemo(
    {
      owners: (raw) => this.ownersIn(raw),
      owner: (written) => this.ownerOf(written),
      closeTo: (folded) => this.personCloseTo(folded),
      count: (name) => this.phrases.count(name),
    },
    this.personOf,
  );
  /** Spelling of each person's name used in owners: the one the minutes use most often. */
  private readonly canonical = new Map<Person, string>();
  /** Near misses reported so far, by line and spelling. */
  private readonly reported = new Set<string>();
  /** Line of the owner being resolved, for near-miss reports. */
  private line = 0;
  /** The initials of the offices the roll gives ("YC" for Youth Commissioner), once asked for. */
  private officeInitials: Set<string> | null = null;

  constructor(people: Person[], fullText: string, aliases: Record<string, string> = {}) {
    this.people = people;
    this.index = new PersonIndex(people);
    this.organisations = organisationsOf(people);
    this.roles = new Set(people.flatMap((person) => (person.role ? [fold(person.role)] : [])));
    this.aliases = new Map(Object.entries(aliases).map(([alias, name]) => [fold(alias), name]));
    this.phrases = new PhraseCounter(fullText);
  }

  /** Splits an owner cell or ACTION parenthesis into owners and resolves each one. */
  resolveAll(raw: string | null, line = 0): Owner[] {
    this.line = line;
    return raw ? this.memo.ownerList(raw) : [];
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

  /**
   * Whether the words name only people of the minutes' roll or offices ("Mr. Dwane", "The Meetings Administrator"): the
   * owners a sentence of prose may give a task to, where a body or a stranger is more often only spoken of.
   */
  namesSomeone(raw: string): boolean {
    const owners = this.resolveAll(raw);
    return owners.length > 0 && owners.every((o) => o.kind === 'role' || (o.kind === 'person' && this.personOf.has(o)));
  }

  /** The owners' names `resolveAll` gives, for comparing owners: a remembered list needs no copies of its owners. */
  resolveNames(raw: string | null, line = 0): string[] {
    this.line = line;
    return (raw ? this.memo.rememberedNames(raw) : undefined) ?? this.resolveAll(raw, line).map((owner) => owner.name);
  }

  /** One owner as written to a person, organisation, role, group ("All") or unknown. */
  resolve(written: string): Owner {
    return this.memo.owner(written);
  }

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

  /**
   * The initials the minutes use for people the roll lists without them ("Action: SOR" for Dr Siobhan O'Rourke), as
   * written, by person: the first way they are written where the minutes write one person's initials two ways.
   */
  initialsUsed(owners: Owner[]): Map<Person, string> {
    const used = new Map<Person, string>();
    for (const owner of owners) {
      const person = this.personOf.get(owner);
      if (!person || person.initials || !INITIALS_AS_WRITTEN.test(owner.raw)) continue;
      if (used.has(person) && used.get(person) !== owner.raw) continue;
      used.set(person, owner.raw);
    }
    return used;
  }

  /** The spelling of a person's name used in owners (the minutes' most frequent one). */
  nameOf(person: Person): string {
    return this.canonical.get(person) ?? person.name;
  }

  /** True when the text names the organisation of someone listed. */
  isKnownOrganisation(text: string): boolean {
    return this.organisations.has(fold(text));
  }

  /** The owners in a cell: nobody, one known organisation, or the pieces between separators, each once. */
  private ownersIn(raw: string): Owner[] {
    const cleaned = raw.replace(OWNER_LABEL, '').trim();
    if (cleaned === '' || NO_OWNER.test(cleaned)) return [];
    if (this.isKnownOrganisation(cleaned)) return [{ name: cleaned, kind: 'organisation', raw: cleaned }];
    // "Head of Risk and Business Continuity": an office the roll gives someone, "and" and all.
    if (cleaned.includes(' and ') && this.roles.has(fold(cleaned))) return [this.resolve(cleaned)];
    const pieces = this.joinUnresolvable(splitTopLevel(cleaned, OWNER_SEPARATOR).filter((p) => !LONE_CONJUNCTION.test(p)));
    const seen = new Set<string>();
    return pieces
      .map((piece) => this.resolve(piece))
      .filter((owner) => {
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
      while (i + 1 < pieces.length && ONE_WORD.test(piece) && this.resolve(piece).kind === 'unknown') {
        piece = `${piece} and ${pieces[++i]}`;
      }
      // "Director of Finance and Resources", "Dean of Science and Engineering": one office, not two owners.
      const previous = out[out.length - 1];
      if (previous && / of /.test(previous) && ONE_WORD.test(piece) && isRoleLike(previous) && this.resolve(piece).kind === 'unknown') {
        out[out.length - 1] = `${previous} and ${piece}`;
        continue;
      }
      // "Office of the Police and Crime Commissioner": a body's name goes on past "and" to anyone but a person or group.
      if (previous && BODY_OF.test(previous) && !['person', 'group'].includes(this.resolve(piece).kind)) {
        out[out.length - 1] = `${previous} and ${piece}`;
        continue;
      }
      out.push(piece);
    }
    return out;
  }

  /** One owner, by the first rule that applies: group, listed person, organisation, role, body, named person, acronym. */
  private ownerOf(written: string): Owner {
    const raw = written.trim();
    const text = this.unadorned(raw);
    if (GROUP_OWNER.test(text)) return { name: text, kind: 'group', raw };
    const person = this.findPerson(text) ?? this.findPerson(text.replace(TRAILING_ACRONYM, '')) ?? this.holderNamed(text);
    if (person) {
      const owner: Owner = { name: this.nameOf(person), kind: 'person', raw };
      this.personOf.set(owner, person);
      return owner;
    }
    if (this.isKnownOrganisation(text)) return { name: text, kind: 'organisation', raw };
    if (isRoleLike(text)) return { name: text, kind: 'role', raw };
    if (BODY.test(text) || BODY_OF.test(text)) return { name: text, kind: 'organisation', raw };
    // "Tidewright Foundation", "Quayside Software", "Willow Bend Fire Department": capitalised words ending in a body's word.
    if (endsInOrganisationWord(text)) return { name: text, kind: 'organisation', raw };
    const withoutOrg = text.replace(TRAILING_ORG_ACRONYM, '');
    if (withoutOrg !== text && isPersonalName(withoutOrg)) return { name: withoutOrg, kind: 'person', raw };
    if (isPersonalName(text)) return { name: text, kind: 'person', raw };
    // "YC" for the Youth Commissioner on the roll: an office by its initials.
    if (OFFICE_INITIALS.test(text) && this.initialsOfOffices().has(text)) return { name: text, kind: 'role', raw };
    if (ACRONYM.test(text) && ACRONYM_CAPITALS.test(text)) return { name: text, kind: 'organisation', raw };
    return { name: text, kind: 'unknown', raw };
  }

  private initialsOfOffices(): Set<string> {
    this.officeInitials ??= new Set(
      this.people.flatMap((person) => (person.role ? [person.role.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('')] : [])),
    );
    return this.officeInitials;
  }

  /** "Finance Director Bhatt", "Public Works Director Okafor": an office, then the name of the one who holds it. */
  private holderNamed(text: string): Person | null {
    const words = text.split(' ');
    for (let i = words.length - 1; i > 0; i--) {
      if (isRoleLike(words.slice(0, i).join(' '))) return this.findPerson(words.slice(i).join(' '));
    }
    return null;
  }

  /** An owner without "the", a trailing bracket or stop, or a title before a name; then what its alias stands for. */
  private unadorned(raw: string): string {
    // A bracket closing the owner is a note ("Clerk (JB)", "@SUM(1)"), but for the letters of an office's name ("ADC(S)").
    const unarticled = raw.replace(/^the\s+/i, '');
    // "Director (Finance)": the office's field in brackets is part of its name.
    const field = OFFICE_FIELD.exec(unarticled);
    const plain = (field && isRoleLike(field[1]) && !isPersonalName(field[2]) ? unarticled : unarticled.replace(TRAILING_NOTE, '')).replace(/[.:]$/, '').replace(CALL_SIGN, '').trim();
    // "Chief Finance Officer" is a role; only a title in front of a name ("Cllr Hurst", "Dr Pike") is dropped.
    const text = isRoleLike(plain) ? plain : stripHonorifics(plain);
    // Most runs configure no aliases; then there is nothing to fold the owner for.
    return (this.aliases.size > 0 ? this.aliases.get(fold(text)) : undefined) || text;
  }

  /** The person meant by @handle, nick, initials, full name, a unique surname (of one word or several) or first name, or a near miss of a full name. */
  findPerson(text: string): Person | null {
    if (text === '') return null;
    if (text.startsWith('@')) return this.index.handle(text.toLowerCase()) ?? this.byHandleShape(text.slice(1).toLowerCase());
    // "keisha.montgomery-wells@tallyworks.com", "joost@…": the name an address is made of.
    const email = EMAIL.exec(text);
    if (email) return this.findPerson(email[1].replace(/[._]+/g, ' '));
    const byNick = NICK.test(text) ? this.index.handle(`@${text}`) : null;
    if (byNick) return byNick;
    const byInitials = looksLikeInitials(text) ? this.byInitials(text) : null;
    if (byInitials) return byInitials;
    const folded = fold(text);
    const exact = this.index.full(folded);
    if (exact) return exact;
    // "Jo", "Ed": a short first name, written as one (not "JO", initials).
    if (!/\s/.test(text.trim()) && (folded.length > 2 || SHORT_NAME.test(text))) return this.bySingleName(folded);
    // A surname of several words ("van der Berg", "Ní Bhriain") that ends only one listed name.
    const byTail = this.index.tail(folded);
    if (byTail.length === 1) return byTail[0];
    // "G Penhaligon", "S. Achebe-Ward": an initial and the surname of one listed person whose first name it opens.
    const initialled = INITIAL_AND_SURNAME.exec(folded);
    if (initialled) {
      const tails = initialled[2].includes(' ') ? this.index.tail(initialled[2]) : [];
      const person = initialled[2].includes(' ') ? (tails.length === 1 ? tails[0] : null) : this.bySingleName(initialled[2]);
      if (person && fold(person.name).startsWith(initialled[1])) return person;
    }
    // "Tanya B", "Sarah P.": a first name and the initial of the surname of one listed person.
    const firstAndInitial = FIRST_AND_INITIAL.exec(folded);
    if (firstAndInitial) {
      const named = this.index.first(firstAndInitial[1]).filter((person) => fold(person.name).split(' ').at(-1)!.startsWith(firstAndInitial[2]));
      if (named.length === 1) return named[0];
    }
    if (folded.length >= 6 && folded.split(' ').length >= 2) return this.nearMiss(text, folded);
    return null;
  }

  /** The one person with these initials: as listed, in any case, or (for people listed without) made from the name. */
  private byInitials(text: string): Person | null {
    const exact = this.index.initials(text);
    if (exact.length === 1) return exact[0];
    if (exact.length > 1) return null;
    const loose = this.index.looseInitials(text.toUpperCase());
    if (loose.length === 1) return loose[0];
    // Minutes often use initials the attendance list never gave: "HCL" for Hamish Carrow-Lyle.
    const derived = this.index.derivedInitials(text.toUpperCase());
    if (derived.length > 0) return derived.length === 1 ? derived[0] : null;
    const leading = text.length === 2 ? this.index.leadingInitials(text.toUpperCase()) : [];
    return leading.length === 1 ? leading[0] : null;
  }

  /** One word ("Quintero", "Hughes-Parry", "Rosa"): a surname or first name that only one person has. */
  private bySingleName(folded: string): Person | null {
    const bySurname = this.index.last(folded);
    if (bySurname.length === 1) return bySurname[0];
    const byFirst = this.index.first(folded);
    return byFirst.length === 1 ? byFirst[0] : null;
  }

  /**
   * The one person an undeclared handle is made from: first name (`@maya`), surname (`@okafor`), both run
   * together (`@jeanluc`), initial and surname (`@mruiz`, `@jkowal`, `@cobriain`), or first name and the initials of the
   * rest (`@kwame-md`).
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
      // "@cobriain" (Ciarán Ó Briain): the initial and a surname of several words run together; "@kwame-md"
      // (Kwame Mensah-Dutton): the first name and the initials of the rest, hyphenated parts too.
      const rest = fold(person.name).replace(/[^a-z -]/g, '').split(/[\s-]+/).filter(Boolean).slice(1);
      const shaped = h === first || h === last || h === first + last || h === words.join('') || h === words.slice(0, -1).join('') || h === first + last[0] || (h.length >= 4 && h[0] === first[0] && last.startsWith(h.slice(1))) ||
        (h.length >= 4 && h === first[0] + words.slice(1).join('')) || (rest.length > 1 && h === first + rest.map((word) => word[0]).join(''));
      if (!shaped) continue;
      if (found) return null;
      found = person;
    }
    return found;
  }

  /** "Hong Tang" for "Hong Tan", "Besty" for "Betsy": the person, noting the spelling the minutes prefer and reporting it. */
  private nearMiss(text: string, folded: string): Person | null {
    this.memo.metNearMiss();
    const person = this.memo.closeTo(folded);
    if (!person) return null;
    // The spelling the minutes use most wins, so a slip in the attendance list is not copied into owners.
    if (this.memo.count(text) > this.memo.count(person.name)) this.canonical.set(person, text);
    // Resolutions made only to compare owners (line 0) are not reported; each spelling is reported once per line.
    const key = `${this.line}\n${text}`;
    if (this.line > 0 && !this.reported.has(key)) {
      this.reported.add(key);
      this.nearMisses.push({ written: text, person, line: this.line });
    }
    return person;
  }

  /** The one listed person whose name is within two edits, one in five letters, of `folded`, or null. */
  private personCloseTo(folded: string): Person | null {
    const limit = Math.min(2, Math.floor(folded.length / 5));
    // Only names of about the same length and shape can be close; too many such names make any guess a gamble.
    const candidates = this.index.nearCandidates(folded, limit);
    const close = candidates ? candidates.filter((p) => editDistance(this.index.folded(p), folded, limit) <= limit) : [];
    return close.length === 1 ? close[0] : null;
  }
}

/** Up to five letters, the first and one more (or all) capitals: "JH", "JHo", "FØ", not "Jo" or "Núñez". */
function looksLikeInitials(text: string): boolean {
  return INITIALS.test(text) && CAPITALS.test(text);
}

const CAPITALISED_WORDS = letterPattern(String.raw`^\p{Lu}\S*(?: (?:\p{Lu}\S*|and|&|of|the|for))+$`, 'u');

/** Two or more capitalised words, the last a word bodies are named with ("Trust", "Software", "LLP"). */
function endsInOrganisationWord(text: string): boolean {
  const space = text.lastIndexOf(' ');
  return space > 0 && ORGANISATION_WORDS.has(text.slice(space + 1).toLowerCase()) && CAPITALISED_WORDS.test(text);
}
