import { describe, expect, test } from 'vitest';
import { checkMinutes, type CheckInput } from '../src/check/run.js';
import { RULES } from '../src/check/rules/index.js';
import { validateConfig } from '../src/config/config.js';
import { parseMinutes } from '../src/parse/index.js';
import { UNACCEPTED_CHANGES } from '../src/read/word.js';

// Rule tests in the RuleTester shape: each rule has minutes that make it report (with the exact
// findings, from every rule, by message id and place) and minutes on which nothing reports.
// Removing a rule from RULES, or changing where it reports, fails its invalid cases.

interface Expected {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
}

interface Case {
  name: string;
  /** The minutes; joined with '\n', so index + 1 is the line number. */
  text: string[];
  file?: string;
  config?: Record<string, unknown>;
  /** Today, for action-overdue; defaults to the meeting date of the snippets. */
  asOf?: string;
}

interface InvalidCase extends Case {
  findings: Expected[];
}

const MEETING = 'Safer Streets Board – 1 March 2024';
const PRESENT = 'Present: Jo Bloggs (JB), Sam Lee (SL), Priya Shah (PS)';
const APOLOGIES = 'Apologies: Alex Green';
/** Lines 1–5 of most snippets: a dated heading, attendance and apologies; the body starts at line 6. */
const HEAD = [MEETING, '', PRESENT, APOLOGIES, ''];
/** The same as a Word document's HTML, one paragraph a line. */
const WORD_HEAD = [MEETING, PRESENT, APOLOGIES].map((text) => `<p>${text}</p>`);

function check(c: Case) {
  const config = validateConfig(c.config ?? {}, 'test', '/');
  const input: CheckInput = { file: c.file ?? 'minutes.txt', text: c.text.join('\n') };
  return checkMinutes([input], config, { asOf: c.asOf ?? '2024-03-01' })[0].findings;
}

function places(findings: ReturnType<typeof check>): Expected[] {
  return findings.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));
}

const at = (ruleId: string, messageId: string, line: number, column = 1): Expected => ({ ruleId, messageId, line, column });

