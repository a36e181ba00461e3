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
  /** Whether stderr is a terminal (progress bar). */
  stderrIsTTY: boolean;
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

/** Writes through a temporary file in the same folder and renames it, so readers never see half a file. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  // fs.promises is read here, not imported, so that runs that print to stdout never load it.
  const { rename, unlink, writeFile } = fsPromises;
  const temporary = join(dirname(path), `.${basename(path)}.${uniqueSuffix()}.tmp`);
  pendingTemporaries.add(temporary);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    pendingTemporaries.delete(temporary);
  }
}

/** Unique among the writes of this process and of any other running at the same time. */
export function uniqueSuffix(): string {
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
    writeFile: (path, text) => writeFileAtomic(resolve(path), text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
