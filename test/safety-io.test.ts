import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { MeetingCache } from '../src/cache/meeting-cache.js';
import { findConfig } from '../src/cli/config-file.js';
import { readAll, writeFileAtomic } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';
import { readMinutesBytes } from '../src/read/file.js';
import { fakeIo } from './helpers/fake-io.js';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'vawg.js');
const MINUTES = 'Finance Committee – 3 March 2025\n\nPresent: Jo Bloggs, Sam Lee\n\nACTION (Jo Bloggs) – Send the budget to members.\n';

function scratch(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-safety-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A process id that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('--out never overwrites an input', () => {
  const attacks: [string, (dir: string) => void, string[]][] = [
    ['named twice', () => undefined, ['actions', 'm.txt', 'n.txt', '--out', 'n.txt']],
    ['found in a folder', () => undefined, ['actions', '.', '--out', 'sub/s.txt']],
    ['through a glob', () => undefined, ['attendance', '*.txt', '--out', 'm.txt']],
    ['as the report', () => undefined, ['report', '.', '--out', 'sub/s.txt']],
    ['through a symlink', (dir) => symlinkSync('m.txt', join(dir, 'l.txt')), ['parse', 'm.txt', '--out', 'l.txt']],
    ['as a symlinked input', (dir) => symlinkSync('m.txt', join(dir, 'l.md')), ['check', 'l.md', '--out', 'm.txt']],
    ['through a hard link', (dir) => linkSync(join(dir, 'm.txt'), join(dir, 'h.json')), ['diff', 'm.txt', 'n.txt', '--out', 'h.json']],
    ['listed by the configuration', (dir) => writeFileSync(join(dir, 'vawg.config.yaml'), 'minutes: ["*.txt"]\n'), ['check', '--out', 'n.txt']],
    ['the configuration itself', (dir) => writeFileSync(join(dir, 'vawg.config.yaml'), 'minutes: ["*.txt"]\n'), ['actions', '--out', 'vawg.config.yaml']],
  ];
  test.each(attacks)('%s: exit 2, one line, nothing read or written', async (_name, setup, args) => {
    const dir = scratch({ 'm.txt': MINUTES, 'n.txt': MINUTES.replace('3 March', '7 April'), 'sub/s.txt': MINUTES });
    setup(dir);
    const io = fakeIo({ cwd: dir });
    expect(await run([...args, ...(args[0] === 'parse' || args[0] === 'check' ? [] : ['--no-cache'])], io)).toBe(2);
    expect(io.err).toMatch(/^vawg: --out \S+ is (the input|the same file as the input) \S+; refusing to overwrite it\n$/);
    expect(io.written.size).toBe(0);
    expect(io.out).toBe('');
  });

  test('a new file, or standard output, is written as before', async () => {
    const dir = scratch({ 'm.txt': MINUTES });
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '.', '--out', 'register.csv', '--format', 'csv', '--no-cache'], io)).toBe(0);
    expect(io.written.get('register.csv')).toContain('Send the budget');
  });
});

describe('writing over an existing file', () => {
  test('keeps a private file private', async () => {
    const dir = scratch({ 'p.json': 'secret' });
    chmodSync(join(dir, 'p.json'), 0o600);
    await writeFileAtomic(join(dir, 'p.json'), '{}');
    expect(statSync(join(dir, 'p.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe('{}');
  });

  test.runIf(process.getuid?.() === 0)('keeps the owner where permitted', async () => {
    const dir = scratch({ 'p.json': 'secret' });
    chownSync(join(dir, 'p.json'), 4321, 4321);
    await writeFileAtomic(join(dir, 'p.json'), '{}');
    expect([statSync(join(dir, 'p.json')).uid, statSync(join(dir, 'p.json')).gid]).toEqual([4321, 4321]);
  });
});

describe('inputs that are not ordinary files', () => {
  test.runIf(process.platform !== 'win32')('a named pipe is refused without waiting for a writer', () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    // The timeout only ends a run that hangs, as it did before; it measures nothing.
    const result = spawnSync(process.execPath, [BIN, 'parse', 'fifo.txt'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('vawg: fifo.txt: is not a regular file\n');
  });

  test('standard input is read no further than the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (let i = 0; i < 1024; i++) {
          pulled++;
          yield chunk;
        }
      })(),
    );
    const bytes = await readAll(endless, 256 * 1024);
    expect(bytes.length).toBeLessThanOrEqual(256 * 1024 + chunk.length);
    expect(pulled).toBeLessThan(16);
  });

  test('the limit reaches standard input, and going over it is an error naming `-`', async () => {
    let asked: number | undefined;
    const stdin = async (limit: number) => ((asked = limit), new Uint8Array(limit + 1));
    await expect(readMinutesBytes('-', { maxSize: 1000, stdin })).rejects.toThrow('-: is over the 0.0 MB limit');
    expect(asked).toBe(1000);
  });
});

