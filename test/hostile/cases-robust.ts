import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HostileCase } from './case.js';

const minutes = (n: number) => `Finance Committee – ${(n % 28) + 1} March 2025\n\nPresent: Jo Bloggs, Sam Lee\n\nACTION (Jo Bloggs) – Send budget ${n} to members.\n`;

// Node loads this module before the CLI (`--import`): any text holding the marker then makes the
// parser throw, as a fault in it would, on the main thread and on worker threads alike. The CLI
// itself is run unchanged.
const THROW_ON_MARKER = { NODE_OPTIONS: `--import=${pathToFileURL(join(import.meta.dirname, 'throw-on-marker.mjs')).href}` };
const MARKER = ['VAWG', 'TEST', 'THROW'].join('-');

/** 40 files: file 13 makes the parser throw, and file 27 too, long enough to be parsed on a worker thread. */
function batchWithThrows(dir: string): void {
  for (let n = 1; n <= 40; n++) writeFileSync(join(dir, `f${String(n).padStart(2, '0')}.txt`), minutes(n));
  writeFileSync(join(dir, 'f13.txt'), `${minutes(13)}\n${MARKER}\n`);
  writeFileSync(join(dir, 'f27.txt'), `${minutes(27)}\n${'Members discussed the budget.\n'.repeat(12_000)}${MARKER}\n`);
}

export const cases: HostileCase[] = [
  {
    name: 'a batch of 40 where the parser throws on two files: both named, the other 38 printed, exit 1',
    setup: batchWithThrows,
    env: THROW_ON_MARKER,
    args: ['actions', '.', '--all', '--format', 'json'],
    exit: 1,
    stdoutIncludes: ['Send budget 1 to members.', 'Send budget 12 to members.', 'Send budget 14 to members.', 'Send budget 40 to members.'],
    stderrIncludes: ['f13.txt: could not be parsed', 'f27.txt: could not be parsed'],
  },
  {
    name: 'parse: a file the parser throws on is named and the next one is printed, exit 1',
    setup(dir) {
      writeFileSync(join(dir, 'bad.txt'), `${minutes(1)}\n${MARKER}\n`);
      writeFileSync(join(dir, 'good.txt'), minutes(2));
    },
    env: THROW_ON_MARKER,
    args: ['parse', 'bad.txt', 'good.txt'],
    threaded: false,
    exit: 1,
    stdoutIncludes: ['Send budget 2 to members.'],
    stderrIncludes: ['bad.txt: could not be parsed'],
  },
  {
    name: 'check: a file the parser throws on is an error finding, the others are checked, exit 1',
    setup(dir) {
      writeFileSync(join(dir, 'bad.txt'), `${minutes(1)}\n${MARKER}\n`);
      writeFileSync(join(dir, 'good.txt'), `${minutes(2)}\nApologies: none\n`);
    },
    env: THROW_ON_MARKER,
    args: ['check', '.', '--format', 'json'],
    threaded: false,
    exit: 1,
    stdoutIncludes: ['"messageId": "parse-failed"', 'good.txt'],
  },
  {
    name: 'a file of 200,000 sections (once a stack overflow that ended the run) among others',
    setup(dir) {
      for (let n = 1; n <= 5; n++) writeFileSync(join(dir, `f${n}.txt`), minutes(n));
      writeFileSync(join(dir, 'sections.txt'), `Board – 1 May 2024\n\n${'Apologies: none\n'.repeat(200_000)}`);
    },
    args: ['actions', '.', '--all', '--format', 'json'],
    exit: 0,
    stdoutIncludes: ['Send budget 1 to members.', 'Send budget 5 to members.'],
  },
  {
    name: 'actions written across U+2028 and U+2029, in plain text and a markdown task, are kept',
    setup(dir) {
      writeFileSync(join(dir, 'a.txt'), 'Finance Committee – 3 March 2025\n\nPresent: Alice Smith, Sam Lee\n\nACTION (Alice Smith) – Send X\u2028Y to members.\n');
      writeFileSync(join(dir, 'b.md'), '# Finance Committee – 4 March 2025\n\n## Present\n\n- Alice Smith\n- Sam Lee\n\n- [ ] ACTION (Alice Smith) – Send P\u2029Q to members.\n');
    },
    args: ['actions', '.', '--all', '--format', 'json'],
    exit: 0,
    stdoutIncludes: ['Send X Y to members.', 'Send P Q to members.'],
  },
  {
    name: 'front matter with 50,000 keys or an unclosed `[` is read as text, and the minutes after it still are',
    setup(dir) {
      const body = '\n# Finance Committee – 3 March 2025\n\n- [ ] ACTION (Jo Bloggs) – Send the budget to members.\n';
      writeFileSync(join(dir, 'keys.md'), `---\n${Array.from({ length: 50_000 }, (_, i) => `key${i}: value`).join('\n')}\n---\n${body}`);
      writeFileSync(join(dir, 'bracket.md'), `---\ntitle: [${'a, '.repeat(300_000)}\n---\n${body.replace('budget', 'accounts')}`);
    },
    args: ['actions', '.', '--all', '--format', 'json'],
    exit: 0,
    stdoutIncludes: ['Send the budget to members.', 'Send the accounts to members.'],
  },
];
