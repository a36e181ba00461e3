/**
 * The words minutes use to open a roll (who attended) or a list of apologies. One home for these
 * labels: the parser finds rolls with it and `vawg check` asks it whether a meeting has one.
 */
import { lowerCaseForMatching, startsUpperCase } from '../text/normalise.js';
import { letterPattern } from '../text/letters.js';
import { SHORT_TITLES } from './names.js';

export type RollKind = 'attendees' | 'apologies';

export interface RollLabel {
  kind: RollKind;
  /** What follows the label on its own line ("Present: A, B and C" → "A, B and C"). */
  rest: string;
  /** True when the label ends the line with no separator ("## Present", "PRESENT"). */
  bare: boolean;
  /** Everything after the label and its separator, beyond the first sentence too. */
  after: string;
}

// Who: the kinds of people a roll lists ("Councillors present", "Trustees in attendance").
const PEOPLE =
  '(?:members|board members|committee members|panel members|council members|councilmembers|councillors|cllrs|trustees|governors|directors|' +
  'commissioners|supervisors|senators|officers|officials|staff|guests|observers|delegates|representatives|advisers|advisors|participants|voting members|' +
  'non[- ]members|co-opted members|associate members|others|people|persons|attendees|executive team|leadership team|management team|management|executives)';
// How: remote, in person, and the like ("Remote attendees", "In-person and remote participants").
const MODE = '(?:remote|in[- ]person|virtual|online|physical|on[- ]?site|dial[- ]in|video|phone)';
const MODES = `(?:${MODE}(?:\\s+(?:and|&|/|or)\\s+${MODE})?)`;

// Offices a meeting gives someone, written as a label before the name ("Clerk: Jo Doe", "Chair: Sam Lee").
const OFFICES = 'chair(?:person|man|woman)?|co-?chair|vice[- ]chair(?:man|person)?|scribe|minute[- ]?taker|note[- ]?taker|protocol[- ]keeper|(?:assistant |deputy )?clerk|treasurer|facilitator|time[- ]?keeper|recorder|strata manager|managing agent|moderator|host|tech(?:nical)? lead|recording secretary|minutes secretary';

// Where a label ends: the line's end, or an optional bracketed count and then a separator. Lines come
// with their spaces collapsed, so one space is all a gap can be. Part of
// each pattern, so that "Participants present:" is tried as a whole before "Participants". In lower
// case, as the patterns are run on the line in lower case ("\s[a-z]\." is a space and an initial).
// "Invited Priya Natarajan <priya@…>, …": a calendar's list of names and addresses straight after the label;
// "In Attendance Public – 2 Cllr A, …": a count of the public and then the names.
// The separators sit in a lookahead of their own: it matches where they would, and V8 compiles them
// once, not once for each way through the optional spaces and count: it compiles in a third of the time.
// The titles a name may open with, where a label runs straight into the names ("Apologies from Shri V. Narayanan").
const TITLE_BEFORE_NAME = 'cllrs?|councillors?|mrs?|ms|miss|dr|prof|messrs|shri|smt';
const END = '(?=\\s?(?:\\([^()]{1,40}\\))?\\s?(?=$|[:\\u2013\\u2014]|-(?=\\s|$)|;\\s|\\s-|\\.(?:\\s|$)|\\s\\.(?=[a-z])|\\s(?:(?:parish|town|district|borough|county|city)(?:\\/[a-z]+)?\\s)?(?:' + TITLE_BEFORE_NAME + ')\\.?\\s[a-z]|\\s(?:(?:these|they|apologies)\\s)?(?:were|was|had been|have been)\\s(?:received|noted|given|accepted)\\s(?:from|for)\\s|,\\s|\\s[a-z]\\.\\s?[a-z][a-z]|\\s(?=[a-z-]+ [a-z-]+ <?[^\\s>@]+@)|\\spublic\\s?[\\u2013\\u2014-]))';

