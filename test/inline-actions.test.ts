/** Actions written in the body of the minutes: action lists under labels, owner tags, statuses after the wording. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const HEAD = ['Allotment Society Committee – Thursday 6 June 2024', '', 'Present: Orla Fennimore (Chair), Tobias Quennell (Treasurer), Priya Ashworth-Lane, Dmitri Halloway', ''];
const parse = (lines: string[], file = 'minutes.txt') => parseMinutes([...HEAD, ...lines].join('\n'), { file });
const brief = (m: ReturnType<typeof parse>) => m.actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name), status: a.status }));

describe('task boxes in a roll', () => {
  test('ticked names under an attendance label are who came, not closed actions', () => {
    const m = parseMinutes(['# Allotment Society Committee', '', '**Those present:**', '', '- [x] Orla Fennimore', '- [x] Tobias Quennell', '', '## 1. Water troughs', '', '- [ ] @orla Replace the trough on plot 9'].join('\n'), { file: 'minutes.md' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Orla Fennimore', 'Tobias Quennell']);
    expect(m.actions.map((a) => a.text)).toEqual(['Replace the trough on plot 9']);
  });

  test('a task box on the first line of a file is a task', () => {
    expect(parseMinutes('- [ ] Order the compost', { file: 'minutes.md' }).actions.map((a) => a.text)).toEqual(['Order the compost']);
  });

  test('task boxes after an apologies label are apologies too', () => {
    const m = parseMinutes(['# Allotment Society Committee', '', 'Present: Orla Fennimore, Tobias Quennell', '', 'Apologies', '', '- [ ] Dmitri Halloway', ''].join('\n'), { file: 'minutes.md' });
    expect(m.actions).toEqual([]);
  });
});

describe('action lists under a label', () => {
  test('a bare capitals ACTIONS line opens the list that follows it', () => {
    const m = parse(['1. Water troughs', '', 'ACTIONS', '- Treasurer will order two new troughs.', '- Dmitri Halloway to fit the ball valves.']);
    expect(brief(m)).toEqual([
      { text: 'order two new troughs.', owners: ['Treasurer'], status: 'open' },
      { text: 'fit the ball valves.', owners: ['Dmitri Halloway'], status: 'open' },
    ]);
  });

  test('a bare Action line over prose is not a label', () => {
    const m = parse(['Action', 'Treasurer will order two new troughs.']);
    expect(m.actions).toEqual([]);
  });

  test('owners in a closing parenthesis are owners when the minutes know them; other brackets stay in the text', () => {
    const m = parse(['**Actions**', '', '- Order the seed potatoes (Treasurer)', '- Mend the gate (Orla Fennimore, Dmitri Halloway)', '- Reprint the rules (see appendix)'], 'minutes.md');
    expect(brief(m)).toEqual([
      { text: 'Order the seed potatoes', owners: ['Treasurer'], status: 'open' },
      { text: 'Mend the gate', owners: ['Orla Fennimore', 'Dmitri Halloway'], status: 'open' },
      { text: 'Reprint the rules (see appendix)', owners: [], status: 'open' },
    ]);
  });

  test('a numbered agenda item after the bullets ends the list', () => {
    const m = parse(['Next steps:', '', '- Treasurer to bank the rents.', '', '4. Any other business', '5. Date of next meeting'], 'minutes.md');
    expect(m.actions.map((a) => a.text)).toEqual(['bank the rents.']);
  });
});

describe('items of an actions section that end in a question mark or a colon', () => {
  test('under a Tasks heading a question is a task; a question put to someone by name is not', () => {
    const m = parse(['## Tasks', '', '- Open an issue to drop the old plot numbers.', '- Should the rents be paid by card?', '- Tobias, will the bank charge for that?'], 'minutes.md');
    expect(m.actions.map((a) => a.text)).toEqual(['Open an issue to drop the old plot numbers.', 'Should the rents be paid by card?']);
  });

  test('a colon task is one task: its sub-bullets are its detail, even owner-first ones', () => {
    const m = parse(['Next steps:', '- Prepare the open day:', '  - print the flyers', '  - Treasurer to buy the cakes', '- Decide the new gate code?', '- Dmitri Halloway:', '  - mend the water butt', '- Treasurer to bank the rents.']);
    expect(brief(m)).toEqual([
      { text: 'Prepare the open day:', owners: [], status: 'open' },
      { text: 'Decide the new gate code?', owners: [], status: 'open' },
      { text: 'bank the rents.', owners: ['Treasurer'], status: 'open' },
    ]);
  });

  test('a "Next steps:" bullet: its sub-bullets are the tasks, a question and a colon task among them', () => {
    const m = parse(['## 3. Water supply', '', '- Leaks were found on two plots', '  - Next steps:', '    - Can the meter be moved to the gate?', '    - Price a new standpipe, for example:', '      - a brass one', '    - Ask the water board for a survey', '- Members thanked the Treasurer'], 'minutes.md');
    expect(m.actions.map((a) => a.text)).toEqual(['Can the meter be moved to the gate?', 'Price a new standpipe, for example:', 'Ask the water board for a survey']);
  });
});

describe('a list item wrapped onto an indented line with no marker', () => {
  const LIST = ['Next steps:', '', '- Ask the county for a grant towards the fence, see', '  <https://example.org/grants/fencing> for the form', '- Book the skip for the autumn clear-out'];

  test('in markdown, the line joins the item and the list goes on', () => {
    expect(parse(LIST, 'minutes.md').actions.map((a) => [a.text, a.lines])).toEqual([
      ['Ask the county for a grant towards the fence, see https://example.org/grants/fencing for the form', [7]],
      ['Book the skip for the autumn clear-out', [9]],
    ]);
  });

  test('in plain text too', () => {
    expect(parse(LIST).actions.map((a) => a.text)).toEqual(['Ask the county for a grant towards the fence, see https://example.org/grants/fencing for the form', 'Book the skip for the autumn clear-out']);
  });

  test('under a "Next steps" bullet, the wrapped line does not end the list', () => {
    const m = parse(['- Fencing', '  - Next steps', '    - Ask the county for a grant towards the fence (see', '      <https://example.org/grants/fencing> for the form)', '    - Book the skip for the autumn clear-out'], 'minutes.md');
    expect(m.actions.map((a) => a.text)).toEqual(['Ask the county for a grant towards the fence (see https://example.org/grants/fencing for the form)', 'Book the skip for the autumn clear-out']);
  });
});

describe('a status after the wording', () => {
  test('is taken off the text and read as the status', () => {
    const m = parse(['Action items:', '- Treasurer to chase the water bill by the 28th – Pending', '- Orla Fennimore to renew the insurance – Complete', '- Dmitri Halloway to book the skip – Amber']);
    expect(m.actions.map((a) => [a.text, a.status, a.due])).toEqual([
      ['chase the water bill by the 28th', 'open', '2024-06-28'],
      ['renew the insurance', 'closed', null],
      ['book the skip', 'open', null],
    ]);
  });

  test('words after a dash that are not a status stay in the text', () => {
    const m = parse(['ACTION: Treasurer to publicise the event – Open day flyers']);
    expect(m.actions[0].text).toBe('publicise the event – Open day flyers');
  });

  test('a status wrapped onto a line of its own still closes the action', () => {
    const m = parse(['ACTION: Treasurer to pay the water rates by 30/06/2024', '– Done']);
    expect(brief(m)).toEqual([{ text: 'pay the water rates by 30/06/2024', owners: ['Treasurer'], status: 'closed' }]);
  });

  test('after the owners of a numbered action', () => {
    const m = parse(['Action #4: draft the plot inspection schedule (Priya Ashworth-Lane) – Done']);
    expect(brief(m)).toEqual([{ text: 'draft the plot inspection schedule', owners: ['Priya Ashworth-Lane'], status: 'closed' }]);
  });
});

describe('owner tags', () => {
  test('a tag on the line after a sentence names that sentence\'s owners', () => {
    const m = parse(['Members asked for the hedge on the north boundary to be cut back.', 'ACTION: Quennell/Halloway']);
    expect(brief(m)).toEqual([{ text: 'Members asked for the hedge on the north boundary to be cut back.', owners: ['Tobias Quennell', 'Dmitri Halloway'], status: 'open' }]);
  });

  test('full names and their status, wrapped after the tag', () => {
    const m = parse(['The committee asked for the shed roof to be felted by 20 June 2024. Action:', 'Orla Fennimore and Priya Ashworth-Lane – Complete']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.status, a.due])).toEqual([
      ['The committee asked for the shed roof to be felted by 20 June 2024.', ['Orla Fennimore', 'Priya Ashworth-Lane'], 'closed', '2024-06-20'],
    ]);
  });

  test('a sentence wrapped over lines keeps its start', () => {
    const m = parse(['Dmitri Halloway reported on the compost bays. Members asked for the bays to be', 'relined before the autumn. Action: Treasurer']);
    expect(m.actions.map((a) => a.text)).toEqual(['Members asked for the bays to be relined before the autumn.']);
  });

  test('the owners of a marker line wrapped onto the next line', () => {
    const m = parse(['Action item: Orla Fennimore, Priya Ashworth-Lane, Dmitri', 'Halloway to walk the boundary before the AGM.']);
    expect(brief(m)).toEqual([{ text: 'walk the boundary before the AGM.', owners: ['Orla Fennimore', 'Priya Ashworth-Lane', 'Dmitri Halloway'], status: 'open' }]);
  });
});

describe('marker lines wrapped by a hard line break', () => {
  test('the owners\' bracket closes on the next line', () => {
    const m = parse(['ACTION (Orla Fennimore, Tobias Quennell &', 'Dmitri Halloway) – Clear the overgrown plot by the 21st']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['Clear the overgrown plot by the 21st', ['Orla Fennimore', 'Tobias Quennell', 'Dmitri Halloway'], '2024-06-21']]);
  });

  test('the dash after the owners starts the next line', () => {
    const m = parse(['ACTION (Orla Fennimore & Priya Ashworth-Lane)', '– Price the new water tank – Amber']);
    expect(brief(m)).toEqual([{ text: 'Price the new water tank', owners: ['Orla Fennimore', 'Priya Ashworth-Lane'], status: 'open' }]);
  });
});

describe('collective owners', () => {
  test('"All councillors" and "All members" are owners, not words of the text', () => {
    const m = parse(['Action item: All councillors to read the draft constitution.', 'ACTION: All members to return their plot surveys.']);
    expect(brief(m)).toEqual([
      { text: 'read the draft constitution.', owners: ['All councillors'], status: 'open' },
      { text: 'return their plot surveys.', owners: ['All members'], status: 'open' },
    ]);
  });
});

describe('due dates', () => {
  test('a weekday before a date names the date, not the next such weekday', () => {
    const m = parse(['ACTION: Treasurer to file the accounts by Friday 28 June.']);
    expect(m.actions[0].due).toBe('2024-06-28');
  });
});
