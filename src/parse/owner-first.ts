/** Owner-first wording: "Clerk to circulate …", "Gregory Tamsin will …". */
import { DECISION_MARKER } from '../lexicon/decisions.js';
import { findDate } from '../text/dates.js';
import { isRoleLike, opensSurname } from '../lexicon/names.js';
import { startsLowerCase, startsUpperCase } from '../text/normalise.js';
import { GROUP_OWNER, isImperative } from '../lexicon/actions.js';

// Groups written in lower case ("All trustees", "Action: residents").
const GROUP_NOUNS = ['governors', 'trustees', 'members', 'partners', 'staff', 'officers', 'directors', 'councillors', 'cllrs', 'commissioners', 'volunteers', 'residents', 'elders'];
// Words that may sit inside an owner phrase ("Director of Public Health and Scrutiny Officer", "All trustees"), besides name particles.
// "Member Secretary / All concerned": everyone the matter concerns.
// "All panel members": the body whose members are meant.
const OWNER_JOINERS = new Set(['and', '&', '+', 'of', 'for', 'the', 'concerned', 'panel', 'board', 'committee', ...GROUP_NOUNS]);
// Words that may open an owner phrase in lower case: "Action: residents.", "Action: all members".
const LOWER_OWNERS = new Set(['all', 'everyone', ...GROUP_NOUNS]);
// The verb that ends an owner phrase: "Clerk to …", "Gregory Tamsin will …".
const OWNER_VERBS = new Set(['to', 'will', 'shall', 'should', 'must', 'to:']);

// "ivan", "ivan/jkowal", "ivan, jkowal and mruiz": IRC nicks, written in lower case, as owners.
const NICKS = /^[a-z][\w-]{1,20}(?:(?:, | and | & |\/)[a-z][\w-]{1,20}){0,5}$/;
// "ACTION: ivan to address …", "ACTION: ivan/jkowal to …".
const NICKS_FIRST = /^([a-z][\w-]{1,20}(?:(?:, | and | & |\/)[a-z][\w-]{1,20}){0,5}) (?:to|will) (.+)$/;

/** True for IRC nicks alone ("ivan", "ivan, jkowal and mruiz"); callers confirm them against the minutes' people. */
export function isNickList(text: string): boolean {
  return NICKS.test(text);
}

/**
 * "ivan to address …" → owner "ivan", text "address …". One nick is the owner whoever it is (IRC minutes list
 * no handles); several ("review and report to …" has that shape too) only when they name people of the minutes.
 */
export function readNicksFirst(text: string, isOwner: (raw: string) => boolean): { ownersRaw: string; text: string } | null {
  const m = NICKS_FIRST.exec(text);
  if (!m || (/[ ,&/]/.test(m[1]) && !isOwner(m[1]))) return null;
  return { ownersRaw: m[1], text: m[2] };
}

/**
 * "Action – Head of Prevention: Share the map …" → owner "Head of Prevention": the owners before a colon,
 * after a marker. One capitalised word ("Update: …") is an owner only when it is someone the minutes
 * name or an office.
 */
export function readOwnerColon(text: string, isOwner: (raw: string) => boolean): { ownersRaw: string; text: string } | null {
  const m = OWNER_COLON.exec(text);
  // "Sandra Ivanova (PM): issue the letter": the owner's office in brackets is no part of the owner.
  const owners = m ? m[1].replace(OFFICE_IN_BRACKETS, '') : '';
  if (!m || !looksLikeOwners(owners)) return null;
  if (!owners.includes(' ') && !isOwner(owners) && !isRoleLike(owners)) return null;
  return { ownersRaw: owners, text: m[2] };
}
const OFFICE_IN_BRACKETS = /\s+\([^()]{1,30}\)$/;
const OWNER_COLON = /^([^:\s][^:]{0,79}):\s+(\S.*)$/;

/**
 * "Carys Mellor – draft a winter opening rota – by 30 September 2025": an owner the minutes know, a dash, the task in
 * lower case, and perhaps its deadline after another dash, as a list of actions sets them out.
 */
