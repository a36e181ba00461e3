import { promises as fsPromises, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Everything a command may touch outside itself; tests pass a fake. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, tables) — never true in CI logs or pipes. */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bar), and how wide. */
  stderrIsTTY: boolean;
  stderrColumns: number;
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

const pendingTemporaries = new Set<string>();

/**
 * Writes through a temporary file in the same folder and renames it, so readers never see half a file.
 * A symlink is followed (the file it points to is replaced, not the link), and anything that is not a
 * regular file (/dev/stdout, a pipe) is written to directly. A path that cannot be written is a
 * UsageError: one line, exit 2.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
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
  const temporary = join(dirname(target), `.${basename(target)}.${uniqueSuffix()}.tmp`);
  pendingTemporaries.add(temporary);
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${describeWriteError(error as NodeJS.ErrnoException)}`);
  } finally {
    pendingTemporaries.delete(temporary);
  }
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

/** Unique among the writes of this process and of any other running at the same time. */
function uniqueSuffix(): string {
  return `${process.pid}-${++writes}-${Math.random().toString(36).slice(2, 8)}`;
}
let writes = 0;

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

export function samePath(a: string, b: string, cwd: string): boolean {
  return resolve(cwd, a) === resolve(cwd, b);
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The real process's streams and files. */
export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
    // `--out /dev/stdout` (or `-`) means standard output, which may be a socket that cannot be opened by name.
    writeFile: async (path, text) => {
      if (path === '-' || path === '/dev/stdout') process.stdout.write(text);
      else await writeFileAtomic(resolve(path), text);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns ?? 80,
  };
}
