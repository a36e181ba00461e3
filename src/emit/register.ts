import { Chalk } from 'chalk';
import type { RegisterEntry } from '../register/register.js';
import { ownerNames } from './action-log.js';
import { csvText, type CsvOptions } from './csv.js';
import { jsonText } from './json.js';
import { markdownTable } from './markdown.js';
import { oneLine } from './terminal.js';
import { yamlText } from './yaml.js';

/** `withBody`: name each action's body in a first column (the minutes read hold several bodies). */
export interface BodyColumn {
  withBody?: boolean;
}

const HEADER = ['ID', 'Action', 'Owner(s)', 'Due', 'Status', 'Raised', 'Carried', 'Last update', 'Source'];

function cells(entry: RegisterEntry): string[] {
  return [
    entry.id ?? '',
    entry.text,
    ownerNames(entry.owners) || (entry.ownersRaw ?? ''),
    entry.due ?? entry.dueRaw ?? '',
    entry.rag ? `${entry.status} (${entry.rag})` : entry.status,
    entry.raisedAt.date ?? '',
    String(entry.carried),
    entry.lastUpdate ? `${entry.lastUpdate.date ?? ''} ${entry.lastUpdate.progress ?? ''}`.trim() : '',
    `${oneLine(entry.raisedAt.file)}:${entry.raisedAt.line}`,
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

export function emitRegisterCsv(entries: RegisterEntry[], options: CsvOptions & BodyColumn = {}): string {
  const [header, rows] = withBodyColumn(HEADER, entries.map(cells), entries, options);
  return csvText([header, ...rows], options);
}

export function emitRegisterMarkdown(entries: RegisterEntry[], options: BodyColumn = {}): string {
  const [header, rows] = withBodyColumn(HEADER, entries.map(cells), entries, options);
  return `${markdownTable(header, rows)}\n`;
}

/**
 * An aligned table for the terminal. Every cell is one line with its control characters escaped, so a
 * file cannot rewrite the screen or break a row; colour only when asked (a TTY without NO_COLOR).
 */
export function emitRegisterTable(entries: RegisterEntry[], options: BodyColumn & { color: boolean; asOf: string; width?: number }): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const [columns, rows] = withBodyColumn(
    ['ID', 'Action', 'Owner(s)', 'Due', 'Status', 'Raised', 'Carried', 'Source'],
    entries.map((entry) => {
      const c = cells(entry).map(oneLine);
      return [c[0], truncate(c[1], 60), truncate(c[2], 28), c[3], c[4], c[5], c[6], c[8]];
    }),
    entries,
    options,
  );
  if (options.withBody) rows.forEach((row) => (row[0] = truncate(oneLine(row[0]), 32)));
  const widths = columns.map((title, i) => rows.reduce((width, row) => Math.max(width, row[i].length), title.length));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  const out = [paint.bold(line(columns))];
  entries.forEach((entry, index) => {
    const overdue = entry.status === 'open' && entry.due !== null && entry.due < options.asOf;
    const text = line(rows[index]);
    out.push(entry.status === 'closed' ? paint.dim(text) : overdue ? paint.red(text) : text);
  });
  out.push(paint.dim(`${entries.length} action${entries.length === 1 ? '' : 's'}`));
  return `${out.join('\n')}\n`;
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
