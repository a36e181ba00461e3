/**
 * The words of people's names and offices: titles and ranks, name words, office and body words.
 * One home for them: the roll reader and the owner resolver both read names with these.
 */
import { letterPattern } from '../text/letters.js';
import { lowerCaseForMatching } from '../text/normalise.js';

/** "Dame Eleanor Marchbank, in the Chair", "Cllr Jo Doe (in the chair)": the person chairing the meeting. */
export const IN_THE_CHAIR = /^in the chair$/i;

/**
 * An amateur radio call sign after a name ("Dave Reilly KD9ABC", "Tom Ferris (W9TF)"): a prefix of one or two letters
 * (or a digit and a letter), a digit, and a suffix of two or three letters. Group 1 is the sign.
 */
export const CALL_SIGN = /\s\(?((?:[A-Z]{1,2}|\d[A-Z])\d[A-Z]{2,3})\)?(?=[\s,;]|$)/;

/**
 * Stand-ins for a bracket closing a word ("ADC(S)") while an entry is read, so that the bracket around it is read
 * as one (characters of Unicode's private use area); an office is judged without what they hold.
 */
export const OPEN_STAND_IN = '\ue000';
export const CLOSE_STAND_IN = '\ue001';
const STOOD_IN = /\ue000[^\ue001]*\ue001/g;

/**
 * The titles and ranks that are not part of a name (CONVENTIONS: names drop honorifics), each group one sticky
 * pattern tried where the last title ended, after an optional "the" (THE), in this order: a councillor's forms,
 * personal and academic titles, police and fire ranks, then offices used as titles. One title at a time
 * (stripHonorifics); in four patterns rather than one, each is quick to compile and to prove free of catastrophic
 * backtracking. In lower case, run on the name in lower case without the i flag.
 */
export const HONORIFICS: readonly RegExp[] = [
  /(?:rt\.?\s+hon\.?|right\s+honourable|mayor\s+pro\s+tem(?:pore)?|(?:deputy|vice)\s+mayor|council\s*members?|(?:local\s+)?(?:borough|county|district|parish|town|city)(?:\s+(?:and|&)\s+(?:borough|county|district|parish|town|city))?\s+(?:councillors?|cllrs?\.?)|[bc]?cllrs?\.?|councillors?|coun\.|cr\.?|cyng\.?|(?:y\s+)?cynghorydd|(?:bc|cc)(?=\s+[a-z]\b))\s+/y,
  /(?:dr\.?|mr\.?|mrs\.?|ms\.?|m\/s|miss|mx\.?|(?:associate|assoc\.?|adjunct|emeritus|emerita|honorary|visiting)\s+(?:prof\.?|professor)|prof\.?|professor|hon\.|honourable|honorable|engr\.?|arc\.|barr\.?|alhaj[ai]|hajiya|brother|sister|bro\.?|sis\.|father|mother|rabbi|imam|pastor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|fr\.?|eng\.|cpa|shri|sri(?=\s+\S+\s+\S)|smt\.?)\s+/y,
  /(?:(?:det\.?|detective)\s+(?:chief\s+)?(?:supt\.?|superintendent|insp\.?|inspector|sgt\.?|sergeant|con\.?|constable)|ch\.?\s+supt\.?|chief\s+inspector|chief\s+superintendent|chief|battalion\s+chief|(?:fire\s+)?captain|lieutenant|lt\.?|commander|firefighter|officer|inspector|superintendent|sergeant|sgt\.?|constable|pcso|ps|p\.?c\.?|dcs|dci|ds|supt\.?|insp\.?)\s+(?:\d{2,5}[a-z]{0,3}\s+)?/y,
  /(?:director|president|chair|trustee|governor|alderman|supervisor|commissioner|selectman|selectwoman|legislator|senator|sen\.|representative|rep\.|assembly(?:member|man|woman)|congress(?:man|woman)|judge|hhj|mayor|acc|dcc|aco|assistant\s+chief\s+constable|deputy\s+chief\s+constable|chief\s+constable)\s+/y,
];
const THE = /the\s+/y;
/**
 * Titles written short with a full stop ("Mr.", "Cllr.", "Bro."), as alternatives for a lookbehind: a full stop after
 * one of them (or after an initial) ends no sentence.
 */
