import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { configuredBody, validateConfig } from '../src/config/config.js';
import { bodyKey, bodyName } from '../src/lexicon/bodies.js';
import type { Meeting } from '../src/model/types.js';
import { parseMinutes } from '../src/parse/index.js';
import { buildBodyRegisters, groupBodies, isSlip, selectBody } from '../src/register/bodies.js';
import { diffMeetings } from '../src/register/diff.js';
import { buildRegister } from '../src/register/register.js';
import { fakeIo } from './helpers/fake-io.js';
import { FIXTURES } from './helpers/fixtures.js';

// Two bodies' minutes in one folder, their meetings interleaved: the Harrowshire Partnership Board
// (January, March, May; titled three ways) and the Harrowshire Youth Panel (February, April).
const TWO_BODIES = 'fixtures/two-bodies';
const BOARD = 'Harrowshire Partnership Board';
const PANEL = 'Harrowshire Youth Panel';

function readFolder(dir: string): Meeting[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .map((f) => parseMinutes(readFileSync(join(dir, f), 'utf8'), { file: join(dir, f) }));
}

function minutes(file: string, title: string | null, date: string, action: string): Meeting {
  return parseMinutes(`${title ?? ''}\n\n${date}\n\nPresent: Jo Bloggs (JB), Sam Lee\n\nACTION (JB) – ${action}\n`, { file });
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-bodies-'));
}

describe('bodyKey: the body a title names', () => {
  test.each([
    'Minutes of the Harrowshire Partnership Board',
    'Harrowshire Partnership Board – Minutes',
    'HARROWSHIRE PARTNERSHIP BOARD',
    'Extraordinary Meeting of the Harrowshire Partnership Board',
    'Harrowshire Partnership Board (Draft)',
    'Harrowshire Partnership Board February Meeting',
    'Draft minutes of the meeting of the Harrowshire Partnership Board',
    'Harrowshire Partnership Board Annual Meeting of the Board',
    'Harrowshire Partnership Board Minutes September',
    'Harrowshire Partnership Board held in the Civic Offices on Tuesday',
    'Minutes of the September meeting of the Harrowshire Partnership Board',
    'Harrowshire Partnership Board Agenda & Minutes August Meeting 2025',
  ])('%s', (title) => {
    expect(bodyKey(title)).toBe('harrowshire partnership board');
  });

  test('"&" and "and" are one; words that name a body are kept', () => {
    expect(bodyKey('Finance & Audit Committee')).toBe(bodyKey('Finance and Audit Committee'));
    expect(bodyKey('General Purposes Committee')).toBe('general purposes committee');
    expect(bodyKey(PANEL)).not.toBe(bodyKey(BOARD));
  });
});

describe('bodyName: the part of a title that names the body, as written', () => {
  test.each([
    ['Minutes of October Meeting of W Dereham PC', 'W Dereham PC'],
    ['Node.js Foundation TSC Meeting', 'Node.js Foundation TSC'],
    ['Technical Steering Committee (TSC) Meeting', 'Technical Steering Committee (TSC)'],
    ['Harrowshire Partnership Board – Minutes', BOARD],
    ['Extraordinary Meeting of the Harrowshire Partnership Board (Draft)', BOARD],
    ['Finance & Audit Committee Minutes September', 'Finance & Audit Committee'],
    [BOARD, BOARD],
  ])('%s → %s', (title, name) => expect(bodyName(title)).toBe(name));
});

describe('isSlip: titles a typing slip apart', () => {
  test.each([
    ['harrowshire partnership board', 'harrowshire partnershp board'],
    ['audit sub committee', 'audit subcommittee'],
    ['finance committee', 'finance comittee'],
    ['harrowshire partnership board', 'harrowshire partnership baord'],
  ])('%s ~ %s', (a, b) => expect(isSlip(a, b)).toBe(true));

  test.each([
    ['panel a', 'panel b'],
    ['area 1 committee', 'area 2 committee'],
    ['east area forum', 'west area forum'],
    ['harrowshire partnership board', 'harrowshire youth panel'],
    ['harrowshire partnership board', 'harrowshire partnership board audit group'],
  ])('%s ≁ %s', (a, b) => expect(isSlip(a, b)).toBe(false));
});

