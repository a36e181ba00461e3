import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { emitRegisterIcs } from '../src/emit/ics.js';
import { fakeIo } from './helpers/fake-io.js';
import { person, registerEntry } from './helpers/register-entry.js';

const SERIES = 'fixtures/series/community-safety-partnership';

/** The VTODOs of a calendar, read back by ical.js, an iCalendar parser independent of the one that wrote it. */
function todos(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vtodo').map((todo) => ({
    uid: String(todo.getFirstPropertyValue('uid')),
    summary: String(todo.getFirstPropertyValue('summary')),
    description: String(todo.getFirstPropertyValue('description')),
    status: String(todo.getFirstPropertyValue('status')),
    due: todo.getFirstProperty('due')!,
  }));
}

describe('actions as iCalendar to-dos', () => {
  const awkward = 'Write to the council, the police; and the NHS:\nthen report back — Zoë Ødegård’s “plan” \\ 100% 🙂 '.repeat(3).trim();
  const entries = [
    registerEntry({ id: 'A1', text: awkward, owners: [person('Zoë Ødegård')], due: '2025-06-03', rag: 'amber' }),
    registerEntry({ text: 'No date to put it on.', due: null, dueRaw: 'TBC' }),
  ];
  const calendar = emitRegisterIcs(entries, { now: new Date('2025-05-01T09:00:00Z') });

  test('one VTODO per action with a due date, its DUE a date value', () => {
    const found = todos(calendar);
    expect(found).toHaveLength(1);
    expect(found[0].due.type).toBe('date');
    expect(String(found[0].due.getFirstValue())).toBe('2025-06-03');
    expect(found[0].status).toBe('NEEDS-ACTION');
  });

  test('commas, semicolons, backslashes, new lines and non-ASCII text come back as written', () => {
    const [todo] = todos(calendar);
    expect(todo.summary).toBe(`Zoë Ødegård: ${awkward}`);
    expect(todo.description).toContain(`Action: ${awkward}\n`);
    expect(todo.description).toContain('Owner: Zoë Ødegård\nStatus: open (amber)');
    expect(todo.description).toContain('Raised: 2025-01-14 at minutes/2025-01-14.txt:10');
  });

  test('lines end in CRLF and are folded at 75 octets', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = calendar.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  test('control characters from the minutes never reach the calendar', () => {
    const text = emitRegisterIcs([registerEntry({ text: 'Bad\u0007 bell\u001b[31m red\u202e', due: '2025-06-03' })]);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/);
    expect(todos(text)[0].summary).toBe('Jo Doe: Bad bell red');
  });

  test('a closed action asked for (--all) is a completed to-do', () => {
    expect(todos(emitRegisterIcs([registerEntry({ status: 'closed', due: '2025-06-03' })]))[0].status).toBe('COMPLETED');
  });
});

describe('UIDs', () => {
  async function uids(paths: string[]): Promise<Map<string, string>> {
    const io = fakeIo();
    expect(await run(['actions', ...paths, '--all', '--format', 'ics', '--quiet', '--no-cache'], io)).toBe(0);
    return new Map(todos(io.out).map((todo) => [todo.summary, todo.uid]));
  }

  test('the same actions get the same UIDs on every run, and every action its own', async () => {
    const first = await uids([SERIES]);
    expect(first.size).toBeGreaterThan(2);
    expect(new Set(first.values()).size).toBe(first.size);
    expect(await uids([SERIES])).toEqual(first);
  });

  test('an action keeps its UID when later meetings update it, so a re-import updates the to-do', async () => {
    const files = readdirSync(SERIES).filter((file) => file.endsWith('.txt')).sort().map((file) => join(SERIES, file));
    const early = await uids(files.slice(0, 2));
    const all = new Set((await uids(files)).values());
    const kept = [...early.values()].filter((uid) => all.has(uid));
    // Every action raised in the first two meetings is the same to-do after the later ones.
    expect(kept.length).toBe(early.size);
  });

  test('the same UIDs from the same minutes read from another folder', async () => {
    const here = await uids([SERIES]);
    const io = fakeIo({ cwd: join(process.cwd(), SERIES) });
    expect(await run(['actions', '.', '--all', '--format', 'ics', '--quiet', '--no-cache'], io)).toBe(0);
    expect(new Set(todos(io.out).map((todo) => todo.uid))).toEqual(new Set(here.values()));
  });
});

test('the built CLI writes a calendar that parses', () => {
  const text = execFileSync('node', ['bin/vawg.js', 'actions', SERIES, '--format', 'ics', '--quiet', '--no-cache'], { encoding: 'utf8' });
  expect(todos(text).length).toBeGreaterThan(0);
});
