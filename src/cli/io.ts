import { promises as fsPromises, unlinkSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { removeStaleTemporaries, temporaryPath } from '../fs/temporaries.js';

/** Everything a command may touch outside itself; tests pass a fake. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, read no further than `limit` bytes and one more (enough to tell it is over). */
  readStdin(limit?: number): Promise<Uint8Array>;
  /** Text, or the bytes of a binary format (xlsx). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates a folder and its parents (`remind --out-dir`); one that exists already is fine. */
  makeDirectory(path: string): Promise<void>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, tables) — never true in CI logs or pipes. */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bar), and how wide. */
  stderrIsTTY: boolean;
  stderrColumns: number;
  /** How wide stdout is, when it is a terminal. */
  stdoutColumns?: number;
  /** --debug: say where settings came from, and show stack traces. */
  debug?: boolean;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** An input could not be read, or (check) findings went over the limit. */
  failure: 1,
  /** Bad flags, bad configuration, or a refused output path. */
  usage: 2,
} as const;

/** A mistake in how the tool was called: one line on stderr and exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Whether to colour what goes to stdout: `--color` or `--no-color` decides; then FORCE_COLOR (any value
 * but 0 or false) and NO_COLOR (any value), as other command-line tools read them; then a terminal.
 */
export function wantsColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}

/** How wide a table may be: the terminal's width, else COLUMNS when set, else as wide as it needs. */
export function tableWidth(io: Io): number {
  if (io.isTTY && io.stdoutColumns) return io.stdoutColumns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : Infinity;
}

/** A workbook is a binary file: it goes to a file, never to a terminal or a pipe. */
export const WORKBOOK_NEEDS_OUT = '--format xlsx writes a binary workbook: name the file with --out FILE';

const pendingTemporaries = new Set<string>();

/**
 * Writes through a temporary file in the same folder and renames it, so readers never see half a file.
 * A symlink is followed (the file it points to is replaced, not the link), and anything that is not a
 * regular file (/dev/stdout, a pipe) is written to directly. A file replaced keeps its mode and (where
 * permitted) its owner, so a private file stays private. A path that cannot be written is a
 * UsageError: one line, exit 2.
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  // fs.promises is read here, not imported, so that runs that print to stdout never load it.
  const { realpath, rename, stat, unlink, writeFile } = fsPromises;
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  if (existing && !existing.isFile()) {
    await writeFile(path, text).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write ${path}: ${describeWriteError(error)}`);
    });
    return;
  }
  const target = existing ? await realpath(path) : path;
  removeStaleTemporaries(dirname(target));
  const temporary = temporaryPath(target);
  pendingTemporaries.add(temporary);
  try {
    await writeDurably(temporary, text, existing);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${describeWriteError(error as NodeJS.ErrnoException)}`);
  } finally {
    pendingTemporaries.delete(temporary);
  }
}

/**
 * Writes a new file with the mode and owner of the file it will replace, and flushes it to disk, so
 * that after a crash the rename has published either the old file or the whole new one.
 */
async function writeDurably(temporary: string, text: string | Uint8Array, replaced: Stats | null): Promise<void> {
  // A replacement starts private, and takes the replaced file's mode before a single byte is written.
  const handle = await fsPromises.open(temporary, 'wx', replaced ? 0o600 : 0o666);
  try {
    if (replaced) {
      await handle.chown(replaced.uid, replaced.gid).catch(() => undefined); // Only root may give a file away.
      await handle.chmod(replaced.mode & 0o7777);
    }
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** mkdir -p, with a problem (a file in the way, no permission) as one line and exit 2. */
async function makeDirectory(path: string): Promise<void> {
  await fsPromises.mkdir(path, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot make the folder ${path}: ${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'a file is in the way' : describeWriteError(error)}`);
  });
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error.code ?? error.message;
  }
}

/**
 * Removes the temporary files of writes still in flight, so an interrupted run leaves neither a
 * partial output nor a stray temporary file (the rename that would publish it then fails).
 */
export function removeTemporaries(): void {
  for (const file of pendingTemporaries) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed or removed.
    }
  }
  pendingTemporaries.clear();
}

/**
 * A stream's bytes; with a limit, reading stops once more than `limit` bytes have come, so that
 * 300 MB piped in costs at most the limit in memory before it is refused.
 */
export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    size += buffer.length;
    // Leaving the loop destroys the stream: the writer gets EPIPE instead of waiting on a full pipe.
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

/** The real process's streams and files. */
export function nodeIo({ debug = false } = {}): Io {
  return {
    debug,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: (limit) => readAll(process.stdin, limit),
    // `--out /dev/stdout` (or `-`) means standard output, which may be a socket that cannot be opened by name.
    writeFile: async (path, text) => {
      if (path === '-' || path === '/dev/stdout') process.stdout.write(text);
      else await writeFileAtomic(resolve(path), text);
    },
    makeDirectory: (path) => makeDirectory(resolve(path)),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns ?? 80,
    stdoutColumns: process.stdout.columns,
  };
}