// Who and how: the words PEOPLE and MODE can start with, for the forms below.
const PEOPLE_FIRST = [
  'members', 'board', 'committee', 'panel', 'council', 'councilmembers', 'councillors', 'cllrs', 'trustees', 'governors', 'directors', 'commissioners', 'supervisors', 'senators',
  'officers', 'officials', 'staff', 'guests', 'observers', 'delegates', 'representatives', 'advisers', 'advisors', 'participants', 'voting', 'non',
  'co', 'associate', 'others', 'people', 'persons', 'attendees', 'executive', 'leadership', 'management', 'executives',
];
const MODE_FIRST = ['remote', 'in', 'virtual', 'online', 'physical', 'on', 'onsite', 'dial', 'video', 'phone'];

/**
 * One way of writing a label: its pattern (a regular expression's source) and every word it can start with.
 * `lead` is an optional group of words before the pattern ("Remote attendees", "Members absent"), which is
 * left out of the pattern for a line whose first word cannot open it: that makes the pattern much smaller
 * for V8 to compile, and it finds the same labels.
 */
interface LabelForm {
  kind: RollKind;
  lead?: Lead;
  first: string[];
  pattern: string;
}

// "… for item 4", "… for items 4 and 5": the part of the meeting someone was there for.
const FOR_ITEMS = '(?:\\s+for\\s+(?:items?\\s+)?\\d{1,2}(?:\\s*(?:,|&|and)\\s*\\d{1,2})*)?';

type Lead = 'modes' | 'people';
const LEADS: Record<Lead, { pattern: string; first: string[] }> = {
  modes: { pattern: MODES, first: MODE_FIRST },
  people: { pattern: PEOPLE, first: PEOPLE_FIRST },
};

