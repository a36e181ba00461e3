import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitCsv, type CsvOptions } from '../src/emit/csv.js';
import type { Meeting } from '../src/model/types.js';
import { parseMinutes } from '../src/parse/index.js';

const TITLES = ['Meeting', 'ID', 'Action', 'Owner(s)', 'Raised', 'Due', 'Status', 'RAG', 'Progress', 'Item', 'Source'];

// Action texts and owners a hostile or careless minute-taker could write; OWASP's CSV injection starters.
const MINUTES = `# Finance Committee

**Date:** 4 March 2025

## Attendance

| Name | Role | Organisation |
|------|------|--------------|
| Hong Tang (HT) | Chair | NHS England |
| Betsy Stanko (BS) | Treasurer | MOPAC |

## 1. Budget

**ACTION (HT):** =HYPERLINK("http://x","y")

**ACTION (BS):** Check the totals, then report "both" figures.

## Action log

| ID | Action | Owner | Due | Status |
|----|--------|-------|-----|--------|
| FC-01 | +1+1 | HT | 31/03/2025 | Open |
| FC-02 | -2+3 | BS | 31/03/2025 | Open |
| FC-03 | @SUM(1) | HT | 31/03/2025 | Open |
| FC-04 | Reconcile the ledger | @SUM(1) | 31/03/2025 | Open |
| FC-05 | Approve the audit plan | =HT | 31/03/2025 | Open |
`;

/** Cells that would run as formulas if written as they are (owners print by name: `@SUM(1)` → `@SUM`). */
const DANGEROUS = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1)', '@SUM', '=HT', '\t=1+1 tab led'];

function hostileMeeting(): Meeting {
  const meeting = parseMinutes(MINUTES, { file: 'finance.md' });
  // The parser trims whitespace, so tab-led cells and multi-line progress only reach emitCsv from models built elsewhere.
  meeting.actions.push({ ...meeting.actions[0], id: 'FC-06', text: '\t=1+1 tab led', progress: 'Chased, twice.\r\nSee "Finance" folder', lines: [99] });
  return meeting;
}

/** Records as a spreadsheet splits them: an unquoted CR or LF ends the record, not only CRLF. */
function readAsSpreadsheet(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });
}

