/**
 * The labels minutes put on their header fields ("Date:", "Time:", "Venue:") and the sentences that
 * say where a meeting was held. One home for them, read by the header extractor.
 */

export type HeaderField = 'title' | 'date' | 'time' | 'location';

// "Date", "Date of meeting", "Date of review" (a post-incident review's own date, not the incident's).
const DATE_LABEL = String.raw`(?:date|meeting date|review date|date of (?:the )?(?:meeting|review|session|call)|when)`;

/** Whether a cell is only a label of the meeting's date ("Date:", "Date of review"). */
export function isDateLabel(cell: string): boolean {
  return DATE_LABEL_CELL.test(cell);
}
const DATE_LABEL_CELL = new RegExp(String.raw`^${DATE_LABEL}\s*:?$`, 'i');

const LABELS: [HeaderField, RegExp][] = [
  // "Meeting: Lumora Payments <> Tessara Logística – Partnership Discovery", as meeting reports head themselves.
  ['title', /^(?:meeting|meeting title|meeting name|title)\s?:\s*(\S.*)$/i],
  ['date', new RegExp(String.raw`^${DATE_LABEL}\s?:\s*(\S.*)$`, 'i')],
  ['time', /^(?:time|times|start time|meeting time)\s?:\s*(\S.*)$/i],
  ['location', /^(?:location|venue|where|place|meeting place|meeting location|room)\s?:\s*(\S.*)$/i],
];

/**
 * Council, community, minutes, committee, meeting, board, town, municipality, sitting: the Welsh and French words of
 * a bilingual heading's lines in the other language, which come before the English.
 */
export const OTHER_LANGUAGE_TITLE_WORD = /(?:^|\s)(?:cyngor|cymuned|cofnodion|pwyllgor|cyfarfod|bwrdd|tref|municipalité|conseil|procès-verbal|séance|comité|ville)(?=\s|$)/i;

// "Held at the Village Hall", "The meeting was held in Committee Room 2", "Held via Zoom".
const HELD = /^(?:the meeting was |this meeting was |meeting )?held (?:at|in|via|on|over|by) (\S.*)$/i;
// What may follow the place in a "held at" sentence: its date or time (a house number, ", 200 Main
// Street", is part of the place).
const AFTER_PLACE = /\s(?:on|at|from)\s(?=(?:mon|tue|wed|thu|fri|sat|sun|\d))|,\s(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[.:]\d{2}|\d{1,2}\s?[ap]\.?m\b|\d{1,2}[/.]\d{1,2}[/.]\d|\d{4}-\d)/i;

/** A header line's field and value ("Venue: Zoom" → location "Zoom"), or null. */
export function matchHeaderField(text: string): { field: HeaderField; value: string } | null {
  for (const [field, pattern] of LABELS) {
    const m = pattern.exec(text);
    if (m) return { field, value: m[1].trim() };
  }
  const held = HELD.exec(text);
  if (!held) return null;
  const after = AFTER_PLACE.exec(held[1]);
  const place = (after ? held[1].slice(0, after.index) : held[1]).replace(/[.,;]$/, '').trim();
  return place === '' ? null : { field: 'location', value: place };
}
