import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultCacheDir } from '../src/cache/cache-dir.js';
import { MeetingCache } from '../src/cache/meeting-cache.js';
import { hasMeetingShape } from '../src/cache/meeting-shape.js';
import { compileSchema } from '../src/model/schema-check.js';
import { runParseJob } from '../src/cli/parse-job.js';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

const SERIES = 'fixtures/series/community-safety-partnership';

function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every entry file under a cache folder. */
function entries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.json')).map((path) => join(dir, path));
}

/** Rewrites an entry's payload and gives it a matching checksum, as a valid entry with other contents. */
function forge(entry: string, edit: (payload: string) => string): void {
  const text = readFileSync(entry, 'utf8');
  const newline = text.indexOf('\n');
  const payload = edit(text.slice(newline + 1));
  const [format, key] = text.slice(0, newline).split(' ');
  writeFileSync(entry, `${format} ${key} ${createHash('sha256').update(payload).digest('hex')}\n${payload}`);
}

async function actions(cacheDir: string, ...args: string[]) {
  const io = fakeIo({ env: { VAWG_CACHE_DIR: cacheDir } });
  const code = await run(['actions', '--all', '--format', 'json', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('MeetingCache', () => {
  const key = MeetingCache.key(new TextEncoder().encode('minutes'), 'recipe');

  test('gives back what was stored, under a key that changes with the bytes and with the recipe', async () => {
    const cache = new MeetingCache(scratch('vawg-cache-'));
    expect(cache.get(key)).toBeUndefined();
    expect(await cache.set(key, '{"a":1}')).toBe(true);
    expect(cache.get(key)).toBe('{"a":1}');
    expect(MeetingCache.key(new TextEncoder().encode('minutes!'), 'recipe')).not.toBe(key);
    expect(MeetingCache.key(new TextEncoder().encode('minutes'), 'other recipe')).not.toBe(key);
  });

  test.each([
    ['cut short', (text: string) => text.slice(0, -3)],
    ['with a changed byte', (text: string) => text.replace('"a":1', '"a":2')],
    ['empty', () => ''],
    ['without a header', (text: string) => text.slice(text.indexOf('\n') + 1)],
    ['from another format', (text: string) => text.replace(/^\S+/, 'vawg-cache-0')],
    ['naming another key', (text: string) => text.replace(/^(\S+) \S+/, '$1 0123')],
  ])('an entry %s is not trusted', async (_, damage) => {
    const dir = scratch('vawg-cache-');
    const cache = new MeetingCache(dir);
    await cache.set(key, '{"a":1}');
    const [entry] = entries(dir);
    writeFileSync(entry, damage(readFileSync(entry, 'utf8')));
    expect(cache.get(key)).toBeUndefined();
  });

  test('a folder that cannot be written makes set() return false', async () => {
    const blocker = join(scratch('vawg-cache-'), 'a-file');
    writeFileSync(blocker, '');
    expect(await new MeetingCache(blocker).set(key, '{}')).toBe(false);
  });

  test('VAWG_CACHE_DIR chooses the folder; otherwise it is under the user cache folder', () => {
    expect(defaultCacheDir({ VAWG_CACHE_DIR: '/somewhere' })).toBe('/somewhere');
    expect(defaultCacheDir({})).toMatch(/vawg/);
  });
});

describe('vawg actions with the cache', () => {
  test('a second run reads every file from the cache and prints the same', async () => {
    const dir = scratch('vawg-cache-');
    const first = await actions(dir, SERIES);
    const stored = entries(dir);
    expect(stored.length).toBe(readdirSync(SERIES).filter((f) => f.endsWith('.txt')).length);
    const second = await actions(dir, SERIES);
    expect(second).toEqual(first);
    expect(entries(dir)).toEqual(stored);
  });

  test('entries are used: a forged entry shows in the output, and --no-cache ignores it', async () => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    for (const entry of entries(dir)) forge(entry, (payload) => payload.replaceAll('"text":"', '"text":"FORGED '));
    expect((await actions(dir, SERIES)).out).toContain('FORGED ');
    expect((await actions(dir, SERIES, '--no-cache')).out).toBe(honest.out);
  });

  test('entries swapped between two keys are both parsed again, not read as each other', async () => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    const [a, b] = entries(dir);
    const textA = readFileSync(a, 'utf8');
    writeFileSync(a, readFileSync(b, 'utf8'));
    writeFileSync(b, textA);
    expect(await actions(dir, SERIES)).toEqual(honest);
  });

  test('a damaged entry is parsed again and rewritten', async () => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    const [entry] = entries(dir);
    writeFileSync(entry, readFileSync(entry, 'utf8').slice(0, 40));
    expect(await actions(dir, SERIES)).toEqual(honest);
    expect(readFileSync(entry, 'utf8').length).toBeGreaterThan(40);
  });

  test('an entry that is valid JSON but not a meeting is parsed again', async () => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    for (const entry of entries(dir)) forge(entry, () => '{"warnings":[],"actions":"not a list"}');
    expect(await actions(dir, SERIES)).toEqual(honest);
  });

  test('the same bytes under another name share an entry, and report their own file name', async () => {
    const dir = scratch('vawg-cache-');
    const folder = scratch('vawg-minutes-');
    const [first] = readdirSync(SERIES).filter((f) => f.endsWith('.txt'));
    copyFileSync(join(SERIES, first), join(folder, 'original.txt'));
    await actions(dir, join(folder, 'original.txt'));
    const count = entries(dir).length;
    copyFileSync(join(SERIES, first), join(folder, 'copy.txt'));
    const copy = await actions(dir, join(folder, 'copy.txt'));
    expect(entries(dir).length).toBe(count);
    expect(copy.out).toContain('copy.txt');
    expect(copy.out).not.toContain('original.txt');
  });

  test('a setting that changes the parse (an alias in the config) misses the cache', async () => {
    const dir = scratch('vawg-cache-');
    const folder = scratch('vawg-minutes-');
    for (const file of readdirSync(SERIES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(SERIES, file), join(folder, file));
    await actions(dir, folder);
    const before = entries(dir).length;
    writeFileSync(join(folder, 'vawg.config.yaml'), 'aliases:\n  XX: Someone Else\n');
    const io = fakeIo({ cwd: folder, env: { VAWG_CACHE_DIR: dir } });
    expect(await run(['actions', '.', '--all', '--format', 'json'], io)).toBe(0);
    expect(entries(dir).length).toBe(2 * before);
  });

  test('a cache folder that cannot be written does not stop the run', async () => {
    const blocker = join(scratch('vawg-cache-'), 'a-file');
    writeFileSync(blocker, '');
    const honest = await actions(scratch('vawg-cache-'), SERIES);
    const blocked = await actions(blocker, SERIES);
    expect(blocked.code).toBe(honest.code);
    expect(blocked.out).toBe(honest.out);
    expect(blocked.err).toBe(`vawg: warning: 4 of 4 parses could not be stored in the cache in ${blocker}, so those files will be parsed again next time (check that folder can be written, or use --no-cache)\n${honest.err}`);
  });
});

