import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateConfig, aliasFor } from '../src/config/config.js';
import { emitAttendanceCsv, emitAttendanceMarkdown } from '../src/emit/attendance.js';
import { emitCsv, neutraliseFormula } from '../src/emit/csv.js';
import { emitDiffMarkdown } from '../src/emit/diff.js';
import { jsonText } from '../src/emit/json.js';
import { emitMarkdown } from '../src/emit/markdown.js';
import { markdownCell, markdownText } from '../src/emit/markdown-text.js';
import { emitRegisterCsv, emitRegisterMarkdown } from '../src/emit/register.js';
import { oneLine, safeForTerminal } from '../src/emit/terminal.js';
import { workflowData, workflowProperty } from '../src/emit/workflow-command.js';
import { yamlText } from '../src/emit/yaml.js';
import { parseMinutes } from '../src/parse/index.js';
import { buildAttendance } from '../src/register/attendance.js';
import { diffMeetings } from '../src/register/diff.js';
import { filterRegister } from '../src/register/filter.js';
import { buildRegister } from '../src/register/register.js';

// Raw HTML, links, images, autolinks, e-mail addresses and mentions in every place the markdown shows minutes text.
const MINUTES = `Finance Committee <script>alert(1)</script> [x](https://evil.example) – 3 March 2025

Present: Jo Bloggs (Chair <iframe src=x></iframe> www.evil.example), Sam Lee

Location: - <b>Room</b> ![img](http://evil.example/i.png)

1. Budget <img src=x onerror=alert(1)> www.evil.example <https://evil.example>

DECISION: Approve [ref]: http://evil.example &lt;b&gt; jo@evil.example @octocat

ACTION (Jo Bloggs) – Send the budget <script>x</script> [a](http://e.x) https://evil.example.
`;
const FILE = '=HYPERLINK("evil")\n<b>x</b>.txt';
const older = parseMinutes(MINUTES, { file: FILE });
const newer = parseMinutes(MINUTES.replace('3 March', '7 April').replace('Send the', 'Post the'), { file: 'b.txt' });
const undated = parseMinutes('Finance Committee\n\nPresent: Jo Bloggs\n', { file: FILE });

const processor = unified().use(remarkParse).use(remarkGfm);

