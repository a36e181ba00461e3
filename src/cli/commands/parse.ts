import { emitJson } from '../../emit/json.js';
import { oneLine } from '../../emit/terminal.js';
import type { DateOrder, Meeting } from '../../model/types.js';
import { InputError, readMinutesBytes } from '../../read/file.js';
import type { Config } from '../../config/config.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { meetingFromJson } from '../parse-job.js';
import { ParsePool } from '../parse-pool.js';
import { configFiles, refuseInputAsOutput } from '../real-files.js';
import { formatDiagnostic } from '../report.js';

export interface ParseCommandOptions {
  format: 'json' | 'yaml' | 'md' | 'csv';
  out?: string;
  dateOrder?: DateOrder;
  escapeFormulas: boolean;
  bom: boolean;
  maxSize: number;
  quiet: boolean;
}

/** `vawg parse FILE...`: each file's meeting model; unreadable files are reported and skipped. */
export async function runParse(files: string[], options: ParseCommandOptions, config: Config, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError('parse needs one or more minutes files (- for stdin)');
  refuseInputAsOutput(options.out, [...files, ...configFiles(config)], io.cwd);
  const meetings: Meeting[] = [];
  let failed = false;
  // Through the pool, so a long file is parsed on a worker (Ctrl-C stays prompt) and a parse that
  // fails is one message naming the file, like an unreadable one. The configuration's settings apply
  // as in every other command; --date-order overrides its dateOrder.
  const settings = { dateOrder: options.dateOrder ?? config.dateOrder ?? undefined, aliases: config.aliases, closedWords: config.closedWords, shape: 'full' } as const;
  const pool = new ParsePool(settings, 1);
  try {
    for (const file of files) {
      try {
        const bytes = await readMinutesBytes(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd });
        const meeting = meetingFromJson(await pool.parse({ file, bytes }), file);
        if (!options.quiet) for (const warning of meeting.warnings) io.stderr(`${formatDiagnostic(warning, meeting)}\n`);
        meetings.push(meeting);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr(`vawg: ${oneLine(error.message)}\n`);
        failed = true;
      }
    }
  } finally {
    await pool.close();
  }
  const output = await emit(meetings, options, files.length === 1);
  if (meetings.length > 0 || files.length > 1) {
    if (options.out) await io.writeFile(options.out, output);
    else io.stdout(output);
  }
  return failed ? EXIT.failure : EXIT.ok;
}

/** The output in the format asked for; the YAML and CSV writers load only when asked for. */
async function emit(meetings: Meeting[], options: ParseCommandOptions, single: boolean): Promise<string> {
  switch (options.format) {
    case 'json':
      return emitJson(meetings, { single });
    case 'yaml':
      return (await import('../../emit/yaml.js')).emitYaml(meetings, { single });
    case 'md':
      return (await import('../../emit/markdown.js')).emitMarkdown(meetings);
    case 'csv':
      return (await import('../../emit/csv.js')).emitCsv(meetings, { escapeFormulas: options.escapeFormulas, bom: options.bom });
  }
}
