import { matchRollLabel } from '../lexicon/attendance.js';
import type { Item } from '../model/types.js';
import type { Line, Source } from '../read/source.js';
import { letterPattern } from '../text/letters.js';
import { endsMidPhrase, startsLowerCase } from '../text/normalise.js';

// "1.", "1:", "41.", "IV.", "23/45", "ABC/24/33", "FC25/087", "C.120/25", "C.25.41", "BoD 25/108", "HWB.23", "2405.01", "24.01", "PCP/24/12", "Item 3 –", "Minute 12." — then a title.
// "AM 2025/05/04  Treasurer's report": a Quaker meeting's minute, numbered by the date. "TOP 5 – Finances": a German
// association's item; "Case 34/25: …" a Norwegian or Danish board's.
const NUMBERED = /^(?:(?:agenda\s)?item\s(?:no\.?\s)?(?=\d)|(?:minute|min\.?|top|case)\s(?=\d))?((?<=item\s(?:no\.?\s)?)\d{1,3}\.\d{1,2}|(?:[A-Z]{1,6}\/)?\d{1,4}(?:\/\d{1,4}){0,2}|[A-Z]{1,4}\.?\d{2,4}\/\d{1,4}|[A-Z]{2,4} \d{4}\/\d{2}\/\d{2}|[A-Z]{2,5} \d{2}\/\d{1,3}|[A-Z]{1,4}\.\d{2}\.\d{1,3}|[A-Z]{2,5}\.\d{1,3}|\d{4}\.\d{1,3}|\d{2}\.\d{2}|\d{1,3}\.\d{1,2}|\d{1,4}(?:\/[A-Z]{1,8}){1,3}\/\d{2,4}|[IVXLC]{1,6})(?:[.:)]|\s?[\u2013\u2014-](?=\s))?\s(\S.*)$/i;
// A column naming the agenda item in a table of items ("| Time | Item | Who | Notes |").
const ITEM_COLUMN = /^(?:agenda\s)?(?:item|topic|subject|discussion item)s?$/i;
// Scribe tools close the minutes with summaries of what the items already hold.
const GENERATED_SUMMARY = /^summary of (?:action items|actions|resolutions|decisions)$/i;
// "10 Sep 2024" is a date, not item 10.
const DATE_TITLE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s\d{2,4}\b/i;
// "07/05/2020 MINUTES OF …": a date, not an item numbered in three parts (those end in a short number: "PCP/24/38").
// "MIN. 01/03/2025: PRELIMINARIES": a minute numbered by its running number, month and year, not a date.
const MINUTE_PREFIX = /^min(?:ute)?\.?\s/i;
const DATE_NUMBER = /^\d{1,4}\/\d{1,2}\/(?:19|20)\d{2}$/;
const SUB_ITEM = /^(?:\(([a-z]{1,3}|\d{1,2})\)|([A-Za-z])[.)]|(\d{1,3}\.\d{1,2})\.?)\s+(\S.*)$/;
const ROMAN = /^[IVXLC]+$/;

interface Candidate {
  number: string;
  title: string;
  line: Line;
  /** Position in its numbering sequence (1, 2, 3 … or the roman value), or null when it has none. */
  ordinal: number | null;
}

/**
 * Top-level numbered agenda items, with their lettered sub-items; `rollLines` are lines a roll has read
 * as people. The line each item opens on is added to `opened`, when given.
 */
