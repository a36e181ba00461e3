import type { DateOrder, MeetingTime } from '../model/types.js';
import { withWrappedLines, type Line, type Source } from '../read/source.js';
import { findDate, toClock, type FoundDate } from '../text/dates.js';
import { findLabelInLine, matchRollLabel } from '../lexicon/attendance.js';
import { isDateLabel, matchHeaderField, OTHER_LANGUAGE_TITLE_WORD, type HeaderField } from '../lexicon/header.js';
import { fold, lowerCaseForMatching, startsLowerCase } from '../text/normalise.js';
import { letterPattern } from '../text/letters.js';

export interface Header {
  title: string | null;
  date: string | null;
  time: MeetingTime | null;
  location: string | null;
  /** Line the date came from (0 for front matter). */
  dateLine: number | null;
  /** A front-matter date that the minutes' own date overrode (a CMS's posting date, say). */
  overriddenFrontDate: string | null;
}

const HEADER_LINES = 12;
const MERIDIEM = '(am|pm|a\\.m\\.|p\\.m\\.)';
// A clock is hours with minutes ("10.30", "10:30 am") or hours with am/pm ("7pm").
const CLOCK = (n: number) => `(\\d{1,2})(?:[.:](\\d{2})\\s?${MERIDIEM.replace('(', `(?<m${n}>`)}?|\\s?${MERIDIEM.replace('(', `(?<n${n}>`)})`;
// TIME_RANGE and TIME_SINGLE are in lower case and run on the text in lower case (withoutTime, readTime)
// without the i flag, which doubled their compiling; what they capture is digits and am/pm.
const TIME_RANGE = new RegExp(`\\b${CLOCK(1)}\\s?(?:[-\\u2013\\u2014]|to|until)\\s?${CLOCK(2)}`);
// "7pm", "7.30 p.m.", or a clock after "at"/"from" ("at 19:00", "at 7:00 PM": the meridiem, if any, follows).
const TIME_SINGLE = new RegExp(`\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*${MERIDIEM}|\\b(?:at|from)\\s+(\\d{1,2})[.:](\\d{2})\\b(?:\\s?${MERIDIEM.replace('(', '(?<after>')})?`);
// "19-Aug-2015, 12:00": a 24-hour clock straight after the date on the date line.
const CLOCK_AFTER_DATE = /^,?\s(\d{1,2}):(\d{2})(?![\d:])/;
// A full stop that is not the one of "p.m.".
const SENTENCE_END = /(?:(?<![ap]\.m)\.|[!?])\s*$/i;
const LABELLED_CLOCK = /^(\d{1,2})[.:](\d{2})\b/;
const WEEKDAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=,?\s\d))\b,?/gi;
// MINUTES_OF, NOISE and REGISTRATION are written in lower case and run on the text in lower case, without
// the i flag, which doubled their compiling. "MINUTES OF THE 47TH MEETING OF THE BOARD …": a meeting may carry its
// running number. A cabinet publishes a "Record of Decisions" (taken at the meeting of …) in place of minutes; a German
// or Dutch association writes a "Protocol".
const MINUTES_OF = /^(?:draft |approved |unconfirmed |confirmed )?(?:minutes?|notes|protocol|proceedings|meeting (?:summary|notes|minutes|recap)|summary|record of (?:the )?decisions(?: taken| made)?)\b(?: (?:of|for|at))?(?: (?:the|a|an))?(?: (?:\d{1,4}(?:st|nd|rd|th) )?(?:meeting|minutes) of(?: the)?)?\s*/;
// What is left of "ORDINARY MEETING" or "Date:" once the words common to every meeting are gone.
// "OPEN MINUTES", "Public session": which part of the meeting, not what met; "ACTION MINUTES", "Formal minutes": what
// kind of minutes.
const MEETING_KIND_ONLY = /^(?:ordinary|extraordinary|annual|special|regular|monthly|date|time|venue|open|closed|public|private|confidential|action|summary|formal)$/i;
const LOWER_CASE_WORD = /(?:^|\s)[a-z]{3,}\b/;
const MONTH_AND_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{4}$/i;
// What a page tool or a template adds after the body's name ("… Meeting Minutes", "… Meeting recap").
// "… - Notes by Gemini": the tool that wrote them is no part of the title either.
const TRAILING_KIND = /\s(?:meeting\s)?(?:minutes|notes|recap|summary)(?:\sby\s[\w.]+)?$/i;
// "Certified by the City of Los Angeles, 2003", "Established 1887": the body's standing, under its name.
// "Registered No. 418CU", "Org. no. 948 612 307 – c/o …", "P.M.B. 2104, Odogbolu": a letterhead's registration and address.
const REGISTRATION = /\b(?:registered charity|charity (?:no|number)|company (?:no|number)|registration (?:no|number)|registered (?:no|number)|org\.? (?:no|nr|number)|registered in england|strata plan \d+|c\/o|p\.?\s?o\.? box|postboks|p\.m\.b)\b|^(?:certified|established|founded|incorporated|chartered) (?:by |in )?.{0,60}\d{4}$/;
// The papers' own running header ("Item 3", "Appendix A", "Agenda item 5.1"), modern.gov's "Public Document Pack"
// stamp, a file reference ("F.No. TAC-14/2025") and a note of the minutes' approval
// ("Approved by the IJB: [date]", "Subject to approval") are no part of a title either.
const NOISE = /^(?:draft |approved |unconfirmed |confirmed |public |part [ab12] )?(?:minutes|agenda|notes|meeting notes|confidential|official|not protectively marked|official[- ]sensitive)$|^(?:minutes [\u2013-] )?(?:[a-z]+ )?meeting (?:no\.? ?)?\d{1,3}\/\d{4}(?: \(\w+\))?$|^public document pack$|^[\s-]*(?:draft|unconfirmed|approved|confirmed|confidential)[\s-]*$|^(?:(?:agenda )?item|appendix|annex|enclosure|paper) [a-z\d][\w.]{0,6}$|^(?:f\.\s?no|file\sno|ref(?:erence)?(?:\sno)?)\.?:?\s\S+$|^(?:(?:approved|agreed|confirmed|ratified|signed) (?:by|at|on)|(?:subject to|awaiting) (?:approval|ratification))\b/;
/** The header's patterns written in lower case, for the test that they find there what they found ignoring case. */
export const LOWER_CASE_HEADER_PATTERNS: readonly RegExp[] = [MINUTES_OF, NOISE, REGISTRATION, TIME_RANGE, TIME_SINGLE];

