import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { removeTemporaries, writeFileAtomic } from '../src/cli/io.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-interrupt-'));
}

test('an output interrupted mid-write leaves no file at all, neither partial nor temporary', async () => {
  const dir = scratch();
  const out = join(dir, 'register.json');
  const writing = writeFileAtomic(out, 'x'.repeat(200 * 1024 * 1024));
  // Wait until the temporary file exists, then do what the SIGINT handler does.
  while (readdirSync(dir).length === 0) await new Promise((resolve) => setImmediate(resolve));
  removeTemporaries();
  await expect(writing).rejects.toThrow();
  expect(readdirSync(dir)).toEqual([]);
  expect(existsSync(out)).toBe(false);
});

test('Ctrl-C ends the CLI with exit code 130 and nothing written', async () => {
  const dir = scratch();
  const child = spawn(process.execPath, ['bin/vawg.js', 'parse', '-', '--out', join(dir, 'model.json')], { stdio: ['pipe', 'ignore', 'pipe'] });
  child.stdin.write('Board – 1 May 2024\n');
  await new Promise((resolve) => setTimeout(resolve, 400));
  child.kill('SIGINT');
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  expect(code).toBe(130);
  expect(readdirSync(dir)).toEqual([]);
});

test('Ctrl-C stops a long parse on the main thread at once, with nothing printed', async () => {
  // 1,200 files take seconds to parse on one thread; Ctrl-C after half a second must not wait for them.
  const dir = scratch();
  const text = readFileSync('fixtures/police-crime-panel-coded-minute-numbers/input.txt', 'utf8');
  for (let i = 0; i < 1200; i++) writeFileSync(join(dir, `${i}.txt`), text.replace('Westmarch', `Westmarch ${i}`));
  const child = spawn(process.execPath, ['bin/vawg.js', 'actions', dir, '--jobs', '1', '--no-cache', '--format', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const interrupted = performance.now();
  child.kill('SIGINT');
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  expect(code).toBe(130);
  expect(performance.now() - interrupted).toBeLessThan(500);
  expect(stdout).toBe('');
});

test('a reader that closes the pipe early (| head) gets no stack trace', async () => {
  const child = spawn(process.execPath, ['bin/vawg.js', 'help', 'actions'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
