import type { Diagnostic } from '../model/types.js';

/** "file:line:column: warning: reason [rule-id]" — the shape editors and CI logs link to. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.reason} [${d.ruleId}]`;
}
