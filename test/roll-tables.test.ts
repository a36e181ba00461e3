import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';

const roll = (text: string, file: string) =>
  parseMinutes(text, { file }).attendees.map((p) => [p.name, p.initials, p.role, p.organisation]);

describe('rolls written as Word tables pasted with tabs', () => {
  const table = 'Members present:\n\nRole\tRepresenting\tInitials\tMember\nChair\tCorvid Labs\tAM\tAoife Mack\n\t\tCL\tCarl Leod\n\n1. Minutes\n';
  for (const file of ['minutes.txt', 'minutes.md']) {
    test(`tabs before a row that then fits the row above are its empty cells (${file})`, () => {
      expect(roll(table, file)).toEqual([['Aoife Mack', 'AM', 'Chair', 'Corvid Labs'], ['Carl Leod', 'CL', null, null]]);
    });
  }

  test('tabs before a row wider than the row above still indent it', () => {
    expect(roll('Members present:\n\nName\tRole\n\t\tAoife Mack\tChair\n\n1. Minutes\n', 'minutes.txt')).toEqual([['Aoife Mack', null, 'Chair', null]]);
  });

  test('in markdown, a dash for an empty first cell under a tab row is a cell, not a bullet', () => {
    const text = '**Members present:**\n\nRepresenting\tRole\tMember\tInitials\n-\tChair\tCllr Aoife Mack\tAM\n-\t-\tCarl Leod\tCL\n\n## 1. Minutes\n';
    expect(roll(text, 'minutes.md')).toEqual([['Aoife Mack', 'AM', 'Chair', null], ['Carl Leod', 'CL', null, null]]);
  });

  test('a dash list under a label is still a list', () => {
    expect(roll('Present:\n\n-\tAoife Mack\n-\tCarl Leod\n', 'minutes.md')).toEqual([['Aoife Mack', null, null, null], ['Carl Leod', null, null, null]]);
  });

  for (const file of ['minutes.txt', 'minutes.md']) {
    test(`a one-column table's header ("Member") over the names is not the roll's end (${file})`, () => {
      const text = 'Attendees present:\n\nMember\nCllr Aoife Mack\nCarl Leod\n\nGuests:\n\nMember\tPosition\nTom Hale\tClerk\n\n1. Minutes\n';
      expect(roll(text, file)).toEqual([['Aoife Mack', null, null, null], ['Carl Leod', null, null, null], ['Tom Hale', null, 'Clerk', null]]);
    });
  }
});