describe('grouping meetings by body', () => {
  const meetings = readFolder(TWO_BODIES);

  test('the folder holds two bodies, each with its own meetings in date order', () => {
    const { bodies, warnings } = groupBodies(meetings);
    expect(bodies.map((b) => b.name)).toEqual([BOARD, PANEL]);
    expect(bodies.map((b) => b.meetings.map((m) => basename(m.file)))).toEqual([
      ['2025-01-14-board.txt', '2025-03-11-board.txt', '2025-05-13-board.txt'],
      ['2025-02-04-panel.txt', '2025-04-08-panel.txt'],
    ]);
    expect(warnings).toEqual([]);
  });

  test('an action is carried only through its own body’s later meetings', () => {
    const { bodies } = buildBodyRegisters(meetings);
    const carried = Object.fromEntries(bodies.flatMap((b) => b.register.entries.map((e) => [e.id, [e.body, e.status, e.carried]])));
    expect(carried).toEqual({
      'HPB/01': [BOARD, 'closed', 1],
      'HPB/02': [BOARD, 'closed', 2],
      'HPB/03': [BOARD, 'closed', 1],
      'HPB/04': [BOARD, 'open', 1],
      'YP/01': [PANEL, 'closed', 1],
      'YP/02': [PANEL, 'open', 1],
      'YP/03': [PANEL, 'open', 0],
    });
    // One register over both bodies counts the other body's meetings too.
    expect(buildRegister(meetings).entries.find((e) => e.id === 'HPB/02')!.carried).toBe(4);
  });

  test('a title a letter apart joins the body, with a warning naming both', () => {
    const { bodies, warnings } = groupBodies([
      minutes('a.txt', BOARD, '14 January 2025', 'Book the hall.'),
      minutes('b.txt', 'Harrowshire Partnershp Board', '11 March 2025', 'Write the report.'),
      minutes('c.txt', BOARD, '13 May 2025', 'Send the letter.'),
    ]);
    expect(bodies).toHaveLength(1);
    expect(bodies[0].name).toBe(BOARD);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'b.txt', ruleId: 'body-title', messageId: 'near-title' });
    expect(warnings[0].reason).toContain('`Harrowshire Partnershp Board`');
    expect(warnings[0].reason).toContain(`\`${BOARD}\``);
  });

  test('an untitled meeting joins the body of the minutes beside it, else the only body', () => {
    const beside = groupBodies([
      minutes('board/a.txt', BOARD, '14 January 2025', 'Book the hall.'),
      minutes('panel/b.txt', PANEL, '4 February 2025', 'Visit the park.'),
      minutes('panel/c.txt', null, '8 April 2025', 'Write to schools.'),
    ]);
    expect(beside.bodies.map((b) => [b.name, b.meetings.map((m) => m.file)])).toEqual([
      [BOARD, ['board/a.txt']],
      [PANEL, ['panel/b.txt', 'panel/c.txt']],
    ]);
    expect(beside.warnings).toEqual([]);
    const only = groupBodies([minutes('a.txt', BOARD, '14 January 2025', 'Book the hall.'), minutes('x/b.txt', null, '11 March 2025', 'Write.')]);
    expect(only.bodies.map((b) => b.name)).toEqual([BOARD]);
  });

  test('an untitled meeting beside two bodies is kept apart, with a warning', () => {
    const { bodies, warnings } = groupBodies([
      minutes('a.txt', BOARD, '14 January 2025', 'Book the hall.'),
      minutes('b.txt', PANEL, '4 February 2025', 'Visit the park.'),
      minutes('c.txt', null, '8 April 2025', 'Write to schools.'),
    ]);
    expect(bodies.map((b) => b.name)).toEqual([BOARD, PANEL, null]);
    expect(warnings.map((w) => [w.file, w.messageId])).toEqual([['c.txt', 'no-title']]);
  });

  test('many untitled meetings kept apart give one warning', () => {
    const { bodies, warnings } = groupBodies([
      minutes('a.txt', BOARD, '14 January 2025', 'Book the hall.'),
      minutes('b.txt', PANEL, '4 February 2025', 'Visit the park.'),
      ...['c', 'd', 'e'].map((name, i) => minutes(`${name}.txt`, null, `${8 + i} April 2025`, 'Write to schools.')),
    ]);
    expect(bodies.map((b) => [b.name, b.meetings.length])).toEqual([[BOARD, 1], [PANEL, 1], [null, 3]]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].reason).toMatch(/^This meeting and 2 more have no title/);
  });

  test('meetings with no title at all are one body, as before', () => {
    const { bodies, warnings } = buildBodyRegisters([minutes('a.txt', null, '14 January 2025', 'Book the hall.'), minutes('b.txt', null, '11 March 2025', 'Write.')]);
    expect(bodies).toHaveLength(1);
    expect(bodies[0].register.entries.map((e) => [e.body, e.carried])).toEqual([[null, 1], [null, 0]]);
    expect(warnings).toEqual([]);
  });

  test('a configured body wins over titles, and a title close to it joins it', () => {
    const { bodies } = groupBodies(
      [minutes('board/a.txt', 'Board of the Partnership', '14 January 2025', 'Book.'), minutes('b.txt', 'Harrowshire Partnership Baord', '11 March 2025', 'Write.')],
      { configured: (m) => (m.file.startsWith('board/') ? BOARD : null) },
    );
    expect(bodies.map((b) => [b.name, b.meetings.length])).toEqual([[BOARD, 2]]);
  });

  test('one body’s register is the register of all its meetings, with no warning', () => {
    for (const series of readdirSync(join(FIXTURES, 'series'))) {
      const all = readFolder(join(FIXTURES, 'series', series));
      const { bodies, warnings } = buildBodyRegisters(all);
      expect(bodies, series).toHaveLength(1);
      expect(warnings.filter((w) => w.ruleId === 'body-title'), series).toEqual([]);
      const strip = (entries: { body: unknown }[]) => entries.map(({ body: _, ...rest }) => rest);
      expect(strip(bodies[0].register.entries), series).toEqual(strip(buildRegister(all).entries));
    }
  });
});