/** Every node a GitHub-flavoured renderer would turn into HTML or a link; `<br>` in table cells is ours. */
function markupNodes(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html' && node.value !== '<br>') found.push(`html ${node.value}`);
    if (['link', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition'].includes(node.type)) found.push(node.type);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(processor.runSync(processor.parse(markdown)) as Root);
  return found;
}

/** The text a reader sees: text and inline code values, without the invisible word joiners that break autolinks. */
function renderedText(markdown: string): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(processor.runSync(processor.parse(markdown)) as Root);
  return parts.join('').replace(/\u2060/g, '');
}

describe('markdown output renders the minutes as text (remark with GFM)', () => {
  const outputs = {
    'parse --format md': emitMarkdown([older, undated]),
    'actions --format md': emitRegisterMarkdown(buildRegister([older, newer]).entries),
    'diff --format md': emitDiffMarkdown(diffMeetings(undated, newer)),
    'attendance --format md': emitAttendanceMarkdown(buildAttendance([older, undated])),
  };
  test.each(Object.entries(outputs))('%s has no HTML, links or images from the minutes', (_name, markdown) => {
    expect(markupNodes(markdown)).toEqual([]);
  });

  test('the summary still shows what the minutes say', () => {
    const text = renderedText(outputs['parse --format md']);
    for (const shown of ['<script>alert(1)</script>', '<iframe src=x></iframe>', '<img src=x onerror=alert(1)>', 'www.evil.example', 'https://evil.example', 'jo@evil.example', '@octocat', '&lt;b&gt;', '[ref]: http://evil.example']) {
      expect(text).toContain(shown);
    }
  });

  test('a location that starts with a list marker stays on the line of the date', () => {
    const meeting = parseMinutes('Finance Committee\n\nLocation: - Room 1\n', { file: 'x.txt' });
    const tree = processor.parse(emitMarkdown([{ ...meeting, location: '- Room 1' }])) as Root;
    expect(tree.children.map((node) => node.type)).not.toContain('list');
  });

  const MARKUP_CHARS = ['<', '>', '[', ']', '(', ')', '!', '*', '_', '`', '~', '|', '\\', '&', '#', ';', ':', '/', '@', '.', 'www', 'http', 'a', ' ', '-', '=', '\n', '\x1b', '\u202e', 'amp', 'lt', '1', 'mailto:', 'xmpp:', '^', '"', '+', '\u00a0'];
  test('any text comes out as exactly that text, in a paragraph or a table cell', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKUP_CHARS), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const expected = `x ${safeForTerminal(text).replace(/[\t\n]+/g, ' ')} x`;
        const paragraph = `x ${markdownText(text)} x`;
        expect(markupNodes(paragraph)).toEqual([]);
        expect(renderedText(paragraph)).toBe(expected);
        const table = `| a |\n| --- |\n| ${markdownCell(expected)} |`;
        expect(markupNodes(table)).toEqual([]);
        expect(renderedText(table)).toBe(`a${expected}`);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('CSV: every cell of every CSV, headers included, is text to a spreadsheet', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const hostile = parseMinutes('Finance Committee – 3 March 2025\n\nPresent: Jo Bloggs\n\nACTION (Jo Bloggs) – \x1b=1+1 \x9b31m now\n', { file: '\x1b=cmd.txt' });
  const csvs = {
    'parse --format csv': emitCsv([hostile, undated]),
    'actions --format csv': emitRegisterCsv(buildRegister([hostile, undated]).entries),
    'attendance --format csv': emitAttendanceCsv(buildAttendance([hostile, undated])),
  };
  test.each(Object.entries(csvs))('%s', (_name, csv) => {
    const cells = (parseCsv(csv, { bom: true, relax_column_count: true }) as string[][]).flat();
    // A sign alone ("-" for no one) or a plain number is never a formula.
    expect(cells.filter((cell) => (FORMULA.test(cell) && !/^[-+]$|^[-+]?\d+(?:[.,]\d+)?%?$/.test(cell)) || CONTROL.test(cell))).toEqual([]);
  });

  test('only cells a spreadsheet would evaluate are guarded: a sign alone and plain numbers stay as they are', () => {
    expect(['-', '+', '-5', '+2.5', '-12,5', '50%', 'Complete'].map((cell) => neutraliseFormula(cell))).toEqual(['-', '+', '-5', '+2.5', '-12,5', '50%', 'Complete']);
    expect(['- Complete', '-2+3', '+44 20 7946 0000', '=1+1', '@SUM(1)', '\t=1'].map((cell) => neutraliseFormula(cell))).toEqual(["'- Complete", "'-2+3", "'+44 20 7946 0000", "'=1+1", "'@SUM(1)", "'\t=1"]);
  });

  test("an undated meeting's column title is its file name, neutralised", () => {
    const [header] = parseCsv(emitAttendanceCsv(buildAttendance([undated])), { bom: true }) as string[][];
    expect(header).toContain(`'=HYPERLINK("evil")\\n<b>x</b>.txt`);
  });
});

describe('one line for the terminal and CI logs', () => {
  test('control characters, line breaks and bidi overrides are shown, not obeyed', () => {
    expect(oneLine('a\n::error::x\r\x1b[31m\u202e\x9b\t')).toBe('a\\n::error::x\\r\\x1b[31m\\u202e\\x9b\\t');
  });

  test('8-bit CSI and OSC sequences are removed whole from minutes text', () => {
    expect(safeForTerminal('a\x9b2Jb\x1b]0;title\x07c\u2028d')).toBe('abcd');
  });
});

describe('GitHub workflow commands use GitHub\'s own escaping', () => {
  test('a property cannot end itself or the line', () => {
    expect(workflowProperty('a\r\n::error file=x,y:1%\x1b[31m')).toBe('a%0D%0A%3A%3Aerror file=x%2Cy%3A1%25');
  });

  test('data keeps : and , but not line breaks or escape sequences', () => {
    expect(workflowData('50% done\n::error::x\x1b[2J')).toBe('50%25 done%0A::error::x');
  });
});

describe('JSON and YAML carry every character, none of them raw', () => {
  const RAW = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  test('any string survives a round trip, escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\x85', '\x9b', '\u2028', '\u202e', '\x7f', 'a', ' ', ':', '"', '#', '-') }), (any, risky) => {
        const value = { text: any, risky, list: [risky] };
        const json = jsonText(value);
        const yaml = yamlText(value);
        expect(RAW.test(json) || RAW.test(yaml)).toBe(false);
        expect(JSON.parse(json)).toEqual(value);
        expect(parseYaml(yaml)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('lookups keyed by text from the minutes, the command line or the configuration', () => {
  const register = buildRegister([older, newer]).entries;
  test.each(['constructor', 'hasOwnProperty'])('--owner %s is just a name', (owner) => {
    expect(filterRegister(register, { owner, state: 'all' })).toEqual([]);
  });

  test('attendees named like Object properties are counted like anyone else', () => {
    const meeting = parseMinutes('Finance Committee – 3 March 2025\n\nPresent: Jo Bloggs\n', { file: 'x.txt' });
    const people = ['constructor', 'toString', '__proto__'].map((name, line) => ({ ...meeting.attendees[0], name, line }));
    const attendance = buildAttendance([{ ...meeting, attendees: people }]);
    expect(attendance.people.map((p) => p.name).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });

  test('an alias or rule named __proto__ in the configuration is kept as written', () => {
    const config = validateConfig({ aliases: JSON.parse('{"__proto__": "Jo Bloggs"}'), rules: JSON.parse('{"__proto__": "off"}') }, 'vawg.yaml', '/');
    expect(aliasFor(config.aliases, '__proto__')).toBe('Jo Bloggs');
    expect(aliasFor(config.aliases, 'constructor')).toBeUndefined();
    expect(Object.keys(config.rules)).toEqual(['__proto__']);
    expect(filterRegister(register, { owner: '__proto__', state: 'all' }, config.aliases).length).toBeGreaterThan(0);
  });
});
