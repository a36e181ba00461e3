import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FORGED_CODE_MARK, forgeCodeCache } from './helpers/forged-cache.js';

// bin/vawg.js runs the CommonJS bundle through vm.Script with V8's code cache (src/cli/launch.ts).
const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'vawg.js');
const MINUTES = join(ROOT, 'fixtures', 'police-crime-panel-coded-minute-numbers', 'input.txt');

function vawg(cacheDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, VAWG_CACHE_DIR: cacheDir } });
}

function codeCaches(cacheDir: string): string[] {
  return readdirSync(join(cacheDir, 'code')).map((name) => join(cacheDir, 'code', name));
}

describe('the code cache', () => {
  test('the first run of a command writes its cache; later runs use it and leave it alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-code-'));
    const first = vawg(dir, 'parse', MINUTES);
    expect(first.status).toBe(0);
    const [cache] = codeCaches(dir);
    expect(cache).toMatch(/[/\\]parse-[0-9a-f]{8}-v\d+[^/\\]*\.bin$/);
    const written = statSync(cache).mtimeMs;
    const second = vawg(dir, 'parse', MINUTES);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(cache).mtimeMs).toBe(written);
    // Another command runs other code, so it gets its own cache.
    expect(vawg(dir, '--version').status).toBe(0);
    expect(codeCaches(dir)).toHaveLength(2);
  });

  test('a damaged cache is rejected, the run is unaffected, and the cache is written afresh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-code-'));
    const honest = vawg(dir, 'parse', MINUTES);
    const [cache] = codeCaches(dir);
    writeFileSync(cache, 'not a V8 code cache');
    const run = vawg(dir, 'parse', MINUTES);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(honest.stdout);
    expect(run.stderr).toBe('');
    expect(readFileSync(cache, 'utf8')).not.toBe('not a V8 code cache');
  });

  test('a new cache replaces the command\'s caches for other builds or Node versions of this install, and no other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-code-'));
    expect(vawg(dir, 'parse', MINUTES).status).toBe(0);
    const [written] = readdirSync(join(dir, 'code'));
    const install = written.split('-')[1];
    expect(install).toMatch(/^[0-9a-f]{8}$/);
    rmSync(join(dir, 'code', written));
    const stale = `parse-${install}-v18.0.0-x64-1-1.bin`;
    const otherCommand = `check-${install}-v18.0.0-x64-1-1.bin`;
    const otherInstall = `parse-${install === '00000000' ? '11111111' : '00000000'}-v18.0.0-x64-1-1.bin`;
    for (const name of [stale, otherCommand, otherInstall]) writeFileSync(join(dir, 'code', name), 'old');
    expect(vawg(dir, 'parse', MINUTES).status).toBe(0);
    expect(readdirSync(join(dir, 'code')).sort()).toEqual([otherCommand, otherInstall, written].sort());
  });

  test('a cache folder that cannot be written changes nothing but speed', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'vawg-code-')), 'a-file');
    writeFileSync(blocker, '');
    const run = vawg(blocker, 'parse', MINUTES);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).title).toBe('Westmarch Police and Crime Panel');
  });

  test('the bundle has no import(): code run by vm.Script cannot load modules that way', () => {
    expect(readFileSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'), 'utf8')).not.toMatch(/\bimport\(/);
  });
});

/** A cache folder whose `parse` code has been replaced by forged code (see forgeCodeCache), and the honest output. */
function forgedCache() {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-code-'));
  const honest = vawg(dir, 'parse', MINUTES);
  const [cache] = codeCaches(dir);
  forgeCodeCache(cache);
  return { dir, cache, honest };
}

function expectHonest(run: ReturnType<typeof vawg>, honest: ReturnType<typeof vawg>) {
  expect(run.stderr).not.toContain(FORGED_CODE_MARK);
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(honest.stdout);
}

