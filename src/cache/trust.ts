import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { oneLine } from '../emit/terminal.js';

/**
 * Whether what the cache holds may be used. The cache holds compiled code that V8 runs as it is, and
 * parses that vawg prints as they are, so anyone who can write it owns every later run. As ssh does
 * for its keys, vawg uses only folders and files that belong to the user running it and that no one
 * else can write, and reads only regular files (a FIFO would hang the run, /dev/zero fill memory).
 * Windows has no owner or mode bits here, so only the file type and size are checked there.
 */

/** Why a folder of the cache may not be used, or undefined when it may (or does not exist yet). `follow` is for the root, which may be a link to a folder. */
export function folderProblem(path: string, follow: boolean): string | undefined {
  let info: Stats | undefined;
  try {
    info = follow ? statSync(path, { throwIfNoEntry: false }) : lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // Under a file, or out of reach: nothing can be read from it either.
  }
  if (info === undefined) return undefined;
  if (info.isSymbolicLink()) return `${path} is a symbolic link`;
  if (!info.isDirectory()) return undefined; // Not a folder: reading misses and writing fails, which says so.
  return ownershipProblem(path, info);
}

/** A cache file's bytes, the reason not to use them, or neither when there is no such file. */
export type TrustedRead = { bytes: Buffer } | { problem: string } | undefined;

/**
 * Reads a cache file that is a regular file of the user's, no one else can write, and is at most
 * `maxBytes`; never follows a symbolic link, and never waits on a FIFO (it is opened non-blocking and
 * rejected by its type before any read).
 */
export function readTrusted(path: string, maxBytes: number): TrustedRead {
  // lstat first: a miss is common (a first run), and costs no exception this way; and a FIFO or a
  // device is refused before it is opened.
  let link: Stats | undefined;
  try {
    link = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (link === undefined) return undefined;
  if (link.isSymbolicLink()) return { problem: `${path} is a symbolic link` };
  if (!link.isFile()) return { problem: `${path} is not a regular file` };
  // Opened without following a link and without waiting, then checked again: it may have been swapped.
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? { problem: `${path} is a symbolic link` } : undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: `${path} is not a regular file` };
    if (info.size > maxBytes) return { problem: `${path} is larger than any file vawg writes there` };
    const problem = ownershipProblem(path, info);
    if (problem) return { problem };
    return { bytes: readWhole(fd, info.size) };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The warning for a cache that is not used; printed once per process (see warnOnce). */
export function distrustWarning(problem: string): string {
  return `vawg: warning: not using the cache: ${oneLine(problem)} (vawg uses only cache files and folders that are yours and that no one else can write; set VAWG_CACHE_DIR to another folder, or use --no-cache)\n`;
}

/**
 * Writes a warning unless this process has written it already. The launcher and the CLI are
 * separate bundles, so the record is kept on the global object rather than in a module.
 */
export function warnOnce(text: string, write: (text: string) => void): void {
  const registry = globalThis as { [WARNED]?: Set<string> };
  const warned = (registry[WARNED] ??= new Set());
  if (warned.has(text)) return;
  warned.add(text);
  write(text);
}

const WARNED = Symbol.for('vawg.cache-warnings');

/** Mode for the folders vawg makes in the cache, and for its files: the user's alone. */
export const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;

function ownershipProblem(path: string, info: Stats): string | undefined {
  if (process.getuid === undefined) return undefined;
  if (info.uid !== process.getuid()) return `${path} belongs to another user`;
  if (info.mode & 0o002) return `${path} can be written by every user`;
  if (info.mode & 0o020) return `${path} can be written by its group`;
  return undefined;
}

/** The whole file, in as many reads as it takes (a read may return less than asked). */
function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}