// "Hi all," … "Ron" (or "Fi x"): the covering note of minutes sent by email, from its greeting to the sender's name.
const GREETING = /^(?:hi|hello|dear|good (?:morning|afternoon|evening))\b[^.]{0,40}$/i;
const SIGN_OFF = /^(?:(?:thanks|regards|best|cheers|kind regards|many thanks),?\s)?[A-Z][a-z]+(?: [A-Z][a-z]+)?,?(?: x{1,3})?$/;
const COVERING_NOTE_LINES = 8;
// "From: …", "Sent: 16 October 2025 21:47", "To: …", "Subject: …": the headers of an email pasted above the minutes.
const MAIL_HEADER = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments|message-id|in-reply-to|references|list-id):\s/i;

/**
 * Where the minutes themselves start: after the headers of an email they were pasted from (when was it
 * sent is not when they met) and its covering note; 0 for minutes that open with themselves.
 */
function minutesStart(lines: Line[], order: DateOrder): number {
  const start = mailHeaderLines(lines);
  if (start >= lines.length || !GREETING.test(lines[start].text)) return start;
  for (let i = start + 1; i <= start + COVERING_NOTE_LINES && i < lines.length; i++) {
    if (lines[i].blockStart && SIGN_OFF.test(lines[i].text)) return i + 1;
  }
  // "hi all" / "notes from yesterday, sorry they're late" / "garden group meeting, sat 5th april": with no sign-off,
  // the minutes open at the first paragraph that dates the meeting.
  for (let i = start + 1; i <= start + COVERING_NOTE_LINES && i < lines.length; i++) {
    // (Any year will do for a date written without one: only whether the line names a day is asked.)
    if (lines[i].blockStart && findDate(lines[i].text, { order, reference: '2000-01-01' })) return i;
  }
  return start;
}

