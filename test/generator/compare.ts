/** Parses a generated meeting with vawg and compares the fields the generator knows the truth of. */
import { isDeepStrictEqual } from 'node:util';
import type { Meeting } from '../../src/model/types.js';
import { parseMinutes } from '../../src/index.js';
import { decodeBytes } from '../../src/read/decode.js';
import type { GeneratedMeeting, Truth } from './meeting.js';
import { byText } from './outcomes.js';

export const FIELDS = ['title', 'date', 'time', 'location', 'attendees', 'apologies', 'items', 'actions', 'updates', 'decisions'] as const;
export type Field = (typeof FIELDS)[number];

/** The parsed meeting in the truth's shape, normalised as test/helpers/fixtures.ts project() does. */
export function projectMeeting(meeting: Meeting): Truth {
  return {
    title: meeting.title as string,
    date: meeting.date as string,
    time: meeting.time ? { start: meeting.time.start, end: meeting.time.end } : null,
    location: meeting.location,
    attendees: meeting.attendees.map(({ name, initials, organisation, role }) => ({ name, initials, organisation, role })),
    apologies: meeting.apologies.map(({ name, organisation }) => ({ name, organisation })),
    items: meeting.items.map(({ number, title }) => ({ number, title })),
    actions: byText(meeting.actions.map((a) => ({ id: a.id, text: a.text, owners: a.owners.map((o) => o.name), due: a.due, status: a.status }))),
    updates: byText(meeting.updates.map((u) => ({ ref: u.ref, text: u.text, owners: u.owners.map((o) => o.name), status: u.status, progress: u.progress }))),
    decisions: meeting.decisions.map((d) => d.text),
  };
}


export interface Outcome {
  actual: Truth | null;
  /** Fields that differ from the truth; every field when the parser threw. */
  failed: Field[];
  error: string | null;
}

/** Decodes the bytes as the CLI does, parses, and lists the fields that differ. */
export function checkMeeting(generated: GeneratedMeeting): Outcome {
  try {
    const text = decodeBytes(generated.bytes).text;
    const actual = projectMeeting(parseMinutes(text, { file: generated.fileName }));
    const failed = FIELDS.filter((field) => !isDeepStrictEqual(actual[field], generated.truth[field]));
    return { actual, failed, error: null };
  } catch (error) {
    return { actual: null, failed: [...FIELDS], error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
}
