import type { Io } from '../../src/cli/io.js';

export interface FakeIo extends Io {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** An Io that records what a command prints and writes, for in-process CLI tests. */
export function fakeIo(options: { cwd?: string; stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: new Map(),
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
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  };
  return io;
}
