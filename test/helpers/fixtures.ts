import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Meeting } from '../../src/model/types.js';
import { parseMinutes } from '../../src/parse/index.js';
import { decodeBytes } from '../../src/read/decode.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Fixture {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  /** Fields the parser is known to get wrong for this fixture, one per line in known-gaps. */
  knownGaps: Set<string>;
}

/** Every golden fixture: fixtures/<case>/input.{txt,md}, or input.html for minutes published only as a page, with its hand-made expected.json. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'expected.json')))
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      const files = readdirSync(dir);
      const input = files.find((file) => /^input\.(txt|md)$/.test(file)) ?? files.find((file) => file === 'input.html')!;
      const knownGaps = readGaps(join(dir, 'known-gaps'));
      return { name: entry.name, input: join(dir, input), expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')), knownGaps };
    });
}

export function parseFixture(fixture: Fixture): Meeting {
  return parseMinutes(decodeBytes(readFileSync(fixture.input)).text, { file: fixture.input });
}

const names = (owners: { name: string }[]) => owners.map((o) => o.name);

/** The meeting in the labelled (gold) shape, field by field, in a stable order. */
export function project(meeting: Meeting): Record<string, unknown> {
  const byText = <T extends { text: string }>(list: T[]) => [...list].sort((a, b) => a.text.localeCompare(b.text));
  return {
    title: meeting.title,
    date: meeting.date,
    attendees: meeting.attendees.map(({ name, initials, organisation, role }) => ({ name, initials, organisation, role })),
    apologies: meeting.apologies.map(({ name, organisation }) => ({ name, organisation })),
    items: meeting.items.map(({ number, title }) => ({ number, title })),
    actions: byText(meeting.actions.map((a) => ({ id: a.id, text: a.text, owners: names(a.owners), due: a.due, status: a.status }))),
    updates: byText(meeting.updates.map((u) => ({ ref: u.ref, text: u.text, owners: names(u.owners), status: u.status, progress: u.progress }))),
    commitments: meeting.commitments.map((c) => c.number),
    decisions: meeting.decisions.map((d) => d.text),
  };
}

/** The expected.json in the same stable order. */
export function projectExpected(expected: Record<string, unknown>): Record<string, unknown> {
  const byText = (list: unknown) => [...((list as { text: string }[]) ?? [])].sort((a, b) => a.text.localeCompare(b.text));
  return { ...expected, actions: byText(expected.actions), updates: byText(expected.updates) };
}

/**
 * The fields named in a known-gaps file (one a line, `#` comments): `known-gaps` for the text, and
 * `known-gaps-html`, `known-gaps-docx`, `known-gaps-pdf`, `known-gaps-pdf-from-docx` for what a format alone reads otherwise.
 */
export function readGaps(file: string): Set<string> {
  return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean)) : new Set<string>();
}
