import type { Diagnostic, Meeting, ParseOptions } from '../model/types.js';
import { readSource } from '../read/index.js';
import { MAX_LINE_LENGTH, type Line, type Source } from '../read/source.js';
import { extractActions } from './actions.js';
import { extractClosures } from './closures.js';
import { extractCommitments } from './commitments.js';
import { extractDecisions } from './decisions.js';
import { extractHeader, type Header } from './header.js';
import { extractItems } from './items.js';
import { locateItems } from './locate.js';
import { extractPeople } from './people.js';
import { detectDateOrder } from '../text/dates.js';

/** Minutes text to the meeting model. Never throws on odd minutes: what it cannot read becomes a warning. */
export function parseMinutes(text: string, options: ParseOptions = {}): Meeting {
  const source = readSource(text, options);
  return parseSource(source, options);
}

/** The extractors over an already-read source. */
export function parseSource(source: Source, options: ParseOptions = {}): Meeting {
  const order = options.dateOrder ?? detectDateOrder(source.text, isoDatesStated(source));
  const people = extractPeople(source);
  const itemLines: Line[] = [];
  const items = extractItems(source, people.entryLines, itemLines);
  // Where the first section opens, as an index into the lines (the pieces of one long line share its
  // number). A fold, not a spread into Math.min: minutes can have more sections than the stack has room for.
  const firstItem = itemLines.length > 0 ? source.lines.indexOf(itemLines[0]) : -1;
  const firstSection = people.sections.reduce((first, s) => Math.min(first, s.index), firstItem >= 0 ? firstItem : Infinity);
  const header = extractHeader(source, firstSection, order);
  const itemAt = locateItems(items);
  const { actions, updates, warnings } = extractActions(source, {
    meetingDate: header.date,
    order,
    itemAt,
    itemNumbers: new Set(items.flatMap((item) => (item.number === null ? [] : [item.number]))),
    itemLines: new Set(itemLines),
    attendees: people.attendees,
    apologies: people.apologies,
    aliases: options.aliases,
    closedWords: options.closedWords,
  });
  return {
    file: source.file,
    title: header.title,
    date: header.date,
    time: header.time,
    location: header.location,
    attendees: people.attendees,
    apologies: people.apologies,
    items,
    actions,
    updates,
    commitments: extractCommitments(source, itemAt),
    decisions: extractDecisions(source, itemAt),
    closures: extractClosures(source, order),
    warnings: [...(source.unacceptedChanges ? [unacceptedChangesWarning(source.file)] : []), ...(header.overriddenFrontDate ? [frontDateWarning(source.file, header)] : []), ...source.truncated.map((line) => longLineWarning(source.file, line)), ...people.duplicates.map((person) => duplicateWarning(source.file, person)), ...people.unread.map((line) => unreadEntryWarning(source.file, line)), ...warnings].sort((a, b) => a.line - b.line),
    ...(source.pageStarts ? { pageStarts: source.pageStarts } : {}),
  };
}

// "2023-04-03" opening a front-matter date or anywhere in a file name ("2023-04-03-board.md").
const ISO_DATE = /(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)/;

/** The dates a document gives in ISO form outside its text: front matter and file name. */
function isoDatesStated(source: Source): string[] {
  const stated: string[] = [];
  const front = source.frontMatter.date;
  if (front instanceof Date && !Number.isNaN(front.getTime())) stated.push(front.toISOString().slice(0, 10));
  for (const text of [typeof front === 'string' ? front : '', source.file.slice(source.file.lastIndexOf('/') + 1)]) {
    const m = ISO_DATE.exec(text);
    if (m) stated.push(`${m[1]}-${m[2]}-${m[3]}`);
  }
  return stated;
}

function frontDateWarning(file: string, header: Header): Diagnostic {
  return {
    file,
    line: header.dateLine ?? 1,
    column: 1,
    severity: 'warning',
    ruleId: 'meeting-date',
    messageId: 'front-matter-date-differs',
    reason: `Front matter gives the date \`${header.overriddenFrontDate}\`, the minutes \`${header.date}\`; using the minutes' date`,
  };
}

function unacceptedChangesWarning(file: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    ruleId: 'tracked-changes',
    messageId: 'unaccepted-changes',
    reason: 'The document has tracked changes that are not accepted; read as if accepted',
  };
}

function unreadEntryWarning(file: string, line: Line): Diagnostic {
  return {
    file,
    line: line.line,
    column: 1,
    severity: 'warning',
    ruleId: 'roll-entry',
    messageId: 'unread-entry',
    reason: `\`${line.text.slice(0, 80)}\` in a list of people reads as no one; write it as \`Name (Role, Organisation)\``,
  };
}

function duplicateWarning(file: string, person: { name: string; line: number }): Diagnostic {
  return {
    file,
    line: person.line,
    column: 1,
    severity: 'warning',
    ruleId: 'duplicate-attendee',
    messageId: 'duplicate-person',
    reason: `\`${person.name}\` is listed twice; remove the repeat`,
  };
}

function longLineWarning(file: string, line: number): Diagnostic {
  return {
    file,
    line,
    column: MAX_LINE_LENGTH + 1,
    severity: 'warning',
    ruleId: 'line-too-long',
    messageId: 'truncated',
    reason: `Line is longer than ${MAX_LINE_LENGTH} characters; only the first ${MAX_LINE_LENGTH} were read`,
  };
}