// In order: where two forms match, the earlier wins, as alternatives of one pattern would. Apologies
// come first: "Members absent" is no roll of members.
const FORMS: LabelForm[] = [
  {
    kind: 'apologies',
    first: ['apologies', 'apology'],
    pattern: '(?:apologies|apology)(?:\\s+for\\s+absence)?(?:\\s+(?:were|was|had been|have been))?(?:\\s+(?:received|accepted|noted|given|tendered|sent|submitted))?(?:\\s+(?:and|&)\\s+(?:accepted|noted|approved))?(?:\\s+from)?',
  },
  { kind: 'apologies', first: ['to'], pattern: 'to (?:[a-z]+\\s){0,4}apologies(?:\\s+for\\s+absence)?' },
  // "Invited, did not join: Borja Anglada (Tessara Logística)", as meeting reports list the invited who stayed away.
  { kind: 'apologies', first: ['invited', 'did'], pattern: '(?:invited,?\\s+(?:but\\s+)?)?did not (?:join|attend)' },
  { kind: 'apologies', first: ['regrets'], pattern: 'regrets' },
  // "Apols:", as committees of clubs shorten it.
  { kind: 'apologies', first: ['apols', 'apols.'], pattern: 'apols\\.?' },
  // "Acceptance of apologies for absence", "Accepted apologies": the agenda item that lists them.
  {
    kind: 'apologies',
    first: ['acceptance', 'receipt', 'approval', 'acknowledgement', 'accepted'],
    pattern: '(?:(?:acceptance|receipt|approval|acknowledgement) of|accepted) apologies(?:\\s+for\\s+absence)?',
  },
  { kind: 'apologies', first: ['sent', 'received', 'tendered'], pattern: '(?:sent|received|tendered) (?:their |his |her )?apologies' },
  { kind: 'apologies', first: ['apologies'], pattern: 'apologies (?:sent|given|noted)' },
  {
    kind: 'apologies',
    lead: 'people',
    first: ['absent', 'not', 'excused'],
    // "Not in: Marek (annual leave)", as a team's notes say who is away; "Members Excused:", as US committees write it.
    pattern: `(?:absent|excused|not present|not in attendance|not in|not here)(?:\\s+(?:with(?:out)?\\s+apolog(?:ies|y)))?`,
  },
  { kind: 'apologies', first: ['absences'], pattern: 'absences' },
  { kind: 'apologies', first: ['unable'], pattern: 'unable to attend' },
  // "Leave of absence was granted to Shri V. Narayanan …", as Indian public bodies minute their apologies.
  { kind: 'apologies', first: ['leave'], pattern: 'leave of absence(?:\\s+(?:was|were)\\s+granted\\s+to)?' },
  { kind: 'apologies', first: ['excused'], pattern: 'excused(?:\\s+absences?)?' },
  // "Out: @t.okafor (PTO until the 20th)", "OOO:", "Away:": chat teams' word for who is not there.
  { kind: 'apologies', first: ['out', 'ooo', 'away'], pattern: '(?:out(?:\\s+of\\s+office)?|ooo|away)' },
  {
    kind: 'attendees',
    lead: 'modes',
    first: ['attendees', 'attendance', 'attending', 'attended', 'participants', 'present', 'delegates'],
    pattern: `(?:attendees|attendance|attending|attended|participants|present|delegates)(?:\\s+(?:present|in person|remotely|online|virtually|in the room))?`,
  },
  { kind: 'attendees', first: ['also', 'those', ...PEOPLE_FIRST], pattern: `(?:also|those|people|persons|${PEOPLE})\\s+(?:present|attending|in attendance)` },
  { kind: 'attendees', lead: 'modes', first: PEOPLE_FIRST, pattern: PEOPLE },
  // "In attendance for item 6: Kevin Brophy, …": there for part of the meeting.
  { kind: 'attendees', first: ['also', 'in'], pattern: `(?:also,?\\s+)?in attendance${FOR_ITEMS}` },
  // "Committee present: Chair (Val Hughes), …": the body itself, present.
  { kind: 'attendees', first: ['committee', 'board', 'council'], pattern: '(?:committee|board|council)\\s+(?:present|in attendance)' },
  { kind: 'attendees', first: ['external', 'invited'], pattern: '(?:external|invited)(?:\\s+(?:attendees|participants|guests|members|speakers))?' },
  { kind: 'attendees', first: ['visitors'], pattern: 'visitors' },
  // "Ex officio: Janet Whitfield (Provost)": members by virtue of their office.
  { kind: 'attendees', first: ['ex', 'ex-officio'], pattern: 'ex[- ]officio(?:\\s+members)?' },
  // "By Invitation: Ms Jo Teo (Audit Partner, …)": those asked to attend, as company boards list them.
  { kind: 'attendees', first: ['by'], pattern: 'by invitation' },
  { kind: 'attendees', first: ['invitees', 'special'], pattern: '(?:special\\s+)?invitees' },
  // "… under the chairmanship of the Joint Secretary. The following were present:" over a numbered list.
  { kind: 'attendees', first: ['the'], pattern: 'the following (?:were|are) (?:present|in attendance)' },
  { kind: 'attendees', first: ['also'], pattern: 'also attended by' },
  // "Also there for item 4: Nigel Fothergill-Shaw (…)", as clubs write it.
  { kind: 'attendees', first: ['also'], pattern: `also (?:there|joined)${FOR_ITEMS}` },
  { kind: 'attendees', first: ['attended'], pattern: 'attended by' },
  // "Who: Lena, Tom, …", as a team's own notes head the people there (with its colon: "Who<TAB>What<TAB>When" heads a log).
  { kind: 'attendees', first: ['who'], pattern: 'who(?: attended|(?=\\s?:))' },
  { kind: 'attendees', first: ['attendee'], pattern: 'attendee list' },
  { kind: 'attendees', first: ['attendance'], pattern: 'attendance (?:list|register)' },
  { kind: 'attendees', first: ['roll'], pattern: 'roll call' },
  { kind: 'attendees', first: ['sederunt'], pattern: 'sederunt' },
  // Over a table of members whose own column says who came.
  { kind: 'attendees', first: ['membership'], pattern: 'membership and attendance' },
  // A transcription service's export names the speakers it heard.
  { kind: 'attendees', first: ['speakers'], pattern: 'speakers' },
  { kind: 'attendees', first: MODE_FIRST, pattern: MODES },
];

const ROLL_WORD_LAST = /\b(?:present|absent|attending|attendance|apologies|regrets|attendees|excused)$/i;

// "Invited (13)", "Invited:": who was asked to come, as a calendar or a meeting recap lists them; not "Invited guests:".
const INVITATION = /^(?:\*\*)?invited\b(?!\s+(?:guests|speakers|attendees|participants|members|observers))/i;

