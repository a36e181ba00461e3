import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

const POLICE = 'fixtures/police-crime-panel-coded-minute-numbers/input.txt';
const ACADEMY = 'fixtures/academy-lgb-semicolon-governors-cf-table/input.txt';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-cli-'));
}

describe('vawg parse', () => {
  test('one file prints one JSON object', async () => {
    const io = fakeIo();
    expect(await run(['parse', POLICE], io)).toBe(0);
    const model = JSON.parse(io.out);
    expect(model.title).toBe('Westmarch Police and Crime Panel');
    expect(model.actions.length).toBeGreaterThan(0);
  });

  test('several files print an array, in the order given', async () => {
    const io = fakeIo();
    expect(await run(['parse', POLICE, ACADEMY], io)).toBe(0);
    const models = JSON.parse(io.out);
    expect(models.map((m: { file: string }) => m.file)).toEqual([POLICE, ACADEMY]);
  });

  test('a missing file is one line on stderr, exit 1, and the other files still come out', async () => {
    const io = fakeIo();
    expect(await run(['parse', 'nope.txt', POLICE], io)).toBe(1);
    expect(io.err).toBe('vawg: nope.txt: no such file\n');
    expect(JSON.parse(io.out)).toHaveLength(1);
  });

  test.each([
    ['a directory', (dir: string) => dir, 'is a directory'],
    ['an empty file', (dir: string) => (writeFileSync(join(dir, 'e.txt'), ''), join(dir, 'e.txt')), 'the file is empty'],
    ['a binary file', (dir: string) => (writeFileSync(join(dir, 'b.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])), join(dir, 'b.txt')), 'binary'],
  ])('%s is reported by name with exit 1', async (_name, make, message) => {
    const file = make(scratch());
    const io = fakeIo();
    expect(await run(['parse', file], io)).toBe(1);
    expect(io.err).toContain(`vawg: ${file}: `);
    expect(io.err).toContain(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  test('a file over --max-size is refused with a hint', async () => {
    const io = fakeIo();
    expect(await run(['parse', '--max-size', '0.001', POLICE], io)).toBe(1);
    expect(io.err).toMatch(/over the 0\.0 MB limit \(raise it with --max-size\)/);
  });

  test('an unknown option or format is a usage error, exit 2', async () => {
    const io = fakeIo();
    expect(await run(['parse', '--format', 'pdf', POLICE], io)).toBe(2);
    expect(io.err).toMatch(/invalid/i);
    expect(await run(['frobnicate'], fakeIo())).toBe(2);
  });

  test('reads standard input as -', async () => {
    const io = fakeIo({ stdin: 'Minutes – 1 March 2024\n\nPresent: Jo Bloggs (Chair), Sam Lee\n\nACTION (JB) – Book the hall.\n' });
    expect(await run(['parse', '-'], io)).toBe(0);
    const model = JSON.parse(io.out);
    expect(model.date).toBe('2024-03-01');
    expect(model.actions[0].text).toBe('Book the hall.');
  });

  test('--out writes the file and refuses to overwrite an input', async () => {
    const io = fakeIo();
    expect(await run(['parse', POLICE, '--format', 'yaml', '--out', 'model.yaml'], io)).toBe(0);
    expect(io.written.get('model.yaml')).toMatch(/^file: /);
    expect(io.out).toBe('');
    const refused = fakeIo();
    expect(await run(['parse', POLICE, '--out', POLICE], refused)).toBe(2);
    expect(refused.err).toContain('refusing to overwrite');
  });

  test('csv and md formats give an action log', async () => {
    const csv = fakeIo();
    await run(['parse', POLICE, '--format', 'csv'], csv);
    // A UTF-8 byte order mark first, which Excel needs to read accents and £; --no-bom leaves it out.
    expect(csv.out.split('\r\n')[0]).toBe('\ufeffMeeting,ID,Action,Owner(s),Raised,Due,Status,RAG,Progress,Item,Source');
    const plain = fakeIo();
    await run(['parse', POLICE, '--format', 'csv', '--no-bom'], plain);
    expect(plain.out).toBe(csv.out.slice(1));
    const md = fakeIo();
    await run(['parse', POLICE, '--format', 'md'], md);
    expect(md.out).toContain('| ID | Action | Owner(s) |');
  });

  test('--help and help <command> print usage with the exit codes, exit 0', async () => {
    const io = fakeIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toContain('Exit codes:');
    const help = fakeIo();
    expect(await run(['help', 'parse'], help)).toBe(0);
    expect(help.out).toContain('--format');
  });
});

describe('vawg actions', () => {
  test('reads a folder and lists open actions as JSON', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'Board – 1 March 2024\n\nPresent:\nJo Bloggs (JB), Acme\n\nACTION (JB) – Book the hall.\n');
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '.', '--format', 'json'], io)).toBe(0);
    const entries = JSON.parse(io.out);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ text: 'Book the hall.', status: 'open', raisedAt: { date: '2024-03-01', file: 'a.txt' } });
  });

  test('with no paths and no config it says what to do, exit 2', async () => {
    const io = fakeIo({ cwd: scratch() });
    expect(await run(['actions'], io)).toBe(2);
    expect(io.err).toContain('no minutes given');
  });

  test('a bad config value is one line naming the setting, exit 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'vawg.config.yaml'), 'dateOrder: ymd\n');
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions'], io)).toBe(2);
    expect(io.err).toMatch(/vawg\.config\.yaml: `dateOrder` must be dmy or mdy/);
  });

  test('config globs name the minutes', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'vawg.config.yaml'), 'minutes: ["*.txt"]\n');
    writeFileSync(join(dir, 'm.txt'), 'Board – 1 March 2024\n\nACTION (All) – Read the report.\n');
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out)[0].owners[0]).toMatchObject({ name: 'All', kind: 'group' });
  });
});

