import { describe, expect, test } from 'vitest';
import { readStatus, splitTrailingStatus } from '../src/lexicon/status.js';
import { parseMinutes } from '../src/parse/index.js';
import { detectDateOrder } from '../src/text/dates.js';

// Invented minutes: a small trust board whose action log is written in the layouts exports leave behind.
const HEAD = ['Harbour Trust Board – Monday 9 June 2025', '', 'Present: Orla Penrose (OP), Dev Ashworth (DA), Mina Kowalczyk (MK), Tomas Ferreira-Lund (TFL)', ''];
const parse = (lines: string[], file = 'minutes.txt') => parseMinutes([...HEAD, ...lines].join('\n'), { file });
const brief = (m: ReturnType<typeof parse>) => m.actions.map((a) => ({ id: a.id, text: a.text, owners: a.owners.map((o) => o.name), due: a.due, status: a.status }));
const updates = (m: ReturnType<typeof parse>) => m.updates.map((u) => ({ ref: u.ref, text: u.text, status: u.status, progress: u.progress }));

describe('fixed-width logs', () => {
  const log = [
    'Action log',
    '',
    'Who                      Ref    Task                        Due',
    'Actions from 12 May 2025',
    'Dev Ashworth             7      Renew the mooring licence   30/05/2025',
    'Actions from this meeting',
    'Orla Penrose, Mina       12     Draw up a rota for the      20/06/2025',
    'Kowalczyk                       summer lifeguard cover',
    'Tomas Ferreira-Lund      13     Price the new pontoon       01/07/2025',
  ];

  test('a cell wrapped over lines is joined, in any column, and section rows sort earlier rows from new ones', () => {
    for (const file of ['minutes.txt', 'minutes.md']) {
      const m = parse(log, file);
      expect(brief(m)).toEqual([
        { id: '12', text: 'Draw up a rota for the summer lifeguard cover', owners: ['Orla Penrose', 'Mina Kowalczyk'], due: '2025-06-20', status: 'open' },
        { id: '13', text: 'Price the new pontoon', owners: ['Tomas Ferreira-Lund'], due: '2025-07-01', status: 'open' },
      ]);
      expect(updates(m)).toEqual([{ ref: '7', text: 'Renew the mooring licence', status: 'open', progress: null }]);
    }
  });

  test('a section title whose words happen to meet the column starts is still one section row', () => {
    const m = parse(['Action log', '', 'RAG   Ref   Task                          Who', 'Actions from previous meetings', 'G     4     Repaint the slipway rails     DA', 'New actions', 'A     9     Book the harbour survey       MK']);
    expect(brief(m).map((a) => a.id)).toEqual(['9']);
    expect(updates(m).map((u) => u.ref)).toEqual(['4']);
  });
});

describe('grid and tab-separated logs in markdown', () => {
  test('a pandoc grid table with wrapped cells', () => {
    const m = parse([
      '## Action log',
      '',
      '+------------------------+------+---------------+',
      '| Action required        | ID   | Lead          |',
      '+========================+======+===============+',
      '| Write to the harbour   | A3   | Tomas         |',
      '| master about dredging  |      | Ferreira-Lund |',
      '+------------------------+------+---------------+',
    ], 'minutes.md');
    expect(brief(m)).toEqual([{ id: 'A3', text: 'Write to the harbour master about dredging', owners: ['Tomas Ferreira-Lund'], due: null, status: 'open' }]);
  });

  test('a Word table pasted as tab-separated text', () => {
    const m = parse(['Action log', '', 'Task\tOwner\tStatus', 'Order new life rings\tMK\tDone'], 'minutes.md');
    expect(brief(m)).toEqual([{ id: null, text: 'Order new life rings', owners: ['Mina Kowalczyk'], due: null, status: 'closed' }]);
  });

  test('an escaped item number before a tab is an item heading, not a row', () => {
    const m = parse(['1\\.\tHarbour fees', '----------------', '', 'Fees were noted.'], 'minutes.md');
    expect(m.items.map((i) => i.title)).toEqual(['Harbour fees']);
  });
});

describe('statuses', () => {
  test.each([
    ['✅', 'closed'], ['☑', 'closed'], ['[x]', 'closed'], ['[ ]', 'open'], ['⏳', 'open'], ['❌', 'open'], ['Keep open', 'open'], ['c/f', 'open'],
  ] as const)('%s is %s', (raw, status) => {
    expect(readStatus(raw).status).toBe(status);
  });

  test('a Done? column and ticks in it', () => {
    const m = parse(['Action log', '', '| Done? | Action | Owner |', '| --- | --- | --- |', '| ✅ | Fit the new gate | DA |', '| ❌ | Clear the drain | OP |'], 'minutes.md');
    expect(brief(m).map((a) => a.status)).toEqual(['closed', 'open']);
  });

  test('a status after the wording of an inline action closes or keeps it open and leaves the text', () => {
    expect(splitTrailingStatus('book the hall by Friday – Complete')).toEqual({ text: 'book the hall by Friday', status: 'Complete' });
    expect(splitTrailingStatus('check the boat – G')).toEqual({ text: 'check the boat', status: 'G' });
    expect(splitTrailingStatus('plan the event – open day')).toBeNull();
    const m = parse(['ACTION: DA to renew the insurance by 30 June 2025 – Done', 'ACTION: OP to chase the grant – Chasing']);
    expect(brief(m).map((a) => [a.text, a.status])).toEqual([['renew the insurance by 30 June 2025', 'closed'], ['chase the grant', 'open']]);
  });

  test('a status wrapped onto the next line after a dash is not a bullet', () => {
    const m = parse(['ACTION: DA to renew the insurance for the harbour office by', '30 June 2025', '– Complete']);
    expect(brief(m).map((a) => [a.text, a.status])).toEqual([['renew the insurance for the harbour office by 30 June 2025', 'closed']]);
  });
});

