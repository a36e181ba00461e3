import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { readMinutesFile } from '../src/read/file.js';
import { readSource } from '../src/read/index.js';
import { MAX_PAGES } from '../src/read/pdf.js';
import { project } from './helpers/fixtures.js';
import { column, makePdf, tableRows, type Placed } from './helpers/make-pdf.js';

// PDFs laid out by hand (test/helpers/make-pdf.ts) against the same minutes as text: the layouts a
// PDF reader must undo — a table across two pages with its header repeated, two columns, running
// headers, footers and page numbers, a word hyphenated at a line's end — give the text's model.

const work = mkdtempSync(join(tmpdir(), 'vawg-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CLI = join(import.meta.dirname, '..', 'bin', 'vawg.js');

async function writePdf(name: string, pages: Placed[][]): Promise<string> {
  const file = join(work, name);
  writeFileSync(file, await makePdf(pages));
  return file;
}

async function parsePdf(file: string) {
  const text = await readMinutesFile(file);
  return { meeting: project(parseMinutes(text, { file })), source: readSource(text, { file }) };
}

const parseText = (text: string) => project(parseMinutes(text, { file: 'minutes.txt' }));

const OPENING = ['Riverside Allotment Society', 'Minutes of the committee meeting held on 12 March 2025', 'Present: Ann Lee (AL), Bob Chan (BC), Cara Diaz (CD), Eve Fox (EF)', 'Apologies: Dan Evans'];
const LOG_HEADER = ['ID', 'Action', 'Owner', 'Due', 'Status'];
const LOG = Array.from({ length: 12 }, (_, i) => [`RAS-${String(i + 1).padStart(2, '0')}`, `Task number ${i + 1} for the site`, ['AL', 'BC', 'CD', 'EF'][i % 4], `${String(10 + i)}/04/2025`, i % 3 === 0 ? 'Complete' : 'Open']);
const COLUMNS = [60, 130, 330, 390, 470];

describe('a table across two pages, with its header repeated, and running headers and footers', () => {
  const text = [...OPENING, '', '1. Action log', '', LOG_HEADER.join('\t'), ...LOG.map((row) => row.join('\t'))].join('\n');
  const running = (page: number): Placed[] => [
    { text: 'Riverside Allotment Society - committee minutes', x: 60, y: 40, size: 9 },
    { text: `Page ${page} of 2`, x: 270, y: 810, size: 9 },
  ];
  const pdf = () =>
    writePdf('table.pdf', [
      [...running(1), ...column(60, 90, OPENING), { text: '1. Action log', x: 60, y: 170 }, ...tableRows(COLUMNS, 200, [LOG_HEADER], 14, true), ...tableRows(COLUMNS, 214, LOG.slice(0, 6))],
      [...running(2), ...tableRows(COLUMNS, 90, [LOG_HEADER], 14, true), ...tableRows(COLUMNS, 104, LOG.slice(6))],
    ]);

  test('the same rows, actions and updates as the text, in one table', async () => {
    const { meeting, source } = await parsePdf(await pdf());
    const expected = parseText(text);
    for (const field of ['attendees', 'apologies', 'items', 'actions', 'updates'] as const) expect(meeting[field]).toEqual(expected[field]);
    const rows = source.lines.filter((line) => line.cells).map((line) => line.cells);
    expect(rows).toEqual([LOG_HEADER, ...LOG]);
  });

  test('no running header, footer or page number is read; each page starts where its first line is', async () => {
    const { source } = await parsePdf(await pdf());
    expect(source.text).not.toMatch(/committee minutes|Page \d of 2/);
    expect(source.pageStarts).toEqual([1, source.lines.find((line) => line.cells?.[0] === 'RAS-07')!.line]);
    // Lines are numbered through the document: the first row of page 2 follows the last of page 1.
    const first = source.lines.find((line) => line.cells?.[0] === 'RAS-06')!.line;
    expect(source.pageStarts![1]).toBe(first + 1);
  });
});

describe('a page in two columns', () => {
  const left = ['Present: Ann Lee (AL), Bob Chan (BC),', 'Cara Diaz (CD), Eve Fox (EF)', '', '1. Water supply', 'AL reported a leak in the trough by', 'the north gate. The committee agreed', 'to replace it before the summer, as', 'the repair last year did not hold.', 'ACTION: BC to order a new trough.'];
  const right = ['2. Subscriptions', 'The treasurer proposed to recom-', 'mend a fee of 40 pounds a plot for', 'the year to the general meeting.', 'ACTION: CD to write to all plot', 'holders about the new fee.', '', '3. Any other business', 'None.'];
  const text = ['Riverside Allotment Society', 'Minutes of the committee meeting held on 12 March 2025', ...left, '', ...right].join('\n').replace('recom-\nmend', 'recommend\n');

  const pdf = () =>
    writePdf('columns.pdf', [[{ text: 'Riverside Allotment Society', x: 60, y: 60, size: 16 }, { text: 'Minutes of the committee meeting held on 12 March 2025', x: 60, y: 84 }, ...column(60, 120, left), ...column(320, 120, right)]]);

  test('is read column by column: the same items and actions as the text', async () => {
    const { meeting } = await parsePdf(await pdf());
    const expected = parseText(text);
    for (const field of ['date', 'attendees', 'items', 'actions'] as const) expect(meeting[field]).toEqual(expected[field]);
    expect((meeting.items as unknown[]).length).toBe(3);
    expect((meeting.actions as unknown[]).length).toBe(2);
  });

  test('a word hyphenated at the end of a line is made whole; the title, set larger, is a heading', async () => {
    const { source } = await parsePdf(await pdf());
    expect(source.text).toContain('proposed to recommend a fee');
    expect(source.lines[0]).toMatchObject({ kind: 'heading', text: 'Riverside Allotment Society', line: 1 });
  });
});

test('a table of two columns across the page is not taken for two columns of text', async () => {
  const rows = [['Name', 'Role'], ...['Ann Lee', 'Bob Chan', 'Cara Diaz', 'Eve Fox', 'Dan Evans', 'Gil Hart', 'Ivy Jones', 'Kim Lowe'].map((name, i) => [name, i % 2 ? 'Treasurer' : 'Committee member'])];
  const file = await writePdf('two-cell-table.pdf', [[{ text: 'Attendance', x: 60, y: 60, size: 16 }, ...tableRows([60, 320], 90, rows)]]);
  const { source } = await parsePdf(file);
  expect(source.lines.filter((line) => line.cells).map((line) => line.cells)).toEqual(rows);
});

test('a PDF that opens with a table: the rows are read', async () => {
  const file = await writePdf('table-first.pdf', [tableRows([60, 320], 60, [['Name', 'Role'], ['Ann Lee', 'Chair'], ['Bob Chan', 'Treasurer']])]);
  const { source } = await parsePdf(file);
  expect(source.lines.map((line) => line.cells)).toEqual([['Name', 'Role'], ['Ann Lee', 'Chair'], ['Bob Chan', 'Treasurer']]);
});

describe('a document printed from a word processor', () => {
  // Word and LibreOffice set a list's number apart from its text with a hanging indent, a table's
  // header centred over its columns and its cells in the middle of their row, and let a paragraph
  // run on over a page break.
  const pdf = () =>
    writePdf('word.pdf', [
      [
        ...column(60, 60, OPENING),
        { text: '1. Matters arising', x: 60, y: 130, size: 14 },
        { text: 'a)', x: 78, y: 150 },
        { text: 'BC to repair the north gate - completed.', x: 96, y: 150 },
        { text: 'b)', x: 78, y: 164 },
        { text: 'CD to order padlocks for the sheds and fit them before the spring open day at the site, as', x: 96, y: 164 },
        { text: 'agreed - ongoing.', x: 96, y: 178 },
        { text: '2. Action log', x: 60, y: 210, size: 14 },
        // Header cells centred over columns that start at 62 and 240 and end at 235 and 400.
        { text: 'Action', x: 132, y: 230, bold: true },
        { text: 'Owner', x: 304, y: 230, bold: true },
        ...column(62, 256, ['Order compost for the', 'non-disadvantaged plots']),
        { text: 'EF', x: 240, y: 263 },
        ...column(62, 296, ['Mend the water trough']),
        { text: 'AL', x: 240, y: 296 },
        { text: 'The committee thanked the volunteers who cleared the paths over the winter and asked the', x: 60, y: 800 },
      ],
      [{ text: 'secretary to write to each of them.', x: 60, y: 60 }],
    ]);

  test('a numbered item set apart is a list item with its letter; a wrapped line goes on with it', async () => {
    const { source } = await parsePdf(await pdf());
    const items = source.lines.filter((line) => line.kind === 'item');
    expect(items.map((line) => [line.marker, line.text])).toEqual([
      ['a.', 'BC to repair the north gate - completed.'],
      ['b.', 'CD to order padlocks for the sheds and fit them before the spring open day at the site, as agreed - ongoing.'],
    ]);
  });

  test('a table with its header centred and its cells in the middle of their rows keeps its columns', async () => {
    const { source } = await parsePdf(await pdf());
    expect(source.lines.filter((line) => line.cells).map((line) => line.cells)).toEqual([
      ['Action', 'Owner'],
      ['Order compost for the non-disadvantaged plots', 'EF'],
      ['Mend the water trough', 'AL'],
    ]);
  });

  test('a paragraph going on over a page break is one paragraph, its lines on their pages', async () => {
    const { source } = await parsePdf(await pdf());
    expect(source.text).toContain('asked the secretary to write to each of them.');
    const paragraph = source.lines.find((line) => line.text.includes('asked the secretary'))!;
    expect(source.pageStarts).toEqual([1, paragraph.line + 1]);
  });
});

describe('PDFs that cannot be read: one line naming the file, exit 1, and the other files are still read', () => {
  const cli = (...args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8', cwd: work });
  const good = () => makePdf([column(60, 90, [...OPENING, 'ACTION: BC to repair the gate.'])]);

  const cases: [string, () => Promise<Uint8Array | string>, RegExp][] = [
    ['truncated.pdf', async () => (await good()).slice(0, 900), /truncated/],
    ['corrupt.pdf', async () => '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', /not a readable PDF/],
    ['scanned.pdf', () => makePdf([[]]), /no text layer.*run OCR first/],
    ['not-a-pdf.pdf', async () => 'Minutes of the meeting\n', /is not a PDF/],
    ['many-pages.pdf', () => makePdf(Array.from({ length: MAX_PAGES + 1 }, () => [])), /has 5001 pages, over the 5000/],
  ];
  for (const [name, make, problem] of cases) {
    test(name, async () => {
      writeFileSync(join(work, name), await make());
      const result = cli('parse', name);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^vawg: ${name}: `));
      expect(result.stderr).toMatch(problem);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  const qpdf = spawnSync('qpdf', ['--version']).status === 0;
  test.skipIf(!qpdf)(`a PDF locked with a password${qpdf ? '' : ' (skipped: qpdf is not installed)'}`, async () => {
    writeFileSync(join(work, 'open.pdf'), await good());
    execFileSync('qpdf', ['--encrypt', 'secret', 'secret', '256', '--', join(work, 'open.pdf'), join(work, 'locked.pdf')]);
    const result = cli('parse', 'locked.pdf');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^vawg: locked\.pdf: is protected by a password/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a folder with a bad PDF: the other minutes, PDF and text, are still listed', async () => {
    const folder = join(work, 'folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a-good.pdf'), await good());
    writeFileSync(join(folder, 'b-bad.pdf'), (await good()).slice(0, 900));
    writeFileSync(join(folder, 'c-text.txt'), [...OPENING.slice(0, 3), 'ACTION: CD to book the hall.'].join('\n'));
    const result = cli('actions', 'folder', '--format', 'csv', '--no-cache');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/b-bad\.pdf: is not a readable PDF/);
    expect(result.stdout).toContain('repair the gate');
    expect(result.stdout).toContain('book the hall');
  });

  test('a PDF whose text is over --max-size is refused', async () => {
    const bytes = await makePdf([column(60, 90, Array.from({ length: 50 }, () => 'x'.repeat(80)))]);
    writeFileSync(join(work, 'long.pdf'), bytes);
    // A limit the file is under and its 4,000 characters of text are over.
    const limit = bytes.length + 200;
    expect(limit).toBeLessThan(4000);
    const result = cli('parse', 'long.pdf', '--max-size', String(limit / 1024 / 1024));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^vawg: long\.pdf: .*--max-size/);
  });
});

test('the CLI reads a PDF through its bundle, and does not load pdf.js for a text file', async () => {
  // A loader hook that refuses pdf.js: a text file parses all the same, a PDF does not.
  const hook = join(work, 'no-pdfjs.mjs');
  writeFileSync(hook, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent('export async function resolve(specifier, context, next) { if (specifier.includes("pdfjs-dist")) throw new Error("pdf.js loaded"); return next(specifier, context); }'));\n`);
  const text = join(work, 'one.txt');
  writeFileSync(text, OPENING.join('\n'));
  const withHook = (file: string) => spawnSync('node', ['--import', hook, CLI, 'parse', file, '--no-cache'], { encoding: 'utf8' });
  expect(withHook(text).status).toBe(0);
  const pdf = join(work, 'one.pdf');
  writeFileSync(pdf, await makePdf([column(60, 90, OPENING)]));
  expect(withHook(pdf).status).not.toBe(0);
  const plain = spawnSync('node', [CLI, 'parse', pdf, '--no-cache'], { encoding: 'utf8' });
  expect(plain.status).toBe(0);
  expect(JSON.parse(plain.stdout).attendees).toHaveLength(4);
});