/** How many lines of email headers ("From: …", "Sent: …") the minutes were pasted under. */
function mailHeaderLines(lines: Line[]): number {
  let end = 0;
  if (lines.length > 1 && /^from:\s/i.test(lines[0].text) && MAIL_HEADER.test(lines[1].text)) {
    while (end < lines.length && MAIL_HEADER.test(lines[end].text)) end++;
  }
  return end;
}

/** When the email the minutes were pasted into was sent: a meeting without its year was held on or before it. */
function mailSentDate(lines: Line[], order: DateOrder): string | null {
  for (const line of lines.slice(0, mailHeaderLines(lines))) {
    const sent = /^(?:sent|date):\s/i.test(line.text) ? findDate(line.text, { order }) : null;
    if (sent?.hasYear) return sent.iso;
  }
  return null;
}

/** Title, date, time and location from front matter and the lines before the first section (`stop`, an index into the lines). */
export function extractHeader(source: Source, stop: number, order: DateOrder): Header {
  const start = Math.min(minutesStart(source.lines, order), stop);
  const head = source.lines.slice(start, Math.min(stop + 1, start + HEADER_LINES)).flatMap((line, index) => headerPart(line, start + index < stop));
  const front = source.frontMatter;
  const dateFromFront = frontDate(front.date, order);
  // A date in the minutes' own heading wins: front matter often holds when a page was posted. A date
  // found further down ("the meeting held on …") is weaker evidence than front matter.
  // A front-matter title is written by a person for these minutes ("24 November 2014 – Board"); its
  // date field is often only when the page was posted.
  const frontTitleText = typeof front.title === 'string' ? front.title.trim() : '';
  let dateIn = dateFinder(order);
  const frontTitleDate = frontTitleText ? dateIn(frontTitleText) : null;
  let dateIndex = dateLineIndex(head, dateIn);
  // "held on Thursday 13th July", with no year: the last such day on or before the page or the email that posted the
  // minutes, or in the one year their header names.
  const postedOn = dateIndex < 0 ? (dateFromFront ?? mailSentDate(source.lines, order) ?? (frontTitleDate ? null : lastDayOfNamedYear(head))) : null;
  if (postedOn) {
    dateIn = dateFinder(order, postedOn);
    dateIndex = dateLineIndex(head, dateIn);
  }
  const dateLine = dateIndex >= 0 ? head[dateIndex] : null;
  const ownDate = (dateLine ? dateIn(dateLine.text)!.iso : null) ?? frontTitleDate?.iso ?? null;
  const date = ownDate ?? dateFromFront ?? fallbackDate(source, order);

  // The first top-level heading names the meeting only when it comes before the agenda begins.
  const h1 = topHeading(source.lines, stop);
  // A front-matter title that is only a date and "Minutes" names the post, not the body; one with a date
  // and time around the body's name gives that name (CONVENTIONS: titles drop the date a tool adds).
  const frontTitlePart = frontTitleText ? titlePart({ ...head[0], text: frontTitleText, cells: null }, true, dateIn) : null;
  const frontTitle = frontTitlePart && (frontTitleDate ? frontTitlePart : frontTitleText);
  const labelled = headerFields(head);
  const labelledTitle = labelled.title ? titlePart({ ...head[0], text: labelled.title, cells: null }, true, dateIn) : null;
  // "# Meeting notes" over "**Claims Platform Migration – Fortnightly Checkpoint**": a heading that names no meeting gives way to the lines under it.
  const title = frontTitle ?? labelledTitle ?? (h1 ? withBodyLines(titlePart(h1, true, dateIn), head, h1, dateIndex, dateIn) : null) ?? titleFrom(head, dateIndex, dateIn);
  // "… held on 31 August 2022 at 6:15 PM to 9:00 / PM.": a time range wrapped onto the paragraph's next line.
  const dateSentence = dateLine ? withWrappedLines(head, dateIndex, dateLine.text, 1, (text) => SENTENCE_END.test(text)) : null;
  const timeText = labelled.time ?? (dateSentence ?? [...head.map((line) => line.text), ...(frontTitleDate ? [frontTitleText] : [])].join(' '));
  return {
    title,
    date,
    time: readTime(timeText) ?? (labelled.time ? readClock(labelled.time) : clockAfterDate(dateLine?.text ?? (frontTitleDate ? frontTitleText : ''), dateIn)),
    location: labelled.location ?? readLocation(head, dateIndex, dateIn, title),
    dateLine: ownDate === null && dateFromFront ? 0 : dateLine?.line ?? null,
    overriddenFrontDate: ownDate !== null && dateFromFront !== null && dateFromFront !== ownDate ? dateFromFront : null,
  };
}

