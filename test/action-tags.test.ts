/** Owner tags inside a line ("… Action: Clerk. ii. …"): each tag is one action, with its own owners and wording. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const HEAD = ['Marlow Fen Parish Council – Tuesday 4 June 2024', '', 'Present: Cllr Orla Fennimore (Chair), Cllr Tobias Quennell, Cllr Priya Ashworth and Cllr Dmitri Halloway', 'In attendance: Sam Okafor (Clerk)', ''];
const parse = (lines: string[], file = 'minutes.txt') => parseMinutes([...HEAD, ...lines].join('\n'), { file });
const brief = (m: ReturnType<typeof parse>) => m.actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name) }));

describe('tags followed by more text on the same line', () => {
  test('sub-items run together: each tag gives one action, its owners ending at the full stop', () => {
    const m = parse(['7. Village green i. Pond railings The railings were reported loose again. The clerk would write to the contractor once more. Action: Clerk. ii. Duck signs – residents to say where they are wanted. Action: residents. iii. Benches It was noted that the benches were in good order.']);
    expect(brief(m)).toEqual([
      { text: 'The clerk would write to the contractor once more.', owners: ['Clerk'] },
      { text: 'Duck signs – residents to say where they are wanted.', owners: ['residents'] },
    ]);
  });

  test('two tags in one paragraph: a list of owners, and a named councillor; an owner designation leaves the wording', () => {
    const m = parse(['Items for the next meeting. Councillors to send their grant bids; clerk to collate them. Action: Clerk/Councillors. Cllr Halloway to give a list of blocked drains. Action: Cllr Halloway. Allotment rents – to review.']);
    expect(brief(m)).toEqual([
      { text: 'send their grant bids; clerk to collate them.', owners: ['Clerk', 'Councillors'] },
      { text: 'give a list of blocked drains.', owners: ['Dmitri Halloway'] },
    ]);
  });

  test('owners run into the next sentence with no full stop: they end before its capital', () => {
    const m = parse(['The gate latch was broken and should be replaced before the summer. Action: Clerk Rest of the play area was found safe.']);
    expect(brief(m)).toEqual([{ text: 'The gate latch was broken and should be replaced before the summer.', owners: ['Clerk'] }]);
  });

  test('owners separated by semicolons end at the next sub-item marker', () => {
    const m = parse(['iv. Tree survey Cllr Quennell would walk the churchyard. Cllr Ashworth would walk the playing field. Action: Quennell; Ashworth v. Insurance The renewal was noted.']);
    expect(brief(m)).toEqual([{ text: 'Cllr Ashworth would walk the playing field.', owners: ['Tobias Quennell', 'Priya Ashworth'] }]);
  });

  test('a bracketed sub-item marker and a semicolon end the owners', () => {
    const m = parse(['(a) The hedge by the hall needs cutting. Action: Chair; (b) The bin by the bus stop is full. Action: Clerk (c) The notice board was noted.']);
    expect(brief(m)).toEqual([
      { text: 'The hedge by the hall needs cutting.', owners: ['Chair'] },
      { text: 'The bin by the bus stop is full.', owners: ['Clerk'] },
    ]);
  });

  test('a sentence that is also a decision still gives the action', () => {
    const m = parse(['It was agreed to send a letter to the owner of the overgrown verge. Action: Clerk Members then discussed the footpath.']);
    expect(brief(m)).toEqual([{ text: 'It was agreed to send a letter to the owner of the overgrown verge.', owners: ['Clerk'] }]);
    expect(m.decisions.map((d) => d.text)).toContain('It was agreed to send a letter to the owner of the overgrown verge.');
  });

  test('"Action: none" in the middle of a line sets no action, and the tag after it reads on', () => {
    const m = parse(['The grit bin was found full. Action: none. The lamp by the pond is out. Action: Clerk']);
    expect(brief(m)).toEqual([{ text: 'The lamp by the pond is out.', owners: ['Clerk'] }]);
  });

  test('tags opening their own sentence still read as actions, each of them', () => {
    const m = parse(['The hedge is overgrown. Action: Clerk to write to the owner. The gate was discussed. Action: Chair to phone the locksmith.']);
    expect(brief(m)).toEqual([
      { text: 'write to the owner.', owners: ['Clerk'] },
      { text: 'phone the locksmith.', owners: ['Chair'] },
    ]);
  });
});

describe('a deadline sentence before the tag', () => {
  test('is the due date, not the wording', () => {
    const m = parse(['Cllr Fennimore would check the play equipment. To be completed by 28 June 2024. Action: Fennimore v. Other business']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Cllr Fennimore would check the play equipment.', ['Orla Fennimore'], '2024-06-28']]);
  });

  test('"by the next meeting" gives no date, and the wording is still the sentence before', () => {
    const m = parse(['Cllr Quennell would price new swings. To be completed by the next meeting. Action: Quennell']);
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([['Cllr Quennell would price new swings.', null]]);
  });

  test('alone, it is the wording', () => {
    const m = parse(['To be completed by the next meeting. Action: Clerk']);
    expect(brief(m)).toEqual([{ text: 'To be completed by the next meeting.', owners: ['Clerk'] }]);
  });
});

describe('tags in a hard-wrapped paragraph', () => {
  test('a tag opening a line closes the words before it; owners opening the next line end at its sub-item', () => {
    const m = parse([
      '5. Pond The railings are loose again. The clerk would write to the contractor.',
      'Action: Clerk. ii. Duck signs – residents to say where they are wanted. Action:',
      'residents. iii. Benches were noted. Action: Chair',
    ]);
    expect(brief(m)).toEqual([
      { text: 'The clerk would write to the contractor.', owners: ['Clerk'] },
      { text: 'Duck signs – residents to say where they are wanted.', owners: ['residents'] },
      { text: 'Benches were noted.', owners: ['Chair'] },
    ]);
  });

  test('the wording of a second tag starts on the line of the first', () => {
    const m = parse(['Councillors to send their grant bids. Action: Councillors. Cllr', 'Halloway to list the blocked drains. Action: Cllr Halloway.']);
    expect(brief(m)).toEqual([
      { text: 'send their grant bids.', owners: ['Councillors'] },
      { text: 'list the blocked drains.', owners: ['Dmitri Halloway'] },
    ]);
  });

  test('a tag opening its own paragraph, with only a sentence after it, does not take the paragraph before', () => {
    const m = parse(['The verges are overgrown.', '', 'Action: Clerk. The county to be asked about them.']);
    expect(m.actions.map((a) => a.text)).toEqual(['Clerk. The county to be asked about them.']);
  });
});

describe('a marker line runs into the next agenda item', () => {
  test('the wording ends before the item number and its capitalised title, and does not go on over the wrapped lines', () => {
    const m = parse(['ACTIONS: Cllr Quennell was asked to choose a supplier and place the order. 12. PHONE BOX – update The clerk reported that the paint had', 'arrived and would be applied in July.']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.raw)])).toEqual([['choose a supplier and place the order.', ['Cllr Quennell']]]);
  });

  test('a number that is not an item stays in the wording', () => {
    const m = parse(['ACTION: Clerk to order 12 bags of grit for the winter.']);
    expect(m.actions.map((a) => a.text)).toEqual(['order 12 bags of grit for the winter.']);
  });
});

describe('owners between a marker and a colon', () => {
  test('"Action – Owner: task" and "Action item – Owner:" name the owners before the colon', () => {
    const m = parse(['8. Drains', 'Action – Cllr Halloway: Report the blocked drain on Mill Lane.', 'Action item – Sam Okafor and Cllr Ashworth: Book the hall for the fair.', 'Action – Clerk: Renew the insurance.']);
    expect(brief(m)).toEqual([
      { text: 'Report the blocked drain on Mill Lane.', owners: ['Dmitri Halloway'] },
      { text: 'Book the hall for the fair.', owners: ['Sam Okafor', 'Priya Ashworth'] },
      { text: 'Renew the insurance.', owners: ['Clerk'] },
    ]);
  });

  test('one capitalised word before a colon that names no one is part of the wording', () => {
    const m = parse(['8. Drains', 'Action – Update: the clerk to chase the contractor.']);
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).not.toContainEqual(['Update']);
    expect(m.actions[0].text).toContain('Update');
  });
});

describe('a task for a dated meeting', () => {
  test('is due at that meeting; an event on a date is not a deadline', () => {
    const m = parse(['8. Fair', 'ACTION (Clerk) – Prepare the budget for the 9 July 2024 meeting.', 'ACTION (Cllr Ashworth) – Recruit volunteers for the 14 September 2024 fair.']);
    expect(m.actions.map((a) => a.due)).toEqual(['2024-07-09', null]);
  });
});
