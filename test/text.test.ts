import { describe, expect, test } from 'vitest';
import { detectDateOrder, findDate, findDates, parseDateCell } from '../src/text/dates.js';
import { decodeBytes } from '../src/read/decode.js';
import { readStatus } from '../src/lexicon/status.js';

describe('dates', () => {
  test.each([
    ['Thursday 16 July 2015, 10.00-12.00, City Hall', '2015-07-16'],
    ['Minutes – 5 December 2022', '2022-12-05'],
    ['16/07/2015', '2015-07-16'],
    ['14/08/15', '2015-08-14'],
    ['16th July 2015', '2015-07-16'],
    ['Tuesday, March 19, 2024 – 7:00 p.m.', '2024-03-19'],
    ['2024-02-08', '2024-02-08'],
    ['25\u00a0April\u00a02024', '2024-04-25'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  test('a year-less date takes the meeting year, or the next year when it would fall before the meeting', () => {
    expect(findDate('by 31 of July', { reference: '2015-07-16' })?.iso).toBe('2015-07-31');
    expect(findDate('by 14 January', { reference: '2024-11-20' })?.iso).toBe('2025-01-14');
    expect(findDate('by 31 of July')).toBeNull();
  });

  test('numeric dates follow the date order; impossible dates are not dates', () => {
    expect(findDate('4/5/2024', { order: 'mdy' })?.iso).toBe('2024-04-05');
    expect(findDate('4/5/2024')?.iso).toBe('2024-05-04');
    expect(findDates('31/02/2024 and 10.00-12.00')).toEqual([]);
  });

  test('the document tells its own date order', () => {
    expect(detectDateOrder('Tuesday, March 19, 2024. Bills by 4/12/2024.')).toBe('mdy');
    expect(detectDateOrder('Thursday 18 January 2024; due 16/02/2024')).toBe('dmy');
    expect(detectDateOrder('nothing dated here')).toBe('dmy');
  });

  test('a due-date cell is a date only when it holds nothing else', () => {
    expect(parseDateCell('30/09/2015')).toBe('2015-09-30');
    expect(parseDateCell('Ongoing')).toBeNull();
    expect(parseDateCell('Next meeting')).toBeNull();
    expect(parseDateCell('In progress – revised date 30/06/2024')).toBeNull();
  });
});

describe('status', () => {
  test.each([
    ['Closed', 'closed', null],
    ['Complete – included in item 4', 'closed', null],
    ['Completed. Comments received', 'closed', null],
    ['Done', 'closed', null],
    ['Discharged', 'closed', null],
    ['Not complete.', 'open', null],
    ['In progress – revised date', 'open', null],
    ['Chasing.', 'open', null],
    ['c/f from 12 December 2023', 'open', null],
    ['G', 'open', 'green'],
    ['Amber', 'open', 'amber'],
    ['R', 'open', 'red'],
    ['Initial contact made with the CPS.', 'open', null],
  ])('%s → %s', (raw, status, rag) => {
    expect(readStatus(raw)).toEqual({ status, rag });
  });

  test('configured words can also close', () => {
    expect(readStatus('Signed off by the chair', ['Signed off']).status).toBe('closed');
  });
});

describe('decoding', () => {
  const text = 'Minutes – Jo’s “report” £5';
  test('UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from(text)).text).toBe(text);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });
  test('UTF-16 with BOM, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeBytes(le).text).toBe(text);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(be).text).toBe(text);
  });
  test('Windows-1252 keeps curly quotes, dashes and the pound sign (not C1 controls)', () => {
    const bytes = Buffer.from([0x4d, 0x69, 0x6e, 0x75, 0x74, 0x65, 0x73, 0x20, 0x96, 0x20, 0x4a, 0x6f, 0x92, 0x73, 0x20, 0x93, 0x72, 0x65, 0x70, 0x6f, 0x72, 0x74, 0x94, 0x20, 0xa3, 0x35]);
    expect(decodeBytes(bytes).text).toBe(text);
  });
  test('empty and binary input are refused', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeBytes(Buffer.from('  \n\t '))).toThrow(/no text/);
    expect(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
  });
});
