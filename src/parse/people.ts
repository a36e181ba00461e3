import { endsWithRollWord, findLabelInLine, firstSentence, isEmptyList, isGroupLabel, isInvitationLabel, listSentence, matchOfficeLine, matchRollLabel, matchOfficeAmongOffices, type OfficeLine, type RollKind, type RollLabel } from '../lexicon/attendance.js';
import { VOTE_TALLY } from '../lexicon/decisions.js';
import { NAME_PARTICLE, hasOrganisationWord, isPersonalName, isRoleLike, isRoleWord, stripHonorifics } from '../lexicon/names.js';
import type { Person } from '../model/types.js';
import { withWrappedLines, type Line, type Source } from '../read/source.js';
import { fold, joinWrapped, lowerCaseForMatching, startsLowerCase, startsUpperCase } from '../text/normalise.js';
import { splitTopLevel } from '../text/split.js';
import { givenNameFirst, isBareOffice, LIST_SEPARATOR, SEMICOLON, parseInlineList, trimSeparators, withoutPublicCount } from './inline-list.js';
import { cleanDescriptor, parsePersonEntry } from './person-entry.js';
import { continuationRows, isActionTableHeader, withContinuations } from './tables.js';
import { endsInsideBracket, endsMidName, endsWithTitle, isHardWrapped, isInCapitals, isUnfinished, ITEM_NUMBER, RollNumbering, withoutFullStop, wrapsOnto, wrapsOntoNext } from './roll-lines.js';
import { letterPattern } from '../text/letters.js';

export interface People {
  attendees: Person[];
  apologies: Person[];
  /** Lines that opened an attendance or apologies section, for "missing section" checks. */
  /** Where each roll or apology list opens: its line number, and its index in the source's lines. */
  sections: { kind: 'attendees' | 'apologies'; line: number; index: number }[];
  /** Entries that repeat a person already listed in the same list. */
  duplicates: Person[];
  /** Lines inside a roll that read as no one, for a warning. */
  unread: Line[];
  /** Lines whose text is a roll's entries, which are not agenda items even when numbered. */
  entryLines: Set<Line>;
  /** Names a sentence says could not attend ("Hannah Osei was unable to attend"), whatever list of invitees names them. */
  unableToAttend: Set<string>;
}

type Kind = RollKind;

