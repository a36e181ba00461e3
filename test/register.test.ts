import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { buildRegister, orderMeetings } from '../src/register/register.js';
import { filterRegister, sortRegister } from '../src/register/filter.js';
import { FIXTURES } from './helpers/fixtures.js';

const SERIES = join(FIXTURES, 'series');

function readSeries(name: string) {
  const dir = join(SERIES, name);
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
  const meetings = files.map((file) => parseMinutes(readFileSync(join(dir, file), 'utf8'), { file: join(dir, file) }));
  return { meetings, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) };
}

// Each series is one body's meetings written for the project, with the register a secretariat
// would keep by hand after reading them all: every action, its state, and how often it was updated.
describe.each(readdirSync(SERIES))('series %s', (name) => {
  const { meetings, expected } = readSeries(name);
  const register = buildRegister(meetings);

  test('meetings are read in date order', () => {
    expect(orderMeetings(meetings).map((m) => basename(m.file))).toEqual(expected.meetings);
  });

  test('the register holds every action with its final state', () => {
    const got = register.entries.map((entry) => ({
      from: basename(entry.raisedAt.file),
      id: entry.id,
      text: entry.text,
      owners: entry.owners.map((o) => o.name),
      status: entry.status,
      due: entry.due,
      updates: entry.history.filter((h) => h.kind !== 'raised').length,
      ...(entry.raisedElsewhere ? { raisedElsewhere: true } : {}),
    }));
    const sort = <T extends { text: string }>(list: T[]) => [...list].sort((a, b) => a.text.localeCompare(b.text));
    expect(sort(got)).toEqual(sort(expected.actions));
  });

  // Series with an `open` list name each action still open after the last meeting, by id or else by wording.
  (expected.open ? test : test.skip)('the open actions are the ones the secretariat lists as open', () => {
    const open = filterRegister(register.entries, { state: 'open' }).map((entry) => entry.id ?? entry.text);
    expect([...open].sort()).toEqual([...expected.open].sort());
  });

  test('an update that matches no action read is reported with its line', () => {
    const elsewhere = expected.actions.filter((a: { raisedElsewhere?: boolean }) => a.raisedElsewhere);
    expect(register.warnings.filter((w) => w.ruleId === 'update-unmatched')).toHaveLength(elsewhere.length);
  });
});

describe('filters and sorting', () => {
  const { meetings } = readSeries('community-safety-partnership');
  const entries = buildRegister(meetings).entries;

  test('open, closed and all partition the register', () => {
    const open = filterRegister(entries, { state: 'open' });
    const closed = filterRegister(entries, { state: 'closed' });
    expect(open.length + closed.length).toBe(entries.length);
    expect(filterRegister(entries, { state: 'all' })).toHaveLength(entries.length);
    expect(open.every((e) => e.status === 'open')).toBe(true);
  });

  test('overdue counts from --as-of, and only open dated actions can be overdue', () => {
    const overdue = filterRegister(entries, { state: 'all', overdue: true, asOf: '2030-01-01' });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((e) => e.status === 'open' && e.due !== null)).toBe(true);
    expect(filterRegister(entries, { overdue: true, asOf: '2000-01-01' })).toEqual([]);
  });

  test('owner matches full names, a single name and organisations', () => {
    const owner = entries.find((e) => e.owners.some((o) => o.kind === 'person'))!.owners.find((o) => o.kind === 'person')!;
    const byFull = filterRegister(entries, { state: 'all', owner: owner.name });
    const bySurname = filterRegister(entries, { state: 'all', owner: owner.name.split(' ').at(-1) });
    expect(byFull.length).toBeGreaterThan(0);
    expect(bySurname).toEqual(expect.arrayContaining(byFull));
    expect(filterRegister(entries, { state: 'all', owner: 'Nobody Atall' })).toEqual([]);
  });

  test('sorting by due puts undated actions last', () => {
    const sorted = sortRegister(entries, 'due');
    const dues = sorted.map((e) => e.due);
    const firstNull = dues.indexOf(null);
    expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
    const dated = dues.slice(0, firstNull) as string[];
    expect(dated).toEqual([...dated].sort());
  });
});

describe('diff and attendance', () => {
  const { meetings } = readSeries('community-safety-partnership');
  const [first, second, third] = orderMeetings(meetings);

  test('diff lists what the later meeting raised, closed and carried', async () => {
    const { diffMeetings } = await import('../src/register/diff.js');
    const diff = diffMeetings(second, third);
    expect(diff.raised.map((e) => e.raisedAt.file)).toEqual(diff.raised.map(() => third.file));
    expect(diff.raised).toHaveLength(third.actions.length);
    expect(diff.closed.every((e) => e.status === 'closed')).toBe(true);
    expect(diff.statusChanges.every((c) => c.from === 'open' && c.to === 'closed')).toBe(true);
    expect(diff.carriedForward.every((e) => e.status === 'open' && e.raisedAt.file !== third.file)).toBe(true);
    expect(diff.unmatchedUpdates.map((e) => e.text)).toEqual(['refresh the town centre CCTV maintenance contract']);
    expect(diff.apologies).toEqual(third.apologies.map((p) => p.name));
  });

  test('attendance marks each person present, apologies or absent at each meeting', async () => {
    const { buildAttendance } = await import('../src/register/attendance.js');
    const attendance = buildAttendance([third, first, second]);
    expect(attendance.meetings.map((m) => m.date)).toEqual([first.date, second.date, third.date]);
    for (const person of attendance.people) {
      person.presence.forEach((presence, i) => {
        const meeting = [first, second, third][i];
        const listed = (list: { name: string }[]) => list.some((p) => p.name === person.name);
        expect(presence).toBe(listed(meeting.attendees) ? 'present' : listed(meeting.apologies) ? 'apologies' : 'absent');
      });
      expect(person.rate).toBeCloseTo(person.present / 3);
    }
  });
});
