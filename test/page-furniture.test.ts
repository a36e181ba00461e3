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

  test('a paragraph runs on across the page break; one that ended there ends', () => {
    const meeting = parseMinutes(PAGES.join('\n'), { file: 'minutes.txt' });
    expect(meeting.actions.map((a) => a.text)).toEqual(['bring a cost estimate for interim patching of Pine Hollow Road to the next regular meeting.']);
    expect(meeting.items.map((item) => item.number)).toEqual(['7', '8', '9']);
    expect(meeting.title).toBe('Alder Creek Board');
  });
});
