import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFiles, fillCache, forgeCodeCache, forgeEntry } from '../helpers/forged-cache.js';
import type { HostileCase } from './case.js';

const MINUTES = 'Finance Committee – 3 March 2025\n\nPresent: Jo Bloggs, Sam Lee\n\nACTION (Jo Bloggs) – Send the budget to members.\n';
const ARGS = ['actions', 'minutes', '--format', 'json'];

/** Minutes in `minutes/`, and a cache filled by one run over them, named `cache` (relative to the working folder). */
function minutesAndCache(dir: string, cache = join(dir, 'cache')): string {
  spawnSync('mkdir', ['-p', join(dir, 'minutes')]);
  writeFileSync(join(dir, 'minutes', 'a.txt'), MINUTES);
  writeFileSync(join(dir, 'minutes', 'b.txt'), MINUTES.replace('3 March', '7 April'));
  fillCache(dir, cache, ARGS);
  return cache;
}

/**
 * A cache outside the scratch folder, reached through the link `cache`: vawg repairs what it finds
 * there, and the runner checks only that files under the scratch folder are left as they were.
 */
function outsideCache(dir: string): string {
  const cache = mkdtempSync(join(tmpdir(), 'vawg-hostile-outside-'));
  symlinkSync(cache, join(dir, 'cache'));
  return minutesAndCache(dir, cache);
}

function replaceWithFifo(file: string): void {
  rmSync(file);
  spawnSync('mkfifo', [file]);
}

const CACHE = { VAWG_CACHE_DIR: 'cache' };

export const cases: HostileCase[] = [
  {
    name: 'a cache folder every user can write is not used: forged compiled code and parses in it never run or print',
    setup(dir) {
      const cache = minutesAndCache(dir);
      for (const file of cacheFiles(cache, '.bin')) forgeCodeCache(file);
      for (const entry of cacheFiles(cache, '.json')) forgeEntry(entry, (payload) => payload.replaceAll('Send the budget to members.', 'FORGED'));
      chmodSync(cache, 0o777);
    },
    args: ARGS,
    env: CACHE,
    exit: 0,
    stdoutIncludes: ['Send the budget to members.'],
  },
  {
    name: 'cache entries that are FIFOs are not waited on',
    setup(dir) {
      for (const entry of cacheFiles(outsideCache(dir), '.json')) replaceWithFifo(entry);
    },
    args: ARGS,
    env: CACHE,
    exit: 0,
    stdoutIncludes: ['Send the budget to members.'],
  },
  {
    name: 'compiled code that is a FIFO is not waited on',
    setup(dir) {
      for (const file of cacheFiles(outsideCache(dir), '.bin')) replaceWithFifo(file);
    },
    args: ARGS,
    env: CACHE,
    exit: 0,
    stdoutIncludes: ['Send the budget to members.'],
  },
  {
    name: 'cache entries linked to /dev/zero are not read',
    setup(dir) {
      for (const entry of cacheFiles(outsideCache(dir), '.json')) {
        rmSync(entry);
        symlinkSync('/dev/zero', entry);
      }
    },
    args: ARGS,
    env: CACHE,
    exit: 0,
    stdoutIncludes: ['Send the budget to members.'],
  },
  {
    name: 'a cache entry with a valid checksum that is not a meeting is parsed afresh',
    setup(dir) {
      for (const entry of cacheFiles(outsideCache(dir), '.json')) forgeEntry(entry, (payload) => payload.replaceAll('"owners":[', '"owners":7,"x":['));
    },
    args: ARGS,
    env: CACHE,
    exit: 0,
    stdoutIncludes: ['Send the budget to members.'],
  },
];
