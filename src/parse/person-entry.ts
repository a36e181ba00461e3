import type { Person } from '../model/types.js';
import { isAscii } from '../text/normalise.js';

/** Titles and ranks that are not part of a name (CONVENTIONS: names drop honorifics). */
const HONORIFIC =
  /^(?:(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+honourable|cllrs?\.?|councillors?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?|prof\.?|professor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|chief\s+inspector|chief\s+superintendent|chief|battalion\s+chief|officer|inspector|superintendent|sergeant|sgt\.?|constable|pc|dcs|dci|ds|supt\.?|insp\.?|director|president|chair|trustee|governor|alderman|judge|hhj|mayor|acc|dcc|aco|assistant\s+chief\s+constable|deputy\s+chief\s+constable|chief\s+constable)\s+)+/i;

const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:de|da|di|du|del|der|den|van|von|la|le|bin|al|ibn|ap|mac|st\.?)|[\p{Lu}]['’][\p{Lu}][\p{L}\p{M}'’-]*)$/u;
// NAME_WORD for ASCII words, where \p{Lu} is A-Z, \p{L} is A-Za-z and \p{M} is nothing. Unicode
// classes take milliseconds to compile, which a one-file run pays on every start.
const ASCII_NAME_WORD = /^(?:[A-Z][A-Za-z'.-]*|(?:de|da|di|du|del|der|den|van|von|la|le|bin|al|ibn|ap|mac|st\.?)|[A-Z]'[A-Z][A-Za-z'-]*)$/;
/**
 * The words an HONORIFIC match can start with ("the", or the first word of a title): a name whose
 * first word is not one of them has no title to strip, and skips the long pattern.
 */
const HONORIFIC_FIRST_WORDS = new Set(
  'the rt right cllr cllrs councillor councillors dr mr mrs ms miss mx prof professor sir dame lord lady baroness baron rev revd reverend canon chief battalion officer inspector superintendent sergeant sgt constable pc dcs dci ds supt insp director president chair trustee governor alderman judge hhj mayor acc dcc aco assistant deputy'.split(' '),
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
    'pharmacist paramedic midwife counsellor caseworker advocate')
    .split(' '),
);
const ATTENDANCE_NOTE = /^(?:minutes|recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker|notes|part|virtual|remote|online|in person|via \w+|by \w+|observer|observing|items? [\w\s,–-]+|for items? [\w\s,–-]+|from [\w\s.:]+|until [\w\s.:]+|left [\w\s.:]+|joined [\w\s.:]+|arrived [\w\s.:]+|he\/him|she\/her|they\/them)$/i;
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
  const last = parts[parts.length - 1];
  if (ROLE_WORDS.has(last) || ROLE_WORDS.has(last.slice(last.lastIndexOf('-') + 1))) return true;
  const ofAt = parts.findIndex((word) => word === 'of' || word === 'for' || word === 'to');
  for (let i = 0; i < ofAt; i++) if (ROLE_WORDS.has(parts[i])) return true;
  return false;
}

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

export function parsePersonEntry(entry: string, line: number, lead: string | null = null): Person | null {
  let text = entry.trim().replace(/[.;,]+$/, '');
  let leadRole: string | null = null;
  if (lead && text.startsWith(lead)) {
    leadRole = lead.replace(/:$/, '');
    text = text.slice(lead.length).replace(/^[\s:–-]+/, '');
  }
  text = stripHonorifics(text);
  const head = /^[^(,;:\t]*?(?=\s*\(|\s*[,;:\t]|\s[-\u2010-\u2015\u2212]\s|\s?[\u2013\u2014]\s?|$)/u.exec(text);
  const name = head ? head[0].trim() : '';
  if (!isPersonalName(name)) return null;

  let rest = text.slice(head![0].length).trim();
  let initials: string | null = null;
  let handle: string | null = null;
  const descriptors: string[] = [];
  const paren = /^\(([^()]*)\)/.exec(rest);
  if (paren) {
    const inner = paren[1].trim();
    if (HANDLE.test(inner)) handle = inner;
    else if (INITIALS.test(inner)) initials = inner;
    else descriptors.push(...splitTopLevel(inner, COMMA));
    rest = rest.slice(paren[0].length).trim();
  }
  for (const part of splitTopLevel(rest.replace(/^(?:[,;:\s]|[-\u2010-\u2015\u2212](?=\s))+/, ''), DESCRIPTOR_SEPARATOR)) {
    descriptors.push(part);
  }
  if (!initials && descriptors.length > 0 && looksLikeInitialsOf(descriptors[0].replace(/\s*\(.*\)$/, ''), name)) {
    const first = descriptors.shift()!;
    initials = first.replace(/\s*\(.*\)$/, '');
    const office = /\(([^()]*)\)$/.exec(first);
    if (office) descriptors.unshift(`(${office[1]})`);
  }
  const { role, organisation } = classifyDescriptors(descriptors);
  return { name, initials, handle, organisation, role: leadRole ?? role, line };
}

function classifyDescriptors(descriptors: string[]): { role: string | null; organisation: string | null } {
  let role: string | null = null;
  let office: string | null = null;
  let organisation: string | null = null;
  for (const raw of descriptors) {
    let descriptor = raw.trim().replace(/^\((.*)\)$/, '$1');
    // A trailing parenthesis is either an office ("Co-opted Governor (Chair)"), an attendance note, or part of the name ("(NPS)").
    const trailing = /\s*\(([^()]*)\)$/.exec(descriptor);
    if (trailing && descriptor.length > trailing[0].length) {
      const inner = trailing[1].trim();
      if (ATTENDANCE_NOTE.test(inner) || /^\p{Ll}/u.test(inner)) descriptor = descriptor.slice(0, trailing.index).trim();
      else if (isRoleLike(inner)) {
        office ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
    }
    // Organisations and offices are capitalised; "(unwell)" or "(work commitments)" is a reason for absence.
    if (descriptor === '' || ATTENDANCE_NOTE.test(descriptor) || /^\p{Ll}/u.test(descriptor) || /^[\u2013\u2014-]+$|^n\/a$/i.test(descriptor)) continue;
    if (isRoleLike(descriptor)) role ??= descriptor;
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
