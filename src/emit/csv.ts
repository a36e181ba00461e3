import { csvLibrary } from '../libraries.js';
import type { Meeting } from '../model/types.js';
import { actionLogRows, ACTION_LOG_COLUMNS } from './action-log.js';

export interface CsvOptions {
  /** Neutralise cells a spreadsheet would run as formulas (default true, per OWASP). */
  escapeFormulas?: boolean;
}

// Spreadsheets treat a cell starting with = + - @ (or a tab/CR before them) as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The meetings' action log as CSV: one row per action, header first, CRLF line ends as spreadsheets expect. */
export function emitCsv(meetings: Meeting[], options: CsvOptions = {}): string {
  const escape = options.escapeFormulas ?? true;
  const rows = actionLogRows(meetings).map((row) => row.map((cell) => (escape ? neutraliseFormula(cell) : cell)));
  return csvText([ACTION_LOG_COLUMNS.map((c) => c.title), ...rows]);
}

/** Rows as CSV with CRLF line ends, as spreadsheets expect. */
export function csvText(rows: string[][]): string {
  // A lone CR or LF must be quoted too, or a spreadsheet starts a new row there (and reads what follows as a formula).
  return csvLibrary().stringify(rows, { record_delimiter: 'windows', bom: false, quoted_match: /[\r\n]/ });
}

/** Prefixes a would-be formula with an apostrophe so it is shown as text, never evaluated. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