export function extractItems(source: Source, rollLines: ReadonlySet<Line> = new Set(), opened?: Line[]): Item[] {
  const candidates: Candidate[] = [];
  for (const line of source.lines) {
    // A numbered list of people under "Present:" is a roll, not the agenda.
    const candidate = rollLines.has(line) ? null : readCandidate(line);
    if (candidate) candidates.push(candidate);
  }
  const agenda = itemsFromTable(source.lines);
  if (candidates.length === 0) return agenda.length > 0 ? agenda : itemsFromTemplate(source.lines, opened);
  // The run is in the order of the lines, so one pass over the lines meets its candidates in turn.
  const kept = candidates.filter((c) => !isSummarySection(c, source.lines));
  const chosen = minutesAfterAgenda(chooseRun(kept), kept, source.lines);
  // "1 Comment" under a page whose agenda is a table or a list: one numbered line is no run of items; nor is "2. The pool
  // size stays at 40" alone, the rest of its list too long for titles.
  if (chosen.length <= 1 && agenda.length >= 2) return agenda;
  if (chosen.length === 1 && /^\d+$/.test(chosen[0].number) && +chosen[0].number > 1) return agenda;
  let next = 0;
  const items: Item[] = [];
  let current: Item | null = null;
  for (const [index, line] of source.lines.entries()) {
    const candidate = chosen[next];
    if (candidate?.line === line) {
      next++;
      current = { number: candidate.number, title: withWrappedTitle(line, candidate.title, source.lines[index + 1]), line: line.line, subItems: [] };
      items.push(current);
      opened?.push(line);
      continue;
    }
    if (!current || !line.blockStart || line.cells || !maySubItem(line.text)) continue;
    const sub = SUB_ITEM.exec(line.text);
    if (sub && looksLikeTitle(sub[4]) && (line.kind !== 'item' || line.depth === 0)) {
      current.subItems.push({ number: sub[1] ?? sub[2] ?? sub[3], title: cleanTitle(sub[4]), line: line.line });
    }
  }
  return items;
}

/**
 * The candidates numbered one after another that make the agenda. "212.1 OPENING", "212.2 …": minutes numbered by the
 * meeting's number and the item's are the agenda only where no item 212 (or 212.0) opens them (then they are its
 * sub-items), and where they run longer than the items numbered otherwise.
 */
function chooseRun(candidates: Candidate[]): Candidate[] {
  const best = (list: Candidate[]) => {
    // "46/25, 47/25": the running number before the year, as parish councils number their minutes.
    const byLeading = longestRun(list, leadingReading);
    const byTrailing = longestRun(list, trailingReading);
    return byLeading.length > byTrailing.length ? byLeading : byTrailing;
  };
  const isMinuteNumber = (candidate: Candidate) => MEETING_AND_MINUTE.test(candidate.number);
  const others = best(candidates.filter((candidate) => !isMinuteNumber(candidate)));
  const minutes = candidates.filter(isMinuteNumber);
  if (minutes.length < MIN_MINUTE_RUN) return others;
  const run = best(minutes);
  const meeting = run[0]?.number.split('.')[0];
  const ownItem = candidates.some((candidate) => candidate.number === meeting || candidate.number === `${meeting}.0`);
  return run.length >= MIN_MINUTE_RUN && run.length > others.length && !ownItem ? run : others;
}
const MEETING_AND_MINUTE = /^\d{1,3}\.\d{1,2}$/;

/**
 * "AGENDA" over "1. Prayer", "2. Preliminaries", … on lines one after another, then "MIN. 10/CA/AGRI/2025: PRELIMINARIES"
 * and its minute: where the run chosen is such a list and a run of three or more minutes with words under them follows
 * it, the minutes are the items.
 */
function minutesAfterAgenda(run: Candidate[], candidates: Candidate[], lines: Line[]): Candidate[] {
  if (run.length < MIN_MINUTE_RUN || !isCompact(run, lines)) return run;
  const end = lines.indexOf(run[run.length - 1].line);
  const later = chooseRun(candidates.filter((candidate) => lines.indexOf(candidate.line) > end && !run.includes(candidate)));
  // Numbered as the list is ("1. Welcome" over "### 1. Welcome (#212)"), the minutes repeat the agenda it gave.
  return later.length >= MIN_MINUTE_RUN && !isCompact(later, lines) && familyOf(later[0].number) !== familyOf(run[0].number) ? later : run;
}

/** Whether the candidates stand on lines one straight after another, nothing between them. */
function isCompact(run: Candidate[], lines: Line[]): boolean {
  const at = run.map((candidate) => lines.indexOf(candidate.line));
  return at.every((index, i) => i === 0 || index === at[i - 1] + 1);
}
const MIN_MINUTE_RUN = 3;