describe('selectBody', () => {
  const bodies = [{ name: BOARD, meetings: [] }, { name: PANEL, meetings: [] }, { name: null, meetings: [] }];

  test('by its name written as a title, or by a part only it contains', () => {
    expect(selectBody(bodies, 'Minutes of the Harrowshire Partnership Board')).toEqual({ body: bodies[0] });
    expect(selectBody(bodies, 'youth panel')).toEqual({ body: bodies[1] });
  });

  test('an unknown name matches nothing; a shared part matches several', () => {
    expect(selectBody(bodies, 'Parish Council')).toEqual({ matches: [] });
    expect(selectBody(bodies, 'Harrowshire')).toEqual({ matches: [bodies[0], bodies[1]] });
  });
});

describe('body: in the configuration', () => {
  test('a name for every meeting, or a name per folder (the deepest folder wins)', () => {
    const one = validateConfig({ body: BOARD }, 'vawg.config.yaml', '/w');
    expect(configuredBody(one, '/w/minutes/a.txt')).toBe(BOARD);
    const perFolder = validateConfig({ body: { minutes: BOARD, 'minutes/youth': PANEL } }, 'vawg.config.yaml', '/w');
    expect(configuredBody(perFolder, '/w/minutes/a.txt')).toBe(BOARD);
    expect(configuredBody(perFolder, '/w/minutes/youth/b.txt')).toBe(PANEL);
    expect(configuredBody(perFolder, '/w/other/c.txt')).toBeNull();
    expect(configuredBody(perFolder, '/w/minutes-old/c.txt')).toBeNull();
  });

  test('anything else is a configuration error naming the setting', () => {
    expect(() => validateConfig({ body: ['a'] }, 'vawg.config.yaml', '/w')).toThrow(/`body` must be a name, or a mapping from folder to name/);
    expect(() => validateConfig({ body: { minutes: 3 } }, 'vawg.config.yaml', '/w')).toThrow(/`body\.minutes` must name a body/);
  });
});

describe('diffMeetings', () => {
  const [january, march, may] = readFolder(TWO_BODIES).filter((m) => m.file.includes('board'));

  test('joined and left compare attendees with everyone listed: apologies are neither', () => {
    // March: Marianne Evans attends after sending apologies in January; Denise Cole sends apologies; Tomasz Hale is new.
    const diff = diffMeetings(january, march);
    expect(diff.joined).toEqual(['Tomasz Hale']);
    expect(diff.left).toEqual([]);
    expect(diff.apologies).toEqual(['Denise Cole']);
    // May: Denise Cole is back after her apologies.
    expect(diffMeetings(march, may).joined).toEqual([]);
  });

  test('a meeting diffed with itself, or with a copy, changes nothing', () => {
    for (const other of [march, { ...march, file: 'copy.txt' }]) {
      const diff = diffMeetings(march, other);
      expect(diff.sameMeeting).toBe(true);
      expect([diff.raised, diff.closed, diff.statusChanges, diff.carriedForward, diff.unmatchedUpdates, diff.joined, diff.left]).toEqual([[], [], [], [], [], [], []]);
    }
    expect(diffMeetings(january, march).sameMeeting).toBe(false);
  });

  test('the newer meeting given first is compared in date order, and says so', () => {
    const swapped = diffMeetings(march, january);
    expect(swapped.reordered).toBe(true);
    expect(swapped.old.file).toBe(january.file);
    expect({ ...swapped, reordered: false }).toEqual(diffMeetings(january, march));
    expect(diffMeetings(january, march).reordered).toBe(false);
  });
});

