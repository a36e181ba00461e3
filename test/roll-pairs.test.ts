import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const roll = (text: string, file = 'minutes.txt') =>
  parseMinutes(text, { file }).attendees.map((p) => [p.name, p.initials, p.role, p.organisation]);

describe('two people on a roll line, and entries wrapped inside a bracket', () => {
  test('two people joined by "and" under a bare label, each with initials', () => {
    expect(roll('Observers\n\nCallum Wren (CW) and Rosa Stannard (RS).\n\n1. Minutes\n')).toEqual([
      ['Callum Wren', 'CW', null, null],
      ['Rosa Stannard', 'RS', null, null],
    ]);
  });

  test('two people between a comma, each with initials or a handle', () => {
    expect(roll('Staff present\n\nImran Lal (IL), Priya Venkat (@pvenkat)\n\n1. Minutes\n')).toEqual([
      ['Imran Lal', 'IL', null, null],
      ['Priya Venkat', null, null, null],
    ]);
  });

  test('a plain name and a titled one between a comma, on a line of their own, are two people', () => {
    expect(roll('Officers\n\nKofi Okafor, Dr Abena Asante\n\n1. Minutes\n')).toEqual([
      ['Kofi Okafor', null, null, null],
      ['Abena Asante', null, null, null],
    ]);
  });

  test('a first line cut after a name particle opens a list under a bare label', () => {
    expect(roll('Staff present\n\nDirector of Education — Revd Hamish Fenwick and Clerk — Revd Ahmed de\nVilliers (virtual).\n\nApologies: none\n')).toEqual([
      ['Hamish Fenwick', null, 'Director of Education', null],
      ['Ahmed de Villiers', null, 'Clerk', null],
    ]);
  });

  test('lines of one entry each keep a body with its acronym as the organisation', () => {
    expect(roll('Attendees\n\nBernie Keane (BK), Victim Support (VS)\nJo Dale (JD), Hale Trust\n\n1. Minutes\n')).toEqual([
      ['Bernie Keane', 'BK', null, 'Victim Support (VS)'],
      ['Jo Dale', 'JD', null, 'Hale Trust'],
    ]);
  });

  test('a person and an organisation with "and" in its name stay one entry', () => {
    expect(roll('Also in attendance:\n\nCllr Jo Dale     JD     Borough Council of Hale and West Fenmoor\n\n1. Minutes\n')).toEqual([
      ['Jo Dale', 'JD', null, 'Borough Council of Hale and West Fenmoor'],
    ]);
    expect(roll('Also present\n\nJo Dale, Hale and Mercer Analytics\n\n1. Minutes\n')).toEqual([['Jo Dale', null, null, 'Hale and Mercer Analytics']]);
  });

  test('a roll line cut inside a bracket goes on over the next line, even a short one', () => {
    const text = 'Present: Rev Chloe Soder (Chair), Jurgen Dvorak (Guardian\nof Safe Working) and Rev. Siobhan Suil (Head of\nCommunications).\n\n1. Minutes\n';
    expect(roll(text)).toEqual([
      ['Chloe Soder', null, 'Chair', null],
      ['Jurgen Dvorak', null, 'Guardian of Safe Working', null],
      ['Siobhan Suil', null, 'Head of Communications', null],
    ]);
  });

  test('initials of a name with an elided particle keep the capital after it', () => {
    expect(roll('Present:\n\n- Sophie d\'Arcy (SdA) – Chair\n- Rhodri de la Cruz (RdlC)\n', 'minutes.md')).toEqual([
      ['Sophie d\'Arcy', 'SdA', 'Chair', null],
      ['Rhodri de la Cruz', 'RdlC', null, null],
    ]);
  });
});
