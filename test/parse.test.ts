import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('people', () => {
  test('"Name – Org - Co-Chair" lines, hyphenated names kept whole', () => {
    const m = parseMinutes('Board Minutes – 5 December 2022\n\nAttendees:\n\nDiana Luchford – MOPAC - Co-Chair\nHannah Whitehead-Clarke - MOPAC\n\nApologies:\n\nViv Hayes - WRC\n');
    expect(m.attendees.map(({ name, organisation, role }) => ({ name, organisation, role }))).toEqual([
      { name: 'Diana Luchford', organisation: 'MOPAC', role: 'Co-Chair' },
      { name: 'Hannah Whitehead-Clarke', organisation: 'MOPAC', role: null },
    ]);
    expect(names(m.apologies)).toEqual(['Viv Hayes']);
  });

  test('bold roles and initials, "Councillors A, B and C", semicolon lists and apology sentences', () => {
    const m = parseMinutes(
      [
        'Panel – 1 May 2024',
        '',
        'Present: Councillors Ann Lee, Bo Chan and Cy Dee; Mrs Di Ray (DR), Parent Governor (Chair)',
        '',
        'Apologies were received from Councillors Ed Fox and Flo Gray.',
      ].join('\n'),
    );
    expect(names(m.attendees)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee', 'Di Ray']);
    const bold = parseMinutes('1. Attendees and apologies for absence\n\n- **Co-chair** Stephen Green (SteG), Journalist\n');
    expect(bold.attendees).toMatchObject([{ name: 'Stephen Green', initials: 'SteG', role: 'Co-chair', organisation: 'Journalist' }]);
    expect(m.attendees.find((p) => p.name === 'Di Ray')).toMatchObject({ initials: 'DR', role: 'Chair' });
    expect(names(m.apologies)).toEqual(['Ed Fox', 'Flo Gray']);
  });
});

describe('items', () => {
  test('the numbered run wins over stray numbers and table rows', () => {
    const m = parseMinutes(['1. Welcome', '', '2015 was a year of change.', '', '2. Finance', '', '(a) Budget', '', 'No\tAction\tLead', '1\tDo it\tJo', '', '3. AOB'].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['1', 'Welcome'], ['2', 'Finance'], ['3', 'AOB']]);
    expect(m.items[1].subItems).toEqual([{ number: 'a', title: 'Budget', line: 7 }]);
  });

  test('roman numerals and coded numbers', () => {
    expect(parseMinutes('I. CALL TO ORDER\n\nII. MINUTES\n\nIII. ADJOURNMENT\n').items.map((i) => i.number)).toEqual(['I', 'II', 'III']);
    expect(parseMinutes('PCP/24/01 APOLOGIES\n\nPCP/24/02 MINUTES\n').items.map((i) => i.number)).toEqual(['PCP/24/01', 'PCP/24/02']);
  });
});

describe('actions', () => {
  const minutes = [
    'Panel – Thursday 16 July 2015',
    '',
    'Attendees:',
    '- Baljit Ubhey (BU), CPS',
    '- Betsy Stanko (BS), MOPAC',
    '- Hong Tan (HT), NHS',
    '',
    '1. Data',
    '',
    'ACTION (Baljit Ubhey and Betsy Stanko) – Bring data on the victim journey to the Panel.',
    '',
    'ACTION (MOPAC) – Send comments on the model by 31 of July.',
    '',
    'ACTION: HT to circulate the specification, including the',
    'annex, to members.',
    '',
    '2. Action Log',
    '',
    'No\tAction\tLead\tOthers\tTarget Completion\tStatus',
    '1\tData\t\t\t\t',
    '1a\tBring data on victim journey to the Panel\tBetsy Stanko\tBaljit Ubhey\tTBC\tG',
    '1b\tCirculate the specification to members\tHong Tang (NHS)\t\t31/08/2015\tClosed',
  ].join('\n');
  const m = parseMinutes(minutes, { file: 'panel.txt' });

  test('an inline ACTION and its log row are one action with both lines', () => {
    const data = m.actions.find((a) => a.id === '1a')!;
    expect(data).toMatchObject({ text: 'Bring data on the victim journey to the Panel.', dueRaw: 'TBC', due: null, status: 'open', rag: 'green', lines: [10, 21] });
    expect(names(data.owners)).toEqual(['Betsy Stanko', 'Baljit Ubhey']);
    expect(names(data.others)).toEqual(['Baljit Ubhey']);
  });

  test('a hard-wrapped ACTION is joined; a near-miss owner resolves with a warning', () => {
    const spec = m.actions.find((a) => a.id === '1b')!;
    expect(spec.text).toBe('circulate the specification, including the annex, to members.');
    expect(names(spec.owners)).toEqual(['Hong Tan']);
    expect(spec).toMatchObject({ due: '2015-08-31', status: 'closed' });
    expect(m.warnings.map((w) => [w.line, w.reason])).toEqual([[22, '`Hong Tang` looks like a misspelling of `Hong Tan`; read as that person']]);
  });

  test('an inline action with no log row keeps its own owner and year-less due date; section rows are not actions', () => {
    const comments = m.actions.find((a) => a.text.startsWith('Send comments'))!;
    expect(comments).toMatchObject({ id: null, due: '2015-07-31', owners: [{ name: 'MOPAC', kind: 'organisation', raw: 'MOPAC' }] });
    expect(m.actions).toHaveLength(3);
  });

  test('previous-meeting tables are updates, not actions', () => {
    const u = parseMinutes('Board – 1 May 2024\n\nActions from the previous meeting\n\nAction\tOwner\tProgress\nBook the hall\tJo Bloggs\tComplete.\nWrite the report\tAll\tNot complete – chasing.\n');
    expect(u.actions).toEqual([]);
    expect(u.updates.map((x) => [x.text, x.status, x.progress])).toEqual([
      ['Book the hall', 'closed', 'Complete.'],
      ['Write the report', 'open', 'Not complete – chasing.'],
    ]);
  });

  test('markdown tasks and owner-first lines under an Actions heading', () => {
    const md = parseMinutes('---\ndate: 2024-02-08\n---\n# Call\n\n## Attendees\n\n- Sunil Menon (@smenon)\n\n## Action items\n\n- [ ] @smenon cut the release\n- [x] @smenon post the notes\n', { file: 'call.md' });
    expect(md.actions.map((a) => [a.text, a.status, a.owners[0].name, a.lines[0]])).toEqual([
      ['cut the release', 'open', 'Sunil Menon', 12],
      ['post the notes', 'closed', 'Sunil Menon', 13],
    ]);
  });
});

describe('commitments and decisions', () => {
  test('commitment references, lists and titles; counts are not references', () => {
    const m = parseMinutes('1. Strategy\n\n- Commitment 3 - Work with schools.\n\nWe discussed commitments 63 and 64 of our 18 commitments.\n');
    expect(m.commitments.map((c) => [c.number, c.title, c.mentions.map((x) => x.line)])).toEqual([
      [3, 'Work with schools.', [3]],
      [63, null, [5]],
      [64, null, [5]],
    ]);
  });

  test('RESOLVED with parts, "It was agreed", minutes approved', () => {
    const m = parseMinutes('The minutes of the last meeting were agreed; all actions have been completed.\n\nRESOLVED: That\n(1) the report be noted; and\n(2) the plan be approved.\n\nIt was agreed to circulate the paper. Then lunch.\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['The minutes of the last meeting were agreed', 'the report be noted', 'the plan be approved.', 'It was agreed to circulate the paper.']);
    expect(m.closures).toHaveLength(1);
  });
});
