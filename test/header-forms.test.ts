import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { detectDateOrder } from '../src/text/dates.js';

describe('a header that opens with the date and time', () => {
  test.each([
    ['# July 23rd 2015 at 11:15 a.m. – 1:15 p.m. – Minutes of the Pellingham Police and Crime Panel', 'Pellingham Police and Crime Panel', { start: '11:15', end: '13:15' }],
    ['# November 28, 2019, 09:15 – Northvale Primary School Governing Body', 'Northvale Primary School Governing Body', { start: '09:15', end: null }],
    ['# Friday, 21 October 2016 at 2:00 p.m.–4:15 p.m. – Minutes of the Northvale Panel', 'Northvale Panel', { start: '14:00', end: '16:15' }],
  ])('%s', (heading, title, time) => {
    const meeting = parseMinutes(`${heading}\n\nPresent: Jo Doe, Sam Lee\n`, { file: 'minutes.md' });
    expect(meeting.title).toBe(title);
    expect(meeting.time).toEqual(time);
  });
});

describe('a time range wrapped onto the next line of its sentence', () => {
  test.each([
    ['Minutes of the meeting held on Wednesday 31 August 2022 at 6:15 PM to 9:00\nPM.', { start: '18:15', end: '21:00' }],
    ['Minutes of the meeting held on Thursday 25 February 2021 at 6:30 p.m.\nto 7:30 p.m..', { start: '18:30', end: '19:30' }],
    ['Minutes of the meeting held on Tuesday, November 18, 2014 at 11:00\nAM–1:30 PM.', { start: '11:00', end: '13:30' }],
  ])('%s', (header, time) => {
    const meeting = parseMinutes(`Elmstead Parish Council\n\n${header}\n\nPresent: Jo Doe, Sam Lee\n`, { file: 'minutes.txt' });
    expect(meeting.time).toEqual(time);
  });

  test('a finished sentence does not take the next line', () => {
    const meeting = parseMinutes('Minutes of the meeting held on 3 May 2022 at 7pm.\nThe meeting closed at 9.15pm.\n\nPresent: Jo Doe, Sam Lee\n', { file: 'minutes.txt' });
    expect(meeting.time).toEqual({ start: '19:00', end: null });
  });
});

describe('the order of an ambiguous numeric date', () => {
  test('front matter or a file name that agrees with one reading decides it', () => {
    expect(detectDateOrder('## 04/03/23 at 19:00', ['2023-04-03'])).toBe('mdy');
    expect(detectDateOrder('## 04/03/23 at 19:00', ['2023-03-04'])).toBe('dmy');
    // A post date that agrees with neither reading says nothing.
    expect(detectDateOrder('## 04/03/23 at 19:00', ['2023-05-01'])).toBe('dmy');
    // A date only one way round still decides first.
    expect(detectDateOrder('Held 04/03/2023; due 25/03/2023', ['2023-04-03'])).toBe('dmy');
  });

  test('through the parser', () => {
    const front = parseMinutes('---\ndate: 2023-04-03\n---\n\n# Council, 04/03/23\n', { file: 'minutes.md' });
    expect(front.date).toBe('2023-04-03');
    const named = parseMinutes('# Council, 04/03/23\n', { file: 'minutes/2023-04-03-council.md' });
    expect(named.date).toBe('2023-04-03');
    expect(parseMinutes('# Council, 04/03/23\n', { file: 'council.md' }).date).toBe('2023-03-04');
  });
});

describe('a heading that names the organisation, and the body that met under it', () => {
  test.each([
    ['# Larchfield Housing Co-operative\n\n## Management Committee\n\nMinutes of the meeting held on 19 June 2024', 'Larchfield Housing Co-operative Management Committee'],
    ['# Millbrook Riverside Trust\n\nRegistered charity no. 1187342\n\n## MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES\n\nheld on 5 February 2025', 'Millbrook Riverside Trust Board of Trustees'],
    ['# Riverbend Literacy Project\n\nBoard of Directors Meeting Minutes\n\nTuesday, March 5th, 2024', 'Riverbend Literacy Project Board of Directors'],
    ['# Harrowgate Allotment Society – Committee Meeting\n\n**Date:** Tuesday 14 May 2024', 'Harrowgate Allotment Society – Committee Meeting'],
  ])('%s', (head, title) => {
    expect(parseMinutes(`${head}\n\nPresent: Jo Doe, Sam Lee\n`, { file: 'minutes.md' }).title).toBe(title);
  });
});

describe('what stands above the title of a minute turned from PDF into text', () => {
  test('the papers\' running header, the approval note and a "held in" clause wrapped onto the date line are no part of the title', () => {
    const text = [
      '                                                                              Item 3',
      '                                                          Approved by the IJB: [date]',
      '',
      '        GLENMORVEN INTEGRATION JOINT BOARD',
      '',
      'MINUTE of MEETING of the GLENMORVEN INTEGRATION JOINT BOARD held in the',
      'Council Chamber, Kirkhaven Council Offices, and by Microsoft',
      'Teams, on Wednesday 18 June 2025 at 10.00am',
      '',
      'Present: Jo Doe, Sam Lee',
    ].join('\n');
    const m = parseMinutes(text, { file: 'minutes.txt' });
    expect([m.title, m.date]).toEqual(['Glenmorven Integration Joint Board', '2025-06-18']);
  });
});