/** Whether an attendance label lists those invited: the attendance only where the minutes give no other. */
export function isInvitationLabel(text: string): boolean {
  return INVITATION.test(text);
}

/** "Officials Present", "Board Members Absent": words that end as a roll's label does (with a word no label opens with). */
export function endsWithRollWord(text: string): boolean {
  return ROLL_WORD_LAST.test(text);
}

/** Every word a label can start with: a line opening with another word is no label. */
export const LABEL_FIRST_WORDS: ReadonlySet<string> = new Set(FORMS.flatMap(firstWords));

/** The words a form can start with, its lead's among them. */
function firstWords(form: LabelForm): string[] {
  return form.lead ? [...LEADS[form.lead].first, ...form.first] : form.first;
}

/** The form's pattern for a line opening with `word`: with its lead where the word can open that. */
function formPattern(form: LabelForm, word: string): string {
  const lead = form.lead && LEADS[form.lead];
  return lead && lead.first.includes(word) ? `(?:${lead.pattern}\\s+)?${form.pattern}` : form.pattern;
}

/**
 * The labels a line opening with `word` can carry, one pattern per kind, made when the word is first
 * met: most minutes use two or three label words, and the whole lexicon in one pattern was slow to compile.
 */
const patternsByWord = new Map<string, LabelPattern[]>();

/**
 * A kind's forms for one word. Not one pattern with END after them: END, a long pattern, was most of what V8
 * spent compiling each word's pattern; compiled once on its own, it serves every word.
 */
interface LabelPattern {
  kind: RollKind;
  /** The forms, as a line opens with them. */
  label: RegExp;
  /** The forms and nothing else, to tell whether a line's first words are one of them: made when first needed. */
  exact?: RegExp;
  /** The forms and END: the label as one pattern, made only where two readings of a line could be the label. */
  whole?: RegExp;
}

/** END at a given place (lastIndex). */
const LABEL_END = new RegExp(END, 'y');

/** Every pattern the label words make, for the ReDoS test: END, and each word's labels with it. */
export function allLabelPatterns(): RegExp[] {
  return [LABEL_END, ...[...LABEL_FIRST_WORDS].flatMap((word) => patternsFor(word).map(wholePattern))];
}

function patternsFor(word: string): LabelPattern[] {
  let patterns = patternsByWord.get(word);
  if (!patterns) {
    patterns = [];
    for (const kind of ['apologies', 'attendees'] as const) {
      const forms = FORMS.filter((form) => form.kind === kind && firstWords(form).includes(word)).map((form) => formPattern(form, word));
      // No i flag: the patterns are run on the line in lower case (see matchRollLabel), and a pattern
      // that ignores case costs V8 twice as much to compile.
      if (forms.length > 0) patterns.push({ kind, label: new RegExp(`^(?:${forms.join('|')})`) });
    }
    patternsByWord.set(word, patterns);
  }
  return patterns;
}

function wholePattern(pattern: LabelPattern): RegExp {
  pattern.whole ??= new RegExp(`${pattern.label.source}${END}`);
  return pattern.whole;
}

function endsLabel(lower: string, at: number): boolean {
  LABEL_END.lastIndex = at;
  return LABEL_END.test(lower);
}

/**
 * Where the label a line (in lower case) opens with ends, as the forms and END in one pattern would find
 * it, or null. That pattern's first try is the forms' own match: with END after it, that is the label.
 * Otherwise the label ends where another reading of the forms does, with END after it: where there is one
 * such place, it is the label; where there are several, the whole pattern tells which it tries first.
 */
function labelEnd(pattern: LabelPattern, lower: string): number | null {
  const first = pattern.label.exec(lower)?.[0].length;
  if (first === undefined) return null;
  if (endsLabel(lower, first)) return first;
  pattern.exact ??= new RegExp(`${pattern.label.source}$`);
  const ends: number[] = [];
  for (let end = 1; end <= lower.length; end++) {
    if (end !== first && endsLabel(lower, end) && pattern.exact.test(lower.slice(0, end))) ends.push(end);
  }
  if (ends.length <= 1) return ends[0] ?? null;
  return wholePattern(pattern).exec(lower)?.[0].length ?? null;
}

