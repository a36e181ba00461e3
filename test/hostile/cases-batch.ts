import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './case.js';

const MINUTES = 'Finance Committee – 3 March 2025\n\nPresent: Jo Bloggs, Sam Lee\n\nACTION (Jo Bloggs) – Send the budget to members.\n';

export const cases: HostileCase[] = [
  {
    name: 'an ordinary folder is read and left as it was',
    setup(dir) {
      writeFileSync(join(dir, 'a.txt'), MINUTES);
      writeFileSync(join(dir, 'b.txt'), MINUTES.replace('3 March', '7 April'));
    },
    args: ['actions', '.', '--format', 'json'],
    exit: 0,
    stdoutIncludes: ['Send the budget to members.'],
  },
];
