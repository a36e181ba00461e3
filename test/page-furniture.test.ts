import { describe, expect, test } from 'vitest';
import { findPageFurniture } from '../src/read/page-furniture.js';
import { parseMinutes } from '../src/parse/index.js';

const PAGES = [
  'ALDER CREEK BOARD',
  '',
  '7.   HEARING',
  '     Directed staff to bring a cost estimate for interim patching of Pine Hollow Road',
  '',
  '______________________________________________',
  'Board of Supervisors Minutes – June 10, 2025            Page 1 of 3',
  '',
  '              ALDER CREEK COUNTY BOARD OF SUPERVISORS',
  '                 Minutes – June 10, 2025',
  '',
  '     to the next regular meeting.',
  '',
  '8.   BUDGET',
  '     The budget was noted.',
  '',
  '______________________________________________',
  'Board of Supervisors Minutes – June 10, 2025            Page 2 of 3',
  '',
  '              ALDER CREEK COUNTY BOARD OF SUPERVISORS',
  '                 Minutes – June 10, 2025',
  '',
  '9.   CLOSE',
];

describe('page furniture in the text of a PDF', () => {
  test('footers, their rules and the running header repeated under each are furniture; the first page\'s own title is not', () => {
    const furniture = findPageFurniture(PAGES);
    expect([...furniture].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 20, 21]);
    expect(findPageFurniture(['Minutes', '', 'Nothing numbers these pages.'])).toEqual(new Set());
  });

  test('a dated running header above the first page\'s own heading is furniture there too; the body\'s name alone is not', () => {
    const body = ['The meeting went on.', 'It went on further.', 'And further still.', 'Then it ended.', 'Or nearly.', 'At last.'];
    const dated = ['Minutes – Board of Trustees – May 13, 2025', '', 'Ashgrove Library Board of Trustees', 'Tuesday, May 13, 2025', '', '1. Call to order', 'Page 1 of 3', 'Minutes – Board of Trustees – May 13, 2025', '2. Minutes', ...body, 'Page 2 of 3', 'Minutes – Board of Trustees – May 13, 2025', '3. Close'];
    expect([...findPageFurniture(dated)].sort((a, b) => a - b)).toEqual([0, 6, 7, 15, 16]);
    expect(parseMinutes(dated.join('\n'), { file: 'minutes.txt' }).title).toBe('Ashgrove Library Board of Trustees');
    const named = dated.map((line) => (line.startsWith('Minutes –') ? 'ASHGROVE LIBRARY' : line));
    expect(findPageFurniture(named).has(0)).toBe(false);
  });

  test('a paragraph runs on across the page break; one that ended there ends', () => {
    const meeting = parseMinutes(PAGES.join('\n'), { file: 'minutes.txt' });
    expect(meeting.actions.map((a) => a.text)).toEqual(['bring a cost estimate for interim patching of Pine Hollow Road to the next regular meeting.']);
    expect(meeting.items.map((item) => item.number)).toEqual(['7', '8', '9']);
    expect(meeting.title).toBe('Alder Creek Board');
  });
});
