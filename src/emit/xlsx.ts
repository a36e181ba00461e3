/**
 * Excel workbooks of the action register and of attendance, for secretariats who keep their logs in a
 * spreadsheet: dates as real date cells, a frozen header row with filters, columns as wide as their
 * text, RAG status cells filled with their colour and named in words. Every cell is a value, never a
 * formula: text that starts with `=` is written as text, so no cell can run. exceljs is loaded only
 * by this format.
 */
import { excelLibrary } from '../libraries.js';
import type { Attendance } from '../register/attendance.js';
import type { RegisterEntry } from '../register/register.js';
import { ownerNames } from './action-log.js';
import { csvCell } from './csv.js';
import { registerSource, type SourceLayouts } from './action-columns.js';
import type { BodyColumn } from './register.js';

type Value = string | number | Date | null;
interface Column {
  header: string;
  /** Excel number format: dates and percentages. */
  numFmt?: string;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const MAX_WIDTH = 60;
// Excel's own Bad / Neutral / Good cell styles, and blue for a completed action; the word is in the cell too.
const RAG_STYLE: Record<string, { word: string; fill: string; font: string }> = {
  red: { word: 'Red', fill: 'FFFFC7CE', font: 'FF9C0006' },
  amber: { word: 'Amber', fill: 'FFFFEB9C', font: 'FF9C5700' },
  green: { word: 'Green', fill: 'FFC6EFCE', font: 'FF006100' },
  blue: { word: 'Blue', fill: 'FFDDEBF7', font: 'FF1F4E78' },
};

/** The register as an .xlsx file: one row per action, the body first when there are several. */
export async function registerWorkbook(entries: RegisterEntry[], options: BodyColumn & SourceLayouts = {}): Promise<Uint8Array> {
  const columns: Column[] = [
    ...(options.withBody ? [{ header: 'Body' }] : []),
    { header: 'ID' },
    { header: 'Action' },
    { header: 'Owner(s)' },
    { header: 'Due', numFmt: DATE_FORMAT },
    { header: 'Due as written' },
    { header: 'Status' },
    { header: 'RAG' },
    { header: 'Raised', numFmt: DATE_FORMAT },
    { header: 'Carried' },
    { header: 'Last update' },
    { header: 'Source' },
  ];
  const rows = entries.map((entry): Value[] => [
    ...(options.withBody ? [entry.body ?? '(no title)'] : []),
    entry.id ?? '',
    entry.text,
    ownerNames(entry.owners) || (entry.ownersRaw ?? ''),
    dateCell(entry.due),
    entry.due === null ? (entry.dueRaw ?? '') : '',
    entry.status,
    entry.rag ? RAG_STYLE[entry.rag].word : '',
    dateCell(entry.raisedAt.date),
    entry.carried,
    entry.lastUpdate ? `${entry.lastUpdate.date ?? ''} ${entry.lastUpdate.progress ?? ''}`.trim() : '',
    registerSource(entry, options.layoutOf),
  ]);
  return workbook('Actions', columns, rows, columns.findIndex((column) => column.header === 'RAG'));
}

/** Attendance as an .xlsx file: people × meetings, P / A / - for present, apologies, absent. */
export async function attendanceWorkbook(attendance: Attendance): Promise<Uint8Array> {
  const mark = { present: 'P', apologies: 'A', absent: '-' } as const;
  const columns: Column[] = [
    { header: 'Name' },
    { header: 'Organisation' },
    ...attendance.meetings.map((meeting) => ({ header: meeting.date ?? meeting.file })),
    { header: 'Present' },
    { header: 'Rate', numFmt: '0%' },
  ];
  const rows = attendance.people.map((person): Value[] => [person.name, person.organisation ?? '', ...person.presence.map((p) => mark[p]), person.present, person.rate]);
  return workbook('Attendance', columns, rows, -1);
}

async function workbook(name: string, columns: Column[], rows: Value[][], ragColumn: number): Promise<Uint8Array> {
  const book = new (excelLibrary().Workbook)();
  book.creator = 'vawg';
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, c) => ({
    header: text(column.header),
    key: String(c),
    width: Math.min(MAX_WIDTH, Math.max(column.header.length, ...rows.map((row) => displayLength(row[c]))) + 2),
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map((value) => (typeof value === 'string' ? text(value) : value)));
    const rag = ragColumn >= 0 ? RAG_BY_WORD.get(String(row[ragColumn])) : undefined;
    if (rag) {
      const cell = added.getCell(ragColumn + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: rag.fill } };
      cell.font = { color: { argb: rag.font } };
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const RAG_BY_WORD = new Map(Object.values(RAG_STYLE).map((style) => [style.word, style]));

/** An ISO date as a date cell (midnight UTC, which Excel shows as that day). */
function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/** Text as a cell holds it: no control characters (the file's XML cannot carry them), and never a formula. */
function text(value: string): string {
  return csvCell(value, false);
}

function displayLength(value: Value): number {
  if (value instanceof Date) return 10;
  return value === null ? 0 : Math.max(...String(value).split('\n').map((line) => line.length));
}