describe('entries are used only when no one else can have written them', () => {
  const forgeAll = (dir: string) => {
    for (const entry of entries(dir)) forge(entry, (payload) => payload.replaceAll('"text":"', '"text":"FORGED '));
  };
  const warnings = (err: string) => err.split('\n').filter((line) => line.includes('not using the cache'));

  test.each([
    ['the cache folder can be written by every user', (dir: string) => chmodSync(dir, 0o777)],
    ['the cache folder can be written by its group', (dir: string) => chmodSync(dir, 0o770)],
    ['a subfolder can be written by every user', (dir: string) => {
      for (const entry of entries(dir)) chmodSync(join(entry, '..'), 0o777);
    }],
    ['an entry can be written by its group', (dir: string) => {
      for (const entry of entries(dir)) chmodSync(entry, 0o660);
    }],
    ['an entry is a link to a file elsewhere', (dir: string) => {
      for (const entry of entries(dir)) {
        const elsewhere = join(scratch('vawg-elsewhere-'), 'entry.json');
        renameSync(entry, elsewhere);
        symlinkSync(elsewhere, entry);
      }
    }],
  ])('forged entries are not used when %s; the run warns once', async (_name, expose) => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    forgeAll(dir);
    expose(dir);
    const run = await actions(dir, SERIES);
    expect(run.out).toBe(honest.out);
    expect(warnings(run.err)).toHaveLength(1);
  });

  test.skipIf(process.getuid?.() !== 0)('forged entries of another user are not used', async () => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    forgeAll(dir);
    for (const entry of entries(dir)) chownSync(entry, 65534, 65534);
    const run = await actions(dir, SERIES);
    expect(run.out).toBe(honest.out);
    expect(warnings(run.err)[0]).toMatch(/belongs to another user/);
  });

  test('an entry others could write is replaced by one of the user\'s alone, and then used', async () => {
    const dir = scratch('vawg-cache-');
    await actions(dir, SERIES);
    const [entry] = entries(dir);
    chmodSync(entry, 0o666);
    await actions(dir, SERIES);
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    forge(entry, (payload) => payload.replaceAll('"text":"', '"text":"FORGED '));
    expect((await actions(dir, SERIES)).out).toContain('FORGED ');
  });

  test('nothing is written to a cache folder others can write', async () => {
    const dir = scratch('vawg-cache-');
    chmodSync(dir, 0o777);
    await actions(dir, SERIES);
    expect(entries(dir)).toEqual([]);
  });

  test('an entry with a valid checksum that the model\'s schema rejects is parsed again', async () => {
    const dir = scratch('vawg-cache-');
    const honest = await actions(dir, SERIES);
    for (const entry of entries(dir)) forge(entry, (payload) => payload.replaceAll('"owners":[', '"owners":7,"x":['));
    expect(await actions(dir, SERIES)).toEqual(honest);
  });
});