/** The first top-level heading among the lines before `stop`; the lines after it are not looked at. */
/**
 * A page's heading may name the organisation and the lines under it, before the date, the body that
 * met: a subheading ("Management Committee"), or "Minutes of the Board of Directors meeting" / "Board of
 * Directors Meeting Minutes" (a registered charity's number between them is not part of it).
 */
function withBodyLines(title: string | null, head: Line[], h1: Line, dateIndex: number, dateIn: DateFinder): string | null {
  const from = head.indexOf(h1);
  if (title === null || from < 0 || dateIndex <= from) return title;
  const parts = [title];
  for (let i = from + 1; i < dateIndex; i++) {
    const line = head[i];
    if (!(line.kind === 'heading' || MINUTES_OF_BODY.test(line.text) || TRAILING_KIND.test(line.text) || / meeting$/i.test(line.text))) continue;
    const part = titlePart(line, false, dateIn);
    if (part && !parts.some((p) => fold(p).includes(fold(part)))) parts.push(part);
  }
  return parts.join(' ');
}
// "Minutes of the …" naming what met, not "Minutes" alone.
const MINUTES_OF_BODY = /^(?:draft |approved |unconfirmed |confirmed )?minutes of\s/i;

function topHeading(lines: Line[], stop: number): Line | undefined {
  for (let i = 0; i < stop && i < lines.length; i++) if (lines[i].kind === 'heading' && lines[i].depth === 1) return lines[i];
  return undefined;
}

/** The first date in a text, in the document's date order. */
type DateFinder = (text: string) => FoundDate | null;

/** A date finder that searches each text once: the date line is asked about again for the title, time and place. */
function dateFinder(order: DateOrder, before: string | null = null): DateFinder {
  const seen = new Map<string, FoundDate | null>();
  return (text) => {
    let date = seen.get(text);
    if (date === undefined) {
      date = findDate(text, { order, before });
      seen.set(text, date);
    }
    return date;
  };
}

/** The line of the header that dates the meeting: a line of text, or a "Date: | 14 March 2024" row; -1 where none does. */
function dateLineIndex(head: Line[], dateIn: DateFinder): number {
  return head.findIndex((line) => dateIn(line.text) !== null && (!line.cells || isLabelRow(line)));
}

/**
 * "Mon 3 Feb" under the title and "#meetings/2025" under that, as typed notes keep the year in a tag or a
 * folder name: the last day of the one year the header names, for a day written without its year.
 */
