import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { removeStaleTemporaries, temporaryPath } from '../fs/temporaries.js';
import { distrustWarning, folderProblem, PRIVATE_FILE, PRIVATE_FOLDER, readTrusted, warnOnce } from '../cache/trust.js';

/**
 * Runs the CLI bundle (CommonJS) with V8's code cache. Compiling the bundle's functions is a good part
 * of a short run such as `vawg parse one.txt`; the cache keeps V8's compiled code from one run to the
 * next, one file per command (each runs different code), in the user cache folder. A cache that is
 * missing, from another Node or bundle, or damaged is rejected by V8, and written afresh at exit.
 * (Node 22 does this itself with module.enableCompileCache; Node 20 needs vm.Script.)
 * V8 checks only the length of the source, so compiled code is taken only from a folder and file that
 * no one but the user can write (src/cache/trust.ts); otherwise the bundle is compiled afresh, with
 * one warning. `--no-cache` neither reads nor writes it.
 */
export function launch(bundle: string, argv: string[], env: Record<string, string | undefined>): Promise<void> {
  // No V8 flag is changed here: `--no-regexp-tier-up` set at run time made a short run faster, and made
  // about one run in two hundred crash in V8's compiled regular-expression code (a call to address 0).
  const source = readFileSync(bundle, 'utf8');
  const cache = wantsCache(argv) ? codeCache(bundle, argv, env) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData: cache?.data });
  if (cache?.writable && (cache.data === undefined || script.cachedDataRejected)) process.once('exit', () => saveCodeCache(cache.file, script));
  const module = { exports: {} as { main(): Promise<void> } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports.main();
}

interface CodeCache {
  file: string;
  /** The compiled code, when there is some that may be used. */
  data?: Buffer;
  /** False when the folder is not the user's alone: nothing is written there either. */
  writable: boolean;
}

/** `--no-cache` before any `--` (after it, a file may be named so). */
function wantsCache(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return !(end < 0 ? argv : argv.slice(0, end)).includes('--no-cache');
}

/** The command's cache file, and its compiled code when that is found and trusted; a reason not to trust it is a warning. */
function codeCache(bundle: string, argv: string[], env: Record<string, string | undefined>): CodeCache {
  const root = defaultCacheDir(env);
  const file = codeCacheFile(root, bundle, argv);
  // The folders are checked before the file, so a folder that others can write is never read from.
  const folder = folderProblem(root, true) ?? folderProblem(dirname(file), false);
  const read = folder ? { problem: folder } : readTrusted(file, MAX_CODE_CACHE);
  if (read && 'problem' in read) warnOnce(distrustWarning(read.problem), (text) => process.stderr.write(text));
  return { file, data: read && 'bytes' in read ? read.bytes : undefined, writable: folder === undefined };
}

/** Far more than V8 writes for the bundle (a few MB): anything larger is not a cache vawg wrote. */
const MAX_CODE_CACHE = 64 * 1024 * 1024;

/**
 * One file per command, install (the bundle's path), Node version and build of the bundle (its size
 * and time), so that two installs of vawg on one machine keep a cache each rather than replace each
 * other's at every run.
 */
function codeCacheFile(root: string, bundle: string, argv: string[]): string {
  const first = argv.find((arg) => !arg.startsWith('-')) ?? '';
  const command = /^[a-z]{1,20}$/.test(first) ? first : 'other';
  const info = statSync(bundle);
  return join(root, 'code', `${command}-${pathKey(bundle)}-${process.version}-${process.arch}-${info.size}-${Math.floor(info.mtimeMs)}.bin`);
}

/** A short key for a path (32-bit FNV-1a): not for security, which rests on the folder's owner; crypto takes milliseconds to load. */
function pathKey(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * Writes through a temporary file and a rename, and removes the command's caches for other Node
 * versions or builds; a cache folder that cannot be written is left alone. The folders and file are
 * made the user's alone, and the temporary file is created afresh (never through a link).
 */
function saveCodeCache(file: string, script: vm.Script): void {
  const temporary = temporaryPath(file);
  try {
    mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_FOLDER });
    removeStaleTemporaries(dirname(file));
    writeFileSync(temporary, script.createCachedData(), { mode: PRIVATE_FILE, flag: 'wx' });
    renameSync(temporary, file);
    // The same command and install, for another Node or build.
    const [command, install] = basename(file).split('-');
    for (const other of readdirSync(dirname(file))) {
      if (other.startsWith(`${command}-${install}-`) && other.endsWith('.bin') && other !== basename(file)) unlinkSync(join(dirname(file), other));
    }
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
  }
}