describe('the real executable', () => {
  test('bin/vawg.js --version prints the package version', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(execFileSync('node', ['bin/vawg.js', '--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });

  test('bin/vawg.js exits 1 with one line for a missing file, no stack trace', () => {
    const result = spawnSync('node', ['bin/vawg.js', 'parse', 'missing.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('vawg: missing.txt: no such file\n');
  });

  test('--out leaves no temporary files beside the output', () => {
    const dir = scratch();
    const out = join(dir, 'model.json');
    execFileSync('node', ['bin/vawg.js', 'parse', POLICE, '--out', out]);
    expect(readdirSync(dir)).toEqual(['model.json']);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe('Westmarch Police and Crime Panel');
  });

  test('--out through a symlink replaces the file it points to and keeps the link', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'));
    execFileSync('node', ['bin/vawg.js', 'parse', POLICE, '--out', join(dir, 'link.json')]);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')).title).toBe('Westmarch Police and Crime Panel');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'target.json']);
  });

  test('--out /dev/stdout writes to the output, and leaves /dev/stdout as it was', () => {
    const wasLink = lstatSync('/dev/stdout').isSymbolicLink();
    const result = spawnSync('node', ['bin/vawg.js', 'parse', POLICE, '--out', '/dev/stdout'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe('Westmarch Police and Crime Panel');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(wasLink);
  });

  test.each([
    ['into a folder that does not exist', (dir: string) => join(dir, 'missing', 'model.json'), 'its folder does not exist'],
    ['onto a folder', (dir: string) => dir, 'it is a folder'],
  ])('--out %s is one line and exit 2', (_, target, problem) => {
    const out = target(scratch());
    const result = spawnSync('node', ['bin/vawg.js', 'parse', POLICE, '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`vawg: cannot write ${out}: ${problem}\n`);
  });

  test('a usage error is one line', () => {
    const result = spawnSync('node', ['bin/vawg.js', 'actions', '--jobs', '0'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("vawg: option '-j, --jobs <n>' argument '0' is invalid. expected a whole number of 1 or more (run vawg help for usage)\n");
  });

  test('output and errors piped into `head` that stops reading: exit 0, no stack trace', () => {
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', 'node bin/vawg.js actions fixtures --all --format json 2>&1 | head -1'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(2);
  });
});

describe('vawg parse reads the configuration as the other commands do', () => {
  const MINUTES = 'Safer Streets Board – 4 March 2024\n\nPresent: Paul Dowie, Sam Lee\nApologies: none\n\n1. Funding\nACTION (PD) – Send the paper to members.\n';
  function folderWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-parse-config-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  test('aliases and dateOrder from vawg.config.yaml, --config naming another file, --date-order over the file', async () => {
    const dir = folderWith({ 'a.txt': MINUTES.replace('4 March 2024', '03/04/2024'), 'vawg.config.yaml': 'aliases:\n  PD: Paul Dowie\ndateOrder: mdy\n', 'other.yaml': 'dateOrder: dmy\n' });
    const parsed = async (args: string[]) => {
      const io = fakeIo({ cwd: dir });
      expect(await run(['parse', 'a.txt', ...args], io)).toBe(0);
      return JSON.parse(io.out) as { date: string; actions: { owners: { name: string }[] }[] };
    };
    const nearest = await parsed([]);
    expect(nearest.date).toBe('2024-03-04');
    expect(nearest.actions[0].owners.map((owner) => owner.name)).toEqual(['Paul Dowie']);
    expect((await parsed(['--config', 'other.yaml'])).date).toBe('2024-04-03');
    expect((await parsed(['--date-order', 'dmy'])).date).toBe('2024-04-03');
  });

  test('--print-config shows the configuration in force and its file, and needs no minutes', async () => {
    const dir = folderWith({ 'vawg.config.yaml': 'dateOrder: mdy\n' });
    const io = fakeIo({ cwd: dir });
    expect(await run(['parse', '--print-config'], io)).toBe(0);
    const printed = JSON.parse(io.out) as { file: string; dateOrder: string };
    expect([printed.file, printed.dateOrder]).toEqual([join(dir, 'vawg.config.yaml'), 'mdy']);
    const none = fakeIo({ cwd: dir });
    expect(await run(['parse'], none)).toBe(2);
    expect(none.err).toBe('vawg: parse needs one or more minutes files (- for stdin)\n');
  });
});