/** The ASCII letters a text opens with ("Present" of "Present: A, B"), or '' when it opens with none. */
function leadingWord(text: string): string {
  let end = 0;
  for (let c = text.charCodeAt(0); (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a); c = text.charCodeAt(++end));
  return text.slice(0, end);
}

/**
 * Whether a line can open with a label, by its first word alone: a label's own first word, or item
 * numbering before it ("3.", "(a)", "IV.", "Item 2 –", "TC/12/101").
 */
function mayOpenWithLabel(text: string): boolean {
  const word = leadingWord(text);
  if (word === '') return /^[\d(]/.test(text);
  const lower = word.toLowerCase();
  if (LABEL_FIRST_WORDS.has(lower) || lower === 'item' || lower === 'minute') return true;
  // Numbering in letters, as NUMBERING reads it: "a)", "b.", "IV.", "iv:", "TC/12/101". A colon follows only a
  // roman numeral: "WH: …", a speaker in scribed minutes, opens no label.
  const after = text.charCodeAt(word.length);
  if (after === 0x2e || after === 0x29) return true; // . )
  if (after === 0x2f) return word.length <= 6; // /
  return after === 0x3a && ROMAN_NUMERAL.test(word); // :
}

const ROMAN_NUMERAL = /^[ivxlc]{1,6}$/i;

// Item numbers a label may carry ("1.", "1\.", "2:", "(a)", "IV.", "Item 3 –", "Item 15/06/4", "17/045", "TC/12/101 –").
const NUMBERING = /^(?:(?:item|minute)\s+\d{1,3}(?:[./]\d{1,3}){0,2}[a-z]?\s*[.:\u2013\u2014-]?\s*|\d{1,3}\.(?=[A-Z])|\(?(?:\d{1,3}(?:[./]\d{1,3})*|[a-z]|[ivxlc]{1,6})\)|(?:[a-z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?[.:)]?(?=\s)|[ivxlc]{1,6}[.:)](?=\s)|[a-z][.)](?=\s))\s*(?:[\u2013\u2014-]\s+)?/i;
// A count or mode between the label and its separator ("PRESENT (six Councillors): -").
const QUALIFIER = /^\s*\([^()]{1,40}\)/;
// The law a label cites before its colon ("Apologies for absence - LGA 1972, Section 85(1) & (2): Cllr A").
const CITATION = /^\s*(?:[\u2013\u2014-]\s*)?(?:LGA|Local Government Act)\b[^:]{0,50}(?=:)/;
const CAPITALS_BEFORE_WORD = /^([A-Z]{3,}(?: [A-Z]{2,}){0,5})(?= [A-Z][a-z])/;
// What may separate a label from its entries: a colon (and a stray dash after it), a dash (also closing
// the line: "Present-"), a semicolon, a comma after a space ("APOLOGIES , Chairman. Mr A.White."; not
// "ATTENDANCE, APOLOGIES AND LEAVE OF ABSENCE"), a full stop.
const SEPARATOR = /^(?:\s+,(?=\s)|\s*(?::\s*[\u2013\u2014-]?|[\u2013\u2014]|\s-|-(?=\s|$)|;(?=\s)|\.(?=\s|$|[A-Z])))\s*/;