const cases: Record<string, { valid: Case[]; invalid: InvalidCase[] }> = {
  'meeting-date': {
    valid: [
      { name: 'a written date in the heading', text: [...HEAD] },
      { name: 'a numeric date in the heading', text: ['Safer Streets Board – 01/03/2024', '', PRESENT, APOLOGIES] },
      { name: 'a date in front matter', file: 'minutes.md', text: ['---', 'date: 2024-03-01', '---', '# Safer Streets Board', '', PRESENT, '', APOLOGIES] },
    ],
    invalid: [
      { name: 'no date anywhere', text: ['Safer Streets Board', '', PRESENT, APOLOGIES], findings: [at('meeting-date', 'missing-date', 1)] },
    ],
  },
  'attendees-section': {
    valid: [
      { name: 'a one-line Present list', text: [...HEAD] },
      { name: 'an Attendees list', file: 'minutes.md', text: ['# Safer Streets Board – 1 March 2024', '', 'Attendees:', '', '- Jo Bloggs (Chair)', '- Sam Lee', '', APOLOGIES] },
    ],
    invalid: [
      { name: 'no attendance at all', text: [MEETING, '', APOLOGIES], findings: [at('attendees-section', 'missing-attendees', 1)] },
    ],
  },
  'apologies-section': {
    valid: [
      { name: 'named apologies', text: [...HEAD] },
      { name: '"Apologies: none"', text: [MEETING, '', PRESENT, 'Apologies: none'] },
      { name: '"No apologies were received"', text: [MEETING, '', PRESENT, '', '1. Welcome', 'No apologies were received.'] },
    ],
    invalid: [
      { name: 'apologies not mentioned', text: [MEETING, '', PRESENT], findings: [at('apologies-section', 'missing-apologies', 1)] },
    ],
  },
  'action-malformed': {
    valid: [
      {
        name: 'the shapes the parser reads',
        text: [
          ...HEAD,
          'ACTION (Sam Lee) – Send the funding paper to members.',
          'ACTION: Clerk to book the hall.',
          '**Action:** Priya Shah to write to the police.',
          'Actions from the last meeting were reviewed.',
        ],
      },
      {
        name: 'an owners\' bracket wrapped onto the next line',
        text: [...HEAD, 'ACTION (Sam Lee and Priya', 'Shah) – Send the funding paper to members.'],
      },
    ],
    invalid: [
      {
        name: 'misspelt marker, owner not bracketed, empty owner, no text',
        text: [
          ...HEAD,
          'ACTON (Sam Lee) – Send the funding paper to members.',
          'ACTION Sam Lee send the funding paper.',
          'ACTION () – Book the hall.',
          'ACTION –',
        ],
        findings: [
          at('action-malformed', 'misspelt-marker', 6),
          at('action-malformed', 'owner-not-bracketed', 7),
          at('action-malformed', 'missing-owner', 8),
          at('action-malformed', 'missing-text', 9),
        ],
      },
      {
        name: 'the column is where the marker starts in a markdown bullet',
        file: 'minutes.md',
        text: [...HEAD, '- **ACTOIN** (Sam Lee) – Send the funding paper to members.'],
        findings: [at('action-malformed', 'misspelt-marker', 6, 5)],
      },
    ],
  },
  'owner-known': {
    valid: [
      {
        name: 'attendees, apologies, groups, roles, aliases and configured organisations',
        config: { aliases: { MF: 'Morgan Fairweather' }, organisations: ['Wrayshire Police'] },
        text: [
          ...HEAD,
          'ACTION (Sam Lee) – Send the funding paper to members.',
          'ACTION (Alex Green) – Circulate the survey.',
          'ACTION (All) – Read the strategy.',
          'ACTION: Clerk to book the hall.',
          'ACTION (MF) – Update the risk register.',
          'ACTION (Wrayshire Police) – Share the patrol figures.',
        ],
      },
    ],
    invalid: [
      {
        name: 'an owner who is not in the minutes or the config',
        text: [...HEAD, 'ACTION (Morgan Fairweather) – Send the funding paper to members.'],
        findings: [at('owner-known', 'unknown-owner', 6)],
      },
    ],
  },
  'initials-known': {
    valid: [
      {
        name: "attendees' initials, and an acronym the minutes define",
        text: [...HEAD, 'JB welcomed members. SL noted the paper.', 'The Police and Crime Commissioner (PCC) has funded the pilot. PCC agreed to extend it.'],
      },
    ],
    invalid: [
      {
        name: 'initials of no one present, at the start and within a line',
        text: [...HEAD, 'KN said the grant was late.', 'JB welcomed the report. RT asked about the timetable.'],
        findings: [at('initials-known', 'unknown-initials', 6), at('initials-known', 'unknown-initials', 7, 25)],
      },
    ],
  },
  'name-misspelt': {
    valid: [{ name: 'names spelt as in the attendance', text: [...HEAD, 'ACTION (Priya Shah) – Send the funding paper to members.'] }],
    invalid: [
      {
        name: 'an owner one letter short of an attendee',
        text: [...HEAD, 'ACTION (Priya Sha) – Send the funding paper to members.'],
        findings: [at('name-misspelt', 'near-miss', 6)],
      },
    ],
  },
  'present-and-apologies': {
    valid: [{ name: 'present and apologies are different people', text: [...HEAD] }],
    invalid: [
      {
        name: 'one person in both lists',
        text: [MEETING, '', PRESENT, 'Apologies: Alex Green, Sam Lee'],
        findings: [at('present-and-apologies', 'present-and-absent', 4)],
      },
    ],
  },
  'duplicate-attendee': {
    valid: [{ name: 'everyone listed once', text: [...HEAD] }],
    invalid: [
      {
        name: 'the same person twice in Present',
        text: [MEETING, '', 'Present: Jo Bloggs (JB), Sam Lee (SL), Priya Shah (PS), Sam Lee', APOLOGIES],
        findings: [at('duplicate-attendee', 'duplicate-person', 3)],
      },
    ],
  },
  'tracked-changes': {
    // The HTML readMinutesFile gives for a Word document (see word-revisions.test.ts for real .docx files).
    valid: [
      { name: 'a Word document with no changes left', file: 'minutes.docx', text: WORD_HEAD },
      { name: 'a web page cannot claim them', file: 'minutes.html', text: [UNACCEPTED_CHANGES + WORD_HEAD[0], ...WORD_HEAD.slice(1)] },
    ],
    invalid: [
      {
        name: 'a Word document with changes not accepted',
        file: 'minutes.docx',
        text: [UNACCEPTED_CHANGES + WORD_HEAD[0], ...WORD_HEAD.slice(1)],
        findings: [at('tracked-changes', 'unaccepted-changes', 1)],
      },
    ],
  },
  'action-in-log': {
    valid: [
      {
        name: 'every inline action has its log row',
        file: 'minutes.md',
        text: [
          ...HEAD,
          'ACTION (Sam Lee) – Send the funding paper to members.',
          '',
          '| Ref | Action | Owner | Due | Status |',
          '| --- | --- | --- | --- | --- |',
          '| 1 | Send the funding paper to members | Sam Lee | 15/03/2024 | Open |',
        ],
      },
      { name: 'inline actions and no log', text: [...HEAD, 'ACTION (Sam Lee) – Send the funding paper to members.'] },
      {
        name: 'a log and no inline actions',
        file: 'minutes.md',
        text: [...HEAD, '| Ref | Action | Owner | Due | Status |', '| --- | --- | --- | --- | --- |', '| 1 | Send the funding paper to members | Sam Lee | 15/03/2024 | Open |'],
      },
    ],
    invalid: [
      {
        name: 'an inline action missing from the log, and a row with no inline action',
        file: 'minutes.md',
        text: [
          ...HEAD,
          'ACTION (Sam Lee) – Send the funding paper to members.',
          '',
          'ACTION (Priya Shah) – Book the hall for the launch event.',
          '',
          '| Ref | Action | Owner | Due | Status |',
          '| --- | --- | --- | --- | --- |',
          '| 1 | Send the funding paper to members | Sam Lee | 15/03/2024 | Open |',
          '| 2 | Draft the survivor survey questions | Jo Bloggs | 29/03/2024 | Open |',
        ],
        findings: [at('action-in-log', 'missing-log-row', 8), at('action-in-log', 'missing-inline-action', 13)],
      },
    ],
  },
  'action-id-unique': {
    valid: [
      {
        name: 'distinct ids',
        file: 'minutes.md',
        text: [
          ...HEAD,
          '| Ref | Action | Owner | Due | Status |',
          '| --- | --- | --- | --- | --- |',
          '| 24-01 | Send the funding paper to members | Sam Lee | 15/03/2024 | Open |',
          '| 24-02 | Draft the survivor survey questions | Jo Bloggs | 29/03/2024 | Open |',
        ],
      },
    ],
    invalid: [
      {
        name: 'an id used twice (reported at the repeat), case-insensitively',
        file: 'minutes.md',
        text: [
          ...HEAD,
          '| Ref | Action | Owner | Due | Status |',
          '| --- | --- | --- | --- | --- |',
          '| 4a | Send the funding paper to members | Sam Lee | 15/03/2024 | Open |',
          '| 4A | Draft the survivor survey questions | Jo Bloggs | 29/03/2024 | Open |',
        ],
        findings: [at('action-id-unique', 'duplicate-id', 9)],
      },
    ],
  },
  'due-valid': {
    valid: [
      {
        name: 'dates after the meeting, and words that are not dates',
        file: 'minutes.md',
        text: [
          ...HEAD,
          '| Ref | Action | Owner | Due | Status |',
          '| --- | --- | --- | --- | --- |',
          '| 1 | Send the funding paper to members | Sam Lee | 15/03/2024 | Open |',
          '| 2 | Draft the survivor survey questions | Jo Bloggs | TBC | Open |',
          '| 3 | Write to the police about patrols | Priya Shah | Next meeting | Open |',
        ],
      },
    ],
    invalid: [
      {
        // Due before the meeting is also overdue as of the meeting day.
        name: 'a due date before the meeting',
        text: [...HEAD, 'ACTION (Sam Lee) – Send the funding paper to members by 1 February 2024.'],
        findings: [at('due-valid', 'due-before-meeting', 6), at('action-overdue', 'overdue', 6)],
      },
      {
        name: 'a due date that is not a date',
        file: 'minutes.md',
        text: [...HEAD, '| Ref | Action | Owner | Due | Status |', '| --- | --- | --- | --- | --- |', '| 1 | Send the funding paper to members | Sam Lee | 31/13/2024 | Open |'],
        findings: [at('due-valid', 'unparseable-due', 8)],
      },
    ],
  },
  'action-overdue': {
    valid: [
      { name: 'due after today', asOf: '2024-03-10', text: [...HEAD, 'ACTION (Sam Lee) – Send the funding paper to members by 15 March 2024.'] },
      { name: 'due today is not yet overdue', asOf: '2024-03-15', text: [...HEAD, 'ACTION (Sam Lee) – Send the funding paper to members by 15 March 2024.'] },
      {
        name: 'closed actions are never overdue',
        asOf: '2024-06-01',
        file: 'minutes.md',
        text: [...HEAD, '| Ref | Action | Owner | Due | Status |', '| --- | --- | --- | --- | --- |', '| 1 | Send the funding paper to members | Sam Lee | 15/03/2024 | Complete |'],
      },
    ],
    invalid: [
      {
        name: 'an open action past its due date',
        asOf: '2024-03-16',
        text: [...HEAD, 'ACTION (Sam Lee) – Send the funding paper to members by 15 March 2024.'],
        findings: [at('action-overdue', 'overdue', 6)],
      },
    ],
  },
  'commitment-known': {
    valid: [
      { name: 'a configured commitment', config: { commitments: { 3: 'Whole-school approach' } }, text: [...HEAD, 'The paper supports Commitment 3.'] },
      { name: 'no commitments configured: nothing to check against', text: [...HEAD, 'The paper supports Commitment 12.'] },
    ],
    invalid: [
      {
        name: 'a commitment number not in the config',
        config: { commitments: { 3: 'Whole-school approach' } },
        text: [...HEAD, 'The paper supports Commitment 3 and Commitment 12.'],
        findings: [at('commitment-known', 'unknown-commitment', 6)],
      },
    ],
  },
};