describe('vawg actions over two bodies', () => {
  test('JSON names each action’s body, and carried counts its own body’s meetings', async () => {
    const io = fakeIo();
    expect(await run(['actions', TWO_BODIES, '--all', '--format', 'json', '--no-cache'], io)).toBe(0);
    const entries = JSON.parse(io.out) as { id: string; body: string; carried: number }[];
    expect(entries.map((e) => [e.id, e.body, e.carried])).toEqual([
      ['HPB/01', BOARD, 1],
      ['HPB/02', BOARD, 2],
      ['HPB/03', BOARD, 1],
      ['HPB/04', BOARD, 1],
      ['YP/01', PANEL, 1],
      ['YP/02', PANEL, 1],
      ['YP/03', PANEL, 0],
    ]);
    expect(io.err).toBe('');
  });

  test.each([
    ['csv', (out: string) => out.split('\n')[0].startsWith('\ufeffBody,ID,'), (out: string) => out.split('\n').slice(1).filter(Boolean)],
    ['md', (out: string) => out.startsWith('| Body | ID |'), (out: string) => out.split('\n').slice(2).filter(Boolean)],
    ['table', (out: string) => /^Body\s+ID\s/.test(out), (out: string) => out.split('\n').slice(1, -2)],
    ['yaml', (out: string) => out.includes(`body: ${BOARD}`), (out: string) => out.split('\n').filter((l) => l.startsWith('  body:'))],
  ])('--format %s names the body on every action', async (format, hasBodyColumn, rows) => {
    const io = fakeIo();
    expect(await run(['actions', TWO_BODIES, '--all', '--format', format, '--no-cache'], io)).toBe(0);
    expect(hasBodyColumn(io.out)).toBe(true);
    const lines = rows(io.out);
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.includes(BOARD))).toHaveLength(4);
    expect(lines.filter((l) => l.includes(PANEL))).toHaveLength(3);
  });

  test('a folder of one body has no Body column and no warning', async () => {
    for (const format of ['csv', 'md', 'table']) {
      const io = fakeIo();
      expect(await run(['actions', 'fixtures/series/community-safety-partnership', '--all', '--format', format, '--no-cache', '--quiet'], io)).toBe(0);
      expect(io.out).not.toMatch(/\bBody\b/);
    }
  });

  test('--body picks one body by its name or a part of it', async () => {
    for (const name of ['Youth Panel', 'Minutes of the Harrowshire Youth Panel']) {
      const io = fakeIo();
      expect(await run(['actions', TWO_BODIES, '--all', '--format', 'json', '--no-cache', '--body', name], io)).toBe(0);
      expect(JSON.parse(io.out).map((e: { id: string }) => e.id)).toEqual(['YP/01', 'YP/02', 'YP/03']);
    }
  });

  test('an unknown --body is one line naming the bodies read, exit 2', async () => {
    const io = fakeIo();
    expect(await run(['actions', TWO_BODIES, '--no-cache', '--body', 'Parish Council'], io)).toBe(2);
    expect(io.err).toBe(`vawg: no body \`Parish Council\` in the minutes read; they hold \`${BOARD}\`, \`${PANEL}\`\n`);
    expect(io.out).toBe('');
  });

  test('a --body that matches two bodies is one line naming them, exit 2', async () => {
    const io = fakeIo();
    expect(await run(['actions', TWO_BODIES, '--no-cache', '--body', 'Harrowshire'], io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain(`matches several bodies: \`${BOARD}\`, \`${PANEL}\``);
  });

  test('a title a letter apart is one body, and the run says so', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), `${BOARD}\n\n14 January 2025\n\nACTION (All) – Book the hall.\n`);
    writeFileSync(join(dir, 'b.txt'), 'Harrowshire Partnershp Board\n\n11 March 2025\n\nACTION (All) – Write the report.\n');
    writeFileSync(join(dir, 'c.txt'), `${BOARD}\n\n13 May 2025\n\nACTION (All) – Send the letter.\n`);
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '.', '--format', 'csv', '--no-cache'], io)).toBe(0);
    expect(io.out).not.toMatch(/^Body/);
    expect(io.err).toBe(`b.txt:1:1: warning: Title \`Harrowshire Partnershp Board\` read as the body \`${BOARD}\`, whose name differs only by a letter or two [body-title]\n`);
  });

  test('body: per folder in the configuration names untitled minutes’ bodies', async () => {
    const dir = scratch();
    for (const [folder, file, date] of [['board', 'a.txt', '14 January 2025'], ['youth', 'b.txt', '4 February 2025'], ['board', 'c.txt', '11 March 2025']]) {
      mkdirSync(join(dir, 'minutes', folder), { recursive: true });
      writeFileSync(join(dir, 'minutes', folder, file), `${date}\n\nACTION (All) – Item ${file}.\n`);
    }
    writeFileSync(join(dir, 'vawg.config.yaml'), `minutes: ["minutes/**/*.txt"]\nbody:\n  minutes/board: ${BOARD}\n  minutes/youth: ${PANEL}\n`);
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '--format', 'json', '--no-cache'], io)).toBe(0);
    expect(JSON.parse(io.out).map((e: { text: string; body: string; carried: number }) => [e.text, e.body, e.carried])).toEqual([
      ['Item a.txt.', BOARD, 1],
      ['Item c.txt.', BOARD, 0],
      ['Item b.txt.', PANEL, 0],
    ]);
  });

  test('body: NAME makes every meeting read one body, whatever its title', async () => {
    const dir = scratch();
    for (const file of readdirSync(TWO_BODIES)) copyFileSync(join(TWO_BODIES, file), join(dir, file));
    writeFileSync(join(dir, 'vawg.config.yaml'), 'body: Harrowshire Partnerships\n');
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '.', '--all', '--format', 'csv', '--no-cache'], io)).toBe(0);
    expect(io.out).toMatch(/^\ufeffID,/);
  });
});

