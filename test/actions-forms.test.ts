import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { buildRegister } from '../src/register/register.js';

const HEAD = ['Village Hall Committee – Tuesday 7 May 2024', '', 'Present: Kieran Malloy (KM), Niamh Hartigan (NH), Philip Coombes (PC), Richard Wynne-Nash (RWN)', ''];
const parse = (lines: string[], file = 'minutes.txt') => parseMinutes([...HEAD, ...lines].join('\n'), { file });
const brief = (m: ReturnType<typeof parse>) => m.actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name), due: a.due }));

describe('action markers', () => {
  test('W3C numbered actions: owners in the closing parenthesis, the summary list is not a second action', () => {
    const m = parse(['Action #1: draft the rotation text (Niamh Hartigan, Philip Coombes)', '', '## Action Items', '', '* Action #1: draft the rotation text (Niamh Hartigan, Philip Coombes)'], 'minutes.md');
    expect(brief(m)).toEqual([{ text: 'draft the rotation text', owners: ['Niamh Hartigan', 'Philip Coombes'], due: null }]);
  });

  test('an owner tag on its own line names the owners of the paragraph before it', () => {
    const m = parse(['Clerk to add the rota to the agenda for the June meeting.', '', 'ACTION: Clerk']);
    expect(brief(m)).toEqual([{ text: 'add the rota to the agenda for the June meeting.', owners: ['Clerk'], due: null }]);
  });
});

describe('owner-first lines are actions only when they name someone of the minutes', () => {
  test('speaker labels, questions to someone and passives are not owners', () => {
    const m = parse(['## Next steps', '', '- RWN: Agree and will arrange.', '- Richard, will there be people who object?', '- Borough Council to be contacted about the grass.', '- KM to book the hall.'], 'minutes.md');
    expect(brief(m)).toEqual([
      { text: 'Borough Council to be contacted about the grass.', owners: [], due: null },
      { text: 'book the hall.', owners: ['Kieran Malloy'], due: null },
    ]);
  });
});

describe('due dates', () => {
  test('relative deadlines naming one day are resolved against the meeting date; vaguer ones keep no date', () => {
    const m = parse(['ACTION: KM to circulate the rota by Friday.', 'ACTION: PC to email the caterers tomorrow.', 'ACTION: NH to confirm the marquee by the 20th.', 'ACTION: KM to chase the permit next week.', 'ACTION: NH to circulate the notes from the 2 April workshop.']);
    expect(m.actions.map((a) => a.due)).toEqual(['2024-05-10', '2024-05-08', '2024-05-20', null, null]);
  });
});

describe('logs', () => {
  test('a grid table with wrapped cells and a section row', () => {
    const m = parse([
      '+-----+----------------------+-------------+------------+',
      '| No. | Action Required      | Responsible | Target     |',
      '+=====+======================+=============+============+',
      '| 14  | Obtain three quotes  | KM          | 30/06/2024 |',
      '|     | for the boiler       |             |            |',
      '+-----+----------------------+-------------+------------+',
    ]);
    expect(m.actions.map((a) => [a.id, a.text, a.owners.map((o) => o.name), a.due, a.lines])).toEqual([['14', 'Obtain three quotes for the boiler', ['Kieran Malloy'], '2024-06-30', [8]]]);
  });
});

describe('decisions', () => {
  test('motions with mover, seconder and outcome; withdrawn and adjournment motions are not decisions', () => {
    const m = parse([
      'Motion by KM, seconded by NH, to approve the agenda as',
      'presented. Motion carried 5-0.',
      '',
      'Motion by PC, seconded by KM, to adjourn. Motion carried 5-0.',
      '',
      'RESOLVED: (1) the policy is adopted; (2) the Clerk writes to the council.',
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(['Motion by KM, seconded by NH, to approve the agenda as presented. Motion carried 5-0.', 'the policy is adopted', 'the Clerk writes to the council.']);
  });
});

describe('register', () => {
  test('a reassignment and a moved deadline are kept in the history and become current', () => {
    const first = parseMinutes(['Parish Council – 9 January 2024', '', 'Present: Cllr Hugo Drake, Cllr Ann Oakes', '', 'ACTION: Cllr Oakes to contact the County Council about a speed indicator device by 29 February 2024.'].join('\n'), { file: 'a.txt' });
    const second = parseMinutes(['Parish Council – 12 March 2024', '', 'Present: Cllr Hugo Drake', '', '4. Matters arising', 'a) Cllr Drake to contact the County Council about a speed indicator device – c/f; reassigned, deadline extended to 30 April 2024.'].join('\n'), { file: 'b.txt' });
    const [entry] = buildRegister([first, second]).entries;
    expect(entry.owners.map((o) => o.name)).toEqual(['Hugo Drake']);
    expect(entry.due).toBe('2024-04-30');
    expect(entry.history.map((h) => [h.kind, h.owners ?? null, h.due ?? null])).toEqual([['raised', null, null], ['update', ['Hugo Drake'], '2024-04-30']]);
  });
});