describe('the meeting schema as cache entries are checked against it', () => {
  // What the cache stores: the JSON of each fixture's parse, in both shapes the commands keep.
  const inputs = readdirSync('fixtures', { recursive: true, encoding: 'utf8' }).filter((path) => /(?:^|[\\/])input\.(?:txt|md)$/.test(path));
  const stored = (path: string, shape: 'full' | 'register') => JSON.parse(runParseJob({ file: path, bytes: readFileSync(join('fixtures', path)) }, { shape }));
  const model = () => stored(inputs[0], 'full');

  test('the parse of every fixture, as the cache stores it, has the shape of a meeting', () => {
    expect(inputs.length).toBeGreaterThan(5);
    for (const path of inputs) for (const shape of ['full', 'register'] as const) expect(hasMeetingShape(stored(path, shape)), `${path} ${shape}`).toBe(true);
  });

  test.each([
    ['a missing key', (m: Record<string, unknown>) => ({ ...m, warnings: undefined })],
    ['an extra key', (m: Record<string, unknown>) => ({ ...m, extra: 1 })],
    ['a wrong type', (m: Record<string, unknown>) => ({ ...m, title: 7 })],
    ['a bad date', (m: Record<string, unknown>) => ({ ...m, date: 'soon' })],
    ['a bad nested value', (m: Record<string, unknown>) => ({ ...m, warnings: [{}] })],
    ['not an object', (m: Record<string, unknown>) => [m]],
  ])('a meeting with %s is not', (_name, damage) => {
    expect(hasMeetingShape(JSON.parse(JSON.stringify(damage(model()))))).toBe(false);
  });

  test('a schema keyword the checker does not know is refused, not ignored', () => {
    expect(() => compileSchema({ type: 'string', maxLength: 3 } as never)).toThrow(/maxLength/);
  });
});
