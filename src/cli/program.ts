import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_SIZE } from '../read/file.js';
import { parseDateCell } from '../text/dates.js';
import { ConfigError, isEmailAddress, type Config } from '../config/config.js';
import { RULES } from '../check/rules/index.js';
import { loadConfig } from './config-file.js';
import { oneLine } from '../emit/terminal.js';
import { EXIT, UsageError, type Io } from './io.js';
import { VERSION } from './version.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  a file could not be read (the others are still processed)
  2  usage error: unknown option, bad value, bad configuration or refused output path`;

/**
 * Runs the command line; returns the exit code instead of exiting, so tests can call it in-process.
 * Each command's module is imported when it runs, so `vawg parse` never loads the register or the linter.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  let code: number = EXIT.ok;
  program.hook('postAction', (_this, action) => {
    code = (action as Command & { exitCode?: number }).exitCode ?? EXIT.ok;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with a zero "error"; everything else commander rejects is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`vawg: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function buildProgram(io: Io): Command {
  const program = new Command('vawg')
    .description('Turn meeting minutes into a trustworthy, queryable action log.')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // One line, like every other error: "vawg: unknown option '--x' (run vawg help for usage)".
      outputError: (text, write) => write(`vawg: ${oneLine(text.trim().replace(/^error: /, ''))} (run vawg help for usage)\n`),
    });

  program
    .command('parse')
    .description('Print the meeting model of each minutes file (.txt, .md, or - for stdin)')
    // Optional for commander, so that `vawg parse --print-config` needs no files; checked in runParse.
    .argument('[files...]', 'minutes files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml', 'md', 'csv']).default('json'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .addOption(new Option('--date-order <order>', 'how to read numeric dates like 04/05/2024 (default: detected, else day first)').choices(['dmy', 'mdy']))
    .option('--no-escape-formulas', 'CSV: leave cells starting with = + - @ as they are (unsafe in spreadsheets)')
    .option('--no-bom', 'CSV: leave out the UTF-8 byte order mark that Excel needs to read accents and £')
    .addOption(maxSizeOption())
    .option('-q, --quiet', 'do not print parse warnings')
    .addOption(configOption())
    .addOption(printConfigOption())
    .addOption(noCodeCacheOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .action(async function (this: Command, files: string[], options) {
      const config = await configure(options, io);
      if (!config) return;
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/parse.js')).runParse(files, { ...options, quiet: Boolean(options.quiet) }, config, io);
    });

  withSharedOptions(program.command('actions'), { csv: true })
    .description('The register of actions across meetings: raised, updated and closed, meeting by meeting')
    .argument('[paths...]', 'minutes files, folders (searched for .txt/.md) or globs; default: the config\'s minutes')
    .option('--open', 'only open actions (the default)')
    .option('--closed', 'only closed actions')
    .option('--all', 'open and closed actions')
    .option('--owner <name>', 'only actions owned by this person, initials, organisation or alias')
    .option('--overdue', 'only open actions past their due date')
    .option('--as-of <date>', 'the date --overdue counts from (default today); YYYY-MM-DD or as the minutes write dates')
    .option('--due-before <date>', 'only actions due before this date')
    .option('--since <date>', 'only actions raised on or after this date')
    .option('--commitment <n>', 'only actions about this commitment number', positiveInteger)
    .option('--body <name>', 'only actions of this body (its name, or a unique part of it), when the minutes read hold several')
    .addOption(new Option('--sort <key>', 'order of the list').choices(['due', 'age', 'owner', 'meeting']).default('meeting'))
    .addOption(new Option('-f, --format <format>', 'output format (xlsx needs --out; ics is a calendar of the actions with a due date)').choices(['table', 'json', 'yaml', 'csv', 'md', 'html', 'xlsx', 'ics']).default('table'))
    .option('--columns <names>', 'md, csv, html: these columns, in this order (id,action,owner,due,status,update,raised,carried,source,item,rag,body)', commaList)
    .addOption(new Option('--group-by <key>', 'md, csv, html: group the actions by owner, agenda item or meeting').choices(['owner', 'item', 'meeting']))
    .addOption(new Option('--dates <style>', 'md, csv, html: iso (2025-06-03) or long (3 June 2025)').choices(['iso', 'long']))
    .option('--page', 'html: a whole page rather than a fragment to paste into a document')
    .option('--color', 'colour the table even when stdout is not a terminal')
    .option('--no-color', 'never colour the table (also: NO_COLOR)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .action(async function (this: Command, paths: string[], options) {
      const config = await configure(options, io);
      if (!config) return;
      readDateOptions(options, ['asOf', 'dueBefore', 'since'], config);
      const state = options.all ? 'all' : options.closed ? 'closed' : 'open';
      if ([options.open, options.closed, options.all].filter(Boolean).length > 1) throw new UsageError('choose one of --open, --closed and --all');
      const body = options.body ?? undefined;
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/actions.js')).runActions(paths, { ...options, state, body, quiet: Boolean(options.quiet) }, config, io);
    });

  withSharedOptions(program.command('remind'), { csv: true, out: false })
    .description('Each owner\'s open actions, overdue first: a digest per owner (md, eml) or a mail-merge file (csv) in --out-dir; never sends mail')
    .argument('[paths...]', 'minutes files, folders or globs; default: the config\'s minutes')
    .option('--out-dir <folder>', 'the folder to write the digests in (made if missing; never one holding the minutes)')
    .addOption(new Option('-f, --format <format>', 'md: a digest per owner; eml: an e-mail draft per owner (To: from the config\'s people:); csv: one mail-merge file').choices(['md', 'eml', 'csv']).default('md'))
    .option('--as-of <date>', 'the day the digests are for, which decides what is overdue (default today)')
    .option('--owner <name>', 'only this owner\'s digest: a name, initials, first name, organisation or alias')
    .option('--from <address>', 'eml: the From: address (default: none, for the mail program to fill in)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .action(async function (this: Command, paths: string[], options) {
      const config = await configure(options, io);
      if (!config) return;
      if (options.outDir === undefined) throw new UsageError('remind writes a file per owner: name their folder with --out-dir FOLDER');
      if (options.from !== undefined && !isEmailAddress(options.from)) throw new UsageError(`--from: expected one e-mail address, not \`${options.from}\``);
      readDateOptions(options, ['asOf'], config);
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/remind.js')).runRemind(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
    });

  withSharedOptions(program.command('diff'))
    .description('What changed from one meeting to the next: actions raised, closed and carried, people, commitments')
    // Optional for commander, so that `vawg diff --print-config` needs no files; checked below.
    .argument('[old]', 'minutes of the earlier meeting')
    .argument('[new]', 'minutes of the later meeting')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .action(async function (this: Command, older: string | undefined, newer: string | undefined, options) {
      const config = await configure(options, io);
      if (!config) return;
      if (older === undefined || newer === undefined) throw new UsageError('diff needs two minutes files: the earlier meeting, then the later one');
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/diff-attendance.js')).runDiff(older, newer, { ...options, quiet: Boolean(options.quiet) }, config, io);
    });

  withSharedOptions(program.command('attendance'), { csv: true })
    .description('People × meetings: present, apologies or absent, with attendance rates per person and organisation')
    .argument('[paths...]', 'minutes files, folders or globs; default: the config\'s minutes')
    .addOption(new Option('-f, --format <format>', 'output format (xlsx needs --out)').choices(['table', 'csv', 'md', 'json', 'xlsx']).default('table'))
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .action(async function (this: Command, paths: string[], options) {
      const config = await configure(options, io);
      if (!config) return;
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/diff-attendance.js')).runAttendance(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
    });

  withSharedOptions(program.command('report'))
    .description('The board\'s dashboard: one self-contained HTML page with headline figures, charts, and the overdue and open actions')
    .argument('[paths...]', 'minutes files, folders or globs; default: the config\'s minutes')
    .option('--as-of <date>', 'the date overdue actions and ages count from (default today); YYYY-MM-DD or as the minutes write dates')
    .option('--title <text>', 'the page\'s heading (default: the bodies\' names)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .action(async function (this: Command, paths: string[], options) {
      const config = await configure(options, io);
      if (!config) return;
      readDateOptions(options, ['asOf'], config);
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/report.js')).runDashboard(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
    });

  program
    .command('check')
    .description('Lint minutes for CI: missing dates and sections, malformed ACTIONs, unknown owners, misspelt names, overdue actions…')
    .argument('[paths...]', 'minutes files, folders or globs; default: the config\'s minutes')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInteger)
    .option('-q, --quiet', 'report errors only')
    .option('--as-of <date>', 'the date overdue actions count from (default today); YYYY-MM-DD or as the minutes write dates')
    .option('--report-unused-disable-directives', 'report vawg-disable comments that silence nothing, as errors')
    .option('--color', 'colour the stylish report even when stdout is not a terminal')
    .option('--no-color', 'never colour the report (also: NO_COLOR)')
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .addOption(maxSizeOption())
    .addOption(configOption())
    .addOption(printConfigOption())
    .addOption(noCodeCacheOption())
    .addHelpText('after', `
Rules:
${RULES.map((rule) => `  ${rule.id.padEnd(22)} ${rule.severity.padEnd(8)} ${rule.description}`).join('\n')}

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  errors, or more warnings than --max-warnings
  2  usage or configuration error, or a file could not be read`)
    .exitOverride()
    .action(async function (this: Command, paths: string[], options) {
      const config = await configure(options, io);
      if (!config) return;
      readDateOptions(options, ['asOf'], config);
      (this as Command & { exitCode?: number }).exitCode = await (await import('./commands/check.js')).runCheck(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
    });

  // commander's own help command prints the general help for a command it does not know.
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command]', 'the command to explain')
    .exitOverride()
    .action((name: string | undefined) => {
      const command = name === undefined ? program : program.commands.find((each) => each.name() === name);
      if (!command) throw new UsageError(`unknown command '${name}' (run vawg help for usage)`);
      command.outputHelp();
    });

  return program;
}