describe('links in a folder', () => {
  function linkedFolder(): string {
    const dir = scratch({ 'a/m.txt': MINUTES, 'b/n.txt': MINUTES.replace('3 March', '7 April').replace('Send', 'Post') });
    symlinkSync('../a', join(dir, 'b', 'to-a'));
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync('../b', join(dir, 'a', 'to-b'));
    symlinkSync('m.txt', join(dir, 'a', 'alias.txt'));
    symlinkSync('nowhere.txt', join(dir, 'a', 'dangling.txt'));
    symlinkSync('self.md', join(dir, 'a', 'self.md'));
    return dir;
  }

  test('each real file is read once, under its own name', async () => {
    const dir = linkedFolder();
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '.', '--all', '--format', 'json', '--no-cache'], io)).toBe(0);
    const entries = JSON.parse(io.out) as { text: string; carried: number; raisedAt: { file: string } }[];
    expect(entries.map((e) => [e.text, e.carried, e.raisedAt.file])).toEqual([
      ['Send the budget to members.', 1, 'a/m.txt'], // carried once, into the April meeting
      ['Post the budget to members.', 0, 'b/n.txt'],
    ]);
  });

  test('links that cannot be followed are warnings naming each once; the rest is read', async () => {
    const dir = linkedFolder();
    const io = fakeIo({ cwd: dir });
    expect(await run(['attendance', '.', '--format', 'json', '--no-cache'], io)).toBe(0);
    expect(io.err.split('\n').filter((line) => line.includes('link skipped'))).toEqual([
      'vawg: warning: a/dangling.txt: link skipped, what it points to does not exist',
      'vawg: warning: a/self.md: link skipped, it leads round in a loop',
    ]);
  });
});

describe('which configuration applies', () => {
  test('a file above the repository root is not used', () => {
    const dir = scratch({ '.vawgrc.yaml': 'rules:\n  meeting-date: off\n', 'repo/sub/m.txt': MINUTES });
    mkdirSync(join(dir, 'repo', '.git'));
    expect(findConfig(join(dir, 'repo', 'sub'), '/nonexistent-home')).toBeNull();
    writeFileSync(join(dir, 'repo', 'vawg.config.yaml'), 'body: Finance\n');
    expect(findConfig(join(dir, 'repo', 'sub'), '/nonexistent-home')).toBe(join(dir, 'repo', 'vawg.config.yaml'));
  });

  test('nor one above the home folder, nor, outside both, one above the working folder', () => {
    const dir = scratch({ '.vawgrc.yaml': 'rules:\n  meeting-date: off\n' });
    mkdirSync(join(dir, 'home', 'me', 'work'), { recursive: true });
    expect(findConfig(join(dir, 'home', 'me', 'work'), join(dir, 'home', 'me'))).toBeNull();
    expect(findConfig(join(dir, 'home', 'me', 'work'), '/nonexistent-home')).toBeNull();
    expect(findConfig(dir, '/nonexistent-home')).toBe(join(dir, '.vawgrc.yaml'));
  });

  test.each(['actions', 'attendance', 'report', 'diff', 'check'])('%s --print-config prints the settings and their file, and reads nothing', async (command) => {
    const dir = scratch({ 'ci/vawg.yaml': 'rules:\n  meeting-date: off\n' });
    const io = fakeIo({ cwd: dir });
    expect(await run([command, '--print-config', '--config', 'ci/vawg.yaml'], io)).toBe(0);
    const printed = JSON.parse(io.out);
    expect(printed.file).toBe(join(dir, 'ci', 'vawg.yaml'));
    expect(printed.rules).toEqual({ 'meeting-date': 'off' });
  });

  test('--debug says which configuration was used', () => {
    const dir = scratch({ 'vawg.config.yaml': 'body: Finance\n', 'm.txt': MINUTES });
    const result = spawnSync(process.execPath, [BIN, 'actions', 'm.txt', '--debug', '--no-cache'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`vawg: configuration: ${join(dir, 'vawg.config.yaml')}`);
  });
});

describe('leftovers of killed runs', () => {
  test('an --out run removes the stale temporaries of dead runs beside its target, and nothing else', async () => {
    const dead = deadPid();
    const dir = scratch({ [`.out.json.vawg-${dead}-0a1b2c.tmp`]: 'half', [`.out.json.vawg-${process.pid}-0a1b2c.tmp`]: 'running', 'notes.tmp': 'mine', [`out.json.${dead}.tmp`]: 'not ours' });
    await writeFileAtomic(join(dir, 'out.json'), '{}');
    expect(readdirSync(dir).sort()).toEqual([`.out.json.vawg-${process.pid}-0a1b2c.tmp`, 'notes.tmp', 'out.json', `out.json.${dead}.tmp`].sort());
  });

  test('filling the cache removes the stale temporaries of dead runs', async () => {
    const dir = scratch();
    const key = 'ab'.repeat(32);
    const stale = join(dir, 'ab', `.${key.slice(2)}.json.vawg-${deadPid()}-0a1b2c.tmp`);
    mkdirSync(join(dir, 'ab'));
    writeFileSync(stale, 'half');
    expect(await new MeetingCache(dir).set(key, '{}')).toBe(true);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('impossible dates', () => {
  test.each([
    ['actions', '--as-of', '2025-02-30'],
    ['actions', '--due-before', '2025-04-31'],
    ['actions', '--since', '2023-02-29'],
    ['check', '--as-of', '2025-13-01'],
  ])('%s %s %s is a usage error on one line', async (command, option, value) => {
    const dir = scratch({ 'm.txt': MINUTES });
    const io = fakeIo({ cwd: dir });
    expect(await run([command, 'm.txt', option, value, ...(command === 'check' ? [] : ['--no-cache'])], io)).toBe(2);
    expect(io.err).toContain(`there is no such day as ${value}`);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  test('a leap day is a date', async () => {
    const io = fakeIo({ cwd: scratch({ 'm.txt': MINUTES }) });
    expect(await run(['actions', 'm.txt', '--as-of', '2024-02-29', '--no-cache'], io)).toBe(0);
  });
});
