import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './case.js';

// Minutes that try to reach the reader's terminal, spreadsheet, rendered markdown and CI log: ANSI
// colour, screen-clear and title (OSC) sequences, an 8-bit CSI, NEL, a bidi override, U+2028, raw
// HTML, markdown links and formulas.
const MINUTES = [
  'Finance Committee \x1b[31mRED\x1b]0;pwned\x07 <script>alert(1)</script> \u202eevil [x](https://evil.example) – 3 March 2025',
  '',
  'Present: Jo Bloggs (Chair <iframe src=x>\x9b2J), Sam Lee',
  '',
  '1. Budget <img src=x onerror=alert(1)> \x85 www.evil.example',
  '',
  'DECISION: Approve <b>bold</b> =HYPERLINK("http://x","y")\u2028next',
  '',
  'ACTION (Jo Bloggs) – Send the \x1b[2J budget <script>x</script> \u202e =1+1.',
  'ACTION (Nobody \u202e\x1b[31m) – =HYPERLINK("http://evil.example","click")',
  '',
].join('\n');

// A file name that would start a GitHub workflow command on a line of its own, and colour the rest red.
const FORGED = 'b\n::error file=x::pwned\x1b[31m.txt';
// How every output shows that name: on one line, its controls as visible escapes.
const FORGED_SHOWN = 'b\\n::error file=x::pwned\\x1b[31m.txt';
// An undated meeting is titled by its file name, which becomes a column header in attendance.
const FORMULA_NAME = '=HYPERLINK("evil.example")x.txt';
// An undated meeting whose name would forge a line in the attendance table and CSV header.
const UNDATED = 'c\n::warning::\x1b[2Jundated.txt';
const UNDATED_SHOWN = 'c\\n::warning::\\x1b[2Jundated.txt';

function setup(dir: string): void {
  writeFileSync(join(dir, 'a.txt'), MINUTES);
  writeFileSync(join(dir, FORGED), MINUTES.replace('3 March', '7 April'));
  writeFileSync(join(dir, FORMULA_NAME), 'Finance Committee\n\nPresent: Jo Bloggs, Sam Lee\n\nACTION (Jo Bloggs) – Do it.\n');
  writeFileSync(join(dir, UNDATED), 'Finance Committee\n\nPresent: Sam Lee\n');
}

// What each format must show instead of the attack (the runner checks no control character gets through).
const SHOWN: Record<string, string[]> = {
  // In markdown the escapes' own backslashes and brackets are escaped again, to render as above.
  md: ['\\<script>', FORGED_SHOWN.replace(/\\/g, '\\\\').replace('[', '\\[')],
  csv: [`"'=HYPERLINK(""http://evil.example"",""click"")"`, FORGED_SHOWN],
  json: ['\\u001b[31m', '\\u202e'],
  yaml: ['\\e[31m', '\\u202e'],
  table: [FORGED_SHOWN],
  text: [FORGED_SHOWN],
};

// What must not appear: markup, formulas and lines a renderer, spreadsheet or CI log would act on.
const RAW: Record<string, string[]> = {
  md: [' <script', ' <iframe', ' <img', ' <b>', '](https://', 'www.evil', 'http://x', '\n::error'],
  csv: [',=HYPERLINK', '\n::error'],
  json: [],
  yaml: [],
  table: ['\n::error'],
  text: ['\n::error'],
};

const parseCases: HostileCase[] = ['json', 'yaml', 'md', 'csv'].map((format) => ({
  name: `parse --format ${format}: no control character from the minutes or a file name reaches stdout or stderr`,
  setup,
  args: ['parse', 'a.txt', FORGED, '--format', format],
  exit: 0,
  stdoutIncludes: SHOWN[format],
  stdoutExcludes: RAW[format],
  threaded: false,
}));

const actionsCases: HostileCase[] = ['table', 'json', 'yaml', 'csv', 'md'].map((format) => ({
  name: `actions --format ${format}: hostile minutes and file names come out inert`,
  setup,
  args: ['actions', '.', '--format', format],
  exit: 0,
  stdoutIncludes: SHOWN[format],
  stdoutExcludes: RAW[format],
}));