export function readOwnerDash(text: string, isOwner: (raw: string) => boolean): { ownersRaw: string; text: string; dueRaw: string | null } | null {
  // "dmitri.vasquez@tallyworks.com - Connect the sandbox - 03/21/2025", as a meeting assistant lists its action items.
  const m = OWNER_DASH.exec(text) ?? EMAIL_DASH.exec(text);
  // "RESOLVED – that the reserves policy be reviewed": a decision, not an owner and a task. A task in capitals opens
  // with its verb ("Keisha Brandt – Send the signed contract"), not "Jo Doe – Treasurer".
  if (!m || DECISION_MARKER.test(text) || !(looksLikeOwners(m[1]) || GROUP_OWNER.test(m[1]) || m[1].includes('@')) || (startsUpperCase(m[2]) && !isImperative(m[2].split(' ', 1)[0])) || !isOwner(m[1])) return null;
  const due = DASHED_DEADLINE.exec(m[2]) ?? DASHED_DATE.exec(m[2]);
  if (due && NO_DATE.test(due[1])) return { ownersRaw: m[1], text: m[2].slice(0, due.index), dueRaw: null };
  return due && (due[0].includes('by') || due[0].includes('due') || isDateAlone(due[1])) ? { ownersRaw: m[1], text: m[2].slice(0, due.index), dueRaw: due[1] } : { ownersRaw: m[1], text: m[2], dueRaw: null };
}
/** "12/5", "03/21/2025", "Mar 14, 2025": a date in either order, and nothing else. (Any year will do: only whether it is a date is asked.) */
function isDateAlone(text: string): boolean {
  const date = findDate(text, { order: 'dmy', reference: '2000-01-01' }) ?? findDate(text, { order: 'mdy', reference: '2000-01-01' });
  return date !== null && date.index === 0 && date.length >= text.trim().replace(/[.,;]$/, '').length - 1;
}
const EMAIL_DASH = /^([\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}) [\u2013\u2014-] ([A-Za-z].*)$/;
// "… – 12/5", "… - Mar 14, 2025", "… - no due date": a date alone after the last dash.
const DASHED_DATE = / [\u2013\u2014-] ([^\u2013\u2014-]{3,20})$/;
const NO_DATE = /^(?:no (?:due )?date|tbd|tbc|n\/a|none)$/i;
// "all board members – ask in their sections …": the whole meeting, in lower case, as owners too.
const OWNER_DASH = /^((?:[A-Z]|all )[^\u2013\u2014:]{0,59}?) [\u2013\u2014-] ([A-Za-z].*)$/;
// "– by 12 May", "– due 12/15/2025".
const DASHED_DEADLINE = / [\u2013\u2014-] (?:by|due(?: by)?) ([^\u2013\u2014]{3,40})$/;

// Not "[NEW] ACTION: …", a tracker's tag in capitals.
const BRACKETED_OWNERS = /^\[(?![A-Z]+\])([A-Z][^\]]{0,80})\]:? (?:will |to |should )?(\S.*)$/;