describe('a company board minute', () => {
  test('the registered office under the name, the meeting\'s running number, "of the Company" and "the 20th day of November, 2025"', () => {
    const text = 'SEABROOK POLYMERS PRIVATE LIMITED\nCIN: U25209KA2011PTC058812\nRegd. Office: Plot No. 41, Peenya Industrial Area, Bengaluru - 560058\n\nMINUTES OF THE 47TH MEETING OF THE BOARD OF DIRECTORS OF THE COMPANY HELD ON THURSDAY, THE 20TH DAY OF NOVEMBER, 2025 AT 11.00 A.M. AT THE REGISTERED OFFICE OF THE COMPANY\n\nDirectors present:\nMr. Rajesh Menon\tChairman & Managing Director (DIN: 01874562)\nDr. Farida Lokhandwala\tIndependent Director (DIN: 08120945) (through video conferencing)\n\n1.\tLEAVE OF ABSENCE\n1.1\tMr. Arvind Rao, Director, had expressed his inability to attend the meeting owing to prior commitments.\n';
    const m = parseMinutes(text, { file: 'minutes.txt' });
    expect([m.title, m.date]).toEqual(['Seabrook Polymers Private Limited Board of Directors', '2025-11-20']);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Rajesh Menon', 'Chairman & Managing Director'], ['Farida Lokhandwala', 'Independent Director']]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Arvind Rao']);
  });
});

describe('an assistant\'s meeting notes pasted into a document', () => {
  test('the title under the date, the tool that wrote them left out; the invited with their addresses; owners in square brackets', () => {
    const text = '📝 Notes\nDec 3, 2025\nHarbourline app roadmap sync - Notes by Gemini\n\nInvited Priya Natarajan <priya@harbourline.io>, Owen Fairclough <owen@harbourline.io>\nAttachments Harbourline app roadmap sync  Q1 roadmap draft v3\n\nSuggested next steps\n- [ ] [Owen Fairclough] will send the fixed Android build to the test group by Friday.\n';
    const m = parseMinutes(text, { file: 'notes.txt' });
    expect([m.title, m.date]).toEqual(['Harbourline app roadmap sync', '2025-12-03']);
    expect(m.attendees.map((p) => p.name)).toEqual(['Priya Natarajan', 'Owen Fairclough']);
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.due])).toEqual([['send the fixed Android build to the test group by Friday.', ['Owen Fairclough'], '2025-12-05']]);
  });
});

describe('what kind of minutes, and the council meeting as a whole', () => {
  test.each([
    ['COUNTY OF ALDER CREEK\nBOARD OF SUPERVISORS\nACTION MINUTES\nTuesday, June 10, 2025\n', 'County of Alder Creek Board of Supervisors'],
    ['HOLLINGBROOK TOWN COUNCIL\n\nMinutes of the Meeting of the Full Council held at the Town Hall on Monday 17th March 2025\n', 'Hollingbrook Town Council'],
  ])('%s', (head, title) => {
    expect(parseMinutes(`${head}\nPresent: Jo Doe, Sam Lee\n`, { file: 'minutes.txt' }).title).toBe(title);
  });

  test('items numbered "FC25/087" after a tab', () => {
    const items = parseMinutes('TOWN COUNCIL\n\nFC25/087\tAPOLOGIES FOR ABSENCE\nNone.\n\nFC25/088\tDECLARATIONS OF INTEREST\nNone.\n', { file: 'minutes.txt' }).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['FC25/087', 'APOLOGIES FOR ABSENCE'],
      ['FC25/088', 'DECLARATIONS OF INTEREST'],
    ]);
  });
});

test('minutes numbered "46/25, 47/25": the running number before the year', () => {
  const items = parseMinutes('PARISH COUNCIL\n\n46/25 APOLOGIES FOR ABSENCE\nNone.\n\n47/25 DECLARATIONS OF INTEREST\nNone.\n\n48/25 PLANNING\nNone.\n', { file: 'minutes.txt' }).items;
  expect(items.map((item) => item.number)).toEqual(['46/25', '47/25', '48/25']);
});

test('items numbered "C.120/25" and "B25/039"; a line in brackets under the title is no part of it', () => {
  const c = parseMinutes('COMMITTEE\n\nC.120/25\tAPOLOGIES\nNone.\n\nC.121/25\tDECLARATIONS\nNone.\n', { file: 'minutes.txt' });
  expect(c.items.map((item) => item.number)).toEqual(['C.120/25', 'C.121/25']);
  const b = parseMinutes('TORONTO STANDARD CONDOMINIUM CORPORATION NO. 2871\n(Harbourview Lofts, 55 Cherry Street East)\n\nB25/039\tWelcome\nNone.\n\nB25/040\tMinutes\nNone.\n', { file: 'minutes.txt' });
  expect(b.items.map((item) => item.number)).toEqual(['B25/039', 'B25/040']);
  expect(b.title).toBe('Toronto Standard Condominium Corporation No. 2871');
});
