import type { DateOrder, Meeting } from '../model/types.js';
import { parseMinutes } from '../parse/index.js';

/** How a batch of minutes is parsed: the settings that change a parse, and how much of it is kept. */
export interface ParseSettings {
  dateOrder?: DateOrder;
  aliases?: Record<string, string>;
  closedWords?: string[];
  /**
   * `register` keeps only what the action register reads (actions, updates, closures, commitments,
   * warnings) so that a decade of minutes fits in memory; `full` keeps the whole model.
   */
  shape: 'full' | 'register';
}

/**
 * Parses one file's text to the JSON of its model, in the shape asked for. JSON is what crosses from
 * a worker thread and what the cache stores; parsing it back also copies every string out of the
 * file's text, so the text itself can be freed.
 */
export function parseToJson(text: string, file: string, settings: ParseSettings): string {
  const meeting = parseMinutes(text, { file, dateOrder: settings.dateOrder, aliases: settings.aliases, closedWords: settings.closedWords });
  return JSON.stringify(settings.shape === 'register' ? { ...meeting, attendees: [], apologies: [], items: [], decisions: [] } : meeting);
}

/** A model read back from JSON made for another path (the cache is keyed by content): it takes this file's name. */
export function meetingFromJson(json: string, file: string): Meeting {
  const meeting = JSON.parse(json) as Meeting;
  meeting.file = file;
  for (const warning of meeting.warnings) warning.file = file;
  return meeting;
}
