import { jsonText } from '../../emit/json.js';
import type { Rule } from '../types.js';
import type { Diagnostic } from '../../model/types.js';
import { describeLine, type Layout } from '../../read/position.js';
import type { FileResult } from '../run.js';

/** SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. */
export function sarif(results: FileResult[], rules: Rule[], version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vawg',
            version,
            informationUri: 'https://github.com/vawg/vawg#rules',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: results.flatMap((result) =>
          result.findings.map((f) => ({
            ruleId: f.ruleId,
            // Findings that no rule makes (a directive naming no rule, a file the parser failed on) have no index.
            ...(rules.some((rule) => rule.id === f.ruleId) ? { ruleIndex: rules.findIndex((rule) => rule.id === f.ruleId) } : {}),
            level: f.severity === 'error' ? 'error' : 'warning',
            ...located(result, f),
          })),
        ),
      },
    ],
  };
  return jsonText(log);
}

/**
 * The message and location of a finding. A text file's is a region of lines and columns. A Word
 * document or a PDF is a binary file, where a region of text lines would point at nothing: its
 * location is the file alone, and the position, in the file's terms, opens the message and is the
 * result's logical location.
 */
function located(layout: Layout, f: Diagnostic) {
  const artifactLocation = { uri: fileUri(f.file) };
  const position = describeLine(layout, f.line);
  if (position.inFile) return { message: { text: f.reason }, locations: [{ physicalLocation: { artifactLocation, region: { startLine: f.line, startColumn: f.column } } }] };
  return {
    message: { text: `${position.text}: ${f.reason}` },
    locations: [{ physicalLocation: { artifactLocation }, logicalLocations: [{ name: position.text, fullyQualifiedName: `${f.file} ${position.text}`, kind: 'element' }] }],
  };
}

/** A relative URI reference for a path: forward slashes, each segment percent-encoded (spaces, %, #). */
function fileUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
