import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACTION_LEAD_IN, ACTION_SECTION, EARLIER_ACTIONS_SECTION, HEADING_NUMBER, isEarlierActionsSection } from '../src/lexicon/actions.js';
import { allLabelPatterns, RECEIVED_FROM } from '../src/lexicon/attendance.js';
import { HONORIFICS, stripHonorifics } from '../src/lexicon/names.js';
import { DECISION_SENTENCES, MOTION_OUTCOME } from '../src/lexicon/decisions.js';
import { LOWER_CASE_HEADER_PATTERNS } from '../src/parse/header.js';
import { APOLOGY_SENTENCE } from '../src/parse/people.js';
import { LOWER_CASE_DATE_PATTERNS } from '../src/text/dates.js';
import { lowerCaseForMatching } from '../src/text/normalise.js';

// Some of the lexicon's patterns are written in lower case, without the i flag (which doubles what V8
// spends compiling them), and run on the line in lower case. Each must find what it found with the
// flag on the line as written: the same place and the same length.

const LOWER_CASE_PATTERNS = [ACTION_SECTION, EARLIER_ACTIONS_SECTION, HEADING_NUMBER, ACTION_LEAD_IN, ...DECISION_SENTENCES, MOTION_OUTCOME, APOLOGY_SENTENCE, RECEIVED_FROM, ...HONORIFICS, ...LOWER_CASE_HEADER_PATTERNS, ...LOWER_CASE_DATE_PATTERNS, ...allLabelPatterns()];

/** Every BMP character, and a few beyond it. */
function* characters(): Generator<string> {
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCharCode(c);
  for (const c of [0x1d400, 0x1f600, 0x20000]) yield String.fromCodePoint(c);
}

/** Where a pattern matches and how much, or null. */
function found(pattern: RegExp, text: string): [number, number] | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? [m.index, m[0].length] : null;
}

// Phrases the patterns are written for, to be re-cased and given odd characters: İ and the Kelvin sign
// are the two characters whose lower case is ASCII or longer.
const PHRASES = [
  'Matters arising', '3. Actions from the previous meeting (12 March)', 'TC/12/1 Actions from the March meeting:', 'Action log review',
  'Next steps', 'To do:', 'The following actions were agreed:', 'It was agreed that the report be noted.', 'The motion was carried',
  'The minutes of the last meeting were approved.', 'The board unanimously approved the plan', 'Present: Jo Doe', 'Apologies for absence were received from A',
  'In-person and remote participants: A, B', 'Members present – A, B', 'Also in attendance: Cllr A Bee', 'Roll call', 'Sederunt: A',
  'Cllr Dr Jane Doe', 'The Rt Hon Lord Smith', 'BC A Smith', 'Parish and Town Councillors Ann Lee', 'the chief  inspector mrs ms. Bo', 'Mr', 'Dr. Who',
  'Met on 12 March 2024', 'March 19, 2024', '14-Mar-24', 'the 3rd of JUNE', 'Sept. 4th, 2023 at 10', '2024-03-12', '4/5/24',
  'Apologies were received from Cllr A Bee and Mr C Dee', 'Apologies for absence were accepted for Ann Lee', 'An apology in advance from Jo',
  'Draft Minutes of the Meeting of the Board', 'OFFICIAL-SENSITIVE', 'Registered Charity No 123', 'Meeting Summary for Finance', 'Part B Agenda',
  'All outstanding actions from the last meeting have been completed', 'All actions had now been closed.',
  'Chair: Jo Doe', 'Recording Secretary : Sam Lee', 'Scribe(s): A, B', 'NOTE-TAKER: Ann',
  'Held from 7.30 PM to 9P.M.', 'At 19:00 AM', '10:00–12:00', 'starting 7pm',
  'Send it by Friday', 'due THURS', 'Wednesday', 'do it Tomorrow', 'Before the 20th', 'by 14/02', '14/02', 'BY THIS Tuesday, 3',
  'These were received from A', 'Regrets for absence had been noted and accepted for B', 'SENT FROM C',
  'A Motion was moved by Cllr X', 'Motion: To approve the budget, moved by A', 'It was duly proposed by B', 'MOTION THAT the report',
  'to be done BY THE', 'Deadline Friday,', 'w/c', 'Hedge cut; This Action is Now Closed.', 'Joined Late', 'For Items 3, 4–5', 'via Zoom',
];
const ODD = ['İ', 'K', 'É', 'é', 'ß', 'ſ', 'ı', '–', '—', '’', ' ', ':', '.', 'k', 'I', 'i'];

const recased = fc
  .tuple(fc.constantFrom(...PHRASES), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), fc.array(fc.tuple(fc.nat(80), fc.constantFrom(...ODD)), { maxLength: 3 }))
  .map(([phrase, upper, inserts]) => {
    let text = [...phrase].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join('');
    for (const [at, char] of inserts) text = text.slice(0, at) + char + text.slice(at);
    return text;
  });

describe('patterns written in lower case', () => {
  test('lowerCaseForMatching keeps every character where it was, and makes no ASCII letter of any other character', () => {
    const moved: string[] = [];
    for (const char of characters()) {
      const lower = lowerCaseForMatching(`${char}A`);
      if (lower.length !== char.length + 1 || lower.at(-1) !== 'a' || (char.charCodeAt(0) >= 0x80 && /[a-z]/.test(lower.slice(0, -1)))) moved.push(`U+${char.codePointAt(0)!.toString(16)}`);
    }
    expect(moved).toEqual([]);
  });

  test('each is written in lower case, without the i flag, with no letter beyond ASCII', () => {
    for (const pattern of LOWER_CASE_PATTERNS) {
      expect(pattern.flags, pattern.source).not.toContain('i');
      expect(pattern.source.replace(/\\[a-zA-Z]/g, ''), pattern.source).not.toMatch(/[A-Z\u0080-\u2012\u2015-\uffff]/);
    }
  });

  test('each finds on the text in lower case what it finds with the i flag on the text as written', () => {
    fc.assert(
      fc.property(recased, (text) => {
        for (const pattern of LOWER_CASE_PATTERNS) {
          expect(found(pattern, lowerCaseForMatching(text)), `${pattern.source.slice(0, 40)} on ${text}`).toEqual(found(new RegExp(pattern.source, `${pattern.flags}i`), text));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('a heading on earlier actions is read with its number apart as in one pattern with it', () => {
    // The number was an optional part of the heading pattern; read first and cut off, it must change no answer.
    const together = new RegExp(`^(?:${HEADING_NUMBER.source.slice(1)})?${EARLIER_ACTIONS_SECTION.source.slice(1)}`);
    const numbers = fc.constantFrom('', '3. ', '12) ', '4 ', '7: ', 'tc/12/101 ', 'ab/3  ', 'x/1/2 ', '3.', '12 ', 'the following ', 'tc/ ', '1 2 ');
    fc.assert(
      fc.property(numbers, recased, (number, text) => {
        const lower = lowerCaseForMatching(number + text);
        expect(isEarlierActionsSection(lower), lower).toBe(together.test(lower));
      }),
      { numRuns: 2000 },
    );
  });

  test('titles taken off one at a time are those the whole list taken off at once', () => {
    // HONORIFICS, with "the" before them, were one repeating pattern; they are run once per title, in their order.
    const together = new RegExp(`^(?:(?:the\\s+)?(?:${HONORIFICS.map((pattern) => pattern.source).join('|')}))+`, 'i');
    fc.assert(
      fc.property(recased, (text) => {
        expect(stripHonorifics(text), text).toBe(text.replace(together, '').trim());
      }),
      { numRuns: 2000 },
    );
  });
});