test('every rule in RULES has valid and invalid cases here', () => {
  expect(Object.keys(cases).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  for (const { valid, invalid } of Object.values(cases)) {
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
  }
});

describe.each(Object.entries(cases))('%s', (ruleId, { valid, invalid }) => {
  test.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
    expect(places(check(c))).toEqual([]);
  });

  test.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
    expect(c.findings.some((f) => f.ruleId === ruleId)).toBe(true);
    expect(places(check(c))).toEqual(c.findings);
  });

  test('findings carry the rule\'s default severity', () => {
    const rule = RULES.find((r) => r.id === ruleId)!;
    for (const c of invalid) for (const f of check(c)) if (f.ruleId === ruleId) expect(f.severity).toBe(rule.severity);
  });
});

describe('configuration', () => {
  const undated = ['Safer Streets Board', '', PRESENT];
  const ruleIds = (text: string[], config?: Record<string, unknown>) => check({ name: '', text, config }).map((f) => [f.ruleId, f.severity]);

  test('a severity in `rules` overrides the default, up or down', () => {
    expect(ruleIds(undated)).toEqual([['meeting-date', 'error'], ['apologies-section', 'warning']]);
    expect(ruleIds(undated, { rules: { 'apologies-section': 'error', 'meeting-date': 'warn' } })).toEqual([['meeting-date', 'warning'], ['apologies-section', 'error']]);
  });

  test('`off` (or false) silences a rule and only that rule', () => {
    expect(ruleIds(undated, { rules: { 'meeting-date': 'off' } })).toEqual([['apologies-section', 'warning']]);
    expect(ruleIds(undated, { rules: { 'apologies-section': false } })).toEqual([['meeting-date', 'error']]);
  });

  test('a bad severity is a config error naming the rule', () => {
    expect(() => validateConfig({ rules: { 'meeting-date': 'loud' } }, 'vawg.config.yaml', '/')).toThrow(/rules\.meeting-date/);
  });
});

