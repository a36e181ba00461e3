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

describe('a membership table whose own column says who came', () => {
  const text = [
    'Quality Committee',
    '',
    'Membership and attendance',
    '',
    'Name\t| Title\t| Attended',
    'Mrs Helen Marsh\t| Non-Executive Director (Chair)\t| Y',
    'Mr Graham Pitt\t| Non-Executive Director\t| N – apologies',
    'Dr Imran Qadir\t| Medical Director\t| Part (items 1–6)',
    'Mrs Joan Fell\t| Chief Operating Officer\t| Deputy: Ms Kerry Ban, Deputy Chief',
    '\t| \t| Operating Officer',
    'Mr Declan Hurd\t| Director of Governance\t| Y',
    '',
    'QC/25/056\tWelcome',
  ].join('\n');

  test('Y and part attendance attend; N is an apology; a deputy attends for the member, whose row wraps onto the next', () => {
    const meeting = parseMinutes(text, { file: 'minutes.txt' });
    expect(meeting.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Helen Marsh', 'Chair'],
      ['Imran Qadir', 'Medical Director'],
      ['Kerry Ban', 'Deputy Chief Operating Officer'],
      ['Declan Hurd', 'Director of Governance'],
    ]);
    expect(meeting.apologies.map((p) => p.name)).toEqual(['Graham Pitt', 'Joan Fell']);
  });

  test('a Partner column gives each person their organisation', () => {
    const partners = 'PARTICIPANTS\n\nPartner\t| Name\t| Role\nUNIBO\t| Prof. Chiara Bene\t| Project Coordinator\nTUD\t| Dr Katrin Vogt (online)\t| WP2 Leader\n\n1. Welcome\n';
    expect(roll(partners, 'minutes.txt')).toEqual([
      ['Chiara Bene', null, 'Project Coordinator', 'UNIBO'],
      ['Katrin Vogt', null, 'WP2 Leader', 'TUD'],
    ]);
  });
});
