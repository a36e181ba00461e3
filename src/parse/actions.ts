import { fold } from '../text/normalise.js';
import type { Action, DateOrder, Diagnostic, Owner, Person, Rag, Update } from '../model/types.js';
import type { Line, Source } from '../read/source.js';
import { Directory } from '../resolve/owners.js';
import { findDates, parseDateCell } from '../text/dates.js';
import { contentWords, textSimilarity, wordSimilarity } from '../text/similarity.js';
import { extractInlineActions, type InlineAction } from './action-lines.js';
import { readOwnerFirst } from './owner-first.js';
import type { ItemLocator } from './locate.js';
import { endsWithStatus, readStatus, splitTrailingStatus, startsWithStatus } from '../lexicon/status.js';
import { DUE_CUE, isMeetingFor, relativeDue } from '../lexicon/due.js';
import { findActionTables, type LogRow } from './tables.js';
import { letterPattern } from '../text/letters.js';

export interface ActionContext {
  meetingDate: string | null;
  order: DateOrder;
  itemAt: ItemLocator;
  /** The numbers of this meeting's items: a log row raised under another item is an earlier meeting's. */
  itemNumbers?: ReadonlySet<string>;
  /** The lines this meeting's items open on: each ends a section of actions or of reports on earlier ones. */
  itemLines?: ReadonlySet<Line>;
  attendees: Person[];
  apologies: Person[];
  /** Other names for owners ("PD" → "Paul Dowie"), from configuration. */
  aliases?: Record<string, string>;
  /** Status words that also mean closed, from configuration. */
  closedWords?: string[];
}

export interface ActionsResult {
  actions: Action[];
  updates: Update[];
  warnings: Diagnostic[];
}

const MATCH_THRESHOLD = 0.55;
// What a log row's minute reference naming the item a task was set under adds to their likeness: with the same owner, enough.
const SAME_ITEM = 0.4;
const NEW_STATUS = /^new\b/i;
const CARRIED_PROGRESS = /^(?:carried|c\/f|b\/f)/i;
// How alike two wordings of one carried task are.
const SAME_TASK = 0.8;

/** "Jul 24" in a due cell of a 2024 meeting is a month of that year, not the 24th of July. */
function isMonthOfYear(cell: string, meetingDate: string | null): boolean {
  const m = /^[A-Za-z]{3,9}\.? (\d{2})$/.exec(cell.trim());
  return m !== null && meetingDate !== null && m[1] === meetingDate.slice(2, 4);
}

const WEEKDAY_BEFORE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? +$/i;
// "4. Summer fair": an agenda item's number and title in a table's first column.
const ITEM_TITLE = letterPattern(String.raw`^\d{1,3}\.? \p{L}{2,}`, 'u');
const SENTENCE_BREAK = letterPattern(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, 'u');
const CARRIED = /\s*\(?\b(?:c\/f|carried forward|b\/f|brought forward)\b[^)]*\)?\s*/i;

/**
 * The meeting's actions and the updates it gives on earlier ones: inline ACTION lines merged with
 * their action-log rows, log rows with no inline line, and previous-actions tables and lists.
 */