export const SHORT_TITLES = 'Mrs?|Ms|Mx|Dr|St|Cllrs?|Coun|Cr|Revd?|Prof|Fr|Eng|Engr|Barr|Arc|Hon|Rt|Sgt|Insp|Supt|Messrs|Bro|Sis|No';

/** A title that says only who a person is ("Mrs", "Dr"), written as a word of its own. */
export const PERSONAL_TITLE_WORD = /^(?:mrs?|ms|miss|mx|dr|m\/s)\.?$/i;

/**
 * The lower-case particles inside a name ("Maarten van den Berg", "Koen 't Hooft", "Aoife de Búrca"), as one
 * alternation, longer before shorter ("den" before "de"), for the patterns that read a name word by word.
 */
export const NAME_PARTICLE = String.raw`(?:del|der|den|de|da|di|du|ter|ten|op|van|von|la|le|bin|al|el|['’]t)`;

const NAME_WORD = letterPattern(String.raw`^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:de|da|di|du|do|dos|das|del|della|dei|degli|der|den|ter|ten|op|['’]t|van|von|zu|la|le|bin|binti|binte|bte|al|el|ibn|ap|wa|mac|st\.?|[dl]['’][\p{Lu}][\p{L}\p{M}'’-]*)|[\p{Lu}]['’][\p{Lu}][\p{L}\p{M}'’-]*)$`, 'u');
/**
 * The words a match of HONORIFICS can start with ("the", or the first word of a title): a name whose
 * first word is not one of them has no title to strip, and skips the long pattern.
 */
const HONORIFIC_FIRST_WORDS = new Set(
  'the local rt right m p associate assoc adjunct emeritus emerita honorary visiting cllr cllrs bcllr ccllr councillor councillors cyng y cynghorydd bc cc council councilmember coun cr borough county district parish town city vice dr mr mrs ms miss mx prof professor hon honourable honorable engr arc barr alhaji alhaja hajiya brother sister bro sis father mother rabbi imam pastor sir dame lord lady baroness baron rev revd reverend canon fr eng cpa shri sri smt det detective ch chief battalion fire captain lieutenant lt commander firefighter officer inspector superintendent sergeant sgt constable pc pcso ps dcs dci ds supt insp director president chair trustee governor alderman supervisor commissioner selectman selectwoman legislator senator sen representative rep assemblymember assemblyman assemblywoman congressman congresswoman judge hhj mayor acc dcc aco assistant deputy'.split(' '),
);
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'do', 'dos', 'das', 'del', 'della', 'dei', 'degli', 'der', 'den', 'ter', 'ten', 'op', "'t", '’t', 'van', 'von', 'zu', 'la', 'le', 'bin', 'binti', 'binte', 'bte', 'al', 'el', 'ibn', 'ap', 'wa', 'mac', 'st', 'st.']);

// Offices written as their letters: head teacher, responsible financial officer, District Commissioner, Group Scout Leader, …
const ROLE_ABBREVIATIONS = new Set('ht dht senco dsl pcso rfo ceo cao cfo coo cto cio dpo sro sid ned dc adc gsl gsm esl ysc'.split(' '));

const ROLE_WORDS = new Set(
  ('chair co-chair cochair vice-chair chairman chairwoman chairperson president vice-president treasurer secretary clerk ' +
    'governor trustee director officer manager member lead head headteacher headmaster headmistress principal executive ' +
    'councillor mayor commissioner coordinator co-ordinator adviser advisor administrator assistant analyst consultant nurse ' +
    'inspector superintendent commander representative rep observer minutes minute-taker notetaker note-taker facilitator ' +
    'editor convenor convener leader solicitor accountant auditor controller registrar dean provost bursar chancellor speaker ' +
    'champion ambassador liaison specialist practitioner worker volunteer guest deputy vice partner maintainer ' +
    'engineer steward moderator scribe chief constable associate psychiatrist physician surgeon doctor therapist psychologist ' +
    'pharmacist paramedic midwife counsellor caseworker advocate attorney organizer organiser presenter attendee host co-host ' +
    'guardian sponsor contact agent sergeant sergeant-at-arms librarian matron sister educator archivist warden churchwarden ranger keeper verger caretaker trainee intern apprentice captain coach umpire referee boatman groundsman counsel professional cathaoirleach chathaoirleach sec ad vicar rector curate chaplain priest minister pastor deacon nominee examiner planner architect surveyor inspector economist officer-in-charge person')
    .split(' ')
    .concat([...ROLE_ABBREVIATIONS]),
);
/**
 * Letters after a name for a degree, an honour or a professional body ("Au.D.", "PhD", "OBE", "FNSE", "mni"): no
 * part of the name (CONVENTIONS: names as written, without their titles), nor an organisation the person is from.
 */
