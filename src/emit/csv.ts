import { csvLibrary } from '../libraries.js';
import type { Meeting } from '../model/types.js';
import { actionLogRows, ACTION_LOG_COLUMNS } from './action-log.js';
import { safeForTerminal } from './terminal.js';

export interface CsvOptions {
  /** Neutralise cells a spreadsheet would run as formulas (default true, per OWASP). */
  escapeFormulas?: boolean;
  /** Open with a UTF-8 byte order mark (default true): without it Excel reads `£` as `Â£`. */
  bom?: boolean;
}

// Spreadsheets treat a cell starting with = + - @ (or a tab/CR before them) as a formula...
const FORMULA_START = /^[=+\-@\t\r]/;
// ...except a sign alone ("-" for none) and a plain number ("-5", "+2.5"), which they read as text and numbers.
const NOT_A_FORMULA = /^[-+]$|^[-+]?\d+(?:[.,]\d+)?%?$/;

/** The meetings' action log as CSV: one row per action, header first, CRLF line ends as spreadsheets expect. */
export function emitCsv(meetings: Meeting[], options: CsvOptions = {}): string {
  return csvText([ACTION_LOG_COLUMNS.map((c) => c.title), ...actionLogRows(meetings)], options);
}

/**
 * Rows as CSV with CRLF line ends, as spreadsheets expect. Every cell, the header row's included, is
 * made safe: control characters removed (a cell may keep tabs and line breaks) and, unless
 * `escapeFormulas` is false, would-be formulas neutralised.
 */
export function csvText(rows: string[][], { escapeFormulas = true, bom = true }: CsvOptions = {}): string {
  const safe = rows.map((row) => row.map((cell) => csvCell(cell, escapeFormulas)));
  // A line break in a cell must be quoted, or a spreadsheet starts a new row there (and reads what follows as a formula).
  return csvLibrary().stringify(safe, { record_delimiter: 'windows', bom, quoted_match: /[\r\n]/ });
}

/**
 * One cell as text a spreadsheet shows as it is; controls go first, so none can hide a formula behind
 * it. Line breaks stay (CRLF as it is); a lone CR, which moves a terminal's cursor back over the line,
 * becomes LF.
 */
export function csvCell(cell: string, escapeFormulas = true): string {
  const text = cell.split('\r\n').map((part) => safeForTerminal(part.replace(/\r/g, '\n'))).join('\r\n');
  return escapeFormulas ? neutraliseFormula(text) : text;
}

/** Prefixes a would-be formula with an apostrophe so it is shown as text, never evaluated. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NOT_A_FORMULA.test(cell) ? `'${cell}` : cell;
}
