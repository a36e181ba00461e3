import { createHash } from 'node:crypto';
import { mailComposer } from '../libraries.js';
import type { Digest, DigestAction } from '../remind/digests.js';
import { longDate } from '../text/dates.js';
import { ownerNames } from './action-log.js';
import { csvText, type CsvOptions } from './csv.js';
import { markdownLine, markdownText } from './markdown-text.js';
import { safeForTerminal } from './terminal.js';

export interface DigestTextOptions {
  asOf: string;
}

/** An owner's digest as markdown: overdue actions, then the other open ones, each with its last update and where it was raised. */
export function emitDigestMarkdown(digest: Digest, options: DigestTextOptions): string {
  return digestLines(digest, options, { text: markdownText, line: markdownLine, heading: (level, text) => `${'#'.repeat(level)} ${markdownLine(text)}` }).join('\n');
}

/** The same digest as plain text, for the body of an e-mail. */
export function emitDigestText(digest: Digest, options: DigestTextOptions): string {
  const plain = (text: string) => safeForTerminal(text).replace(/[\t\n]+/g, ' ');
  return digestLines(digest, options, { text: plain, line: plain, heading: (_level, text) => `${plain(text)}\n${'-'.repeat(plain(text).length)}` }).join('\n');
}

interface Writer {
  text: (text: string) => string;
  line: (text: string) => string;
  heading: (level: number, text: string) => string;
}

function digestLines(digest: Digest, options: DigestTextOptions, write: Writer): string[] {
  const open = digest.actions.length;
  const overdue = digest.actions.filter((action) => action.daysOverdue > 0);
  const others = digest.actions.filter((action) => action.daysOverdue === 0);
  const out = [
    write.heading(1, `Open actions: ${digest.owner}`),
    '',
    write.line(`As of ${longDate(options.asOf)}: ${open} open action${open === 1 ? '' : 's'}, ${overdue.length} overdue.`),
    '',
  ];
  if (overdue.length) out.push(write.heading(2, 'Overdue'), '', ...overdue.flatMap((action, i) => actionLines(action, i + 1, write)));
  if (others.length) out.push(write.heading(2, overdue.length ? 'Other open actions' : 'Open actions'), '', ...others.flatMap((action, i) => actionLines(action, i + 1, write)));
  return out;
}

function actionLines({ entry, daysOverdue }: DigestAction, number: number, write: Writer): string[] {
  const due = entry.due ? `${longDate(entry.due)}${daysOverdue ? ` (${daysOverdue} day${daysOverdue === 1 ? '' : 's'} overdue)` : ''}` : entry.dueRaw ? entry.dueRaw : 'no date given';
  const update = entry.lastUpdate;
  const raised = `${entry.raisedElsewhere ? 'Reported' : 'Raised'} at ${[entry.body, entry.raisedAt.date ? longDate(entry.raisedAt.date) : null].filter(Boolean).join(', ') || 'a meeting'} (${entry.raisedAt.file}:${entry.raisedAt.line})`;
  const owners = ownerNames(entry.owners);
  return [
    `${number}. ${write.text(entry.text)}${entry.id ? ` (ID ${write.text(entry.id)})` : ''}`,
    `   - Due: ${write.text(due)}`,
    `   - Status: ${write.text(entry.rag ? `${entry.status} (${entry.rag})` : entry.status)}`,
    ...(entry.owners.length > 1 ? [`   - Owners: ${write.text(owners)}`] : []),
    `   - Last update: ${update ? write.text(`${update.date ? longDate(update.date) : 'undated'}: ${update.progress ?? update.status} (${update.file}:${update.line})`) : 'none'}`,
    `   - ${write.text(raised)}`,
    '',
  ];
}

/** The mail-merge file: one row per owner and action, with the owner's address where `people:` gives one. */
export function emitDigestsCsv(digests: Digest[], addresses: (string | null)[], options: CsvOptions & DigestTextOptions): string {
  const header = ['Owner', 'Email', 'Overdue', 'Days overdue', 'ID', 'Action', 'Due', 'Status', 'Last update', 'Last update date', 'Body', 'Raised', 'Source'];
  const rows = digests.flatMap((digest, i) =>
    digest.actions.map(({ entry, daysOverdue }) => [
      digest.owner,
      addresses[i] ?? '',
      daysOverdue > 0 ? 'yes' : 'no',
      String(daysOverdue),
      entry.id ?? '',
      entry.text,
      entry.due ?? entry.dueRaw ?? '',
      entry.rag ? `${entry.status} (${entry.rag})` : entry.status,
      entry.lastUpdate?.progress ?? '',
      entry.lastUpdate?.date ?? '',
      entry.body ?? '',
      entry.raisedAt.date ?? '',
      `${entry.raisedAt.file}:${entry.raisedAt.line}`,
    ]),
  );
  return csvText([header, ...rows], options);
}

export interface EmlOptions extends DigestTextOptions {
  /** The owner's address, from `people:`; without one the message has no To: header. */
  to: string | null;
  from?: string;
  /** The Date: header; default now. */
  now?: Date;
}

/**
 * An owner's digest as an RFC 5322 message (UTF-8 text, MIME headers, CRLF line ends), built by
 * nodemailer's MailComposer, which also encodes non-ASCII names and subjects. It is a draft to open in
 * a mail program (`X-Unsent: 1`): vawg never sends mail.
 */
export async function emitDigestEml(digest: Digest, options: EmlOptions): Promise<Uint8Array> {
  const MailComposer = mailComposer();
  const count = digest.actions.length;
  const text = emitDigestText(digest, options).replace(/\r?\n/g, '\r\n');
  // The same digest made again has the same id, so a mail program that keeps both shows it once.
  const id = createHash('sha256').update(`${digest.owner}\u0000${options.to ?? ''}\u0000${text}`).digest('hex').slice(0, 32);
  const mail = new MailComposer({
    ...(options.to ? { to: { name: safeForTerminal(digest.owner).replace(/[\r\n]/g, ' '), address: options.to } } : {}),
    ...(options.from ? { from: options.from } : {}),
    subject: `Open actions for ${oneHeaderLine(digest.owner)}, ${longDate(options.asOf)}: ${count} open, ${digest.overdue} overdue`,
    text,
    messageId: `<${id}@vawg.invalid>`,
    date: options.now ?? new Date(),
    textEncoding: 'quoted-printable',
    headers: { 'X-Unsent': '1' },
  });
  return new Promise((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(new Uint8Array(message)))));
}

/** Text that goes in a header: no control characters or line breaks, which could start another header. */
function oneHeaderLine(text: string): string {
  return safeForTerminal(text).replace(/\s+/g, ' ').trim();
}