function lastDayOfNamedYear(head: Line[]): string | null {
  const years = new Set(head.flatMap((line) => line.text.match(YEAR) ?? []));
  return years.size === 1 ? `${[...years][0]}-12-31` : null;
}
const YEAR = /(?<![\d.])(?:19|20)\d\d(?![\d.\/-]?\d)/g;

/** A "Date: | 14 March 2024" row of a header table: a label and its value, not a table of data. */
function isLabelRow(line: Line): boolean {
  // "Date<TAB>:<TAB>Tuesday, 14 January 2025": a colon in a column of its own.
  const filled = line.cells!.filter((cell) => cell !== '' && cell !== ':');
  return filled.length === 2 && isDateLabel(filled[0]);
}

/**
 * A header line as far as the minutes' own header goes: the line that opens the first section counts
 * only for what comes before a roll label inside it ("… 5 NOVEMBER 2015 PRESENT (6 Councillors): …").
 */
function headerPart(line: Line, beforeStop: boolean): Line[] {
  const capital = line.cells ? null : findLabelInLine(line.text);
  if (beforeStop && !capital) return [line];
  return capital && capital.index > 0 ? [{ ...line, text: line.text.slice(0, capital.index).trim() }] : [];
}

function frontDate(value: unknown, order: DateOrder): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return findDate(value, { order })?.iso ?? null;
  return null;
}

/** Minutes with no dated header line: the first date in the opening lines of the document. */
function fallbackDate(source: Source, order: DateOrder): string | null {
  for (const line of source.lines.slice(0, 25)) {
    // "Actions from the previous meeting (05/09/2024)" dates another meeting; a heading below a web page's links
    // ("Children's Scrutiny Committee - Thursday, 23rd January, 2025 10.00 am") dates this one.
    if ((line.kind === 'heading' || /\b(?:held|meeting)\b/i.test(line.text)) && !/\b(?:previous|last|next|earlier|prior)\b/i.test(line.text)) {
      const date = findDate(line.text, { order });
      if (date) return date.iso;
    }
  }
  return null;
}

function titleFrom(head: Line[], dateIndex: number, dateIn: DateFinder): string | null {
  const parts: string[] = [];
  const end = dateIndex >= 0 ? dateIndex + 1 : Math.min(head.length, 3);
  // "MINUTE of MEETING of the … BOARD held in the Council Chamber, … and by Microsoft" / "Teams, on 18 June 2025":
  // the lines a "held in" clause wraps onto say where, not what.
  let inHeldClause = false;
  for (let i = 0; i < end; i++) {
    if (head[i].blockStart) inHeldClause = false;
    if (inHeldClause) continue;
    if (HELD_AT.test(head[i].text)) inHeldClause = true;
    // "This document is public. Join … for edit access.": the page's notes about itself, under the title.
    if (i > 0 && i !== dateIndex && parts.length > 0 && isNoteLine(head[i].text)) continue;
    // "Wed 5th March 2025, 7.30pm, Clubhouse (upstairs)" under the title: after the date comes the place.
    if (i === dateIndex && parts.length > 0 && opensWithDate(head[i].text, dateIn)) continue;
    const part = titlePart(head[i], i === dateIndex, dateIn);
    // "WATTLEBROOK SHIRE COUNCIL" / "Ordinary Council Meeting": the kind of meeting under the body's name.
    if (!part || (parts.length > 0 && (KIND_OF_MEETING.test(part) || MEETING_OF_THE_BODY.test(part)))) continue;
    // "Monthly Meeting of Ballinlough Municipal District" under "Ballinlough Municipal District": the body again.
    const meetingOf = MEETING_OF.exec(part);
    if (meetingOf && parts.some((p) => fold(p).includes(fold(part.slice(meetingOf[0].length))))) continue;
    if (parts.some((p) => fold(p).includes(fold(part)))) continue;
    // "yn Neuadd Bentref Pentre Ifan.": the wrapped end of a sentence, not a line of a title.
    if (!head[i].blockStart && startsLowerCase(part)) continue;
    parts.push(part);
  }
  // A Welsh or Quebec council heads its minutes in Welsh or French, then in English: the English names it as the rest
  // of the minutes do.
  const english = parts.filter((part) => !OTHER_LANGUAGE_TITLE_WORD.test(part));
  if (english.length > 0 && english.length < parts.length) parts.splice(0, parts.length, ...english);
  // "📝 Notes" / "Dec 3, 2025" / "Harbourline app roadmap sync - Notes by Gemini": the title under the date.
  const below = parts.length === 0 && dateIndex >= 0 ? head[dateIndex + 1] : undefined;
  const under = below && !isNoteLine(below.text) ? titlePart(below, false, dateIn) : null;
  if (under) parts.push(under);
  const title = parts.join(' ').trim();
  return title === '' ? null : title;
}

