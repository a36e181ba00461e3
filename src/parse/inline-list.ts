/** Lists of people written on a line or in a sentence: "Cllrs A, B and C", "Jo Doe, Chair; Sam Lee". */
import { withoutGroupLead } from '../lexicon/attendance.js';
import { NAME_PARTICLE, isPostNominal, hasOrganisationWord, isOfficeWord, isPersonalName, isRoleLike, isTitleWord, ORGANISATION_WORDS, PERSONAL_TITLE_WORD, stripHonorifics } from '../lexicon/names.js';
import type { Person } from '../model/types.js';
import { splitTopLevel } from '../text/split.js';
import { cleanDescriptor, parsePersonEntry } from './person-entry.js';
import { startsUpperCase } from '../text/normalise.js';
import { letterPattern } from '../text/letters.js';

export const SEMICOLON = /;/g;
// "the Police", "the Safer Neighbourhood Team": a body named with its article, never a person.
// A separator that opens what is said of a person ("Jo Doe – Hale", "Jo Doe, Acme").
const DESCRIBED = /[,:\u2013\u2014(]|\s-\s/;
const THE_BODY = letterPattern(String.raw`^the\s\p{Lu}`, 'u');
const PLURAL_TITLE = /^(?:(?:parish|town|district|borough|county|city)\s)?(councillors|cllrs|messrs|council\s*members|supervisors|commissioners|selectmen|aldermen|legislators|trustees)\.?\s+/i;
// "Directors Alan Pryor, Beatrice Nwosu and Frank Delamere": a plural office before the names of those who hold it.
const PLURAL_OFFICE = /^(Directors|Stewards|Churchwardens|Elders|Trustees)\s+(?=[A-Z])/;
// Not inside a title ("Borough and County Councillor Jo Bee").
const AND = /(?<!\b(?:borough|county|district|parish|town|city))\s+(?:and|&)\s+/gi;
// splitTopLevel trims the pieces: a separator pattern need not take the spaces around it, and is faster without.
export const LIST_SEPARATOR = /[,;]/g;
const SEMICOLON_LIST = /\s*;\s*(?:and\s+)?/g;
const COMMA_LIST = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/g;

// "…, together with 9 members of the public": a count of people, not a person.
const PUBLIC_COUNT = /\b(?:(?:approximately|about|around|some|over)\s)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|no)\s(?:other\s)?members?\sof\s(?:the\s)?(?:public|press)\b/i;
// A search for literal words is much faster than the pattern, which most lines fail.
const PUBLIC_CUE = /public|press|PUBLIC|PRESS|Public|Press/;
const OFFICE_IN_BRACKETS = /^(.+?)\s\(([^()]{2,60})\)$/;
const ACRONYM = /^[A-Z]{2,6}$/;
/** "Summit Ridge Property Management": three words or more closed by the kind of a body ("Jo Church" is a person). */
function isBodyName(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return (words.length >= 3 && ORGANISATION_WORDS.has(words[words.length - 1])) || COMPANY_FORM.test(name);
}
// "Fjordbo BBL", "Fjellstad Bygg AS", "Lindqvist GmbH": a company's legal form closing its name.
const COMPANY_FORM = /\s(?:AS|ASA|BBL|GmbH|AG|SA|BV|NV|AB|Oy|Pty|LLC|SRL|SpA|KG|ApS|A\/S)$/;
const AND_FOR = /\s(and|&)\s(?:(?:noted|accepted|received)\s)?(?:for|from)\s(?:(?:members|trustees|governors|councillors)\s)?/gi;
// "14 (sign-in sheet on file), including Tom Ferris, …": a count, then the people it names.
const COUNT_THEN_NAMES = /^\d{1,4}\b[^,;]{0,60}?,?\s(?:including|incl\.?|among them|namely|of whom)\s/i;
const KIND_BEFORE_NAME = letterPattern(String.raw`(?<![\p{L}'])(?:(?:new|prospective|associate|honorary) )?(?:members?|patients?|residents?|parents?|carers?|pupils?|students?|guests?|visitors?|observers?) (?=\p{Lu}\p{Ll})`, 'gu');
const isDigit = (code: number) => code >= 48 && code <= 57;
const PUBLIC_LEAD_IN = /(?:^|\s)(?:together with|along with|plus|and|&|also)$/i;
// A title in the middle of a run starts the next person ("Cllr Martyn Cann Cllr Mick Peake"), also after an
// office ending in one ("Cllr A Bee County Councillor Cllr C Dee").
// A name straight after a bracket starts the next person ("Pam Lord (PL) Jo Wynn (JW)"): a lost comma.
const NAME_AFTER_BRACKET = letterPattern(String.raw`(?<=\))\s+(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\()`, 'gu');
const REPEATED_TITLE = letterPattern(String.raw`(?<=[\p{L}.)])(?<!\band|\b(?:cllrs?|councillors?|mrs?|ms|miss|dr)\.?|\b(?:borough|county|district|parish|town|city))\s+(?=(?:borough|county|district|parish|town|city)\s+(?:cllr|councillor)\.?\s+(?!(?:cllr|mr|mrs|ms|miss|dr)\b)\p{Lu}|(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+(?!(?:cllr|councillor)\b)\p{Lu})|(?<=\p{L}\s(?:(?:borough|county|district|parish|town|city)\s)?councillor)\s+(?=(?:cllr|mr|mrs|ms|miss|dr)\.?\s+\p{Lu})`, 'giu');
// Every title REPEATED_TITLE finds follows a space: a text with none skips that long pattern (and its compiling).
const SPACE_THEN_TITLE = /\s(?:cllr|councillor|mr|ms|miss|dr)/iu;

