import { jsonText } from '../../emit/json.js';
import type { FileResult } from '../run.js';

/** Machine-readable findings: an array of files with their findings. */
export function json(results: FileResult[]): string {
  return jsonText(results);
}
