import { oneLine } from '../emit/terminal.js';
import type { Diagnostic } from '../model/types.js';
import { describeLine, type Layout } from '../read/position.js';

/** Warnings about a whole file rather than a line of it: printed without a position. */
const WHOLE_FILE_RULES = new Set(['tracked-changes']);

/**
 * One line for a diagnostic, always. A text file's is "file:line:column: warning: reason [rule-id]",
 * the shape editors and CI logs link to; a Word document's or a PDF's, whose line numbers no editor
 * shows, says where in that file's terms: "vawg: warning: minutes.docx, paragraph 12: reason [rule-id]".
 * `layout` gives a PDF's pages (the meeting the diagnostic is from); by default only the file's name.
 */
export function formatDiagnostic(d: Diagnostic, layout: Layout = { file: d.file }): string {
  if (WHOLE_FILE_RULES.has(d.ruleId)) return oneLine(`vawg: ${d.severity}: ${d.file}: ${d.reason} [${d.ruleId}]`);
  const position = describeLine({ ...layout, file: d.file }, d.line);
  if (!position.inFile) return oneLine(`vawg: ${d.severity}: ${d.file}, ${position.text}: ${d.reason} [${d.ruleId}]`);
  return oneLine(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.reason} [${d.ruleId}]`);
}
