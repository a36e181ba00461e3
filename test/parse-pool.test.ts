import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runParseJob, type ParseSettings } from '../src/cli/parse-job.js';
import { Progress } from '../src/cli/progress.js';

// Worker threads run the built worker script, so the pool is tested through the build (`npm ci` builds it).
const ROOT = resolve(import.meta.dirname, '..');
const BUILT_POOL = join(ROOT, 'dist', 'cli', 'parse-pool.js');
const BIN = join(ROOT, 'bin', 'vawg.js');

const FIXTURES = readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'series')
  .flatMap((entry) => readdirSync(join(ROOT, 'fixtures', entry.name)).filter((f) => f.startsWith('input.')).map((f) => join('fixtures', entry.name, f)));

describe('the parse pool', () => {
  test('the build has a worker script beside the pool, bundled and unbundled', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'parse-worker.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'parse-worker.js'))).toBe(true);
  });

  test('worker threads and this one give the same JSON as parsing in-process, and threads start only when there is work', async () => {
    const { ParsePool } = (await import(BUILT_POOL)) as typeof import('../src/cli/parse-pool.js');
    const settings: ParseSettings = { shape: 'full' };
    const pool = new ParsePool(settings, 3);
    expect(pool.threadsStarted).toBe(0);
    try {
      const bytes = FIXTURES.map((file) => new Uint8Array(readFileSync(join(ROOT, file))));
      const expected = FIXTURES.map((file, i) => runParseJob({ file, bytes: bytes[i] }, settings));
      const parsed = await Promise.all(FIXTURES.map((file, i) => pool.parse({ file, bytes: bytes[i] })));
      expect(pool.threadsStarted).toBe(2);
      expect(parsed).toEqual(expected);
    } finally {
      await pool.close();
    }
  });

  test('bytes that are not text come back from a thread as an input error naming the file', async () => {
    const { ParsePool } = (await import(BUILT_POOL)) as typeof import('../src/cli/parse-pool.js');
    const pool = new ParsePool({ shape: 'full' }, 2);
    try {
      await expect(pool.parse({ file: 'scan.txt', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0]) })).rejects.toMatchObject({ name: 'InputError', file: 'scan.txt' });
      // The pool goes on with the next file.
      expect(await pool.parse({ file: 'ok.txt', bytes: new TextEncoder().encode('Minutes of the meeting held on 1 May 2024\n') })).toContain('"2024-05-01"');
    } finally {
      await pool.close();
    }
  });

  test('a thread that dies fails only the file it was parsing, naming it; the files it held are parsed here', async () => {
    const { ParsePool } = (await import(BUILT_POOL)) as typeof import('../src/cli/parse-pool.js');
    const dying = pathToFileURL(join(ROOT, 'test', 'helpers', 'dying-worker.mjs'));
    const pool = new ParsePool({ shape: 'full' }, 2, dying);
    try {
      const minutes = (n: number) => new TextEncoder().encode(`Minutes of the meeting held on ${n} May 2024\n`);
      const results = await Promise.allSettled([1, 2, 3, 4].map((n) => pool.parse({ file: `${n}.txt`, bytes: minutes(n) })));
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { name: string; message: string }] : []));
      expect(failed).toHaveLength(1);
      expect(failed[0].name).toBe('InputError');
      expect(failed[0].message).toMatch(/^1\.txt: could not be parsed \(Error: the thread ran out of memory\)/);
      expect(results.slice(1).map((r) => r.status === 'fulfilled' && r.value.includes('"2024-05-0'))).toEqual([true, true, true]);
    } finally {
      await pool.close();
    }
  });

  test('a long file goes to a worker thread even on one thread, short ones are parsed here', async () => {
    const { ParsePool, LONG_PARSE_BYTES } = (await import(BUILT_POOL)) as typeof import('../src/cli/parse-pool.js');
    const pool = new ParsePool({ shape: 'full' }, 1);
    try {
      await pool.parse({ file: 'short.txt', bytes: new TextEncoder().encode('Minutes of the meeting held on 1 May 2024\n') });
      expect(pool.threadsStarted).toBe(0);
      const long = new TextEncoder().encode(`Minutes of the meeting held on 1 May 2024\n${'Members met.\n'.repeat(LONG_PARSE_BYTES / 10)}`);
      expect(await pool.parse({ file: 'long.txt', bytes: long })).toContain('"2024-05-01"');
      expect(pool.threadsStarted).toBe(1);
    } finally {
      await pool.close();
    }
  });

  test('vawg actions prints the same on one thread or three', () => {
    // Enough files for the default to use threads: 40 copies of the series, each its own meeting.
    const folder = mkdtempSync(join(tmpdir(), 'vawg-pool-'));
    const series = join(ROOT, 'fixtures', 'series', 'community-safety-partnership');
    const inputs = readdirSync(series).filter((f) => f.endsWith('.txt'));
    for (let copy = 0; copy < 10; copy++) {
      for (const file of inputs) writeFileSync(join(folder, `${copy}-${file}`), readFileSync(join(series, file), 'utf8').replace(/Partnership/g, `Partnership ${copy}`));
    }
    const runWith = (jobs: string) => spawnSync(process.execPath, [BIN, 'actions', folder, '--all', '--format', 'json', '--no-cache', '--jobs', jobs], { encoding: 'utf8' });
    const one = runWith('1');
    const two = runWith('3');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).length).toBeGreaterThan(40);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });
});