describe('vawg-disable-next-line', () => {
  // Lines 7, 8, 11 and 12 each have two findings (a misspelt ACTION, unknown initials). The comment on
  // line 6 silences initials-known on line 7; the one on line 10 silences everything on line 11.
  const body = (comment: (ids: string) => string) => [
    ...HEAD,
    comment(' initials-known'),
    'ACTON (Sam Lee) – Chase the grant. KN said it was late.',
    'ACTON (Sam Lee) – Chase the grant. KN said it was late.',
    '',
    comment(''),
    'ACTON (Sam Lee) – Chase the grant. KN said it was late.',
    'ACTON (Sam Lee) – Chase the grant. KN said it was late.',
  ];
  const expected = [
    at('action-malformed', 'misspelt-marker', 7),
    at('action-malformed', 'misspelt-marker', 8),
    at('initials-known', 'unknown-initials', 8, 36),
    at('action-malformed', 'misspelt-marker', 12),
    at('initials-known', 'unknown-initials', 12, 36),
  ];

  test('an HTML comment in markdown silences the named rule, or every rule, on the next line only', () => {
    const text = body((ids) => `<!-- vawg-disable-next-line${ids} -->`);
    expect(places(check({ name: '', file: 'minutes.md', text }))).toEqual(expected);
  });

  test('the same words after # work in plain text', () => {
    const text = body((ids) => `# vawg-disable-next-line${ids}`);
    expect(places(check({ name: '', file: 'minutes.txt', text }))).toEqual(expected);
  });

  test('several rule ids, comma-separated, and a blank line before the target', () => {
    const text = [...HEAD, '<!-- vawg-disable-next-line action-malformed, initials-known -->', '', 'ACTON (Sam Lee) – Chase the grant. KN said it was late.'];
    expect(places(check({ name: '', file: 'minutes.md', text }))).toEqual([]);
  });

  test('naming another rule silences nothing', () => {
    const text = [...HEAD, '<!-- vawg-disable-next-line owner-known -->', 'KN said the grant was late.'];
    expect(places(check({ name: '', file: 'minutes.md', text }))).toEqual([at('initials-known', 'unknown-initials', 7)]);
  });
});

