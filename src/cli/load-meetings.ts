import type { Config } from '../config/config.js';
import type { Meeting } from '../model/types.js';
import { parseMinutes } from '../parse/index.js';
import { InputError, readMinutesFile } from '../read/file.js';
import { formatDiagnostic } from './report.js';
import { listMinutes } from './inputs.js';
import type { Io } from './io.js';

/**
 * Reads and parses every minutes file the paths (or, with none, the config's globs) name.
 * A bad file is reported on stderr and skipped; the rest are still read.
 */
export async function loadMeetings(
  paths: string[],
  config: Config,
  options: { maxSize: number; quiet: boolean },
  io: Io,
  { keepOrder = false, keep = (meeting: Meeting) => meeting } = {},
): Promise<{ meetings: Meeting[]; failed: boolean }> {
  const listed = await listMinutes(paths, config, io, { keepOrder });
  const files = listed.files;
  let failed = listed.missing;
  const meetings: Meeting[] = [];
  for (const file of files) {
    try {
      const text = await readMinutesFile(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd });
      const meeting = parseMinutes(text, { file, dateOrder: config.dateOrder ?? undefined, aliases: config.aliases, closedWords: config.closedWords });
      if (!options.quiet) {
        for (const warning of meeting.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
        if (!meeting.date) io.stderr(`${file}:1:1: warning: no meeting date found; the meeting is ordered last [meeting-date]\n`);
      }
      meetings.push(keep(meeting));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`vawg: ${error.message}\n`);
      failed = true;
    }
  }
  return { meetings, failed };
}
