import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import PostalMime from 'postal-mime';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { emitDigestEml } from '../src/emit/digest.js';
import { addressOf, buildDigests, NO_OWNER } from '../src/remind/digests.js';
import { digestFileNames } from '../src/remind/file-names.js';
import { fakeIo } from './helpers/fake-io.js';
import { person, registerEntry } from './helpers/register-entry.js';

const SERIES = 'fixtures/series/community-safety-partnership';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-remind-'));
}

describe('digests', () => {
  const entries = [
    registerEntry({ text: 'Due later', owners: [person('Zoë Ødegård')], due: '2025-09-01' }),
    registerEntry({ text: 'Long overdue', owners: [person('Zoë Ødegård'), { name: 'Wrayshire Police', kind: 'organisation', raw: 'Police' }], due: '2025-01-31' }),
    registerEntry({ text: 'Undated', owners: [person('Zoë Ødegård')] }),
    registerEntry({ text: 'Just overdue', owners: [person('Zoë Ødegård')], due: '2025-06-30' }),
    registerEntry({ text: 'Done', owners: [person('Zoë Ødegård')], due: '2025-01-01', status: 'closed' }),
    registerEntry({ text: 'Nobody', owners: [], ownersRaw: null }),
  ];
  const digests = buildDigests(entries, { asOf: '2025-07-01' });

  test('one per owner, an organisation named as written, unowned actions in a digest of their own', () => {
    expect(digests.map((d) => [d.owner, d.actions.length, d.overdue])).toEqual([
      ['Wrayshire Police', 1, 1],
      ['Zoë Ødegård', 4, 2],
      [NO_OWNER, 1, 0],
    ]);
  });

  test('overdue first, longest overdue first, then by due date, undated last; closed actions left out', () => {
    expect(digests[1].actions.map((a) => [a.entry.text, a.daysOverdue])).toEqual([
      ['Long overdue', 151],
      ['Just overdue', 1],
      ['Due later', 0],
      ['Undated', 0],
    ]);
  });

  test('--owner: only the digest of the owner named, however they are named', () => {
    expect(buildDigests(entries, { asOf: '2025-07-01', owner: 'ZØ' }).map((d) => d.owner)).toEqual(['Zoë Ødegård']);
    expect(buildDigests(entries, { asOf: '2025-07-01', owner: 'zoe' }).map((d) => d.owner)).toEqual(['Zoë Ødegård']);
    expect(buildDigests(entries, { asOf: '2025-07-01', owner: 'Police' }).map((d) => d.owner)).toEqual(['Wrayshire Police']);
  });

  test('addresses come only from people:, by full name or alias, never guessed from a first name', () => {
    const people = { 'zoë  ødegård': 'zoe@example.org', Police: 'police@example.org' };
    expect(addressOf('Zoë Ødegård', people)).toBe('zoe@example.org');
    expect(addressOf('Zoe Odegard', people)).toBeNull();
    expect(addressOf('Wrayshire Police', people)).toBeNull();
    expect(addressOf('Wrayshire Police', people, { Police: 'Wrayshire Police' })).toBe('police@example.org');
    expect(addressOf('Zoë Smith', { Zoë: 'z@example.org' })).toBeNull();
  });
});

describe('file names', () => {
  test('safe on every system, and never the same twice', () => {
    const names = digestFileNames(['Jo Doe', 'jo doe', 'Jo Döe', 'CON', '../../etc/passwd', 'Dr. Ä:B*C?', '李明', 'x'.repeat(300), 'nul.txt', 'Zoë Ødegård', 'Łukasz Groß'], 'md');
    expect(names.slice(0, 7)).toEqual(['jo-doe.md', 'jo-doe-2.md', 'jo-doe-3.md', 'con-owner.md', 'etc-passwd.md', 'dr-a-b-c.md', 'owner.md']);
    expect(names[7]).toBe(`${'x'.repeat(60)}.md`);
    expect(names.slice(8)).toEqual(['nul-txt.md', 'zoe-odegard.md', 'lukasz-gross.md']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/);
  });
});

