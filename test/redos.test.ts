import { checkSync } from 'recheck';
import { collectRegexes } from './helpers/regexes.js';
import { describe, expect, test } from 'vitest';
import { MAX_LINE_LENGTH } from '../src/read/source.js';

// A regular expression that backtracks exponentially lets one crafted line of minutes hang the tool.
// recheck proves each pattern linear, or finds its worst case: exponential and cubic ones fail here;
// a quadratic one passes only because every line the extractors read is capped at MAX_LINE_LENGTH,
// which bounds it (the property tests in hostile-input.test.ts run it on 1 MB lines).
describe('no regular expression in src/ can be made to backtrack catastrophically', () => {
  const regexes = collectRegexes();

  test('lines are capped', () => {
    expect(MAX_LINE_LENGTH).toBeLessThanOrEqual(10_000);
  });

  test('the scan finds the project\'s regexes, including the ones built from constants', () => {
    expect(regexes.length).toBeGreaterThan(100);
    expect(regexes.some((r) => r.source.includes('jan(?:uary)?'))).toBe(true);
  });

  test.each(regexes.map((r) => [`${r.file.replace(/^.*\/src\//, 'src/')}:${r.line}`, r] as const))('%s', (_where, regex) => {
    // No time limits: on a slow or loaded machine a limit would turn a safe pattern into `unknown`, or cut
    // the fuzzer's attacks short and change the degree it finds. The fuzzer's seed is fixed (0).
    const result = checkSync(regex.source, regex.flags.replace(/[gy]/g, ''), { timeout: null, attackTimeout: null, incubationTimeout: null, randomSeed: 0 });
    const worst = result.status === 'vulnerable' ? (result.complexity.type === 'exponential' ? 'exponential' : `degree ${result.complexity.degree}`) : result.status;
    expect(['safe', 'degree 2'], `${worst}: /${regex.source}/`).toContain(worst);
  });
});
