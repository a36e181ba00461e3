import { hasOrganisationWord, isPostNominal, isOfficeAfterName, isOfficeWord, isPersonalName, isRank, isRoleLike, isRoleWord, stripHonorifics, CALL_SIGN, PERSONAL_TITLE_WORD, IN_THE_CHAIR, CLOSE_STAND_IN, OPEN_STAND_IN } from '../lexicon/names.js';
import type { Person } from '../model/types.js';
import { isAscii, startsLowerCase, startsUpperCase } from '../text/normalise.js';
import { splitTopLevel } from '../text/split.js';
import { letterPattern } from '../text/letters.js';

const ATTENDANCE_NOTE = /^(?:minutes|recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker|notes|part|virtual|remote|online|in person|via \w+|by \w+|observer|observing|(?:items?|top) [\w\s,–-]+|for items? [\w\s,–-]+|from ~?[\w\s.:/]+|until ~?[\w\s.:/]+|left ~?[\w\s.:/]+|joined ~?[\w\s.:/]+|arrived ~?[\w\s.:/]+|during ~?[\w\s.:/]+|\d{1,5}|(?:din|pan|reg(?:istration)? no\.?|membership no\.?|no\.)[:.]? ?\d[\d\s/-]{3,}|he\/him|she\/her|they\/them|external|internal|late|joined late|left early|part of (?:the )?meeting|(?:substitute|substituting|deputising|deputizing|standing in) for [\w\s.'’-]+|in place of [\w\s.'’-]+|ward \d{1,3}[a-z]?|(?:pto|ooo|on (?:leave|holiday|vacation)|(?:annual|parental|maternity|paternity|sick) leave|unwell|sick)(?: .*)?)$/i;
// "(Frank arrived at 7.25pm, during item 4)": a sentence on when the person came or went.
const ARRIVAL_NOTE = /\s(?:arrived|left|joined|departed)\s/;
const MINUTE_TAKER = /^(?:recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker)$/i;
// KIS, SteG, SGr, CMcA: up to five letters, at least two capitals, no run of three lower-case letters.
const INITIALS = letterPattern(String.raw`^(?=(?:\p{Ll}*\p{Lu}){2})(?!.*\p{Ll}{3})\p{Lu}\p{L}{1,4}$`, 'u');
const HANDLE = /^@[\w.-]+$/;
const LEADING_BULLET_CHARS = '-\u2013\u2014\u2022*';
// "Susan Adeyemi (SA)*": a footnote's mark ("* attended remotely") closes the entry too.
const TRAILING_PUNCTUATION_CHARS = '.;,*\u2020\u2021';
const BRACKET_PARTS = /[,;]/g;
const STARRED_MODE = /\s+\*\s?(?:teams|zoom|online|remote|virtual|video|phone|webex|meet)$/i;
// A body's letters ("UNISON", "RCN"): "Director (Finance)" names a portfolio of the office, in an ordinary word.
const SINGLE_WORD_BODY = /^[A-Z][A-Z&]{1,7}$/;
const LONE_FIRST_NAME = letterPattern(String.raw`^\p{Lu}\p{Ll}[\p{L}'’-]*$`, 'u');
// "Chair (Acting)", "Treasurer (Interim)": how the office is held, not for whom.
const STANDING = /^(?:acting|interim|designate|elect|outgoing|incoming|retiring|temporary|vacant|joint|honorary|co-opted|substitute)$/i;
const COMPANY_ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|Bros|L\.L\.C|P\.C)\.$/;

/** A table cell or descriptor cleaned as an office or organisation: no attendance notes, dashes for none. */
export function cleanDescriptor(value: string | null): string | null {
  if (!value) return null;
  const { role, organisation } = classifyDescriptors([value]);
  return role ?? organisation;
}

/**
 * One attendance entry ("Cllr Jane Doe (JD), Harrowshire Council – Co-Chair", "Sam Lee (@slee)",
 * "Jo Bloggs, Treasurer") to a Person, or null when it does not start with a personal name.
 */
export function parsePersonEntry(entry: string, line: number, lead: string | null = null, options: { loneNames?: boolean } = {}): Person | null {
  // The same entries recur: a roll in every meeting of a series, and an entry read more than once while
  // its roll's shape is worked out. Each reading is kept (a bounded memory) and handed out as a fresh copy.
  const loneNames = options.loneNames ?? true;
  const key = `${loneNames ? '+' : '-'}${lead ?? ''}\u0000${entry}`;
  let read = readings.get(key);
  if (read === undefined) {
    if (readings.size >= MAX_READINGS) readings.clear();
    read = TIGHT_BRACKET.test(entry) ? withTightBrackets(entry, (guarded) => readPersonEntry(guarded, lead, loneNames)) : readPersonEntry(entry, lead, loneNames);
    readings.set(key, read);
  }
  return read === null ? null : { ...read, line };
}

