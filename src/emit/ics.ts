import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { calendarLibrary } from '../libraries.js';
import type { RegisterEntry } from '../register/register.js';
import { bodyKey } from '../lexicon/bodies.js';
import { fold } from '../text/normalise.js';
import { ownerNames } from './action-log.js';
import { safeForTerminal } from './terminal.js';

export interface IcsOptions {
  /** When the calendar is made (DTSTAMP); default now. */
  now?: Date;
}

/**
 * An iCalendar file (RFC 5545) with one VTODO per action that has a due date: DUE as a date, the
 * action and its owners as SUMMARY, where it came from and its last update in DESCRIPTION. Each UID is
 * made from the action's identity, so importing a later export updates the same tasks. Escaping and
 * the folding of lines at 75 octets are ical-generator's.
 */
export function emitRegisterIcs(entries: RegisterEntry[], options: IcsOptions = {}): string {
  const { escape, foldLines } = calendarLibrary();
  const text = (value: string) => escape(safeForTerminal(value), false);
  const stamp = stampOf(options.now ?? new Date());
  const seen = new Map<string, number>();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vawg//action log//EN', 'CALSCALE:GREGORIAN'];
  for (const entry of entries) {
    if (entry.due === null) continue;
    // Two actions alike in every part of their identity (the same words raised twice at a meeting) are numbered in order.
    const uid = actionUid(entry);
    const count = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, count);
    const owners = ownerNames(entry.owners) || (entry.ownersRaw ?? '');
    lines.push(
      'BEGIN:VTODO',
      `UID:${count === 1 ? uid : uid.replace('@', `-${count}@`)}`,
      `DTSTAMP:${stamp}`,
      `DUE;VALUE=DATE:${entry.due.replace(/-/g, '')}`,
      `SUMMARY:${text(owners ? `${owners}: ${entry.text}` : entry.text)}`,
      `DESCRIPTION:${text(description(entry, owners))}`,
      `STATUS:${entry.status === 'closed' ? 'COMPLETED' : 'NEEDS-ACTION'}`,
      'END:VTODO',
    );
  }
  lines.push('END:VCALENDAR');
  return `${foldLines(lines.join('\r\n'))}\r\n`;
}

function description(entry: RegisterEntry, owners: string): string {
  const update = entry.lastUpdate;
  return [
    entry.id && `ID: ${entry.id}`,
    `Action: ${entry.text}`,
    `Owner: ${owners || 'none named'}`,
    `Status: ${entry.rag ? `${entry.status} (${entry.rag})` : entry.status}`,
    entry.body && `Body: ${entry.body}`,
    `Raised: ${entry.raisedAt.date ?? 'undated meeting'} at ${entry.raisedAt.file}:${entry.raisedAt.line}`,
    update && `Last update: ${[update.date, update.progress].filter(Boolean).join(' ')} (${update.file}:${update.line})`,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The same action gets the same UID on every run: made from its body, the meeting that raised it (its
 * date, else its file's name) and its id, else its words; never from line numbers or paths, which move.
 */
export function actionUid(entry: RegisterEntry): string {
  const identity = [bodyKey(entry.body ?? ''), entry.raisedAt.date ?? basename(entry.raisedAt.file), entry.id ? `id:${fold(entry.id)}` : `text:${fold(entry.text)}`].join('\u0000');
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}@vawg`;
}

/** A UTC date-time as iCalendar writes it: 20250603T101500Z. */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