/** "Clerk to circulate …" → owner "Clerk", text "circulate …". */
export function readOwnerFirst(text: string): { ownersRaw: string; text: string } | null {
  // "[Owen Fairclough] will send the fixed build …": an assistant's summary puts the owners in square brackets.
  const bracketed = text.startsWith('[') ? BRACKETED_OWNERS.exec(text) : null;
  if (bracketed) return { ownersRaw: bracketed[1], text: bracketed[2] };
  // A word-by-word walk rather than one regular expression: owner phrases are ambiguous ("and" joins
  // owners and is part of names), and a backtracking pattern over them can take exponential time.
  const words = text.split(' ', 16);
  let i = /^the$/i.test(words[0]) ? 1 : 0;
  // Where the owner's words end, when a verb of more than one word gives the task.
  let ownerEnd = -1;
  if (i === 1 && startsLowerCase(words[1] ?? '')) return officeInLowerCase(words, text);
  if (!opensName(words[i] ?? '')) return null;
  for (; i < words.length; i++) {
    const word = words[i].replace(/,$/, '');
    if (OWNER_VERBS.has(word) && i > 0) {
      // "Rich, will there be …" addresses someone; "Sue Ridgeway, NRCC, to be invited" names who is acted on.
      if (words[i - 1].endsWith(',') && i === 1) return null;
      // "Borough Council to be contacted", "Sue Ridgeway, NRCC, to be invited": the one acted on, not an owner.
      if (word === 'to' && words[i + 1] === 'be') return null;
      // "The Football Club will be informed": the same.
      if (words[i + 1] === 'be' && /ed$/.test(words[i + 2] ?? '')) return null;
      break;
    }
    // "RWN: Agree and will arrange", "WH: Desire to …": a speaker's words, not an owner.
    if (word.endsWith(':') && word !== 'to:') return null;
    // "KN agreed to send …", "Officers are to …", "The Chief Officer undertook to submit …"; "The Clerk was to write …": a
    // task set earlier, in a report on it.
    if (i > 0 && /^(?:agreed|is|are|was|were|undertook)$/.test(word) && words[i + 1] === 'to') {
      ownerEnd = i;
      i++;
      break;
    }
    // "The Clerk was directed to place …", "Members were asked to send …"
    if (i > 0 && /^(?:was|were)$/.test(word) && /^(?:directed|requested|asked|tasked)$/.test(words[i + 1] ?? '') && words[i + 2] === 'to') {
      ownerEnd = i;
      i += 2;
      break;
    }
    // "Board member Kowalczyk will …": the office in which someone is named, its second word in lower case.
    if (!(opensName(word) || OWNER_JOINERS.has(word.toLowerCase()) || word === '/' || word === '' || (i === 1 && word === 'member'))) return null;
  }
  const verb = words[i];
  if (verb === undefined || i === 0) return null;
  // "Write to the insurers": a task opening with its verb, not an owner called "Write".
  if (i === 1 && isImperative(words[0])) return null;
  const ownerWords = words.slice(0, ownerEnd >= 0 ? ownerEnd : i);
  const owner = ownerWords.join(' ').replace(/^the\s+/i, '');
  const rest = text.slice(words.slice(0, i + 1).join(' ').length).trim();
  if (rest === '' || owner.length > 90) return null;
  return { ownersRaw: owner.replace(/,$/, ''), text: rest };
}

/** "The strata manager to issue …", "The clerk will write …": an office in lower case after "The", then its task. */
function officeInLowerCase(words: string[], text: string): { ownersRaw: string; text: string } | null {
  for (let k = 2; k <= 5 && k < words.length - 1; k++) {
    if (!OWNER_VERBS.has(words[k])) continue;
    const office = words.slice(1, k).join(' ');
    if (words[k + 1] === 'be' || !/^[a-z][a-z -]*$/.test(office) || !isRoleLike(office)) return null;
    // Capitalised as an office opening a roll entry is ("Strata manager: Daniel Ferreira").
    return { ownersRaw: `${office[0].toUpperCase()}${office.slice(1)}`, text: text.slice(words.slice(0, k + 1).join(' ').length).trim() };
  }
  return null;
}

/**
 * True when a phrase is made only of owner words: "Jo Bloggs and Sam Lee", "Head of Governance", "AB/CD",
 * "All councillors". A shape test only; callers confirm the owners against the minutes' people.
 */
export function looksLikeOwners(text: string): boolean {
  const words = (text.endsWith('.') ? text.slice(0, -1) : text).split(' ');
  if (words.length > 12 || !opensName(words[0])) return false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i].endsWith(',') ? words[i].slice(0, -1) : words[i];
    if (!(opensName(word) || OWNER_JOINERS.has(word.toLowerCase()) || word === '/')) return false;
  }
  return true;
}

/** True for a word that can be part of an owner list: a capitalised word or handle, a joiner, or a group ("residents") opening it. */
export function isOwnerWord(word: string, first: boolean): boolean {
  return opensName(word) || word === '/' || (first ? LOWER_OWNERS : OWNER_JOINERS).has(word.toLowerCase());
}

/** A capitalised word, a handle, or a particle a surname opens with ("van Dijk", "d'Arcy"): a word of a name. */
function opensName(word: string): boolean {
  // "Director (Finance)": the part of an office in brackets.
  return word.startsWith('@') || startsUpperCase(word) || opensSurname(word) || (word.startsWith('(') && word.endsWith(')') && startsUpperCase(word.slice(1))) || NAME_MARK.test(word);
}
// "Stefan vdB": a surname shortened to the letters that tell two people of one first name apart.
const NAME_MARK = /^[a-z]{1,3}[A-Z]{1,2}$/;

/** True for a word that ends an owner phrase: "to", "will". */
export function isOwnerVerb(word: string): boolean {
  return OWNER_VERBS.has(word);
}
