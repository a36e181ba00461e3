import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'vawg.js');
const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs');

/** What the forged compiled code prints before anything else, if V8 runs it. */
export const FORGED_CODE_MARK = 'FORGED CODE RAN';

/**
 * Overwrites a code cache file with V8's code for another bundle of the same length, whose first
 * line prints FORGED_CODE_MARK. V8 checks only the source's length, so if this is used, it runs.
 * Compiled in a fresh `node` with V8's default flags, as the CLI runs.
 */
export function forgeCodeCache(file: string): void {
  const script = `
    const { readFileSync, writeFileSync } = require('node:fs');
    const vm = require('node:vm');
    const [bundle, out, mark] = process.argv.slice(1);
    const source = readFileSync(bundle, 'utf8');
    const firstLine = source.slice(0, source.indexOf('\\n'));
    const forged = source.replace(firstLine, ('process.stderr.write(' + JSON.stringify(mark + '\\n') + ');').padEnd(firstLine.length));
    if (forged.length !== source.length) throw new Error('the forged bundle is not the same length');
    const wrapped = '(function (exports, require, module, __filename, __dirname) {' + forged + '\\n})';
    writeFileSync(out, new vm.Script(wrapped, { filename: bundle }).createCachedData());`;
  const result = spawnSync(process.execPath, ['-e', script, BUNDLE, file, FORGED_CODE_MARK], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`forging the code cache failed: ${result.stderr}`);
}

/** Runs the built CLI once to fill a cache folder (compiled code and parses). */
export function fillCache(cwd: string, cacheDir: string, args: string[]): void {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, VAWG_CACHE_DIR: cacheDir } });
  if (result.status !== 0) throw new Error(`filling the cache failed: ${result.stderr}`);
}

/** Every file of a kind under a cache folder. */
export function cacheFiles(cacheDir: string, extension: '.json' | '.bin'): string[] {
  return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith(extension)).map((path) => join(cacheDir, path));
}

/** Rewrites a parse-cache entry's payload and gives it a matching checksum, as a valid entry with other contents. */
export function forgeEntry(entry: string, edit: (payload: string) => string): void {
  const text = readFileSync(entry, 'utf8');
  const newline = text.indexOf('\n');
  const payload = edit(text.slice(newline + 1));
  const [format, key] = text.slice(0, newline).split(' ');
  writeFileSync(entry, `${format} ${key} ${createHash('sha256').update(payload).digest('hex')}\n${payload}`);
}
