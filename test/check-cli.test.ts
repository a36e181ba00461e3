import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { github } from '../src/check/report/github.js';
import { RULES } from '../src/check/rules/index.js';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

const HEAD = 'Safer Streets Board – 1 March 2024\n\nPresent: Jo Bloggs (JB), Sam Lee (SL), Priya Shah (PS)\nApologies: Alex Green\n\n';
/** No findings. */
const CLEAN = `${HEAD}1. Funding\nACTION (Sam Lee) – Send the funding paper to members.\n`;
/** One warning (initials-known, line 6). */
const ONE_WARNING = `${HEAD}KN said the grant was late.\n`;
/** Two warnings (initials-known, lines 6 and 7). */
const TWO_WARNINGS = `${HEAD}KN said the grant was late.\nRT asked about the timetable.\n`;
/** One error (action-malformed, line 6) and one warning (initials-known, line 7). */
const ERROR_AND_WARNING = `${HEAD}ACTON (Sam Lee) – Send the funding paper to members.\nKN said the grant was late.\n`;

/** A temporary folder holding the given files (relative path → text or bytes). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function check(files: Record<string, string | Uint8Array>, args: string[] = ['.']) {
  const io = fakeIo({ cwd: folder(files) });
  const code = await run(['check', ...args], io);
  return { code, out: io.out, err: io.err, io };
}

interface JsonResult {
  file: string;
  findings: { file: string; line: number; column: number; severity: string; ruleId: string; messageId: string }[];
}

interface ExitCase {
  name: string;
  files: Record<string, string>;
  args: string[];
  exitCode: number;
}

describe('exit codes', () => {
  test.each<ExitCase>([
    { name: 'clean minutes', files: { 'a.txt': CLEAN }, args: ['.'], exitCode: 0 },
    { name: 'warnings only', files: { 'a.txt': ONE_WARNING }, args: ['.'], exitCode: 0 },
    { name: 'an error', files: { 'a.txt': ERROR_AND_WARNING }, args: ['.'], exitCode: 1 },
    { name: 'an error among clean files', files: { 'a.txt': CLEAN, 'b.md': ERROR_AND_WARNING }, args: ['.'], exitCode: 1 },
    { name: 'more warnings than --max-warnings', files: { 'a.txt': TWO_WARNINGS }, args: ['.', '--max-warnings', '1'], exitCode: 1 },
    { name: '--max-warnings 0 with a warning', files: { 'a.txt': ONE_WARNING }, args: ['.', '--max-warnings', '0'], exitCode: 1 },
    { name: 'warnings equal to --max-warnings', files: { 'a.txt': TWO_WARNINGS }, args: ['.', '--max-warnings', '2'], exitCode: 0 },
    { name: 'warnings within --max-warnings', files: { 'a.txt': ONE_WARNING }, args: ['.', '--max-warnings', '5'], exitCode: 0 },
    { name: 'a file named on the command line', files: { 'a.txt': ERROR_AND_WARNING, 'b.txt': CLEAN }, args: ['b.txt'], exitCode: 0 },
    { name: 'a glob', files: { 'minutes/a.txt': CLEAN, 'minutes/b.md': CLEAN, 'other.txt': ERROR_AND_WARNING }, args: ['minutes/*.{txt,md}'], exitCode: 0 },
    { name: 'a bad --max-warnings', files: { 'a.txt': CLEAN }, args: ['.', '--max-warnings', 'lots'], exitCode: 2 },
    { name: 'an unknown --format', files: { 'a.txt': CLEAN }, args: ['.', '--format', 'xml'], exitCode: 2 },
  ])('$name → exit $exitCode', async ({ files, args, exitCode }) => {
    expect((await check(files, args)).code).toBe(exitCode);
  });

  test('a missing file: one line on stderr, exit 2, and the other files are still checked', async () => {
    const { code, out, err } = await check({ 'a.txt': ONE_WARNING }, ['nope.txt', 'a.txt', '--format', 'json']);
    expect(code).toBe(2);
    expect(err).toBe('vawg: nope.txt: no such file, folder or matching glob\n');
    expect((JSON.parse(out) as JsonResult[]).map((r) => r.file)).toEqual(['a.txt']);
  });

  test('a glob matching nothing is exit 2', async () => {
    const { code, err } = await check({ 'a.txt': CLEAN }, ['minutes/**/*.md']);
    expect(code).toBe(2);
    expect(err).toContain('minutes/**/*.md');
  });

  test.each([
    ['a binary file', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0])],
    ['an empty file', ''],
  ])('%s cannot be read: named on stderr, exit 2, the others still checked', async (_name, content) => {
    const { code, out, err } = await check({ 'bad.txt': content, 'good.txt': ONE_WARNING }, ['.', '--format', 'json']);
    expect(code).toBe(2);
    expect(err).toMatch(/^vawg: bad\.txt: .+\n$/);
    expect((JSON.parse(out) as JsonResult[]).map((r) => r.file)).toEqual(['good.txt']);
  });

  test('unreadable beats clean: exit 2 even when the readable files have no findings', async () => {
    expect((await check({ 'bad.txt': '', 'good.txt': CLEAN })).code).toBe(2);
  });

  test.each([
    ['a bad severity', 'rules:\n  meeting-date: loud\n', /vawg\.config\.yaml: `rules\.meeting-date` must be off, warning or error/],
    ['an unknown setting', 'rulez:\n  meeting-date: off\n', /vawg\.config\.yaml: unknown setting `rulez`/],
    ['invalid YAML', 'rules: [\n', /vawg\.config\.yaml: is not valid YAML/],
  ])('a bad config (%s) is one line naming the file, exit 2', async (_name, config, message) => {
    const { code, out, err } = await check({ 'vawg.config.yaml': config, 'a.txt': CLEAN });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  test('a missing --config file is exit 2', async () => {
    const { code, err } = await check({ 'a.txt': CLEAN }, ['.', '--config', 'nope.yaml']);
    expect(code).toBe(2);
    expect(err).toMatch(/nope\.yaml: cannot be read/);
  });

  test('no paths and no `minutes:` in the config is a usage error, exit 2', async () => {
    const { code, err } = await check({ 'a.txt': CLEAN }, []);
    expect(code).toBe(2);
    expect(err).toContain('no minutes given');
  });
});

