import { checkMinutes, type CheckInput, type FileResult } from '../../check/run.js';
import { github } from '../../check/report/github.js';
import { json } from '../../check/report/json.js';
import { sarif } from '../../check/report/sarif.js';
import { stylish } from '../../check/report/stylish.js';
import { RULES } from '../../check/rules/index.js';
import type { Config } from '../../config/config.js';
import { oneLine } from '../../emit/terminal.js';
import { InputError, readMinutesFile } from '../../read/file.js';
import { listMinutes } from '../inputs.js';
import { configFiles, refuseInputAsOutput } from '../real-files.js';
import { EXIT, UsageError, wantsColor, type Io } from '../io.js';
import { VERSION } from '../version.js';

export interface CheckCommandOptions {
  format: 'stylish' | 'json' | 'github' | 'sarif';
  maxWarnings?: number;
  quiet: boolean;
  /** As ISO YYYY-MM-DD. */
  asOf?: string;
  out?: string;
  maxSize: number;
  /** --color / --no-color; undefined leaves it to the environment and the terminal. */
  color?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

/**
 * `vawg check`: lint minutes for CI. Exit 0 when clean (warnings within --max-warnings), 1 when
 * findings go over the limit, 2 when a file could not be read or the call or configuration is wrong.
 */
export async function runCheck(paths: string[], options: CheckCommandOptions, config: Config, io: Io): Promise<number> {
  const { files, missing } = await listMinutes(paths, config, io);
  refuseInputAsOutput(options.out, [...files, ...configFiles(config)], io.cwd);
  let unreadable = missing;
  const unknownRules = Object.keys(config.rules).filter((id) => !RULES.some((rule) => rule.id === id));
  if (unknownRules.length > 0) throw new UsageError(`${config.file ?? 'configuration'}: unknown rule \`${unknownRules[0]}\` in \`rules\` (rules: ${RULES.map((r) => r.id).join(', ')})`);
  if (files.length === 0 && !unreadable) throw new UsageError(`no minutes files (.txt, .md) found in ${paths.join(', ') || 'the configured globs'}`);
  const inputs: CheckInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: await readMinutesFile(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`vawg: ${oneLine(error.message)}\n`);
      unreadable = true;
    }
  }
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  let results = checkMinutes(inputs, config, { asOf, cwd: io.cwd, reportUnusedDirectives: options.reportUnusedDisableDirectives });
  const errors = count(results, 'error');
  const warnings = count(results, 'warning');
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  const output = format(results, options.format, wantsColor(io, options.color));
  if (options.out) await io.writeFile(options.out, output);
  else io.stdout(output);
  if (unreadable) return EXIT.usage;
  // --quiet leaves warnings out of the report, so they do not count against --max-warnings either.
  const tooManyWarnings = !options.quiet && options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`vawg: too many warnings (${warnings}). Maximum allowed is ${options.maxWarnings}.\n`);
  return errors > 0 || tooManyWarnings ? EXIT.failure : EXIT.ok;
}

function count(results: FileResult[], severity: 'error' | 'warning'): number {
  return results.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === severity).length, 0);
}

function format(results: FileResult[], kind: CheckCommandOptions['format'], color: boolean): string {
  switch (kind) {
    case 'stylish':
      return stylish(results, { color });
    case 'json':
      return json(results);
    case 'github':
      return github(results);
    case 'sarif':
      return sarif(results, RULES, VERSION);
  }
}
