import { jsonText } from '../../emit/json.js';
import { describeLine } from '../../read/position.js';
import type { FileResult } from '../run.js';

/**
 * Machine-readable findings: an array of files with their findings. Each finding keeps the model's
 * `line` and adds `position`, the place in the file's own terms ("line 7", "paragraph 12",
 * "page 3, line 14").
 */
export function json(results: FileResult[]): string {
  return jsonText(results.map((result) => ({ file: result.file, findings: result.findings.map((f) => ({ ...f, position: describeLine(result, f.line).text })) })));
}
