import type { FileResult } from '../run.js';

/** Machine-readable findings: an array of files with their findings. */
export function json(results: FileResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
