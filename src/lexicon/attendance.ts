/**
 * The words minutes use to open a roll (who attended) or a list of apologies. One home for these
 * labels: the parser finds rolls with it and `vawg check` asks it whether a meeting has one.
 */
import { startsUpperCase } from '../text/normalise.js';

export type RollKind = 'attendees' | 'apologies';

export interface RollLabel {
  kind: RollKind;
  /** What follows the label on its own line ("Present: A, B and C" → "A, B and C"). */
  rest: string;
  /** True when the label ends the line with no separator ("## Present", "PRESENT"). */
  bare: boolean;
}

// Who: the kinds of people a roll lists ("Councillors present", "Trustees in attendance").
const PEOPLE =
  '(?:members|board members|committee members|panel members|council members|councillors|cllrs|trustees|governors|directors|' +
  'commissioners|officers|staff|guests|observers|delegates|representatives|advisers|advisors|participants|voting members|' +
  'non[- ]members|co-opted members|associate members|others|people|persons|attendees)';
// How: remote, in person, and the like ("Remote attendees", "In-person and remote participants").
const MODE = '(?:remote|in[- ]person|virtual|online|physical|on[- ]?site|dial[- ]in|video|phone)';
const MODES = `(?:${MODE}(?:\\s+(?:and|&|/|or)\\s+${MODE})?)`;

// Where a label ends: the line's end, or an optional bracketed count and then a separator. Part of
// each pattern, so that "Participants present:" is tried as a whole before "Participants".
const END = '(?=\\s*(?:\\([^()]{1,40}\\))?\\s*(?:$|[:\\u2013\\u2014]|-(?=\\s|$)|;\\s|\\s-|\\.(?:\\s|$)|\\s+(?:cllrs?|councillors?|mrs?|ms|miss|dr|prof|messrs)\\.?\\s+[A-Z]|\\s+(?:(?:these|they|apologies)\\s+)?(?:were|was|had been|have been)\\s+(?:received|noted|given|accepted)\\s+from\\s|,\\s|\\s[A-Z]\\.\\s?[A-Z][a-z]))';

const ATTENDANCE = new RegExp(
  '^(?:' +
    [
      `(?:${MODES}\\s+)?(?:attendees|attendance|attending|attended|participants|present|delegates)(?:\\s+(?:present|in person|remotely|online|virtually|in the room))?`,
      `(?:also|those|people|persons|${PEOPLE})\\s+(?:present|attending|in attendance)`,
      `(?:${MODES}\\s+)?${PEOPLE}`,
      '(?:also\\s+)?in attendance',
      '(?:external|invited)(?:\\s+(?:attendees|participants|guests|members|speakers))?',
      'visitors',
      'invitees',
      'also attended by',
      'attended by',
      'who attended',
      'attendee list',
      'attendance list',
      'roll call',
      'sederunt',
      MODES,
    ].join('|') +
    `)${END}`,
  'i',
);

const APOLOGIES = new RegExp(
  '^(?:' +
    [
      '(?:apologies|apology)(?:\\s+for\\s+absence)?(?:\\s+(?:were|was|had been|have been))?(?:\\s+(?:received|accepted|noted|given|tendered|sent|submitted))?(?:\\s+(?:and|&)\\s+(?:accepted|noted|approved))?(?:\\s+from)?',
      'to (?:[a-z]+\\s){0,4}apologies(?:\\s+for\\s+absence)?',
      'regrets',
      // "Acceptance of apologies for absence", "Accepted apologies": the agenda item that lists them.
      '(?:(?:acceptance|receipt|approval|acknowledgement) of|accepted) apologies(?:\\s+for\\s+absence)?',
      '(?:sent|received|tendered) (?:their |his |her )?apologies',
      'apologies (?:sent|given|noted)',
      `(?:${PEOPLE}\\s+)?(?:absent|not present|not in attendance)(?:\\s+(?:with(?:out)?\\s+apologies))?`,
      'absences',
      'unable to attend',
      'leave of absence',
      'excused(?:\\s+absences?)?',
    ].join('|') +
    `)${END}`,
  'i',
);

// A word every label contains at least part of, for a quick first look at a line.
const LABEL_WORD = /present|attend|apolog|regret|absen|particip|member|council|cllr|trustee|governor|director|officer|staff|guest|observer|delegate|sederunt|roll call|remote|person|excused|leave of|unable|visitor|invit|external|representative|advis|commissioner|people|others|online|virtual|physical|site|dial|video|phone/i;

// Item numbers a label may carry ("1.", "1\.", "2:", "(a)", "IV.", "Item 3 –", "17/045", "TC/12/101 –").
const NUMBERING = /^(?:(?:item|minute)\s+\d{1,3}[a-z]?\s*[.:\u2013\u2014-]?\s*|\d{1,3}\.(?=[A-Z])|\(?(?:\d{1,3}(?:[./]\d{1,3})*|[a-z]|[ivxlc]{1,6})\)|(?:[a-z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?[.:)]?(?=\s)|[ivxlc]{1,6}[.:)](?=\s)|[a-z][.)](?=\s))\s*(?:[\u2013\u2014-]\s+)?/i;
// A count or mode between the label and its separator ("PRESENT (six Councillors): -").
const QUALIFIER = /^\s*\([^()]{1,40}\)/;
// What may separate a label from its entries: a colon (and a stray dash after it), a dash (also closing
// the line: "Present-"), a semicolon, a full stop.
const SEPARATOR = /^\s*(?::\s*[\u2013\u2014-]?|[\u2013\u2014]|\s-|-(?=\s|$)|;(?=\s)|\.(?=\s|$))\s*/;

