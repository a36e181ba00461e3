import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultCacheDir } from '../src/cache/cache-dir.js';
import { MeetingCache } from '../src/cache/meeting-cache.js';
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
