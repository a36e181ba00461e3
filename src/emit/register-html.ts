import type { RegisterEntry } from '../register/register.js';
import { columnCells, columnTitles, groupEntries, layoutColumns, type DateStyle, type GroupBy, type SourceLayouts } from './action-columns.js';
import { escapeHtml } from '../text/html-escape.js';
import { safeForTerminal } from './terminal.js';

export interface HtmlLogOptions extends SourceLayouts {
  columns?: string[];
  groupBy?: GroupBy;
  dates?: DateStyle;
  withBody?: boolean;
  /** A whole page (doctype, charset, title) rather than a fragment to paste into a document. */
  page?: boolean;
  title?: string;
}

/**
 * The action log as a plain HTML table, for pasting into Word or an e-mail: a header row in `<thead>`,
 * and when grouped one `<tbody>` per group opening with a row that names it. No classes, scripts or
 * styles a word processor would drop; every piece of the minutes is escaped, so it shows as text.
 */
export function emitRegisterHtml(entries: RegisterEntry[], options: HtmlLogOptions = {}): string {
  const shown = layoutColumns(options.columns, options.withBody);
  const row = (entry: RegisterEntry) => `<tr>${columnCells(entry, shown, options.dates, options.layoutOf).map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`;
  const head = `<thead>\n<tr>${columnTitles(shown).map((title) => `<th scope="col">${cellHtml(title)}</th>`).join('')}</tr>\n</thead>`;
  const bodies = options.groupBy
    ? groupEntries(entries, options.groupBy, options.dates).map(
        (group) => `<tbody>\n<tr><th scope="rowgroup" colspan="${shown.length}">${cellHtml(group.title)}</th></tr>\n${group.entries.map(row).join('\n')}\n</tbody>`,
      )
    : [`<tbody>\n${entries.map(row).join('\n')}\n</tbody>`];
  const table = `<table>\n${head}\n${bodies.join('\n')}\n</table>\n`;
  if (!options.page) return table;
  const title = cellHtml(options.title ?? 'Action log');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25em .5em;text-align:left;vertical-align:top}</style>
</head>
<body>
<h1>${title}</h1>
${table}</body>
</html>
`;
}

/** Text as HTML that shows that text: the five characters markup reads escaped, control characters removed. */
function cellHtml(text: string): string {
  return escapeHtml(safeForTerminal(text));
}