/** "Councillors A, B and C", "Jo Bloggs, Chair; Sam Lee, Treasurer" to people. */
const MENTION_AFTER_SPACE = letterPattern(String.raw` (?=@\p{Lu})`, 'gu');

// "O'Sullivan, Declan", "Whelan, Mark J.", "Fitzgerald, Conor (External)": a surname, then the given names, as Outlook lists people.
const SURNAME_FIRST = letterPattern(String.raw`^(?:\p{Lu}[\p{L}'’-]*|Ó|Ní)(?: (?:\p{Lu}[\p{L}'’-]*|${NAME_PARTICLE})){0,2}, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?)((?: \([^()]*\))?)$`, 'u');

/** "O'Sullivan, Declan" in a semicolon list → "Declan O'Sullivan"; any other piece as it is. */
export function givenNameFirst(piece: string): string {
  const m = SURNAME_FIRST.exec(piece.trim());
  // "Jones, Mrs D" is a list's wrapped line, not a surname first.
  // "Brother Darnell O'Neal, Sergeant-at-Arms": a title opens a name written first name first.
  if (!m || isRoleLike(m[1]) || ORGANISATION_WORDS.has(m[1].toLowerCase()) || isTitleWord(m[1]) || isTitleWord(piece.trim().split(' ', 1)[0])) return piece;
  const surname = piece.trim().slice(0, piece.trim().indexOf(','));
  return `${m[1]} ${surname}${m[2]}`;
}

// "(Minato Systems) Sato (PL), Kimura": the body the people after it are from, in brackets before them.
const BODY_FIRST = letterPattern(String.raw`^\(([^()]{2,60})\)\s+(?=\p{Lu})`, 'u');