describe('vawg-disable-line, vawg-disable … vawg-enable, and directives that name no rule', () => {
  const finding = 'KN said it was late.';
  const checkWith = (text: string[], reportUnusedDirectives = false) =>
    places(checkMinutes([{ file: 'minutes.md', text: text.join('\n') }], validateConfig({}, 'test', '/'), { asOf: '2024-03-01', reportUnusedDirectives })[0].findings);

  test('vawg-disable-line silences its own line only', () => {
    expect(checkWith([...HEAD, `${finding} <!-- vawg-disable-line initials-known -->`, finding])).toEqual([at('initials-known', 'unknown-initials', 7)]);
  });

  test('vawg-disable … vawg-enable silences the lines between', () => {
    const text = [...HEAD, finding, '<!-- vawg-disable initials-known -->', finding, finding, '<!-- vawg-enable initials-known -->', finding];
    expect(checkWith(text)).toEqual([at('initials-known', 'unknown-initials', 6), at('initials-known', 'unknown-initials', 11)]);
  });

  test('a vawg-disable that nothing enables again covers the whole file, line 1 included', () => {
    const text = ['Safer Streets Board', '', PRESENT, APOLOGIES, '', finding, '<!-- vawg-disable meeting-date initials-known -->'];
    expect(checkWith(text)).toEqual([]);
  });

  test('a misspelt rule id is reported where it is written, and silences nothing', () => {
    const text = [...HEAD, '<!-- vawg-disable-next-line initails-known -- the clerk -->', finding];
    expect(checkWith(text)).toEqual([at('directive', 'unknown-rule', 6, 6), at('initials-known', 'unknown-initials', 7)]);
  });

  test('a reason after -- is not read as rule ids', () => {
    expect(checkWith([...HEAD, `${finding} <!-- vawg-disable-line initials-known -- a guest from the county -->`])).toEqual([]);
  });

  test('with reportUnusedDirectives, a directive that silenced nothing is an error', () => {
    const text = [...HEAD, '<!-- vawg-disable-next-line owner-known -->', finding, '<!-- vawg-disable-next-line initials-known -->', finding];
    expect(checkWith(text)).toEqual([at('initials-known', 'unknown-initials', 7)]);
    expect(checkWith(text, true)).toEqual([at('directive', 'unused-directive', 6, 6), at('initials-known', 'unknown-initials', 7)]);
  });
});