/**
 * Whether a text can open as NUMBERED does: a digit, a letter of a roman numeral or of "agenda", "item" or
 * "minute", or up to six letters and a slash ("PCP/24/12"). Most lines of prose fail here, before the pattern.
 */
function mayBeNumbered(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isDigit(first)) return true;
  if (!isAsciiLetter(first)) return false;
  if (ROMAN_OR_WORD_START.includes(String.fromCharCode(first | 0x20))) return true;
  // "PCP/24/12", "FC25/087", "FAC 25/10": letters, perhaps a space and digits, then a slash.
  for (let k = 1; k <= 9; k++) {
    const code = text.charCodeAt(k);
    // "HWB.23": letters, a full stop and the number.
    if (code === 0x2f || (code === 0x2e && k > 1 && isDigit(text.charCodeAt(k + 1)))) return true;
    if (!isAsciiLetter(code) && !isDigit(code) && !(code === 0x20 && isDigit(text.charCodeAt(k + 1)))) return false;
  }
  return false;
}

// Roman numerals, and the words items open with: Agenda, Item, Minute, TOP (a German Tagesordnungspunkt).
const ROMAN_OR_WORD_START = 'ivxlcamt';

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** Whether a line starts as a sub-item can: "(a)", "b." or "b)", or a digit ("2.1"); prose lines are passed by. */
function maySubItem(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return first === 0x28 || second === 0x2e || second === 0x29 || isDigit(first);
}

function readCandidate(line: Line): Candidate | null {
  // A numbered line inside a paragraph is a candidate only as a short "2. Title" line of a list.
  if (!line.blockStart && !(isDigit(line.text.charCodeAt(0)) && /^\d{1,3}\.\s/.test(line.text) && line.text.length <= 90 && !/\.$/.test(line.text))) return null;
  if (line.kind === 'item' && !/\d/.test(line.marker ?? '')) return null;
  // Tab-table rows ("1\tMinutes/Actions …\t\t") are action-log sections, not agenda items; a row
  // whose first cell is a numbered title ("| 1. Welcome | discussion | action |") is an item table's.
  let text = line.kind === 'item' && line.marker && /\d/.test(line.marker) ? `${line.marker} ${line.text}` : line.text;
  if (line.cells) {
    // "FAC 25/10<TAB>Welcome": a committee's number with a space in it, its title in the next cell.
    if (/^\S+[.:)]?\s\S/.test(line.cells[0]) && !/^[A-Za-z]{2,5} \d{2}\/\d{1,3}$/.test(line.cells[0])) text = line.cells[0];
    else if (line.cells.filter(Boolean).length > 2) return null;
  }
  // The link taken out below follows the first word, which this test does not read past.
  if (!mayBeNumbered(text)) return null;
  // IRC minutes link their contents ("1. [4]Approval of minutes"). A replacement that finds nothing costs
  // three times a test: it runs only where a bracket follows the first word.
  const space = text.indexOf(' ');
  // "1. [4]Approval of minutes": an IRC log's link; "1. [hkowal] Announcements": who brings the item.
  if (space > 0 && text.charCodeAt(space + 1) === 0x5b) text = text.replace(/^(\S+\s)(?:\[\d{1,3}\]|\[@?[\w.-]{1,39}\]\s)/, '$1');
  const m = NUMBERED.exec(text);
  // "FAC 25/10", "BoD 25/108": a committee's letters, a space, then its own numbering; "on 25/10 the …" is prose.
  if (!m || (/^[a-z]+ \d/i.test(m[1]) && !/^[A-Z](?:[A-Za-z]*[A-Z])? /.test(m[1]))) return null;
  // "1. Present: A, B and C" is item 1, titled by its label, however long its list.
  const label = matchRollLabel(m[2]);
  const title = label && !label.bare && label.after ? m[2].slice(0, m[2].length - label.after.length).replace(/[\s:\u2013\u2014-]+$/, '') : m[2];
  // A numbered heading may open with a name written in lower case ("## 3. draft-ietf-tagg-sampling-03").
  if (!(looksLikeTitle(title) || (line.kind === 'heading' && LOWER_CASE_NAME.test(title))) || DATE_TITLE.test(m[2]) || GENERATED_SUMMARY.test(m[2]) || (DATE_NUMBER.test(m[1]) && !MINUTE_PREFIX.test(text))) return null;
  const numberEnd = text.indexOf(m[1]) + m[1].length;
  const punctuated = /[.:)\u2013\u2014-]/.test(text.slice(numberEnd, numberEnd + 2)) || numberEnd > m[1].length;
  // Structured numbers ("17/045", "24.01", "PCP/24/38") need no punctuation after them.
  if (!punctuated && !line.cells && line.kind !== 'heading' && !/[/.]/.test(m[1]) && !/\s{2,}|\t/.test(text)) {
    // "2015 was a good year" is prose; a bare number needs punctuation, a heading or a table cell gap.
    if (!/^\d+\s+[A-Z]/.test(text) || text.length > 90) return null;
  }
  return { number: m[1], title: cleanTitle(title), line, ordinal: ordinalOf(m[1]) };
}