// "Apologies: Were received from A and B", "Apologies were received and accepted from A": the sentence's verb is not part of the list.
// The word RECEIVED_FROM ends with: a text without it is not searched (nor the pattern compiled).
const FROM_OR_FOR = /\s(?:from|for)\s/i;
// In lower case, run on the text in lower case without the i flag, which doubled its compiling.
export const RECEIVED_FROM = /^(?:(?:these|they|apologies|regrets)(?:\sfor\sabsence)?\s)?(?:(?:were|was|have been|had been)\s)?(?:received|noted|given|sent|accepted|tendered|provided|intimated)(?:\s(?:and|&)\s(?:accepted|noted|approved))?\s(?:from|for)\s/;
// With no separator, a label may still run straight into a titled name ("Those attending Mr M Mycock, …"), or a
// name and its address ("Invited Priya Natarajan <priya@…>").
const TITLE_NEXT = letterPattern(String.raw`^[\s,]+(?=(?:(?:parish|town|district|borough|county|city)(?:\/\p{L}+)?\s+)?(?:${TITLE_BEFORE_NAME})\.?\s+\p{Lu}|\p{Lu}\.\s?\p{Lu}\p{Ll}|(?:(?:these|they|apologies)\s+)?(?:were|was|had been|have been)\s+(?:received|noted|given|accepted)\s+(?:from|for)\s|[\p{L}-]+ [\p{L}-]+ <?[^\s>@]+@)`, 'iu');

// Or into a count of the public, its names after it ("Also, in Attendance Public – 2 Cllr A, …").
const PUBLIC_COUNT = /^\s+public\s*[\u2013\u2014-]\s*(?:\d{1,3}|none|one|two|three|four|five|six|seven|eight|nine|ten)\b\.?\s*/i;

// A full stop that ends a sentence: not one after a title or an initial ("Mr. White", "M. Grief").
const SENTENCE_END = letterPattern(String.raw`(?<!\b(?:${SHORT_TITLES}|\p{Lu}))\.\s+(?=\p{Lu}\p{Ll})`, 'giu');
// After a full stop, what makes it a slip in a list rather than a new sentence: a titled name closed by a
// comma, a bracket or the end ("Mrs T Mann. Mrs M Leamon, …", "… Cllr H Hogan. Mrs N Cooper (Clerk)"), or
// an office's label ("… Pam Walker (PW). Clerk: - Sarah Thorpe").
const LIST_GOES_ON = letterPattern(
  `^(?:(?:(?:borough|county|district|parish|town|city)\\s)?(?:mrs?|ms|miss|dr|cllr|councillor)\\.?\\s(?:(?:mrs?|ms|miss|dr)\\.?\\s)?(?:\\p{Lu}\\.?\\s?){0,3}(?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s?[,;]|\\s?\\([^()]{1,40}\\)\\s?(?:[,;.]|$)|\\.?$)|(?:${OFFICES})\\s?:)`,
  'iu',
);

/** Up to the first full stop that ends a sentence. */
export function firstSentence(text: string): string {
  return sentenceUpTo(text, false);
}

/** The names a label introduces: its first sentence, without "were received from" ("… from A and B. The chair …" → "A and B"). */
export function listSentence(text: string): string {
  const verb = FROM_OR_FOR.test(text) ? RECEIVED_FROM.exec(lowerCaseForMatching(text)) : null;
  return sentenceUpTo(verb ? text.slice(verb[0].length) : text, true);
}

function sentenceUpTo(text: string, list: boolean): string {
  const sentenceEnd = SENTENCE_END.for(text);
  sentenceEnd.lastIndex = 0;
  // A list that goes on past a full stop keeps a comma there: "A. Clerk: B" lists A and B.
  let kept = '';
  let from = 0;
  for (let end = sentenceEnd.exec(text); end; end = sentenceEnd.exec(text)) {
    const next = end.index + end[0].length;
    if (!list || !LIST_GOES_ON.test(text.slice(next))) return (kept + text.slice(from, end.index)).trim();
    kept += `${text.slice(from, end.index)}, `;
    from = next;
  }
  return (kept + text.slice(from)).trim();
}

/**
 * The roll label a line opens with, or null. Case, markup (already removed by the readers),
 * numbering and a bracketed count are ignored; the label must end the line or be followed by a
 * separator, so "Present at the meeting were…" and "Absent minded" are not labels.
 */
export function matchRollLabel(text: string): RollLabel | null {
  // "Présents / Present:", "Absent / Absent:": a bilingual label, the English after the slash.
  const slash = text.indexOf(' / ');
  if (slash > 0 && slash < 40) {
    const english = matchLabel(text.slice(slash + 3));
    if (english) return english;
  }
  return matchLabel(text);
}