export function parseInlineList(text: string, line: number): Person[] {
  if (text.startsWith('(') && BODY_FIRST.test(text)) return listsByBody(text, line);
  // "accepted for Cllr A and noted for Cllr B", "from Trustee A and from members B, C": the words repeated
  // before the next names are no part of them.
  const named = isDigit(text.charCodeAt(0)) ? text.replace(COUNT_THEN_NAMES, '') : text;
  // "… and new member Priya Nair", "patients Maureen Fitch (PPG Chair), Colin Ashdown": a kind of attendee in lower
  // case before the names is no part of them.
  const unqualified = named.replace(KIND_BEFORE_NAME.for(named), '');
  const listed = unqualified.includes(' for ') || unqualified.includes(' from ') ? unqualified.replace(AND_FOR, ' $1 ') : unqualified;
  // "@Priya Shah @Marco Bellini @Aoife Ní Bhriain": a page tool's mentions, one after another with no commas.
  // "@Priya Raman @Jonah Whitfield @Felix Amadi-Brandt (Northlight Studio, guest)": mentions side by side, a comma in a
  // bracket notwithstanding; "@Hannah Brightwater (PTO) · @Ravi Chaudhary": mentions set apart by a middle dot.
  const dotted = listed.includes(' \u00b7 ') && listed.split(' \u00b7 ').every((piece) => piece.startsWith('@')) ? listed.replace(/ \u00b7 /g, ', ') : listed;
  const mentioned = dotted.startsWith('@') && splitTopLevel(dotted, /[,;]/g).length === 1 ? dotted.replace(MENTION_AFTER_SPACE.for(dotted), ', ') : dotted;
  const plain = withoutPublicCount(mentioned).replace(/\.$/, '');
  const officesFirst = splitOfficesBeforeNames(plain);
  const titled = SPACE_THEN_TITLE.test(plain) ? splitOutsideBrackets(plain, REPEATED_TITLE.for(plain)) : plain;
  const split = officesFirst ?? (titled !== plain && !/[,;]/.test(plain) ? nameAfterLastTitled(titled) : titled);
  const cleaned = split.replace(NAME_AFTER_BRACKET.for(plain), ', ').trim();
  const useSemicolons = splitTopLevel(cleaned, SEMICOLON).length > 1;
  // "Cllr A; Cllr B and Cllr C": a piece of a semicolon list with no comma in it may join two people too.
  // "Rev. A Bee (Moderator); Elders – Mrs C Dee, Mr E Fay": the group a piece opens with is no part of its people.
  const pieces = useSemicolons
    ? splitTopLevel(cleaned, SEMICOLON_LIST).map(withoutGroupLead).flatMap((piece) => (piece.includes(',') ? [givenNameFirst(piece)] : splitAtAnd(piece)))
    : splitTopLevel(cleaned, LIST_SEPARATOR).map(withoutGroupLead).flatMap(splitAtAnd);
  const entries = distributeTitles(pieces.flatMap((p) => (useSemicolons ? splitNameList(p) : [p])));
  // A roll of first names ("Nadia, Owen, Priscilla") is read as such only when most entries are single names.
  // "Priya (President)", "Hannah (Publicity) – lecture clash": a single name before what is said of it.
  // "Michael D", "Stefan vdB": a first name and the letter or mark that tells two of a name apart count among them.
  const loneNames = entries.filter((entry) => LONE_NAME_OR_NICK.test(nameBeforeNotes(entry)) || FIRST_NAME_AND_MARK.test(nameBeforeNotes(entry))).length * 2 > entries.length;
  const people: Person[] = [];
  const read = entries.map((entry) => parsePersonEntry(entry, line, null, { loneNames }));
  for (const [index, entry] of entries.entries()) {
    // "Jo Doe, County Councillor": an office alone describes the person before it; first in the list, an
    // office made only of office words ("PRESENT V.Chairman, & Messrs …") is no one.
    if (people.length > 0 && isBareOffice(entry)) {
      people[people.length - 1].role ??= cleanDescriptor(entry);
      continue;
    }
    if (people.length === 0 && isOfficeOnly(entry)) continue;
    // "Samuel K. Oduya, M.D.": the letters after a name, no body the person comes from.
    if (people.length > 0 && isPostNominal(entry)) continue;
    // "Dana Whitfield, Kwame, Lucia Moretti": one word between two full names is a person known by it, not a body.
    const between = !useSemicolons && read[index - 1] && read[index + 1] && LONE_NAME.test(entry) && !ORGANISATION_WORDS.has(entry.toLowerCase()) && !PLURAL_TITLE.test(`${entry} `) && stripHonorifics(entry) === entry;
    // "Emeka, Stefan vdB, Noor": in a roll of first names, a first name and a short mark after it is one more person.
    const marked = loneNames && !read[index] && FIRST_NAME_AND_MARK.test(entry) ? { name: entry, initials: null, handle: null, organisation: null, role: null, line } : null;
    const person = read[index] ?? (between ? parsePersonEntry(entry, line, null, { loneNames: true }) : marked);
    if (person && !isBodyName(person.name)) people.push(person);
    else if (people.length > 0 && !useSemicolons && /^[A-Z]/.test(entry) && !/\s(?:of|the)\s+public$|\d/i.test(entry)) {
      // "Jane Doe, Acme Trust" in a comma list: the organisation belongs to the person before it, and a body named
      // in words outranks letters before it ("Carla Ostrowski, CMCA, Community Manager, Summit Ridge Property Management").
      const previous = people[people.length - 1];
      // "Kinross Holt LLP (Independent Examiner)": the body, and the office held for it in brackets.
      const office = OFFICE_IN_BRACKETS.exec(entry);
      const body = office && isRoleLike(office[2]) ? office[1] : entry;
      if (body !== entry) previous.role ??= office![2];
      if (previous.organisation === null || (ACRONYM.test(previous.organisation) && hasOrganisationWord(body))) previous.organisation = body;
    }
  }
  return people;
}