describe('configuration', () => {
  test('`minutes:` globs name the files when no paths are given', async () => {
    const { code, out } = await check({ 'vawg.config.yaml': 'minutes: ["minutes/*.txt"]\n', 'minutes/a.txt': ERROR_AND_WARNING, 'notes.txt': ONE_WARNING }, ['--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(out) as JsonResult[]).map((r) => r.file)).toEqual([join('minutes', 'a.txt')]);
  });

  test('rules in the config turn an error off and a warning into an error', async () => {
    const config = 'rules:\n  action-malformed: off\n  initials-known: error\n';
    const { code, out } = await check({ 'vawg.config.yaml': config, 'a.txt': ERROR_AND_WARNING }, ['a.txt', '--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(out) as JsonResult[])[0].findings.map((f) => [f.ruleId, f.severity])).toEqual([['initials-known', 'error']]);
  });

  test('--as-of decides which actions are overdue', async () => {
    const files = { 'a.txt': `${HEAD}ACTION (Sam Lee) – Send the funding paper to members by 15 March 2024.\n` };
    const before = await check(files, ['.', '--as-of', '2024-03-10', '--format', 'json']);
    expect((JSON.parse(before.out) as JsonResult[])[0].findings).toEqual([]);
    const after = await check(files, ['.', '--as-of', '2024-04-01', '--format', 'json']);
    expect((JSON.parse(after.out) as JsonResult[])[0].findings.map((f) => [f.ruleId, f.messageId, f.line])).toEqual([['action-overdue', 'overdue', 6]]);
    expect((await check(files, ['.', '--as-of', '1 April'])).code).toBe(2);
  });
});

describe('--quiet', () => {
  test('stylish shows only errors, and the summary counts only them', async () => {
    const loud = await check({ 'a.txt': ERROR_AND_WARNING });
    expect(loud.out).toContain('initials-known');
    expect(loud.out).toContain('action-malformed');
    const { code, out } = await check({ 'a.txt': ERROR_AND_WARNING }, ['.', '--quiet']);
    expect(code).toBe(1);
    expect(out).toContain('action-malformed');
    expect(out).not.toContain('initials-known');
    expect(out).not.toMatch(/ warning /);
    expect(out).toContain('1 problem (1 error, 0 warnings)');
  });

  test('warnings only: nothing printed, exit 0', async () => {
    const { code, out } = await check({ 'a.txt': TWO_WARNINGS }, ['.', '--quiet']);
    expect(code).toBe(0);
    expect(out).toBe('');
  });

  test('json keeps only errors', async () => {
    const { out } = await check({ 'a.txt': ERROR_AND_WARNING }, ['.', '--quiet', '--format', 'json']);
    expect((JSON.parse(out) as JsonResult[])[0].findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('--format stylish', () => {
  test('clean minutes print nothing', async () => {
    const { code, out, err } = await check({ 'a.txt': CLEAN });
    expect([code, out, err]).toEqual([0, '', '']);
  });

  test('findings are grouped under the file with line:column, severity and rule id; no colour off a terminal', async () => {
    const { out } = await check({ 'a.txt': ERROR_AND_WARNING });
    const lines = out.split('\n');
    expect(lines[0]).toBe('a.txt');
    expect(lines[1]).toMatch(/^ {2}6:1 {2}error {4}.+ {2}action-malformed$/);
    expect(lines[2]).toMatch(/^ {2}7:1 {2}warning {2}.+ {2}initials-known$/);
    expect(out).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(out).not.toContain('\u001b[');
  });
});

describe('--format json', () => {
  test('an array of files with their findings', async () => {
    const { code, out } = await check({ 'a.txt': ERROR_AND_WARNING, 'b.txt': CLEAN }, ['.', '--format', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(out) as JsonResult[];
    expect(results.map((r) => r.file)).toEqual(['a.txt', 'b.txt']);
    expect(results[0].findings.map(({ file, line, column, severity, ruleId, messageId }) => ({ file, line, column, severity, ruleId, messageId }))).toEqual([
      { file: 'a.txt', line: 6, column: 1, severity: 'error', ruleId: 'action-malformed', messageId: 'misspelt-marker' },
      { file: 'a.txt', line: 7, column: 1, severity: 'warning', ruleId: 'initials-known', messageId: 'unknown-initials' },
    ]);
    expect(results[1].findings).toEqual([]);
  });

  test('--out writes the report instead of printing it', async () => {
    const { code, out, io } = await check({ 'a.txt': ONE_WARNING }, ['.', '--format', 'json', '--out', 'report.json']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(JSON.parse(String(io.written.get('report.json')))).toHaveLength(1);
  });
});

describe('--format github', () => {
  test('one workflow command per finding, with %, : and , escaped in properties and % in the message', async () => {
    // A file name and a message with a comma, a colon and a percent sign.
    const text = `${HEAD}ACTION Sam Lee send 100% of it, now\nKN said the grant was late.\n`;
    const { code, out } = await check({ 'draft, v2: 100%.txt': text }, ['.', '--format', 'github']);
    expect(code).toBe(1);
    expect(out).toBe(
      '::error file=draft%2C v2%3A 100%25.txt,line=6,col=1,title=vawg action-malformed::Unexpected `ACTION Sam Lee send 100%25 of it, now`, expected `ACTION (owner) – text`\n' +
        '::warning file=draft%2C v2%3A 100%25.txt,line=7,col=1,title=vawg initials-known::Unexpected initials `KN`, expected the initials of an attendee or apology\n',
    );
  });

  test('every line has the shape GitHub reads', async () => {
    const { out } = await check({ 'a.txt': ERROR_AND_WARNING, 'sub/b.md': TWO_WARNINGS }, ['.', '--format', 'github']);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:\r\n]+,line=\d+,col=\d+,title=vawg [a-z-]+::[^\r\n]+$/);
    expect(lines[2]).toMatch(/^::warning file=sub\/b\.md,line=6,col=1,title=vawg initials-known::/);
  });

  test('clean minutes print nothing', async () => {
    expect((await check({ 'a.txt': CLEAN }, ['.', '--format', 'github'])).out).toBe('');
  });

  test('CR and LF are escaped in the message and in properties, after %', () => {
    const finding = { file: 'a\r\nb.txt', line: 3, column: 2, severity: 'warning' as const, ruleId: 'x-rule', messageId: 'm', reason: '50% done\r\nsecond line: a, b' };
    expect(github([{ file: finding.file, findings: [finding] }])).toBe('::warning file=a%0D%0Ab.txt,line=3,col=2,title=vawg x-rule::50%25 done%0D%0Asecond line: a, b\n');
  });
});

describe('--format sarif', () => {
  // The SARIF 2.1.0 schema (schemastore's sarif-2.1.0-rtm.5, JSON Schema draft-04) as shipped by
  // @microsoft/jest-sarif; its `language` pattern is not a valid unicode-mode RegExp, so unicodeRegExp is off.
  const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // Both packages are CommonJS whose module.exports also carries `.default`, the form TypeScript types.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  interface SarifLog {
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; defaultConfiguration: { level: string } }[] } };
      results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    }[];
  }

  test('the log is valid against the SARIF 2.1.0 JSON Schema', async () => {
    const { code, out } = await check({ 'a.txt': ERROR_AND_WARNING, 'minutes/b.md': TWO_WARNINGS, 'c.txt': CLEAN }, ['.', '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(out);
    expect(validate(log), errorsOf().join('\n')).toBe(true);
  });

  test('results point at the rules, files and lines the findings do', async () => {
    const { out } = await check({ 'a.txt': ERROR_AND_WARNING, 'minutes/b.md': ONE_WARNING }, ['.', '--format', 'sarif']);
    const log = JSON.parse(out) as SarifLog;
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('vawg');
    expect(driver.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(driver.rules.map((r) => r.defaultConfiguration.level)).toEqual(RULES.map((r) => r.severity));
    const results = log.runs[0].results;
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn])).toEqual([
      ['action-malformed', 'error', 'a.txt', 6, 1],
      ['initials-known', 'warning', 'a.txt', 7, 1],
      ['initials-known', 'warning', 'minutes/b.md', 6, 1],
    ]);
    for (const result of results) {
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.message.text.length).toBeGreaterThan(0);
    }
  });

  test('a finding no rule makes (a directive naming no rule) has no rule index', async () => {
    const { out } = await check({ 'a.md': `${HEAD}<!-- vawg-disable-next-line nosuch -->\nKN said the grant was late.\n` }, ['.', '--format', 'sarif']);
    const log = JSON.parse(out) as SarifLog;
    expect(validate(log), errorsOf().join('\n')).toBe(true);
    const [directive, rule] = log.runs[0].results;
    expect([directive.ruleId, directive.ruleIndex]).toEqual(['directive', undefined]);
    expect(log.runs[0].tool.driver.rules[rule.ruleIndex].id).toBe('initials-known');
  });

  test('the validator is not vacuous: a bad level, an empty message or line 0 is rejected', async () => {
    const { out } = await check({ 'a.txt': ONE_WARNING }, ['.', '--format', 'sarif']);
    const mutations: ((log: SarifLog) => void)[] = [
      (log) => (log.runs[0].results[0].level = 'fatal'),
      (log) => (log.runs[0].results[0].message = {} as { text: string }),
      (log) => (log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0),
      (log) => (log.version = '2.0.0'),
    ];
    for (const mutate of mutations) {
      const log = JSON.parse(out) as SarifLog;
      mutate(log);
      expect(validate(log)).toBe(false);
    }
  });

  test('a clean run is a valid log with no results', async () => {
    const { code, out } = await check({ 'a.txt': CLEAN }, ['.', '--format', 'sarif']);
    expect(code).toBe(0);
    const log = JSON.parse(out) as SarifLog;
    expect(validate(log), errorsOf().join('\n')).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  // A space (common in minutes file names) or a % would make the log invalid against the schema's uri-reference.
  test('file names with spaces and % are percent-encoded in artifactLocation.uri', async () => {
    const { out } = await check({ 'Board minutes 100%.txt': ONE_WARNING }, ['.', '--format', 'sarif']);
    const log = JSON.parse(out) as SarifLog;
    expect(validate(log), errorsOf().join('\n')).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('Board%20minutes%20100%25.txt');
  });
});

describe('conventions of other linters', () => {
  test('--max-warnings says why the run failed', async () => {
    const { code, err } = await check({ 'a.txt': TWO_WARNINGS }, ['.', '--max-warnings', '0']);
    expect(code).toBe(1);
    expect(err).toBe('vawg: too many warnings (2). Maximum allowed is 0.\n');
    expect((await check({ 'a.txt': TWO_WARNINGS }, ['.', '--max-warnings', '2'])).err).toBe('');
  });

  test('--as-of takes the date forms of the minutes, numeric ones in the configured order', async () => {
    const files = { 'a.txt': `${HEAD}ACTION (Sam Lee) – Send the funding paper to members by 15 March 2024.\n` };
    const overdue = async (args: string[], extra: Record<string, string> = {}) =>
      (JSON.parse((await check({ ...files, ...extra }, ['a.txt', '--format', 'json', ...args])).out) as JsonResult[])[0].findings.length;
    expect(await overdue(['--as-of', '16/03/2024'])).toBe(1);
    expect(await overdue(['--as-of', '10 March 2024'])).toBe(0);
    expect(await overdue(['--as-of', '1 April 2024'])).toBe(1);
    // 03/04/2024: 3 April day first, 4 March with `dateOrder: mdy`.
    expect(await overdue(['--as-of', '03/04/2024'])).toBe(1);
    expect(await overdue(['--as-of', '03/04/2024'], { 'vawg.config.yaml': 'dateOrder: mdy\n' })).toBe(0);
    const bad = await check(files, ['a.txt', '--as-of', '31/02/2024']);
    expect([bad.code, bad.err]).toEqual([2, 'vawg: --as-of: there is no such day as 31/02/2024\n']);
  });

  test('--color and --no-color, then FORCE_COLOR and NO_COLOR, then the terminal decide the colour', async () => {
    const coloured = async (args: string[], env: Record<string, string> = {}, isTTY = false) => {
      const io = fakeIo({ cwd: folder({ 'a.txt': ONE_WARNING }), env, isTTY });
      await run(['check', '.', ...args], io);
      return io.out.includes('\u001b[');
    };
    expect(await coloured([])).toBe(false);
    expect(await coloured([], {}, true)).toBe(true);
    expect(await coloured(['--color'])).toBe(true);
    expect(await coloured(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(await coloured([], { FORCE_COLOR: '1' })).toBe(true);
    expect(await coloured([], { FORCE_COLOR: '0' }, true)).toBe(true);
    expect(await coloured([], { NO_COLOR: '1' }, true)).toBe(false);
  });

  test('vawg help names an unknown command, and explains a known one', async () => {
    const unknown = fakeIo();
    expect(await run(['help', 'nosuch'], unknown)).toBe(2);
    expect([unknown.out, unknown.err]).toEqual(['', "vawg: unknown command 'nosuch' (run vawg help for usage)\n"]);
    const known = fakeIo();
    expect(await run(['help', 'check'], known)).toBe(0);
    expect(known.out).toContain('Usage: vawg check');
  });

  test('an unknown rule in the configuration names the configuration file', async () => {
    const { code, err } = await check({ 'vawg.config.yaml': 'rules:\n  nosuch-rule: off\n', 'a.txt': CLEAN }, ['a.txt']);
    expect(code).toBe(2);
    expect(err).toMatch(/^vawg: .*vawg\.config\.yaml: unknown rule `nosuch-rule` in `rules`/);
  });

  test('--report-unused-disable-directives reports comments that silence nothing', async () => {
    const files = { 'a.md': `${HEAD}<!-- vawg-disable-next-line owner-known -->\nNothing to see.\n` };
    expect((await check(files, ['.'])).code).toBe(0);
    const { code, out } = await check(files, ['.', '--report-unused-disable-directives', '--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(out) as JsonResult[])[0].findings.map((f) => [f.ruleId, f.messageId, f.line])).toEqual([['directive', 'unused-directive', 6]]);
  });
});
