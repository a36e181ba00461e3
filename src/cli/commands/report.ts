import { dirname, relative, resolve, sep } from 'node:path';
import { configuredBody, type Config } from '../../config/config.js';
import { buildReport, pathHref } from '../../emit/report/index.js';
import { buildBodyRegisters } from '../../register/bodies.js';
import { chartLibraries } from '../../libraries.js';
import { formatDiagnostic } from '../report.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { loadMeetings } from '../load-meetings.js';
import { VERSION } from '../version.js';

export interface DashboardCommandOptions {
  out?: string;
  asOf?: string;
  title?: string;
  maxSize: number;
  quiet: boolean;
  cache: boolean;
  jobs?: number;
}

/** `vawg report`: the board's dashboard, one self-contained HTML page over every body's register. */
export async function runDashboard(paths: string[], options: DashboardCommandOptions, config: Config, io: Io): Promise<number> {
  // The charting libraries take a good part of a second to load: they load while the minutes are read
  // (buildReport then finds them loaded). A failure to load is reported by buildReport, not here.
  chartLibraries().catch(() => undefined);
  const { meetings, failed } = await loadMeetings(paths, config, { ...options, shape: 'report' }, io);
  if (meetings.length === 0) throw new UsageError('no minutes could be read');
  const { bodies, warnings } = buildBodyRegisters(meetings, { configured: (meeting) => configuredBody(config, resolve(io.cwd, meeting.file)) });
  if (!options.quiet) for (const warning of warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
  // Links to the minutes go from the report's folder, so the page and the minutes can move together.
  const folder = options.out && !isStandardOutput(options.out) ? dirname(resolve(io.cwd, options.out)) : io.cwd;
  const html = await buildReport(bodies, {
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    title: options.title,
    sourceHref: (file) => pathHref(relative(folder, resolve(io.cwd, file)).split(sep).join('/')),
    generator: `vawg ${VERSION}`,
  });
  if (options.out) await io.writeFile(options.out, html);
  else io.stdout(html);
  return failed ? EXIT.failure : EXIT.ok;
}

function isStandardOutput(out: string): boolean {
  return out === '-' || out === '/dev/stdout';
}