/** "(Org A) Tanaka (PM), Suzuki; (Org B) Sato": each group's people, with its body as their organisation. */
function listsByBody(text: string, line: number): Person[] {
  return splitTopLevel(text, SEMICOLON).flatMap((piece) => {
    const body = BODY_FIRST.exec(piece);
    const people = parseInlineList(body ? piece.slice(body[0].length) : piece, line);
    if (!body) return people;
    for (const person of people) {
      // "Tanaka (PM)": under the body's name, letters in brackets are the person's office in it.
      if (person.organisation !== null && ACRONYM.test(person.organisation)) person.role ??= person.organisation;
      if (person.organisation === null || person.organisation === person.role) person.organisation = body[1].trim();
    }
    return people;
  });
}

// A title of one person, or the plural one of those after it ("Councillors Mrs D Clements Mrs J Lawson"); "BCllr" and
// "CCllr" are a borough and a county councillor.
const isPersonTitle = (word: string) => PERSONAL_TITLE_WORD.test(word) || /^(?:[bc]?cllrs?|councillors?)\.?$/i.test(word);
const INITIAL = /^[A-Z]\.?$/;

/**
 * "Chairman S Lintern Vice Chairman Mrs J Taylor Councillors Mrs D Clements Footpath Warden Mr C Philpott": a table
 * of offices and names run into one line, each office before its holder, or null for any other text. A name is
 * initials and a surname, or a first name and a surname; the word after it opens the next entry.
 */
function splitOfficesBeforeNames(text: string): string | null {
  if (/[,;()]/.test(text)) return null;
  const words = text.split(' ');
  if (!isOfficeWord(words[0]) || isPersonTitle(words[0])) return null;
  const entries: string[][] = [];
  let initials = 0;
  let names = 0;
  for (const [index, word] of words.entries()) {
    // "Clerk to the Council Mr A Bee": an office may name the body it serves.
    const ofOffice = isOfficeWord(word) || word === 'to' || isPersonTitle(word) || ORGANISATION_WORDS.has(word.toLowerCase());
    const named = names > 0 && (initials > 0 || names > 1);
    // "Councillors M Leamon M Precey": a plural title goes on to the names after it.
    const underPlural = entries.length > 0 && PLURAL_TITLE.test(`${entries[entries.length - 1][0]} `) && !ofOffice;
    // "… M Storey Members of the public 5": what is neither an office nor a name closes the run.
    if ((named || entries.length === 0) && !ofOffice && !underPlural) {
      entries.push(words.slice(index));
      break;
    }
    if (named || entries.length === 0) {
      entries.push(underPlural ? [entries[entries.length - 1][0]] : []);
      initials = names = 0;
    }
    if (INITIAL.test(word)) initials++;
    else if (LONE_NAME.test(word) && !ofOffice) names++;
    else if (names > 0 || initials > 0 || !ofOffice) return null;
    entries[entries.length - 1].push(word);
  }
  // Two people at least, each written as an office or title and a name.
  const people = entries.filter((entry) => isOfficeWord(entry[0]) || isPersonTitle(entry[0]));
  return people.length >= 2 ? entries.map((entry) => entry.join(' ')).join(', ') : null;
}