const POST_NOMINALS = new Set(
  ('phd dphil md rn rgn rmn dnp mph mba msc bsc llb llm jd edd aud dds dmd dvm pharmd cpa cfa esq obe mbe cbe kbe dbe bem qpm qfsm kpm dl ' +
    'mca mp msp mla mpp kc qc frcp frcs frcgp frcpsych frsa fca aca fcca acca fcipd mcipd cmgr fnse mni fmedsci freng frs fba lcsw lmft msw ceng aia faia ' +
    'mrcp mrcgp frcn fiet miet mcips fcips mrics frics mrtpi frtpi cmli fcilex psyd frse frsc fbps ' +
    // Degrees as Australian and British universities list them, and Australian honours.
    'ba ma bsc ba bed med be meng bcom mcom llb bn mn mbbs mphil mres bvsc bappsc mphty minfstud gdlp bfa mfa bmus mba mpa ' +
    'fracp fracs franzca franzcp fahms faha fassa faa ftse fieaust aalia ao ac am oam psm apm')
    .split(' '),
);

/** Whether every word of the text is letters after a name, with or without full stops ("M.D.", "Ph.D, FRCP", "OBE"). */
export function isPostNominal(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => POST_NOMINALS.has(word.replace(/[.-]/g, '').toLowerCase()));
}

/** Whether a word is a title written before a name ("Mrs", "Cllr", "Dr"). */
export function isTitleWord(word: string): boolean {
  return stripHonorifics(`${word} Doe`) === 'Doe';
}

/** Removes titles and ranks from the front of a name ("Cllr Dr Jane Doe" → "Jane Doe"). */
export function stripHonorifics(name: string): string {
  if (!HONORIFIC_FIRST_WORDS.has(leadingLetters(name).toLowerCase())) return name.trim();
  // "Cllr Dr Jane Doe": as many titles as open the name.
  const lower = lowerCaseForMatching(name);
  let start = 0;
  for (;;) {
    THE.lastIndex = start;
    // "The Rt Hon": "the" goes with a title after it (no title starts with "the").
    const at = THE.test(lower) ? THE.lastIndex : start;
    const title = HONORIFICS.find((pattern) => {
      pattern.lastIndex = at;
      return pattern.test(lower);
    });
    if (!title) break;
    start = title.lastIndex;
    // "Cynghorydd / Cllr Iwan Roberts": a title in Welsh, then in English.
    if (lower.startsWith('/ ', start)) start += 2;
  }
  return name.slice(start).trim();
}

/** The ASCII letters a text starts with. */
function leadingLetters(text: string): string {
  let end = 0;
  // `| 32` lower-cases an ASCII letter and leaves no other character in a-z.
  while (end < text.length && (text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122) end++;
  return text.slice(0, end);
}

// Irish surnames open with a capitalised particle ("Siobhán Ó Súilleabháin", "Aoife Ní Bhriain").
const IRISH_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Ua', 'Uí', 'Mac', 'Mhic']);

/** A particle inside a family name ("de", "van", "Ó"), which a name never ends with: a line ending in one was cut. */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word) || IRISH_PARTICLES.has(word);
}

/** True for a personal name: two to five capitalised words (particles allowed), no digits. */
export function isPersonalName(text: string, minWords = 2): boolean {
  const trimmed = text.trim();
  // Words are mostly separated by one space: the plain split is much faster than the pattern.
  const parts = SPACE_RUN_OR_OTHER_SPACE.test(trimmed) ? trimmed.split(/\s+/) : trimmed.split(' ');
  if (parts.length < minWords || parts.length > 5) return false;
  // A name does not start or end with a lower-case particle ("de", "van"); "Di Ray" is fine.
  if (PARTICLES.has(parts[0]) || PARTICLES.has(parts[parts.length - 1])) return false;
  const nameWord = NAME_WORD.for(trimmed);
  for (const part of parts) if (!nameWord.test(part) || NOT_NAME_WORDS.has(part.toLowerCase())) return false;
  return true;
}

