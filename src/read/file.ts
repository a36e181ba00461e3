import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, DecodeError } from './decode.js';
import { isPdfFile, PdfError, pdfToHtml } from './pdf.js';
import { compoundFileProblem, isWordFile, WordError, wordToHtml } from './word.js';

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
export async function readMinutesFile(file: string, options: ReadOptions = {}): Promise<string> {
  return decodeMinutes(file, await readMinutesBytes(file, options));
}

export interface ReadOptions {
  maxSize?: number;
  /** Standard input, read no further than the limit and one byte more. */
  stdin?: (limit: number) => Promise<Uint8Array>;
  cwd?: string;
}

/** The bytes of one minutes file ('-' for standard input), refused when over the size limit. */
export async function readMinutesBytes(file: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let bytes: Uint8Array;
  if (file === '-') {
    if (!options.stdin) throw new InputError(file, 'standard input is not available');
    bytes = await options.stdin(maxSize);
  } else {
    // Synchronous calls: minutes are small local files, and a folder of them reads several times
    // faster this way than through promises, whose every step is a trip to the thread pool.
    let fd: number;
    try {
      // Non-blocking, so that a named pipe with no writer opens at once and is refused below, rather
      // than waiting forever for one; regular files read the same either way.
      fd = openSync(resolve(options.cwd ?? '.', file), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
      throw new InputError(file, describeFsError(error as NodeJS.ErrnoException));
    }
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) throw new InputError(file, 'is a directory, not a minutes file');
      if (!info.isFile()) throw new InputError(file, 'is not a regular file');
      if (info.size > maxSize) throw new InputError(file, `is ${megabytes(info.size)}, over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
      bytes = readFileSync(fd);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(file, describeFsError(error as NodeJS.ErrnoException));
    } finally {
      closeSync(fd);
    }
  }
  // Standard input stops being read just past the limit, so its true size is unknown.
  if (bytes.length > maxSize) throw new InputError(file, `is over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
  if (isWordFile(file)) return htmlBytes(file, () => wordToHtml(bytes, maxSize), maxSize);
  if (isPdfFile(file)) return htmlBytes(file, () => pdfToHtml(bytes, maxSize), maxSize);
  // A .doc, or an encrypted .docx, whatever its name: the problem in words rather than "binary".
  const older = compoundFileProblem(bytes);
  if (older) throw new InputError(file, older);
  return bytes;
}

/**
 * A Word document's or a PDF's bytes as the UTF-8 of its HTML (src/read/word.ts, src/read/pdf.ts),
 * which is what the parser reads for it; the size limit applies to the HTML too.
 */
async function htmlBytes(file: string, convert: () => Promise<string>, maxSize: number): Promise<Uint8Array> {
  let html: string;
  try {
    html = await convert();
  } catch (error) {
    if (error instanceof WordError || error instanceof PdfError) throw new InputError(file, error.message);
    throw error;
  }
  const text = Buffer.from(html, 'utf8');
  if (text.length > maxSize) throw new InputError(file, `holds ${megabytes(text.length)} of text, over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
  return text;
}

/** A file's bytes as text; a file that is not text becomes an InputError naming it. */
export function decodeMinutes(file: string, bytes: Uint8Array): string {
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
