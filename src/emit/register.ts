import { Chalk } from 'chalk';
import { fitTable, type Column } from './fit-table.js';
import type { RegisterEntry } from '../register/register.js';
import { columnCells, columnTitles, groupEntries, layoutColumns, type DateStyle, type GroupBy, type SourceLayouts } from './action-columns.js';
import { csvText, type CsvOptions } from './csv.js';
import { jsonText } from './json.js';
import { markdownTable } from './markdown.js';
import { markdownLine } from './markdown-text.js';
import { oneLine } from './terminal.js';
import { yamlText } from './yaml.js';

/** `withBody`: name each action's body in a first column (the minutes read hold several bodies). */
export interface BodyColumn {
  withBody?: boolean;
}

/** Which columns, grouped how, with dates written how (`--columns`, `--group-by`, `--dates`). */
export interface LogLayout extends BodyColumn, SourceLayouts {
  columns?: string[];
  groupBy?: GroupBy;
  dates?: DateStyle;
}

export function emitRegisterJson(entries: RegisterEntry[]): string {
  return jsonText(entries);
}

export function emitRegisterYaml(entries: RegisterEntry[]): string {
  return yamlText(entries);
}

/** CSV; grouped, the group is a first column and the rows come group by group. */
export function emitRegisterCsv(entries: RegisterEntry[], options: CsvOptions & LogLayout = {}): string {
  const columns = layoutColumns(options.columns, options.withBody);
  const header = columnTitles(columns);
  if (!options.groupBy) return csvText([header, ...entries.map((entry) => columnCells(entry, columns, options.dates, options.layoutOf))], options);
  const rows = groupEntries(entries, options.groupBy, options.dates).flatMap((group) => group.entries.map((entry) => [group.title, ...columnCells(entry, columns, options.dates, options.layoutOf)]));
  return csvText([[GROUP_TITLES[options.groupBy], ...header], ...rows], options);
}

/** A GFM table; grouped, one table under a heading per group. */
export function emitRegisterMarkdown(entries: RegisterEntry[], options: LogLayout = {}): string {
  const columns = layoutColumns(options.columns, options.withBody);
  const table = (some: RegisterEntry[]) => markdownTable(columnTitles(columns), some.map((entry) => columnCells(entry, columns, options.dates, options.layoutOf)));
  if (!options.groupBy) return `${table(entries)}\n`;
  return `${groupEntries(entries, options.groupBy, options.dates).map((group) => `## ${markdownLine(group.title)}\n\n${table(group.entries)}\n`).join('\n')}`;
}

/** What a group column is called. */
export const GROUP_TITLES: Record<GroupBy, string> = { owner: 'Owner', item: 'Item', meeting: 'Meeting' };

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
  const names = layoutColumns(undefined, options.withBody);
  const titles = columnTitles(names);
  const written = entries.map((entry) => columnCells(entry, names, 'iso', options.layoutOf));
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
