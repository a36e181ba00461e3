import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Shapes of minutes that once took time growing with the square of their size (owners each spelt one
// letter off an attendee, front matter with thousands of keys) or memory many times it (an unclosed
// `[` in front matter). Each is parsed in a process of its own beside ordinary minutes of the same
// size, and compared with them: ratios measured on the same machine in the same run, so a slow or
// busy machine passes as well as a fast one. The factors are generous; before the fixes the ratios
// were in the hundreds (CPU) and over 10 (memory).
const MEASURE = join(import.meta.dirname, 'helpers', 'measure-parse.mjs');
const CPU_FACTOR = 10;
const MEMORY_FACTOR = 3;

interface Measure {
  cpu: number;
  maxRss: number;
  length: number;
}

function measure(shape: string, size: number, file: string): Measure {
  return JSON.parse(execFileSync(process.execPath, [MEASURE, shape, String(size), file], { encoding: 'utf8' })) as Measure;
}

describe.each([
  ['nearMissOwners', 300_000, 'a.txt'],
  ['manyKeys', 1_000_000, 'a.md'],
  ['unclosedBracket', 2_000_000, 'a.md'],
])('%s, %d characters', { timeout: 0 }, (shape, size, file) => {
  test('takes at most a few times the CPU and memory of ordinary minutes of its size', () => {
    const ordinary = measure('ordinaryMinutes', size, file);
    const hostile = measure(shape, size, file);
    expect(hostile.length / ordinary.length).toBeGreaterThan(0.9);
    expect(hostile.cpu / ordinary.cpu, `CPU ${hostile.cpu} µs against ${ordinary.cpu} µs`).toBeLessThan(CPU_FACTOR);
    expect(hostile.maxRss / ordinary.maxRss, `peak memory ${hostile.maxRss} against ${ordinary.maxRss}`).toBeLessThan(MEMORY_FACTOR);
  });
});