describe('e-mail drafts', () => {
  const digest = buildDigests(
    [registerEntry({ id: '4c', text: 'Send the £2m “bid” to Zoë', owners: [person('Zoë Ødegård')], due: '2025-06-03', lastUpdate: { kind: 'update', date: '2025-06-10', file: 'minutes/2025-06-10.txt', line: 40, status: 'open', progress: 'Drafted – awaiting sign-off' } })],
    { asOf: '2025-07-01' },
  )[0];

  test('an RFC 5322 message in UTF-8 that an independent parser reads back', async () => {
    const raw = await emitDigestEml(digest, { asOf: '2025-07-01', to: 'zoe@example.org', now: new Date('2025-07-01T08:00:00Z') });
    const text = Buffer.from(raw).toString('latin1');
    expect(text).not.toMatch(/[^\r]\n/); // CRLF line ends only
    expect(text).toMatch(/^[\x00-\x7f]*$/); // 7-bit: encoded words in headers, quoted-printable body
    const [head] = text.split('\r\n\r\n');
    expect(head).toMatch(/^MIME-Version: 1\.0$/m);
    expect(head).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(head).toMatch(/^Message-ID: <[0-9a-f]{32}@vawg\.invalid>$/m);
    const email = await PostalMime.parse(raw);
    expect(email.subject).toBe('Open actions for Zoë Ødegård, 1 July 2025: 1 open, 1 overdue');
    expect(email.to).toEqual([{ name: 'Zoë Ødegård', address: 'zoe@example.org' }]);
    expect(new Date(email.date!).toISOString()).toBe('2025-07-01T08:00:00.000Z');
    expect(email.text).toContain('Send the £2m “bid” to Zoë (ID 4c)');
    expect(email.text).toContain('Due: 3 June 2025 (28 days overdue)');
    expect(email.text).toContain('Last update: 10 June 2025: Drafted – awaiting sign-off (minutes/2025-06-10.txt:40)');
    expect(email.text).toContain('Raised at Harrowshire Partnership Board, 14 January 2025 (minutes/2025-01-14.txt:10)');
  });

  test('no address: no To: header at all', async () => {
    const email = await PostalMime.parse(await emitDigestEml(digest, { asOf: '2025-07-01', to: null }));
    expect(email.to).toBeUndefined();
    expect(email.headers.map((h) => h.key)).not.toContain('to');
  });

  test('an owner written with line breaks cannot add a header', async () => {
    const [hostile] = buildDigests([registerEntry({ owners: [person('Eve\r\nBcc: all@example.org')] })], { asOf: '2025-07-01' });
    const email = await PostalMime.parse(await emitDigestEml(hostile, { asOf: '2025-07-01', to: 'eve@example.org' }));
    expect(email.headers.map((h) => h.key)).not.toContain('bcc');
    expect(email.subject).toBe('Open actions for Eve Bcc: all@example.org, 1 July 2025: 1 open, 0 overdue');
  });
});

