import type { Person } from '../model/types.js';
import type { Line, Source } from '../read/source.js';
import { fold, isAscii } from '../text/normalise.js';
import { cleanDescriptor, isPersonalName, parsePersonEntry, splitTopLevel, stripHonorifics } from './person-entry.js';

export interface People {
  attendees: Person[];
  apologies: Person[];
  /** Lines that opened an attendance or apologies section, for "missing section" checks. */
  sections: { kind: 'attendees' | 'apologies'; line: number }[];
  /** Entries that repeat a person already listed in the same list. */
  duplicates: Person[];
}

type Kind = 'attendees' | 'apologies';

const ATTENDEE_LABEL =
  /^(?:attendees|attendance|attending|(?!not\b)(?:[a-z][\w-]*\s+){0,2}present|(?:also )?in attendance|also attending|officers(?: in attendance)?|external(?: attendees)?|guests|observers|participants)\b/i;
const APOLOGY_LABEL = /^(?:apologies(?: for absence)?(?: received)?(?: from)?|regrets|absent|(?:members|directors|trustees|governors|councillors) (?:absent|not present)|not present|absences)\b/i;
// Separators for splitTopLevel, kept global so it can use them as they are.
const ENTRY_SEPARATOR = /\s*[,;]\s*|\s+(?:and|&)\s+/g;
const SEMICOLON = /;/g;
const SEMICOLON_LIST = /\s*;\s*(?:and\s+)?/g;
const COMMA_LIST = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/g;
const LABELS = [['attendees', ATTENDEE_LABEL], ['apologies', APOLOGY_LABEL]] as const;
const LABEL_REST = /^\s*(?:[:\-\u2013\u2014]\s*|$)/;
const ITEM_NUMBER = /^(?:\d{1,3}[.:)]?|[IVX]{1,5}[.:)])\s+/;
const APOLOGY_SENTENCE =
  /\bapologies(?: for absence)?(?: (?:were|was|had been|have been))?(?: (?:received|noted|given|tendered|sent|submitted|reported))?(?: and (?:accepted|noted))? from (.+?)(?:\.(?:\s|$)|$)/i;

/** Attendees and apologies from labelled sections, tables and "Apologies were received from …" sentences. */
export function extractPeople(source: Source): People {
  const people: People = { attendees: [], apologies: [], sections: [], duplicates: [] };
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const label = readLabel(lines[i]);
    if (label) {
      people.sections.push({ kind: label.kind, line: lines[i].line });
      const found: Person[] = [];
      i = readSection(lines, i, label, found) - 1;
      // A person twice in one list is a slip; the same person in a list and a later sentence is not.
      const seen = new Set<string>();
      for (const person of found) {
        const key = fold(person.name);
        if (seen.has(key)) people.duplicates.push(person);
        seen.add(key);
      }
      addAll(people[label.kind], found);
      continue;
    }
    const sentence = APOLOGY_SENTENCE.exec(lines[i].text);
    if (sentence && lines[i].kind !== 'heading') {
      people.sections.push({ kind: 'apologies', line: lines[i].line });
      addAll(people.apologies, parseInlineList(sentence[1], lines[i].line));
    }
  }
  return { attendees: dedupe(people.attendees), apologies: dedupe(people.apologies), sections: people.sections, duplicates: people.duplicates };
}

interface Label {
  kind: Kind;
  /** Entries on the label's own line ("Present: A, B and C"). */
  inline: string;
}

function readLabel(line: Line): Label | null {
  if (line.cells && line.cells.length > 2) return null;
  const text = line.text.replace(ITEM_NUMBER, '');
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const rest = LABEL_REST.exec(after);
    // "1. Attendees and apologies for absence" opens the attendee list that follows it.
    const isTitle = rest === null && (line.kind === 'heading' || ITEM_NUMBER.test(line.text)) && after.length < 40;
    if (!rest && !isTitle) continue;
    if (rest && /^\s*[\u2013\u2014-]/.test(after) && !/:/.test(text)) continue;
    if (kind === 'apologies' && /^\s*(?:none|nil|no apologies)/i.test(after.slice(rest?.[0].length ?? 0))) return { kind, inline: '' };
    return { kind, inline: rest ? after.slice(rest[0].length).trim() : '' };
  }
  return null;
}

