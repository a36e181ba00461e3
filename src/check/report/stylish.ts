import { Chalk } from 'chalk';
import { oneLine } from '../../emit/terminal.js';
import { describeLine } from '../../read/position.js';
import type { FileResult } from '../run.js';

/**
 * Findings grouped by file, one aligned line each, with a summary — the way ESLint's stylish reads.
 * A text file's findings are at `line:column`; a Word document's at "paragraph 12", a PDF's at
 * "page 3, line 14", where a line number in the file would mean nothing.
 */
export function stylish(results: FileResult[], options: { color: boolean }): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    // File names and reasons come from the disk and the minutes: one line each, no control characters.
    out.push(paint.underline(oneLine(result.file)));
    const places = result.findings.map((f) => {
      const position = describeLine(result, f.line);
      return position.inFile ? `${f.line}:${f.column}` : position.text;
    });
    const width = places.reduce((most, place) => Math.max(most, place.length), 0);
    for (const [index, f] of result.findings.entries()) {
      if (f.severity === 'error') errors++;
      else warnings++;
      const severity = f.severity === 'error' ? paint.red('error  ') : paint.yellow('warning');
      out.push(`  ${paint.dim(places[index].padEnd(width))}  ${severity}  ${oneLine(f.reason)}  ${paint.dim(f.ruleId)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out.push(errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  return `${out.join('\n')}\n`;
}