describe('the progress bar', () => {
  function bar(total = 100, columns = 80) {
    let time = 0;
    const written: string[] = [];
    const progress = new Progress((text) => written.push(text), total, 'reading', columns, () => time);
    return { progress, written, at: (ms: number) => (time = ms) };
  }

  test('is drawn only once the run has taken a second, then at most every 100 ms', () => {
    const { progress, written, at } = bar();
    at(999);
    progress.update(10);
    expect(written).toEqual([]);
    at(1000);
    progress.update(20);
    expect(written).toEqual([`\rreading [${'#'.repeat(6)}${'-'.repeat(24)}] 20/100\u001b[K`]);
    at(1050);
    progress.update(30);
    expect(written).toHaveLength(1);
    at(1100);
    progress.update(100);
    expect(written.at(-1)).toContain(`[${'#'.repeat(30)}] 100/100`);
  });

  test('never takes the whole width of the terminal: a narrower bar, then no bar, then the count alone', () => {
    for (const columns of [80, 40, 30, 12]) {
      const { progress, written, at } = bar(1500, columns);
      at(2000);
      progress.update(750);
      const line = written[0].replace('\r', '').replace('\u001b[K', '');
      expect(line.length).toBeLessThan(columns);
      expect(line).toContain('750/1500');
    }
    const { progress, written, at } = bar(1500, 40);
    at(2000);
    progress.update(750);
    expect(written[0]).toBe(`\rreading [${'#'.repeat(10)}${'-'.repeat(10)}] 750/1500\u001b[K`);
  });

  test('Progress.clear() clears a bar being drawn (for Ctrl-C), and nothing otherwise', () => {
    const { progress, written, at } = bar();
    Progress.clear();
    expect(written).toEqual([]);
    at(2000);
    progress.update(50);
    Progress.clear();
    expect(written.at(-1)).toBe('\r\u001b[K');
    Progress.clear();
    expect(written).toHaveLength(2);
  });

  test('is cleared at the end only if it was drawn', () => {
    const quick = bar();
    quick.progress.update(100);
    quick.progress.end();
    expect(quick.written).toEqual([]);
    const slow = bar();
    slow.at(2000);
    slow.progress.update(50);
    slow.progress.end();
    expect(slow.written.at(-1)).toBe('\r\u001b[K');
  });

  test.each([
    [true, {}, false, true],
    [false, {}, false, false],
    [true, { CI: 'true' }, false, false],
    [true, { TERM: 'dumb' }, false, false],
    [true, {}, true, false],
  ])('is wanted when stderr is a terminal (%s), env %j, quiet %s: %s', (tty, env, quiet, wanted) => {
    expect(Progress.wanted(tty, env, quiet)).toBe(wanted);
  });
});