// "Dr. (Ms.)", "Arc. (Dr.)", "Barr. (Dr.)": a professional title (architect, barrister, engineer), then a courtesy or
// academic one in brackets.
const BRACKETED_COURTESY = /^((?:Dr|Prof|Engr|Arc|Barr|Hon|Chief)\.?\s)\((?:Mrs?|Ms|Miss|Dr|Prof|Engr)\.?\)\s/;
// "Mark Ellery (ADC(S))": a bracket closing a word inside another bracket is part of the word.
const TIGHT_BRACKET = /\([^()]*\w\(\w{1,4}\)/;
const TIGHT_BRACKETS = /(\([^()]*\w)\((\w{1,4})\)/g;

/** Reads an entry with its tight brackets ("Mark Ellery (ADC(S))") set aside, and puts them back in what it read. */
function withTightBrackets(entry: string, read: (guarded: string) => Person | null): Person | null {
  const person = read(entry.replace(TIGHT_BRACKETS, `$1${OPEN_STAND_IN}$2${CLOSE_STAND_IN}`));
  if (!person) return null;
  const restore = (text: string | null) => (text === null ? null : text.replaceAll(OPEN_STAND_IN, '(').replaceAll(CLOSE_STAND_IN, ')'));
  return { ...person, name: restore(person.name)!, role: restore(person.role), organisation: restore(person.organisation), initials: restore(person.initials) };
}

const readings = new Map<string, Person | null>();
const MAX_READINGS = 10_000;

/** `parsePersonEntry` worked out afresh, at line 0. */
function readPersonEntry(entry: string, lead: string | null, loneNames: boolean): Person | null {
  const line = 0;
  let text = entry.trim();
  // Most entries have neither a leading bullet nor trailing punctuation: the replacements run only when they do.
  if (LEADING_BULLET_CHARS.includes(text[0])) text = text.replace(/^[-\u2013\u2014\u2022*]+\s*/, '');
  // "… Crestline Property Management Inc.": the full stop of a company's abbreviation is part of its name.
  if (TRAILING_PUNCTUATION_CHARS.includes(text[text.length - 1]) && !COMPANY_ABBREVIATION_END.test(text)) text = text.replace(/[.;,*\u2020\u2021]+$/, '');
  // "BA(Hons) PhD": a degree's class in brackets is part of the letters after the name, not a note.
  if (text.includes('(Hons)')) text = text.replace(/(?<=[A-Za-z])\(Hons\)/g, '');
  // "O'Donnell  *Teams": a starred note of how the person joined.
  if (text.includes('*') && STARRED_MODE.test(text)) text = text.replace(STARRED_MODE, '');
  let leadRole: string | null = null;
  // A bold office opening the entry ("**Chair:** Jo Doe") is its role; a whole entry in bold is just the entry.
  if (lead && text.startsWith(lead) && text.length > lead.length + 1) {
    leadRole = lead.replace(/:$/, '');
    text = text.slice(lead.length).replace(/^[\s:\u2013-]+/, '');
  }
  // Addresses and handles can sit anywhere in an entry ("Beth Griggs @BethGriggs (TSC)", "Jo <jo@x.org>").
  let handle: string | null = null;
  // "@Priya Venkataraman": a page tool's mention of a person by name, not a handle.
  if (text.startsWith('@') && isPersonalName(text.slice(1).replace(/\s*\(.*$/, ''))) text = text.slice(1);
  if (text.includes('@')) {
    // "deepa.k@fernlight.io" alone: a meeting tool names someone by the address it invited.
    if (BARE_EMAIL.test(text)) return { name: text, initials: null, handle: null, organisation: null, role: leadRole, line };
    text = text.replace(EMAIL, ' ').trim();
    // "Chair (@jdoe)": a handle in brackets after an office is still the person's.
    const bracketed = BRACKETED_HANDLE.exec(text);
    if (bracketed) {
      handle = bracketed[1];
      text = `${text.slice(0, bracketed.index)} ${text.slice(bracketed.index + bracketed[0].length)}`.replace(/\s+/g, ' ').trim();
    }
    const found = LOOSE_HANDLE.exec(text);
    if (found) {
      handle = found[1];
      text = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.replace(/\s+/g, ' ').trim();
    }
  }
  // "@awong (Alice Wong) — chair": the handle first, the name in brackets after it.
  // What a bracket says of a handle that stands alone: "@dgreen (release manager)", "@ojukwu (joined ~15:20)".
  let handleSaid: { role: string | null; organisation: string | null } | null = null;
  if (handle !== null && text.startsWith('(')) {
    const named = /^\(([^()]+)\)\s*/.exec(text);
    // "@oadebayo (Olumide Adebayo, Northwind Data)": the name, then the body, in the bracket.
    const comma = named ? named[1].indexOf(', ') : -1;
    if (named && isPersonalName(named[1])) text = `${named[1]} ${text.slice(named[0].length)}`.trim();
    else if (named && comma > 0 && isPersonalName(named[1].slice(0, comma))) text = `${named[1].slice(0, comma)}, ${named[1].slice(comma + 2)} ${text.slice(named[0].length)}`.trim();
    // "@t.okafor (PTO until the 20th)": the handle alone, and a note on it, an office or a body.
    else if (named && named[0].length === text.length) {
      handleSaid = classifyDescriptors([named[1].trim()]);
      text = '';
    }
  }
  // "Dave Reilly KD9ABC", "Tom Ferris (W9TF)": an amateur radio call sign after the name, no part of it (a handle is
  // an @name: the call sign is left out).
  const sign = CALL_SIGN.exec(text);
  if (sign) text = `${text.slice(0, sign.index)}${text.slice(sign.index + sign[0].length)}`.trim();
  // "Dr. (Ms.) Revathi Subramanian": a title in brackets after the first one.
  if (text.includes('(') && BRACKETED_COURTESY.test(text)) text = text.replace(BRACKETED_COURTESY, '$1');
  // "G.Clere": an initial run into the surname.
  if (text.includes('.') && INITIAL_RUN_IN.test(text)) text = text.replace(INITIAL_RUN_IN_AT_WORD.for(text), '$1$2. ');
  // "The Clerk (Mrs J Pennyfeather)", "Vice Chairman (Mr. Oakes, who took the chair)": the office outside the
  // brackets, the person inside.
  // "Plot Rep (Sam Okafor) (from item 4)": a note after the bracket that names the person.
  const noted = text.endsWith(')') ? NOTE_AFTER_BRACKET.exec(text) : null;
  const officeFirst = OFFICE_THEN_BRACKET.exec(noted && isBracketedNote(noted[2].trim()) ? noted[1] : text);
  // "Social Sec (Jo - from item 3)": a note on when the person came, after a dash inside the bracket.
  const inside = officeFirst ? officeFirst[2].replace(WHO_CLAUSE, '').replace(/\s[-\u2013\u2014]\s(.+)$/, (dashed, note: string) => (isBracketedNote(note.trim()) ? '' : dashed)) : '';
  if (officeFirst && !/[,;:\u2013\u2014]|\s-\s/.test(officeFirst[1]) && isRoleLike(officeFirst[1].trim()) && !isRoleLike(inside)) {
    // "Chair (Dave)", "Sec (Priya)": an informal committee's officers by their first names.
    const person = parsePersonEntry(inside, line, null, { loneNames: !STANDING.test(inside.trim()) && LONE_FIRST_NAME.test(inside.trim()) });
    if (person) return { ...person, role: leadRole ?? person.role ?? officeFirst[1].trim() };
  }
  const officeThenPerson = officeBeforePerson(text, loneNames);
  if (officeThenPerson) return { ...officeThenPerson, role: leadRole ?? officeThenPerson.role, handle: handle ?? officeThenPerson.handle };
  const segments = splitTopLevel(text, SEGMENT_SEPARATOR);
  // The name is the first segment that reads as one; offices written before it ("Clerk: Jo Doe") are its role.
  for (let index = 0; index < segments.length; index++) {
    const read = readNamedSegment(segments[index], loneNames);
    if (!read) continue;
    // "Town Mayor – Mrs Jo Doe": capitalised words that name an office come before the person they describe.
    if (index < segments.length - 1 && isRoleLike(segments[index]) && segments.slice(index + 1).some((segment) => readNamedSegment(segment, false))) continue;
    const before = segments.slice(0, index);
    if (!before.every(isDescriptorFirst)) return null;
    // "Director: Technical Services: Mr J. Pretorius": an office and its department, as South African bodies write it.
    const department = before.length === 2 && HEAD_OF_DEPARTMENT.test(before[0]) && text.startsWith(`${before[0]}: ${before[1]}:`) ? `${before[0]}: ${before[1]}` : null;
    if (department) return describe(read, segments.slice(index + 1), line, handle, leadRole ?? department);
    return describe(read, [...segments.slice(index + 1), ...before], line, handle, leadRole);
  }
  // A roll may give only a handle ("@octocat") or a first name ("Feross"): that is the name as written.
  if (segments.length === 0 && handle) return { name: handle.slice(1), initials: null, handle, organisation: handleSaid?.organisation ?? null, role: leadRole ?? handleSaid?.role ?? null, line };
  return null;
}

/**
 * "Consultant Anaesthetist (Chair) – Dr A. Okafor (AO)", "Matron, Theatres – Sue Pemberton (SP)": the office, with its
 * department, before a dash, and the person after it, known by a title, by initials in brackets, or as a name where
 * the words before the dash hold an office's word. Null for any other entry.
 */
function officeBeforePerson(text: string, loneNames: boolean): Person | null {
  const dash = text.lastIndexOf(' \u2013 ');
  if (dash < 0) return null;
  const before = text.slice(0, dash).trim();
  const after = text.slice(dash + 3).trim();
  // The words before the dash open with an office ("Owain Price (OP), Partner Member – Primary Care" opens with a name).
  const opening = before.split(/[,(]/, 1)[0].trim();
  const words = opening.toLowerCase().split(/\s+/);
  if (stripHonorifics(before) !== before || !(isRoleLike(opening) || isRoleWord(words[0]) || isRoleWord(words[words.length - 1]))) return null;
  const person = parsePersonEntry(after, 0, null, { loneNames });
  if (!person || person.role !== null || person.organisation !== null) return null;
  const titled = stripHonorifics(after) !== after || person.initials !== null;
  if (!titled && (!isPersonalName(person.name) || isRoleLike(person.name))) return null;
  // "Clinical Director, Anaesthesia": the office and the department it heads are one role; a body of its own after the
  // comma ("Chief Executive, Northshire Council") is the organisation, and an office in brackets wins ("(Chair)").
  const parts = splitTopLevel(before, /,\s/g);
  if (!before.includes('(') && !hasOrganisationWord(parts[parts.length - 1])) return { ...person, role: before, organisation: null };
  const { role, organisation } = classifyDescriptors(parts);
  return { ...person, role, organisation };
}

// The offices that head a department ("Director: Technical Services", "Chief Director: Planning").
const HEAD_OF_DEPARTMENT = /^(?:(?:chief|deputy|executive|senior|general|assistant) )?(?:director|manager|head)$/i;

/** What may come before a name in an entry: an office ("Chair – Jo Doe"), a body, or an acronym. */
function isDescriptorFirst(segment: string): boolean {
  // "Lot 12 – Jane Whitcombe (Chairperson)": the unit an owner holds, as strata and housing co-operative rolls give it.
  if (UNIT.test(segment)) return true;
  if (!startsUpperCase(segment) || /\d/.test(segment) || segment.split(' ').length > 6) return false;
  return isRoleLike(segment) || ALL_CAPITALS.test(segment) || hasOrganisationWord(segment);
}

const UNIT = /^(?:lot|unit|apartment|apt\.?|flat|plot)\s\d{1,4}[a-z]?$/i;
const OFFICE_THEN_BRACKET = /^(?:the\s)?([^()]+)\(([^()]+)\)$/i;
// ", who took the chair": what the minutes say about a person, after the name.
const NOTE_AFTER_BRACKET = /^(.*\))\s*\(([^()]*)\)$/;
const WHO_CLAUSE = /,?\s+who\s.*$/i;
const EMAIL = /@?<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g;
const BARE_EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const BRACKETED_HANDLE = /\s?\(\s?(@[\w][\w.-]*)\s?\)/;
const LOOSE_HANDLE = /(?:^|\s)(@[\w][\w.-]*)(?=[\s,;:]|$)/;
// Without the spaces around a comma or a long dash: splitTopLevel trims the pieces.
// Kinds of attendee rather than offices.
// Who put a member in their seat ("Patron's nominee", "Community representative"), not an office.
const SEAT_CATEGORY = /\b(?:nominee|representative|appointee)$/i;
const CATEGORY = /^(?:guest|observer|visitor|member|attendee|invitee)s?$/i;
// A colon between digits is a time ("joined 16:20"), not a separator.
const SEGMENT_SEPARATOR = /[,;\t\u2013\u2014]|(?<!\d):|:(?!\d)|\s-{1,2}\s|\s[\u2010-\u2012\u2015\u2212]\s/g;
const LAST_BRACKET = /\(([^()]*)\)\s*$/;
// Two to four capitals after a name, without brackets ("Karin Newell KN").
const TRAILING_INITIALS = letterPattern(String.raw`\s+(\p{Lu}{2,4})$`, 'u');
// The same inside a run of words where a table lost its cell breaks ("Jo Bruce JB Vice Chair", "Al Wynn AW NCC").
const MIDDLE_INITIALS = letterPattern(String.raw`\s(\p{Lu}{2,4})\s(?=\p{Lu})`, 'u');
const TRAILING_ACRONYM = /\s([B-DF-HJ-NP-TV-XZ]{2,6})$/;

interface NamedSegment {
  name: string;
  /** An office written as a title before the name. */
  office: string | null;
  /** Bracketed text after the name, in order ("(JD)", "(@jd)", "(Acme)"). */
  brackets: string[];
  initials: string | null;
}

/** "Cllr Jane Doe (JD) (remote)" → the name and its brackets; null when the segment does not start with a name. */
function readNamedSegment(segment: string, loneNames: boolean): NamedSegment | null {
  const brackets: string[] = [];
  let rest = segment.trim();
  for (let m = rest.endsWith(')') ? LAST_BRACKET.exec(rest) : null; m && m.index > 0; m = rest.endsWith(')') ? LAST_BRACKET.exec(rest) : null) {
    brackets.unshift(m[1].trim());
    rest = rest.slice(0, m.index).trimEnd();
  }
  // Brackets in the middle ("Jo Doe (JD) Acme") end the name too.
  const inner = rest.includes('(') ? /^([^()]*)\(([^()]*)\)(.*)$/.exec(rest) : null;
  let tail = '';
  if (inner) {
    rest = inner[1].trim();
    brackets.unshift(inner[2].trim());
    tail = inner[3].trim();
  }
  const titleless = stripHonorifics(rest);
  // "Director of Public Works Kyle Baptiste": a title that heads an office is the office's first word.
  const stripped = titleless !== rest.trim() && startsLowerCase(titleless) ? rest.trim() : titleless;
  let name = stripped;
  // A title that is an office ("Mayor", "Deputy Chief Constable") is dropped from the name but kept as the role.
  let office = stripped === rest.trim() ? null : officeIn(rest.trim().slice(0, rest.trim().length - stripped.length));
  const prefixed = name.indexOf(' ') === name.lastIndexOf(' ') ? null : splitOfficePrefix(name);
  if (prefixed) [office, name] = [prefixed.office, prefixed.name];
  let initials: string | null = null;
  // Initials inside a name are two or more capitals in a row: most names have none.
  const trailing = isAscii(name) && !/[A-Z]{2}/.test(name) ? null : initialsIn(name);
  if (trailing) {
    initials = trailing[1];
    // "Jo Bruce JB Chair": what follows the initials describes the person.
    const after = name.slice(trailing.index + trailing[0].length).trim();
    if (after) brackets.push(after);
    name = name.slice(0, trailing.index);
  }
  // "Jane Smith OBE", "Prof. Ibrahim Garba Dankano mni": letters after the name are no part of it.
  for (let last = name.lastIndexOf(' '); last > 0 && name.indexOf(' ') < last && isPostNominal(name.slice(last + 1)); last = name.lastIndexOf(' ')) name = name.slice(0, last);
  // "Martin Storey NCC": a body's acronym (capitals, no vowel) closing the name, where a table lost its cell break.
  const acronym = initials === null ? TRAILING_ACRONYM.exec(name) : null;
  if (acronym && isPersonalName(name.slice(0, acronym.index))) {
    brackets.push(acronym[1]);
    name = name.slice(0, acronym.index);
  }
  // "Ann Lee Vice Chair", "Fay Gee Parish Clerk": an office straight after the name, where a table lost its cell break.
  let personal = isPersonalName(name);
  // Capitalised words all, a name can still close with an office ("Colin Sampson Borough Councillor").
  const suffixed = name.indexOf(' ') === name.lastIndexOf(' ') || (personal && !isRoleWord(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) ? null : splitOfficeSuffix(name);
  if (suffixed) {
    brackets.push(suffixed.office);
    name = suffixed.name;
    personal = true;
  }
  if (!personal) {
    // "Mrs Berry", "Cllr Hughes": a title and a surname are a name.
    const titled = stripped !== rest.trim() && isPersonalName(name, 1);
    // "kwroblewski (74)" under "People Present (lines said)": an IRC nick, in lower case, in a list of such.
    const nick = loneNames && IRC_NICK.test(name) && !BOT.test(name);
    if (!titled && !nick && !(loneNames && rest.trim() === name && !tail && isLoneName(name, segment))) return null;
  }
  if (tail) brackets.push(tail);
  return { name, brackets, initials, office };
}

/** Initials after a name, at its end ("Karin Newell KN") or before more words ("Jo Bruce JB Chair", "Al Wynn AW NCC"). */
function initialsIn(name: string): RegExpExecArray | null {
  for (const pattern of [TRAILING_INITIALS, MIDDLE_INITIALS]) {
    const m = pattern.exec(name);
    if (m && looksLikeInitialsOf(m[1], name.slice(0, m.index))) return m;
  }
  return null;
}

// Social titles and ranks that say nothing of a person's office.
const PLACE_COUNCILLOR = /^(borough|county|district|town|city) (?:cllr|councillor)\.?$/i;
const SOCIAL_TITLE = /\b(?:the|rt\.?|hon\.?|right|honourable|cllrs?\.?|councillors?|council\s*members?|coun\.|cr\.?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?|prof\.?|professor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|brother|sister|bro\.?|sis\.)(?=\s|$)/gi;

/** The office in a title taken off a name ("Mayor" in "Mayor Jo Doe"), or null for "Cllr Dr". */
function officeIn(title: string): string | null {
  // "County Cllr R Hollins": a councillor of another council, by the council's kind.
  const councillor = PLACE_COUNCILLOR.exec(title.trim());
  if (councillor) return `${councillor[1][0].toUpperCase()}${councillor[1].slice(1).toLowerCase()} Councillor`;
  const office = title.replace(SOCIAL_TITLE, ' ').replace(/\s+/g, ' ').trim();
  if (office === '' || !startsUpperCase(office) || isRank(office)) return null;
  return isRoleLike(office) || isRoleWord(office.split(' ')[0].toLowerCase()) ? office : null;
}

const ADDRESS_TITLE = /^(?:sister|brother|bro\.?|sis\.?|father|mother)$/i;

/** "City Attorney Rowan Delacroix" → the office before the name and the name. */
function splitOfficePrefix(name: string): { office: string; name: string } | null {
  const words = name.split(' ');
  for (let cut = Math.min(words.length - 2, 5); cut >= 1; cut--) {
    // An office is a few capitalised words ("City Attorney", "Head of Finance"), not a sentence.
    // "Chair of the Council Mrs J Doe": the title is the name's; "Director of Corporate Governance": an office does not
    // end with "of".
    // "Business Agent Sister Monica Feliciano": a title of address closes no office.
    if (!words.slice(0, cut).every((word) => OFFICE_WORD.test(word)) || PERSONAL_TITLE_WORD.test(words[cut - 1]) || ADDRESS_TITLE.test(words[cut - 1]) || /^(?:of|for|to|the)$/.test(words[cut - 1])) continue;
    const office = words.slice(0, cut).join(' ');
    const holder = stripHonorifics(words.slice(cut).join(' '));
    if (isRoleLike(office) && isPersonalName(holder)) return { office, name: holder };
  }
  return null;
}

/** "Fay Gee Parish Clerk" → the name and the office after it; the name keeps two words at least. */
function splitOfficeSuffix(name: string): { office: string; name: string } | null {
  const words = name.split(' ');
  // The longest run of office words closing the name.
  let cut = words.length;
  while (cut > 2 && isOfficeWord(words[cut - 1])) cut--;
  // "Martin Storey Norfolk County Councillor": the place a council serves belongs to its office.
  if (cut > 2 && cut < words.length && PLACE_COUNCIL.test(words[cut]) && /^councillors?$/i.test(words[words.length - 1])) cut--;
  for (; cut < words.length; cut++) {
    const office = words.slice(cut).join(' ');
    const rest = words.slice(0, cut);
    // "Eastgate N.C.C. Area Manager": a body's dotted initials before the office make it no name.
    if (isRoleLike(office) && !rest.some((word) => DOTTED_ACRONYM.test(word)) && isPersonalName(rest.join(' '))) return { office, name: rest.join(' ') };
  }
  return null;
}

const INITIAL_RUN_IN = letterPattern(String.raw`\p{Lu}\.\p{Lu}\p{Ll}`, 'u');
const INITIAL_RUN_IN_AT_WORD = letterPattern(String.raw`(^|\s)(\p{Lu})\.(?=\p{Lu}\p{Ll})`, 'gu');
const ALL_CAPITALS = letterPattern(String.raw`^\p{Lu}{2,}$`, 'u');
const CAPITALS_ONLY = letterPattern(String.raw`^\p{Lu}+$`, 'u');
const OFFICE_WORD = letterPattern(String.raw`^(?:\p{Lu}|of$|and$|for$|to$|the$|&$)`, 'u');
const PLACE_COUNCIL = /^(?:county|borough|district|parish|town|city)$/i;
const DOTTED_ACRONYM = letterPattern(String.raw`\p{L}\.\p{L}\.`, 'u');

/** A single capitalised word that is the whole entry ("Feross", "Fedor (TC)"), as a roll of first names gives it. */
// "jo", "sam k": in notes typed in lower case, a first name of two letters, or one and an initial, too.
export const IRC_NICK = /^(?!(?:me|us|we|all|and|or|no|tbc|tbd|na)$)[a-z][a-z0-9_-]{1,19}(?: [a-z])?$/;
// The bots that keep IRC meetings ("zodbot", "trackbot", "Zakim", "RRSAgent") attend no meeting.
const BOT = /bot$|^zakim$|^rrsagent$/i;

function isLoneName(name: string, segment: string): boolean {
  // "Jo", "Al", "Ed": a name of two letters, not a word of two.
  const long = name.length > 2 || (name.length === 2 && !TWO_LETTER_WORDS.has(name.toLowerCase()));
  return !segment.includes(' - ') && isPersonalName(name, 1) && !CAPITALS_ONLY.test(name) && long && !isRoleLike(name) && stripHonorifics(`${name} `) !== '';
}
const TWO_LETTER_WORDS = new Set('no on an in at or to up is it as be by do go he if me my of so us we ok re cc pm am'.split(' '));

function describe(read: NamedSegment, after: string[], line: number, handle: string | null, leadRole: string | null): Person {
  let initials = read.initials;
  const descriptors: string[] = [];
  for (const bracket of read.brackets) {
    // "(Lumenet; remote)": what a bracket says, one thing after another.
    for (const inner of bracket.includes(',') || bracket.includes(';') ? splitTopLevel(bracket, BRACKET_PARTS) : [bracket]) {
      const nick = inner.includes(':') ? /^(?:irc|nick|github|slack)\s*:\s*(@?[\w.-]+)$/i.exec(inner) : null;
      if (HANDLE.test(inner)) handle ??= inner;
      else if (nick) handle ??= nick[1].startsWith('@') ? nick[1] : `@${nick[1]}`;
      // "(JD)" is initials; "(TSC)" or "(HT)" after a name that does not start with its letter is a body or an office.
      else if (!initials && INITIALS.test(inner) && sameLetter(inner[0], read.name[0]) && (looksLikeInitialsOf(inner, read.name) || !isRoleLike(inner))) initials = inner;
      else descriptors.push(`(${inner})`);
    }
  }
  for (const part of after) descriptors.push(part);
  const firstAfter = descriptors.findIndex((d) => !d.startsWith('('));
  if (!initials && firstAfter >= 0 && looksLikeInitialsOf(descriptors[firstAfter].replace(/\s*\(.*\)$/, ''), read.name)) {
    const first = descriptors[firstAfter];
    initials = first.replace(/\s*\(.*\)$/, '');
    // "FA (Vice-Chairman) (virtual)": each bracket after the initials is a descriptor of its own.
    const brackets = [...first.matchAll(/\(([^()]*)\)/g)].map((m) => `(${m[1]})`);
    descriptors.splice(firstAfter, 1, ...brackets);
  }
  const { role, organisation } = classifyDescriptors(descriptors, leadRole);
  return { name: read.name, initials, handle, organisation, role: withoutArticle(role ?? read.office), line };
}

/** "(minutes)", "(through video conferencing)", "(DIN: 01874562)", "(Kirkby ward)": a note on the entry, not an office or a body. */
function isBracketedNote(inner: string): boolean {
  return ATTENDANCE_NOTE.test(inner) || startsLowerCase(inner) || /\b(?:division|ward)$/i.test(inner) || STAND_IN_NOTE.test(inner);
}
// "(Marcus giving the finance report for her)", "(Sam covering sales)": who stood in, and for what.
const STAND_IN_NOTE = /^[A-Z][a-z]+ [a-z]{2,}ing\b/;

/** "The Speaker: Cllr M. Ndlovu": the office without its article. */
function withoutArticle(office: string | null): string | null {
  return office?.startsWith('The ') ? office.slice(4) : office;
}

function classifyDescriptors(descriptors: string[], givenRole: string | null = null): { role: string | null; organisation: string | null } {
  let role: string | null = givenRole;
  let office: string | null = null;
  let organisation: string | null = null;
  for (const raw of descriptors) {
    let descriptor = raw.trim();
    if (descriptor.startsWith('(')) descriptor = descriptor.replace(/^\((.*)\)$/, '$1');
    if (IN_THE_CHAIR.test(descriptor)) descriptor = 'Chair';
    // "Independent Director (DIN: 08120945) (through video conferencing)": notes in brackets, one after another.
    for (let note = LAST_BRACKET.exec(descriptor); note && note.index > 0 && isBracketedNote(note[1].trim()); note = LAST_BRACKET.exec(descriptor)) {
      descriptor = descriptor.slice(0, note.index).trim();
    }
    // A trailing parenthesis is either an office ("Co-opted Governor (Chair)"), an attendance note, or part of the name ("(NPS)").
    const trailing = descriptor.endsWith(')') ? /\s*\(([^()]*)\)$/.exec(descriptor) : null;
    if (trailing && descriptor.length > trailing[0].length) {
      const inner = trailing[1].trim();
      if (isBracketedNote(inner)) descriptor = descriptor.slice(0, trailing.index).trim();
      else if (hasOrganisationWord(inner) && isRoleLike(descriptor.slice(0, trailing.index))) {
        // "Community Link Officer (Tayfield Council)": the office and the body it serves.
        organisation ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
      else if (SEAT_CATEGORY.test(inner) && isRoleLike(descriptor.slice(0, trailing.index))) {
        // "Chairperson (Patron's nominee)": the seat's category in brackets; the office before it wins.
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
      else if (isRoleLike(inner)) {
        office ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
      else if (SINGLE_WORD_BODY.test(inner) && !STANDING.test(inner) && isRoleLike(descriptor.slice(0, trailing.index))) {
        // "Branch Secretary (UNISON)", "Steward (RCN)": the office, and the letters of the body it is held for.
        organisation ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
    }
    // Organisations and offices are capitalised; "(unwell)" or "(work commitments)" is a reason for absence.
    // "Jo Doe, Recording Secretary": taking the minutes is the office of one who has no other; after
    // another ("Development Associate (recording secretary)") it is only a note.
    if (descriptor === '' || isPostNominal(descriptor) || (startsLowerCase(descriptor) && !isRoleLike(descriptor)) || (ATTENDANCE_NOTE.test(descriptor) && !MINUTE_TAKER.test(descriptor)) || ARRIVAL_NOTE.test(descriptor) || STAND_IN_NOTE.test(descriptor) || UNIT.test(descriptor) || /^[\u2013\u2014-]+$|^n\/a$/i.test(descriptor)) continue;
    // An occupation after an office already given ("**Co-chair** Jo Doe, Journalist") is what they represent.
    // "guest, General Counsel": an office after the category of attendee wins.
    if (role !== null && CATEGORY.test(role) && !CATEGORY.test(descriptor) && isOfficeAfterName(descriptor)) role = descriptor;
    else if (role === null ? isOfficeAfterName(descriptor) : isRoleLike(descriptor)) role ??= descriptor;
    else organisation ??= descriptor;
  }
  return { role: office ?? role, organisation };
}

/**
 * "RA" after "Ruth Ambrose –" is her initials, not an organisation: short, and made of her name's letters,
 * the first and one of the surname's words ("LucD" for Luc de Villiers, "ENi" for Élodie Ní Bhriain).
 */
function looksLikeInitialsOf(text: string, name: string): boolean {
  if (text.length > 4 || text.length < 2 || !sameLetter(text[0], name[0]) || !INITIALS.test(text)) return false;
  const letters = (isAscii(text) ? text : [...text].map(baseLetter).join('')).toUpperCase();
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length; i++) if (words[i] !== '' && letters.includes(baseLetter(words[i][0]).toUpperCase())) return true;
  return false;
}

/** "A" for "Á": initials are often written without the accents of the name. */
function baseLetter(letter: string): string {
  return letter.charCodeAt(0) < 0x80 ? letter : letter.normalize('NFD')[0];
}

function sameLetter(a: string, b: string): boolean {
  return a === b || baseLetter(a) === baseLetter(b);
}
