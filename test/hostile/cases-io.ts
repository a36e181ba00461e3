import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './case.js';

const MINUTES = 'Finance Committee – 3 March 2025\n\nPresent: Jo Bloggs, Sam Lee\n\nACTION (Jo Bloggs) – Send the budget to members.\n';
const REFUSED = 'refusing to overwrite it';

function twoMeetings(dir: string): void {
  writeFileSync(join(dir, 'm.txt'), MINUTES);
  writeFileSync(join(dir, 'n.txt'), MINUTES.replace('3 March', '7 April'));
}

export const cases: HostileCase[] = [
  {
    name: '--out names an input given on the command line',
    setup: twoMeetings,
    args: ['actions', 'm.txt', 'n.txt', '--out', 'n.txt'],
    exit: 2,
    stderrIncludes: [`--out n.txt is the input n.txt; ${REFUSED}`],
  },
  {
    name: '--out names a file found by expanding a folder',
    setup(dir) {
      twoMeetings(dir);
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'm.txt'), MINUTES);
    },
    args: ['attendance', '.', '--out', 'sub/m.txt'],
    exit: 2,
    stderrIncludes: [REFUSED],
  },
  {
    name: '--out is a symlink to an input',
    setup(dir) {
      twoMeetings(dir);
      symlinkSync('m.txt', join(dir, 'l.txt'));
    },
    args: ['parse', 'm.txt', '--out', 'l.txt'],
    exit: 2,
    threaded: false,
    stderrIncludes: [`--out l.txt is the same file as the input m.txt; ${REFUSED}`],
  },
  {
    name: '--out is a hard link of an input',
    setup(dir) {
      twoMeetings(dir);
      linkSync(join(dir, 'n.txt'), join(dir, 'diff.md'));
    },
    args: ['diff', 'm.txt', 'n.txt', '--out', 'diff.md'],
    exit: 2,
    stderrIncludes: [REFUSED],
  },
  {
    name: '--out names a file the configuration lists as minutes',
    setup(dir) {
      twoMeetings(dir);
      writeFileSync(join(dir, 'vawg.config.yaml'), 'minutes: ["*.txt"]\n');
    },
    args: ['check', '--out', 'n.txt'],
    exit: 2,
    threaded: false,
    stderrIncludes: [REFUSED],
  },
  {
    name: 'a named pipe among the inputs is refused without waiting for a writer',
    setup(dir) {
      twoMeetings(dir);
      execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    },
    args: ['parse', 'fifo.txt', 'm.txt'],
    exit: 1,
    threaded: false,
    stdoutIncludes: ['Send the budget to members.'],
    stderrIncludes: ['fifo.txt: is not a regular file'],
  },
  {
    name: 'standard input over the size limit is refused',
    setup: () => undefined,
    args: ['parse', '-', '--max-size', '0.01'],
    stdin: `${MINUTES}${'Notes.\n'.repeat(50_000)}`,
    exit: 1,
    threaded: false,
    stderrIncludes: ['-: is over the 0.0 MB limit'],
  },
  {
    name: 'a folder whose links loop back, dangle, or name one file twice',
    setup(dir) {
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'a', 'm.txt'), MINUTES);
      symlinkSync('../a', join(dir, 'b', 'to-a'));
      symlinkSync('..', join(dir, 'a', 'up'));
      symlinkSync('m.txt', join(dir, 'a', 'alias.txt'));
      symlinkSync('nowhere.txt', join(dir, 'a', 'dangling.txt'));
      symlinkSync('self.md', join(dir, 'a', 'self.md'));
    },
    args: ['actions', '.', '--format', 'json'],
    exit: 0,
    // Read once, under its own name (test/safety-io.test.ts checks that no copy comes out).
    stdoutIncludes: ['"text": "Send the budget to members."', '"file": "a/m.txt"'],
    stderrIncludes: ['a/dangling.txt: link skipped', 'a/self.md: link skipped'],
  },
  {
    name: 'an impossible --as-of date',
    setup: twoMeetings,
    args: ['actions', '.', '--overdue', '--as-of', '2025-02-30'],
    exit: 2,
    stderrIncludes: ['there is no such day as 2025-02-30'],
  },
  {
    name: 'an impossible --since date',
    setup: twoMeetings,
    args: ['actions', '.', '--since', '2025-06-31'],
    exit: 2,
    stderrIncludes: ['there is no such day as 2025-06-31'],
  },
  {
    name: 'an impossible check --as-of date',
    setup: twoMeetings,
    args: ['check', '.', '--as-of', '2023-02-29'],
    exit: 2,
    threaded: false,
    stderrIncludes: ['there is no such day as 2023-02-29'],
  },
];