/**
 * Minutes with no numbered items may keep their agenda as a table with an Item or Topic column
 * (meeting-notes templates): each row is an item, numbered only if its cell is.
 */
function itemsFromTable(lines: Line[]): Item[] {
  const items: Item[] = [];
  let column = -1;
  for (const line of lines) {
    if (!line.cells) {
      if (line.blockStart) column = -1;
      continue;
    }
    if (column < 0) {
      column = line.cells.findIndex((cell) => ITEM_COLUMN.test(cell));
      continue;
    }
    const cell = line.cells[column]?.trim();
    if (!cell || /^-+$/.test(cell)) continue;
    const numbered = NUMBERED.exec(cell);
    items.push({ number: numbered ? numbered[1] : null, title: cleanTitle(numbered ? numbered[2] : cell), line: line.line, subItems: [] });
  }
  return items;
}

// "Time allotted<TAB>25 minutes<TAB>Presenter<TAB>Callum MacLeod": the row a meeting-minutes template sets under each topic.
const TOPIC_DETAILS = /^(?:time allotted|time|duration|presenter|presented by|lead)$/i;

/**
 * Minutes written in a word processor's meeting template: each agenda topic is a line of its own, unnumbered, with the
 * time allotted and the presenter in the row under it.
 */
function itemsFromTemplate(lines: Line[], opened?: Line[]): Item[] {
  const items: Item[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].cells;
    const title = lines[i - 1];
    if (!cells || !TOPIC_DETAILS.test(cells[0]) || !cells.slice(1).some((cell) => TOPIC_DETAILS.test(cell)) || title.cells || !looksLikeTitle(title.text)) continue;
    items.push({ number: null, title: cleanTitle(title.text), line: title.line, subItems: [] });
    opened?.push(title);
  }
  return items;
}

/** A scribe tool's closing "Resolutions" or "Action Items" list repeats what the items hold: not an item. */
function isSummarySection(candidate: Candidate, lines: Line[]): boolean {
  if (!/^(?:resolutions|action items|actions)$/i.test(candidate.title)) return false;
  const next = lines[lines.indexOf(candidate.line) + 1];
  return next !== undefined && /^(?:action|resolution) #?\d/i.test(next.text);
}

const LOWER_CASE_NAME = /^[a-z][\w.]*-[\w.-]+/;
const TITLE_OPENING = letterPattern(String.raw`^[\p{Lu}\d"'‘“(]`, 'u');

function looksLikeTitle(text: string): boolean {
  if (text.length > 160) return false;
  if (!TITLE_OPENING.test(text)) return false;
  // A sentence of narrative ends with a full stop and runs long; titles do not.
  return !(text.length > 80 && /\.$/.test(text));
}

function cleanTitle(title: string): string {
  return title.replace(/\s*:$/, '').trim();
}

