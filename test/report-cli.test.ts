import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

const MINUTES = 'Safer Streets Board – 3 March 2025\n\nPresent: Jo Bloggs (JB), Sam Lee (SL)\n\nACTION (Sam Lee) – Send the budget paper to members by 10 March 2025.\n';

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-report-cli-'));
  mkdirSync(join(dir, 'minutes', 'two words'), { recursive: true });
  writeFileSync(join(dir, 'minutes', 'two words', 'm #1.txt'), MINUTES);
  mkdirSync(join(dir, 'site'));
  return dir;
}

describe('vawg report', () => {
  test('writes the page, linking each action to its minutes from the page\'s folder', async () => {
    const dir = scratch();
    const io = fakeIo({ cwd: dir });
    expect(await run(['report', 'minutes', '--as-of', '2025-04-01', '--out', 'site/report.html', '--no-cache'], io)).toBe(0);
    const html = io.written.get('site/report.html') as string;
    expect(html).toContain('href="../minutes/two%20words/m%20%231.txt#L5"');
    expect(/<dt>Overdue<\/dt><dd>(\d+)/.exec(html)?.[1]).toBe('1');
    expect(io.err).toBe('');
  });

  test('--as-of is read as the other commands read it, and a day that does not exist is a usage error', async () => {
    const dir = scratch();
    const io = fakeIo({ cwd: dir });
    expect(await run(['report', 'minutes', '--as-of', '1 March 2025', '--no-cache'], io)).toBe(0);
    expect(/<dt>Overdue<\/dt><dd>(\d+)/.exec(io.out)?.[1]).toBe('0');
    const bad = fakeIo({ cwd: dir });
    expect(await run(['report', 'minutes', '--as-of', '2025-02-30', '--no-cache'], bad)).toBe(2);
    expect(bad.err).toBe('vawg: --as-of: there is no such day as 2025-02-30\n');
  });

  test('a file that cannot be read is one line and exit 1; the report is made from the others', async () => {
    const dir = scratch();
    const io = fakeIo({ cwd: dir });
    expect(await run(['report', 'minutes', 'missing.txt', '--as-of', '2025-04-01', '--out', 'report.html', '--no-cache'], io)).toBe(1);
    expect(io.err.trim().split('\n')).toEqual([expect.stringMatching(/^vawg: missing\.txt: /)]);
    expect(io.written.get('report.html')).toContain('Send the budget paper to members');
  });

  test('with no minutes read, a usage error and no page', async () => {
    const dir = scratch();
    const io = fakeIo({ cwd: dir });
    expect(await run(['report', 'site', '--no-cache'], io)).toBe(2);
    expect(io.err).toMatch(/^vawg: .*\n$/);
    expect(io.written.size).toBe(0);
    expect(io.out).toBe('');
  });
});
