import { join, resolve } from 'node:path';
import { configuredBody, type Config } from '../../config/config.js';
import { emitDigestEml, emitDigestMarkdown, emitDigestsCsv } from '../../emit/digest.js';
import { oneLine } from '../../emit/terminal.js';
import { buildBodyRegisters } from '../../register/bodies.js';
import { addressOf, buildDigests, type Digest } from '../../remind/digests.js';
import { digestFileNames } from '../../remind/file-names.js';
import { formatDiagnostic } from '../report.js';
import { EXIT, type Io } from '../io.js';
import { loadMeetings } from '../load-meetings.js';
import { configFiles, refuseInputAsOutput } from '../real-files.js';

export interface RemindCommandOptions {
  outDir: string;
  format: 'md' | 'eml' | 'csv';
  asOf?: string;
  owner?: string;
  /** eml: the From: address; without it the mail program fills it in. */
  from?: string;
  escapeFormulas: boolean;
  bom: boolean;
  maxSize: number;
  quiet: boolean;
  cache: boolean;
  jobs?: number;
}

/** The file a mail-merge run writes into --out-dir. */
export const MAIL_MERGE_FILE = 'reminders.csv';

/**
 * `vawg remind`: each owner's open actions, overdue first, as a digest file per owner (md, eml) or one
 * mail-merge file (csv) in --out-dir. A folder holding the minutes is refused before anything is read,
 * and no file written can be an input. Prints the files written, one a line.
 */
export async function runRemind(paths: string[], options: RemindCommandOptions, config: Config, io: Io): Promise<number> {
  const { meetings, failed, files } = await loadMeetings(paths, config, { ...options, shape: 'register', outDir: options.outDir }, io);
  const { bodies, warnings } = buildBodyRegisters(meetings, { configured: (meeting) => configuredBody(config, resolve(io.cwd, meeting.file)) });
  if (!options.quiet) for (const warning of warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const digests = buildDigests(
    bodies.flatMap((body) => body.register.entries),
    { asOf, owner: options.owner, aliases: config.aliases },
  );
  if (digests.length === 0) {
    io.stderr(`vawg: no open actions${options.owner === undefined ? '' : ` owned by \`${oneLine(options.owner)}\``} in the minutes read; nothing written\n`);
    return failed ? EXIT.failure : EXIT.ok;
  }
  const outputs = await digestFiles(digests, options, config, asOf);
  const inputs = [...files, ...configFiles(config)];
  // Every name is checked before the first is written: a refusal leaves the folder as it was.
  for (const [name] of outputs) refuseInputAsOutput(join(options.outDir, name), inputs, io.cwd, '--out-dir: the digest');
  await io.makeDirectory(options.outDir);
  for (const [name, data] of outputs) {
    await io.writeFile(join(options.outDir, name), data);
    io.stdout(`${oneLine(join(options.outDir, name))}\n`);
  }
  if (options.format === 'eml' && !options.quiet) {
    const unaddressed = digests.filter((digest) => addressOf(digest.owner, config.people, config.aliases) === null).map((digest) => `\`${oneLine(digest.owner)}\``);
    if (unaddressed.length) io.stderr(`vawg: no address in \`people:\` for ${unaddressed.join(', ')}; their messages have no To:\n`);
  }
  return failed ? EXIT.failure : EXIT.ok;
}

/** The files to write, by name: one digest per owner, or the one mail-merge file. */
async function digestFiles(digests: Digest[], options: RemindCommandOptions, config: Config, asOf: string): Promise<[string, string | Uint8Array][]> {
  const addresses = digests.map((digest) => addressOf(digest.owner, config.people, config.aliases));
  if (options.format === 'csv') return [[MAIL_MERGE_FILE, emitDigestsCsv(digests, addresses, { asOf, escapeFormulas: options.escapeFormulas, bom: options.bom })]];
  const names = digestFileNames(digests.map((digest) => digest.owner), options.format);
  const now = new Date();
  return Promise.all(
    digests.map(async (digest, i): Promise<[string, string | Uint8Array]> => [
      names[i],
      options.format === 'eml' ? await emitDigestEml(digest, { asOf, to: addresses[i], from: options.from, now }) : `${emitDigestMarkdown(digest, { asOf })}\n`,
    ]),
  );
}
