import type { DateOrder, Meeting } from '../model/types.js';
import { parseMinutes } from '../parse/index.js';
import { decodeMinutes, InputError } from '../read/file.js';

/** How a batch of minutes is parsed: the settings that change a parse, and how much of it is kept. */
export interface ParseSettings {
  dateOrder?: DateOrder;
  aliases?: Record<string, string>;
  closedWords?: string[];
  /**
   * `register` keeps only what the action register reads (actions, updates, closures, commitments,
   * warnings) so that a decade of minutes fits in memory; `report` keeps the rolls too (for the
   * attendance chart); `full` keeps the whole model.
   */
  shape: 'full' | 'register' | 'report';
}

/** One file to parse: its name and bytes. */
export interface ParseJob {
  file: string;
  bytes: Uint8Array;
}

/**
 * Decodes and parses one file to the JSON of its model. JSON is what crosses from a worker thread
 * and what the cache holds; parsing it back also copies every string out of the file's text, so the
 * text itself can be freed. Throws InputError for bytes that are not text.
 */
export function runParseJob(job: ParseJob, settings: ParseSettings): string {
  const text = decodeMinutes(job.file, job.bytes);
  const meeting = parseMinutes(text, { file: job.file, dateOrder: settings.dateOrder, aliases: settings.aliases, closedWords: settings.closedWords });
  if (settings.shape === 'register') return JSON.stringify({ ...meeting, attendees: [], apologies: [], items: [], decisions: [] });
  if (settings.shape === 'report') return JSON.stringify({ ...meeting, items: [], decisions: [] });
  return JSON.stringify(meeting);
}

/** A model read back from JSON made for another path (the cache is keyed by content): it takes this file's name. */
export function meetingFromJson(json: string, file: string): Meeting {
  return withFile(JSON.parse(json) as Meeting, file);
}

/** A meeting read back from JSON, given this file's name (in place). */
export function withFile(meeting: Meeting, file: string): Meeting {
  meeting.file = file;
  for (const warning of meeting.warnings) warning.file = file;
  return meeting;
}

/**
 * A parse that threw: a fault in vawg, not in the minutes, but reported like an unreadable file (one
 * line naming it, exit 1) so that the other files of the run are still read and printed.
 */
export function parseFailure(file: string, error: unknown): InputError {
  const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
  return new InputError(file, `could not be parsed (${reason}); the other files were still read (this is a fault in vawg: please report it with the file)`);
}
