import { iconvLibrary } from '../libraries.js';

// iconv-lite is loaded on first use: most minutes are UTF-8 and never need it.
function decodeWindows1252(bytes: Buffer): string {
  return iconvLibrary().decode(bytes, 'windows-1252');
}

/** Why a file could not be turned into text. */
export type DecodeProblem = 'empty' | 'binary';

export class DecodeError extends Error {
  constructor(readonly problem: DecodeProblem, message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 when the bytes
 * are not valid UTF-8 (Word exports). Throws DecodeError for empty or binary input.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return checked({ text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), encoding: 'utf-16le' });
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return checked({ text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), encoding: 'utf-16be' });
  if (looksBinary(buffer)) throw new DecodeError('binary', 'the file is binary, not text minutes');
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const body = buffer.subarray(start);
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' });
  } catch {
    // Node's own windows-1252 decoder maps 0x80–0x9F to C1 controls; iconv-lite maps them to ’ – € …
    return checked({ text: decodeWindows1252(body), encoding: 'windows-1252' });
  }
}

function checked(decoded: Decoded): Decoded {
  if (decoded.text.trim() === '') throw new DecodeError('empty', 'the file has no text');
  return decoded;
}

/** NUL bytes or a high share of control bytes in the first 8 KB mark a binary file (PDF, DOCX, image). */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192);
  let control = 0;
  // An indexed loop: iterating a Buffer with for…of is several times slower before V8 optimises it.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control / sample.length > 0.1;
}
