import { describe, expect, test } from 'vitest';
import { checkSync } from 'recheck';
import { allLabelPatterns, LABEL_FIRST_WORDS, matchRollLabel } from '../src/lexicon/attendance.js';
import { APOLOGY_LABELS, ATTENDANCE_LABELS, OFFICER_LABELS } from './generator/labels.js';

// The label lexicon skips a line on its first word before trying its patterns: a word missing from
// that list would make a whole family of labels unreadable, so every spelling known is tried here.
const SPELLINGS = [
  ...[...ATTENDANCE_LABELS, ...OFFICER_LABELS, ...APOLOGY_LABELS].filter((label) => !label.startsWith('sentence:')).map((label) => label.replace('(count)', '(six Councillors)')),
  'Non-members present', 'Co-opted members present', 'Associate members present', 'Online', 'On-site and remote',
  'Dial-in', 'Video', 'Phone', 'Virtual attendees', 'Physical attendees', 'Visitors', 'Invitees', 'External attendees',
  'Invited guests', 'Attended by', 'Also attended by', 'Who attended', 'Attendee list', 'Attendance list', 'Sederunt',
  'Delegates', 'Advisers', 'Advisors', 'Representatives', 'Commissioners', 'Others present', 'People present',
  'Persons present', 'Council members present', 'Cllrs present', 'To receive apologies for absence',
  'Acceptance of apologies', 'Receipt of apologies', 'Approval of apologies', 'Acknowledgement of apologies',
  'Accepted apologies', 'Received apologies', 'Tendered apologies', 'Apology', 'Staff absent', 'Guests',
];

describe('the first words of roll labels', () => {
  test.each(SPELLINGS)('"%s:" is read as a label', (label) => {
    expect(matchRollLabel(`${label}: Jo Doe, Sam Lee`)).not.toBeNull();
    expect(LABEL_FIRST_WORDS.has(/^[A-Za-z]+/.exec(label)![0].toLowerCase())).toBe(true);
  });

  test('numbering before the label is no first word', () => {
    expect(matchRollLabel('3. Apologies for absence: Jo Doe')?.kind).toBe('apologies');
    expect(matchRollLabel('Item 2 – Present: Jo Doe')?.kind).toBe('attendees');
    expect(matchRollLabel('(a) Present: Jo Doe')?.kind).toBe('attendees');
  });

  test('a line opening with any other word is no label', () => {
    expect(matchRollLabel('Members discussed the report: present and future risks')).toBeNull();
    expect(matchRollLabel('Amara Adeyemi (AA), County Council')).toBeNull();
  });
});

// The patterns are built from the forms when a word is first met, so the source scan of the ReDoS test
// cannot see them: each is checked here the same way.
describe('no label pattern can backtrack catastrophically', () => {
  test.each(allLabelPatterns().map((pattern) => [pattern.source.slice(0, 60), pattern] as const))('%s', (_source, pattern) => {
    const result = checkSync(pattern.source, pattern.flags, { timeout: null });
    const worst = result.status === 'vulnerable' ? (result.complexity.type === 'exponential' ? 'exponential' : `degree ${result.complexity.degree}`) : result.status;
    expect(['safe', 'degree 2']).toContain(worst);
  });
});