export function extractActions(source: Source, context: ActionContext): ActionsResult {
  const directory = new Directory([...context.attendees, ...context.apologies], source.text, context.aliases);
  const found = extractInlineActions(source, (raw) => directory.knows(raw), (raw) => directory.namesSomeone(raw), context.itemLines);
  const tables = findActionTables(source, context.meetingDate, context.order);
  // A task in prose is one only in minutes that mark none otherwise, in a log of this meeting's actions as much as
  // inline (a table reporting on earlier actions marks none of this meeting's).
  const inline = tables.some((table) => table.kind === 'log') ? found.filter((entry) => !entry.prose) : found;
  const updates: Update[] = [];

  // A report on earlier actions may list this meeting's too, its Meeting column naming today's date:
  // those rows are this meeting's log, not updates.
  const raisedToday = (row: LogRow) => context.meetingDate !== null && row.raised !== null && parseDateCell(row.raised, { order: context.order }) === context.meetingDate;
  const todaysRows: LogRow[] = [];
  for (const table of tables.filter((t) => t.kind === 'previous')) {
    for (const row of table.rows) {
      if (raisedToday(row)) todaysRows.push(row);
      else updates.push(updateFromRow(withOwnerFromText(row, directory), directory, context));
    }
  }
  const raisedHere = inline.filter((a) => a.context !== 'matters-arising');
  const logRows = [...tables.filter((t) => t.kind === 'log').flatMap((t) => t.rows), ...todaysRows].flatMap((row) => rowActions(row, directory));
  const currentRows = logRows.filter((row) => !row.earlier || raisedToday(row));
  // Raised before this meeting: on an earlier date, or under an item of another meeting ("211.6(ii)" among items 212.x).
  const raisedBefore = (row: LogRow) => (context.meetingDate !== null && row.raised !== null && (parseDateCell(row.raised, { order: context.order }) ?? context.meetingDate) < context.meetingDate) || underOtherItem(row, context.itemNumbers);
  const pairs = pairInlineWithRows(raisedHere, currentRows, directory, raisedBefore, context.itemAt);
  const actions: Action[] = [];
  const pairedRows = new Set(pairs.values());
  // Minutes that report on earlier actions in a table of their own keep only this meeting's in the log: a row due
  // before the meeting there was set and done since ("Add the rollback command to the runbook | … | 2025-06-11 | Done").
  const earlier = earlierRows(logRows, pairedRows, context, tables.some((t) => t.kind === 'previous'));
  // A task under Matters arising that this meeting's own log rows list was raised here, not reported on.
  const arising = inline.filter((a) => a.context === 'matters-arising');
  const openRows = currentRows.filter((row) => !pairedRows.has(row) && !earlier.has(row));
  const arisingPairs = arising.length > 0 && openRows.length > 0 ? pairInlineWithRows(arising, openRows, directory) : new Map<InlineAction, LogRow>();
  // "(d) Fabric Convener to arrange the inspection – the report has now been received": among reports whose progress
  // after the dash ends in a status, one whose progress says none is split at its dash all the same.
  const progressAfterDash = arising.filter((entry) => !entry.progress && splitProgress(entry.text, false)?.[0] === beforeOnlyDash(entry.text)).length >= 2;
  for (const entry of arising) {
    const row = arisingPairs.get(entry);
    if (!row) updates.push(updateFromEntry(entry, directory, context, progressAfterDash));
    else {
      pairs.set(entry, row);
      pairedRows.add(row);
      raisedHere.push(entry);
    }
  }

  // "@Dmitri: pursue a report" in an item, and the same task in the review of outstanding actions: restated, not new.
  const reported = new Set(updates.map((update) => fold(update.text)));
  // A meeting bot's "Action Items" and "Action Items, by person" list each action again, word for word.
  const raisedAlready = new Set<string>();
  for (const entry of raisedHere) {
    const row = pairs.get(entry) ?? null;
    // "ACTION (Jo) –" with nothing after it: not an action to log; `vawg check` reports the line.
    if (!entry.text && !row) continue;
    if (!row && reported.has(fold(entry.text))) continue;
    const key = `${fold(entry.ownersRaw ?? '')}\u0000${fold(entry.text)}`;
    if (!row && raisedAlready.has(key)) continue;
    raisedAlready.add(key);
    actions.push(buildAction(entry, row, directory, context));
  }
  for (const row of logRows) {
    if (pairedRows.has(row)) continue;
    if (earlier.has(row) || (row.earlier && !raisedToday(row))) updates.push(updateFromRow(row, directory, context));
    else actions.push(buildAction(null, row, directory, context));
  }
  actions.sort((a, b) => a.lines[0] - b.lines[0]);
  updates.sort((a, b) => a.line - b.line);
  // "d) Get quotes for snow removal – Raymond – Carried forward" and the same task "(carried forward)" in the action
  // table: one update, as first reported.
  // "→ Priya: book the empty-states session with Design (carried over)" after "✘ Priya – book a session with Design on
  // empty states" in the review: the same task carried, in other words.
  const reportedOnce = new Set<string>();
  for (let k = 0; k < updates.length; k++) {
    const owners = updates[k].owners.map((owner) => owner.name).join(', ');
    const key = `${owners}\u0000${fold(updates[k].text)}`;
    const carriedAgain = CARRIED_PROGRESS.test(updates[k].progress ?? '') && updates.slice(0, k).some((earlier) => earlier.owners.map((owner) => owner.name).join(', ') === owners && textSimilarity(earlier.text, updates[k].text) >= SAME_TASK);
    if (reportedOnce.has(key) || carriedAgain) updates.splice(k--, 1);
    else reportedOnce.add(key);
  }

  directory.settleNames([...actions, ...updates].flatMap((a) => a.owners));
  // The roll left out the initials the minutes go on to use for its people: they are theirs.
  for (const [person, initials] of directory.initialsUsed([...actions, ...updates].flatMap((a) => a.owners))) person.initials = initials;
  const warnings = nearMissWarnings(directory, source.file);
  return { actions, updates, warnings };
}

