import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import { github } from '../src/check/report/github.js';
import { json } from '../src/check/report/json.js';
import { sarif } from '../src/check/report/sarif.js';
import { stylish } from '../src/check/report/stylish.js';
import { RULES } from '../src/check/rules/index.js';
import type { FileResult } from '../src/check/run.js';
import { run } from '../src/cli/program.js';
import type { Diagnostic } from '../src/model/types.js';
import { describeLine, placeOf } from '../src/read/position.js';
import { fakeIo } from './helpers/fake-io.js';

// A line number is told in the terms of the file it is from: a text file's line, a Word document's
// paragraph, a PDF's page and line.

describe('describeLine and placeOf', () => {
  test.each([
    ['minutes.txt', undefined, 12, 'line 12', '12', true],
    ['minutes.md', undefined, 12, 'line 12', '12', true],
    ['page.html', undefined, 12, 'line 12', '12', true],
    ['minutes.docx', undefined, 12, 'paragraph 12', '¶12', false],
    ['MINUTES.DOCX', undefined, 3, 'paragraph 3', '¶3', false],
    // Pages start at lines 1, 40 and 81: line 40 is the first of page 2, line 95 the 15th of page 3.
    ['minutes.pdf', [1, 40, 81], 40, 'page 2, line 1', 'p.2 l.1', false],
    ['minutes.pdf', [1, 40, 81], 95, 'page 3, line 15', 'p.3 l.15', false],
    ['minutes.pdf', [1, 40, 81], 39, 'page 1, line 39', 'p.1 l.39', false],
    // A PDF whose pages are not known is told by its line alone, never as a line of the file on disk.
    ['minutes.pdf', undefined, 7, 'line 7', 'l.7', false],
  ])('%s (pages %j) line %i is "%s"', (file, pageStarts, line, text, short, inFile) => {
    expect(describeLine({ file, pageStarts }, line)).toEqual({ text, short, inFile });
  });

  test('a source in a table: file and lines, in the file’s terms', () => {
    expect(placeOf({ file: 'a.txt' }, [3, 5])).toBe('a.txt:3,5');
    expect(placeOf({ file: 'a.docx' }, [12, 14])).toBe('a.docx ¶12,14');
    expect(placeOf({ file: 'a.pdf', pageStarts: [1, 40] }, [39, 41])).toBe('a.pdf p.1 l.39, p.2 l.2');
  });
});

const finding = (file: string, line: number, ruleId = 'initials-known'): Diagnostic => ({ file, line, column: 1, severity: 'warning', ruleId, messageId: 'unknown-initials', reason: 'Unexpected initials `KN`' });
const pdfResult: FileResult = { file: 'minutes.pdf', pageStarts: [1, 40, 81], findings: [finding('minutes.pdf', 95)] };

/** The SARIF 2.1.0 schema, as the SARIF tests in check-cli.test.ts use it. */
function sarifValidator() {
  const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

/** A Word document with one error (a misspelt ACTION, paragraph 6) and one warning (unknown initials, paragraph 7). */
async function wordMinutes(): Promise<Buffer> {
  const paragraphs = ['Safer Streets Board – 1 March 2024', 'Present: Jo Bloggs (JB), Sam Lee (SL), Priya Shah (PS)', 'Apologies: Alex Green', '1. Funding', 'The board discussed the grant.', 'ACTON (Sam Lee) – Send the funding paper to members.', 'KN said the grant was late.'];
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] }));
}

async function checkWord(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-positions-'));
  writeFileSync(join(dir, 'minutes.docx'), await wordMinutes());
  const io = fakeIo({ cwd: dir });
  const code = await run(['check', 'minutes.docx', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('vawg check on a Word document', () => {
  test('stylish: findings at their paragraphs', async () => {
    const { code, out } = await checkWord();
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toBe('minutes.docx');
    expect(lines[1]).toMatch(/^ {2}paragraph 6 {2}error {4}.+ {2}action-malformed$/);
    expect(lines[2]).toMatch(/^ {2}paragraph 7 {2}warning {2}.+ {2}initials-known$/);
  });

  test('json: the model’s line, and the position in words', async () => {
    const results = JSON.parse((await checkWord('--format', 'json')).out);
    expect(results[0].findings.map((f: { line: number; position: string }) => [f.line, f.position])).toEqual([
      [6, 'paragraph 6'],
      [7, 'paragraph 7'],
    ]);
  });

  test('github: annotations on the file, no line GitHub would point into the binary file; the paragraph opens the message', async () => {
    const { out } = await checkWord('--format', 'github');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=minutes\.docx,title=vawg action-malformed::paragraph 6: Unexpected /);
    expect(lines[1]).toMatch(/^::warning file=minutes\.docx,title=vawg initials-known::paragraph 7: Unexpected initials `KN`/);
    for (const line of lines) expect(line).not.toMatch(/line=|col=/);
  });

  test('sarif: valid 2.1.0; the file with no region, the paragraph as a logical location and in the message', async () => {
    const log = JSON.parse((await checkWord('--format', 'sarif')).out);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [first] = log.runs[0].results;
    expect(first.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'minutes.docx' } }, logicalLocations: [{ name: 'paragraph 6', fullyQualifiedName: 'minutes.docx paragraph 6', kind: 'element' }] }]);
    expect(first.message.text).toMatch(/^paragraph 6: Unexpected /);
  });
});