const SPACE_RUN_OR_OTHER_SPACE = / \s|[^\S ]/;

// Capitalised words that make a phrase an office, a body or a heading rather than a person.
const NOT_NAME_WORDS = new Set(
  ('the and of for to all from with until after before since chair clerk officer director manager member members governor governors trustee trustees secretary ' +
    'treasurer president executive council committee board team group service services trust panel partnership minutes ' +
    'apologies present attendees attendance action actions agenda item items meeting date police nhs ltd limited plc ' +
    'analytics labs systems software solutions technologies consulting holdings industries enterprises ventures pro tem data financial responsible')
    .split(' '),
);

// Ranks: titles of grade, dropped from a name and not an office (CONVENTIONS: Chief, Battalion Chief, Officer).
const RANK = /^(?:chief|battalion chief|(?:deputy |assistant )?chief constable|(?:fire )?captain|lieutenant|lt\.?|commander|firefighter|officer|inspector|chief inspector|superintendent|chief superintendent|sergeant|sgt\.?|constable|pc|pcso|ps|dc|ds|dci|dcs|supt\.?|insp\.?)(?: \d{2,5}[a-z]{0,3})?$/i;

/** True for a rank alone ("Chief", "Sergeant"), which says nothing of a person's office. */
export function isRank(title: string): boolean {
  return RANK.test(title.trim());
}

const ELIDED_PARTICLE = letterPattern(String.raw`^[dl]['’]\p{Lu}`, 'u');

/** A word a surname opens with in lower case: a particle ("van", "de", "ap", "Ó") or "d'Arcy", its particle elided. */
export function opensSurname(word: string): boolean {
  return isNameParticle(word) || ELIDED_PARTICLE.test(word);
}

/**
 * A judgement of a descriptor made once per descriptor: the same few offices and bodies recur through a set
 * of minutes. The memory is bounded: it starts again past 10,000 descriptors.
 */
function judgedOnce(judge: (descriptor: string) => boolean): (descriptor: string) => boolean {
  const known = new Map<string, boolean>();
  return (descriptor) => {
    let verdict = known.get(descriptor);
    if (verdict === undefined) {
      if (known.size > 10_000) known.clear();
      verdict = judge(descriptor);
      known.set(descriptor, verdict);
    }
    return verdict;
  };
}

/** True when a descriptor names an office or position rather than an organisation. */
export const isRoleLike = judgedOnce(judgeRoleLike);

const PRO_TEM = /\spro\stem(?:pore)?$/i;

const OVER_WHAT = letterPattern(String.raw`^(?:\p{Lu}|and$|&$)`, 'u');

function judgeRoleLike(descriptor: string): boolean {
  // "Mayor Pro Tem": the office for the time being is still the office.
  const plain = (descriptor.includes('(') ? descriptor.replace(/\([^)]*\)/g, ' ') : descriptor.includes(OPEN_STAND_IN) ? descriptor.replace(STOOD_IN, '') : descriptor).trim().replace(PRO_TEM, '');
  const parts = plain.toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  // "University of Kent" is a body; "University Secretary" (and Clerk to Council) an office.
  if (parts.length > 1 && (parts[0] === 'university' || parts[0] === 'college') && ROLE_WORDS.has(parts[1])) return true;
  if (/^(?:office|department|ministry|university|college|friends|bureau|directorate)\b/i.test(plain) && (parts.includes('of') || !isRoleWord(parts[parts.length - 1]))) return false;
  // "ADC Beavers & Cubs", "GSL 1st Burley": an office's letters, then what it is over.
  const first = plain.split(/\s/, 1)[0];
  if (parts.length <= 5 && ROLE_ABBREVIATIONS.has(parts[0]) && first === first.toUpperCase()) return true;
  // "Director of Finance", "Chair of the Audit Committee", "Consultant in Public Health": an office of something.
  const ofAt = parts.findIndex((word) => word === 'of' || word === 'for' || word === 'to' || word === 'in');
  // "Deans of Faculties", "Heads of Department": the office held by several.
  for (let i = 0; i < ofAt; i++) if (ROLE_WORDS.has(parts[i]) || (parts[i].endsWith('s') && ROLE_WORDS.has(parts[i].slice(0, -1)))) return true;
  if (isRoleWord(parts[parts.length - 1])) return true;
  // "Assistant Attorney General", "Secretary General": an office general to the whole of a state or body.
  if (parts.length > 1 && parts[parts.length - 1] === 'general' && ROLE_WORDS.has(parts[parts.length - 2])) return true;
  // "Director at Large", "Member-at-Large": an office held for the whole body.
  if (parts.length > 1 && /at[- ]large$/.test(plain.toLowerCase()) && isRoleWord(parts[0])) return true;
  // "VP Brand Management", "SVP Engineering": a vice-president of what follows; "Director Corporate Services": the
  // head of a department.
  if (/^(?:vp|svp|evp|avp)$/.test(parts[0])) return true;
  if (parts.length > 1 && /^(?:director|head|manager)$/.test(parts[0]) && ORGANISATION_WORDS.has(parts[parts.length - 1])) return true;
  // "Manager Waste and Environment", "Coordinator Assets": an office over what the capitalised words after it name.
  if (parts.length > 1 && parts.length <= 5 && /^(?:director|head|manager|coordinator|co-ordinator)$/.test(parts[0]) && plain.split(/\s+/).slice(1).every((word) => OVER_WHAT.for(word).test(word))) return true;
  if (parts.some((word) => ORGANISATION_WORDS.has(word))) return false;
  // "Clerk and RFO", "Chair/Treasurer": two offices held together.
  const joined = parts.findIndex((word) => word === 'and' || word === '&');
  if (joined > 0 && isRoleWord(parts[joined - 1])) return true;
  return parts[0].includes('/') && isRoleWord(parts[0].split('/')[0]);
}