/** "id, action,owner" → ["id", "action", "owner"]. */
function commaList(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return Number(value);
}

/**
 * Date options (`--as-of 10/06/2025`) to YYYY-MM-DD, in place: ISO, or any form the minutes write a date
 * in, numeric ones in the configured order (day first unless `dateOrder: mdy`). 2025-02-30 is refused,
 * not read as 2 March.
 */
function readDateOptions(options: Record<string, unknown>, names: string[], config: Config): void {
  for (const name of names) {
    const value = options[name];
    if (typeof value !== 'string') continue;
    const flag = `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : parseDateCell(value, { order: config.dateOrder ?? 'dmy' });
    // "31/02/2025" has the shape of a date and names no day.
    if (iso === null && /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)) throw new UsageError(`${flag}: there is no such day as ${value}`);
    if (iso === null) throw new UsageError(`${flag}: expected a date such as 2025-06-10, 10/06/2025 or 10 June 2025, not \`${value}\``);
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new UsageError(`${flag}: there is no such day as ${value}`);
    options[name] = iso;
  }
}

function positiveInteger(value: string): number {
  if (!/^0*[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(n * 1024 * 1024);
}

/** --max-size in megabytes, shown as such in the help (the value is kept in bytes). */
function maxSizeOption(): Option {
  return new Option('--max-size <megabytes>', 'largest file to read, in MB').argParser(megabytes).default(DEFAULT_MAX_SIZE, String(DEFAULT_MAX_SIZE / 1024 / 1024));
}

function configOption(): Option {
  return new Option('--config <file>', 'configuration file (default: the nearest vawg.config.yaml or .vawgrc.yaml, searched up to the repository root or home folder)');
}

function printConfigOption(): Option {
  return new Option('--print-config', 'print the configuration in force, and the file it came from, then stop');
}

/**
 * The configuration a command runs with. With --print-config it is printed (with the file it came
 * from) instead, and the command stops: null. With --debug, where it came from goes to stderr.
 */
async function configure(options: { config?: string; printConfig?: boolean }, io: Io): Promise<Config | null> {
  const config = await loadConfig(io.cwd, options.config);
  if (io.debug) io.stderr(`vawg: configuration: ${config.file ? oneLine(config.file) : 'none found, using the defaults'}\n`);
  if (!options.printConfig) return config;
  const { file, ...settings } = config;
  io.stdout(`${JSON.stringify({ file, ...settings }, null, 2)}\n`);
  return null;
}

/** --no-cache for the commands that keep no parses: the launcher (src/cli/launch.ts) then neither reads nor writes compiled code. */
function noCodeCacheOption(): Option {
  return new Option('--no-cache', 'compile vawg afresh instead of using the compiled code kept in the user cache ($VAWG_CACHE_DIR)');
}

/** Adds the options every reading command shares: where output goes, how big a file may be, the config. */
function withSharedOptions(command: Command, { csv = false, out = true } = {}): Command {
  const options = [
    ...(out ? [new Option('-o, --out <file>', 'write to this file (atomically) instead of stdout')] : []),
    ...(csv
      ? [
          new Option('--no-escape-formulas', 'CSV: leave cells starting with = + - @ as they are (unsafe in spreadsheets)'),
          new Option('--no-bom', 'CSV: leave out the UTF-8 byte order mark that Excel needs to read accents and £'),
        ]
      : []),
    maxSizeOption(),
    configOption(),
    printConfigOption(),
    new Option('-q, --quiet', 'do not print warnings'),
    new Option('--no-cache', 'parse every file again instead of reusing parses stored in the user cache ($VAWG_CACHE_DIR), and compile vawg afresh'),
    new Option('-j, --jobs <n>', 'threads to parse on, this one included, at most one per core (default: one per core from 2,500 files per thread)').argParser(positiveInteger),
  ];
  for (const option of options) command.addOption(option);
  return command;
}