describe('vawg diff', () => {
  const january = `${TWO_BODIES}/2025-01-14-board.txt`;
  const march = `${TWO_BODIES}/2025-03-11-board.txt`;

  test('a file diffed with itself shows no change', async () => {
    const io = fakeIo();
    expect(await run(['diff', march, march, '--no-cache'], io)).toBe(0);
    expect(io.out).toContain('Both files hold the same meeting: nothing changed.');
    expect(io.out).not.toContain('Actions raised');
    const json = fakeIo();
    expect(await run(['diff', march, march, '--format', 'json', '--no-cache'], json)).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ sameMeeting: true, raised: [], carriedForward: [] });
  });

  test('the newer file first: one warning line, and the diff in date order', async () => {
    const swapped = fakeIo();
    expect(await run(['diff', march, january, '--format', 'json', '--no-cache'], swapped)).toBe(0);
    expect(swapped.err).toBe(`vawg: warning: ${march} (2025-03-11) was given before the earlier meeting ${january} (2025-01-14); comparing them in date order\n`);
    const inOrder = fakeIo();
    expect(await run(['diff', january, march, '--format', 'json', '--no-cache'], inOrder)).toBe(0);
    expect(inOrder.err).toBe('');
    expect({ ...JSON.parse(swapped.out), reordered: false }).toEqual(JSON.parse(inOrder.out));
  });

  test('Joined and Left leave out people who sent apologies', async () => {
    const io = fakeIo();
    expect(await run(['diff', january, march, '--no-cache'], io)).toBe(0);
    expect(io.out).toContain('Joined: 1\n  - Tomasz Hale\n\nLeft: 0\n');
  });
});

describe('vawg check follows actions within their body', () => {
  test('another body’s update with the same reference does not close an action (one register over both would)', async () => {
    const { checkMinutes } = await import('../src/check/run.js');
    const log = (rows: string) => `\nACTION LOG\n\nRef | Action | Owner | Due | Status\n${rows}\n`;
    const inputs = [
      { file: 'board.txt', text: `${BOARD}\n\n14 January 2025\n\nPresent: Joanna Birch (JB)\n${log('A1 | Book the hall for the conference | JB | 31/01/25 | Open')}` },
      { file: 'panel.txt', text: `${PANEL}\n\n4 February 2025\n\nPresent: Amir Khan (AK)\n${log('A1 | Visit the skate park | AK | 01/02/25 | Complete')}` },
    ];
    const config = validateConfig({}, '(no config)', '/w');
    const overdue = checkMinutes(inputs, config, { asOf: '2025-03-01' }).flatMap((r) => r.findings.filter((f) => f.ruleId === 'action-overdue').map((f) => f.file));
    expect(overdue).toEqual(['board.txt']);
  });
});
