import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

// `--format xlsx`, opened as secretariats open it: in a spreadsheet (LibreOffice Calc, headless) for
// the cells' values and types, and with exceljs for the frozen header, filters, widths and fills.

const FIRST = `# Finance Committee – 4 March 2025

Present: Hong Tang (HT), Betsy Stanko (BS), Zoë Ellis (ZE)

## 1. Budget

ACTION (HT): =HYPERLINK("http://x","y") by 31 March 2025.

ACTION (BS): Check the totals (£1,200) by 15 March 2025.

## Action log

| ID | Action | Owner | Due | Status | RAG |
|----|--------|-------|-----|--------|-----|
| FC-01 | Reconcile the ledger | ZE | 31/03/2025 | Open | Red |
| FC-02 | Approve the audit plan | HT | 30/04/2025 | Open | Green |
`;

async function workbookOf(args: string[]): Promise<{ file: string; bytes: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-xlsx-'));
  writeFileSync(join(dir, '2025-03-04.md'), FIRST);
  const io = fakeIo({ cwd: dir });
  expect(await run([...args, '.', '--format', 'xlsx', '--out', 'out.xlsx', '--no-cache'], io)).toBe(0);
  const bytes = io.written.get('out.xlsx') as Uint8Array;
  const file = join(dir, 'out.xlsx');
  writeFileSync(file, bytes);
  return { file, bytes };
}

describe('actions --format xlsx', () => {
  test('a frozen header with filters, widths from the text, RAG cells filled and named in words, dates as dates', async () => {
    const { bytes } = await workbookOf(['actions', '--all']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Actions')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['ID', 'Action', 'Owner(s)', 'Due', 'Due as written', 'Status', 'RAG', 'Raised', 'Carried', 'Last update', 'Source']);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    const byId = (id: string) => rows.find((row) => row.getCell(1).value === id)!;
    const red = byId('FC-01').getCell(7);
    expect(red.value).toBe('Red');
    expect(red.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(byId('FC-02').getCell(7).value).toBe('Green');
    expect(byId('FC-01').getCell(4).value).toEqual(new Date('2025-03-31T00:00:00Z'));
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
  });

  test('in LibreOffice: dates are date cells, text stays text (no formulas), accents and £ intact', async () => {
    if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) return;
    const { file } = await workbookOf(['actions', '--all']);
    const dir = join(file, '..');
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'fods', '--outdir', dir, file], { stdio: 'pipe' });
    const xml = readFileSync(join(dir, 'out.fods'), 'utf8');
    expect(xml).not.toContain('table:formula=');
    expect(xml).toContain('office:date-value="2025-03-31');
    expect(xml).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    expect(xml).toContain('£1,200');
  });

  test('a workbook is written to a file only: without --out it is a usage error', async () => {
    const io = fakeIo();
    expect(await run(['actions', '.', '--format', 'xlsx'], io)).toBe(2);
    expect(io.err).toBe('vawg: --format xlsx writes a binary workbook: name the file with --out FILE\n');
  });
});

describe('attendance --format xlsx', () => {
  test('people × meetings with a rate as a percentage', async () => {
    const { bytes } = await workbookOf(['attendance']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Attendance')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Name', 'Organisation', '2025-03-04', 'Present', 'Rate']);
    const zoe = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).value === 'Zoë Ellis')!;
    expect([zoe.getCell(3).value, zoe.getCell(4).value, zoe.getCell(5).value, zoe.getCell(5).numFmt]).toEqual(['P', 1, 1, '0%']);
  });
});
