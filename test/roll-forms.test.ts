import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const names = (text: string, file = 'minutes.txt') => parseMinutes(text, { file }).attendees.map((p) => p.name);

describe('roll labels and entries as small councils write them', () => {
  test('a label closed by a dash on its own line opens the paragraph below it', () => {
    const text = 'ASHCOMBE PARISH COUNCIL\n\nMONDAY 8th MARCH 2010\n\nPresent-\n\nCllr T Marsh - Chairman, Cllr B Oduya, Cllr K Fenn.\n\n1. Minutes\n';
    expect(names(text)).toEqual(['T Marsh', 'B Oduya', 'K Fenn']);
    expect(parseMinutes(text).attendees[0].role).toBe('Chairman');
  });

  test('a semicolon may close a label', () => {
    expect(names('1. Present; P. Hale - Chairman, Mrs. Ostrow, D. Kemble.\n\n2. Apologies: None\n')).toEqual(['P. Hale', 'Ostrow', 'D. Kemble']);
  });

  test('"Present" in a sentence is not a label, even with a semicolon later', () => {
    expect(names('The clerk said present arrangements; they would stay.\n')).toEqual([]);
  });

  test('entries written wholly in bold are entries, not offices', () => {
    const text = '**Attendance:**\n\n**Cllr Ruth Ambler      RA      Chair**\n\n**Cllr Tom Pike      TP**\n\n**Gina Lowe      GL      Parish Clerk**\n\n1. Welcome\n';
    const people = parseMinutes(text, { file: 'minutes.md' }).attendees;
    expect(people.map((p) => [p.name, p.initials, p.role])).toEqual([
      ['Ruth Ambler', 'RA', 'Chair'],
      ['Tom Pike', 'TP', null],
      ['Gina Lowe', 'GL', 'Parish Clerk'],
    ]);
  });

  test('initials before a body written in capitals, and a body acronym closing a name', () => {
    const text = 'Also in attendance:\n\nAl Wynn AW NCC Highways\n\nCllr Peter Dunne NCC\n';
    const people = parseMinutes(text).attendees;
    expect(people.map((p) => [p.name, p.initials, p.organisation])).toEqual([
      ['Al Wynn', 'AW', 'NCC Highways'],
      ['Peter Dunne', null, 'NCC'],
    ]);
  });

  test('a surname in capitals is not taken for a body', () => {
    expect(names('Present:\n\n- Jean DUPONT\n- Anna LEE\n')).toEqual(['Jean DUPONT', 'Anna LEE']);
  });
});