/**
 * "Cllr Gail Reeve Cllr Janet Taylor Helen Richardson (Parish Clerk)": in a run where each title opens a first name
 * and a surname, four names after the last title are two people, the one after without a title.
 */
function nameAfterLastTitled(run: string): string {
  const pieces = run.split(', ');
  const namesOf = (piece: string) => {
    const words = stripHonorifics(piece).split(' ');
    const end = words.findIndex((word) => !LONE_NAME.test(word) || isOfficeWord(word) || ORGANISATION_WORDS.has(word.toLowerCase()));
    return { words, count: end < 0 ? words.length : end };
  };
  const read = pieces.map(namesOf);
  const last = read[read.length - 1];
  if (pieces.length < 3 || last.count !== 4 || !read.slice(0, -1).every((piece) => piece.count === 2)) return run;
  const title = pieces[pieces.length - 1].slice(0, pieces[pieces.length - 1].length - last.words.join(' ').length);
  return [...pieces.slice(0, -1), `${title}${last.words.slice(0, 2).join(' ')}`, last.words.slice(2).join(' ')].join(', ');
}

/** The text with a comma for each match of `boundary` outside brackets ("Jo Lee (substitute for Councillor Ann Bee)" keeps its note whole). */
function splitOutsideBrackets(text: string, boundary: RegExp): string {
  if (!text.includes('(')) return text.replace(boundary, ', ');
  return text.replace(boundary, (match: string, offset: number) => {
    let depth = 0;
    for (let i = 0; i < offset; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    return depth > 0 ? match : ', ';
  });
}

/** An entry before its first bracket ("Jamal (Welfare Officer) (from item 4)" → "Jamal"). */
function nameBeforeNotes(entry: string): string {
  // "O'Donnell  *Teams": a starred note.
  const bracket = entry.search(/\(|\s\*/);
  return bracket > 0 ? entry.slice(0, bracket).trim() : entry;
}

/** "Jo Doe and Sam Lee" is two people, "Jo Doe and the Police" a person and a body; "Finance and Operations Manager" is one office. */
function splitAtAnd(piece: string): string[] {
  // "fran and me": the writer of the notes, who is named elsewhere if at all.
  const text = piece.replace(/^(?:and|&)\s/i, '').replace(/\s(?:and|&)\s(?:me|myself)$/i, '');
  const parts = splitTopLevel(text, AND);
  if (parts.length < 2) return parts;
  const isPerson = (part: string) =>
    !isBareOffice(part) && (parsePersonEntry(part, 0, null, { loneNames: true }) !== null || PLURAL_TITLE.test(part) || stripHonorifics(`${part} `) !== `${part} `.trim());
  // "Cllr Mike Peake and Police SNT": a body after a name with nothing said of it is no one, and no one's.
  const isBody = (part: string, i: number) => THE_BODY.test(part) || (i > 0 && hasOrganisationWord(part) && !DESCRIBED.test(parts[i - 1]) && !isPerson(part));
  const isPart = (part: string, i: number) => isBody(part, i) || isPerson(part);
  const joinsNext = parts.map((part, i) => opensOffice(part, parts[i + 1]));
  if (!joinsNext.includes(true) && parts.every(isPart)) return parts.filter((part, i) => !isBody(part, i));
  // "Jo Doe – Hale and Mercer Analytics and Sam Lee": a part that is no one belongs to the one before it,
  // joined as written. A first part that is no one ("Finance and Operations Manager") keeps the piece whole.
  if (!isPart(parts[0], 0) && !joinsNext[0]) return [piece];
  const joined: { start: number; end: number }[] = [];
  let from = 0;
  parts.forEach((part, i) => {
    const start = text.indexOf(part, from);
    from = start + part.length;
    if (joined.length > 0 && (joinsNext[i - 1] || !isPart(part, i))) joined[joined.length - 1].end = from;
    else joined.push({ start, end: from });
  });
  return joined.map(({ start, end }) => text.slice(start, end));
}

// An office written before its holder's name: "Operations Manager: Jo Doe", "Chair – Sam Lee".
const OFFICE_BEFORE_NAME = /^([^:\u2013\u2014]{1,60}?)(?::\s|\s[\u2013\u2014-]\s)/;

/** "Finance and Operations Manager: Jo Doe": one word, then "and", then an office before a name make one office. */
function opensOffice(part: string, next: string | undefined): boolean {
  if (next === undefined || part.includes(' ')) return false;
  const office = OFFICE_BEFORE_NAME.exec(next);
  return office !== null && isRoleLike(office[1]) && !isRoleLike(part) && isRoleLike(`${part} and ${office[1]}`);
}

/**
 * "Councillors A, B and C", "Messrs Ward, Paterson and Bonnett": a plural title is every following
 * entry's, until one carries a title of its own (a surname alone then still reads as a person). A plural
 * office ("Directors A, B and C") is each one's office, until one has an office of its own.
 */
function distributeTitles(pieces: string[]): string[] {
  let title: string | null = null;
  let office: string | null = null;
  return pieces.flatMap((piece) => {
    const plainOffice = PLURAL_OFFICE.exec(piece);
    if (plainOffice) office = plainOffice[1].slice(0, -1);
    else if (office && (!startsUpperCase(piece) || parsePersonEntry(piece, 0)?.role != null)) office = null;
    if (office) return `${piece.slice(plainOffice?.[0].length ?? 0)}, ${office}`;
    // "& Messrs, Ward, Paterson": the plural title on its own, a comma after it.
    const alone = PLURAL_TITLE.exec(`${piece} `);
    if (alone && alone[0].trim() === piece.trim()) {
      title = /^messrs/i.test(alone[1]) ? 'Mr' : 'Cllr';
      return [];
    }
    const plural = PLURAL_TITLE.exec(piece);
    if (plural) {
      title = /^messrs/i.test(plural[1]) ? 'Mr' : 'Cllr';
      return `${title} ${piece.slice(plural[0].length)}`;
    }
    if (stripHonorifics(`${piece} `) !== `${piece} `.trim() || !title || !startsUpperCase(piece)) {
      if (stripHonorifics(piece) !== piece) title = null;
      return piece;
    }
    return `${title} ${piece}`;
  });
}


/** "A, B, together with 9 members of the public" → "A, B". */
export function withoutPublicCount(text: string): string {
  const count = PUBLIC_CUE.test(text) ? PUBLIC_COUNT.exec(text) : null;
  if (!count) return text;
  const before = trimSeparators(trimSeparators(text.slice(0, count.index)).replace(PUBLIC_LEAD_IN, ''));
  // "…, 3 members of the public, G Farrant (County Councillor)": the list goes on after the count.
  const after = text.slice(count.index + count[0].length);
  return /^\s*[,;]\s*\S/.test(after) ? `${before}, ${after.replace(/^\s*[,;]\s*/, '')}` : before;
}

/** The text without the spaces, commas and semicolons it ends with (a loop: a `[,;\s]+$` pattern backtracks). */
export function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

const FIRST_NAME_AND_MARK = letterPattern(String.raw`^\p{Lu}\p{Ll}+ (?:\p{Ll}{1,3}\p{Lu}{1,2}|\p{Lu}\.?)$`, 'u');
// "Inspector Dean", "PC Marsh": a police rank and a surname are an officer, even a surname that is also an office.
const LONE_NAME = letterPattern(String.raw`^\p{Lu}[\p{L}'’-]+$`, 'u');
// A first name, or an IRC nick in lower case ("Regrets: oyelaran").
const LONE_NAME_OR_NICK = letterPattern(String.raw`^(?:\p{Lu}[\p{L}'’-]+|(?!(?:me|us|we|all|and|or|no|tbc|tbd|na)$)[a-z][a-z0-9_-]{1,19}(?: [a-z])?)$`, 'u');
const POLICE_RANK_AND_NAME = letterPattern(String.raw`^(?:Inspector|Insp\.?|Sergeant|Sgt\.?|Constable|PCSO|PC|Superintendent|Supt\.?)\s\p{Lu}\p{Ll}+$`, 'u');
// "V.Chairman": an initial run into the next word.
const INITIAL_RUN_IN = /^([A-Z]\.)(?=[A-Z])/;
// "Mr M Dean", "Mrs Warden": a personal title makes a person, whatever the surname also names.
const PERSONAL_TITLE = /^(?:mrs?|ms|miss|dr)\.?\s+\S/i;
// "Chief Social Work Officer", "Deputy Head of Service": a rank's word opening an office, no comma after it.
const RANK_BEFORE_OFFICE = /^(?:chief|deputy|assistant|senior|associate|acting|interim)\s[^,]*$/i;

/** "V.Chairman", "Vice Chairman": words of an office and initials, and nothing else. */
function isOfficeOnly(entry: string): boolean {
  const words = entry.replace(INITIAL_RUN_IN, '$1 ').split(/\s+/);
  return words.some((word) => isOfficeWord(word) && !/^[A-Z]\.$/.test(word)) && words.every((word) => isOfficeWord(word) || /^[A-Z]\.$/.test(word));
}

/** "Chief Officer" on its own, not "E Drew - Chairman": an office that describes the entry before it. */
export function isBareOffice(written: string): boolean {
  // "V.Chairman": an office shortened to an initial, run into the rest.
  const segment = written.replace(INITIAL_RUN_IN, '$1 ');
  if (!isRoleLike(segment) || POLICE_RANK_AND_NAME.test(segment) || PERSONAL_TITLE.test(segment)) return false;
  // "Chief Social Work Officer": a rank's word before the office, with no name after it.
  if (RANK_BEFORE_OFFICE.test(segment) && isRoleLike(segment.slice(segment.lastIndexOf(' ') + 1))) return true;
  const person = parsePersonEntry(segment, 0);
  // "Community Association Manager": a body's words before the office are no one's name.
  return person === null || isRoleLike(person.name) || hasOrganisationWord(person.name);
}


/** "Councillors Ann Lee, Bo Chan and Cy Dee" inside a semicolon list is still several people. */
function splitNameList(piece: string): string[] {
  const title = /^(?:councillors|cllrs|council\s*members)\s+/i.exec(piece)?.[0] ?? '';
  // "Councillors Daniel Okafor (Vice-Chair), Margaret Pell, Rhys Whitcombe and Sarah-Jane Tulliver (from minute 26)".
  const segments = splitTopLevel(piece.slice(title.length), COMMA_LIST).flatMap((segment) => (title ? splitAtAnd(segment) : [segment]));
  // "Jo Doe, Acme Systems" is one person and their organisation; a title or three names make a list.
  if (segments.length < (title ? 2 : 3)) return [piece];
  return segments.every((s) => isPersonalName(stripHonorifics(nameBeforeNotes(s))) && !isRoleLike(nameBeforeNotes(s))) ? segments : [piece];
}