const POINTS_TO_LIST = /\b(?:following|below|as follows|including)\b/i;
// "(representing Member (Design), Central Water Board)": one bracket inside another at most.
// "A quorum was present.", "There were 12 members of the public.": a sentence about the meeting under its roll.
const REMARK = /^(?:A|The|There|It)\s[^,;]*\b(?:was|were|is|are)\b[^,;]*\.$/;
const NOTE_IN_BRACKETS = /^\((?:[^()]|\([^()]{1,30}\)){1,80}\)$/;
const NAME_COLUMN = /^(?:(?:full\s+)?name|attendee|(?:(?:board|committee|council|panel)\s+)?member(?:\s+name)?|person|participant|delegate|representative|who)s?$/i;
// Entries in a row that read as no one before a list is taken to have ended.
const MAX_UNREAD_RUN = 2;
// A seat is a few words with no sentence in them ("Public – Rest of England", "Appointed – University of X").
const SEAT_THEN_NAME = /^([^:.!?]{2,60}?):\s+(\S.{2,120})$/;
const LOWER_LABEL = /^[a-z]{4,12}:\s/;
const ENDS_WITH_ADDRESS = /\S@[\w-]+(?:\.[\w-]+)+>?$/;
const BARE_BOX = /^\[[ xX✓]\]\s/;
// "Item 3 – Any other business": the next agenda item, which ends a roll.
const WHO = /\swho\s/i;
// What makes a paragraph a list of several people rather than one entry.
const LIST_CUE = /[,;]|\s(?:and|&)\s/;
// Four entries or more between commas are a list, whatever one of them reads as ("…, Inspector Dean, …").
const MANY_ENTRIES = 4;
// A full stop before a title: "Cllr A Bee. County Councillor Mr C Dee." is two people.
const TITLE_AFTER_STOP = /\.\s(?:[A-Z][a-z]+\s)?(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr)\b/;
const ITEM_WORD = /^(?:agenda\s)?(?:item|minute)\s\d/i;
// "The meeting was attended by A (Chair), B and C.", "Also present were D and E, who took the minutes."
const ATTENDANCE_SENTENCE = /\b(?:was|were) attended by (.+?)(?:\.(?:\s|$)|$)|\b(?:also )?present (?:were|was) (.+?)(?:\.(?:\s|$)|$)/i;
// "Ms Wetherby was represented by Mr Daniel Rourke, Deputy Chief Nursing Officer.": a member's deputy, who attended.
const REPRESENTED_BY = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Cllr|Councillor)\.? [A-Z][\w'’-]+ (?:was|were) represented by ([^.;]+)/;
// "Cerys Holt and Bram de Vries sent their apologies."
const SENT_APOLOGIES = /(?:^|\.\s+)([^.]+?)(?: also)? (?:sent|gave|offered|tendered) (?:(?:their|his|her) )?apologies\b/i;
// "Mr. Arvind Rao, Director, had expressed his inability to attend the meeting", "Jo Doe was unable to attend."
const UNABLE_TO_ATTEND = /(?:^|\.\s+)([^.]+?),? (?:(?:had|has) )?(?:expressed (?:his|her|their) inability to attend|(?:was|were) unable to attend|could not attend)\b/;
// "Mr Callum Rae remains on leave of absence from the Session.": a leave of absence counts as apologies.
const ON_LEAVE = /(?:^|\.\s+)([^.]+?),? (?:remains|remain|is|are|was|were|continues|continue) on (?:a )?leave of absence\b/;
// Words a sentence of apologies or attendance, or a label inside a line, must contain. Each search
// over a long line costs as much as reading it: one search for literal words decides whether any of their
// patterns runs. Alternatives opening with a letter and its capital (rather than a common lower-case letter
// alone) let the search skip ahead faster: this form takes less than half the time of "pologi|…".
const PEOPLE_CUE = /[Aa]polog|APOLOG|[Aa]bsent:|ABSENT|ttended by| represented by|[Pp]resent(?: w|:)|RESENT|ATTEND|ttendance:| to attend| leave of absence/;
const APOLOGY_CUE = /[Aa]polog|APOLOG| to attend/;
const ATTENDANCE_CUE = /ttended by|[Pp]resent w|RESENT W/;
const APOLOGY_WORD = /apolog/i;
// In lower case, run on the text in lower case without the i flag, which doubled its compiling. The names
// close the sentence, so they are the text's last characters.
export const APOLOGY_SENTENCE =
  /\b(?:apologies|an apology)(?: for absence)?(?: (?:were|was|had been|have been))?(?: (?:received|noted|given|tendered|sent|submitted|reported|provided|intimated))?(?: and (?:accepted|noted))?(?: for absence)?(?: before the meeting| in advance)? from (.+)$|\bapologies(?: (?:for|of) absence)? (?:were|had been|have been) (?:received|accepted|noted|given|provided)(?: and (?:accepted|noted|approved))? for (.+)$/;

/** Attendees and apologies from labelled sections, tables and "Apologies were received from …" sentences. */
export function extractPeople(source: Source): People {
  const people: People = { attendees: [], apologies: [], sections: [], duplicates: [], unread: [], entryLines: new Set(), unableToAttend: new Set() };
  const lines = source.lines;
  labels = [];
  surnameFirstRolls = lines.filter((line) => SURNAME_FIRST_LINE.test(line.text)).length >= 2;
  rollHeader = null;
  const officeHolders: Person[] = [];
  const invited: Person[] = [];
  for (let i = 0; i < lines.length; i++) {
    // The office pattern is anchored: it costs less than a search for the colon it needs. "Secretary: …" and
    // "Women's Officer: …" are offices only beside other offices' lines.
    const office = lines[i].kind !== 'heading' ? (officeOf(lines[i]) ?? (anyOffice(lines[i - 1]) || anyOffice(lines[i + 1]) ? matchOfficeAmongOffices(lines[i].text) : null)) : null;
    if (office) {
      for (const person of parseInlineList(office.rest, lines[i].line)) officeHolders.push({ ...person, role: person.role ?? office.role });
      continue;
    }
    let label = readLabel(lines[i]);
    // "ABSENT: Supervisor Delgado" under "AYES: …" and "NOES: …": the vote's record, not a roll.
    if (label && i > 0 && !lines[i].blockStart && VOTE_TALLY.test(lines[i - 1].text)) continue;
    // "Present: A (@a), B (@b) (absent: Ruairí Ó Dálaigh, @rodalaigh)": those absent, in a bracket closing the roll's line.
    const absentNote = label?.kind === 'attendees' && label.inline.endsWith(')') ? ABSENT_IN_BRACKET.exec(label.inline) : null;
    if (label && absentNote) {
      addList(people, 'apologies', parseInlineList(absentNote[1].replace(HANDLE_AFTER_NAME, ' ($1)'), lines[i].line));
      label = { ...label, inline: label.inline.slice(0, absentNote.index) };
    }
    if (label) {
      // Labels before the last one on a line have only the entries of that line.
      for (; label.then; label = label.then) {
        people.sections.push({ kind: label.kind, line: lines[i].line, index: i });
        addList(people, label.kind, parseInlineList(label.inline, lines[i].line));
      }
      people.sections.push({ kind: label.kind, line: lines[i].line, index: i });
      const found: Person[] = [];
      const absent: Person[] = [];
      const invitation = label.kind === 'attendees' && isInvitationLabel(lines[i].text);
      i = readSection(lines, i, label, found, people.unread, people.entryLines, absent) - 1;
      if (invitation) invited.push(...found);
      else addList(people, label.kind, found);
      addList(people, 'apologies', absent);
      continue;
    }
    if (lines[i].kind !== 'heading') readSentences(lines, i, people);
  }
  for (const roll of frontMatterRolls(source)) addList(people, roll.kind, roll.people);
  // "Invited (13)" over "Attended (10)": those who came, where the minutes say.
  if (people.attendees.length === 0) addList(people, 'attendees', invited);
  const unlabelled = findUnlabelledRoll(lines, people.entryLines);
  if (unlabelled.length > 0) people.attendees.unshift(...unlabelled);
  assignOffices(people, officeHolders);
  labels = [];
  const attendees = dedupe(people.attendees).filter((person) => !people.unableToAttend.has(fold(person.name)));
  const apologies = dedupe(people.apologies);
  // "Member St. Clair arrived at 7:09 p.m.": one listed as absent who came after all attended.
  for (const late of lateArrivals(lines, apologies)) {
    apologies.splice(apologies.indexOf(late), 1);
    attendees.push(late);
  }
  if (attendees.length > 0) attendees.push(...joinedUnlisted(lines, [...attendees, ...apologies]));
  namesFromLegend(lines, [...attendees, ...apologies]);
  return { ...people, attendees, apologies };
}

const NAME_DASH_OFFICE = / [\u2013\u2014-] \p{Lu}/u;
const ABSENT_IN_BRACKET = /\s\((?:absent|apologies|regrets|excused|not present):?\s+([^()]+)\)$/i;
// "Ruairí Ó Dálaigh, @rodalaigh": a name and its handle after a comma.
const HANDLE_AFTER_NAME = /, (@[\w.-]+)(?=,|$)/g;
// A page link around a name in a note tool's front matter: "[[Priya Natarajan]]".
const PAGE_LINK = /^\[\[([^[\]]+)\]\]$/;

/**
 * Rolls a note's front matter gives under a roll's label (Obsidian: `attendees:` over `- "[[Priya Natarajan]]"`,
 * `apologies: [Beatrice Holm]`), each entry read as a roll's entry is, at the line of its label.
 */
function frontMatterRolls(source: Source): { kind: RollKind; people: Person[] }[] {
  const rolls: { kind: RollKind; people: Person[] }[] = [];
  for (const [key, value] of Object.entries(source.frontMatter)) {
    const entries = (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string');
    const label = entries.length > 0 && key.length <= 30 ? matchRollLabel(`${key[0].toUpperCase()}${key.slice(1)}:`) : null;
    if (!label || label.rest !== '') continue;
    const at = new RegExp(`^${key.replace(/[^\w -]/g, '\\$&')}\\s*:`, 'm').exec(source.text);
    const line = at ? source.text.slice(0, at.index).split('\n').length : 1;
    const people = entries.flatMap((entry) => parseInlineList(entry.trim().replace(PAGE_LINK, '$1'), line));
    rolls.push({ kind: label.kind, people });
  }
  return rolls;
}

// "Member St. Clair arrived at 7:09 p.m.", "Cllr Hughes joined the meeting during item 4": who came late, by name or surname.
const ARRIVED = /(?:^|[.;] )((?:[A-Z][\w'\u2019-]*\.? ){0,3}[A-Z][\w'\u2019-]+) (?:arrived|joined the meeting)\b/g;

// "Callum Fitzgerald-Reid (Digital Lead, Yarrabend) joined at 10:20 for the website item.": a sentence opening with someone
// who came part way through, and what the minutes say of them in brackets.
const JOINED_LATE = /^((?:[A-Z][\w'\u2019-]*\.? ){1,3}[A-Z][\w'\u2019-]+)( \([^()]{1,80}\))? (?:arrived|joined)(?: the (?:meeting|call))?(?: at| during| for| from| after| in time|[.,])/;

/** Those a sentence has join the meeting who are on no list of the minutes: they attended. */
function joinedUnlisted(lines: Line[], listed: readonly Person[]): Person[] {
  const joined: Person[] = [];
  // "Cllr St John Mildmay joined …" is "A St John Mildmay" of the roll: someone listed by the same surname.
  const surnames = new Set(listed.map((person) => surnameOf(person.name)));
  for (const line of lines) {
    const m = line.kind === 'text' && !line.cells && (line.text.includes(' joined') || line.text.includes(' arrived')) ? JOINED_LATE.exec(line.text) : null;
    const person = m && isPersonalName(stripHonorifics(m[1])) ? parsePersonEntry(`${m[1]}${m[2] ?? ''}`, line.line) : null;
    if (person && !surnames.has(surnameOf(person.name))) {
      joined.push(person);
      surnames.add(surnameOf(person.name));
    }
  }
  return joined;
}

/**
 * "|Username|Name|" over "|@jhoffmann|Jörg Hoffmann-Wendt|": a page's legend of who is who. Those the roll names only
 * by their handle take the name it gives them.
 */
function namesFromLegend(lines: Line[], people: Person[]): void {
  if (!people.some((person) => person.handle !== null && person.name === person.handle.slice(1))) return;
  const names = new Map<string, string>();
  let columns: { handle: number; name: number } | null = null;
  for (const line of lines) {
    if (!line.cells) {
      columns = null;
      continue;
    }
    const header = line.cells.map((cell) => cell.toLowerCase());
    const handle = header.findIndex((cell) => HANDLE_COLUMN.test(cell));
    const name = header.findIndex((cell) => /^(?:full )?name$/.test(cell));
    if (handle >= 0 && name >= 0) columns = { handle, name };
    else if (columns && line.cells[columns.handle]?.startsWith('@') && line.cells[columns.name]) names.set(line.cells[columns.handle].slice(1).toLowerCase(), line.cells[columns.name]);
  }
  for (const person of people) {
    const named = person.handle !== null && person.name === person.handle.slice(1) ? names.get(person.name.toLowerCase()) : undefined;
    if (named) person.name = named;
  }
}

function surnameOf(name: string): string {
  return fold(name.slice(name.lastIndexOf(' ') + 1));
}

/** Those among the absent whom a sentence of the minutes has arrive. */
function lateArrivals(lines: Line[], absent: Person[]): Person[] {
  if (absent.length === 0) return [];
  const late = new Set<Person>();
  for (const line of lines) {
    if (line.kind === 'heading' || line.cells || (!line.text.includes(' arrived') && !line.text.includes(' joined the meeting'))) continue;
    for (const m of line.text.matchAll(ARRIVED)) {
      const named = fold(stripHonorifics(m[1].replace(/^Member /, '')));
      const person = absent.find((p) => fold(p.name) === named || fold(p.name).endsWith(` ${named}`));
      if (person) late.add(person);
    }
  }
  return [...late];
}

/** One labelled list's people; a person twice in it is a slip (the same person in a list and a later sentence is not). */
function addList(people: People, kind: Kind, found: Person[]): void {
  const seen = new Set<string>();
  for (const person of found) {
    const key = fold(person.name);
    if (seen.has(key)) people.duplicates.push(person);
    seen.add(key);
  }
  addAll(people[kind], found);
}

/** Attendance and apologies written as sentences, where minutes have no labelled lists. */
function readSentences(lines: Line[], index: number, people: People): void {
  const line = lines[index];
  const text = line.text;
  // The sentences' patterns run only on lines with their words.
  if (!hasPeopleCue(line)) return;
  const apologies = APOLOGY_CUE.test(text) ? apologySentence(text) : null;
  if (apologies !== null) {
    people.sections.push({ kind: 'apologies', line: line.line, index });
    // The lines the sentence wraps onto are its list's: no other reader takes them for a roll of their own.
    const taken: Line[] = [];
    // "Hannah Osei was unable to attend; …": the names come before the verb, and the line's end is no part of them.
    const unable = !APOLOGY_WORD.test(text);
    const found = parseInlineList(stripCommentary(firstSentence(unable ? apologies : withWrappedList(lines, index, apologies, taken))), line.line);
    if (unable) for (const person of found) people.unableToAttend.add(fold(person.name));
    addAll(people.apologies, found);
    for (const wrapped of taken) people.entryLines.add(wrapped);
  }
  const onLeave = text.includes(' leave of absence') ? ON_LEAVE.exec(text) : null;
  if (onLeave) addAll(people.apologies, parseInlineList(onLeave[1], line.line));
  const deputy = text.includes(' represented by ') ? REPRESENTED_BY.exec(text) : null;
  if (deputy) addAll(people.attendees, parseInlineList(deputy[1], line.line));
  if (!ATTENDANCE_CUE.test(text)) return;
  for (let rest = text, m = ATTENDANCE_SENTENCE.exec(rest); m; rest = rest.slice(m.index + m[0].length), m = ATTENDANCE_SENTENCE.exec(rest)) {
    people.sections.push({ kind: 'attendees', line: line.line, index });
    addAll(people.attendees, parseInlineList(stripCommentary(m[1] ?? m[2]), line.line));
  }
}

/** The names of a sentence of apologies ("Apologies were received from A and B", "A sent apologies"), or null. */
function apologySentence(text: string): string | null {
  // Both patterns need the word: a text without it is not searched (nor the patterns compiled).
  if (!APOLOGY_WORD.test(text)) return text.includes(' to attend') ? UNABLE_TO_ATTEND.exec(text)?.[1] ?? null : null;
  const sentence = APOLOGY_SENTENCE.exec(lowerCaseForMatching(text));
  // "That the apologies from A, and from B for lateness, be accepted": the motion's verb is no name, and one late is no apology.
  if (sentence) return withoutLateness(text.slice(text.length - (sentence[1] ?? sentence[2]).length)).replace(BE_ACCEPTED, '.');
  const sent = SENT_APOLOGIES.exec(text);
  return sent ? sent[1] : null;
}

const FOR_LATENESS = /\bfor (?:lateness|late arrival|arriving late)\b/i;

/** The list without its pieces of apologies for lateness ("…, and from B for lateness, …"): those came. */
function withoutLateness(list: string): string {
  return FOR_LATENESS.test(list) ? list.split(',').filter((piece) => !FOR_LATENESS.test(piece)).join(',') : list;
}
const BE_ACCEPTED = /,?\s+be (?:accepted|noted|received|approved)\b[^.]*\.?$/i;

// A sentence wrapped by an export goes on over a few lines of its paragraph.
const MAX_WRAPPED_LINES = 6;

/** A sentence's list that runs to the end of its line unfinished, with the lines of the paragraph it wraps onto. */
function withWrappedList(lines: Line[], index: number, list: string, taken: Line[]): string {
  return withWrappedLines(lines, index, list, MAX_WRAPPED_LINES, (text) => (/[.!?]\s*$/.test(text) && !endsWithTitle(text)) || firstSentence(text) !== text.trim(), taken);
}

/** ", who took the minutes", " due to illness": what a sentence adds after the names. */
function stripCommentary(text: string): string {
  const who = WHO.exec(text) ?? REASON.exec(text);
  return who ? trimSeparators(text.slice(0, who.index)) : text;
}
// "oyelaran is travelling this week": a reason after the name.
const REASON = /\s(?:due to|owing to|because of|is|are)\s/i;

/**
 * "Chair: Jo Doe" gives the office to Jo Doe on the roll; someone who holds an office at the
 * meeting and is not on the roll attended all the same, unless they sent apologies.
 */
function assignOffices(people: People, holders: Person[]): void {
  if (holders.length === 0) return;
  const byName = new Map(people.attendees.map((person) => [fold(person.name), person]));
  const absent = new Set(people.apologies.map((person) => fold(person.name)));
  const noRoll = people.attendees.length === 0;
  for (const holder of holders) {
    const key = fold(holder.name);
    // "Facilitator: @mvandermeer" beside "@mvandermeer (Maartje van der Meer)" on the roll: the one known by that handle.
    const listed = byName.get(key) ?? people.attendees.find((person) => person.handle !== null && fold(person.handle.replace(/^@/, '')) === key.replace(/^@/, ''));
    if (listed) listed.role ??= holder.role;
    // "Chair: Ines" over "Attendance: Ines Albuquerque, …": someone listed, named by a first name alone.
    else if (!key.includes(' ') && people.attendees.filter((person) => fold(person.name).split(' ')[0] === key).length === 1) continue;
    // With a roll, one who holds an office and is not on it is added; with none ("Chairs: …", "Note takers: …" and no
    // list of who came), those who held the meeting's offices are all the roll there is.
    else if (!absent.has(key) && (people.sections.some((section) => section.kind === 'attendees') || noRoll)) {
      // "**Recorder:** Hannah Lindgren" above the roll: listed where the minutes name her.
      const after = people.attendees.findIndex((person) => person.line > holder.line);
      people.attendees.splice(after < 0 ? people.attendees.length : after, 0, holder);
      byName.set(key, holder);
    }
  }
}

/** A row's last cell with the lines under it that hold only that column (a PDF's wrapped cell), and how many they are. */
function cellWrappedUnder(lines: Line[], index: number, row: string[]): { cells: string[]; lines: number } | null {
  const cells = [...row];
  let k = index + 1;
  for (; k < lines.length && !lines[k].blockStart && !lines[k].cells && lines[k].columns?.length === 2 && lines[k].columns![0] === ''; k++) {
    cells[cells.length - 1] = `${cells[cells.length - 1]} ${lines[k].columns![1]}`;
  }
  return k > index + 1 ? { cells, lines: k - index - 1 } : null;
}

/** Whether an email address is made of a person's name: all of it, or its first initial and surname ("jdoe@…"). */
function addressOf(address: string, name: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase().replace(/[^a-z]/g, '');
  const words = fold(name).split(' ').map((word) => word.replace(/[^a-z]/g, '')).filter(Boolean);
  return words.length > 1 && (local === words.join('') || local === words[0][0] + words[words.length - 1]);
}

// How far into the minutes an unlabelled roll may start, and how many names make a line a roll.
const UNLABELLED_ROLL_LINES = 12;
const UNLABELLED_ROLL_MIN = 4;

/**
 * A roll with no label: a paragraph near the top that is a comma list of people
 * ("Ann Lee (AL), Bo Chan (BC), …") that no labelled list has read. Every entry must read as a
 * person, so a sentence listing a few names is not taken for a roll.
 */
function findUnlabelledRoll(lines: Line[], read: ReadonlySet<Line>): Person[] {
  for (let i = 0; i < Math.min(lines.length, UNLABELLED_ROLL_LINES); i++) {
    const line = lines[i];
    if (line.kind === 'heading' && i > 0) break;
    // A line a labelled list has read (a wrapped line of "Present: A, B, …") is that list's.
    if (line.kind !== 'text' || line.cells || read.has(line) || readLabel(line)) continue;
    const people = rollLine(line);
    if (people.length < UNLABELLED_ROLL_MIN) continue;
    // The paragraph may go on over following lines, each a list of its own.
    for (let j = i + 1; j < lines.length && !lines[j].blockStart; j++) people.push(...rollLine(lines[j], 1));
    return people;
  }
  return [];
}

/** A line's people when every comma-separated entry on it is one; otherwise none. */
function rollLine(line: Line, minimum = UNLABELLED_ROLL_MIN): Person[] {
  const entries = splitTopLevel(line.text.replace(/[.,]$/, ''), LIST_SEPARATOR);
  if (entries.length < minimum) return [];
  const people: Person[] = [];
  // More than one entry in ten that is no one, and the line is no roll: stop reading it there.
  let misses = 0;
  for (const entry of entries) {
    const person = parsePersonEntry(entry, line.line, null, { loneNames: false });
    if (person && !person.role && !person.organisation) people.push(person);
    else if (++misses * 10 > entries.length) return [];
  }
  // Nine in ten entries must be plain names: a sentence naming a few people is not a roll.
  return people.length * 10 >= entries.length * 9 ? people : [];
}

interface Label {
  kind: Kind;
  /** "Apologies: none". */
  empty?: boolean;
  /** Entries on the label's own line ("Present: A, B and C"). */
  inline: string;
  /** A second label later on the same line ("Present: A, B. Apologies: C"): the lines below are its. */
  then?: Label;
}

// A line is asked for its label several times (opening a section, ending one, wrapping a list): each
// line's answer, and whether it has a word of PEOPLE_CUE, is kept by line number while one document is
// read (parsing is synchronous). An array is much faster than a Map keyed by the line; the facts name
// their line, as one line of a file may be read as several.
interface LineFacts {
  line: Line;
  label: Label | null;
  cue: boolean;
}
let labels: (LineFacts | undefined)[] = [];
// Whether the minutes list two or more people a line each, surname first ("Okafor, Naomi").
let surnameFirstRolls = false;
// The header of the last roll table read, for a group of its rows under a label of their own.
let rollHeader: string[] | null = null;
// "Okafor, Naomi", "Lloyd-Jenkins, Gwen (Optional)", "van der Berg, Pieter": a surname of one word after any particles.
const SURNAME_FIRST_LINE = letterPattern(String.raw`^(?:(?:${NAME_PARTICLE}|Ó|Ní) )*\p{Lu}[\p{L}'’-]*, \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \([^()]*\))?$`, 'u');

function readLabel(line: Line): Label | null {
  return lineFacts(line).label;
}

function hasPeopleCue(line: Line): boolean {
  return lineFacts(line).cue;
}

function lineFacts(line: Line): LineFacts {
  let facts = labels[line.line];
  if (facts?.line !== line) {
    const cue = PEOPLE_CUE.test(line.text);
    facts = { line, label: findLabel(line, cue), cue };
    labels[line.line] = facts;
  }
  return facts;
}

function findLabel(line: Line, cue: boolean): Label | null {
  if (line.cells && line.cells.length > 2) {
    // "Officers:   Mr Grant Ellery   Chief Executive Officer": a label in the first column, its first entry beside it.
    const label = matchRollLabel(line.cells[0]);
    return label && label.after === '' ? { kind: label.kind, inline: line.cells.slice(1).filter(Boolean).join(', ') } : null;
  }
  // "|Attendees|@jhoffmann, @kvonahlen|": a page's properties table, the label in a cell of its own; "Attendees<TAB>A, B.
  // Apologies: C": whatever other label the cell holds after the list.
  const cellLabel = line.cells?.length === 2 ? matchRollLabel(line.cells[0]) : null;
  if (cellLabel && cellLabel.after === '') return labelOf({ kind: cellLabel.kind, rest: listSentence(line.cells![1]), bare: false, after: line.cells![1] });
  // "* regrets: oyelaran is travelling": a meeting bot's note opens a list item with its label in lower case.
  // "present: jo, sam k, priya" in notes typed in lower case, the same.
  const lowerItemLabel = (line.kind === 'item' || line.kind === 'text') && LOWER_LABEL.test(line.text) ? matchRollLabel(`${line.text[0].toUpperCase()}${line.text.slice(1)}`) : null;
  const label = matchRollLabel(line.text) ?? lowerItemLabel ?? (line.kind === 'heading' || !cue ? null : findLabelInLine(line.text)?.label ?? null);
  if (label) return labelOf(label);
  // "1. Attendees and apologies for absence" opens the attendee list that follows it.
  if ((line.kind === 'heading' || ITEM_NUMBER.test(line.text)) && line.text.length < 60) {
    const title = /^(?:\d{1,3}[.:)]?\s+|[IVX]{1,5}[.:)]\s+)?(attend\w*|present|apolog\w*)\b/i.exec(line.text);
    if (title) return { kind: /^apolog/i.test(title[1]) ? 'apologies' : 'attendees', inline: '' };
  }
  return null;
}

function labelOf(label: RollLabel): Label {
  // "Apologies: None." is a list, and an empty one: nothing after it belongs to it.
  if (isEmptyList(label.rest)) return { kind: label.kind, inline: '', empty: true };
  // "Present: A, B. Apologies for absence: C": the first list ends where the second label begins.
  const next = label.after === '' ? null : findLabelInLine(label.after);
  if (next) return { kind: label.kind, inline: listSentence(label.after.slice(0, next.index)), then: labelOf(next.label) };
  // "Apologies for absence. Apologies were received from A and B."
  const sentence = label.rest === '' ? null : apologySentence(label.rest);
  // "regrets: oyelaran is travelling this week": one name and why.
  const inline = sentence !== null ? firstSentence(sentence) : LIST_CUE.test(label.rest) ? label.rest : stripCommentary(label.rest);
  return { kind: label.kind, inline };
}

/**
 * Reads the people under a label; returns the index of the first line after the section. A roll ticked off as
 * task boxes ("- [x] @awong (Alice Wong)", "- [ ] @bli (Bob Li)") puts those left unticked in `absent`.
 */
// An entry of a roll that says its person sent apologies ("… apologies – on leave", "(regrets)"), not for lateness.
const APOLOGIES_AFTER_NAME = /\s(?:[(\u2013\u2014-]\s?)?(?:sent )?(?:apologies|apols|regrets)\b(?! for lateness)/i;

// "Type: Weekly", "Created by: @Priya Shah", "Last edited time: …": the page's other fields under its roll; "Also there
// for item 4: …", another list's label.
const PAGE_FIELD = /^[A-Z][a-z]+(?: [a-z\d]+){0,4}: \S/;
// "Read Score: 78", "Speaker Talk Time: Ana 41% | …": a meeting report's figures, below its roll.
const REPORT_FIGURES = /^[A-Z][\w ]{1,30}: (?:\d|.*\d%)/;

// The words that close the name of a group of people within a roll ("Management Side:", "Independent members:").
const GROUP_LINE = /^([A-Z][^:]{0,60}?): (\S.*)$/;

/** The office a line assigns ("Chair: Jo Doe"), in a properties table's row too ("|Chair|@jhoffmann|"). */
function officeOf(line: Line | undefined): OfficeLine | null {
  if (!line || line.kind === 'heading') return null;
  return matchOfficeLine(line.cells?.length === 2 ? `${line.cells[0].replace(/:$/, '')}: ${line.cells[1]}` : line.text);
}

/** Whether a line assigns an office of either kind: a list of offices goes on over it. */
function anyOffice(line: Line | undefined): boolean {
  return officeOf(line) !== null || (line !== undefined && line.kind !== 'heading' && matchOfficeAmongOffices(line.text) !== null);
}

/** "**Notes:** @Jack O'Brien" under "**Away:** …": a field of another kind, in bold, its label no office. */
function opensField(line: Line): boolean {
  const field = line.lead?.replace(/:$/, '');
  return field !== undefined && field.length <= 30 && line.text.startsWith(`${field}:`) && !isRoleLike(field);
}

function readSection(lines: Line[], start: number, label: Label, into: Person[], unread: Line[], entryLines: Set<Line>, absent: Person[]): number {
  let i = start + 1;
  if (label.empty) return i;
  if (!label.inline) i = afterIntroduction(lines, i);
  const next = lines[i];
  const paragraph = !label.inline && next !== undefined && isListParagraph(lines, i);
  if (label.inline || paragraph) {
    // A one-line list may go on over following lines of the same paragraph: each line is a list of its
    // own, unless the export wrapped it mid-entry ("Rosalind / Okafor-Grant", "Director / of Programs").
    // Under a label in a column of its own ("Board Members Present:<TAB>Gloria Baptiste, President"), each line is an entry.
    const entryPerLine = inColumnOfItsOwn(lines[start]);
    const firstEntry = entryPerLine && !paragraph ? labelLineEntry(lines[start]) : null;
    // "2. Apologies" over "That the apologies from A be accepted.": the sentence names them.
    let text = paragraph ? (label.kind === 'apologies' && next.text.startsWith('That ') ? apologySentence(next.text) : null) ?? listSentence(next.text) : firstEntry ?? label.inline;
    // A name and an office set apart in columns are one entry, whatever "and" the office holds.
    let oneEntry = firstEntry !== null;
    // "Sederunt:<TAB>Rev. A Bee (Moderator); Elders – Mrs C Dee, …": a column holding a whole list is no one entry.
    const readList = () => (oneEntry || (entryPerLine && NAME_DASH_OFFICE.test(text) && !holdsList(text)) ? [parsePersonEntry(text, line)].filter((person): person is Person => person !== null) : parseInlineList(text, line));
    // A paragraph whose first sentence is the list ("A and B - Borough Councillor. Mr C thanked …") ends with it.
    if (paragraph && !withoutFullStop(next.text).endsWith(withoutFullStop(text))) {
      addAll(into, parseInlineList(text, next.line));
      // Its later sentences are read as any other line's ("C also sent apologies").
      return i;
    }
    let line = paragraph ? next.line : lines[start].line;
    // The lines read, marked as the list's once they give someone (a title such as "BT/12/73 Health and safety" gives no one).
    const read: Line[] = [];
    const found = into.length;
    if (paragraph) read.push(lines[i++]);
    while (i < lines.length && (!lines[i].blockStart || isUnfinished(text)) && lines[i].kind !== 'heading' && !lines[i].cells && !readLabel(lines[i]) && !matchOfficeLine(lines[i].text) && !PAGE_FIELD.test(lines[i].text) && !REPORT_FIGURES.test(lines[i].text) && !opensField(lines[i])) {
      read.push(lines[i]);
      // A list closed by an address ("… Ruth Ebbesen ruth@harbourline.io") is complete: the next line is no part of it.
      // In a column of its own, an entry still goes on from a line cut mid-name ("… and Chair Lorena" / "Baptiste").
      // "A quorum was present." under the list is a sentence of its own.
      // "Mr D Okonjo-Hart – Chief Executive and Monitoring Officer," / "OPCC", "… Harland Whitby LLP" / "(External Audit)":
      // an entry that a comma leaves open, or a bracket under it, goes on.
      const goesOn = entryPerLine ? endsMidName(text) || endsInsideBracket(text) || text.endsWith(',') || lines[i].text.startsWith('(') : !ENDS_WITH_ADDRESS.test(text) && !REMARK.test(lines[i].text) && (wrapsOnto(text, lines[i].text) || isHardWrapped(lines[i - 1].text));
      if (text.length < 2000 && goesOn) text = joinWrapped(text, lines[i].text);
      else {
        addAll(into, readList());
        const columns = entryPerLine ? columnsAsEntry(lines[i], 0) : null;
        text = columns ?? lines[i].text;
        oneEntry = columns !== null;
        line = lines[i].line;
      }
      i++;
    }
    // "… Samuel Whitcomb (from item 4, arrived" / "7:18 p.m.); Absent: …", "…, Council" / "Members A and B; Absent: C":
    // the line of the paragraph that opens the next label begins with the end of this list.
    const nextLabel = i < lines.length && !lines[i].blockStart && !lines[i].cells && !matchRollLabel(lines[i].text) ? findLabelInLine(lines[i].text) : null;
    if (nextLabel) text = `${text} ${lines[i].text.slice(0, nextLabel.index)}`;
    addAll(into, readList());
    if (into.length > found) for (const each of read) entryLines.add(each);
    // "Present: Ms A (Officer, Council)" with the next people in paragraphs of their own: the roll goes on
    // while they read as people.
    if (paragraph) return i;
    // "|Apologies|@osorensen, @fbrandt|" over "|Previous|…|": a page's properties, a row each.
    if (lines[start].cells && lines[i]?.cells?.[0] && !isPersonalName(stripHonorifics(lines[i].cells![0]))) return i;
  }
  const sideBySide = label.inline ? null : readSideBySide(lines, i);
  if (sideBySide) {
    for (const entry of sideBySide.entries) addAll(into, readEntryLine(entry));
    for (let k = i; k < sideBySide.end; k++) entryLines.add(lines[k]);
    i = sideBySide.end;
  }
  let header: string[] | null = null;
  // Entries that read as no one: kept for a warning when the roll goes on past them.
  let pending: Line[] = [];
  const unticked: Person[] = [];
  let ticked = false;
  const numbering = new RollNumbering(lines[start]);
  for (; i < lines.length; i++) {
    const line = lines[i];
    // "Public Governors: Keith Harrowby (South Westmarch); Yvonne Etheridge …", "Directors: Jo Doe, Director of Finance; …":
    // a group of the list and its people on one line, under a label of its own line.
    // Only in the label's own paragraph or after entries: "**Regrets:**" then "**Guests:** …" after a blank line is a roll of its own.
    const group = !label.inline && !line.cells && line.text.includes(': ') && (!line.blockStart || into.length > 0) ? GROUP_LINE.exec(line.text) : null;
    // "Staff – Nursing and Midwifery: Aisling Moran" is one governor in her seat, read as such below.
    const groupPeople = group && isGroupLabel(`${group[1]}:`) ? parseInlineList(group[2], line.line) : [];
    if (groupPeople.length > 0 && (isList(group![2], groupPeople) || !readSeat(line))) {
      addAll(into, groupPeople);
      entryLines.add(line);
      continue;
    }
    // After a label's own line, "Chair: Jo Doe" is an office line of its own, not the roll going on.
    if (line.kind === 'heading' || (readLabel(line) && !readSeat(line)) || (label.inline && matchOfficeLine(line.text)) || REPORT_FIGURES.test(line.text) || opensField(line)) break;
    // "Who<TAB>What<TAB>When" under the roll heads the actions' table.
    if (line.cells && isActionTableHeader(line)) break;
    // "* regrets: oyelaran" with its names: the next bullet as shallow as it is another note.
    if (label.inline && lines[start].kind === 'item' && line.kind === 'item' && line.depth <= lines[start].depth) break;
    // "Absent: Hannah Doe" then "- **Payments**" over its own bullets: after names on the label's line, a bullet with
    // bullets under it is a topic of the minutes.
    if (label.inline && line.kind === 'item' && lines[i + 1]?.kind === 'item' && lines[i + 1].depth > line.depth) break;
    // "Apologies were received from A and B." opens the apologies: the roll has ended; so does "C (…) joined at 10:20."
    if (hasPeopleCue(line) && apologySentence(line.text) !== null) break;
    if (JOINED_LATE.test(line.text)) break;
    if (numbering.isNextItem(line, label.inline !== '' || into.length > 0)) break;
    // "BT/25/105 CHIEF EXECUTIVE'S REPORT" after entries in ordinary case: a heading in capitals, not one more person.
    if (into.length > 0 && isInCapitals(line.text) && !into.some((person) => isInCapitals(person.name))) break;
    // A roll set out in columns of spaces reads as a table's rows; a numbered line ("25/41   Welcome and
    // apologies") is the next item's title.
    const row = line.cells ?? (line.columns?.length === 2 && !/\d/.test(line.columns[0]) ? line.columns : null);
    // A header opens the table: "Members | Hemi Walker" further down is a category beside its first entry.
    if (row && !header && into.length === 0 && row.some((cell) => NAME_COLUMN.test(cell)) && !row.some((cell) => isPersonalName(stripHonorifics(cell)))) {
      header = row.map((cell) => cell.toLowerCase());
      rollHeader = header;
      continue;
    }
    // "Participants (non-voting)" between the rows of the members' table, no blank line before it: the group's rows go on
    // under the table's header.
    if (row && !header && into.length === 0 && rollHeader?.length === row.length && i === start + 1 && !lines[start].blockStart) header = rollHeader;
    // "(item ICB/24/113)" under an entry, in its second column: a note on the entry above.
    if (into.length > 0 && !line.cells && NOTE_IN_BRACKETS.test(line.text)) continue;
    // "Name" or "Member" over the entries: the header of a table of one column, pasted as lines.
    if (!header && into.length === 0 && !line.cells && NAME_COLUMN.test(line.text)) continue;
    // "Management Side:", "Staff members:" over their people, or in a cell before them: a group of the roll, no one.
    if (!line.cells && isGroupLabel(line.text, true)) continue;
    const grouped = line.cells && line.cells.length > 1 && isGroupLabel(line.cells[0]) ? { ...line, cells: null, text: line.cells.slice(1).join(' ') } : null;
    // "Mrs Abena Owusu      Chief Nurse and Director of … and" over "                   Control": a cell of a roll set out
    // in columns of spaces, wrapped onto the next line under its own column.
    const under = header && row && !line.cells ? cellWrappedUnder(lines, i, row) : null;
    // "Cr Mia Fotheringham (granted at the meeting of" / "18 December 2024)": an entry whose bracket wraps.
    const closing = lines[i + 1];
    // "Dr Fiona McAllister (Vice-Chair) – NHS Hallowmere and" / "Dunmore Integrated Care Board": its organisation wraps.
    const wraps = !under && !line.cells && closing && !closing.blockStart && closing.kind === 'text' && !closing.cells && (endsInsideBracket(line.text) ? closing.text.includes(')') : descriptorWrapsOnto(line.text, closing.text));
    const wrapped = wraps ? { ...line, text: joinWrapped(line.text, closing.text) } : null;
    let entry = grouped ?? wrapped ?? (under ? { ...line, cells: under.cells } : row && !line.cells ? { ...line, cells: row } : line);
    if (under) {
      for (let k = 1; k <= under.lines; k++) entryLines.add(lines[i + k]);
      i += under.lines;
    }
    // Rows with an empty first cell under a table's entry: its cells wrapped onto them, the row continued.
    // A row that names someone is an entry of its own ("\t\tCL\tCarl Leod" under a category given once).
    const nameColumn = header ? header.findIndex((cell) => NAME_COLUMN.test(cell)) : -1;
    let continued = header && entry.cells ? continuationRows(lines, i, entry.cells) : 0;
    // "|  |  | @quietfox |": a row with only a handle is someone known by it.
    const handleColumn = header ? header.findIndex((cell) => HANDLE_COLUMN.test(cell)) : -1;
    if (lines.slice(i + 1, i + 1 + continued).some((next) => next.cells![nameColumn] || (handleColumn >= 0 && next.cells![handleColumn]?.startsWith('@')))) continued = 0;
    if (continued > 0) {
      entry = { ...entry, cells: withContinuations(entry.cells!, lines.slice(i + 1, i + 1 + continued)) };
      for (let k = 1; k <= continued; k++) entryLines.add(lines[i + k]);
    }
    let found: Person[];
    if (header && entry.cells) {
      const marked = personFromRow(header, entry, footnotedArrivals(lines, i));
      found = marked.present;
      addAll(absent, marked.absent);
      i += continued;
      if (marked.absent.length > 0 && found.length === 0) {
        entryLines.add(line);
        continue;
      }
    } else {
      // "~~@Femke Dijkstra~~ apologies – on leave", "Jo Doe (apologies)": one of the roll who sent apologies.
      const apology = entry.cells ? null : APOLOGIES_AFTER_NAME.exec(entry.text);
      const excused = apology && apology.index > 0 ? readEntryLine({ ...entry, text: entry.text.slice(0, apology.index) }, numbering.nextEntry) : [];
      if (excused.length > 0) {
        addAll(absent, excused);
        entryLines.add(line);
        continue;
      }
      found = readEntryLine(entry.cells ? rowAsEntry(entry) : entry, numbering.nextEntry);
    }
    // "Councillors        Cr Ruth Nakamura": columns that are no name and title read as one entry.
    if (found.length === 0 && entry !== line && !wrapped) found = readEntryLine(line, numbering.nextEntry);
    if (found.length > 0) {
      numbering.read(line);
      if (line.checked === false) addAll(unticked, found);
      ticked ||= line.checked === true;
      addAll(into, found);
      entryLines.add(line);
      if (wrapped) entryLines.add(lines[++i]);
      unread.push(...pending);
      pending = [];
      continue;
    }
    if (line.text.length < 3) continue;
    // One entry in a shape the reader does not know never ends a list or table of people.
    if ((line.kind !== 'item' && !line.cells && !BARE_BOX.test(line.text)) || pending.length >= MAX_UNREAD_RUN) break;
    pending.push(line);
  }
  if (ticked && label.kind === 'attendees' && unticked.length > 0) {
    into.splice(0, into.length, ...into.filter((person) => !unticked.includes(person)));
    addAll(absent, unticked);
  }
  return i - pending.length;
}

/**
 * Whether an entry's office or organisation after its dash goes on at the next line: the entry ends in a dash or a
 * joining word, or the next line opens in lower case or names a body without a dash of its own.
 */
function descriptorWrapsOnto(text: string, next: string): boolean {
  if (!DESCRIBED_ENTRY.test(text) || DESCRIBED_ENTRY.test(next)) return false;
  return JOINING_END.test(text) || startsLowerCase(next) || (hasOrganisationWord(next) && !next.includes(', '));
}
const DESCRIBED_ENTRY = /\s[\u2013\u2014-](?:\s|$)/;
const JOINING_END = /(?:\s[\u2013\u2014-]|\s(?:and|of|for|&|the|in)|,)$/;

const PERSONAL_TITLE_FIRST = /^(?:mrs?|ms|miss|mx|dr|prof(?:essor)?|cllr|councillor|sir|dame|lord|lady|rev(?:d|erend)?|canon)\.?\s/i;
const NAME_FIRST = /^(?:$|,|\s\()/;

/**
 * "Public – Northshire: Jane Dowson (Lead Governor)", "Staff – Nursing and Midwifery: Aisling Moran": the seat a
 * governor holds, then the name; the seat is the role unless the entry gives an office. A label alone before the
 * colon ("Apologies: Jo Doe") is no seat.
 */
function readSeat(line: Line): Person | null {
  const seat = line.text.includes(': ') ? SEAT_THEN_NAME.exec(line.text) : null;
  // "Chairman: Aled Kerr-Williams" gives an office, read as such elsewhere.
  if (!seat || matchRollLabel(seat[1])?.bare || endsWithRollWord(seat[1]) || isRoleLike(seat[1]) || isRoleLike(seat[2]) || parsePersonEntry(seat[1], line.line, null, { loneNames: false })) return null;
  const person = parsePersonEntry(seat[2], line.line, null, { loneNames: false });
  if (!person || !isPersonalName(person.name)) return null;
  // "Appointed – University of Northshire": the body that appointed them.
  const body = seat[1].slice(seat[1].search(/ [\u2013\u2014-] /) + 3);
  const organisation = body !== seat[1] && hasOrganisationWord(body) ? body : null;
  return { ...person, role: person.role ?? seat[1], organisation: person.organisation ?? organisation };
}

/**
 * Two columns of entries side by side, as a PDF's text sets a roll out ("Councillor A (Chair)      Ms B, Chief
 * Officer"), perhaps under a header naming each column ("Voting Members      Non-voting Members"): each column read
 * down in turn, a cell that carries on the entry above it ("Officer") joined to it. Null when the lines at `start`
 * are not such a roll.
 */
function readSideBySide(lines: Line[], start: number): { entries: Line[]; end: number } | null {
  const isPerson = (cell: string) => {
    const person = parsePersonEntry(cell, 0, null, { loneNames: false });
    // "Ms Lorna Bisset, Chief Officer", "Fiona Strachan (Chair)": a name first, not an office ("Chief Officer, Healthwatch").
    return person !== null && (PERSONAL_TITLE_FIRST.test(cell) || (cell.startsWith(person.name) && NAME_FIRST.test(cell.slice(person.name.length))));
  };
  let i = start;
  const first = lines[i];
  if (first?.columns?.length === 2 && !first.columns.some(isPerson)) i++;
  const columns: Line[][] = [[], []];
  let pairs = 0;
  for (; i < lines.length && lines[i].columns?.length === 2 && lines[i].kind === 'text' && (i === start || !lines[i].blockStart || i === start + 1); i++) {
    const line = lines[i];
    const cells = line.columns!;
    if (cells.every(isPerson)) pairs++;
    cells.forEach((cell, c) => {
      const column = columns[c];
      const above = column[column.length - 1];
      if (!cell) return;
      // "Mrs Ailsa Drummond, Chief Social Work" / "Officer": the rest of the entry above.
      if (above && !isPerson(cell) && (startsLowerCase(cell) || !cell.includes(' '))) column[column.length - 1] = { ...above, text: `${above.text} ${cell}` };
      else column.push({ ...line, text: cell, columns: null });
    });
  }
  return pairs >= 2 ? { entries: [...columns[0], ...columns[1]], end: i } : null;
}

function readEntryLine(line: Line, nextNumber: number | null = 1): Person[] {
  // "[x] Jo Doe": a task box with no bullet marks a roll entry as present.
  if (BARE_BOX.test(line.text)) line = { ...line, kind: 'item', marker: '-', text: line.text.replace(BARE_BOX, '') };
  if (ITEM_WORD.test(line.text)) return [];
  // "1. Jo Doe" in plain text: a numbered roll entry, read when it continues the roll's own numbering (any number
  // opens it).
  if (ITEM_NUMBER.test(line.text) && line.kind !== 'item') {
    const number = Number.parseInt(line.text, 10);
    if (Number.isNaN(number) || (nextNumber !== null && number !== nextNumber)) return [];
    const person = parsePersonEntry(line.text.replace(ITEM_NUMBER, ''), line.line, null, { loneNames: false });
    return person && !isRoleLike(person.name) ? [person] : [];
  }
  // "Whitfield, Margaret (SRO)": one person to the line, surname first, as Outlook and Teams list people; only where
  // the minutes list others so, as "Jo Todd, Respect" and "Todd, Unison" give a name and an organisation.
  const surnameFirst = surnameFirstRolls && SURNAME_FIRST_LINE.test(line.text) ? givenNameFirst(line.text) : line.text;
  if (surnameFirst !== line.text) {
    const person = parsePersonEntry(surnameFirst, line.line, line.lead);
    return person ? [person] : [];
  }
  // "Jo Doe, Chair (@jdoe); Sam Lee (@slee)": semicolons between people make the line a list.
  if (line.text.includes(';') && isSemicolonList(line)) return parseInlineList(line.text, line.line);
  const segments = splitTopLevel(withoutPublicCount(line.text), LIST_SEPARATOR);
  // "Jo Smith, Mrs Berry, Inspector Dean" on one line is a list, not a name with its office and organisation;
  // "Ms Joanna Wilkes-Farrow – Head of Risk and Business Continuity, Cardenshire Police" is one entry, its office after a
  // dash, unless others follow with their titles ("Cllr T Marsh - Chairman, Cllr B Oduya, Cllr K Fenn").
  const titledAfter = segments.slice(1).some((segment) => stripHonorifics(segment.trim()) !== segment.trim());
  if (segments.length >= 3 && !segments.some(isBareOffice) && (!NAME_DASH_OFFICE.test(segments[0]) || titledAfter)) {
    const people = segments.filter((segment) => parsePersonEntry(segment, line.line) !== null).length;
    if (people * 3 >= segments.length * 2) return parseInlineList(line.text, line.line);
  }
  // Two entries are two people only when both carry a title ("Mr R Rockcliffe (…), Mr T Manley (…)").
  if (segments.length === 2 && segments.every((segment) => stripHonorifics(segment) !== segment && !isBareOffice(segment) && parsePersonEntry(segment, line.line))) {
    return parseInlineList(line.text, line.line);
  }
  const seated = readSeat(line);
  if (seated) return [seated];
  // A single word stands for a person only as an entry of a bulleted list ("* Feross"), never in prose or a numbered line.
  const loneNames = line.kind === 'item' && !/\d/.test(line.marker ?? '') && !line.text.includes(':');
  // "Tom Foy who is away on duty": the name before what the minutes add about the person.
  const person = parsePersonEntry(line.text, line.line, line.lead, { loneNames }) ?? (WHO.test(line.text) ? parsePersonEntry(stripCommentary(line.text), line.line, line.lead, { loneNames: false }) : null);
  return person ? [person] : [];
}

/** A label set apart from its first entry by a tab or a wide gap of spaces. */
/** "Mr Greg Pappas        Director Infrastructure Services": a name and an office set apart in columns, as one entry. */
function columnsAsEntry(line: Line, from: number): string | null {
  const columns = line.columns?.slice(from).filter(Boolean);
  return columns && columns.length === 2 && !columns[0].includes(',') ? columns.join(' \u2013 ') : null;
}

/** "ALSO IN ATTENDANCE: Mr Greg Pappas      Director Infrastructure Services": the label's first entry, its office in the next column. */
function labelLineEntry(line: Line): string | null {
  const columns = line.columns;
  if (!columns) return null;
  const label = matchRollLabel(columns[0]);
  if (label?.after === '') return columnsAsEntry(line, 1);
  return label && columns.length === 2 && label.rest !== '' && !label.rest.includes(',') ? `${label.rest} \u2013 ${columns[1]}` : null;
}

/** Whether a label's column holds a list rather than one entry: pieces set apart by semicolons, or three people. */
function holdsList(text: string): boolean {
  return isList(text, parseInlineList(text, 0));
}

/** `holdsList` for a text whose people are already read. */
function isList(text: string, people: Person[]): boolean {
  return splitTopLevel(text, SEMICOLON).length > 1 || people.length >= 3;
}

/** A label in a column of its own, or with its first entry, the entries set out below it one to a line. */
function inColumnOfItsOwn(line: Line): boolean {
  const first = line.cells?.[0] ?? (line.columns && line.columns.length >= 2 ? line.columns[0] : null);
  return first !== null && (matchRollLabel(first)?.after === '' || (line.cells === null && labelLineEntry(line) !== null));
}

/**
 * "From the Meetecho participant list (16 connected):" between a label and its list: a short paragraph closed by a
 * colon introduces the entries below it. Returns the index of the list's first line, or `index` when there is none.
 */
function afterIntroduction(lines: Line[], index: number): number {
  for (let i = index; i < lines.length && i < index + 4; i++) {
    const line = lines[i];
    if (line.kind !== 'text' || line.cells || (i > index && line.blockStart)) return index;
    // The list under it: items, or lines of its own paragraph after words that point to it ("34 members present,
    // including the following Trustees:"); a line of names closed by a colon is no introduction.
    if (line.text.endsWith(':')) {
      const next = lines[i + 1];
      return next && (next.kind === 'item' || (!next.blockStart && next.kind === 'text' && POINTS_TO_LIST.test(line.text))) ? i + 1 : index;
    }
  }
  return index;
}

/**
 * Under a bare label ("Attending", "Apologies"), whether the paragraph at `index` is a list of names, read as
 * the one-line form going on over its wrapped lines: its line is wrapped mid-entry onto the next, or it holds
 * several entries. An office line ("Chair: Jo Doe") is the list only when it lists more ("Chair: A, Vice Chair: B", "Chair: A; Scribe: B").
 */
function isListParagraph(lines: Line[], index: number): boolean {
  const whole = lines[index];
  if (whole.kind !== 'text' || whole.cells || whole.columns?.length === 2) return false;
  // A paragraph may go on after its list ("A, B. C also sent apologies."): the list is its first sentence.
  const first = listSentence(whole.text);
  const line = first === whole.text ? whole : { ...whole, text: first };
  const titledAfterStop = TITLE_AFTER_STOP.test(line.text);
  // "Jo Doe (@jdoe) (left the meeting" / "at 9pm), Sam Lee": the first entry's bracket runs onto the next line.
  const cue = LIST_CUE.test(line.text) || (endsInsideBracket(line.text) && wrapsOntoNext(lines, index) && LIST_CUE.test(lines[index + 1].text));
  if (!cue && !titledAfterStop) return false;
  if (/^\d|^[IVXLC]+[.:)]\s/.test(line.text) || ITEM_WORD.test(line.text) || readLabel(line) || (matchOfficeLine(line.text) && !/[,;]/.test(line.text))) return false;
  return titledAfterStop || endsInsideBracket(line.text) || wrapsOntoNext(lines, index) || splitTopLevel(line.text, LIST_SEPARATOR).length >= MANY_ENTRIES || readEntryLine(line).length !== 1 || isListWithAnd(line) || isInitialledPair(line, lines[index + 1]) || isWrappedList(lines, index);
}

/** A long line of two people or more that an export wrapped onto the next line of its paragraph ("…, Sam Lee – Community" / "Manager"). */
function isWrappedList(lines: Line[], index: number): boolean {
  const next = lines[index + 1];
  if (next === undefined || next.blockStart || next.kind !== 'text' || next.cells || !isHardWrapped(lines[index].text) || OPENS_WITH_BULLET.test(next.text)) return false;
  const segments = splitTopLevel(lines[index].text, LIST_SEPARATOR);
  return segments.length >= 2 && segments.every((segment) => !isBareOffice(segment) && isPlainPerson(parsePersonEntry(segment, lines[index].line)));
}

// "• Jo Doe", "[x] Jo Doe": a line opening with a bullet or box the reader left in its text is an entry of its own.
const OPENS_WITH_BULLET = /^(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf]|\[[ xX✓]\])/;

/** A person read from an entry whose name has no word of a body ("Tidewright Foundation" is no one). */
function isPlainPerson(person: Person | null): boolean {
  return person !== null && !hasOrganisationWord(person.name);
}

/**
 * "Imran Lal (IL), Priya Iyer (PI)", "Kofi Okafor, Dr Abena Mensah" as a paragraph of its own line: two people,
 * the second showing it by a title, or each by their own initials or handle. One line of several, each one
 * entry, is one person and a body ("Jo Bee (JB), Victim Support (VS)").
 */
function isInitialledPair(line: Line, next: Line | undefined): boolean {
  if (next?.blockStart === false) return false;
  const segments = splitTopLevel(line.text, LIST_SEPARATOR);
  if (segments.length !== 2) return false;
  const [first, second] = segments;
  const titled = stripHonorifics(second) !== second && !isBareOffice(second) && parsePersonEntry(second, line.line) !== null;
  return titled ? isPersonalName(first) : segments.every((segment) => isInitialledEntry(segment, line.line));
}

/**
 * "Desmond Stott, Simon Prosser and Ewan Ashbury": three people or more, the last joined by "and". Two only
 * when the second shows it is a person ("Jo Bee and Dr Al Wynn (AW)") or a bracket closes the first ("Jo Bee
 * (Chair) and Al Wynn"): "… of King's Lynn and West Norfolk" ends an organisation.
 */
function isListWithAnd(line: Line): boolean {
  if (!/\s(?:and|&)\s/.test(line.text)) return false;
  const people = parseInlineList(listSentence(line.text), line.line);
  if (people.length !== 2) return people.length >= 3;
  // "Sadia Gupta (Chair) and Imran Qureshi": the first entry closed by its bracket.
  const and = line.text.lastIndexOf(' and ');
  return isMarkedPerson(people[1], line.text.slice(and + 5)) || line.text.charAt(and - 1) === ')';
}

/** A person whose entry carries what no organisation or place does: a title, initials, a handle or an office. */
function isMarkedPerson(person: Person, entry: string): boolean {
  return person.initials !== null || person.handle !== null || person.role !== null || stripHonorifics(entry) !== entry.trim();
}

/** "Imran Lal (IL)", "Jo Doe (@jdoe)": an entry with its own initials or handle in brackets. */
function isInitialledEntry(entry: string, line: number): boolean {
  const person = entry.includes('(') ? parsePersonEntry(entry, line) : null;
  return person !== null && (person.initials !== null || person.handle !== null);
}

function isSemicolonList(line: Line): boolean {
  const pieces = splitTopLevel(line.text, SEMICOLON);
  return pieces.length >= 2 && pieces.every((piece) => parsePersonEntry(piece, line.line, null, { loneNames: false }) !== null);
}

/** A table row with no header ("Jo Bloggs<TAB>Chair") read as one entry, its cells as descriptors. */
const DASH_CELL = /^[-\u2013\u2014]$/;
const ENTRY_NUMBER_CELL = /^\d{1,3}[.)]?$/;

function rowAsEntry(line: Line): Line {
  // "1.<TAB>Prof. Ada Eze<TAB>–<TAB>Dean": the entry's number and a dash set in cells of their own mark no part of it.
  const cells = line.cells!.filter((cell, index) => cell && !DASH_CELL.test(cell) && !(index === 0 && ENTRY_NUMBER_CELL.test(cell)));
  // "Members | Hemi Walker": a category of the roll beside its first entry, not the person's office.
  if (cells.length > 1 && isCategory(cells[0])) cells.shift();
  return { ...line, text: cells.join(', '), cells: null };
}

/** "Members", "Councillors", "Officers": the plural of an office, naming a group of a roll. */
function isCategory(cell: string): boolean {
  return cell.endsWith('s') && !cell.includes(' ') && isRoleWord(cell.slice(0, -1).toLowerCase());
}

const ANY_LETTER = letterPattern(String.raw`\p{L}`, 'u');

function nameAsWritten(cell: string, line: number): Person | null {
  const name = stripHonorifics(cell.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
  if (!ANY_LETTER.test(name) || name.split(/\s+/).length > 6) return null;
  return { name, initials: null, handle: null, organisation: null, role: null, line };
}

/** Whether the lines below a roll's row hold a note that a starred mark arrived late ("* Arrived at 7:12 p.m. during Item 5."). */
function footnotedArrivals(lines: Line[], index: number): boolean {
  return lines.slice(index + 1, index + 40).some((line) => ARRIVAL_NOTE.test(line.text));
}
const ARRIVAL_NOTE = /^(?:\*\s*)?(?:arrived|joined)\b.{0,60}$/i;

function personFromRow(header: string[], line: Line, starredArrived = false): { present: Person[]; absent: Person[] } {
  const cell = (pattern: RegExp) => {
    const index = header.findIndex((h) => pattern.test(h));
    return index >= 0 ? line.cells![index]?.trim() || null : null;
  };
  const written = cell(HANDLE_COLUMN);
  const handle = written ? `@${written.replace(/^@/, '')}` : null;
  // A row with no name and only a handle: the person is known by the handle (CONVENTIONS: the handle without "@").
  const name = cell(NAME_COLUMN) ?? (handle && /^@[\w.-]+$/.test(handle) ? handle : null);
  if (!name) return { present: [], absent: [] };
  // A Name column holds names, whatever their shape ("Hemanth HM"): an unusual one is kept as written.
  // "VACANT" in a seat's row: no one holds it.
  const person = VACANT.test(name) ? null : (parsePersonEntry(name, line.line) ?? nameAsWritten(name, line.line));
  if (!person) return { present: [], absent: [] };
  if (handle && /^@[\w.-]+$/.test(handle)) person.handle ??= handle;
  // "President / At-Large Stakeholder": the office before the seat's category.
  person.role ??= cleanDescriptor(cell(/^(?:role|position|(?:job )?title|office|post|capacity|designation|seat|portfolio)$/)?.split(' / ')[0] ?? null);
  // "Name | Category | Portfolio": the category where no office is given ("Parent", "Learner (RCL)").
  person.role ??= cleanDescriptor(cell(/^(?:category|constituency|membership type)$/));
  person.organisation ??= cleanDescriptor(cell(/^(?:organi[sz]ation|org|body|agency|representing|company|affiliation|employer|institution|partner|beneficiary)$/));
  person.initials ??= cell(/^(?:initials|abbreviation|abbr\.?|acronym|short name|code)$/);
  // "Attended: N – apologies", "Deputy: Ms Kerry Bannister, Deputy Chief Operating Officer": a column saying who came.
  const attended = cell(ATTENDED_COLUMN);
  const deputy = attended ? DEPUTY.exec(attended) : null;
  if (deputy) {
    const standIn = parsePersonEntry(deputy[1], line.line);
    return { present: standIn ? [standIn] : [], absent: [person] };
  }
  // "A*" over "* Arrived at 7:12 p.m.": marked absent at the roll call, there after all.
  const absent = attended !== null && MARKED_ABSENT.test(attended) && !(starredArrived && attended.endsWith('*'));
  return absent ? { present: [], absent: [person] } : { present: [person], absent: [] };
}

const HANDLE_COLUMN = /^(?:github|github handle|handle|username|irc|nick|slack)$/i;
const ATTENDED_COLUMN = /^(?:attended|present|attendance|attending|in attendance|p ?\/ ?a|present ?\/ ?absent)\??$/;
const VACANT = /^(?:vacant|vacancy)$/i;
// CONVENTIONS: an N or a cross in a Present column is an apology, as is "Apologies" or "Absent" there; so is a D
// ("D = deputy attended"): the member sent someone in their place.
const MARKED_ABSENT = /^(?:n|no|x|\u2717|\u2718|a|d|absent|apologies|apols?|not present)(?!\w)/i;
// "Deputy: Name", "Represented by Name": the member sent a deputy.
const DEPUTY = /^(?:deputy|represented by|substitute|sub)\s*[:\u2013\u2014-]?\s*(\S.*)$/i;

function addAll(into: Person[], people: Person[]): void {
  // One at a time: spreading a long list into push overflows the stack.
  for (const person of people) into.push(person);
}

function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  // "**Organizer:** niamh.odonoghue@…" under "Niamh O'Donoghue (niamh.odonoghue@…)": the address is the person's, named again.
  const named = people.filter((person) => !person.name.includes('@'));
  people = people.filter((person) => {
    const owner = person.name.includes('@') ? named.find((other) => addressOf(person.name, other.name)) : undefined;
    if (owner) owner.role ??= person.role;
    return owner === undefined;
  });
  // "Mr Whitlow" after "Tom Whitlow" in the same list is the same person, named again by surname.
  const surnames = new Set(people.filter((person) => person.name.includes(' ')).map((person) => fold(person.name.slice(person.name.lastIndexOf(' ') + 1))));
  // "Beatrice sent apologies" below "Beatrice Holm" on the list: her given name, when no one else on the list has it.
  const givenNames = new Map<string, number>();
  for (const person of people) {
    if (!person.name.includes(' ')) continue;
    const given = fold(person.name.slice(0, person.name.indexOf(' ')));
    givenNames.set(given, (givenNames.get(given) ?? 0) + 1);
  }
  return people.filter((person) => {
    const key = fold(person.name);
    if (seen.has(key) || (!person.name.includes(' ') && (surnames.has(key) || givenNames.get(key) === 1))) return false;
    seen.add(key);
    return true;
  });
}
