/** How owners are written in actions, and which listed person each form resolves to. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const HEAD = [
  'Harrowfield Parish Council – Tuesday 4 June 2024',
  '',
  'Present:',
  '- Cllr Liam van der Berg (Chair)',
  '- Cllr Sophie de Villiers',
  '- Cllr Zoë Ní Bhriain',
  '- Cllr Conor St John',
  '- Cllr Pieter d\'Arcy',
  '- Aoife Le Blanc (Clerk)',
  '',
];
const parse = (lines: string[], file = 'minutes.txt') => parseMinutes([...HEAD, ...lines].join('\n'), { file });
const owners = (m: ReturnType<typeof parse>) => m.actions.map((a) => a.owners.map((o) => o.name));

describe('surnames of several words', () => {
  test('a surname with particles, an Irish surname and a capitalised particle resolve to the listed full name', () => {
    const m = parse(['ACTION (van der Berg): write to the contractor', 'ACTION (Ní Bhriain): book the hall', 'ACTION (St John, Le Blanc): check the accounts']);
    expect(owners(m)).toEqual([['Liam van der Berg'], ['Zoë Ní Bhriain'], ['Conor St John', 'Aoife Le Blanc']]);
  });

  test('a surname of several words that ends two listed names is left as written', () => {
    const m = parseMinutes(['Board – 4 June 2024', '', 'Present:', '- Ana de la Cruz', '- Rui de la Cruz', '', 'ACTION (de la Cruz): book the hall'].join('\n'), { file: 'm.txt' });
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['de la Cruz']]);
  });
});

describe('owner-first wording opening with a lower-case particle', () => {
  test('`van der Berg to …`, `de Villiers & St John to …`, `d\'Arcy/Ní Bhriain to …` are actions with those owners', () => {
    const m = parse([
      'ACTION: van der Berg to contact the insurers about the storm damage.',
      'ACTION: de Villiers & St John to review the terms of reference.',
      "ACTION: d'Arcy/Ní Bhriain to book the hall for the annual meeting.",
    ]);
    expect(m.actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name) }))).toEqual([
      { text: 'contact the insurers about the storm damage.', owners: ['Liam van der Berg'] },
      { text: 'review the terms of reference.', owners: ['Sophie de Villiers', 'Conor St John'] },
      { text: 'book the hall for the annual meeting.', owners: ["Pieter d'Arcy", 'Zoë Ní Bhriain'] },
    ]);
  });

  test('under an Actions heading, a bullet opening with a particle surname is an owner-first action', () => {
    const m = parse(['Actions:', '- van der Berg to circulate the revised policy', '- de Villiers will draft a response']);
    expect(owners(m)).toEqual([['Liam van der Berg'], ['Sophie de Villiers']]);
  });
});

describe('initials of names with letters beyond ASCII', () => {
  const roll = ['Trust Board – 4 June 2024', '', 'Present:', '- Élodie Núñez', '- François Østergaard', '- Renée Ó Súilleabháin', '- Małgorzata Lefèvre (MałL)', ''];
  const parseWith = (lines: string[]) => parseMinutes([...roll, ...lines].join('\n'), { file: 'm.txt' }).actions.map((a) => a.owners.map((o) => o.name));

  test('initials written without the accents of the name resolve (`EN`, `ROS`)', () => {
    expect(parseWith(['ACTION (EN): book the hall', 'ACTION (ROS): review the terms of reference'])).toEqual([['Élodie Núñez'], ['Renée Ó Súilleabháin']]);
  });

  test('initials with a letter that has no accent to lose (`FØ`), and listed initials in mixed case (`MałL`)', () => {
    expect(parseWith(['ACTION (FØ): book the hall', 'ACTION (MałL): check the accounts'])).toEqual([['François Østergaard'], ['Małgorzata Lefèvre']]);
  });
});

describe('organisations written as owners', () => {
  const roll = ['Panel – 4 June 2024', '', 'Present:', '- Jo Bloggs (Chair)', '- Sam Lee', ''];
  const parseWith = (lines: string[]) => parseMinutes([...roll, ...lines].join('\n'), { file: 'm.txt' }).actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name) }));

  test('a legal form after a firm\'s name stays with it (`Greyfriars Audit LLP`)', () => {
    expect(parseWith(['ACTION (Greyfriars Audit LLP): send the engagement letter'])).toEqual([{ text: 'send the engagement letter', owners: ['Greyfriars Audit LLP'] }]);
  });

  test('a body named after what it serves is not split at its `and`, and a person after it is', () => {
    expect(parseWith([
      'ACTION (Office of the Police and Crime Commissioner): publish the precept',
      'ACTION (Office of the Police and Crime Commissioner and Sam Lee): review the plan',
    ])).toEqual([
      { text: 'publish the precept', owners: ['Office of the Police and Crime Commissioner'] },
      { text: 'review the plan', owners: ['Office of the Police and Crime Commissioner', 'Sam Lee'] },
    ]);
  });

  test('under an Actions heading, a body ending in an organisation word opens an owner-first action', () => {
    expect(parseWith(['Actions:', '', '- Tidewright Foundation will contact the insurers', '- Nordlys Data to close the savings account', '- Hale and Mercer Analytics to book the hall'])).toEqual([
      { text: 'contact the insurers', owners: ['Tidewright Foundation'] },
      { text: 'close the savings account', owners: ['Nordlys Data'] },
      { text: 'book the hall', owners: ['Hale and Mercer Analytics'] },
    ]);
  });
});

describe('the one acted on is not an owner', () => {
  test('`X will be informed` under an Actions heading names no owner', () => {
    const m = parseMinutes(['Panel – 4 June 2024', '', 'Present:', '- Jo Bloggs (Chair)', '', 'Actions:', '', '- Jo Bloggs to write to the club', '- The Cricket Club will be informed of this decision'].join('\n'), { file: 'm.txt' });
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([['Jo Bloggs'], []]);
  });
});

describe('IRC nicks written without @', () => {
  const roll = ['Steering Committee – 4 June 2024', '', 'Present:', '- Ágnes Aubé (@aaube)', '- Jürgen Dvořák (@jdvorak)', '- Łukasz Núñez (@lnunez)', ''];
  const parseWith = (lines: string[]) => parseMinutes([...roll, ...lines].join('\n'), { file: 'm.txt' }).actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.name) }));

  test('a bullet opening with a listed nick under an Actions heading', () => {
    expect(parseWith(['Actions:', '- aaube to draft a response.', '- lnunez will book the hall.'])).toEqual([
      { text: 'draft a response.', owners: ['Ágnes Aubé'] },
      { text: 'book the hall.', owners: ['Łukasz Núñez'] },
    ]);
  });

  test('several nicks before `to`, and as a trailing tag', () => {
    expect(parseWith(['ACTION: aaube/jdvorak to review the terms of reference.', '', 'Members asked for the hall to be booked by Monday. Action: aaube, jdvorak & lnunez'])).toEqual([
      { text: 'review the terms of reference.', owners: ['Ágnes Aubé', 'Jürgen Dvořák'] },
      { text: 'Members asked for the hall to be booked by Monday.', owners: ['Ágnes Aubé', 'Jürgen Dvořák', 'Łukasz Núñez'] },
    ]);
  });

  test('lower-case words joined like nicks that name nobody are wording, not owners', () => {
    expect(parseWith(['ACTION: review and report to the board.'])).toEqual([{ text: 'review and report to the board.', owners: [] }]);
  });
});

describe('owners wrapped in a fixed-width log cell', () => {
  test('a name cut after its particle (`Rhodri de la` / `Cruz`) or before `and` goes on in the cell below', () => {
    const text = [
      'Board – 4 June 2024', '', 'Present:', '- Leah Stott', '- Rhodri de la Cruz', '- Imogen Lodge', '- Oluwaseun Okafor', '- Imran Mahmood', '',
      'Action log', '',
      'Owner                        Ref     By when      Action required',
      'Leah Stott and Rhodri de la  12/41   2024-07-01   Update the risk register',
      'Cruz',
      'Imogen Lodge, Oluwaseun      12/42   2024-07-02   Book the hall',
      'Okafor and Imran Mahmood',
      'Leah Stott/José Ó            12/43   2024-07-03   Review the terms of reference',
      'Súilleabháin',
      '',
    ].join('\n');
    const m = parseMinutes(text.replace('- Imran Mahmood', '- Imran Mahmood\n- José Ó Súilleabháin'), { file: 'm.txt' });
    expect(m.actions.map((a) => a.owners.map((o) => o.name))).toEqual([
      ['Leah Stott', 'Rhodri de la Cruz'], ['Imogen Lodge', 'Oluwaseun Okafor', 'Imran Mahmood'], ['Leah Stott', 'José Ó Súilleabháin'],
    ]);
  });
});

describe('a name cut at its particle by a hard wrap', () => {
  test('the line finishing it does not open an owner-first action in a report on earlier actions', () => {
    const m = parseMinutes([
      'Board – 4 June 2024', '', 'Present:', '- Fergus Al-Farsi', '- Rhodri St John', '',
      'Matters arising', '',
      'It was moved by Fergus Al-Farsi and seconded by Chief Superintendent St',
      'John to endorse the risk appetite statement. The motion carried 9–2.',
    ].join('\n'), { file: 'm.txt' });
    expect(m.updates).toEqual([]);
  });
});
