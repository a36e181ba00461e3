import type { Person } from '../model/types.js';
import { isAscii } from '../text/normalise.js';

/** Titles and ranks that are not part of a name (CONVENTIONS: names drop honorifics). */
const HONORIFIC =
  /^(?:(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+honourable|mayor\s+pro\s+tem(?:pore)?|(?:deputy|vice)\s+mayor|council\s*members?|(?:borough|county|district|parish|town|city)\s+(?:councillors?|cllrs?\.?)|cllrs?\.?|councillors?|coun\.|cr\.?|(?:bc|cc)(?=\s+[A-Z]\b)|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?|prof\.?|professor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|chief\s+inspector|chief\s+superintendent|chief|battalion\s+chief|officer|inspector|superintendent|sergeant|sgt\.?|constable|pc|dcs|dci|ds|supt\.?|insp\.?|director|president|chair|trustee|governor|alderman|judge|hhj|mayor|acc|dcc|aco|assistant\s+chief\s+constable|deputy\s+chief\s+constable|chief\s+constable)\s+)+/i;

const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:de|da|di|du|del|der|den|van|von|la|le|bin|al|ibn|ap|mac|st\.?)|[\p{Lu}]['’][\p{Lu}][\p{L}\p{M}'’-]*)$/u;
// NAME_WORD for ASCII words, where \p{Lu} is A-Z, \p{L} is A-Za-z and \p{M} is nothing. Unicode
// classes take milliseconds to compile, which a one-file run pays on every start.
const ASCII_NAME_WORD = /^(?:[A-Z][A-Za-z'.-]*|(?:de|da|di|du|del|der|den|van|von|la|le|bin|al|ibn|ap|mac|st\.?)|[A-Z]'[A-Z][A-Za-z'-]*)$/;
/**
 * The words an HONORIFIC match can start with ("the", or the first word of a title): a name whose
 * first word is not one of them has no title to strip, and skips the long pattern.
 */
const HONORIFIC_FIRST_WORDS = new Set(
  'the rt right cllr cllrs councillor councillors bc cc council councilmember coun cr borough county district parish town city vice dr mr mrs ms miss mx prof professor sir dame lord lady baroness baron rev revd reverend canon chief battalion officer inspector superintendent sergeant sgt constable pc dcs dci ds supt insp director president chair trustee governor alderman judge hhj mayor acc dcc aco assistant deputy'.split(' '),
);
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'al', 'ibn', 'ap', 'mac', 'st', 'st.']);

const ROLE_WORDS = new Set(
  ('chair co-chair cochair vice-chair chairman chairwoman chairperson president vice-president treasurer secretary clerk ' +
    'governor trustee director officer manager member lead head headteacher headmaster headmistress principal executive ' +
    'councillor mayor commissioner coordinator co-ordinator adviser advisor administrator assistant analyst consultant nurse ' +
    'inspector superintendent commander representative rep observer minutes minute-taker notetaker note-taker facilitator ' +
    'editor convenor convener leader solicitor accountant auditor controller registrar dean provost bursar chancellor speaker ' +
    'champion ambassador liaison specialist practitioner worker volunteer guest deputy vice partner maintainer ' +
    'engineer steward moderator scribe chief constable associate psychiatrist physician surgeon doctor therapist psychologist ' +
    'pharmacist paramedic midwife counsellor caseworker advocate attorney organizer organiser presenter attendee host co-host ' +
    'warden churchwarden ranger keeper verger caretaker trainee intern apprentice ht dht senco dsl pcso rfo ceo cfo coo cto cio dpo sro')
    .split(' '),
);
const ATTENDANCE_NOTE = /^(?:minutes|recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker|notes|part|virtual|remote|online|in person|via \w+|by \w+|observer|observing|items? [\w\s,–-]+|for items? [\w\s,–-]+|from [\w\s.:]+|until [\w\s.:]+|left [\w\s.:]+|joined [\w\s.:]+|arrived [\w\s.:]+|he\/him|she\/her|they\/them|external|internal|late|joined late|left early|part of (?:the )?meeting)$/i;
// KIS, SteG, SGr, CMcA: up to five letters, at least two capitals, no run of three lower-case letters.
const INITIALS = /^(?=(?:[a-z]*[A-Z]){2})(?!.*[a-z]{3})[A-Z][A-Za-z]{1,4}$/;
const HANDLE = /^@[\w.-]+$/;
const COMMA = /,\s*/g;
// "Jo Bloggs, Acme Trust – Chair": descriptors after a name are separated by commas or dashes.
const DESCRIPTOR_SEPARATOR = /\s*,\s*|\s[-\u2010-\u2015\u2212]\s|\s?[\u2013\u2014]\s?/g;

/** Removes titles and ranks from the front of a name ("Cllr Dr Jane Doe" → "Jane Doe"). */
export function stripHonorifics(name: string): string {
  if (!HONORIFIC_FIRST_WORDS.has(leadingLetters(name).toLowerCase())) return name.trim();
  return name.replace(HONORIFIC, '').trim();
}

/** The ASCII letters a text starts with. */
function leadingLetters(text: string): string {
  let end = 0;
  // `| 32` lower-cases an ASCII letter and leaves no other character in a-z.
  while (end < text.length && (text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122) end++;
  return text.slice(0, end);
}

/** True for a personal name: two to five capitalised words (particles allowed), no digits. */
export function isPersonalName(text: string, minWords = 2): boolean {
  const parts = text.trim().split(/\s+/);
  if (parts.length < minWords || parts.length > 5) return false;
  // A name does not start or end with a lower-case particle ("de", "van"); "Di Ray" is fine.
  if (PARTICLES.has(parts[0]) || PARTICLES.has(parts[parts.length - 1])) return false;
  return parts.every((part) => (isAscii(part) ? ASCII_NAME_WORD : NAME_WORD).test(part) && !NOT_NAME_WORDS.has(part.toLowerCase()));
}

// Capitalised words that make a phrase an office, a body or a heading rather than a person.
const NOT_NAME_WORDS = new Set(
  ('the and of for to all chair clerk officer director manager member members governor governors trustee trustees secretary ' +
    'treasurer president executive council committee board team group service services trust panel partnership minutes ' +
    'apologies present attendees attendance action actions agenda item items meeting date police nhs ltd limited plc')
    .split(' '),
);

/** True when a descriptor names an office or position rather than an organisation. */
export function isRoleLike(descriptor: string): boolean {
  const plain = (descriptor.includes('(') ? descriptor.replace(/\([^)]*\)/g, ' ') : descriptor).trim();
  const parts = plain.toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  if (/^(?:office|department|ministry|university|college|friends|bureau|directorate)\b/i.test(plain)) return false;
  // "Director of Finance", "Chair of the Audit Committee": an office of something.
  const ofAt = parts.findIndex((word) => word === 'of' || word === 'for' || word === 'to');
  for (let i = 0; i < ofAt; i++) if (ROLE_WORDS.has(parts[i])) return true;
  if (isRoleWord(parts[parts.length - 1])) return true;
  if (parts.some((word) => ORGANISATION_WORDS.has(word))) return false;
  // "Clerk and RFO", "Chair/Treasurer": two offices held together.
  const joined = parts.findIndex((word) => word === 'and' || word === '&');
  if (joined > 0 && isRoleWord(parts[joined - 1])) return true;
  return parts[0].includes('/') && isRoleWord(parts[0].split('/')[0]);
}

/** After a name, an agent noun closing a short phrase is an office ("Hall Caretaker", "Programme Coordinator"). */
function isOfficeAfterName(descriptor: string): boolean {
  if (isRoleLike(descriptor)) return true;
  const parts = descriptor.toLowerCase().split(/\s+/);
  const last = parts[parts.length - 1];
  return parts.length <= 4 && !parts.some((word) => ORGANISATION_WORDS.has(word)) && /(?:er|or|ist|ian)$/.test(last) && last.length >= 6;
}

function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || ROLE_WORDS.has(word.slice(word.lastIndexOf('-') + 1));
}

