import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { removeStaleTemporaries, temporaryPath } from '../fs/temporaries.js';

/**
 * Runs the CLI bundle (CommonJS) with V8's code cache. Compiling the bundle's functions is a good part
 * of a short run such as `vawg parse one.txt`; the cache keeps V8's compiled code from one run to the
 * next, one file per command (each runs different code), in the user cache folder. A cache that is
 * missing, from another Node or bundle, or damaged is rejected by V8, and written afresh at exit.
 * (Node 22 does this itself with module.enableCompileCache; Node 20 needs vm.Script.)
 */
export function launch(bundle: string, argv: string[], env: Record<string, string | undefined>): Promise<void> {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = codeCacheFile(bundle, argv, env);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First run of this command, or no cache folder.
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => saveCodeCache(cacheFile, script));
  const module = { exports: {} as { main(): Promise<void> } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports.main();
}

/** One file per command, Node version and build of the bundle (its size and time). No hashing: crypto takes milliseconds to load. */
function codeCacheFile(bundle: string, argv: string[], env: Record<string, string | undefined>): string {
  const first = argv.find((arg) => !arg.startsWith('-')) ?? '';
  const command = /^[a-z]{1,20}$/.test(first) ? first : 'other';
  const info = statSync(bundle);
  return join(defaultCacheDir(env), 'code', `${command}-${process.version}-${process.arch}-${info.size}-${Math.floor(info.mtimeMs)}.bin`);
}

/**
 * Writes through a temporary file and a rename, and removes the command's caches for other Node
 * versions or builds; a cache folder that cannot be written is left alone.
 */
function saveCodeCache(file: string, script: vm.Script): void {
  const temporary = temporaryPath(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    removeStaleTemporaries(dirname(file));
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
    const command = basename(file).split('-')[0];
    for (const other of readdirSync(dirname(file))) {
      if (other.startsWith(`${command}-`) && other.endsWith('.bin') && other !== basename(file)) unlinkSync(join(dirname(file), other));
    }
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
  }
}
