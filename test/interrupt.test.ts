import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { removeTemporaries, writeFileAtomic } from '../src/cli/io.js';
import { ordinaryMinutes } from './helpers/shapes.mjs';

// No test here waits a fixed time or bounds one: each waits for a sign from the child that it is ready
// (its Ctrl-C handler installed, its input read), and compares times measured in the same run.

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-interrupt-'));
}

const linux = process.platform === 'linux';

/** A field of /proc/PID/status or /proc/PID/io (Linux), or undefined once the process is gone. */
function procField(pid: number, file: 'status' | 'io', field: string): string | undefined {
  try {
    return new RegExp(`^${field}:\\s*(\\S+)`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Resolves once the child has installed its SIGINT handler (bit 2 of the caught-signals mask). */
async function handlerInstalled(child: ChildProcess): Promise<void> {
  for (;;) {
    const caught = procField(child.pid!, 'status', 'SigCgt');
    if (caught !== undefined && (BigInt(`0x${caught}`) & 2n) !== 0n) return;
    if (child.exitCode !== null) throw new Error('the child ended before installing its handler');
    await turn();
  }
}

/** Bytes the child has read so far, from files and pipes alike. */
function bytesRead(child: ChildProcess): number {
  return Number(procField(child.pid!, 'io', 'rchar') ?? 0);
}

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
  child.stdin!.write('Board – 1 May 2024\n');
  const exit = exited(child);
  await handlerInstalled(child);
  child.kill('SIGINT');
  expect(await exit).toBe(130);
  expect(readdirSync(dir)).toEqual([]);
});

test.runIf(linux)('Ctrl-C stops a long parse of many files on the main thread at once, with nothing printed', async () => {
  const dir = scratch();
  const text = readFileSync('fixtures/police-crime-panel-coded-minute-numbers/input.txt', 'utf8');
  const files = 1200;
  for (let i = 0; i < files; i++) writeFileSync(join(dir, `${i}.txt`), text.replace('Westmarch', `Westmarch ${i}`));
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/vawg.js', 'actions', dir, '--jobs', '1', '--no-cache', '--format', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  const exit = exited(child);
  await handlerInstalled(child);
  // Half the files read (and so parsed, one after another): the other half is as much work again.
  const half = bytesRead(child) + (files / 2) * Buffer.byteLength(text);
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
        void handlerInstalled(child).then(() => {
          signalled = performance.now() - started;
          child.kill('SIGINT');
        });
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