// Words that make a descriptor a body rather than an office.
const ORGANISATION_WORDS = new Set(
  ('council councils trust association society university college school academy police nhs ltd limited plc inc llc group ' +
    'company foundation partnership services service authority agency department centre center church club bank network ' +
    'alliance institute institution hospital practice charity federation union consortium corporation cic ccg icb commission')
    .split(' '),
);

/** Splits at top-level (outside parentheses) occurrences of the separator pattern. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  // Mask parenthesised text with same-length filler, split the mask, and cut the original at the same places.
  const masked = maskParentheses(text);
  const global = globalOf(separator);
  global.lastIndex = 0;
  const parts: string[] = [];
  let start = 0;
  for (let m = global.exec(masked); m; m = global.exec(masked)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The text with every character from a top-level "(" to its matching ")" replaced by \u0001. */
function maskParentheses(text: string): string {
  if (!text.includes('(')) return text;
  let masked = '';
  let depth = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28) {
      // "(": the text before it is kept as it is
      if (depth === 0) {
        masked += text.slice(runStart, i);
        runStart = i;
      }
      depth++;
    } else if (code === 0x29 && depth > 0) {
      // ")": closing the outermost parenthesis masks everything since its "("
      depth--;
      if (depth === 0) {
        masked += '\u0001'.repeat(i + 1 - runStart);
        runStart = i + 1;
      }
    }
  }
  return masked + (depth > 0 ? '\u0001'.repeat(text.length - runStart) : text.slice(runStart));
}

