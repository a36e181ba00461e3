import { resolve } from 'node:path';
import { configuredBody, type Config } from '../../config/config.js';
import { REGISTER_COLUMNS, unknownColumns, type DateStyle, type GroupBy, type SourceLayouts } from '../../emit/action-columns.js';
import { emitRegisterCsv, emitRegisterJson, emitRegisterMarkdown, emitRegisterTable, emitRegisterYaml, type BodyColumn, type LogLayout } from '../../emit/register.js';
import { emitRegisterHtml } from '../../emit/register-html.js';
import { oneLine } from '../../emit/terminal.js';
import { buildBodyRegisters, selectBody, type BodyRegister } from '../../register/bodies.js';
import { filterRegister, sortRegister, type RegisterFilter, type SortKey } from '../../register/filter.js';
import type { RegisterEntry } from '../../register/register.js';
import { formatDiagnostic } from '../report.js';
import { EXIT, tableWidth, UsageError, wantsColor, WORKBOOK_NEEDS_OUT, type Io } from '../io.js';
import { loadMeetings } from '../load-meetings.js';

export interface ActionsCommandOptions extends RegisterFilter {
  format: 'table' | 'json' | 'yaml' | 'csv' | 'md' | 'xlsx' | 'html' | 'ics';
  /** md, csv and html: the columns, grouping and date style of the log (see LogLayout). */
  columns?: string[];
  groupBy?: GroupBy;
  dates?: DateStyle;
  /** html: a whole page rather than a fragment. */
  page?: boolean;
  sort: SortKey;
  out?: string;
  escapeFormulas: boolean;
  bom: boolean;
  maxSize: number;
  quiet: boolean;
  cache: boolean;
  jobs?: number;
  /** --color / --no-color; undefined leaves it to the environment and the terminal. */
  color?: boolean;
}

/** `vawg actions`: one register per body across the meetings read, filtered and sorted. */
export async function runActions(paths: string[], options: ActionsCommandOptions, config: Config, io: Io): Promise<number> {
  if (options.format === 'xlsx' && !options.out) throw new UsageError(WORKBOOK_NEEDS_OUT);
  checkLayout(options);
  const { meetings, failed } = await loadMeetings(paths, config, { ...options, shape: 'register' }, io);
  const { bodies, warnings } = buildBodyRegisters(meetings, { configured: (meeting) => configuredBody(config, resolve(io.cwd, meeting.file)) });
  const chosen = options.body === undefined ? bodies : [pickBody(bodies, options.body)];
  if (!options.quiet) for (const warning of warnings) io.stderr(`${formatDiagnostic(warning, meetings.find((meeting) => meeting.file === warning.file))}\n`);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const entries = chosen.flatMap((body) => body.register.entries);
  const listed = sortRegister(filterRegister(entries, { ...options, body: undefined, asOf }, config.aliases), options.sort);
  // The body is named on every row as soon as the minutes read hold more than one body with actions.
  const withBody = bodies.filter((body) => body.register.entries.length > 0).length > 1;
  // A PDF's lines are told as page and line in the Source column, from its meeting's pages.
  const pages = new Map(meetings.flatMap((meeting) => (meeting.pageStarts ? [[meeting.file, meeting.pageStarts] as const] : [])));
  const output = await emit(listed, options, io, asOf, { withBody, layoutOf: (file) => ({ file, pageStarts: pages.get(file) }) });
  if (options.out) await io.writeFile(options.out, output);
  else if (typeof output === 'string') io.stdout(output);
  return failed ? EXIT.failure : EXIT.ok;
}

/** The body `--body` names; an unknown or ambiguous name is a usage error listing the bodies read. */
function pickBody(bodies: BodyRegister[], wanted: string): BodyRegister {
  const found = selectBody(bodies, wanted);
  if ('body' in found) return found.body;
  const list = (some: BodyRegister[]) => some.map((b) => `\`${oneLine(b.name ?? '(no title)')}\``).join(', ');
  if (found.matches.length > 1) throw new UsageError(`--body \`${oneLine(wanted)}\` matches several bodies: ${list(found.matches)}; give more of the name`);
  const named = bodies.filter((b) => b.name !== null);
  throw new UsageError(`no body \`${oneLine(wanted)}\` in the minutes read; ${named.length ? `they hold ${list(named)}` : 'none of them has a title'}`);
}

/** --columns, --group-by and --dates shape the logs people paste into papers; --page is html's. */
function checkLayout(options: ActionsCommandOptions): void {
  if (options.columns?.length === 0) throw new UsageError(`--columns: name at least one of ${Object.keys(REGISTER_COLUMNS).join(', ')}`);
  const unknown = unknownColumns(options.columns ?? []);
  if (unknown.length) throw new UsageError(`--columns: unknown column ${unknown.map((name) => `\`${oneLine(name)}\``).join(', ')}; expected some of ${Object.keys(REGISTER_COLUMNS).join(', ')}`);
  const layout = [options.columns && '--columns', options.groupBy && '--group-by', options.dates && '--dates'].filter(Boolean);
  if (layout.length && !['md', 'csv', 'html'].includes(options.format)) throw new UsageError(`${layout.join(', ')}: for --format md, csv or html, not ${options.format}`);
  if (options.page && options.format !== 'html') throw new UsageError('--page: for --format html');
}

async function emit(entries: RegisterEntry[], options: ActionsCommandOptions, io: Io, asOf: string, rows: BodyColumn & SourceLayouts): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'xlsx':
      return (await import('../../emit/xlsx.js')).registerWorkbook(entries, rows);
    case 'json':
      return emitRegisterJson(entries);
    case 'yaml':
      return emitRegisterYaml(entries);
    case 'ics':
      return (await import('../../emit/ics.js')).emitRegisterIcs(entries);
    case 'html':
      return emitRegisterHtml(entries, { ...rows, ...layoutOf(options), page: options.page });
    case 'csv':
      return emitRegisterCsv(entries, { escapeFormulas: options.escapeFormulas, bom: options.bom, ...rows, ...layoutOf(options) });
    case 'md':
      return emitRegisterMarkdown(entries, { ...rows, ...layoutOf(options) });
    case 'table':
      return emitRegisterTable(entries, { color: wantsColor(io, options.color), asOf, width: tableWidth(io), ...rows });
  }
}

function layoutOf(options: ActionsCommandOptions): LogLayout {
  return { columns: options.columns, groupBy: options.groupBy, dates: options.dates };
}
