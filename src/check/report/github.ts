import { workflowData, workflowProperty } from '../../emit/workflow-command.js';
import type { FileResult } from '../run.js';

/** GitHub Actions workflow commands, so findings appear as annotations on the pull request's diff. */
export function github(results: FileResult[]): string {
  const lines = results.flatMap((result) =>
    result.findings.map((f) => {
      const level = f.severity === 'error' ? 'error' : 'warning';
      return `::${level} file=${workflowProperty(f.file)},line=${f.line},col=${f.column},title=${workflowProperty(`vawg ${f.ruleId}`)}::${workflowData(f.reason)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