describe('reporters on a PDF’s findings', () => {
  test('page and line, in every format', () => {
    expect(stylish([pdfResult], { color: false }).split('\n').slice(0, 2)).toEqual(['minutes.pdf', '  page 3, line 15  warning  Unexpected initials `KN`  initials-known']);
    expect(JSON.parse(json([pdfResult]))[0].findings[0]).toMatchObject({ line: 95, position: 'page 3, line 15' });
    expect(github([pdfResult])).toBe('::warning file=minutes.pdf,title=vawg initials-known::page 3, line 15: Unexpected initials `KN`\n');
    const log = JSON.parse(sarif([pdfResult], RULES, '0.0.0'));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].logicalLocations[0].name).toBe('page 3, line 15');
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
  });

  test('a text file keeps its line and column everywhere', () => {
    const text: FileResult = { file: 'a.txt', findings: [finding('a.txt', 7)] };
    expect(stylish([text], { color: false })).toContain('  7:1  warning  ');
    expect(github([text])).toContain('::warning file=a.txt,line=7,col=1,');
    expect(JSON.parse(sarif([text], RULES, '0.0.0')).runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 1 });
  });
});

describe('warnings on stderr', () => {
  test('a Word document’s warnings name the paragraph, a text file’s keep file:line:column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-positions-'));
    const paragraphs = ['Board – 1 March 2024', 'Present: Jo Bloggs, Sam Lee, Jo Bloggs'];
    writeFileSync(join(dir, 'minutes.docx'), await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] })));
    writeFileSync(join(dir, 'minutes.txt'), `${paragraphs.join('\n')}\n`);
    const io = fakeIo({ cwd: dir });
    expect(await run(['parse', 'minutes.docx', 'minutes.txt'], io)).toBe(0);
    expect(io.err.split('\n')).toEqual([
      'vawg: warning: minutes.docx, paragraph 2: `Jo Bloggs` is listed twice; remove the repeat [duplicate-attendee]',
      'minutes.txt:2:1: warning: `Jo Bloggs` is listed twice; remove the repeat [duplicate-attendee]',
      '',
    ]);
  });
});

describe('sources in tables', () => {
  async function folderWithWordAndText() {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-positions-'));
    const paragraphs = ['Board – 1 March 2024', 'Present: Jo Bloggs, Sam Lee', '1. Funding', 'ACTION (Sam Lee) – Send the funding paper to members.'];
    writeFileSync(join(dir, 'a.docx'), await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] })));
    writeFileSync(join(dir, 'b.txt'), `${paragraphs.join('\n').replace('1 March', '8 March')}\n`);
    return dir;
  }

  test('`parse --format md` and `--format csv`: a Word action at its paragraph, a text action at its line', async () => {
    const dir = await folderWithWordAndText();
    for (const format of ['md', 'csv']) {
      const io = fakeIo({ cwd: dir });
      expect(await run(['parse', '--format', format, 'a.docx', 'b.txt'], io)).toBe(0);
      expect(io.out).toContain('a.docx ¶4');
      expect(io.out).toContain('b.txt:4');
    }
  });

  test('`actions`: the Source column in every table format', async () => {
    const dir = await folderWithWordAndText();
    for (const format of ['md', 'csv', 'table']) {
      const io = fakeIo({ cwd: dir });
      expect(await run(['actions', '--format', format, '.'], io)).toBe(0);
      expect(io.out).toContain('a.docx ¶4');
      expect(io.out).toContain('b.txt:4');
    }
  });

  test('a PDF meeting’s sources are page and line', async () => {
    const { emitMarkdown } = await import('../src/emit/markdown.js');
    const { parseMinutes } = await import('../src/parse/index.js');
    const meeting = { ...parseMinutes('Board – 1 March 2024\nPresent: Jo Bloggs, Sam Lee\n\n\nACTION (Sam Lee) – Send the paper.\n', { file: 'minutes.txt' }), file: 'minutes.pdf', pageStarts: [1, 4] };
    expect(emitMarkdown([meeting])).toContain('minutes.pdf p.2 l.2');
    const { buildRegister } = await import('../src/register/register.js');
    const { emitRegisterMarkdown } = await import('../src/emit/register.js');
    const { entries } = buildRegister([meeting]);
    expect(emitRegisterMarkdown(entries, { layoutOf: (file) => ({ file, pageStarts: file === 'minutes.pdf' ? meeting.pageStarts : undefined }) })).toContain('minutes.pdf p.2 l.2');
  });
});
