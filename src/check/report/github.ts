import type { FileResult } from '../run.js';

// Workflow-command data and properties need %, CR and LF escaped (properties also : and ,).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, so findings appear as annotations on the pull request's diff. */
export function github(results: FileResult[]): string {
  const lines = results.flatMap((result) =>
    result.findings.map((f) => {
      const level = f.severity === 'error' ? 'error' : 'warning';
      return `::${level} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`vawg ${f.ruleId}`)}::${escapeData(f.reason)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
