import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.js';

/** In-process runs cache their parses here, never in the user's own cache folder. */
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'vawg-test-cache-'));

export interface FakeIo extends Io {
  out: string;
  err: string;
  written: Map<string, string | Uint8Array>;
  folders: string[];
}

/** An Io that records what a command prints and writes, for in-process CLI tests. */
export function fakeIo(options: { cwd?: string; stdin?: string; isTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string> } = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: new Map(),
    folders: [],
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    writeFile: async (path, text) => {
      io.written.set(path, text);
    },
    makeDirectory: async (path) => {
      io.folders.push(path);
    },
    cwd: options.cwd ?? process.cwd(),
    env: { VAWG_CACHE_DIR: CACHE_DIR, ...options.env },
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stderrColumns: 80,
  };
  return io;
}