const diffCases: HostileCase[] = ['text', 'md', 'json'].map((format) => ({
  name: `diff --format ${format}: hostile minutes and file names come out inert`,
  setup,
  args: ['diff', 'a.txt', FORGED, '--format', format],
  exit: 0,
  stdoutIncludes: { json: ['\\u202e', '\\u001b[2J'], md: ['\\<script>'], text: [FORGED_SHOWN] }[format],
  stdoutExcludes: RAW[format],
}));

const attendanceCases: HostileCase[] = ['table', 'csv', 'md', 'json'].map((format) => ({
  name: `attendance --format ${format}: an undated meeting's file name is an inert column title`,
  setup,
  args: ['attendance', '.', '--format', format],
  exit: 0,
  stdoutIncludes: {
    csv: [`"'=HYPERLINK(""evil.example"")x.txt"`, UNDATED_SHOWN],
    json: ['\\u009b2J'],
    md: ['=HYPERLINK("evil.example")x.txt', UNDATED_SHOWN.replace(/\\/g, '\\\\').replace('[', '\\[')],
    table: ['=HYPERLINK("evil.example")x.txt', UNDATED_SHOWN],
  }[format],
  stdoutExcludes: format === 'csv' ? [',"=HYPERLINK'] : format === 'md' ? [' <iframe'] : [],
}));

const checkCases: HostileCase[] = ['stylish', 'json', 'github', 'sarif'].map((format) => ({
  name: `check --format ${format}: file names and findings cannot forge lines or workflow commands`,
  setup,
  args: ['check', '.', '--format', format],
  exit: 1,
  stdoutIncludes: {
    stylish: [`\n${FORGED_SHOWN}\n`, 'Unexpected owner `Nobody \\u202e\\x1b[31m`'],
    json: ['"file": "b\\n::error file=x::pwned\\u001b[31m.txt"'],
    // GitHub's own escaping for properties: %0A for the line break, %3A for each colon.
    github: ['::warning file=b%0A%3A%3Aerror file=x%3A%3Apwned.txt,line=10'],
    sarif: ['b%0A%3A%3Aerror%20file%3Dx%3A%3Apwned%1B%5B31m.txt'],
  }[format],
  stdoutExcludes: ['\n::error file=x'],
  threaded: false,
}));

const ownerCases: HostileCase[] = [
  ...['constructor', 'hasOwnProperty'].map((owner) => ({
    name: `actions --owner ${owner}: a name that is also an Object property is just a name`,
    setup,
    args: ['actions', '.', '--owner', owner, '--format', 'json'],
    exit: 0,
    stdoutIncludes: ['[]'],
  })),
  {
    name: 'an alias named __proto__ in the configuration is an alias like any other',
    setup(dir: string) {
      setup(dir);
      writeFileSync(join(dir, 'vawg.config.yaml'), 'aliases:\n  __proto__: Jo Bloggs\n');
    },
    args: ['actions', 'a.txt', '--owner', '__proto__', '--format', 'json'],
    exit: 0,
    stdoutIncludes: ['Send the'],
  },
];

const stderrCases: HostileCase[] = [
  {
    name: 'a warning naming a file with a line break and ESC is one line of stderr',
    setup(dir) {
      writeFileSync(join(dir, FORGED), 'Finance Committee\n\nPresent: Jo Bloggs\n\nACTION (Jo Bloggs) – Do it.\n');
    },
    args: ['actions', FORGED],
    exit: 0,
    stderrIncludes: [`${FORGED_SHOWN}:1:1: warning: no meeting date found`],
  },
  {
    name: 'a missing file with a line break and ESC in its name is reported on one line',
    setup,
    args: ['parse', 'missing\n::error::x\x1b[2J.txt'],
    exit: 1,
    stderrIncludes: ['missing\\n::error::x\\x1b[2J.txt'],
    threaded: false,
  },
  {
    name: 'actions: a folder that does not exist, named with ESC and a line break, is reported on one line',
    setup,
    args: ['actions', 'gone\n::error::\x1b]0;t\x07'],
    exit: 1,
    stderrIncludes: ['gone\\n::error::\\x1b]0;t\\x07'],
  },
];

export const cases: HostileCase[] = [...parseCases, ...actionsCases, ...diffCases, ...attendanceCases, ...checkCases, ...ownerCases, ...stderrCases];
