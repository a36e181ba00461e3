import { workflowData, workflowProperty } from '../../emit/workflow-command.js';
import { describeLine } from '../../read/position.js';
import type { FileResult } from '../run.js';

/**
 * GitHub Actions workflow commands, so findings appear as annotations on the pull request's diff.
 * A Word document or a PDF has no lines GitHub can show: its annotations name the file alone, and
 * the message opens with the position ("paragraph 12: …").
 */
export function github(results: FileResult[]): string {
  const lines = results.flatMap((result) =>
    result.findings.map((f) => {
      const level = f.severity === 'error' ? 'error' : 'warning';
      const title = `title=${workflowProperty(`vawg ${f.ruleId}`)}`;
      const position = describeLine(result, f.line);
      if (!position.inFile) return `::${level} file=${workflowProperty(f.file)},${title}::${workflowData(`${position.text}: ${f.reason}`)}`;
      return `::${level} file=${workflowProperty(f.file)},line=${f.line},col=${f.column},${title}::${workflowData(f.reason)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
