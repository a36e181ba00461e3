/// <reference types="vite/client" />
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HostileCase } from './hostile/case.js';

// Every attack file (test/hostile/cases-*.ts) exports `cases`; each runs on the built CLI, as a user would.
const modules = import.meta.glob<{ cases: HostileCase[] }>('./hostile/cases-*.ts', { eager: true });
const allCases = Object.values(modules).flatMap((module) => module.cases);
const BIN = resolve(import.meta.dirname, '..', 'bin', 'vawg.js');

// Control characters other than tab and newline never reach a terminal from any command.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** SHA-256 of every regular file under a folder, by relative path: the inputs must not change. */
function hashTree(dir: string, prefix = ''): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const relative = join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of hashTree(dir, relative)) hashes.set(k, v);
    else if (lstatSync(join(dir, relative)).isFile()) hashes.set(relative, createHash('sha256').update(readFileSync(join(dir, relative))).digest('hex'));
  }
  return hashes;
}

const variants = [
  { label: 'one thread, no cache', flags: ['--jobs', '1', '--no-cache'], runs: 1 },
  { label: 'two threads, no cache', flags: ['--jobs', '2', '--no-cache'], runs: 1 },
  { label: 'one thread, cached', flags: ['--jobs', '1'], runs: 2 },
  { label: 'two threads, cached', flags: ['--jobs', '2'], runs: 2 },
];

describe.each(allCases.map((c) => [c.name, c] as const))('hostile: %s', (_name, hostile) => {
  const runs = hostile.threaded === false ? [{ label: 'as given', flags: [], runs: 1 }] : variants;
  test.each(runs.map((v) => [v.label, v] as const))('%s', (_label, variant) => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-hostile-'));
    const cache = mkdtempSync(join(tmpdir(), 'vawg-hostile-cache-'));
    hostile.setup(dir);
    const before = hashTree(dir);
    for (let run = 0; run < variant.runs; run++) {
      const result = spawnSync(process.execPath, [BIN, ...hostile.args, ...variant.flags], {
        cwd: dir,
        input: hostile.stdin ?? '',
        env: { ...process.env, VAWG_CACHE_DIR: cache, CI: '1', NO_COLOR: '1', ...hostile.env },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const where = `${hostile.name} (${variant.label}, run ${run + 1})\nstderr: ${result.stderr}`;
      expect(result.status, where).toBe(hostile.exit);
      expect(CONTROL.test(result.stdout), `control character on stdout: ${where}`).toBe(false);
      expect(CONTROL.test(result.stderr), `control character on stderr: ${where}`).toBe(false);
      for (const text of hostile.stdoutIncludes ?? []) expect(result.stdout, where).toContain(text);
      for (const text of hostile.stderrIncludes ?? []) expect(result.stderr, where).toContain(text);
      const after = hashTree(dir);
      for (const [file, hash] of before) expect(after.get(file), `${file} changed: ${where}`).toBe(hash);
    }
  });
});