describe('emitCsv columns', () => {
  const meeting = hostileMeeting();
  const records = readAsSpreadsheet(emitCsv([meeting]));

  test('the header row has the column titles', () => {
    expect(records[0]).toEqual(TITLES);
  });

  test('one record of every column per action', () => {
    expect(records).toHaveLength(meeting.actions.length + 1);
    for (const record of records) expect(record).toHaveLength(TITLES.length);
  });

  test('commas, quotes and CRLF stay inside their cells', () => {
    const byId = (id: string) => records.find((r) => r[1] === id)!;
    expect(records.map((r) => r[2])).toContain('Check the totals, then report "both" figures.');
    expect(byId('FC-06')[8]).toBe('Chased, twice.\r\nSee "Finance" folder');
    expect(byId('FC-04')[3]).toBe("'@SUM");
  });

  // csv-stringify with record_delimiter 'windows' only quotes fields holding CRLF; a lone CR or LF
  // must be quoted too (emitCsv passes `quoted_match`), or it splits the record.
  test('a lone CR or LF stays inside its cell', () => {
    const lone = parseMinutes('Notes\n\nACTION (Clerk): Book the hall.\n', { file: 'n.txt' });
    lone.actions[0].progress = 'first\rsecond';
    lone.actions.push({ ...lone.actions[0], progress: 'first\nsecond' });
    const cells = readAsSpreadsheet(emitCsv([lone])).map((r) => r[8]);
    // A lone CR is written as LF: still a line break in the cell, but no control character on stdout.
    expect(cells).toEqual(['Progress', 'first\nsecond', 'first\nsecond']);
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

interface Cell {
  /** The value as the spreadsheet holds it: the text of a string, the ISO date of a date, the number of a float. */
  value: string;
  type: string | null;
  formula: string | null;
}

// Comma, double quote, UTF-8, from line 1, default column types, en-US, ..., token 13: evaluate formulas,
// as a user opening the file in Calc would (Excel always does).
const CSV_IMPORT = 'CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true';

const calcSuite = hasSoffice ? 'emitCsv in LibreOffice Calc' : 'emitCsv in LibreOffice Calc: skipped, `soffice` is not on PATH (.ci/run installs it)';

describe.skipIf(!hasSoffice)(calcSuite, () => {
  let work = '';
  // In hooks, not the describe body, so a skipped suite leaves no temp dir behind.
  beforeAll(() => void (work = mkdtempSync(join(tmpdir(), 'vawg-calc-'))));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Opens the CSV in Calc headless and returns the flat ODF document it saved. */
  function openInCalc(csv: string, name: string): string {
    const input = join(work, `${name}.csv`);
    writeFileSync(input, csv);
    // A fresh profile so a user's Calc settings (or a running Calc) cannot change the import.
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', `--infilter=${CSV_IMPORT}`, '--convert-to', 'fods', '--outdir', work, input], { stdio: 'pipe' });
    return readFileSync(join(work, `${name}.fods`), 'utf8');
  }

  const run = (name: string, options: CsvOptions = {}) => {
    const csv = emitCsv([hostileMeeting()], options);
    const xml = openInCalc(csv, name);
    return { csv, xml, cells: readCells(xml) };
  };

  test('no cell becomes a formula; the dangerous texts are plain strings', () => {
    const { csv, xml, cells } = run('escaped');
    expect(xml).not.toContain('table:formula=');
    const flat = cells.flat();
    for (const text of DANGEROUS) expect(flat, JSON.stringify(text)).toContainEqual({ value: `'${text}`, type: 'string', formula: null });
    // Calc splits the file into the same rows and columns as a CSV reader does (and keeps line breaks as LF).
    const records = readAsSpreadsheet(csv).map((record) => record.map((cell) => cell.replace(/\r\n/g, '\n')));
    expect(cells.map((row) => row.map((c) => c.value))).toEqual(records);
  });

  // The control: without escaping, the same engine runs them, so the test above can fail.
  test('without escapeFormulas, = cells run as formulas', () => {
    const { cells } = run('unescaped', { escapeFormulas: false });
    const formulas = cells.flat().flatMap((c) => (c.formula ? [c.formula] : []));
    // Calc only treats a leading = as a formula on CSV import; + - @ are strings there (not in Excel).
    expect(formulas).toHaveLength(2);
    expect(formulas[0]).toBe('of:=HYPERLINK("http://x";"y")');
    expect(formulas[1]).toMatch(/^of:=HT$/i); // an unknown name, which Calc lower-cases
  });

  // A bare CR would end the record, and `=2+2` would open the next one as a live formula.
  test('a CR inside a cell cannot start a formula on the next row', () => {
    const meeting = parseMinutes('Notes\n\nACTION (Clerk): Book the hall.\n', { file: 'n.txt' });
    meeting.actions[0].progress = '\r=2+2';
    expect(openInCalc(emitCsv([meeting]), 'smuggled')).not.toContain('table:formula=');
  });
});

/** The cells of the first sheet of a flat ODF spreadsheet, row by row, trailing empty cells dropped. */
function readCells(xml: string): Cell[][] {
  const sheet = /<table:table [\s\S]*?<\/table:table>/.exec(xml)![0];
  const rows: Cell[][] = [];
  for (const [, rowXml = ''] of sheet.matchAll(/<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const row: Cell[] = [];
    for (const [, attrs, body = ''] of rowXml.matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attr = (name: string) => (new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? null);
      const type = attr('office:value-type');
      const value = type === 'date' ? attr('office:date-value') : type === 'float' ? attr('office:value') : paragraphs(body);
      const cell = { value: unescapeXml(value ?? ''), type, formula: attr('table:formula') && unescapeXml(attr('table:formula')!) };
      // Calc writes runs of empty cells once, with a repeat count.
      for (let n = Number(attr('table:number-columns-repeated') ?? 1); n > 0; n--) row.push(cell);
    }
    while (row.length > 0 && row.at(-1)!.value === '' && !row.at(-1)!.type) row.pop();
    if (row.length > 0) rows.push(row);
  }
  return rows;
}

/** A cell's text: paragraphs are its lines; tabs, spaces and line breaks are elements. */
function paragraphs(body: string): string {
  const lines = [...body.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map(([, text = '']) =>
    text
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
      .replace(/<[^>]+>/g, ''),
  );
  return lines.join('\n');
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (all, dec, hex, name) =>
    dec ? String.fromCodePoint(+dec) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? all),
  );
}