describe('vawg remind', () => {
  test('md: a digest per owner in --out-dir, each path printed', async () => {
    const io = fakeIo();
    expect(await run(['remind', SERIES, '--out-dir', 'out', '--as-of', '2025-07-20', '--quiet', '--no-cache'], io)).toBe(0);
    expect(io.folders).toEqual(['out']);
    expect([...io.written.keys()]).toEqual(io.out.trim().split('\n'));
    expect([...io.written.keys()]).toContain(join('out', 'colin-ashby.md'));
    const colin = io.written.get(join('out', 'colin-ashby.md')) as string;
    expect(colin).toMatch(/^# Open actions: Colin Ashby\n\nAs of 20 July 2025: 1 open action, 1 overdue\.\n\n## Overdue\n/);
    expect(colin).toContain(`(${join(SERIES, '2025-01-14.txt')}:62)`);
  });

  test('--owner by initials: that owner\'s digest alone', async () => {
    const io = fakeIo();
    expect(await run(['remind', SERIES, '--out-dir', 'out', '--owner', 'CA', '--quiet', '--no-cache'], io)).toBe(0);
    expect([...io.written.keys()]).toEqual([join('out', 'colin-ashby.md')]);
  });

  test('an owner with no open actions: said on stderr, nothing written', async () => {
    const io = fakeIo();
    expect(await run(['remind', SERIES, '--out-dir', 'out', '--owner', 'Nobody Here', '--quiet', '--no-cache'], io)).toBe(0);
    expect(io.written.size).toBe(0);
    expect(io.err).toBe('vawg: no open actions owned by `Nobody Here` in the minutes read; nothing written\n');
  });

  test('csv: one mail-merge file, one row per owner and action, addresses from people:, cells guarded', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'vawg.config.yaml'), `people:\n  Colin Ashby: colin@example.org\n`);
    const io = fakeIo({ cwd: dir });
    expect(await run(['remind', resolve(SERIES), '--out-dir', join(dir, 'out'), '--format', 'csv', '--as-of', '2025-07-20', '--quiet', '--no-cache'], io)).toBe(0);
    const csv = io.written.get(join(dir, 'out', 'reminders.csv')) as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.Owner === 'Colin Ashby')).toMatchObject({ Email: 'colin@example.org', Overdue: 'yes', 'Days overdue': '114', Due: '2025-03-28' });
    expect(rows.filter((row) => row.Email !== '').map((row) => row.Owner)).toEqual(['Colin Ashby']);
  });

  test('eml: owners with no address are named on stderr', async () => {
    const io = fakeIo();
    expect(await run(['remind', SERIES, '--out-dir', 'out', '--format', 'eml', '--no-cache'], io)).toBe(0);
    expect(io.err).toMatch(/^vawg: no address in `people:` for `All`, `Colin Ashby`, .*; their messages have no To:\n$/m);
  });

  test('an --out-dir that holds the minutes is refused before anything is read or written, exit 2', async () => {
    const io = fakeIo();
    expect(await run(['remind', SERIES, '--out-dir', 'fixtures/series', '--no-cache'], io)).toBe(2);
    expect(io.err).toBe(`vawg: --out-dir fixtures/series holds the input ${join(SERIES, '2025-01-14.txt')}; write the digests to a folder of their own\n`);
    expect(io.written.size + io.folders.length).toBe(0);
  });

  test.each([
    [['--format', 'pdf'], /argument 'pdf' is invalid/],
    [[], /^vawg: remind writes a file per owner: name their folder with --out-dir FOLDER\n$/],
    [['--out-dir', 'out', '--from', 'a@b.org\r\nBcc: x@y.org'], /^vawg: --from: expected one e-mail address/],
  ])('usage errors are one line, exit 2: %j', async (args, message) => {
    const io = fakeIo();
    expect(await run(['remind', SERIES, ...args], io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  test('a people: entry that is not one address is a configuration error, exit 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'vawg.config.yaml'), `people:\n  Colin Ashby: "colin@example.org, boss@example.org"\n`);
    const io = fakeIo({ cwd: dir });
    expect(await run(['remind', resolve(SERIES), '--out-dir', 'out'], io)).toBe(2);
    expect(io.err).toMatch(/`people.Colin Ashby` must be one e-mail address/);
  });
});

describe('the built CLI', () => {
  test('writes .eml files into a new folder and leaves the minutes as they were', async () => {
    const dir = scratch();
    const before = readdirSync(SERIES).map((file) => [file, readFileSync(join(SERIES, file), 'utf8')]);
    const out = join(dir, 'new', 'reminders');
    const printed = execFileSync('node', ['bin/vawg.js', 'remind', SERIES, '--out-dir', out, '--format', 'eml', '--as-of', '2025-07-20', '--quiet', '--no-cache'], { encoding: 'utf8' });
    expect(printed.trim().split('\n').sort()).toEqual(readdirSync(out).map((file) => join(out, file)).sort());
    const email = await PostalMime.parse(readFileSync(join(out, 'colin-ashby.eml')));
    expect(email.subject).toBe('Open actions for Colin Ashby, 20 July 2025: 1 open, 1 overdue');
    expect(statSync(out).isDirectory()).toBe(true);
    expect(readdirSync(SERIES).map((file) => [file, readFileSync(join(SERIES, file), 'utf8')])).toEqual(before);
  });

  test('a digest file that is a hard link to one of the minutes is refused, and nothing is written', () => {
    const dir = scratch();
    const minutes = join(dir, 'minutes');
    cpSync(SERIES, minutes, { recursive: true });
    const out = join(dir, 'out');
    mkdirSync(out);
    linkSync(join(minutes, '2025-01-14.txt'), join(out, 'colin-ashby.md'));
    const before = readFileSync(join(minutes, '2025-01-14.txt'), 'utf8');
    const result = spawnSync('node', ['bin/vawg.js', 'remind', minutes, '--out-dir', out, '--quiet', '--no-cache'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`vawg: --out-dir: the digest ${join(out, 'colin-ashby.md')} is the same file as the input ${join(minutes, '2025-01-14.txt')}; refusing to overwrite it\n`);
    expect(readFileSync(join(minutes, '2025-01-14.txt'), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual(['colin-ashby.md']);
  });

  test('a second run replaces the digests of the first', () => {
    const dir = scratch();
    const args = ['bin/vawg.js', 'remind', SERIES, '--out-dir', dir, '--quiet', '--no-cache', '--owner', 'Colin Ashby', '--as-of'];
    execFileSync('node', [...args, '2025-04-01']);
    expect(readFileSync(join(dir, 'colin-ashby.md'), 'utf8')).toContain('(4 days overdue)');
    execFileSync('node', [...args, '2025-04-08']);
    expect(readFileSync(join(dir, 'colin-ashby.md'), 'utf8')).toContain('(11 days overdue)');
    expect(readdirSync(dir)).toEqual(['colin-ashby.md']);
  });

  test('a file in the way of --out-dir is one line, exit 2', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'taken'), 'mine');
    const result = spawnSync('node', ['bin/vawg.js', 'remind', SERIES, '--out-dir', join(dir, 'taken'), '--quiet', '--no-cache'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`vawg: cannot make the folder ${join(dir, 'taken')}: a file is in the way\n`);
    expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('mine');
  });
});