/** Reads the people under a label; returns the index of the first line after the section. */
function readSection(lines: Line[], start: number, label: Label, into: Person[]): number {
  const first = lines[start];
  let i = start + 1;
  if (label.inline) {
    // A one-line list may go on over following lines of the same paragraph: each line is a list of its
    // own, unless the export wrapped it mid-entry ("Rosalind / Okafor-Grant", "Director / of Programs").
    let text = label.inline;
    let line = first.line;
    while (i < lines.length && !lines[i].blockStart && !readLabel(lines[i])) {
      if (text.length < 2000 && wrapsOnto(text, lines[i].text)) text = `${text} ${lines[i].text}`;
      else {
        addAll(into, parseInlineList(text, line));
        text = lines[i].text;
        line = lines[i].line;
      }
      i++;
    }
    addAll(into, parseInlineList(text, line));
    return i;
  }
  let header: string[] | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'heading' || readLabel(line)) break;
    if (line.cells && !header && line.cells.some((cell) => /^(?:name|attendee|member|person)s?$/i.test(cell))) {
      header = line.cells.map((cell) => cell.toLowerCase());
      continue;
    }
    const found = header && line.cells ? personFromRow(header, line) : readEntryLine(line);
    if (found.length === 0) {
      if (line.text.length < 3) continue;
      break;
    }
    addAll(into, found);
  }
  return i;
}

function readEntryLine(line: Line): Person[] {
  if (ITEM_NUMBER.test(line.text) && line.kind !== 'item') return [];
  const segments = splitTopLevel(line.text, ENTRY_SEPARATOR);
  // "Jo Smith, Sam Jones, Alex Brown" on one line is a list, not a name with organisations.
  if (segments.length >= 3 && segments.every((segment) => isPersonalName(stripHonorifics(segment)))) {
    return parseInlineList(line.text, line.line);
  }
  const person = parsePersonEntry(line.text, line.line, line.lead);
  return person ? [person] : [];
}

function personFromRow(header: string[], line: Line): Person[] {
  const cell = (pattern: RegExp) => {
    const index = header.findIndex((h) => pattern.test(h));
    return index >= 0 ? line.cells![index]?.trim() || null : null;
  };
  const name = cell(/^(?:name|attendee|member|person)s?$/);
  if (!name) return [];
  const person = parsePersonEntry(name, line.line);
  if (!person) return [];
  person.role ??= cleanDescriptor(cell(/^(?:role|position|title|office)$/));
  person.organisation ??= cleanDescriptor(cell(/^(?:organi[sz]ation|org|body|agency|representing)$/));
  person.initials ??= cell(/^initials$/);
  return [person];
}

/** "Councillors A, B and C", "Jo Bloggs, Chair; Sam Lee, Treasurer" to people. */
export function parseInlineList(text: string, line: number): Person[] {
  const cleaned = text.replace(/\.$/, '').trim();
  const useSemicolons = splitTopLevel(cleaned, SEMICOLON).length > 1;
  const pieces = useSemicolons ? splitTopLevel(cleaned, SEMICOLON_LIST) : splitTopLevel(cleaned, COMMA_LIST);
  const people: Person[] = [];
  for (const piece of pieces.flatMap((p) => (useSemicolons ? splitNameList(p) : [p]))) {
    // "Councillors A, B" distributes the plural title over the list.
    const entry = piece.replace(/^(?:councillors|cllrs|drs|messrs)\s+/i, '');
    const person = parsePersonEntry(entry, line);
    if (person) people.push(person);
    else if (people.length > 0 && !useSemicolons && /^[A-Z]/.test(entry) && !/\s(?:of|the)\s+public$/i.test(entry)) {
      // "Jane Doe, Acme Trust" in a comma list: the organisation belongs to the person before it.
      people[people.length - 1].organisation ??= entry;
    }
  }
  return people;
}

function addAll(into: Person[], people: Person[]): void {
  // One at a time: spreading a long list into push overflows the stack.
  for (const person of people) into.push(person);
}

function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = fold(person.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Councillors Ann Lee, Bo Chan and Cy Dee" inside a semicolon list is still several people. */
function splitNameList(piece: string): string[] {
  const title = /^(?:councillors|cllrs)\s+/i.exec(piece)?.[0] ?? '';
  const segments = splitTopLevel(piece.slice(title.length), COMMA_LIST);
  return segments.length >= 2 && segments.every((s) => isPersonalName(stripHonorifics(s))) ? segments : [piece];
}

/** True when `next` continues an entry that `text` left unfinished. */
function wrapsOnto(text: string, next: string): boolean {
  if (/^[(\p{Ll}]/u.test(next) || /(?:,|;|\band|&)$/.test(text)) return true;
  const lastEntry = text.split(/[;,]/).pop()!.trim();
  // ASCII names skip the Unicode classes, which are slow to compile (see ASCII_NAME_WORD).
  return (isAscii(lastEntry) ? /^[A-Z][A-Za-z'.-]*$/ : /^\p{Lu}[\p{L}'’.-]*$/u).test(lastEntry) && !/[)]$/.test(text);
}
