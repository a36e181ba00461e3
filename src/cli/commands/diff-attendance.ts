import type { Config } from '../../config/config.js';
import { emitAttendanceCsv, emitAttendanceJson, emitAttendanceMarkdown, emitAttendanceTable } from '../../emit/attendance.js';
import { emitDiffJson, emitDiffMarkdown, emitDiffText } from '../../emit/diff.js';
import { oneLine, safeForTerminal } from '../../emit/terminal.js';
import { buildAttendance } from '../../register/attendance.js';
import { diffMeetings } from '../../register/diff.js';
import { EXIT, UsageError, WORKBOOK_NEEDS_OUT, type Io } from '../io.js';
import { loadMeetings } from '../load-meetings.js';

interface CommonOptions {
  out?: string;
  maxSize: number;
  quiet: boolean;
  cache: boolean;
  jobs?: number;
}

async function write(io: Io, out: string | undefined, text: string, terminal: boolean): Promise<void> {
  if (out) await io.writeFile(out, text);
  else io.stdout(terminal ? safeForTerminal(text).replace(/\u0000/g, '') : text);
}

/** `vawg diff OLD NEW`: what changed from one meeting to the next. */
export async function runDiff(older: string, newer: string, options: CommonOptions & { format: 'text' | 'md' | 'json' }, config: Config, io: Io): Promise<number> {
  const { meetings, failed } = await loadMeetings([older, newer], config, { ...options, keepOrder: true }, io);
  if (failed || meetings.length !== 2) return EXIT.failure;
  const diff = diffMeetings(meetings[0], meetings[1], { aliases: config.aliases });
  if (diff.reordered && !options.quiet) {
    const named = (m: { file: string; date: string | null }) => `${oneLine(m.file)} (${m.date})`;
    io.stderr(`vawg: warning: ${named(diff.new)} was given before the earlier meeting ${named(diff.old)}; comparing them in date order\n`);
  }
  const text = options.format === 'json' ? emitDiffJson(diff) : options.format === 'md' ? emitDiffMarkdown(diff) : emitDiffText(diff);
  await write(io, options.out, text, options.format === 'text');
  return EXIT.ok;
}

/** `vawg attendance`: people × meetings, with attendance rates. */
export async function runAttendance(paths: string[], options: CommonOptions & { format: 'table' | 'csv' | 'md' | 'json' | 'xlsx'; escapeFormulas: boolean; bom: boolean }, config: Config, io: Io): Promise<number> {
  if (options.format === 'xlsx' && !options.out) throw new UsageError(WORKBOOK_NEEDS_OUT);
  const { meetings, failed } = await loadMeetings(paths, config, options, io);
  if (meetings.length === 0) throw new UsageError('no minutes could be read');
  const attendance = buildAttendance(meetings, config.aliases);
  if (options.format === 'xlsx') {
    await io.writeFile(options.out!, await (await import('../../emit/xlsx.js')).attendanceWorkbook(attendance));
    return failed ? EXIT.failure : EXIT.ok;
  }
  const text = { table: emitAttendanceTable, md: emitAttendanceMarkdown, json: emitAttendanceJson, csv: (a: typeof attendance) => emitAttendanceCsv(a, { escapeFormulas: options.escapeFormulas, bom: options.bom }) }[options.format](attendance);
  await write(io, options.out, text, options.format === 'table');
  return failed ? EXIT.failure : EXIT.ok;
}
