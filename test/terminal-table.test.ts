import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { fitTable } from '../src/emit/fit-table.js';
import { emitRegisterTable } from '../src/emit/register.js';
import { parseMinutes } from '../src/parse/index.js';
import { buildRegister } from '../src/register/register.js';

// `vawg actions` on a terminal: the table fits the width, ids, owners and dates are never cut, empty
// columns are left out, and wide characters are measured by the cells they take.

const FIRST = `Safer Streets Board – 4 March 2024

Present: Jo Bloggs (JB), 王小明 (WX), Sam Lee (SL)
Apologies: none

1. Funding
ACTION (王小明) – Send the funding paper, with the revised budget lines and the officers' covering note, to every member of the board by 15 March 2024.
ACTION (JB) – Book the hall.
`;
const SECOND = `Safer Streets Board – 8 April 2024

Present: Jo Bloggs (JB), 王小明 (WX), Sam Lee (SL)
Apologies: none

1. Actions from the previous meeting

| Action | Owner | Progress |
| --- | --- | --- |
| Book the hall. | JB | Ongoing – booked for the whole of the summer programme of events, awaiting the invoice |
`;

function table(width: number): string[] {
  const register = buildRegister([parseMinutes(FIRST, { file: 'minutes/2024-03-04.txt' }), parseMinutes(SECOND, { file: 'minutes/2024-04-08.md' })]);
  return emitRegisterTable(register.entries, { color: false, asOf: '2024-05-01', width }).trimEnd().split('\n');
}

describe('the actions table on a terminal', () => {
  test('fits the width: the action wraps, the last update and the source are cut, the rest is whole', () => {
    const lines = table(120);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(120);
    const text = lines.join('\n');
    for (const whole of ['王小明', 'Jo Bloggs', '2024-03-15', '2024-03-04', 'open']) expect(text).toContain(whole);
    // The action goes on over the lines below its row: more lines than the header, two rows and the count.
    expect(lines.length).toBeGreaterThan(4);
    expect(lines).toContain('15 March 2024.');
    expect(text).toContain('…');
  });

  test('leaves out columns with nothing in them, and shows the last update', () => {
    const [header] = table(Infinity);
    expect(header).not.toMatch(/^ID\b/);
    expect(header.split(/\s{2,}/)).toEqual(['Action', 'Owner(s)', 'Due', 'Status', 'Raised', 'Carried', 'Last update', 'Source']);
    expect(table(Infinity).join('\n')).toContain('Ongoing – booked');
  });

  test('wide characters take two cells: the columns after them line up on screen', () => {
    const { header, rows } = fitTable([{ title: 'Owner' }, { title: 'Due' }], [['王小明', '2024-03-15'], ['Jo Bloggs', '2024-04-01']]);
    const dueAt = stringWidth(header.slice(0, header.indexOf('Due')));
    for (const row of rows) expect(stringWidth(row.slice(0, row.indexOf('2024')))).toBe(dueAt);
  });

  test('without a width (a pipe), nothing is cut or wrapped', () => {
    const lines = table(Infinity);
    expect(lines.join('\n')).toContain("with the revised budget lines and the officers' covering note, to every member of the board by 15 March 2024.");
    expect(lines.join('\n')).not.toContain('…');
  });
});
