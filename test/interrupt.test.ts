import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { removeTemporaries, writeFileAtomic } from '../src/cli/io.js';
import { ordinaryMinutes } from './helpers/shapes.mjs';

// No test here waits a fixed time or bounds one: each waits for a sign from the child that it is at
// work (its input read), and compares times measured in the same run.

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-interrupt-'));
}

const linux = process.platform === 'linux';

/** Bytes the child has read so far, from files and pipes alike (Linux), or 0 once it is gone. */
function bytesRead(child: ChildProcess): number {
  try {
    return Number(/^rchar:\s*(\d+)/m.exec(readFileSync(`/proc/${child.pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

test('an output interrupted mid-write leaves no file at all, neither partial nor temporary', async () => {
  const dir = scratch();
  const out = join(dir, 'register.json');
  const writing = writeFileAtomic(out, 'x'.repeat(200 * 1024 * 1024));
  // Wait until the temporary file exists, then do what the SIGINT handler does.
  while (readdirSync(dir).length === 0) await turn();
  removeTemporaries();
  await expect(writing).rejects.toThrow();
  expect(readdirSync(dir)).toEqual([]);
  expect(existsSync(out)).toBe(false);
});

test.runIf(linux)('Ctrl-C ends the CLI with exit code 130 and nothing written', async () => {
  const dir = scratch();
  const child = spawn(process.execPath, ['bin/vawg.js', 'parse', '-', '--out', join(dir, 'model.json')], { stdio: ['pipe', 'ignore', 'pipe'] });
  const exit = exited(child);
  // More than a pipe holds: once it is written, the child is reading standard input, its handler set.
  await new Promise((resolve) => child.stdin!.write(`Board – 1 May 2024\n${'Members met.\n'.repeat(100_000)}`, resolve));
  child.kill('SIGINT');
  expect(await exit).toBe(130);
  expect(readdirSync(dir)).toEqual([]);
});

test.runIf(linux)('Ctrl-C stops a long parse of many files on the main thread at once, with nothing printed', async () => {
  const dir = scratch();
  const minutes = readFileSync('fixtures/police-crime-panel-coded-minute-numbers/input.txt', 'utf8');
  const text = `${minutes}\n${minutes}`;
  const files = 800;
  for (let i = 0; i < files; i++) writeFileSync(join(dir, `${i}.txt`), text.replace('Westmarch', `Westmarch ${i}`));
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/vawg.js', 'actions', dir, '--jobs', '1', '--no-cache', '--format', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  const exit = exited(child);
  // Half the files read (and so parsed, one after another), beyond the CLI's own code and its code
  // cache (under 1 MB): the other half is as much work again.
  const half = 2 * 1024 * 1024 + (files / 2) * Buffer.byteLength(text);
  while (bytesRead(child) < half && child.exitCode === null) await turn();
  const halfway = performance.now();
  child.kill('SIGINT');
  expect(await exit).toBe(130);
  const stopping = performance.now() - halfway;
  expect(stopping, `stopped in ${stopping} ms; reading half the files took ${halfway - started} ms`).toBeLessThan((halfway - started) / 4);
  expect(stdout).toBe('');
});

test.runIf(linux)('Ctrl-C stops a long parse of one file at once', async () => {
  // One long file is parsed on a worker thread, so the main thread is free to act on Ctrl-C.
  const text = ordinaryMinutes(12 * 1024 * 1024);
  const run = (interrupt: boolean) =>
    new Promise<{ code: number | null; ready: number; end: number; signalled: number }>((resolve) => {
      const started = performance.now();
      const child = spawn(process.execPath, ['bin/vawg.js', 'parse', '-', '--format', 'json', '--quiet'], { stdio: ['pipe', 'ignore', 'ignore'] });
      let ready = 0;
      let signalled = 0;
      // The input is all written once the callback runs: the child has read all but one pipe's worth.
      child.stdin!.end(text, () => {
        ready = performance.now() - started;
        if (!interrupt) return;
        signalled = ready;
        child.kill('SIGINT');
      });
      child.on('exit', (code) => resolve({ code, ready, end: performance.now() - started, signalled }));
    });
  const whole = await run(false);
  expect(whole.code).toBe(0);
  const interrupted = await run(true);
  expect(interrupted.code).toBe(130);
  const parsing = whole.end - whole.ready;
  const stopping = interrupted.end - interrupted.signalled;
  expect(stopping, `stopped in ${stopping} ms; parsing takes ${parsing} ms`).toBeLessThan(parsing / 3);
}, 0);

test('a reader that closes the pipe early (| head) gets no stack trace', async () => {
  const child = spawn(process.execPath, ['bin/vawg.js', 'help', 'actions'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
