import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { splitLongLine, splitLongLines } from '../src/read/long-line.js';
import { readMarkdown } from '../src/read/markdown.js';
import { readPlainText } from '../src/read/plain-text.js';
import { MAX_LINE_LENGTH } from '../src/read/source.js';

// Minutes whose export lost its newlines: the whole document on one line, far over MAX_LINE_LENGTH.
const filler = 'Members talked it through with the residents who had come along and agreed to return to it. ';
const ONE_LINE = [
  'MINUTES OF FENWICK MARSH PARISH COUNCIL HELD IN THE VILLAGE HALL ON MONDAY 3 MARCH 2025',
  'Present: Cllr Ada Quill (Chair), Cllr Tom Vance, Cllr Ruth Okafor',
  '1. Apologies for absence were received from Cllr Ben Lomax.',
  `2. Highways ${filler.repeat(20)}`,
  '2.1 Potholes on Mill Lane have been reported. ACTION: Clerk to chase the county about Mill Lane.',
  `3. Playground ${filler.repeat(20)}RESOLVED that the quote for new swings be accepted.`,
  '• The bin by the gate is full',
  'b) Next meeting 7 April 2025.',
].join(' ');

describe('a document on one line', () => {
  test('is cut before item numbers, labels and bullets, blank lines between pieces', () => {
    expect(ONE_LINE.length).toBeGreaterThan(MAX_LINE_LENGTH);
    const pieces = splitLongLine(ONE_LINE).filter(Boolean);
    expect(pieces.map((piece) => piece.slice(0, 24))).toEqual([
      'MINUTES OF FENWICK MARSH',
      'Present: Cllr Ada Quill ',
      '1. Apologies for absence',
      '2. Highways Members talk',
      '2.1 Potholes on Mill Lan',
      'ACTION: Clerk to chase t',
      '3. Playground Members ta',
      'RESOLVED that the quote ',
      '• The bin by the gate is',
      'b) Next meeting 7 April ',
    ]);
    expect(splitLongLine(ONE_LINE).filter((piece) => piece === '').length).toBe(pieces.length - 1);
  });

  test('numbers, money, dates and times inside sentences are not item numbers', () => {
    const text = `${'x '.repeat(MAX_LINE_LENGTH)}paid £4954.65 on 13/05/15 at 7.30 pm for 2 members of the public and 2015 Costs`;
    expect(splitLongLine(text)).toHaveLength(1);
  });

  test('a piece still too long is cut at its sentence ends, not after an initial', () => {
    const pieces = splitLongLine(`${'Cllr J. Smith spoke about the hall roof. '.repeat(120)}`).filter(Boolean);
    expect(pieces.length).toBe(120);
    expect(pieces[0]).toBe('Cllr J. Smith spoke about the hall roof.');
  });

  test('short lines are left alone and keep their own numbers', () => {
    expect(splitLongLines(['a', 'b'])).toEqual({ lines: ['a', 'b'], numbers: null });
    const { lines, numbers } = splitLongLines(['Title', ONE_LINE, 'After']);
    expect(lines[0]).toBe('Title');
    expect(lines.at(-1)).toBe('After');
    expect(new Set(numbers!.slice(1, -1))).toEqual(new Set([2]));
    expect(numbers!.at(-1)).toBe(3);
  });

  test.each([
    ['plain text', readPlainText],
    ['markdown', readMarkdown],
  ])('the %s reader reads every piece, each on the physical line, and nothing is truncated', (_name, read) => {
    const source = read('m', `Heading\n\n${ONE_LINE}\n`);
    expect(source.truncated).toEqual([]);
    expect(source.lines.filter((line) => line.line === 3).length).toBeGreaterThan(8);
    expect(source.lines.some((line) => line.text.startsWith('RESOLVED that the quote'))).toBe(true);
  });

  test('the markdown reader leaves a long HTML block on one line to the HTML reader', () => {
    const row = `<tr><td>Cllr Ada Quill</td><td>${'Chair. '.repeat(40)}</td></tr>`;
    const source = readMarkdown('m.md', `<table>${row.repeat(30)}</table>\n`);
    expect(source.lines).toHaveLength(30);
    expect(source.lines.every((line) => line.line === 1 && line.cells?.length === 2)).toBe(true);
  });

  test('the parser reads the date, the roll, apologies, actions and decisions from it', () => {
    const meeting = parseMinutes(ONE_LINE, { file: 'm.txt' });
    expect(meeting.date).toBe('2025-03-03');
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Ada Quill', 'Tom Vance', 'Ruth Okafor']);
    expect(meeting.apologies.map((person) => person.name)).toEqual(['Ben Lomax']);
    expect(meeting.actions.map((action) => [action.text, action.lines])).toEqual([['chase the county about Mill Lane.', [1]]]);
    expect(meeting.decisions.map((decision) => decision.text)).toEqual([expect.stringContaining('the quote for new swings be accepted')]);
  });
});

describe('a long paragraph', () => {
  const SECTION = [
    'Present: Cllr Ada Quill (Chair), Cllr Tom Vance.',
    `1. Apologies for absence Apologies were received from Cllr Ben Lomax and Cllr Jo Marsh. ${filler.repeat(8)}`,
    `2. Highways ${filler.repeat(8)}`,
  ].join(' ');

  test('over some 250 words, with items and labels inside, is cut at them as a document on one line is', () => {
    expect(SECTION.length).toBeGreaterThan(1500);
    expect(SECTION.length).toBeLessThan(MAX_LINE_LENGTH);
    const minutes = parseMinutes(`FENWICK MARSH PARISH COUNCIL\n\n${SECTION}\n`, { file: 'minutes.txt' });
    expect(minutes.apologies.map((p) => p.name)).toEqual(['Ben Lomax', 'Jo Marsh']);
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ada Quill', 'Tom Vance']);
  });

  test('of prose alone is kept whole', () => {
    const prose = filler.repeat(20);
    expect(splitLongLines([prose]).lines).toEqual([prose.trim()]);
  });
});
