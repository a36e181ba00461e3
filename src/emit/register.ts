import { Chalk } from 'chalk';
import { fitTable, type Column } from './fit-table.js';
import type { RegisterEntry } from '../register/register.js';
import { ownerNames } from './action-log.js';
import { csvText, type CsvOptions } from './csv.js';
import { jsonText } from './json.js';
import { markdownTable } from './markdown.js';
import { placeOf, type Layout } from '../read/position.js';
import { oneLine } from './terminal.js';
import { yamlText } from './yaml.js';

/** `withBody`: name each action's body in a first column (the minutes read hold several bodies). */
export interface BodyColumn {
  withBody?: boolean;
}

/** Each file's layout, so that a PDF's lines read as page and line (src/read/position.ts); by default the file's name alone. */
export interface SourceLayouts {
  layoutOf?: (file: string) => Layout;
}

/** Where an action was raised, as the Source column shows it: `minutes.txt:12`, `minutes.docx ¶12`, `minutes.pdf p.3 l.14`. */
export function registerSource(entry: RegisterEntry, layoutOf: (file: string) => Layout = (file) => ({ file })): string {
  return placeOf(layoutOf(entry.raisedAt.file), [entry.raisedAt.line]);
}

const HEADER = ['ID', 'Action', 'Owner(s)', 'Due', 'Status', 'Raised', 'Carried', 'Last update', 'Source'];

function cells(entry: RegisterEntry, layoutOf?: (file: string) => Layout): string[] {
  return [
    entry.id ?? '',
    entry.text,
    ownerNames(entry.owners) || (entry.ownersRaw ?? ''),
    entry.due ?? entry.dueRaw ?? '',
    entry.rag ? `${entry.status} (${entry.rag})` : entry.status,
    entry.raisedAt.date ?? '',
    String(entry.carried),
    entry.lastUpdate ? `${entry.lastUpdate.date ?? ''} ${entry.lastUpdate.progress ?? ''}`.trim() : '',
    oneLine(registerSource(entry, layoutOf)),
  ];
}

export function emitRegisterJson(entries: RegisterEntry[]): string {
  return jsonText(entries);
}

export function emitRegisterYaml(entries: RegisterEntry[]): string {
  return yamlText(entries);
}

/** The body a row belongs to, as a cell. */
function bodyCell(entry: RegisterEntry): string {
  return entry.body ?? NO_TITLE;
}

const NO_TITLE = '(no title)';

function withBodyColumn(header: string[], rows: string[][], entries: RegisterEntry[], options: BodyColumn): [string[], string[][]] {
  if (!options.withBody) return [header, rows];
  return [['Body', ...header], rows.map((row, i) => [bodyCell(entries[i]), ...row])];
}

export function emitRegisterCsv(entries: RegisterEntry[], options: CsvOptions & BodyColumn & SourceLayouts = {}): string {
  const [header, rows] = withBodyColumn(HEADER, entries.map((entry) => cells(entry, options.layoutOf)), entries, options);
  return csvText([header, ...rows], options);
}

export function emitRegisterMarkdown(entries: RegisterEntry[], options: BodyColumn & SourceLayouts = {}): string {
  const [header, rows] = withBodyColumn(HEADER, entries.map((entry) => cells(entry, options.layoutOf)), entries, options);
  return `${markdownTable(header, rows)}\n`;
}

/**
 * An aligned table for the terminal. Every cell is one line with its control characters escaped, so a
 * file cannot rewrite the screen or break a row; colour only when asked (a TTY without NO_COLOR).
 */
export function emitRegisterTable(entries: RegisterEntry[], options: BodyColumn & SourceLayouts & { color: boolean; asOf: string; width?: number }): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  // Long text (the action, its last update, the body's name) gives way to the terminal's width; ids,
  // owners and dates never do. Columns empty in every row are left out.
  const columns: Column[] = [
    { title: 'ID' },
    { title: 'Action', flexible: 'wrap', min: 24 },
    { title: 'Owner(s)' },
    { title: 'Due' },
    { title: 'Status' },
    { title: 'Raised' },
    { title: 'Carried' },
    { title: 'Last update', flexible: 'cut', min: 16 },
    { title: 'Source', flexible: 'cut-start', min: 24 },
  ];
  const [titles, written] = withBodyColumn(columns.map((column) => column.title), entries.map((entry) => cells(entry, options.layoutOf)), entries, options);
  // Every cell one line, its control characters shown rather than obeyed (the body's name included).
  const rows = written.map((row) => row.map(oneLine));
  const shown = options.withBody ? [{ title: titles[0], flexible: 'cut' as const, min: 16 }, ...columns] : columns;
  const table = fitTable(shown, rows, options.width);
  const out = [paint.bold(table.header)];
  entries.forEach((entry, index) => {
    const overdue = entry.status === 'open' && entry.due !== null && entry.due < options.asOf;
    const text = table.rows[index];
    out.push(entry.status === 'closed' ? paint.dim(text) : overdue ? paint.red(text) : text);
  });
  out.push(paint.dim(`${entries.length} action${entries.length === 1 ? '' : 's'}`));
  return `${out.join('\n')}\n`;
}
