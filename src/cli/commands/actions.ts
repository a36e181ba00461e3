import type { Config } from '../../config/config.js';
import { emitRegisterCsv, emitRegisterJson, emitRegisterMarkdown, emitRegisterTable, emitRegisterYaml } from '../../emit/register.js';
import { filterRegister, sortRegister, type RegisterFilter, type SortKey } from '../../register/filter.js';
import { buildRegister } from '../../register/register.js';
import { formatDiagnostic } from '../report.js';
import { EXIT, wantsColor, type Io } from '../io.js';
import { loadMeetings } from '../load-meetings.js';

export interface ActionsCommandOptions extends RegisterFilter {
  format: 'table' | 'json' | 'yaml' | 'csv' | 'md';
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

/** `vawg actions`: the register of every action across the meetings read, filtered and sorted. */
export async function runActions(paths: string[], options: ActionsCommandOptions, config: Config, io: Io): Promise<number> {
  const { meetings, failed } = await loadMeetings(paths, config, { ...options, shape: 'register' }, io);
  const register = buildRegister(meetings);
  if (!options.quiet) for (const warning of register.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const chosen = sortRegister(filterRegister(register.entries, { ...options, asOf }, config.aliases), options.sort);
  const output = emit(chosen, options, io, asOf);
  if (options.out) await io.writeFile(options.out, output);
  else io.stdout(output);
  return failed ? EXIT.failure : EXIT.ok;
}

function emit(entries: ReturnType<typeof sortRegister>, options: ActionsCommandOptions, io: Io, asOf: string): string {
  switch (options.format) {
    case 'json':
      return emitRegisterJson(entries);
    case 'yaml':
      return emitRegisterYaml(entries);
    case 'csv':
      return emitRegisterCsv(entries, { escapeFormulas: options.escapeFormulas, bom: options.bom });
    case 'md':
      return emitRegisterMarkdown(entries);
    case 'table':
      return emitRegisterTable(entries, { color: wantsColor(io, options.color), asOf });
  }
}