/** After a name, an agent noun closing a short phrase is an office ("Hall Caretaker", "Programme Coordinator"). */
export const isOfficeAfterName = judgedOnce(judgeOfficeAfterName);

function judgeOfficeAfterName(descriptor: string): boolean {
  if (isRoleLike(descriptor)) return true;
  const parts = descriptor.toLowerCase().split(/\s+/);
  const last = parts[parts.length - 1];
  return parts.length <= 4 && !parts.some((word) => ORGANISATION_WORDS.has(word)) && /(?:er|or|ist|ian)$/.test(last) && last.length >= 6 && !PLACE_ENDING.test(last);
}

// Places whose names end like an agent noun ("Healthwatch Leicester", "NHS Redwater ICB", "Fenmoor"): not an office.
const PLACE_ENDING = /(?:ches|ces|cas|mins)ter$|water$|over$|moor$/;

const PROFESSION_ENDING = /.{3}(?:grapher|ologist|ician)$/;

export function isRoleWord(word: string): boolean {
  // "president-elect": the office to be held. "Chief Hydrographer", "Senior Ecologist", "Statistician": a profession by
  // its ending, which no surname has.
  return ROLE_WORDS.has(word) || ROLE_WORDS.has(word.slice(word.lastIndexOf('-') + 1)) || (word.endsWith('-elect') && ROLE_WORDS.has(word.slice(0, -6))) || PROFESSION_ENDING.test(word);
}

// Words that qualify an office ("Vice Chair", "Parish Clerk", "Responsible Financial Officer").
const OFFICE_QUALIFIERS = new Set(
  ('vice deputy assistant acting interim joint co senior chief executive parish town district borough county city footpath ' +
    'tree responsible financial of and for the &').split(' '),
);

/** A word an office can be made of: a role word or a word qualifying one. */
export function isOfficeWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isRoleWord(lower) || OFFICE_QUALIFIERS.has(lower);
}

// Words that make a descriptor a body rather than an office.
export const ORGANISATION_WORDS = new Set(
  ('council councils trust association society university college school academy police nhs ltd limited plc inc llc llp group ' +
    'company foundation partnership services service authority agency department centre center church club bank network ' +
    'alliance institute institution hospital hospice practice charity federation union consortium corporation cic ccg icb commission ' +
    'analytics labs systems software solutions technologies consulting holdings industries enterprises ventures data ' +
    'management properties realty centres centers clinic clinics hospitals schools')
    .split(' '),
);

/** Whether a text holds a word that names a kind of body ("Acme Trust", "Summit Ridge Property Management"). */
export function hasOrganisationWord(text: string): boolean {
  return text.toLowerCase().split(/\s+/).some((word) => ORGANISATION_WORDS.has(word));
}