// The narrowest width a hard wrap is set at.
const WRAP_WIDTH = 70;

/**
 * "Revised cost estimate for the Phase II study of the" / "Godavari-Krishna link channel": a title a hard wrap cut
 * mid-phrase goes on below; so does one a wrap cut at a line's full width, when what follows is in lower case (under
 * a short title, such a line is the item's first sentence).
 */
function withWrappedTitle(line: Line, title: string, next: Line | undefined): string {
  // "43. Apologies received: A, B and" / "C": the line goes on with its names, not the title.
  if (!next || next.kind !== 'text' || next.blockStart || next.cells || !line.text.endsWith(title)) return title;
  // "REVENUE BUDGET 2025/26, CAPITAL PROGRAMME AND COUNCIL TAX" / "PRECEPT": a long title in capitals goes on in capitals.
  const inCapitals = line.text.length >= CAPITALS_WRAP_WIDTH && isCapitals(title) && isCapitals(next.text) && next.text.length < title.length;
  return endsMidPhrase(title) || inCapitals || (line.text.length >= WRAP_WIDTH && startsLowerCase(next.text)) ? `${title} ${next.text}` : title;
}

// A title in capitals is wrapped sooner: its letters are wider.
const CAPITALS_WRAP_WIDTH = 60;
const isCapitals = (text: string) => /[A-Z]{2}/.test(text) && text === text.toUpperCase();

function ordinalOf(number: string): number | null {
  if (/^\d+$/.test(number)) return +number;
  if (ROMAN.test(number)) return romanValue(number);
  const last = /(\d+)$/.exec(number);
  return last ? +last[1] : null;
}

function romanValue(roman: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]];
    const next = values[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

/**
 * The agenda is the longest run of candidates numbered one after another (1, 2, 3 or 41, 42 or I, II);
 * stray numbered lines in the narrative fall out. Linear: each candidate extends the best run ending at ordinal-1.
 */
function longestRun(candidates: Candidate[], reading: (candidate: Candidate) => { family: string; ordinal: number | null }): Candidate[] {
  interface Run {
    length: number;
    candidate: Candidate;
    previous: Run | null;
  }
  const best = new Map<string, Run>();
  let winner: Run | null = null;
  for (const candidate of candidates) {
    const { family, ordinal } = reading(candidate);
    if (ordinal === null) continue;
    const previous = best.get(`${family}:${ordinal - 1}`) ?? null;
    const run: Run = { length: (previous?.length ?? 0) + 1, candidate, previous };
    const key = `${family}:${ordinal}`;
    if ((best.get(key)?.length ?? 0) < run.length) best.set(key, run);
    if (!winner || run.length > winner.length) winner = run;
  }
  const chain: Candidate[] = [];
  for (let run = winner; run; run = run.previous) chain.push(run.candidate);
  return chain.reverse();
}

/** "PCP/24/12", "17/045": the last number runs, the rest is the family. */
function trailingReading(candidate: Candidate): { family: string; ordinal: number | null } {
  return { family: familyOf(candidate.number), ordinal: candidate.ordinal };
}

/** "46/25", "C.120/25", "01/03/2025": the first number runs, the month and year after it are the family. */
function leadingReading(candidate: Candidate): { family: string; ordinal: number | null } {
  // "10/CA/AGRI/2025": the committee's letters between the running number and the year.
  const m = /^([A-Z]{0,4}\.?)(\d{1,4})\/((?:[A-Z]{1,8}\/){0,3}\d{2,4}(?:\/\d{2,4})?)$/i.exec(candidate.number);
  return m ? { family: `${m[1]}#/${m[3]}`, ordinal: +m[2] } : trailingReading(candidate);
}

/** Numbers of one agenda share a shape: plain, roman, or the same prefix ("PCP/24/"). */
function familyOf(number: string): string {
  if (/^\d+$/.test(number)) return 'n';
  if (ROMAN.test(number)) return 'r';
  return number.replace(/\d+$/, '#');
}
