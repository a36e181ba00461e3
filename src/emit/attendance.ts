import type { Attendance } from '../register/attendance.js';
import { csvText, type CsvOptions } from './csv.js';
import { jsonText } from './json.js';
import { markdownTable } from './markdown.js';
import { oneLine } from './terminal.js';

const MARK = { present: 'P', apologies: 'A', absent: '-' } as const;

function table(attendance: Attendance): { header: string[]; rows: string[][] } {
  const header = ['Name', 'Organisation', ...attendance.meetings.map((m) => m.date ?? oneLine(m.file)), 'Present', 'Rate'];
  const rows = attendance.people.map((p) => [p.name, p.organisation ?? '', ...p.presence.map((x) => MARK[x]), String(p.present), percent(p.rate)]);
  return { header, rows };
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

export function emitAttendanceCsv(attendance: Attendance, options: CsvOptions = {}): string {
  const { header, rows } = table(attendance);
  return csvText([header, ...rows], options);
}

export function emitAttendanceMarkdown(attendance: Attendance): string {
  const { header, rows } = table(attendance);
  const orgs = markdownTable(['Organisation', 'Present', 'Possible', 'Rate'], attendance.organisations.map((o) => [o.organisation, String(o.present), String(o.possible), percent(o.rate)]));
  return `${markdownTable(header, rows)}\n\nP present · A apologies · - absent\n\n${orgs}\n`;
}

/** Aligned columns for the terminal; every cell one line, its control characters escaped. */
export function emitAttendanceTable(attendance: Attendance): string {
  const { header, rows } = escapedTable(table(attendance));
  const widths = header.map((h, i) => rows.reduce((width, r) => Math.max(width, r[i].length), h.length));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function emitAttendanceJson(attendance: Attendance): string {
  return jsonText(attendance);
}

function escapedTable({ header, rows }: { header: string[]; rows: string[][] }): { header: string[]; rows: string[][] } {
  return { header: header.map(oneLine), rows: rows.map((row) => row.map(oneLine)) };
}