describe('due dates in logs', () => {
  test('"by Monday 23 June" is that date, not the next Monday', () => {
    const m = parse(['ACTION: MK to send the tide tables by Monday 23 June']);
    expect(brief(m)[0].due).toBe('2025-06-23');
  });

  test('an ambiguous numeric log date takes the reading the inline wording names', () => {
    const m = parseMinutes(['Harbour Trust Board – 06/09/2025', '', 'Present: Dev Ashworth (DA)', '', 'ACTION: DA to paint the bollards by December 11, 2025.', 'ACTION: DA to fix the lamp by December 3, 2025.', '', 'Action log', '', '| Action | Owner | Due |', '| --- | --- | --- |', '| Paint the bollards | DA | 11/12/2025 |'].join('\n'), { file: 'minutes.md' });
    expect(m.actions.map((a) => a.due)).toEqual(['2025-12-11', '2025-12-03']);
  });

  test('a numeric date read only one way decides the order over written dates', () => {
    expect(detectDateOrder('Meeting 26.07.2019. Due July 30, 2019 and August 2, 2019.')).toBe('dmy');
    expect(detectDateOrder('Meeting July 26, 2019. Due 08/02/2019.')).toBe('mdy');
  });
});

describe('matters arising', () => {
  test("a task under Matters arising that this meeting's log lists as its own is an action", () => {
    const m = parse(['## 3. Matters arising', '', '- [ ] OP to book the survey boat', '', 'Action log', '', '| Ref | Action | Owner | Status |', '| --- | --- | --- | --- |', '| 21 | Book the survey boat | OP | Open |'], 'minutes.md');
    expect(brief(m)).toEqual([{ id: '21', text: 'book the survey boat', owners: ['Orla Penrose'], due: null, status: 'open' }]);
    expect(m.updates).toEqual([]);
  });
});

describe('a RAG column beside the Status column', () => {
  test('the status comes from Status and the colour from RAG, in any order, for actions and earlier rows', () => {
    const log = [
      '| ID | Action | Owner | Status | RAG |',
      '| --- | --- | --- | --- | --- |',
      '| 12 | Draw up a rota | OP | Open | Red |',
      '| 13 | Price the new pontoon | DA | Closed | G |',
    ];
    const m = parse(log, 'minutes.md');
    expect(m.actions.map((a) => [a.id, a.status, a.rag, a.statusRaw])).toEqual([
      ['12', 'open', 'red', 'Open'],
      ['13', 'closed', 'green', 'Closed'],
    ]);
    const swapped = parse(['| ID | Action | Owner | RAG | Status |', '| --- | --- | --- | --- | --- |', '| 12 | Draw up a rota | OP | Amber | Open |'], 'minutes.md');
    expect(swapped.actions.map((a) => [a.status, a.rag])).toEqual([['open', 'amber']]);
  });

  test('a RAG column alone is the status column, as before', () => {
    const m = parse(['| ID | Action | Owner | RAG |', '| --- | --- | --- | --- |', '| 12 | Draw up a rota | OP | Green |'], 'minutes.md');
    expect(m.actions.map((a) => [a.statusRaw, a.rag])).toEqual([['Green', 'green']]);
  });
});

describe('a log keyed by minute number that lists this meeting\'s actions beside earlier ones', () => {
  test('rows whose Meeting is today are this meeting\'s actions, with the Minute as id; earlier rows are updates', () => {
    const text = [
      'Linnet Housing Board',
      'Minutes of the meeting held on 22 April 2025',
      '',
      'Present: Lena Ward (LW), Tom Reed (TR)',
      '',
      '3. Minutes of the previous meeting and action log',
      '',
      '| Meeting | Minute | Action | Lead | Due | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 18/02/2025 | 5.4 | Revise the complaints policy | LW | 31/03/2025 | Complete |',
      '| 22/04/2025 | 4.2 | Independent review of damp triage | TR | 30/06/2025 | Open |',
      '',
      '4. Damp and mould',
      '',
      'ACTION (TR) – commission an independent review of damp triage.',
    ].join('\n');
    const meeting = parseMinutes(text, { file: 'minutes.md' });
    expect(meeting.actions.map((a) => ({ id: a.id, due: a.due }))).toEqual([{ id: '4.2', due: '2025-06-30' }]);
    expect(meeting.updates.map((u) => u.ref)).toEqual(['5.4']);
  });
});
