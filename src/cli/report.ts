import { oneLine } from '../emit/terminal.js';
import type { Diagnostic } from '../model/types.js';

/** "file:line:column: warning: reason [rule-id]" — the shape editors and CI logs link to; always one line. */
export function formatDiagnostic(d: Diagnostic): string {
  return oneLine(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.reason} [${d.ruleId}]`);
}
