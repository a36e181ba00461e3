import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeBytes, DecodeError } from './decode.js';

/** Default largest file read, in bytes; minutes are kilobytes, so anything near this is a mistake. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/** A minutes file that could not be read: the message names the file and the problem, on one line. */
export class InputError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/** Reads and decodes one minutes file ('-' for standard input). Throws InputError, never a raw fs error. */
export async function readMinutesFile(file: string, options: { maxSize?: number; stdin?: () => Promise<Uint8Array>; cwd?: string } = {}): Promise<string> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let bytes: Uint8Array;
  if (file === '-') {
    if (!options.stdin) throw new InputError(file, 'standard input is not available');
    bytes = await options.stdin();
  } else {
    const path = resolve(options.cwd ?? '.', file);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(file, describeFsError(error));
    });
    if (info.isDirectory()) throw new InputError(file, 'is a directory, not a minutes file');
    if (!info.isFile()) throw new InputError(file, 'is not a regular file');
    if (info.size > maxSize) throw new InputError(file, `is ${megabytes(info.size)}, over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
    bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(file, describeFsError(error));
    });
  }
  if (bytes.length > maxSize) throw new InputError(file, `is ${megabytes(bytes.length)}, over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
  try {
    return decodeBytes(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file, error.message);
    throw error;
  }
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a minutes file';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