function opensWithDate(text: string, dateIn: DateFinder): boolean {
  const date = dateIn(text);
  return date !== null && /^(?:(?:[a-z]+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)?[\s,]*$/i.test(text.slice(0, date.index));
}

function titlePart(line: Line, isDateLine: boolean, dateIn: DateFinder): string | null {
  let text = line.text;
  if (line.cells) return null;
  if (isDateLine) {
    const date = dateIn(text);
    // "Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025": the date in the other language, then in English.
    if (date && /\/\s*(?:[a-z]+day,?\s*)?$/i.test(text.slice(0, date.index))) return null;
    // "Board – 18 February 2016" keeps what comes before the date; "18 February 2016 – Minutes of the Board", what follows.
    // "Engineering Leadership Weekly @December 3, 2025": a page tool's mention of the date.
    const before = date ? text.slice(0, date.index).replace(WEEKDAY, '').replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s?$/i, '').replace(/^[\s,\u2013\u2014|-]+|[\s,@\u2013\u2014|-]+$/g, '') : text;
    // "18 February 2016 at 2 p.m. – Minutes of …", "November 28, 2019, 09:15 – Board": the time goes with the date.
    const after = date ? withoutTime(text.slice(date.index + date.length)).replace(CLOCK_AFTER_DATE, '') : '';
    text = date && before === '' ? after.replace(/^[\s,\u2013\u2014|-]*(?:(?:at|from|on)(?:\s|$))?[\s,\u2013\u2014|-]*/i, '') : before;
  }
  const minutesOf = MINUTES_OF.exec(lowerCaseForMatching(text));
  if (minutesOf && minutesOf[0].length > 0) {
    // "… BOARD OF DIRECTORS OF THE COMPANY": the company is the one named above.
    text = text.slice(minutesOf[0].length).replace(/\s+(?:meeting\s+)?(?:held|on|at)\b.*$/i, '').replace(/\s+meeting$/i, '').replace(/\s+of the company$/i, '');
    if (/^[\s,\u2013\u2014-]*(?:meeting|the meeting|discussion|proceedings)?[\s,\u2013\u2014-]*$/i.test(text)) return null;
    // "Protocol of the board meeting": what met, in lower case, is a kind of meeting rather than a body's name.
    if (/^[a-z]+$/.test(text)) return null;
  } else if (isDateLine) {
    text = text.replace(/\bminutes\b/gi, '').replace(/\b(?:held )?on\s*$/i, '');
  }
  // "#fedora-meeting-2: Lintel Packaging SIG": the IRC channel the meeting was held in.
  if (text.startsWith('#')) text = text.replace(/^#[\w.-]+:\s*/, '');
  // "held in the Council Chambers, 42 Gum Street": where the meeting was held, not what it was.
  text = text.replace(HELD_AT, '');
  text = text.replace(TRAILING_KIND, '').replace(/\s*\(\s*\)?$/, '').replace(/\s(?:date|time|venue)$/i, '').replace(/\s(?:[\u2013\u2014-]\s)?(?:ordinary|extraordinary|regular|special)(?:\smeeting)?$/i, '');
  // "Sedgeline maintainers sync — 13 Nov": the day of the meeting after a dash, without its year.
  text = text.replace(TRAILING_DAY_AND_MONTH, '');
  // "Tue, Mar 11, 2025 7:04PM • 52:18": a recording's length after a bullet is no part of a title.
  text = text.replace(/\s*[\u2013\u2014-]\s*$/, '').replace(/^[\s,\u2013\u2014\u2022\u00b7|-]+|[\s,:\u2013\u2014-]+$/g, '');
  const lower = lowerCaseForMatching(text);
  // "(Harbourview Lofts, 55 Cherry Street East)" under the corporation's name: a note on it, in brackets.
  if (text.startsWith('(') && text.endsWith(')')) return null;
  if (text === '' || NOISE.test(lower) || REGISTRATION.test(lower) || /^\d/.test(text) || MONTH_AND_YEAR.test(text) || MEETING_KIND_ONLY.test(text) || text.length > 120 || !/[A-Za-z]/.test(text)) return null;
  // "IETF 122 TAGG WG minutes": acronyms on a line written in ordinary case are no shouting.
  return isShouting(text) && !LOWER_CASE_WORD.test(line.text) ? titleCase(text) : text;
}

// "(Minutes of) the Regular Meeting of the Board – Public Session" under the body's name: the body again, in other words.
const MEETING_OF_THE_BODY = /^(?:the )?(?:(?:ordinary|extraordinary|annual|regular|special|general|public|monthly|quarterly|full)\s)*meeting of the (?:board|council|committee|trustees|governors|panel)\b/i;
/** A sentence, a link or an address, or a label and its value: not a line of a title. */
function isNoteLine(text: string): boolean {
  return /https?:\/\/|\S@\S/.test(text) || (text.endsWith('.') && text.split(' ').length >= 6) || /^[A-Z][A-Za-z .]{0,24}:\s/.test(text);
}

const MEETING_OF = /^(?:(?:ordinary|extraordinary|annual|regular|special|general|public|monthly|quarterly|full)\s)*meeting of (?:the )?/i;
const KIND_OF_MEETING = /^(?:(?:ordinary|extraordinary|annual|special|regular|monthly|general)(?: (?:general|council|board|committee|membership|members'?))?|committee|board|trustees'?|members'?|membership) meeting$|^(?:ordinary|extraordinary|special|regular|monthly) council$|^full council(?: meeting)?$/i;
const HELD_AT = /(?:^|\s)held\s(?:in|at|on|via|by)\b.*$/i;
const TRAILING_DAY_AND_MONTH = /\s[\u2013\u2014-]\s(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?)$/i;

function isShouting(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

// Where a word's capital goes: its first letter, after a hyphen or bracket, and after an elided "O'".
const WORD_START = letterPattern(String.raw`(^|[-(]|^\p{L}['’])(\p{L})`, 'gu');
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "CEDAR HOLLOW PUBLIC LIBRARY" → "Cedar Hollow Public Library"; short acronyms such as NHS stay. */
function titleCase(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      if (/^(?:ST|MT)$/.test(word)) return word[0] + word[1].toLowerCase();
      if (/^[A-Z]{2,4}$/.test(word) && !/[AEIOUY]/.test(word.slice(1))) return word;
      // "FRIENDS OF BROOKFIELD PRIMARY (FOBP)": the abbreviation in brackets stays one.
      if (/^\([A-Z]{2,8}\)$/.test(word)) return word;
      // "O'NEILL" → "O'Neill", but "SWITHIN'S" → "Swithin's".
      return lower.replace(WORD_START.for(lower), (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join('');
}

/** The text without its first time range, then without its first single time. */
function withoutTime(text: string): string {
  for (const pattern of [TIME_RANGE, TIME_SINGLE]) {
    const m = pattern.exec(lowerCaseForMatching(text));
    if (m) text = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  }
  return text;
}

function readTime(text: string): MeetingTime | null {
  const lower = lowerCaseForMatching(text);
  const range = TIME_RANGE.exec(lower);
  if (range) {
    const groups = range.groups!;
    const endMeridiem = groups.m2 ?? groups.n2;
    const startMeridiem = groups.m1 ?? groups.n1 ?? endMeridiem;
    return { start: toClock(range[1], range[2] ?? '00', startMeridiem), end: toClock(range[5], range[6] ?? '00', endMeridiem) };
  }
  const single = TIME_SINGLE.exec(lower);
  if (!single) return null;
  const start = single[3] ? toClock(single[1], single[2] ?? '00', single[3]) : toClock(single[4], single[5], single.groups?.after);
  return start ? { start, end: null } : null;
}

/** "Time: 12:00": after a Time label a 24-hour clock needs no "at" or "pm" to be the start. */
function readClock(value: string): MeetingTime | null {
  return startAt(LABELLED_CLOCK.exec(value));
}

function clockAfterDate(text: string, dateIn: DateFinder): MeetingTime | null {
  const date = dateIn(text);
  return startAt(date ? CLOCK_AFTER_DATE.exec(text.slice(date.index + date.length)) : null);
}

/** A 24-hour clock's hours and minutes as a start with no end. */
function startAt(clock: RegExpExecArray | null): MeetingTime | null {
  const start = clock ? toClock(clock[1], clock[2], undefined) : null;
  return start ? { start, end: null } : null;
}

/** Header fields written as "Label: value" lines or rows, or as a "held at …" sentence. */
function headerFields(head: Line[]): Partial<Record<HeaderField, string>> {
  const fields: Partial<Record<HeaderField, string>> = {};
  for (const line of head) {
    const text = line.cells ? line.cells.filter(Boolean).join(' ') : line.text;
    const found = matchHeaderField(text);
    if (found) fields[found.field] ??= found.value;
  }
  return fields;
}

function readLocation(head: Line[], dateIndex: number, dateIn: DateFinder, title: string | null): string | null {
  if (dateIndex < 0) return null;
  const dateLine = head[dateIndex].text;
  const date = dateIn(dateLine)!;
  let rest = dateLine.slice(date.index + date.length);
  // "… held on 6 September 2016 in the Jubilee Room, Community / Centre.": the sentence wraps onto the next line.
  const wrapped = head[dateIndex + 1];
  if (wrapped && !wrapped.blockStart && !wrapped.cells && !wrapped.text.includes(':') && wrapped.text.length < 60) rest = `${rest} ${wrapped.text}`;
  rest = withoutTime(rest).replace(WEEKDAY, '');
  rest = rest.replace(/^[\s,.;:\u2013\u2014-]*(?:(?:at|in)\s+)?/i, '').replace(/^[\s,.;:\u2013\u2014-]*(?:(?:at|in)\s+)?/i, '').trim();
  // "12 March 2018 – Westmarch Parish Council": after a date that opens the title line comes the title, not a place.
  const isTitle = title !== null && fold(rest).includes(fold(title));
  if (/[a-z]{3,}/i.test(rest) && !isTitle && !NOISE.test(lowerCaseForMatching(rest)) && !/^(?:meeting|minutes|notes|agenda)\b/i.test(rest)) return rest.replace(/[.,;]$/, '');
  const next = head[dateIndex + 1];
  if (next && !next.cells && !/:/.test(next.text) && !dateIn(next.text) && !matchRollLabel(next.text) && /,|\b(?:room|hall|house|centre|center|chamber|office|library|teams|zoom|online|street|road|building|virtual)\b/i.test(next.text)) {
    return next.text;
  }
  return null;
}
