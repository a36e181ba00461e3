import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

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
    expect(cache).toMatch(/[/\\]parse-v\d+[^/\\]*\.bin$/);
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

  test('a new cache replaces the command\'s caches for other builds or Node versions, and no other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-code-'));
    mkdirSync(join(dir, 'code'));
    for (const stale of ['parse-v18.0.0-x64-1-1.bin', 'check-v18.0.0-x64-1-1.bin']) writeFileSync(join(dir, 'code', stale), 'old');
    expect(vawg(dir, 'parse', MINUTES).status).toBe(0);
    const names = readdirSync(join(dir, 'code')).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('check-v18.0.0-x64-1-1.bin');
    expect(names[1]).toMatch(/^parse-v\d/);
    expect(names[1]).not.toBe('parse-v18.0.0-x64-1-1.bin');
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
