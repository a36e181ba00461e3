import { describe, expect, test } from 'vitest';
import { stylish } from '../src/check/report/stylish.js';
import { emitAttendanceTable } from '../src/emit/attendance.js';
import { emitRegisterTable } from '../src/emit/register.js';
import type { Diagnostic, Meeting } from '../src/model/types.js';
import { parseMinutes } from '../src/parse/index.js';
import { buildAttendance } from '../src/register/attendance.js';
import { buildRegister } from '../src/register/register.js';

// Spreading an array into a call (Math.max(...xs), push(...xs)) puts every element on the stack,
// which holds about 125,000: past that, one long set of minutes ended the run. Every list here is
// longer than that.
const N = 500_000;

// Half a million entries take seconds to parse; no time limit, so a slow machine passes too.
describe(`lists of ${N.toLocaleString('en')} entries`, { timeout: 0 }, () => {
  test('sections', () => {
    const meeting = parseMinutes(`Board – 1 May 2024\n\n${'Apologies: none\n'.repeat(N)}`, { file: 'a.txt' });
    expect(meeting.date).toBe('2024-05-01');
  });

  test('actions, in the register and its table', () => {
    const text = `Board – 1 May 2024\n\nPresent: Jo Bloggs\n\n${Array.from({ length: N }, (_, i) => `ACTION (Jo Bloggs) – Send item ${i}.\n`).join('')}`;
    const meeting = parseMinutes(text, { file: 'a.txt' });
    expect(meeting.actions).toHaveLength(N);
    const { entries } = buildRegister([meeting]);
    expect(entries).toHaveLength(N);
    const table = emitRegisterTable(entries, { color: false, asOf: '2024-06-01' });
    expect(table.split('\n').length).toBeGreaterThan(N);
  });

  test('findings in the stylish report', () => {
    const findings: Diagnostic[] = Array.from({ length: N }, (_, i) => ({ file: 'a.txt', line: i + 1, column: 1, severity: 'warning', ruleId: 'r', messageId: 'm', reason: 'x' }));
    expect(stylish([{ file: 'a.txt', findings }], { color: false })).toContain(`${N}:1`);
  });

  test('people in the attendance table', () => {
    const attendees = Array.from({ length: N }, (_, i) => ({ name: `Person ${i}`, organisation: null, initials: null, role: null, line: i + 1 }));
    const meeting = { file: 'a.txt', date: '2024-05-01', attendees, apologies: [], actions: [], updates: [], items: [], decisions: [], commitments: [], closures: [], warnings: [], title: null, time: null, location: null } as unknown as Meeting;
    expect(emitAttendanceTable(buildAttendance([meeting])).split('\n').length).toBeGreaterThan(N);
  });
});