// "Apologies: Were received from A and B": the sentence's verb is not part of the list.
const RECEIVED_FROM = /^(?:(?:these|they|apologies)\s)?(?:(?:were|was|have been|had been)\s)?(?:received|noted|given|sent|accepted|tendered)\sfrom\s/i;
// With no separator, a label may still run straight into a titled name ("Those attending Mr M Mycock, …").
const TITLE_NEXT = /^[\s,]+(?=(?:cllrs?|councillors?|mrs?|ms|miss|dr|prof|messrs)\.?\s+\p{Lu}|\p{Lu}\.\s?\p{Lu}\p{Ll}|(?:(?:these|they|apologies)\s+)?(?:were|was|had been|have been)\s+(?:received|noted|given|accepted)\s+from\s)/iu;

// A full stop that ends a sentence: not one after a title or an initial ("Mr. White", "M. Grief").
const SENTENCE_END = /(?<!\b(?:mrs?|ms|dr|cllr|coun|cr|st|prof|rev|revd|hon|rt|sgt|insp|supt|messrs|\p{Lu}))\.\s+(?=\p{Lu}\p{Ll})/giu;
// A titled name and a comma after a full stop: a slip in a list ("Mrs T Mann. Mrs M Leamon, Mr D Summers"), not a new sentence.
const LIST_GOES_ON = /^(?:mrs?|ms|miss|dr|cllr|councillor)\.?\s(?:\p{Lu}\.?\s?){0,3}\p{Lu}[\p{L}'’-]+\s?[,;]/iu;

/** Up to the first full stop that ends a sentence. */
export function firstSentence(text: string): string {
  return sentenceUpTo(text, false);
}

/** The names a label introduces: its first sentence, without "were received from" ("… from A and B. The chair …" → "A and B"). */
export function listSentence(text: string): string {
  return sentenceUpTo(text.replace(RECEIVED_FROM, ''), true);
}

function sentenceUpTo(text: string, list: boolean): string {
  SENTENCE_END.lastIndex = 0;
  for (let end = SENTENCE_END.exec(text); end; end = SENTENCE_END.exec(text)) {
    if (!list || !LIST_GOES_ON.test(text.slice(end.index + end[0].length))) return text.slice(0, end.index).trim();
  }
  return text.trim();
}

/**
 * The roll label a line opens with, or null. Case, markup (already removed by the readers),
 * numbering and a bracketed count are ignored; the label must end the line or be followed by a
 * separator, so "Present at the meeting were…" and "Absent minded" are not labels.
 */
export function matchRollLabel(text: string): RollLabel | null {
  // Most lines hold none of the words a label is made of: one cheap search skips the patterns.
  if (!LABEL_WORD.test(text.length > 48 ? text.slice(0, 48) : text)) return null;
  const plain = text.replace(NUMBERING, '');
  // Labels are capitalised: "present. Dr Lee and …" is a sentence wrapped onto a new line.
  if (!startsUpperCase(plain)) return null;
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(plain);
    if (!m) continue;
    let after = plain.slice(m[0].length);
    const qualifier = QUALIFIER.exec(after);
    if (qualifier) after = after.slice(qualifier[0].length);
    if (after.trim() === '') return { kind, rest: '', bare: true };
    const separator = SEPARATOR.exec(after);
    if (separator) return { kind, rest: listSentence(after.slice(separator[0].length)), bare: false };
    // Run straight into a sentence's names, the label takes that sentence only.
    const titled = TITLE_NEXT.exec(after);
    if (titled) return { kind, rest: listSentence(after.slice(titled[0].length)), bare: false };
  }
  return null;
}

const LABELS = [
  ['apologies', APOLOGIES],
  ['attendees', ATTENDANCE],
] as const;

// A label in capitals after other text on the same line ("… 7.30 pm PRESENT (6 Councillors): - A, B"),
// where an export has lost the line breaks.
const CAPITAL_CUE = /PRESENT|ATTEND|APOLOGIES/;
const CAPITAL_LABEL = /\s(?=(?:PRESENT|ATTENDEES|ATTENDANCE|APOLOGIES|IN ATTENDANCE)\b\s?(?:\([^()]{1,40}\)\s?)?:)/;

/** A roll label written in capitals inside a line, with where it starts. */
export function findCapitalLabel(text: string): { index: number; label: RollLabel } | null {
  if (!CAPITAL_CUE.test(text)) return null;
  const m = CAPITAL_LABEL.exec(text);
  if (!m) return null;
  const label = matchRollLabel(text.slice(m.index + 1));
  return label ? { index: m.index + 1, label } : null;
}

/** "None", "Nil", "No apologies" after a label: an empty list, not a person. */
export function isEmptyList(text: string): boolean {
  return /^(?:none|nil|n\/a|no(?:ne)?\s+(?:apologies|absences|regrets)|there were no(?:ne)?\b|no apologies\b|all\b[^.]{0,40}\b(?:were|was)\s+present)/i.test(text.trim());
}

/** A line naming who held an office at the meeting ("Chair: Jo Doe", "Scribe(s): Sam Lee"). */
export interface OfficeLine {
  /** The office in the singular, as a role ("Chair", "Scribe"). */
  role: string;
  rest: string;
}

const OFFICE_LINE = /^(chair(?:person|man|woman)?|co-?chair|vice[- ]chair|scribe|minute[- ]?taker|note[- ]?taker|clerk|facilitator|moderator|host)(?:s|\(s\))?\s*:\s*(\S.*)$/i;

/** The office a line assigns, or null. */
export function matchOfficeLine(text: string): OfficeLine | null {
  const m = OFFICE_LINE.exec(text);
  if (!m) return null;
  const role = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
  return { role, rest: m[2].trim() };
}