function matchLabel(text: string): RollLabel | null {
  // Most lines open with a word no label opens with: the patterns are not tried on them.
  if (!mayOpenWithLabel(text)) return null;
  const numbered = text.replace(NUMBERING, '');
  // A label in capitals ends where the capitals end, as at a colon ("PRESENT Vice Chairman (…), Mrs Lewis").
  const capitals = CAPITALS_BEFORE_WORD.exec(numbered);
  const plain = capitals ? `${capitals[1]}:${numbered.slice(capitals[1].length)}` : numbered;
  // Labels are capitalised: "present. Dr Lee and …" is a sentence wrapped onto a new line.
  if (!startsUpperCase(plain)) return null;
  const word = leadingWord(plain).toLowerCase();
  if (!LABEL_FIRST_WORDS.has(word)) return null;
  const lower = lowerCaseForMatching(plain);
  for (const pattern of patternsFor(word)) {
    const { kind } = pattern;
    const end = labelEnd(pattern, lower);
    if (end === null) continue;
    let after = plain.slice(end);
    const qualifier = QUALIFIER.exec(after) ?? CITATION.exec(after);
    if (qualifier) after = after.slice(qualifier[0].length);
    if (after.trim() === '') return { kind, rest: '', bare: true, after: '' };
    const separator = SEPARATOR.exec(after) ?? PUBLIC_COUNT.exec(after) ?? TITLE_NEXT.exec(after);
    // With no separator, the label may run straight into a sentence's names: it takes that sentence only.
    if (!separator) continue;
    // "…: Absent: Cllr A": the same kind of label again, after a citation, introduces the names.
    const again = matchLabel(after.slice(separator[0].length));
    return again?.kind === kind ? again : labelBefore(kind, after.slice(separator[0].length));
  }
  return null;
}


// A label in capitals after other text on the same line ("… 7.30 pm PRESENT (6 Councillors): - A, B"),
// where an export has lost the line breaks.
function labelBefore(kind: RollKind, after: string): RollLabel {
  return { kind, rest: listSentence(after), bare: false, after };
}

// A label after other text on the same line, where an export has lost the line breaks ("… 7.30 pm PRESENT
// (6 Councillors): - A, B", "… Cllr C. Apologies for absence: D"): in capitals, or capitalised with a colon.
// A numbered label may also end the line, its entries in the paragraph below ("… members of the public. 1. Apologies").
const INLINE_LABEL_CUE = /PRESENT|ATTEND|APOLOG|ABSENT|resent|ttend|polog|bsent/;
const INLINE_LABEL_WORDS = '(?:The following (?:were|are) present|ALSO PRESENT|Also [Pp]resent|ABSENT|Absent|PRESENT|Present|ATTENDEES|Attendees|ATTENDANCE|Attendance|APOLOGIES|Apologies(?: for [Aa]bsence)?|IN ATTENDANCE|In [Aa]ttendance|THOSE (?:ATTENDING|PRESENT)|Those (?:[Aa]ttending|[Pp]resent)|(?:Board )?[Mm]embers (?:present|absent))';
const INLINE_LABEL = new RegExp(`\\s(?=${INLINE_LABEL_WORDS}\\b\\s?(?:\\([^()]{1,40}\\)\\s?)?:|\\d{1,2}\\\\?\\.\\s${INLINE_LABEL_WORDS}$)`);

/** A roll label inside a line, with where it starts. */
export function findLabelInLine(text: string): { index: number; label: RollLabel } | null {
  if (!INLINE_LABEL_CUE.test(text)) return null;
  const m = INLINE_LABEL.exec(text);
  if (!m) return null;
  const label = matchRollLabel(text.slice(m.index + 1));
  return label ? { index: m.index + 1, label } : null;
}

/** "None", "Nil", "No apologies" after a label: an empty list, not a person. */
export function isEmptyList(text: string): boolean {
  return /^(?:none|nil|n\/a|no(?:ne)?\s+(?:apologies|absences|regrets)|there were no(?:ne)?\b|no apologies\b|all\b[^.]{0,40}\b(?:were|was)\s+present)/i.test(text.trim());
}