describe('action-overdue across files', () => {
  const first: CheckInput = {
    file: 'minutes/2024-03-01.txt',
    text: [...HEAD, '1. Funding', 'ACTION (Sam Lee) – Send the funding paper to members by 15 March 2024.', 'ACTION (Priya Shah) – Book the hall for the launch event by 20 March 2024.'].join('\n'),
  };
  const second: CheckInput = {
    file: 'minutes/2024-04-05.md',
    text: [
      '# Safer Streets Board – 5 April 2024',
      '',
      PRESENT,
      'Apologies: none',
      '',
      '## Actions from the previous meeting',
      '',
      '| Action | Owner | Progress |',
      '| --- | --- | --- |',
      '| Send the funding paper to members | Sam Lee | Complete |',
    ].join('\n'),
  };
  const config = validateConfig({}, 'test', '/');
  const overdue = (inputs: CheckInput[], asOf: string) =>
    checkMinutes(inputs, config, { asOf }).map((r) => ({ file: r.file, findings: places(r.findings) }));

  test('an action closed at a later meeting is not overdue; the open one is reported where it was raised', () => {
    // Given newest first: the register orders meetings by date, not by argument order.
    expect(overdue([second, first], '2024-04-10')).toEqual([
      { file: second.file, findings: [] },
      { file: first.file, findings: [at('action-overdue', 'overdue', 8)] },
    ]);
  });

  test('without the later meeting both actions are overdue', () => {
    expect(overdue([first], '2024-04-10')).toEqual([{ file: first.file, findings: [at('action-overdue', 'overdue', 7), at('action-overdue', 'overdue', 8)] }]);
  });

  test('asOf decides what is overdue: past the due date, not on it', () => {
    expect(overdue([first], '2024-03-16')).toEqual([{ file: first.file, findings: [at('action-overdue', 'overdue', 7)] }]);
    expect(overdue([first], '2024-03-15')).toEqual([{ file: first.file, findings: [] }]);
  });
});

// An ACTION with an owner and no text once crashed the parser; it is a finding now.
describe('known bugs', () => {
  test('`ACTION (owner) –` with no text is a missing-text finding, not a parser crash', () => {
    expect(places(check({ name: '', text: [...HEAD, 'ACTION (Priya Shah) –'] }))).toEqual([at('action-malformed', 'missing-text', 6)]);
  });

  test('`ACTION:` with nothing after it, under an agenda item, does not crash the parser', () => {
    expect(() => check({ name: '', text: [...HEAD, '1. Funding', 'ACTION:'] })).not.toThrow();
  });
});

// The parser and `vawg check` read ACTION markers with one recogniser (src/lexicon/actions.ts), so they agree.
describe('parser and check agree on what is an ACTION line', () => {
  const FENCED = ['# Board – 1 March 2024', '', PRESENT, APOLOGIES, '```', 'ACTION Sam Lee send the funding paper.', 'ACTION () – Book the hall.', '```', '', '<!--', 'ACTION –', 'ACTON: JB to book the room.', '-->', ''];

  test('ACTION lines inside a code fence or an HTML comment are neither parsed nor reported', () => {
    const text = [...FENCED, 'ACTION (JB) – circulate the paper.'];
    expect(parseMinutes(text.join('\n'), { file: 'minutes.md' }).actions.map((a) => a.lines[0])).toEqual([15]);
    expect(places(check({ name: '', file: 'minutes.md', text }))).toEqual([]);
  });

  test('every marker the parser reads is well formed for check, and `none` is neither an action nor a finding', () => {
    const text = [...HEAD, 'Action item: SL to book the hall.', 'Action Item for Priya: send the paper.', 'ACTION ITEM: JB to ring the council.', 'ACTION: none', 'Action #2: draft the letter (Jo Bloggs)'];
    const meeting = parseMinutes(text.join('\n'), { file: 'minutes.txt' });
    expect(meeting.actions.map((a) => [a.lines[0], a.owners.map((o) => o.name)])).toEqual([[6, ['Sam Lee']], [7, ['Priya Shah']], [8, ['Jo Bloggs']], [10, ['Jo Bloggs']]]);
    expect(places(check({ name: '', text }))).toEqual([]);
  });
});