describe('the code cache is used only when no one else can have written it', () => {
  test('forged code of a bundle of the same length runs when it is trusted: V8 checks only the length', () => {
    const { dir } = forgedCache();
    expect(vawg(dir, 'parse', MINUTES).stderr).toContain(FORGED_CODE_MARK);
  });

  test.each([
    ['the cache folder can be written by every user', (dir: string) => chmodSync(dir, 0o777)],
    ['the cache folder can be written by its group', (dir: string) => chmodSync(dir, 0o770)],
    ['the code folder can be written by every user', (dir: string) => chmodSync(join(dir, 'code'), 0o777)],
    ['the code folder can be written by its group', (dir: string) => chmodSync(join(dir, 'code'), 0o775)],
    ['the code file can be written by others', (_: string, cache: string) => chmodSync(cache, 0o646)],
    ['the code file can be written by its group', (_: string, cache: string) => chmodSync(cache, 0o660)],
    ['the code file is a link to a file elsewhere', (_: string, cache: string) => {
      const elsewhere = join(mkdtempSync(join(tmpdir(), 'vawg-elsewhere-')), 'code.bin');
      renameSync(cache, elsewhere);
      symlinkSync(elsewhere, cache);
    }],
    ['the code folder is a link to a folder elsewhere', (dir: string) => {
      const elsewhere = join(mkdtempSync(join(tmpdir(), 'vawg-elsewhere-')), 'code');
      renameSync(join(dir, 'code'), elsewhere);
      symlinkSync(elsewhere, join(dir, 'code'));
    }],
  ])('forged code is not run when %s; the run warns once', (_name, expose) => {
    const { dir, cache, honest } = forgedCache();
    expose(dir, cache);
    const run = vawg(dir, 'parse', MINUTES);
    expectHonest(run, honest);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^vawg: warning: not using the cache: .+ (can be written|is a symbolic link)/)]);
  });

  test.skipIf(process.getuid?.() !== 0)('forged code is not run from a cache folder of another user', () => {
    const { dir, honest } = forgedCache();
    chownSync(dir, 65534, 65534);
    const run = vawg(dir, 'parse', MINUTES);
    expectHonest(run, honest);
    expect(run.stderr).toMatch(/^vawg: warning: not using the cache: .+ belongs to another user/);
  });

  test('a code file that is a FIFO is not waited on, and is replaced', () => {
    const { dir, cache, honest } = forgedCache();
    rmSync(cache);
    expect(spawnSync('mkfifo', [cache]).status).toBe(0);
    const run = vawg(dir, 'parse', MINUTES);
    expectHonest(run, honest);
    expect(run.stderr).toContain('is not a regular file');
    expect(statSync(cache).isFile()).toBe(true);
  });

  test('nothing is written to a cache folder others can write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-code-'));
    chmodSync(dir, 0o777);
    expect(vawg(dir, 'parse', MINUTES).status).toBe(0);
    expect(existsSync(join(dir, 'code'))).toBe(false);
  });

  test('--no-cache neither runs nor writes compiled code, whatever the command', () => {
    const { dir, honest } = forgedCache();
    expectHonest(vawg(dir, 'parse', '--no-cache', MINUTES), honest);
    expect(vawg(dir, 'actions', '--no-cache', MINUTES).stderr).not.toContain(FORGED_CODE_MARK);
    const empty = mkdtempSync(join(tmpdir(), 'vawg-code-'));
    expect(vawg(empty, 'check', '--no-cache', MINUTES).status).not.toBe(2);
    expect(existsSync(join(empty, 'code'))).toBe(false);
  });

  test('what vawg makes in the cache is the user\'s alone, even under a umask that lets the group write', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vawg-code-')), 'made-by-vawg');
    const script = `umask 002 && exec "$0" "$@"`;
    const run = () => spawnSync('sh', ['-c', script, process.execPath, BIN, 'parse', MINUTES], { encoding: 'utf8', env: { ...process.env, VAWG_CACHE_DIR: dir } });
    expect(run().status).toBe(0);
    const [cache] = codeCaches(dir);
    for (const made of [dir, dirname(cache)]) expect(statSync(made).mode & 0o777).toBe(0o700);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(run().stderr).toBe('');
  });
});