// The plural a roll names a group of its people by ("Management Side:", "Elders –"): no one, and no one's office.
const GROUP_WORDS = new Set(['side', 'members', 'officers', 'staff', 'councillors', 'directors', 'governors', 'trustees', 'representatives', 'reps', 'executives', 'observers', 'guests', 'advisers', 'advisors', 'partners', 'students', 'team', 'elders', 'deacons', 'stewards']);

/**
 * "Management Side:", "Staff members:": the name of a group of the roll, on its own; with `alone`, for a line of its
 * own, without its colon too ("Elected members" between a roll's entries). Not a cell: "Redwater Police | Cr A Bee"
 * names the body the person is from.
 */
export function isGroupLabel(text: string, alone = false): boolean {
  // "Public Governors – North Westmarch:": the group and the part of it, after a dash.
  if (text.length > 60 || !startsUpperCase(text) || (!alone && !text.endsWith(':'))) return false;
  const label = text.endsWith(':') ? text.slice(0, -1) : text;
  // "Staff – Nursing and Midwifery: Aisling Moran": a seat and the one in it, no label alone.
  if (label.includes(':')) return false;
  const dash = label.search(/ [\u2013\u2014-] /);
  const words = (dash > 0 ? label.slice(0, dash) : label).trim().split(' ');
  const last = words[words.length - 1].toLowerCase();
  // "Police" on a line of its own over the officers who came; beside a name, a force.
  return words.length <= 4 && !label.includes(',') && (GROUP_WORDS.has(last) || (alone && words.length === 1 && last === 'police'));
}

// "Elders – Mrs Elspeth Rennie (Session Clerk), …": a group's name, a dash or colon, then its people, inside a list.
const GROUP_LEAD = /^((?:[A-Z][\w'-]* ){0,3}[A-Z]?[a-z]+)(?: ?:| [\u2013\u2014-]) +(?=[A-Z])/;

/** A piece of a list without the name of the group it opens ("Elders – Mrs A Bee" → "Mrs A Bee"). */
export function withoutGroupLead(piece: string): string {
  const lead = GROUP_LEAD.exec(piece);
  return lead && GROUP_WORDS.has(lead[1].slice(lead[1].lastIndexOf(' ') + 1).toLowerCase()) ? piece.slice(lead[0].length) : piece;
}

/** A line naming who held an office at the meeting ("Chair: Jo Doe", "Scribe(s): Sam Lee"). */
export interface OfficeLine {
  /** The office in the singular, as a role ("Chair", "Scribe"). */
  role: string;
  rest: string;
}

const OFFICE_LINE = new RegExp(`^(${OFFICES})(?:s|\\(s\\))?\\s*:\\s*(\\S.*)$`, 'i');

// "Secretary: Bernadette Hollis (minutes)", "Women's Officer: Harjinder Kaur Bains": offices only among others' lines
// ("Secretary:" alone heads many other things; "Contact officer:" names a report's author, "Action officer:" an owner).
const OFFICE_AMONG_OFFICES = /^((?:branch |company |general |hon\.? |honorary )?secretary|(?!(?:action|lead|responsible|contact|reporting|report|case|presenting) )[a-z']+ officer)\s*:\s*(\S.*)$/i;

/** The office a "Secretary:" or "… Officer:" line assigns, for a line among other office lines; null otherwise. */
export function matchOfficeAmongOffices(text: string): OfficeLine | null {
  const m = text.includes(':') ? OFFICE_AMONG_OFFICES.exec(text) : null;
  return m ? { role: m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase(), rest: m[2].trim() } : null;
}

/** The office a line assigns, or null. */
export function matchOfficeLine(text: string): OfficeLine | null {
  // Every office line has a colon; most lines have none and skip the pattern.
  const m = text.includes(':') ? OFFICE_LINE.exec(text) : null;
  if (!m) return null;
  // As written ("Recording Secretary", "Note taker"), but not in capitals ("CHAIR" → "Chair").
  const written = m[1] === m[1].toUpperCase() ? m[1].toLowerCase() : m[1];
  const role = written.charAt(0).toUpperCase() + written.slice(1);
  return { role, rest: m[2].trim() };
}