/**
 * The right-hand Action column of an item table ("Item | Discussion | Action"): a cell with no owner
 * column holds owner-first actions ("KB to book … OP and HS to draw up …"), one per sentence, and
 * its first cell names the agenda item, not an action number.
 */
function rowActions(row: LogRow, directory: Directory): LogRow[] {
  if (!row.owner && !row.id) return [withOwnerFromText(row, directory)];
  if (row.owner || !row.id || !ITEM_TITLE.test(row.id)) return [row];
  const rows: LogRow[] = [];
  for (const sentence of row.text.split(SENTENCE_BREAK.for(row.text))) {
    const owned = readOwnerFirst(sentence);
    if (!owned || !directory.knows(owned.ownersRaw)) return [row];
    rows.push({ ...row, id: null, text: owned.text, owner: owned.ownersRaw });
  }
  return rows;
}

/** "Tomasz to renew the insurance" in a table with no owner column: the owner the wording names first, when the minutes know them. */
function withOwnerFromText(row: LogRow, directory: Directory): LogRow {
  const owned = row.owner ? null : readOwnerFirst(row.text);
  return owned && directory.knows(owned.ownersRaw) ? { ...row, text: owned.text, owner: owned.ownersRaw } : row;
}

/** Best one-to-one pairing of inline actions with log rows, by wording and owners. */
function pairInlineWithRows(inline: InlineAction[], rows: LogRow[], directory: Directory, raisedBefore: (row: LogRow) => boolean = () => false, itemAt: ItemLocator = () => null): Map<InlineAction, LogRow> {
  const candidates: { score: number; entry: InlineAction; row: LogRow }[] = [];
  // Each text's words and each row's owner cells are taken once, not once per pair.
  const rowWords = rows.map((row) => contentWords(row.text));
  const rowOwnerCells = rows.map((row) => [row.owner, row.others].filter(Boolean).join(', '));
  const rowMinutes = rows.map((row) => (minuteOf(row) === null ? null : withoutLetters(minuteOf(row)!)));
  for (const entry of inline) {
    const entryOwners = new Set(directory.resolveNames(entry.ownersRaw));
    const entryWords = entry.text && rows.length > 0 ? contentWords(entry.text) : null;
    const item = itemAt(entry.line);
    const entryItem = item === null ? null : withoutLetters(item);
    for (const [r, row] of rows.entries()) {
      // A row raised before this meeting and done since is no task set at it, however alike their words.
      if (raisedBefore(row) && readStatus(row.status).status === 'closed') continue;
      let score = entryWords ? wordSimilarity(entryWords, rowWords[r]) : 0;
      if (directory.resolveNames(rowOwnerCells[r]).some((name) => entryOwners.has(name))) score += 0.15;
      // "CoG 25/019 | Breakdown of trolley waits …" in the log, and the task set under item CoG 25/019 in other words.
      if (rowMinutes[r] !== null && rowMinutes[r] === entryItem) score += SAME_ITEM;
      if (score >= MATCH_THRESHOLD) candidates.push({ score, entry, row });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.row.line - b.row.line);
  const pairs = new Map<InlineAction, LogRow>();
  const used = new Set<LogRow>();
  for (const { entry, row } of candidates) {
    if (pairs.has(entry) || used.has(row)) continue;
    pairs.set(entry, row);
    used.add(row);
  }
  // "… Mr Fraser agreed to look at extending its hours.   ACTION: NF": a paragraph tagged with its owner, told in other
  // words than the log's row. The one such paragraph and the one open row of the same owner are one action.
  const unpairedRows = rows.map((row, r) => ({ row, owners: directory.resolveNames(rowOwnerCells[r]) })).filter(({ row }) => !used.has(row) && !raisedBefore(row));
  const narratives = inline.filter((entry) => entry.narrative && !pairs.has(entry));
  for (const entry of narratives) {
    const owners = directory.resolveNames(entry.ownersRaw);
    const same = (names: string[]) => names.length === owners.length && names.every((name) => owners.includes(name));
    const rowsOfOwner = unpairedRows.filter(({ row, owners: names }) => !used.has(row) && same(names));
    const entriesOfOwner = narratives.filter((other) => !pairs.has(other) && same(directory.resolveNames(other.ownersRaw)));
    if (owners.length > 0 && rowsOfOwner.length === 1 && entriesOfOwner.length === 1) {
      pairs.set(entry, rowsOfOwner[0].row);
      used.add(rowsOfOwner[0].row);
    }
  }
  return pairs;
}

/**
 * Rows of a cumulative log that belong to earlier meetings: raised or due before this meeting,
 * carried forward, numbered in another meeting's series ("QPC-2403-05" beside "QPC-2405-01"), or raised under
 * an item this meeting does not have.
 */
function earlierRows(rows: LogRow[], paired: Set<LogRow>, { meetingDate, order, itemNumbers }: ActionContext, reportedApart = false): Set<LogRow> {
  // "Minute ref" beside the action's own number: a log whose rows name this meeting's items tells the rest apart by theirs.
  // "25/13.1" under item "FAC 25/13": a committee's letters before the item's number are no part of the match.
  const items = itemNumbers === undefined ? undefined : new Set([...itemNumbers].map(withoutLetters));
  const isItem = (minute: string) => items!.has(withoutLetters(minute));
  const byMinute = items !== undefined && rows.some((row) => minuteOf(row) !== null && isItem(minuteOf(row)!));
  const series = new Set([...paired].map((row) => seriesOf(row.id)).filter((s): s is string => s !== null));
  // The lowest number this meeting's own (inline-matched) rows have in each series: lower ones were raised before it.
  const lowest = new Map<string, number>();
  for (const row of paired) {
    const key = seriesOf(row.id);
    const n = numberOf(row.id);
    if (key !== null && n !== null && n < (lowest.get(key) ?? Infinity)) lowest.set(key, n);
  }
  // "27 | Revised proposal … | CEO | 19/06/25 | New": a cumulative log that marks this meeting's rows as new marks the
  // others as earlier.
  const marksNew = rows.some((row) => NEW_STATUS.test(row.status ?? ''));
  const earlier = new Set<LogRow>();
  for (const row of rows) {
    if (paired.has(row)) continue;
    // Rows with no status at all (an item table's "Action" column) are no part of that log.
    // (Not a row raised under one of this meeting's items: "CoG 25/019 | … | Green" is today's, on track.)
    if (marksNew && row.status && !NEW_STATUS.test(row.status) && !(byMinute && minuteOf(row) !== null && isItem(minuteOf(row)!))) {
      earlier.add(row);
      continue;
    }
    const raised = row.raised ? parseDateCell(row.raised, { order }) : null;
    const due = row.due ? parseDateCell(row.due, { order, reference: meetingDate }) : null;
    const rowSeries = seriesOf(row.id);
    if (
      (byMinute && minuteOf(row) !== null && !isItem(minuteOf(row)!)) ||
      underOtherItemOfItsKind(row, itemNumbers) ||
      (meetingDate && raised && raised < meetingDate) ||
      (meetingDate && !raised && due && due < meetingDate && !reportedApart) ||
      (series.size === 1 && rowSeries !== null && !series.has(rowSeries)) ||
      (rowSeries !== null && (numberOf(row.id) ?? Infinity) < (lowest.get(rowSeries) ?? -Infinity)) ||
      CARRIED.test(`${row.text} ${row.due ?? ''} ${row.status ?? ''} ${row.progress ?? ''}`) ||
      raisedInEarlierMonth(row.id, meetingDate)
    ) {
      earlier.add(row);
    }
  }
  return earlier;
}

/** Whether a row's Minute column names an item this meeting does not have, nor a part of one ("212.4(b)", "212.4.1"). */
function underOtherItem(row: LogRow, itemNumbers: ReadonlySet<string> | undefined): boolean {
  const minute = minuteOf(row);
  if (minute === null || itemNumbers === undefined || itemNumbers.size === 0) return false;
  const written = withoutLetters(minute);
  return ![...itemNumbers].map(withoutLetters).some((item) => written === item || written.startsWith(`${item}.`) || written.startsWith(`${item}(`));
}

/**
 * "211.6(ii)" in the Min. No. column of minutes whose items are 212.1 to 212.9: a number of the same kind as this
 * meeting's items, of another meeting.
 */
function underOtherItemOfItsKind(row: LogRow, itemNumbers: ReadonlySet<string> | undefined): boolean {
  const minute = minuteOf(row);
  if (minute === null || itemNumbers === undefined || !underOtherItem(row, itemNumbers)) return false;
  const kind = (number: string) => withoutLetters(number).replace(/\(.*$/, '').replace(/\d/g, '9');
  return [...itemNumbers].some((item) => kind(item) === kind(minute));
}

/** "FAC 25/13", "PCP/24/38" → "25/13", "24/38": an item's number without the letters of the body's series. */
function withoutLetters(number: string): string {
  return number.replace(/^[A-Za-z]{1,6}[ /]?(?=\d)/, '');
}

/** The item a row was raised under: its Minute column, or its id's ("B25/012.1" is the first action of minute B25/012). */
function minuteOf(row: LogRow): string | null {
  return row.minute ?? (row.id && ACTION_OF_MINUTE.test(row.id) ? row.id.replace(ACTION_OF_MINUTE, '') : null);
}
const ACTION_OF_MINUTE = /\.\d{1,2}$/;

/** "TB-A-24-005" → 5: the running number at the end of a series id. */
// "25/03-04": the fourth action of the meeting in March 2025, as a log numbers its actions by year and month.
const YEAR_MONTH_ID = /^(?:[A-Z]{1,6}[-/ ]?)?(\d{2})\/(\d{2})[-.](\d{1,3})$/;

/** Whether an action's id names a month before the meeting's (a report on an earlier meeting's action). */
function raisedInEarlierMonth(id: string | null, meetingDate: string | null): boolean {
  const m = id && meetingDate ? YEAR_MONTH_ID.exec(id) : null;
  if (!m || +m[2] < 1 || +m[2] > 12) return false;
  return `20${m[1]}-${m[2]}` < meetingDate!.slice(0, 7);
}

function numberOf(id: string | null): number | null {
  const m = id ? /[-/.](\d{1,5})$/.exec(id) : null;
  return m ? +m[1] : null;
}

/** "QPC-2405-01" → "QPC-2405"; ids without separators ("4c", "12") have no series. */
function seriesOf(id: string | null): string | null {
  if (!id || !/[-/.]/.test(id)) return null;
  return id.replace(/[-/.][^-/.]*$/, '');
}

function buildAction(entry: InlineAction | null, row: LogRow | null, directory: Directory, context: ActionContext): Action {
  // "Renew the membership – Complete": a status after the wording, in a log row with no status cell or on an inline line.
  const rowTrailing = row && !row.status && !row.progress ? splitTrailingStatus(row.text) : null;
  const entryTrailing = entry?.text ? splitTrailingStatus(entry.text) : null;
  const rowText = rowTrailing?.text ?? row?.text;
  const entryText = entryTrailing?.text ?? entry?.text;
  // An owner tag after a narrative sentence takes its wording from the log (CONVENTIONS).
  const text = (entry?.narrative && row ? rowText : entryText) || rowText!;
  const lines = [entry?.line, row?.line].filter((l): l is number => l !== undefined);
  const rowOwners = row?.owner ? directory.resolveAll(row.owner, row.line) : [];
  const others = row?.others ? directory.resolveAll(row.others, row.line) : [];
  // Resolved even when the log's owners win, so a misspelt inline owner is still reported.
  const inlineOwners = entry ? directory.resolveAll(entry.ownersRaw, entry.line) : [];
  const useRow = rowOwners.length > 0;
  const owners = useRow ? [...rowOwners, ...others.filter((o) => !rowOwners.some((r) => r.name === o.name))] : inlineOwners;
  const rowDue = row?.due && !isMonthOfYear(row.due, context.meetingDate) ? parseDateCell(row.due, { order: context.order, reference: context.meetingDate }) ?? relativeDue(row.due, context.meetingDate, true, context.order)?.iso ?? null : null;
  // A log with no due column may still give the deadline in the action's wording.
  const inlineDue = entry ? (entry.dueRaw !== undefined ? dueCell(entry.dueRaw, context) : (entry.deadline ? dueInText(entry.deadline, context) : null) ?? dueInText(entry.text, context)) : row && !row.due ? dueInText(row.text, context) : null;
  const statusRaw = row?.status ?? (row && !row.status && row.progress && startsWithStatus(row.progress) ? row.progress : null) ?? rowTrailing?.status ?? entryTrailing?.status ?? entry?.status ?? null;
  const read = statusRaw ? readStatus(statusRaw, context.closedWords) : { status: entry?.checked ? 'closed' as const : 'open' as const, rag: null };
  return {
    id: row?.id ?? entry?.id ?? null,
    text,
    owners,
    ownersRaw: useRow ? [row!.owner, row!.others].filter(Boolean).join('; ') : entry?.ownersRaw ?? null,
    others,
    raised: (row?.raised && parseDateCell(row.raised, { order: context.order })) || context.meetingDate,
    due: agreeingDue(row?.due ?? null, rowDue, inlineDue?.iso ?? null, context) ?? rowDue ?? inlineDue?.iso ?? null,
    dueRaw: row?.due ?? inlineDue?.raw ?? null,
    status: read.status,
    statusRaw: statusRaw ?? (entry?.checked === true ? '[x]' : entry?.checked === false ? '[ ]' : null),
    rag: read.rag ?? ragOf(row, context),
    progress: row?.progress ?? null,
    item: context.itemAt(lines[0]),
    lines,
    origin: entry && row ? 'both' : entry ? 'inline' : 'log',
  };
}

/**
 * A numeric log date read in the document's order ("11/12/2012" as 11 December or 12 November) that the
 * inline wording names the other way ("by December 11, 2012"): the two agree only in that other order.
 */
function agreeingDue(cell: string | null, rowDue: string | null, inlineDue: string | null, context: ActionContext): string | null {
  if (!cell || !rowDue || !inlineDue || rowDue === inlineDue || !/^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/.test(cell)) return null;
  const other = parseDateCell(cell, { order: context.order === 'dmy' ? 'mdy' : 'dmy', reference: context.meetingDate });
  return other === inlineDue ? other : null;
}

const RANGE_AFTER = /^\s?(?:[\u2013\u2014-]|to|until)\s?\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The deadline an action's own wording gives ("by 31 of July", "at the meeting on 19 June 2024"). */
function dueInText(text: string, context: ActionContext): { iso: string; raw: string } | null {
  const dates = findDates(text, { order: context.order, reference: context.meetingDate });
  for (const date of dates.reverse()) {
    // "by Monday 25 May": the weekday naming the date stands between the cue and the date.
    const before = text.slice(Math.max(0, date.index - 40), date.index);
    const after = text.slice(date.index + date.length, date.index + date.length + 40);
    // "for 30 June – 11 July": a range names no one day (CONVENTIONS: ranges give no due date).
    if (RANGE_AFTER.test(after)) continue;
    if (DUE_CUE.test(before) || DUE_CUE.test(before.replace(WEEKDAY_BEFORE, '')) || isMeetingFor(before, after)) {
      return { iso: date.iso, raw: text.slice(date.index, date.index + date.length) };
    }
  }
  return relativeDue(text, context.meetingDate, false, context.order);
}

/** "deadline extended to 30 April 2024", "now due 14 June": the date an update moves an action to. */
function movedDue(progress: string, context: ActionContext): string | null {
  for (const date of findDates(progress, { order: context.order, reference: context.meetingDate })) {
    if (/\b(?:deadline|extended|moved|due|revised|postponed|deferred)\b[^.;]{0,30}$/i.test(progress.slice(Math.max(0, date.index - 40), date.index))) return date.iso;
  }
  return null;
}

/** A due date written apart from the wording ("due 2024-05-02", "due Monday"); a phrase naming no one day keeps no date. */
function dueCell(raw: string, context: ActionContext): { iso: string; raw: string } | null {
  const iso = parseDateCell(raw, { order: context.order, reference: context.meetingDate }) ?? relativeDue(raw, context.meetingDate, true, context.order)?.iso ?? null;
  return iso ? { iso, raw } : null;
}

/** The colour of a row's own RAG column, beside its Status column. */
function ragOf(row: LogRow | null | undefined, context: ActionContext): Rag | null {
  return row?.rag ? readStatus(row.rag, context.closedWords).rag : null;
}

function updateFromRow(row: LogRow, directory: Directory, context: ActionContext): Update {
  let text = row.text;
  let progress = row.status && row.progress ? `${row.status} – ${row.progress}` : row.progress ?? row.status;
  const carried = CARRIED.exec(text);
  if (carried) {
    text = text.replace(CARRIED, ' ').trim();
    progress ??= carried[0].trim().replace(/^\(|\)$/g, '');
  } else if (row.due && CARRIED.test(row.due)) progress ??= row.due;
  const owners = [...directory.resolveAll(row.owner, row.line), ...directory.resolveAll(row.others, row.line)];
  const read = readStatus(row.status ?? row.progress ?? (carried ? 'c/f' : null), context.closedWords);
  return {
    ref: row.id,
    text,
    owners: dedupeOwners(owners),
    ownersRaw: [row.owner, row.others].filter(Boolean).join('; ') || null,
    due: row.due ? parseDateCell(row.due, { order: context.order, reference: context.meetingDate }) : null,
    status: read.status,
    statusRaw: row.status ?? null,
    rag: read.rag ?? ragOf(row, context),
    progress,
    item: context.itemAt(row.line),
    line: row.line,
  };
}

// "☑ fix the upload bug → shipped Thu": typed notes point to the progress with an arrow.
const PROGRESS_SEPARATOR = /\s[-\u2013\u2014\u2192]\s|[\u2013\u2014]|:\s/g;

/**
 * "… delegation – complete." → the wording and the progress after the last dash or colon, when a status opens or
 * closes it (or a box gave the status); else after an earlier one that a status follows ("… about availability –
 * done, they can do 12–14 April").
 */
function splitProgress(text: string, checked: boolean): [string, string] | null {
  const splits = [...text.matchAll(PROGRESS_SEPARATOR)]
    .map((m): [string, string] => [text.slice(0, m.index).trimEnd(), text.slice(m.index + m[0].length).trim()])
    .filter(([before, after]) => before !== '' && after !== '');
  const last = splits.at(-1);
  if (!last) return null;
  const saysStatus = ([, after]: [string, string]) => startsWithStatus(after) || endsWithStatus(after);
  return saysStatus(last) || checked ? last : splits.find(saysStatus) ?? null;
}

const ONLY_DASH = ' \u2013 ';

/** The text before its one spaced en dash ("arrange the inspection – the report …"), or null where it has none or several. */
function beforeOnlyDash(text: string): string | null {
  const at = text.indexOf(ONLY_DASH);
  return at > 0 && text.indexOf(ONLY_DASH, at + 1) < 0 ? text.slice(0, at).trimEnd() : null;
}

/** "Clerk to circulate the scheme of delegation – complete." → text, owner and progress. */
function updateFromEntry(entry: InlineAction, directory: Directory, context: ActionContext, progressAfterDash = false): Update {
  let text = entry.text;
  let progress: string | null = entry.progress ?? null;
  const before = progressAfterDash ? beforeOnlyDash(text) : null;
  const split = progress === null ? (splitProgress(text, entry.checked !== null) ?? (before ? [before, text.slice(text.indexOf(ONLY_DASH, before.length) + ONLY_DASH.length).trim()] : null)) : null;
  if (split) [text, progress] = split;
  // "✅ @sanne-vd: draft the notice": the mark is all the progress told.
  progress ??= entry.mark ?? null;
  const read = entry.checked !== null ? { status: entry.checked ? ('closed' as const) : ('open' as const), rag: null } : readStatus(progress, context.closedWords);
  return {
    ref: entry.ref ?? null,
    text,
    owners: directory.resolveAll(entry.ownersRaw, entry.line),
    ownersRaw: entry.ownersRaw,
    due: progress ? movedDue(progress, context) : null,
    status: read.status,
    statusRaw: progress,
    rag: read.rag,
    progress,
    item: context.itemAt(entry.line),
    line: entry.line,
  };
}

function dedupeOwners(owners: Owner[]): Owner[] {
  return owners.filter((owner, index) => owners.findIndex((o) => o.name === owner.name) === index);
}

/**
 * One warning per misspelling: an owner that is a near miss of a listed person, or — when the owners
 * spell the name one way more often — the attendance entry that misspelt it.
 */
function nearMissWarnings(directory: Directory, file: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const miss of directory.nearMisses) {
    const canonical = directory.nameOf(miss.person);
    const listMisspelt = canonical !== miss.person.name;
    const [written, line] = listMisspelt ? [miss.person.name, miss.person.line] : [miss.written, miss.line];
    const key = `${written}:${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    warnings.push({
      file,
      line,
      column: 1,
      severity: 'warning',
      ruleId: 'name-misspelt',
      messageId: 'near-miss',
      reason: `\`${written}\` looks like a misspelling of \`${canonical}\`; read as that person`,
    });
  }
  return warnings;
}