// A global separator is used as it is (callers keep theirs in constants); any other gets a global copy, built once.
const globalForms = new WeakMap<RegExp, RegExp>();
function globalOf(separator: RegExp): RegExp {
  if (separator.global) return separator;
  let global = globalForms.get(separator);
  if (!global) {
    global = new RegExp(separator.source, `${separator.flags}g`);
    globalForms.set(separator, global);
  }
  return global;
}

/**
 * One attendance entry ("Cllr Jane Doe (JD), Harrowshire Council – Co-Chair", "Sam Lee (@slee)",
 * "Jo Bloggs, Treasurer") to a Person, or null when it does not start with a personal name.
 */
/** A table cell or descriptor cleaned as an office or organisation: no attendance notes, dashes for none. */
export function cleanDescriptor(value: string | null): string | null {
  if (!value) return null;
  const { role, organisation } = classifyDescriptors([value]);
  return role ?? organisation;
}

export function parsePersonEntry(entry: string, line: number, lead: string | null = null, options: { loneNames?: boolean } = {}): Person | null {
  let text = entry.trim().replace(/^[-\u2013\u2014\u2022*]+\s*/, '').replace(/[.;,]+$/, '');
  let leadRole: string | null = null;
  if (lead && text.startsWith(lead)) {
    leadRole = lead.replace(/:$/, '');
    text = text.slice(lead.length).replace(/^[\s:\u2013-]+/, '');
  }
  // Addresses and handles can sit anywhere in an entry ("Beth Griggs @BethGriggs (TSC)", "Jo <jo@x.org>").
  let handle: string | null = null;
  // "@Priya Venkataraman": a page tool's mention of a person by name, not a handle.
  if (text.startsWith('@') && isPersonalName(text.slice(1).replace(/\s*\(.*$/, ''))) text = text.slice(1);
  if (text.includes('@')) {
    text = text.replace(EMAIL, ' ').trim();
    const found = LOOSE_HANDLE.exec(text);
    if (found) {
      handle = found[1];
      text = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.replace(/\s+/g, ' ').trim();
    }
  }
  // "G.Clere": an initial run into the surname.
  if (/\p{Lu}\.\p{Lu}\p{Ll}/u.test(text)) text = text.replace(/(^|\s)(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu, '$1$2. ');
  const segments = splitTopLevel(text, SEGMENT_SEPARATOR);
  // The name is the first segment that reads as one; offices written before it ("Clerk: Jo Doe") are its role.
  for (let index = 0; index < segments.length; index++) {
    const read = readNamedSegment(segments[index], options.loneNames ?? true);
    if (!read) continue;
    const before = segments.slice(0, index);
    if (before.some((segment) => !/^\p{Lu}/u.test(segment) || segment.split(' ').length > 6)) return null;
    return describe(read, [...segments.slice(index + 1), ...before], line, handle, leadRole);
  }
  // "The Clerk (Mrs J Pennyfeather)": the office outside the brackets, the person inside.
  const officeFirst = /^([^()]+)\(([^()]+)\)$/.exec(text.replace(/^the\s/i, ''));
  if (officeFirst && isRoleLike(officeFirst[1].trim())) {
    const person = parsePersonEntry(officeFirst[2], line, null, { loneNames: false });
    if (person) return { ...person, role: leadRole ?? person.role ?? officeFirst[1].trim() };
  }
  // A roll may give only a handle ("@octocat") or a first name ("Feross"): that is the name as written.
  if (segments.length === 0 && handle) return { name: handle.slice(1), initials: null, handle, organisation: null, role: leadRole, line };
  return null;
}

const EMAIL = /@?<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g;
const LOOSE_HANDLE = /(?:^|\s)(@[\w][\w.-]*)(?=\s|$)/;
const SEGMENT_SEPARATOR = /\s*[,;:\t]\s*|\s-{1,2}\s|\s[\u2010-\u2015\u2212]\s|\s?[\u2013\u2014]\s?/g;
// Two to four capitals after a name, without brackets ("Karin Newell KN").
const TRAILING_INITIALS = /\s+(\p{Lu}{2,4})$/u;
// The same inside a run of words where a table lost its cell breaks ("Jo Bruce JB Vice Chair").
const MIDDLE_INITIALS = /\s(\p{Lu}{2,4})\s(?=\p{Lu}\p{Ll})/u;

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
  for (let m = /\s*\(([^()]*)\)\s*$/.exec(rest); m && m.index > 0; m = /\s*\(([^()]*)\)\s*$/.exec(rest)) {
    brackets.unshift(m[1].trim());
    rest = rest.slice(0, m.index);
  }
  // Brackets in the middle ("Jo Doe (JD) Acme") end the name too.
  const inner = /^([^()]*)\(([^()]*)\)(.*)$/.exec(rest);
  let tail = '';
  if (inner) {
    rest = inner[1].trim();
    brackets.unshift(inner[2].trim());
    tail = inner[3].trim();
  }
  const stripped = stripHonorifics(rest);
  let name = stripped;
  // A title that is an office ("Mayor", "Deputy Chief Constable") is dropped from the name but kept as the role.
  let office = officeIn(rest.trim().slice(0, rest.trim().length - stripped.length));
  const prefixed = splitOfficePrefix(name);
  if (prefixed) [office, name] = [prefixed.office, prefixed.name];
  let initials: string | null = null;
  const trailing = TRAILING_INITIALS.exec(name) ?? MIDDLE_INITIALS.exec(name);
  if (trailing && looksLikeInitialsOf(trailing[1], name.slice(0, trailing.index))) {
    initials = trailing[1];
    // "Jo Bruce JB Chair": what follows the initials describes the person.
    const after = name.slice(trailing.index + trailing[0].length).trim();
    if (after) brackets.push(after);
    name = name.slice(0, trailing.index);
  }
  if (!isPersonalName(name)) {
    // "Mrs Berry", "Cllr Hughes": a title and a surname are a name.
    const titled = stripped !== rest.trim() && isPersonalName(name, 1);
    if (!titled && !(loneNames && rest.trim() === name && !tail && isLoneName(name, segment))) return null;
  }
  if (tail) brackets.push(tail);
  return { name, brackets, initials, office };
}

// Social titles and ranks that say nothing of a person's office.
const SOCIAL_TITLE = /\b(?:the|rt\.?|hon\.?|right|honourable|cllrs?\.?|councillors?|council\s*members?|coun\.|cr\.?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?|prof\.?|professor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon)(?=\s|$)/gi;

/** The office in a title taken off a name ("Mayor" in "Mayor Jo Doe"), or null for "Cllr Dr". */
function officeIn(title: string): string | null {
  const office = title.replace(SOCIAL_TITLE, ' ').replace(/\s+/g, ' ').trim();
  return office !== '' && /\p{Lu}/u.test(office[0]) && (isRoleLike(office) || isRoleWord(office.split(' ')[0].toLowerCase())) ? office : null;
}

/** "City Attorney Rowan Delacroix" → the office before the name and the name. */
function splitOfficePrefix(name: string): { office: string; name: string } | null {
  const words = name.split(' ');
  for (let cut = words.length - 2; cut >= 1; cut--) {
    const office = words.slice(0, cut).join(' ');
    if (isRoleLike(office) && isPersonalName(words.slice(cut).join(' '))) return { office, name: words.slice(cut).join(' ') };
  }
  return null;
}

/** A single capitalised word that is the whole entry ("Feross", "Fedor (TC)"), as a roll of first names gives it. */
function isLoneName(name: string, segment: string): boolean {
  return !segment.includes(' - ') && isPersonalName(name, 1) && !/^\p{Lu}+$/u.test(name) && name.length > 2;
}

function describe(read: NamedSegment, after: string[], line: number, handle: string | null, leadRole: string | null): Person {
  let initials = read.initials;
  const descriptors: string[] = [];
  for (const bracket of read.brackets) {
    for (const inner of splitTopLevel(bracket, COMMA)) {
      const nick = /^(?:irc|nick|github|slack)\s*:\s*(@?[\w.-]+)$/i.exec(inner);
      if (HANDLE.test(inner)) handle ??= inner;
      else if (nick) handle ??= nick[1].startsWith('@') ? nick[1] : `@${nick[1]}`;
      // "(JD)" is initials; "(TSC)" or "(HT)" after a name that does not start with its letter is a body or an office.
      else if (!initials && INITIALS.test(inner) && inner[0] === read.name[0] && !isRoleLike(inner)) initials = inner;
      else descriptors.push(`(${inner})`);
    }
  }
  for (const part of after) descriptors.push(part);
  const firstAfter = descriptors.findIndex((d) => !d.startsWith('('));
  if (!initials && firstAfter >= 0 && looksLikeInitialsOf(descriptors[firstAfter].replace(/\s*\(.*\)$/, ''), read.name)) {
    const first = descriptors[firstAfter];
    initials = first.replace(/\s*\(.*\)$/, '');
    const office = /\(([^()]*)\)$/.exec(first);
    descriptors.splice(firstAfter, 1, ...(office ? [`(${office[1]})`] : []));
  }
  const { role, organisation } = classifyDescriptors(descriptors, leadRole);
  return { name: read.name, initials, handle, organisation, role: role ?? read.office, line };
}

function classifyDescriptors(descriptors: string[], givenRole: string | null = null): { role: string | null; organisation: string | null } {
  let role: string | null = givenRole;
  let office: string | null = null;
  let organisation: string | null = null;
  for (const raw of descriptors) {
    let descriptor = raw.trim().replace(/^\((.*)\)$/, '$1');
    // A trailing parenthesis is either an office ("Co-opted Governor (Chair)"), an attendance note, or part of the name ("(NPS)").
    const trailing = /\s*\(([^()]*)\)$/.exec(descriptor);
    if (trailing && descriptor.length > trailing[0].length) {
      const inner = trailing[1].trim();
      if (ATTENDANCE_NOTE.test(inner) || /^\p{Ll}/u.test(inner) || /\b(?:division|ward)$/i.test(inner)) descriptor = descriptor.slice(0, trailing.index).trim();
      else if (inner.toLowerCase().split(/\s+/).some((word) => ORGANISATION_WORDS.has(word)) && isRoleLike(descriptor.slice(0, trailing.index))) {
        // "Community Link Officer (Tayfield Council)": the office and the body it serves.
        organisation ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
      else if (isRoleLike(inner)) {
        office ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
    }
    // Organisations and offices are capitalised; "(unwell)" or "(work commitments)" is a reason for absence.
    if (descriptor === '' || ATTENDANCE_NOTE.test(descriptor) || /^\p{Ll}/u.test(descriptor) || /^[\u2013\u2014-]+$|^n\/a$/i.test(descriptor)) continue;
    // An occupation after an office already given ("**Co-chair** Jo Doe, Journalist") is what they represent.
    if (isRoleLike(descriptor) || (role === null && isOfficeAfterName(descriptor))) role ??= descriptor;
    else organisation ??= descriptor;
  }
  return { role: office ?? role, organisation };
}

/** "RA" after "Ruth Ambrose –" is her initials, not an organisation: short, and made of her name's letters. */
function looksLikeInitialsOf(text: string, name: string): boolean {
  const words = name.split(/\s+/);
  const surname = words[words.length - 1];
  return INITIALS.test(text) && text.length <= 4 && text[0] === name[0] && text.toUpperCase().includes(surname[0].toUpperCase());
}
