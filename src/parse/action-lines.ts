import type { Line, Source } from '../read/source.js';
import { DIRECTED, GROUP_OWNER, PROSE_TASK_VERB, INSTRUCTION, TITLED_INSTRUCTION, PRONOUN_TASK, PROSE_TASK_START, STAFF, WE_ASK, ACTION_LEAD_IN, EARLIER_ACTIONS_LEAD_IN, ACTION_SECTION, ACTION_WORD, mayHoldActionMarker, NAMES_NO_ONE, opensWithImperative, isImperative, TASK_GLYPH, TASK_KEYWORD, isTickedGlyph, STATUS_MARK, isDoneMark, isEarlierActionsSection, SECTION_WORDS, TOPICS_HEADING, isNoAction, opensOwnerBracket, readActionFields, readActionMarker, readActionReference, readTrailingParenthesis, readTrailingStatus } from '../lexicon/actions.js';
import { matchRollLabel } from '../lexicon/attendance.js';
import { isNameParticle, NAME_PARTICLE, SHORT_TITLES, stripHonorifics } from '../lexicon/names.js';
import { startsWithStatus } from '../lexicon/status.js';
import { beforeInlineItem, lastSentence, opensTag, readTags, type Tag } from './action-tags.js';
import { isNickList, looksLikeOwners, readNicksFirst, readOwnerColon, readOwnerDash, readOwnerFirst } from './owner-first.js';
import { isHardWrapped } from './roll-lines.js';
import { mayWrapOnto } from './line-width.js';
import { readTask } from './tasks.js';
import { givenNameFirst } from './inline-list.js';
import { fold, joinWrapped, lowerCaseForMatching, startsLowerCase, startsUpperCase } from '../text/normalise.js';
import { textSimilarity } from '../text/similarity.js';
import { findDates } from '../text/dates.js';
import { letterPattern } from '../text/letters.js';

/** An action written in the body of the minutes, before it is merged with the action log. */
export interface InlineAction {
  ownersRaw: string | null;
  text: string;
  /** `[x]` in a task list. */
  checked: boolean | null;
  /** First line of the action; `lines` has every line it spans. */
  line: number;
  lines: number[];
  /** True when the text is the narrative sentence before an owner tag ("… Action: TW"), not the action's own wording. */
  narrative?: boolean;
  /** The earlier action's number and the progress reported on it: "Action 23/14 (…): quotes obtained; complete." */
  ref?: string;
  progress?: string;
  /** The status mark before a task ("✅", "⏳"): among earlier actions, the progress where nothing else says it. */
  mark?: string;
  /** A due date written apart from the wording: "— @tomasz, due 2024-05-02". */
  dueRaw?: string;
  /** A sentence giving only the deadline, between a tag's wording and the tag: "To be completed by 30 June." */
  deadline?: string;
  /** The tracker's number for the action ("ACTION-87"). */
  id?: string;
  /** A status word written after the wording: "… by the 29th – Pending". */
  status?: string;
  /** 'matters-arising' entries report on earlier actions and become updates. */
  context: 'inline' | 'actions-section' | 'matters-arising';
  /** A task given in a sentence of prose ("Clerk to write …"): an action only in minutes that mark none otherwise. */
  prose?: boolean;
}

const TRAILING_OWNER = /^(.+?)\s*(?:[-\u2013\u2014]\s*|\(|\[)((?:[A-Z][A-Za-z]{0,3}[A-Z]|All)(?:\s*(?:,|\/|&|and)\s*[A-Z][A-Za-z]{0,3}[A-Z])*)[)\]]?\.?$/;
// "24/087 ", "B25/012.1 ", "C.25.08 ": an earlier minute's number, then what was done about it.
// "MIN. 06/CA/AGRI/2025 – ": a committee's minute, its letters between the number and the year, and a dash after it.
const MINUTE_REF_FIRST = /^(?:MIN\.? )?([A-Z]{0,3}\d{1,4}\/(?:[A-Z]{1,8}\/){0,3}\d{1,4}(?:\.\d{1,2})?|[A-Z]{1,3}\.\d{2}\.\d{1,3})\s+(?:[\u2013\u2014-]\s+)?(?=[A-Z])/;
// "A12 – Naomi Okafor – submit the grant claim – Complete": an earlier action's id, set off by a dash.
const ACTION_ID_FIRST = /^([A-Z]{1,3}-?\d{1,3}) [-\u2013\u2014] (?=[A-Z])/;
// "No.1 Send the spec draft (Sato): Done", "#3 Fix the export": the earlier action's number after a number sign.
const NUMBER_SIGN_FIRST = /^(?:No\.\s?|#)(\d{1,4})[:.)]?\s+(?=[A-Z])/;
const ENUMERATED = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+/;
// "The Clerk confirmed the hedge had been cut; this action is closed."
const CLOSED_IN_PROSE = /[;,.] this action (?:is|has been|was|can be) (?:now )?(?:closed|complete|completed|done|discharged)\.?$/i;
const PROSE_REF = /^([A-Z]{1,6}[/-]\d{2}[/-]\d{1,3}) (?:\([^()]{1,80}\))?:? ?/;
// "Clerk", "Cllr Ashdown-Pryor", "Cllrs Vellacott and Quartermaine": a tag that is only owners.
const OWNERS_ONLY = letterPattern(String.raw`^\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & |\/)\p{Lu}[\p{L}'.-]*){0,5}\.?$`, 'u');
const TRACKBOT = /^<trackbot> Created (ACTION-\d{1,6}) - (.*)\]\.?$/;
// Its wording may end with the due date: "… - due 2019-05-01]".
const TRACKBOT_DUE = / - due ([^\]]{1,40})$/;
// "RWN: Agree and will arrange": a speaker's words, not a task.
const SPEAKER = letterPattern(String.raw`^[\p{L}@][\p{L}\d@./-]{0,30}: `, 'u');
// "Richard, will there be …?": a question put to someone by name.
const ADDRESSED = letterPattern(String.raw`^\p{Lu}[\p{L}'-]{0,30}, `, 'u');
const PARAGRAPH_NUMBER_CELL = /^\d{1,2}\.\d{1,2}\.?$/;
const SUB_PARAGRAPH_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s+/;
// "(carried over)", "(carried, half done)": an earlier task repeated, with its progress.
const CARRIED_OVER = / ?\((carried(?: over| forward)?(?:, [^()]{1,60})?|c\/f|b\/f)\)/i;
const SECTION = ACTION_SECTION;

/** Inline actions: ACTION lines, owner-first lines under an Actions heading, and task-list items. */
export function extractInlineActions(source: Source, isOwner: (raw: string) => boolean = () => true, isSomeone: (raw: string) => boolean = () => false, itemLines: ReadonlySet<Line> = new Set()): InlineAction[] {
  const actions: InlineAction[] = [];
  // The earlier minute each line of a report on earlier actions names first, by line.
  const refsByLine = new Map<number, string>();
  const lines = source.lines;
  let section: InlineAction['context'] | null = null;
  let sectionDepth = 0;
  // Whether a bare line of text ("Last week's todos") opened the section, as typed notes head their topics.
  let bareSection = false;
  // Under a heading over the meeting's topics (up to the next heading), boxes are topics rather than tasks.
  let underTopics = false;
  // The letter of a lettered sub-item that opened the section ("C. Follow-up Items from …"): the next letter ends it.
  let sectionLetter: string | null = null;
  let itemDepth = -1;
  const numbered = new Set<string>();
  // Whether the task list holding line `rollChecked` is a roll ("Present:" then "- [x] Jo Bloggs").
  let rollChecked = -1;
  // The first list under an actions label: an item of another kind at its depth or above ("6. Finance" after bullets) ends the section.
  let sectionList: { numbered: boolean; depth: number } | null = null;
  let inRoll = false;
  // The line an owner tag's action last ended on: a tag later in the paragraph takes its wording from after it.
  let tagLine = -1;
  // The depth of a task ending in a colon ("- Prepare the release:"): the bullets under it are its detail.
  let detailDepth = -1;
  // "**Priya Nair**" over her bullets in an actions section: whose the tasks below are, and where the name stood.
  let group: { ownersRaw: string | null; index: number } | null = null;
  // Whether an actions list other than "Next steps" has named owners; whether this section is "Next steps"; where its actions start.
  let ownedList = false;
  let nextSteps = false;
  let sectionStart = 0;
  let outlook = false;
  for (let i = 0; i < lines.length; i++) {
    // "6.1<TAB>Palisade fence (Principal): completed in July. Closed.": a numbered paragraph of a report on earlier
    // actions, its number in a cell of its own, read as the paragraph it is.
    const line = section === 'matters-arising' && lines[i].cells?.length === 2 && PARAGRAPH_NUMBER_CELL.test(lines[i].cells![0]) ? { ...lines[i], cells: null, text: lines[i].cells![1] } : lines[i];
    if (line.kind === 'heading') underTopics = TOPICS_HEADING.test(line.text);
    // "Task: Confirm the schedule with Legal | Assigned to: Whitfield, Margaret | Due: 31/10/2025", as a meeting recap lists its tasks.
    const bar = line.cells ? -1 : line.text.indexOf(' | ');
    const fielded = line.cells && line.cells.length >= 2 ? readFieldedTask(line.cells[0], line.cells.slice(1).join(' | ')) : bar > 0 ? readFieldedTask(line.text.slice(0, bar), line.text.slice(bar + 3)) : null;
    if (fielded) {
      const entry = inlineAction({ ownersRaw: fielded.ownersRaw }, fielded.text, null, [line], section === 'matters-arising' ? section : 'actions-section');
      if (fielded.dueRaw) entry.dueRaw = fielded.dueRaw;
      if (fielded.status) entry.status = fielded.status;
      actions.push(entry);
      continue;
    }
    if (line.cells) {
      // "\t24/01\tDirector of Housing Services to report on … – Complete": a log kept as numbered lines without a header.
      const entry = section ? numberedLogLine(lines, i, isOwner) : null;
      if (entry) {
        actions.push(entry);
        i += entry.lines.length - 1;
      }
      // "21/84<TAB>Headteacher's report": the next item's title, set out in cells, ends an actions section;
      // "C.25.43<TAB>MATTERS ARISING" opens one.
      else if (line.blockStart && line.cells.length === 2 && NEXT_ITEM.test(line.text)) section = sectionHeading({ ...line, cells: null }, lines[i + 1]);
      // "Reminder to go to all groups … by 31st January.<TAB><TAB>Treasurer": the owners alone, set off by tabs at the right margin.
      const tagged = entry ? null : ownersAfterTabs(line.cells, isOwner);
      if (tagged) actions.push(inlineAction({ ownersRaw: tagged.owners }, tagged.text, null, [line], section ?? 'inline'));
      // "The Principal to provide …<TAB><TAB>Action: Principal": a paragraph whose owner tag a tab sets off; read on as one line.
      if (entry || tagged || !endsWithOwnerTag(line.cells)) continue;
    }
    const heading = sectionHeading(line, lines[i + 1]);
    if (heading) {
      // "## Next steps" after "## Action items" that named owners: an AI summary's outlook ("EU go-live moves to …"),
      // in which only an instruction is a task.
      if (section === 'actions-section' && !nextSteps && actions.slice(sectionStart).some((entry) => entry.ownersRaw !== null)) ownedList = true;
      nextSteps = /next steps/i.test(line.text);
      outlook = nextSteps && ownedList;
      sectionStart = actions.length;
      section = heading;
      sectionDepth = line.kind === 'heading' ? line.depth : 0;
      bareSection = isBareHeading(line, lines[i + 1], isOwner);
      sectionLetter = LETTERED_TITLE.exec(line.text)?.[1] ?? null;
      // "- Next steps" as a bullet: its tasks are the bullets nested under it.
      itemDepth = line.kind === 'item' ? line.depth : -1;
      sectionList = null;
      detailDepth = -1;
      group = null;
      continue;
    }
    // A name alone on its line in an actions section heads that person's tasks; "Unassigned" heads tasks of no one's.
    if (section === 'actions-section' && line.kind === 'text' && line.blockStart && line.text.length <= 60) {
      const named = UNASSIGNED.test(line.text) ? { ownersRaw: null } : looksLikeOwners(line.text) && isOwner(line.text) ? { ownersRaw: line.text } : null;
      if (named) {
        group = { ...named, index: i };
        continue;
      }
    }
    // A bullet label's section ends at a bullet as shallow as it or at other text, not at an item's wrapped line.
    // "Numbers" after the ☐ lines under "Last week's todos": the next topic's bare heading ends a section a bare heading opened.
    if (section && bareSection && isBareHeading(line, lines[i + 1], isOwner)) section = null;
    if (section && sectionLetter && line.kind === 'text' && LETTERED_TITLE.exec(line.text)?.[1] === String.fromCharCode(sectionLetter.charCodeAt(0) + 1)) section = null;
    if (section && (endsSection(line, sectionDepth) || itemLines.has(line) || (itemDepth >= 0 && (line.kind === 'item' ? line.depth <= itemDepth : !isWrapped(line))))) section = null;
    if (section && line.kind === 'item') {
      const isNumbered = /\d/.test(line.marker ?? '');
      if (!sectionList) sectionList = { numbered: isNumbered, depth: line.depth };
      else if (line.depth <= sectionList.depth && isNumbered !== sectionList.numbered) section = null;
    }

    // "The signed renewal is to be returned …" / "Responsible: CEO; Timeline: 31st March, 2025": the owner and due date
    // of the sentence above them.
    const fields = !line.blockStart && line.kind === 'text' && !section ? readActionFields(line.text) : null;
    if (fields?.ownersRaw && fields.dueRaw && isOwner(fields.ownersRaw)) {
      const above = previousParagraph(lines, i, actions);
      if (above) {
        const owned = readOwnerFirst(above.text);
        const entry = inlineAction({ ownersRaw: fields.ownersRaw, narrative: !owned }, owned ? owned.text : above.text, null, [...above.lines, line], 'inline');
        entry.dueRaw = fields.dueRaw;
        actions.push(entry);
        continue;
      }
    }
    // Only a line with the word "action" can close one in prose: the others skip the pattern.
    const closed = ACTION_WORD.test(line.text) ? CLOSED_IN_PROSE.exec(line.text) : null;
    if (closed) {
      actions.push(closedInProse(line, closed.index));
      continue;
    }
    // "ACTION (Jo Bloggs, Sam Lee &" / "Ann Other) – …": the owners' bracket wrapped onto the next line.
    // "- [x] @tkowalski: file the extension": a task box is read as one, whatever its words open with.
    let marked = line.checked !== null && line.text.startsWith('@') ? null : readMarked(line.text, true, isOwner);
    const bracketed = !marked && opensOwnerBracket(line.text) && i + 1 < lines.length && !lines[i + 1].blockStart && lines[i + 1].kind === 'text' ? 1 : 0;
    const first = bracketed ? `${line.text} ${lines[i + 1].text}` : line.text;
    if (bracketed) marked = readMarked(first, true, isOwner);
    if (marked) {
      if (marked.none) continue;
      // W3C minutes list each "Action #n" again in a summary at the end: one action, from its first line.
      if (marked.number !== undefined) {
        if (numbered.has(marked.number)) continue;
        numbered.add(marked.number);
      }
      if (marked.narrative) {
        // "… checked by 23 May. Action: Jo Bloggs and Sam Lee": the sentence and the owners may be wrapped over the paragraph's lines.
        const tagged = tagsInParagraph(lines, i, actions, tagLine, isOwner, marked.opening === true);
        if (tagged) {
          actions.push(...tagged.entries);
          tagLine = tagged.end === i ? i : -1;
          i = tagged.end;
          continue;
        }
        // No words before the opening tag: the line is read as a marker line.
        if (marked.opening) marked = readMarked(first, false, isOwner)!;
      }
      let { text, lines: spanned } = marked.ended ? { text: marked.text, lines: [lines[i + bracketed]] } : withContinuation(lines, i + bracketed, marked.text);
      if (bracketed) spanned.unshift(line);
      // A wrapped marker line is read again whole: its owners or status may close the last line.
      const whole = spanned.length > 1 + bracketed && !marked.narrative ? readMarked(`${first}${text.slice(marked.text.length)}`, true, isOwner) : null;
      if (whole && !whole.none && !whole.narrative && (whole.ownersRaw !== null || marked.ownersRaw === null)) {
        marked = whole;
        text = whole.text;
      }
      // "Clerk to add the SID rota to the agenda." / "ACTION: Clerk": a tag on its own line names the owners of the paragraph before it.
      const tag = marked.ownersRaw === null && !marked.narrative && !marked.number && marked.text !== '' ? ownerContinuation(lines, i, beforeInlineItem(readActionMarker(unbold(line.text))?.body ?? '')) : null;
      const tagged = tag && tag.owners && isOwnerTag(tag.owners, lines[i].blockStart, isOwner) ? previousParagraph(lines, i, actions) : null;
      if (tag && tagged) {
        const owned = readOwnerFirst(tagged.text);
        const entry = inlineAction({ ownersRaw: tag.owners.replace(/\.$/, ''), narrative: !owned }, owned ? owned.text : tagged.text, null, [...tagged.lines, ...tag.lines], 'inline');
        if (tag.status) entry.status = tag.status;
        actions.push(entry);
        i += tag.lines.length - 1;
        continue;
      }
      i += spanned.length - 1;
      const entry = inlineAction(marked, text, line.checked, spanned, 'inline');
      if (marked.status) entry.status = marked.status;
      if (marked.dueRaw) entry.dueRaw = marked.dueRaw;
      // W3C IRC minutes: the tracker confirms the action on the next line with its number and due date.
      const tracked = TRACKBOT.exec(lines[i + 1]?.text ?? '');
      if (tracked) {
        entry.id = tracked[1];
        const due = TRACKBOT_DUE.exec(tracked[2]);
        if (due) entry.dueRaw = due[1];
        entry.lines.push(lines[++i].line);
      }
      i = withFieldLines(lines, i, entry);
      actions.push(entry);
      continue;
    }
    if (underTopics && line.checked !== null) continue;
    const glyph = line.checked === null ? (TASK_GLYPH.exec(line.text) ?? (line.kind === 'item' ? TASK_KEYWORD.exec(line.text) : null)) : null;
    const mark = line.checked === null && !glyph ? STATUS_MARK.exec(line.text) : null;
    const markedTask = mark ? readTask(line.text.slice(mark[0].length), isOwner) : null;
    const box = glyph ?? (markedTask?.ownersRaw ? mark : null);
    if (line.checked !== null || box) {
      // "Present:" then "- [x] Jo Bloggs": a roll ticked off as task boxes lists who came, not what was done.
      if (rollChecked !== i - 1 || lines[i - 1]?.kind !== line.kind) inRoll = opensRoll(lines[i - 1]);
      rollChecked = i;
      if (inRoll) continue;
      const checked = glyph ? isTickedGlyph(glyph[1]) : box ? isDoneMark(box[1]) : line.checked;
      // A plain-text export hard-wraps a task box's text onto the next lines, as a markdown list item may.
      const joined = box || line.kind === 'item' ? withContinuation(lines, i, box ? line.text.slice(box[0].length) : line.text) : { text: line.text, lines: [line] };
      i += joined.lines.length - 1;
      const task = readTask(joined.text, isOwner);
      // "Write the runbook (carried over)": an earlier action repeated in this meeting's list is an update of it.
      const carried = CARRIED_OVER.exec(task.text);
      if (carried) {
        task.text = (task.text.slice(0, carried.index) + task.text.slice(carried.index + carried[0].length)).trim();
        task.progress ??= carried[1];
      }
      // "- [x] @bng: triage the backlog (done, 23 closed)" among earlier actions: its progress in brackets.
      const reported = section === 'matters-arising' && !task.progress ? readTrailingParenthesis(task.text) : null;
      if (reported && startsWithStatus(reported.inside.replace(/^still /i, ''))) {
        task.text = reported.text;
        task.progress = reported.inside;
      }
      const entry = inlineAction(task, task.text, checked, joined.lines, section === 'matters-arising' || carried ? 'matters-arising' : 'actions-section');
      // "- [x] Renew the licence" / "    - Renewed for two years …": among earlier actions, the note nested under one is its progress.
      const note = section === 'matters-arising' && !task.progress ? nestedNote(line, lines[i + 1]) ?? arrowNote(lines[i + 1]) : null;
      if (note) {
        task.progress = note.text;
        entry.lines.push(note.line);
        i++;
      }
      if (!glyph && box) entry.mark = box[1];
      if (task.progress) entry.progress = task.progress;
      if (task.dueRaw) entry.dueRaw = task.dueRaw;
      if (task.status) entry.status = task.status;
      // "  DEADLINE: <2025-12-05 Fri>" under a Logseq task.
      i = withFieldLines(lines, i, entry);
      actions.push(entry);
      continue;
    }
    if (section && (line.kind === 'item' || line.blockStart || ENUMERATED.test(line.text) || line.kind === 'text')) {
      if (detailDepth >= 0 && ((line.kind === 'item' && line.depth > detailDepth) || isWrapped(line))) continue;
      detailDepth = -1;
      // "(b) …", "3. …", "6.1 …": the paragraph's number is no part of what it reports.
      const numbered = line.text.replace(ENUMERATED, '').replace(SUB_PARAGRAPH_NUMBER, '');
      // "- 24/087 Clerk to order …: glass fitted; complete.": an earlier minute's number before its action.
      const minuteRef = section === 'matters-arising' ? (MINUTE_REF_FIRST.exec(numbered) ?? ACTION_ID_FIRST.exec(numbered) ?? NUMBER_SIGN_FIRST.exec(numbered)) : null;
      if (minuteRef) refsByLine.set(line.line, minuteRef[1]);
      const body = minuteRef ? numbered.slice(minuteRef[0].length) : numbered;
      // "[done] @pdeshmukh - write the tutorial": an earlier action with its status in brackets before it.
      const bracketed = section === 'matters-arising' ? STATUS_IN_BRACKETS.exec(body) : null;
      if (bracketed && startsWithStatus(bracketed[1])) {
        const task = readTask(body.slice(bracketed[0].length), isOwner);
        if (task.ownersRaw !== null) {
          const { text, lines: spanned } = withContinuation(lines, i, task.text);
          i += spanned.length - 1;
          const entry = inlineAction(task, text, null, spanned, section);
          entry.progress = bracketed[1];
          actions.push(entry);
          continue;
        }
      }
      // "Car park lighting – LG to chase the landlord; ongoing, the landlord has agreed …": a matter, who was to act on
      // it, and how far it got (its wrapped lines in lower case).
      const topic = section === 'matters-arising' ? TOPIC_OWNER_PROGRESS.exec(body) : null;
      const topicOwners = topic && startsWithStatus(topic[3]) ? (readOwnerFirst(topic[2])?.ownersRaw ?? topic[2]) : null;
      if (topic && topicOwners && isOwner(topicOwners)) {
        const spanned = [line];
        let progress = topic[3];
        for (let k = i + 1; k < lines.length && isWrapped(lines[k]) && startsLowerCase(lines[k].text); k++) {
          progress = `${progress} ${lines[k].text}`;
          spanned.push(lines[k]);
        }
        i += spanned.length - 1;
        const entry = inlineAction({ ownersRaw: topicOwners }, topic[1], null, spanned, section);
        entry.progress = progress;
        actions.push(entry);
        continue;
      }
      // "Field visit to cattle dips: The Clerk was to write to the Office … . The Clerk reported that … – Done.": the
      // matter, the task set on it and who had it, then what became of it.
      const setEarlier = section === 'matters-arising' ? taskSetEarlier(body, isOwner) : null;
      if (setEarlier) {
        const entry = inlineAction({ ownersRaw: setEarlier.ownersRaw }, setEarlier.text, null, [line], section);
        if (setEarlier.progress) entry.progress = setEarlier.progress;
        actions.push(entry);
        continue;
      }
      // "Follow up with ISC on the roof claim – Band Administrator – COMPLETED. Claim approved …": the task, who had it,
      // and how far it got.
      const taskOwnerStatus = section === 'matters-arising' ? TASK_OWNER_STATUS.exec(body) : null;
      if (taskOwnerStatus && startsWithStatus(taskOwnerStatus[3]) && isOwner(taskOwnerStatus[2]) && !isOwner(taskOwnerStatus[1])) {
        const entry = inlineAction({ ownersRaw: taskOwnerStatus[2] }, taskOwnerStatus[1], null, [line], section);
        entry.progress = taskOwnerStatus[3];
        actions.push(entry);
        continue;
      }
      // "+ re-run the validator and file bugs" / "(Moggi)" / "AI: done - 7 bugs filed": a task wrapped over lines, its
      // owners in a closing bracket, and what became of it on a labelled line under it.
      const reportedBelow = section === 'matters-arising' ? progressBelow(lines, i, body, isOwner) : null;
      if (reportedBelow) {
        actions.push(reportedBelow.entry);
        i = reportedBelow.end;
        continue;
      }
      // "Boiler service (PH) – the boiler was serviced on 3rd February. Done.": a task named, its owners' initials, its progress.
      const named = section === 'matters-arising' ? NAMED_WITH_OWNERS.exec(body) : null;
      // "Pool fence repair (Raj, from the October meeting)": when it was raised is no owner.
      // "D&O insurance renewal (Owner: Robert L. Chen) – Complete.": the owners under their label.
      const namedOwners = named ? named[2].replace(RAISED_NOTE, '').replace(/^owners?:\s*/i, '') : '';
      // After a colon, not "Raymond Ng (Treasurer): …" nor "Action 23/14 (Clerk to …): …": what is named is a task.
      // "Confirm number of HT units required per DC (Suzuki): Done": wording that opens with a verb is a task, whatever it names.
      if (named && isOwner(namedOwners) && (named[3] !== ':' || ((isImperative(named[1].split(' ', 1)[0]) || !isOwner(named[1])) && !readActionReference(body)))) {
        const { text, lines: spanned } = withContinuation(lines, i, body);
        i += spanned.length - 1;
        const entry = inlineAction({ ownersRaw: namedOwners }, named[1], null, spanned, section);
        entry.progress = text.slice(text.indexOf(named[4]));
        actions.push(entry);
        // "  - Declan will escalate …" under it: a note on this earlier action, not another.
        if (line.kind === 'item') detailDepth = line.depth;
        continue;
      }
      const referenced = section === 'matters-arising' ? readActionReference(body) : null;
      if (referenced) {
        const wording = readOwnerFirst(referenced.wording) ?? { ownersRaw: null, text: referenced.wording };
        const entry = inlineAction(wording, wording.text, null, [line], section);
        entry.ref = referenced.ref;
        entry.progress = referenced.progress;
        actions.push(entry);
        continue;
      }
      // A bullet is an owner-first action only when its first words name someone of the minutes ("jdoe to …" by their handle);
      // a line finishing a name the line before cut ("… seconded by Supt St" / "John to endorse …", "… by Inspector" /
      // "Okonedo-Hale to adopt …") is not one.
      // "* Carys: confirm the venue …" in a list, not "DH: Coordinate with …" said by a speaker.
      // Under earlier actions only "Owner – task – status" ("Kit – chase the landlord – done"), not "Notice Board – now in place".
      // "Owner: Jean-Luc – write the template": the owner under a label of its own; "Owner: TBC – find out why …": a task
      // no one has yet.
      const ownerLabelled = section === 'actions-section' && OWNER_LABEL_FIRST.test(body) ? body.replace(OWNER_LABEL_FIRST, '') : null;
      const unowned = ownerLabelled ? NO_ONE_DASH.exec(ownerLabelled) : null;
      if (unowned) {
        actions.push(withStatus(inlineAction({ ownersRaw: null }, unowned[1], null, [line], section)));
        continue;
      }
      const dashedAlone = section === 'actions-section' || (section === 'matters-arising' && hasDashedStatus(body)) ? readOwnerDash(ownerLabelled ?? body, isOwner) : null;
      // (Not onto "joost@example.com - Create …", another owner's line.)
      const dashedOn = dashedAlone && i + 1 < lines.length && isWrapped(lines[i + 1]) && startsLowerCase(lines[i + 1].text) && !readOwnerDash(lines[i + 1].text, isOwner) ? readOwnerDash(`${body} ${lines[i + 1].text}`, isOwner) : null;
      const dashed = dashedOn ?? dashedAlone;
      const read = isWrapped(line) && endsMidName(lines[i - 1]) ? null : dashed ?? readOwnerFirst(body) ?? readNicksFirst(body, isOwner) ?? (line.kind === 'item' ? addressedTask(body, isOwner) : null);
      // In a report on earlier actions, "Police to provide … – chasing" is one by its shape.
      const owned = read && (isOwner(read.ownersRaw) || (section === 'matters-arising' && endsWithProgress(read.text))) ? read : null;
      if (owned) {
        // "Name – task – by date" lines are one action each, the next line another's, unless it goes on in lower case
        // ("… on the" / "community website – due 12/12/2025").
        const { text, lines: spanned } = dashed ? { text: dashed.text, lines: dashedOn ? [line, lines[i + 1]] : [line] } : withContinuation(lines, i, owned.text);
        i += spanned.length - 1;
        if (opensDetail(line, text)) detailDepth = line.depth;
        // "confirm the venue … [ Chair 2025-01-15 ] Status: Done, Porto confirmed.": the progress under its own
        // label, without the bracketed note of who raised it and when.
        const labelled = section === 'matters-arising' ? LABELLED_PROGRESS.exec(text) : null;
        // "Kit – chase the landlord about the skylight – done": an earlier task, then how far it got.
        const dashedProgress = section === 'matters-arising' && dashed && !labelled ? DASHED_PROGRESS.exec(text) : null;
        // "… without management present. Done (2 June 2025).": the sentence after the task says how far it got.
        const progress = (dashedProgress && startsWithStatus(dashedProgress[2]) ? dashedProgress : null) ?? (section === 'matters-arising' && !labelled && !SPACED_DASH_IN.test(text) ? statusSentence(text) : null);
        const entry = inlineAction(owned, labelled ? labelled[1] : progress ? progress[1] : text, null, spanned, section);
        if (labelled) entry.progress = labelled[2];
        if (progress) entry.progress = progress[2];
        if (dashed?.dueRaw) entry.dueRaw = dashed.dueRaw;
        i = withFieldLines(lines, i, entry);
        // "- Margit to schedule the survey (carried over)" among this meeting's actions: an earlier one, repeated.
        const carried = section === 'actions-section' ? CARRIED_OVER.exec(entry.text) : null;
        if (carried) {
          entry.text = (entry.text.slice(0, carried.index) + entry.text.slice(carried.index + carried[0].length)).trim();
          entry.progress ??= carried[1];
          entry.context = 'matters-arising';
        }
        actions.push(section === 'actions-section' && !carried ? withStatus(entry) : entry);
      } else if (section === 'actions-section' && line.kind === 'item' && line.depth === itemDepth + 1 && (group?.index === i - 1 || isSectionTask(lines, i, body, isOwner)) && (!outlook || isImperative(body.split(' ', 1)[0]))) {
        // "## Next steps" / "- Update the guidance document.": a task with no owner named, or its owners in a closing
        // parenthesis ("- Update the risk register (Chair, Treasurer)"). A wrapped line ("  <https://…> for details") goes on with it.
        const { text, lines: spanned } = withContinuation(lines, i, body);
        i += spanned.length - 1;
        if (opensDetail(line, text)) detailDepth = line.depth;
        const entry = withStatus(inlineAction({ ownersRaw: group?.ownersRaw ?? null }, text, null, spanned, section));
        if (group) group.index = i;
        const paren = readTrailingParenthesis(entry.text);
        // "Circulate gala sponsorship tiers (Owner: Sam Reyes-Whitaker; Due: 12/5/2025)": its fields in the bracket.
        const fields = paren ? readActionFields(paren.inside) : null;
        if (paren && fields && (fields.ownersRaw || fields.dueRaw)) {
          entry.text = paren.text;
          if (fields.ownersRaw) entry.ownersRaw = fields.ownersRaw;
          if (fields.dueRaw) entry.dueRaw = fields.dueRaw;
          if (fields.status) entry.status = fields.status;
        } else if (paren && isOwner(paren.inside)) {
          entry.ownersRaw = paren.inside;
          entry.text = paren.text;
        }
        i = withFieldLines(lines, i, entry);
        actions.push(entry);
      } else if (section === 'matters-arising' && ENUMERATED.test(line.text) && / [-\u2013\u2014] /.test(body)) {
        // "(a) Noticeboard outside the Co-op to be repaired – complete": progress on an earlier matter, no owner named.
        const progress = body.slice(body.search(/ [-\u2013\u2014] /) + 3);
        if (startsWithStatus(progress)) actions.push(inlineAction({ ownersRaw: null }, body, null, [line], section));
      }
    }
  }
  for (const entry of actions) if (entry.ref === undefined && refsByLine.has(entry.line)) entry.ref = refsByLine.get(entry.line);
  // "CJ agreed to take on an analysis …" above its "ACTION (Christine Jones) – …": where the minutes mark their
  // actions, a task in prose only tells how one came about. "Clerk to report the footpath …" is an instruction all
  // the same, unless a marked action gives it again.
  const marked = actions.filter((entry) => entry.context !== 'matters-arising');
  if (!actions.some((entry) => entry.context === 'actions-section')) actions.push(...proseTasks(lines, actions, isSomeone, marked).filter((task) => !marked.some((entry) => textSimilarity(entry.text, task.text) >= RESTATED)));
  return actions;
}

// How alike a task in prose and a marked action are when one restates the other.
const RESTATED = 0.5;

/** Tasks given in sentences of prose, on the lines no other action or update was read from. */
function proseTasks(lines: Line[], read: InlineAction[], isSomeone: (raw: string) => boolean, marked: readonly InlineAction[]): InlineAction[] {
  const taken = new Set(read.flatMap((entry) => entry.lines));
  const tasks: InlineAction[] = [];
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i].kind !== 'text' && lines[i].kind !== 'item') || lines[i].cells || taken.has(lines[i].line)) continue;
    tasks.push(...proseTasksOn(lines, i, isSomeone, marked));
  }
  return tasks;
}

const CAPITALS_LABEL = /^[A-Z]{3,}:\s/;
const MOTION_RESULT_LAST = /\b(?:motion|it) (?:passes|passed|carries|carried|fails|failed)$/i;
// A sentence opening at the end of the line with its subject alone ("… Sea.\" Assistant Director Abara" / "will present …").
// "… set for 4/24. Sister Rinaldi will" / "follow up with …": the verb that gives the task may end the line too.
const LAST_WORDS_OPEN = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))[.!?]["\u201d\u2019)]? +[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?: ${PROSE_TASK_VERB})?$`);
const TITLED_AFTER_CLAUSE = new RegExp(String.raw`, (?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)? ${PROSE_TASK_VERB} [a-z])`, 'g');
// Two words in lower case: a clause ("In response to a question"), not a name ("Mr Alder").
const CLAUSE_WORDS = /\b[a-z]+\b.*\b[a-z]+\b/;
// A full stop ends a sentence unless it closes a title or an initial ("Cllr. Balogun", "Mr. Kent", "J. Smith").
const SENTENCE_BREAK = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))[.;!?]["\u201d\u2019)]? +(?=[A-Z])`, 'g');
// A semicolon ends one too where another task follows it ("Kieran will chase the quote; Niamh Hartigan agreed to …"),
// not in a list ("the corner of High Street; South side of …").
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))(?:[.!?](?= +[A-Z])|;(?= (?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4} ${PROSE_TASK_VERB} [a-z]))`);

/**
 * The tasks given in sentences of prose that begin on line `index`, to someone of the minutes: each sentence opens
 * the line or follows another on it ("… in January. Mr. Dwane will arrange for the road crew to …"), and its first
 * words name someone on the roll or an office. Its wording may run onto the lines an export wrapped it over, and
 * so may its first words ("… near misses. The" / "Branch Secretary will write …").
 */
function proseTasksOn(lines: Line[], index: number, isSomeone: (raw: string) => boolean, marked: readonly InlineAction[]): InlineAction[] {
  const line = lines[index];
  const text = line.text;
  const next = lines[index + 1];
  const continues = next !== undefined && !next.blockStart && next.kind === 'text' && !next.cells;
  // A sentence opening at the end of the line ("… vehicles. The", "… Sea.\" Assistant Director Abara") is read with the line after it.
  const opening = continues ? LAST_WORDS_OPEN.exec(text) : null;
  const lastWord = opening ? opening.index + opening[0].search(/[A-Z]/) : -1;
  // "RPR: … Ashley will prompt you when it's your turn": what a speaker says in a transcript is no minuted task.
  if (lastWord < 0 && !text.includes(' to ') && !text.includes(' will ')) return [];
  // "Facilities: The Superintendent will …" is a report's topic; "RPR:" or "Ashley:", someone speaking.
  const label = SPEAKER.exec(text);
  const topic = label !== null && !isSpeaker(label[0].slice(0, -2), isSomeone);
  if (label && !topic) return [];
  const wrapped = lastWord > 0 ? joinWrapped(text, next.text) : text;
  const previous = lines[index - 1];
  // After a line that ends a sentence, an item's title ("1. Reports") or a labelled line ("ABSENT: Supervisor Delgado").
  // "Cllr Ambrose to obtain …" under a line a hard wrap left without its full stop starts a sentence all the same.
  // "… Recused: 0 — Motion passes" ends a sentence without a full stop.
  const opensSentence = line.blockStart || !previous || previous.kind === 'heading' || /[.!?:;]["\u201d\u2019)]?$/.test(previous.text) || NEXT_ITEM.test(previous.text) || CAPITALS_LABEL.test(previous.text) || TITLED_INSTRUCTION.test(text) || MOTION_RESULT_LAST.test(previous.text);
  // A nested list item's own first words are read by the list's rules ("  - Treasurer to buy the cakes" under a task is
  // its detail); only the sentences after them on its line are prose. A bullet of the discussion ("- Woody to get a
  // quote") gives a task as a sentence does.
  const starts = opensSentence && (line.kind === 'text' || (line.kind === 'item' && line.depth === 0 && line.checked === null)) ? [0] : [];
  if (topic && starts.length > 0) starts.push(label[0].length);
  for (const m of text.matchAll(SENTENCE_BREAK)) starts.push(m.index + m[0].length);
  // "… about variation between practices, Ms Okonkwo undertook to provide …": after a clause, not in a list of names.
  for (const m of text.includes(', ') ? text.matchAll(TITLED_AFTER_CLAUSE) : []) if (CLAUSE_WORDS.test(text.slice(0, m.index).split(/[.;,]/).at(-1)!)) starts.push(m.index + 2);
  if (lastWord > 0) starts.push(lastWord);
  const tasks: InlineAction[] = [];
  for (const start of starts) {
    const crosses = start === lastWord;
    const owned = taskAt(crosses ? wrapped : text, start, isSomeone, marked, line.line) ?? (marked.length > 0 ? null : pronounTask(lines, index, start, isSomeone));
    if (!owned) continue;
    // Its owner and marker on this line, its wording perhaps wrapped; or its first words cut by the line's end.
    const { text: wording, lines: spanned } = crosses ? withContinuation(lines, index + 1, owned.text.slice(Math.max(0, owned.text.length - next.text.length))) : withContinuation(lines, index, owned.text);
    const whole = crosses ? owned.text.slice(0, Math.max(0, owned.text.length - next.text.length)) + wording : wording;
    // The sentence ends at its full stop; the next one on the line is no part of it.
    const end = whole.search(SENTENCE_END);
    const onThisLine = !crosses && end >= 0 && end < owned.text.length;
    const sentence = end >= 0 ? whole.slice(0, end + 1).replace(/;$/, '') : whole;
    // "Myles will importing default change anything?": a question put, not a task given.
    if (sentence.endsWith('?')) continue;
    const task = inlineAction(owned, sentence, null, onThisLine ? [line] : crosses ? [line, ...spanned] : spanned, 'inline');
    task.prose = true;
    tasks.push(task);
  }
  return tasks;
}

/**
 * "Mark Tennant updated the branch on the pay campaign. He will send the leaflets.": a task given to "he" or "she",
 * who is the person the sentence before opens with.
 */
function pronounTask(lines: Line[], index: number, start: number, isSomeone: (raw: string) => boolean): { ownersRaw: string; text: string } | null {
  const text = lines[index].text;
  PRONOUN_TASK.lastIndex = start;
  const pronoun = PRONOUN_TASK.exec(text);
  if (!pronoun) return null;
  // The paragraph up to the task: the lines before it in its block, and this one up to the sentence.
  const paragraph = [text.slice(0, start)];
  for (let k = index; k > 0 && index - k < 4 && !lines[k].blockStart; k--) {
    const previous = lines[k - 1];
    if (previous.kind !== 'text' || NEXT_ITEM.test(previous.text)) break;
    paragraph.unshift(previous.text);
  }
  const before = paragraph.join(' ').trim();
  const sentences = before.split(SENTENCE_BREAK);
  const subject = SENTENCE_SUBJECT.exec(sentences[sentences.length - 1] ?? '');
  return subject && isSomeone(subject[1]) ? { ownersRaw: subject[1], text: text.slice(start + pronoun[0].length) } : null;
}

// The person a sentence opens with: a name of two or three words, or a title and a surname, before its verb.
const SENTENCE_SUBJECT = /^((?:(?:Mr|Mrs|Ms|Dr|Cllr)\.? )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) (?=[a-z])/;

/**
 * "CJ agreed to take on an analysis …" with "ACTION (Christine Jones and Hong Tan) – …" a few lines below: where the
 * minutes mark their actions, a task told in prose is how a marked one came about when that one follows it closely
 * and names the same person. "Mo will sort the float" above "ACTION: All – put names on the sheet" is a task of its own.
 */
function marksSameTask(entry: InlineAction, proseLine: number, proseOwners: string): boolean {
  if (entry.line < proseLine || entry.line > proseLine + MARKED_AFTER_PROSE || entry.ownersRaw === null) return false;
  const owner = fold(stripHonorifics(proseOwners));
  return splitOwnerNames(entry.ownersRaw).some((name) => {
    const folded = fold(stripHonorifics(name));
    const words = folded.split(' ');
    return folded === owner || words.map((word) => word[0]).join('') === owner.replace(/ /g, '') || words.includes(owner) || owner.split(' ').includes(words[words.length - 1]);
  });
}
// How many lines below a task in prose the action it led to is marked.
const MARKED_AFTER_PROSE = 4;

/** "Christine Jones and Hong Tan", "Sarah P & Mo", "JB / KT" → each name. */
function splitOwnerNames(raw: string): string[] {
  return raw.split(/\s*(?:,|;|\/|&|\+|\band\b)\s*/).filter(Boolean);
}

/** The owner and wording of a task in prose whose sentence starts at `start`, or null. */
function taskAt(text: string, start: number, isSomeone: (raw: string) => boolean, marked: readonly InlineAction[], lineNumber: number): { ownersRaw: string; text: string } | null {
  DIRECTED.lastIndex = start;
  const directed = DIRECTED.exec(text);
  WE_ASK.lastIndex = start;
  const asked = directed ? null : WE_ASK.exec(text);
  PROSE_TASK_START.lastIndex = start;
  if (!directed && !asked && !PROSE_TASK_START.test(text)) return null;
  const given = directed ?? asked;
  const owned = given ? { ownersRaw: given[1].replace(/^the /, '').trim(), text: text.slice(start + given[0].length) } : readOwnerFirst(text.slice(start));
  // Those a body directs are its officers, named by office or as "staff"; "Staff will return with …" names them too.
  // "All members to bring …": the whole meeting is told what to do, not only spoken of ("All agreed to …").
  const toAll = GROUP_OWNER.test(owned?.ownersRaw ?? '') && INSTRUCTION.test(text.slice(start));
  if (!owned || (!directed && !isSomeone(owned.ownersRaw) && !STAFF.test(owned.ownersRaw) && !toAll)) return null;
  // "Clerk to write …" and "Directed staff to …", not "Mr. Dwane will arrange …" nor "We ask …".
  // Where the minutes gather their actions in a list, that list is their record: "Maya will rewrite the copy" in the
  // discussion only tells how one came about. Where they mark actions inline, only a marked action close below, for the
  // same person, is what the sentence led to.
  if (!directed && (asked || !INSTRUCTION.test(text.slice(start))) && marked.some((entry) => entry.context === 'actions-section' || marksSameTask(entry, lineNumber, owned.ownersRaw))) return null;
  return { ownersRaw: owned.ownersRaw, text: owned.text };
}

const OWNER_LABEL_FIRST = /^(?:owners?|assignee|assigned to|responsible|who)\s?:\s+(?=\S)/i;
const OWNER_THEN_TASK = /^(?:owners?|assignee|assigned to|responsible|who) ?: +(?:[^\s\u2013\u2014]+ ){1,6}[\u2013\u2014-] [a-z]/i;
const NO_ONE_DASH = /^(?:unassigned|tbc|tbd|n\/a|none|no one|nobody)\s[\u2013\u2014-]\s(\S.*)$/i;

const OWNERS_CLOSING = /^([A-Za-z][^()]{2,300}?) \(([A-Z](?:[^()]|\(\w{1,4}\)){0,40})\)$/;

/** A task whose owners close it in brackets, with its progress on a labelled line under it; null otherwise. */
function progressBelow(lines: Line[], index: number, body: string, isOwner: (raw: string) => boolean): { entry: InlineAction; end: number } | null {
  let end = index + 1;
  let text = body;
  for (; end < lines.length && end <= index + 4 && isWrapped(lines[end]) && !STATUS_LINE.test(lines[end].text); end++) text = `${text} ${lines[end].text}`;
  const spanned = lines.slice(index, end);
  const named = text.endsWith(')') ? OWNERS_CLOSING.exec(text) : null;
  const below = lines[end];
  const progress = named && below && isWrapped(below) ? STATUS_LINE.exec(below.text) : null;
  if (!named || !progress || !isOwner(named[2])) return null;
  const entry = inlineAction({ ownersRaw: named[2] }, named[1], null, [...spanned, below], 'matters-arising');
  entry.progress = progress[1];
  // "AI: done - 7 bugs filed, all blocking" / "meta bug 163102": the progress wraps too.
  for (end++; end < lines.length && isWrapped(lines[end]) && startsLowerCase(lines[end].text); end++) {
    entry.progress = `${entry.progress} ${lines[end].text}`;
    entry.lines.push(lines[end].line);
  }
  return { entry, end: end - 1 };
}

// "Field visit to cattle dips: The Clerk was to write …": a matter named before the task set on it.
const MATTER_THEN_TASK = /^[A-Z][^:]{2,80}: (?=(?:The )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4} (?:was|were) to [a-z])/;

/** "(Matter:) The Clerk was to write to … . The Clerk reported that … – Done." → owner, task and progress; null otherwise. */
function taskSetEarlier(body: string, isOwner: (raw: string) => boolean): { ownersRaw: string; text: string; progress: string | null } | null {
  if (!body.includes(' to ')) return null;
  const matter = MATTER_THEN_TASK.exec(body);
  const owned = readOwnerFirst(matter ? body.slice(matter[0].length) : body);
  // After the matter's name, the words before "was to" are who had the task, whether or not the minutes list them.
  if (!owned || !(matter || isOwner(owned.ownersRaw)) || !/ (?:was|were) to /.test(body)) return null;
  const end = owned.text.search(SENTENCE_END);
  if (end < 0) return { ...owned, progress: null };
  return { ownersRaw: owned.ownersRaw, text: owned.text.slice(0, end + 1), progress: owned.text.slice(end + 1).trim() || null };
}

/**
 * An inline action from what a reader found on its lines. Built field by field: in V8, spreading an
 * object and adding keys to the copy is many times slower, and this runs for every action.
 */
function inlineAction(
  found: { ownersRaw: string | null; narrative?: boolean },
  text: string,
  checked: boolean | null,
  spanned: Line[],
  context: InlineAction['context'],
): InlineAction {
  // "… share it in #onboarding by Friday (12:44)": where in the recording the task was set is no part of it.
  const wording = text.endsWith(')') ? text.replace(RECORDING_TIME, '') : text;
  const action: InlineAction = { ownersRaw: found.ownersRaw, text: wording, checked, line: spanned[0].line, lines: spanned.map((l) => l.line), context };
  if (found.narrative) action.narrative = true;
  return action;
}

const RECORDING_TIME = /\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$/;
const UNASSIGNED = /^(?:unassigned|no owner|not assigned|everyone|all)$/i;

function sectionHeading(line: Line, next: Line | undefined): InlineAction['context'] | null {
  if (line.text.length > 80 || !SECTION_WORDS.test(line.text)) return null;
  // The heading patterns are written for the line in lower case.
  const lower = lowerCaseForMatching(line.text);
  // "5. Old business" heads earlier actions only where its first entry reports progress ("Pool fence repair (Raj) –
  // Complete."); a US board's old business is as often motions on matters held over.
  if (isEarlierActionsSection(lower)) return !OLD_BUSINESS.test(lower) || reportsProgress(next) ? 'matters-arising' : null;
  // A bare "Action" line is more often a table's column header flattened by an export than a heading,
  // unless a list follows it ("ACTIONS" then "- Clerk to …").
  // "ACTIONS" over "BH - Write to Cllr …": an owner and a dash open the list's first line.
  // "ACTIONS" over "PS Jones to arrange …": an instruction to an owner opens the list's first line too ("Action" over
  // "Treasurer will order …" is a column header over prose).
  // "8. ACTION ITEMS" over "A. Bus Purchase": a US board's agenda item of business to vote on, each under a letter.
  if (SECTION.test(lower) && VOTED_BUSINESS.test(lower) && LETTERED_TITLE.test(next?.text ?? '')) return null;
  if (SECTION.test(lower) && (line.kind === 'heading' || (line.blockStart && (line.lead !== null || !/^actions?$/i.test(line.text) || next?.kind === 'item' || OWNER_DASH_LINE.test(next?.text ?? '') || (/s$/i.test(line.text) && next !== undefined && !next.blockStart && isInstructionLine(next.text)))))) return 'actions-section';
  // "The following actions from the March meeting were reported on:" introduces updates, not new actions.
  if (line.text.endsWith(':') && EARLIER_ACTIONS_LEAD_IN.test(lower)) return 'matters-arising';
  if (line.text.endsWith(':') && ACTION_LEAD_IN.test(lower)) return /\b(?:from|arising from) (?:the|our|last|previous|earlier)\b/i.test(line.text) ? 'matters-arising' : 'actions-section';
  return null;
}

// "carla@example.com - Confirm the licences - 3/19/25": the next owner's line, not the wording going on.
const EMAIL_DASH_FIRST = /^[\w.+'-]{1,64}@[\w.-]{1,200} [\u2013\u2014-] /;

/** A transcript's speaker: initials, a name of several words, or someone of the minutes (one capitalised word no one holds, "Facilities", is a topic). */
function isSpeaker(label: string, isSomeone: (raw: string) => boolean): boolean {
  return /^[A-Z]{2,4}$/.test(label) || !/^\p{Lu}\p{Ll}+$/u.test(label) || isSomeone(label);
}
const OLD_BUSINESS = /\b(?:old|unfinished) business\b/;

/** "a. Pool fence repair (Raj) – Complete. …", "• Niche pricing (Haskins): Completed.": a line that reports how far a task got. */
function reportsProgress(line: Line | undefined): boolean {
  const at = line ? line.text.search(/ [\u2013\u2014-] |: /) : -1;
  return at > 0 && startsWithStatus(line!.text.slice(at).replace(/^\s*[\u2013\u2014:-]\s*/, ''));
}

const VOTED_BUSINESS = /^(?:\d{1,2}|[ivx]{1,4})[.)]?\s+action items$/;
const LETTERED_TITLE = /^([A-H])[.)]\s+[A-Z]/;
const OWNER_DASH_LINE = /^[A-Z][\w.'&/ ]{0,40}? [-\u2013\u2014] [A-Z][a-z]/;

/** "PS Jones to arrange …": owners, then "to" and the task. */
function isInstructionLine(text: string): boolean {
  const owned = readOwnerFirst(text);
  return owned !== null && text.slice(0, text.length - owned.text.length).trimEnd().endsWith(' to');
}

/** A short line of text alone, with no closing punctuation and no one's name, over a list or the lines of a paragraph. */
function isBareHeading(line: Line, next: Line | undefined, isOwner: (raw: string) => boolean): boolean {
  if (line.kind !== 'text' || !line.blockStart || line.checked !== null || line.cells || line.text.length > 50) return false;
  if (next === undefined || (next.kind !== 'item' && next.blockStart)) return false;
  return BARE_HEADING.test(line.text) && !TASK_GLYPH.test(line.text) && !isOwner(line.text);
}

const BARE_HEADING = /^\p{Lu}[^.:;,!?]*[\p{L}\d)']$/u;

function endsSection(line: Line, depth: number): boolean {
  // A numbered item heading ends the section at any depth: minutes mix "##" and "###" for their items.
  if (line.kind === 'heading') return depth === 0 || line.depth <= depth || NEXT_ITEM.test(line.text);
  return line.kind === 'text' && line.blockStart && NEXT_ITEM.test(line.text);
}

// The next agenda item: "5.", "IV.", "PC/22/34", "21/84", "FC25/087", "C.25.43", "1906.02", "Item 4", "Minute 112", "MIN. 07/03/2025"
// before a capitalised title.
const NEXT_ITEM = letterPattern(String.raw`^(?:(?:item|minute|top) \d{1,4}|min\.? \d{1,4}(?:\/\d{1,4}){0,2}|(?:[A-Z]{1,6}\d{0,4}|\d{1,4})\/\d{1,4}(?:\/\d{1,4}){0,2}|[A-Z]{1,4}\.\d{2}\.\d{1,3}|\d{4}\.\d{1,3}|\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5})[.:)]?\s+(?:[\u2013\u2014-]\s+)?\p{Lu}`, 'iu');

interface Marked {
  ownersRaw: string | null;
  text: string;
  narrative?: boolean;
  number?: string;
  none?: boolean;
  /** A status word written after the wording ("… – Pending"). */
  status?: string;
  /** A deadline in a field after the wording ("… Deadline: 21.03.2025"). */
  dueRaw?: string;
  /** True when the next agenda item starts on the line after the wording, so the wording cannot go on. */
  ended?: boolean;
  /** True for a tag opening the line ("Action: Clerk. ii. …"): its owners are those of the words before it. */
  opening?: boolean;
}

function readMarked(lineText: string, opening = true, isOwner: (raw: string) => boolean = () => false): Marked | null {
  const unbolded = unbold(lineText);
  if (!mayHoldActionMarker(unbolded)) return null;
  const marker = readActionMarker(unbolded);
  // A tag closing the words ("… Action: TW") holds the word itself; "AP" and "@" open a line or nothing.
  if (!marker) return ACTION_WORD.test(unbolded) ? readTrailingTag(unbolded, isOwner) : null;
  if (marker.abbreviated && !opensWithOwner(marker.body)) return null;
  // "Action: Clerk. ii. Shop sign – …": a hard wrap put a tag closing the words before it at the start of the line.
  if (opening && marker.ownersRaw === null && marker.number === null && opensTag(marker.body)) return { ownersRaw: null, text: '', narrative: true, opening: true };
  // "ACTIONS: … place the order. 12. PHONE BOXES – update …": the next agenda item ran onto the line.
  let body = beforeInlineItem(marker.body);
  const ended = body.length < marker.body.length;
  // "Action: none", "ACTION – nothing now": the meeting set no action here.
  if (isNoAction(body)) return { ownersRaw: null, text: '', none: true };
  // "… to the owner of flat C-305. Responsible: property manager. Deadline: 21.03.2025": fields after the sentence.
  const fieldsAt = body.search(FIELDS_AFTER_SENTENCE);
  const fields = fieldsAt > 0 ? readActionFields(body.slice(fieldsAt).trim()) : null;
  if (fields) body = body.slice(0, fieldsAt).trim();
  // "… by the 29th – Pending": the status goes before the owners are looked for at the end of the line.
  const status = readTrailingStatus(body, startsWithStatus);
  if (status) body = status.text;
  const read: Marked = marker.number !== null ? { ...readNumbered(body), number: marker.number }
    : marker.ownersRaw !== null || body === '' ? { ownersRaw: marker.ownersRaw, text: body }
    : readOwnerFirst(body) ?? readOwnerColon(body, isOwner) ?? readOwnerDash(body, isOwner) ?? readNicksFirst(body, isOwner) ?? readTrailingOwner(body) ?? { ownersRaw: null, text: body };
  if (status) read.status = status.status;
  if (fields?.ownersRaw) read.ownersRaw ??= fields.ownersRaw;
  if (fields?.dueRaw) read.dueRaw = fields.dueRaw;
  if (fields?.status) read.status ??= fields.status;
  if (ended) read.ended = true;
  return read;
}

const FIELDS_AFTER_SENTENCE = /(?<=[.;])\s+(?=(?:responsible|owner|lead|deadline|due|due date|by when|timeline)\s?:)/i;

// Removing "**" can join "ac**tion" into "action", so the marker checks run on the text without them.
function unbold(text: string): string {
  return text.includes('**') ? text.replace(/^\*\*|\*\*/g, '') : text;
}

/** "Action #2: add test vectors by May 2 (jakob)": W3C scribe minutes put the owners in a closing parenthesis. */
function readNumbered(body: string): { ownersRaw: string | null; text: string } {
  const m = /^(.*\S)\s\(([^()]{1,160})\)\**$/.exec(body);
  if (m) return { ownersRaw: m[2].trim(), text: m[1] };
  return readOwnerFirst(body) ?? { ownersRaw: null, text: body };
}

/**
 * "… revise the policy. Action: TW" → a narrative Marked: the line holds owner tags, read over their paragraph by
 * `tagsInParagraph`. A tag that opens the action's own sentence and is the line's only one ("… in 2009. Action:
 * Poster to be displayed …") reads like a marker line.
 */
function readTrailingTag(text: string, isOwner: (raw: string) => boolean): Marked | null {
  const tags = readTags(text, isOwner);
  if (tags.length === 0) return null;
  const last = tags[tags.length - 1];
  if (tags.length === 1 && !last.narrative) return { ownersRaw: last.ownersRaw, text: last.text };
  const read: Marked = { ownersRaw: last.ownersRaw, text: last.text, narrative: true };
  if (last.status) read.status = last.status;
  return read;
}

/** "Circulate the paper to members – AB" or "… (AB/CD)" → owner at the end. */
function readTrailingOwner(text: string): { ownersRaw: string; text: string } | null {
  const m = TRAILING_OWNER.exec(text);
  return m ? { ownersRaw: m[2], text: m[1].trim() } : null;
}

/**
 * "AP: Jo to pay …", "AP – Jo Bloggs and Sam Lee to" wrapped before its task: an owner named first, judged by the
 * shape of the words alone (a line of a paragraph is asked before the minutes' people are known).
 */
function opensWithOwner(body: string): boolean {
  const probe = / (?:to|will)$/.test(body) ? `${body} act` : body;
  // "AI: Ilse + Noor - announce the guide sprint": the owners, a dash and the task.
  return readOwnerFirst(probe) !== null || readNicksFirst(probe, () => true) !== null || readOwnerDash(probe, () => true) !== null;
}

/** A row of two cells, a sentence and then an owner tag ("Action: Principal"), as the marker lexicon reads it. */
function endsWithOwnerTag(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  return filled.length === 2 && filled[0].includes(' ') && readActionMarker(filled[1]) !== null;
}

/**
 * A sentence, then owners alone in the last cell ("… by 31st January 2026.<TAB><TAB>Treasurer", "…<TAB><TAB>GSL 3rd
 * Otley / ADC(S)"): the action is the last sentence before the tabs. Null for any other row.
 */
function ownersAfterTabs(cells: string[], isOwner: (raw: string) => boolean): { owners: string; text: string } | null {
  const filled = cells.filter(Boolean);
  if (filled.length !== 2 || !/[.!?]$/.test(filled[0]) || !filled[0].includes(' ') || filled[1].length > 40 || /[.:]/.test(filled[1]) || !isOwner(filled[1])) return null;
  // "… HCB to add the permission to the figures.<TAB>HCB": the sentence names its owners again before the task.
  const sentence = lastSentence(filled[0]);
  const owned = readOwnerFirst(sentence);
  const same = owned !== null && fold(owned.ownersRaw).replace(/ /g, '') === fold(filled[1]).replace(/ /g, '');
  return { owners: filled[1], text: same ? owned.text : sentence };
}

/** "Carys: confirm the venue for the board retreat": an owner before a colon, then a verb in the imperative. */
function addressedTask(body: string, isOwner: (raw: string) => boolean): { ownersRaw: string; text: string } | null {
  const read = readOwnerColon(body, isOwner);
  return read && opensWithImperative(read.text) ? read : null;
}

// "Car park lighting – LG to chase the landlord; ongoing": a matter, its owners and their task, then its progress.
const TOPIC_OWNER_PROGRESS = /^([A-Z][^\u2013\u2014;]{2,80}?) [\u2013\u2014-] ([^;]{1,80}); (\S.*)$/;
// "Boiler service (PH) – …", "Minibus MOT (Treasurer) – …", "Compass training records (ADC(S)) – …", "Gutter
// clearance (Samuel Okonjo): the gutters were cleared …".
// "(van der Berg)": a surname may open with its particle in lower case.
const NAMED_WITH_OWNERS = new RegExp(String.raw`^([A-Za-z][^()]{2,80}?) \(((?:[A-Z]|(?:${NAME_PARTICLE} )+[A-Z])(?:[^()]|\(\w{1,4}\)){0,40})\)( [-\u2013\u2014]|:) (\S.*)$`);
const DASHED_PROGRESS = /^(.+) [\u2013\u2014-] ([^\u2013\u2014]+)$/;
const TASK_OWNER_STATUS = /^(\S.{2,200}?) [\u2013\u2014] ([^\u2013\u2014]{2,60}?) [\u2013\u2014] (\S.*)$/;

/** "Kit – chase the landlord – done": three parts, the last a status. */
function hasDashedStatus(body: string): boolean {
  const parts = DASHED_PROGRESS.exec(body);
  return parts !== null && / [\u2013\u2014-] /.test(parts[1]) && startsWithStatus(parts[2]);
}
const RAISED_NOTE = /,\s(?:from|since|raised|carried)\b.*$/;
const STATUS_IN_BRACKETS = /^\[([^\]]{1,24})\]\s+/;
// "Status: still open – draft exists", "AI: done": the progress on a line of its own, under a label.
const STATUS_LINE = /^(?:status|progress|update|ai):\s*(\S.*)$/i;
// "… Kirk Brae – letter sent; … Complete.": a dash sets the progress off, sentences and all.
const SPACED_DASH_IN = / [-\u2013\u2014] /;

/** "meet the auditors. Done (2 June 2025).": the task and the sentence after it that opens with a status; null otherwise. */
function statusSentence(text: string): [string, string, string] | null {
  for (const m of text.matchAll(/[.!?] (?=[A-Z])/g)) {
    const rest = text.slice(m.index + 2);
    if (startsWithStatus(rest)) return [text, text.slice(0, m.index + 1), rest];
  }
  return null;
}

const LABELLED_PROGRESS = /^(.+?)\s(?:\[[^\]]{1,60}\]\s)?(?:Status|Progress|Update):\s(.+)$/;

/** A PDF or Word export may hard-wrap one action over several lines of the same paragraph. */
function withContinuation(lines: Line[], start: number, first: string): { text: string; lines: Line[] } {
  const spanned = [lines[start]];
  let text = first;
  for (let i = start + 1; i < lines.length && i <= start + 8; i++) {
    const next = lines[i];
    // "– Blue" wrapped onto a line of its own starts a new block in a plain-text reader, yet belongs to the action.
    if (isDashedStatus(next)) {
      spanned.push(next);
      return { text: `${text} ${next.marker} ${next.text}`, lines: spanned };
    }
    // "ACTION (Jo Bloggs)" / "– Book the hall …": the dash after the owners wrapped, and a plain-text reader took it for a bullet.
    if (text === '' && i === start + 1 && next.kind === 'item' && next.marker !== null && /^[-\u2013\u2014]$/.test(next.marker)) {
      text = next.text;
      spanned.push(next);
      continue;
    }
    if (next.blockStart || next.cells || next.kind !== 'text' || ENUMERATED.test(next.text) || /^[{<*\u2610-\u2612\u21b3]/.test(next.text) || TASK_GLYPH.test(next.text) || STATUS_MARK.test(next.text) || readMarked(next.text) || givesOwnerOrDue(next.text) || EMAIL_DASH_FIRST.test(next.text)) break;
    if (/[.!?]["”’)]?$/.test(text) && !startsLowerCase(next.text)) break;
    // A short line ends its paragraph where the minutes run long, unless a labelled status goes on under it.
    if (startsUpperCase(next.text) && !mayWrapOnto(lines, i - 1) && !readActionFields(next.text) && !ENDS_MID_CLAUSE.test(text)) break;
    // "… – until 01.08.2025" / "Mehmet left at 20:40.": a task that closes on its deadline, and the next sentence.
    if (endsWithDate(text) && startsUpperCase(next.text)) break;
    text = `${text} ${next.text}`;
    spanned.push(next);
  }
  return { text, lines: spanned };
}

// "… for an engagement letter –" / "Ongoing", "… Orla Fennimore, Dmitri" / "Halloway to …": a line no one ends a paragraph with.
const ENDS_MID_CLAUSE = /(?:[-\u2013\u2014,&(]|\s(?:and|or|the|of|to|for|by|with|a|an))$/;

// Longer than any written date the text could close on.
const DATE_TAIL = 32;

/** Whether the text closes on a date with its year ("… – until 01.08.2025", "… by 1st August 2025"). */
function endsWithDate(text: string): boolean {
  const tail = text.slice(-DATE_TAIL);
  const last = findDates(tail).at(-1);
  return last !== undefined && last.hasYear && last.index + last.length === tail.length;
}

// "Task: …" / "Action: …" before the wording of a task whose fields follow it.
const TASK_LABEL = /^(?:task|action(?: item)?|to ?do):\s+/i;

/** "Task: wording | Assigned to: owners | Due: date": the wording, then its fields in the cells after it; null for any other row. */
function readFieldedTask(wording: string, after: string): { text: string; ownersRaw: string | null; dueRaw: string | null; status: string | null } | null {
  // Not "Lead: Chief Officer | Due: 27 August 2025", an action's fields set out in columns under it.
  const fields = readActionFields(wording) ? null : readActionFields(after);
  if (!fields || (fields.ownersRaw === null && fields.dueRaw === null)) return null;
  // "Whitfield, Margaret; Lloyd-Jenkins, Gwen": people listed surname first; "Not assigned": no one.
  const owners = fields.ownersRaw && !NAMES_NO_ONE.test(fields.ownersRaw) ? fields.ownersRaw.split(/;\s*/).map(givenNameFirst).join(', ') : null;
  return { text: wording.replace(TASK_LABEL, '').trim(), ownersRaw: owners, dueRaw: fields.dueRaw, status: fields.status };
}

/** "  ↳ done Oct 2, linked in #marketing" under a task: a note on it, after its arrow. */
function arrowNote(next: Line | undefined): Line | null {
  return next && next.kind === 'text' && next.text.startsWith('\u21b3') ? { ...next, text: next.text.slice(1).trim() } : null;
}

/** A list item nested under a task (or under a box written with no bullet), not itself a task: a note on it. */
function nestedNote(task: Line, next: Line | undefined): Line | null {
  // "[x] @Mei-Ling Tan send the banners" / "- sent Mon, approved Tues": under a box with no bullet, any bullet is a note.
  if (!next || next.kind !== 'item' || next.checked !== null || (task.kind === 'item' ? next.depth <= task.depth : task.kind !== 'text')) return null;
  return TASK_GLYPH.test(next.text) || TASK_KEYWORD.test(next.text) ? null : next;
}

/** "Owner: Clerk", "Due: 30 June": a line of fields under an action; "Status: Done, Porto confirmed." may be its wrapped progress. */
function givesOwnerOrDue(text: string): boolean {
  const fields = readActionFields(text);
  return fields !== null && (fields.ownersRaw !== null || fields.dueRaw !== null);
}

/**
 * "Lead: Chief Officer      Due: 27 August 2025" on the lines under an action: its owners, due date and status,
 * where its wording did not give them. Returns the index of the last line read.
 */
function withFieldLines(lines: Line[], end: number, entry: InlineAction): number {
  let i = end;
  // "Owner: Jean-Luc – write the template" under a task is a task of its own, its owner under a label.
  for (let fields; i + 1 < lines.length && i < end + 3 && !OWNER_THEN_TASK.test(lines[i + 1].text) && (fields = readActionFields(lines[i + 1].text)); i++) {
    if (fields.ownersRaw !== null) entry.ownersRaw ??= fields.ownersRaw;
    if (fields.dueRaw !== null) entry.dueRaw ??= fields.dueRaw;
    if (fields.status !== null) entry.status ??= fields.status;
    // "Status: Completed – quote received March 4." under an earlier action: the progress the meeting heard.
    const reported = entry.context === 'matters-arising' ? STATUS_LINE.exec(lines[i + 1].text) : null;
    if (reported) entry.progress ??= reported[1];
    entry.lines.push(lines[i + 1].line);
  }
  return i;
}

/** "… – chasing; the request is with the force analyst": wording, a dash, then a status. */
function endsWithProgress(text: string): boolean {
  const dash = text.search(/ [-\u2013\u2014] /);
  return dash > 0 && startsWithStatus(text.slice(dash + 3));
}

/** "FP/24/03 (boundary hedge): The Clerk confirmed the hedge had been cut; this action is closed." → a closing update. */
function closedInProse(line: Line, end: number): InlineAction {
  let text = line.text.slice(0, end);
  const ref = PROSE_REF.exec(text);
  if (ref) text = text.slice(ref[0].length);
  const entry = inlineAction({ ownersRaw: null }, text, true, [line], 'matters-arising');
  if (ref) entry.ref = ref[1];
  entry.progress = line.text.slice(end + 1).trim();
  return entry;
}

/** The last sentence of the paragraph just before line `index`, unless it is already an action. */
function previousParagraph(lines: Line[], index: number, actions: InlineAction[]): { text: string; lines: Line[] } | null {
  const spanned: Line[] = [];
  const taken = (line: Line) => actions.some((a) => a.lines.includes(line.line));
  for (let j = index - 1; j >= 0 && j >= index - 8; j--) {
    const line = lines[j];
    // "ACTION: Clerk" / "The fingerpost … Cllr Bhatti will find out …" / "ACTION: Cllr Bhatti": the tag before ends the paragraph too.
    if (line.cells || line.kind === 'heading' || (j < index - 1 && taken(line))) break;
    spanned.unshift(line);
    if (line.blockStart) break;
  }
  if (spanned.length === 0 || taken(spanned[0]) || taken(spanned[spanned.length - 1])) return null;
  const text = lastSentence(spanned.map((l) => l.text).join(' '));
  return text ? { text, lines: spanned } : null;
}

const LOG_NUMBER = /^[A-Z]{0,4}[\d/.-]{1,10}$/;
const ENUMERATED_CELL = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]$/;

/**
 * A row of a log without a header: an action number, then owner-first wording and its progress, or the wording and a
 * status in a cell of its own ("A25/06<TAB>Secretary to update … the revised data" / "<TAB>protection wording<TAB>Complete",
 * its wording wrapped in its cell).
 */
function numberedLogLine(lines: Line[], index: number, isOwner: (raw: string) => boolean): InlineAction | null {
  const line = lines[index];
  const filled = line.cells!.filter(Boolean);
  // "(a)<TAB>C.25.08<TAB>Chief Financial Officer to …": a letter of the list before the earlier minute's number.
  const cells = filled.length === 3 && ENUMERATED_CELL.test(filled[0]) && LOG_NUMBER.test(filled[1]) ? filled.slice(1) : filled;
  if (cells.length < 2 || cells.length > 3 || !LOG_NUMBER.test(cells[0])) return null;
  let wording = cells[1];
  let status = cells[2] ?? null;
  // "… to members. Progress: complete – circulated 7 April 2025.", "… present. Done (2 June 2025).": the progress in the wording's cell.
  const labelled = status === null ? LABELLED_PROGRESS.exec(wording) : null;
  const said = labelled ?? (status === null ? statusSentence(wording) : null);
  if (said) [wording, status] = [said[1], said[2]];
  const spanned = [line];
  for (let next = lines[index + 1]; status === null && !endsWithProgress(wording) && next?.cells && !next.blockStart && next.cells[0] === ''; next = lines[index + spanned.length]) {
    const more = next.cells.filter(Boolean);
    if (more.length === 0 || more.length > 2 || LOG_NUMBER.test(more[0])) break;
    wording = `${wording} ${more[0]}`;
    status = more[1] ?? null;
    spanned.push(next);
  }
  // Under its label ("Progress: in hand – …") any words are the progress; in a cell of its own, a status opens them.
  if (status === null ? !endsWithProgress(wording) : !labelled && !startsWithStatus(status)) return null;
  const owned = readOwnerFirst(wording);
  if (!owned || !isOwner(owned.ownersRaw)) return null;
  const entry = inlineAction(owned, owned.text, null, spanned, 'matters-arising');
  entry.ref = cells[0];
  if (status !== null) entry.progress = status;
  return entry;
}

/** A line with no marker that a hard wrap carried on from the item or text before it ("  <https://…> for details"). */
function isWrapped(line: Line): boolean {
  return line.kind === 'text' && !line.blockStart;
}

/**
 * A line ending inside a name, which goes on on the next line: after a particle ("St", "van", "de la"), or,
 * where an export wrapped a long line of prose, after a title alone ("… seconded by Inspector") or a first
 * name after "by" ("… seconded by Femi").
 */
function endsMidName(line: Line | undefined): boolean {
  if (!line) return false;
  const last = line.text.slice(line.text.lastIndexOf(' ') + 1);
  if (isNameParticle(last) || isNameParticle(last.toLowerCase())) return true;
  return isHardWrapped(line.text) && (stripHonorifics(`${last} `) === '' || BY_FIRST_NAME.test(line.text));
}

// "… and seconded by Femi" / "Carrow-Lyle to approve …": a name cut after its first word.
const BY_FIRST_NAME = letterPattern(String.raw`\bby \p{Lu}[\p{Ll}'’-]+$`, 'u');

/** "- Prepare the release:": a task ending in a colon, whose sub-bullets are its detail, not tasks of their own. */
function opensDetail(line: Line, text: string): boolean {
  return line.kind === 'item' && text.endsWith(':');
}

/**
 * Whether a bullet with no owner first under an actions label is a task: in the label's list (the bullet
 * before it, past wrapped lines, is of the same list, or the label is just above), and not a speaker's words
 * ("RWN: Agree …"), a question put to someone by name ("Richard, will there be …?") or a name heading its
 * owner's tasks ("Jo Bloggs:"). A task may end in a question mark or a colon.
 */
function isSectionTask(lines: Line[], index: number, body: string, isOwner: (raw: string) => boolean): boolean {
  let before = index - 1;
  while (before > 0 && before > index - 8 && isWrapped(lines[before])) before--;
  const previous = lines[before]?.kind === 'item' ? lines[before] : lines[index - 1];
  if (!sameList(previous, lines[index]) && sectionHeading(lines[index - 1], lines[index]) === null) return false;
  if (SPEAKER.test(body) || (body.endsWith('?') && ADDRESSED.test(body))) return false;
  return !body.endsWith(':') || !(looksLikeOwners(body.slice(0, -1)) && isOwner(body.slice(0, -1)));
}

/** Whether `line` goes on the list `previous` belongs to: both items, both numbered or both bulleted. */
function sameList(previous: Line | undefined, line: Line): boolean {
  if (previous?.kind !== 'item') return false;
  return /\d/.test(previous.marker ?? '') === /\d/.test(line.marker ?? '');
}

/** "… by the 29th – Pending", "… (done)": the status after an action's wording, moved from its text to its status. */
function withStatus(entry: InlineAction): InlineAction {
  const status = readTrailingStatus(entry.text, startsWithStatus);
  // "… to introduce himself as liaison (done)": the status in a closing bracket.
  const bracket = status ? null : readTrailingParenthesis(entry.text);
  const bracketed = bracket && bracket.inside.split(' ').length <= 3 && startsWithStatus(bracket.inside) ? { text: bracket.text, status: bracket.inside } : null;
  const found = status ?? bracketed;
  if (found) {
    entry.text = found.text;
    entry.status = found.status;
  }
  return entry;
}

/** Whether a task list after `label` is a roll: an attendance or apologies label with nothing after it. */
function opensRoll(label: Line | undefined): boolean {
  if (!label || label.cells || label.checked !== null) return false;
  const roll = matchRollLabel(label.text);
  return roll !== null && roll.rest === '';
}

/**
 * A tag's owners, with the lines they wrap onto ("ACTION: Jo Bloggs, Sam Lee and Ann" / "Other – Complete"),
 * and a status word after them. `written` is the tag's text on its own line, status and dashes included.
 */
function ownerContinuation(lines: Line[], index: number, written: string): { owners: string; status?: string; lines: Line[] } {
  const spanned = [lines[index]];
  let text = written;
  for (let i = index + 1; i < lines.length && i <= index + 3; i++) {
    const next = lines[i];
    // "The Committee:" under "… ACTION: NF" introduces the outcomes below it; owners end at no colon.
    if (next.cells || next.text.length > 160 || next.text.endsWith(':') || (isDashedStatus(next) ? false : next.blockStart || next.kind !== 'text')) break;
    const joined = text === '' ? next.text : `${text} ${next.kind === 'item' ? `${next.marker} ` : ''}${next.text}`;
    if (!looksLikeOwners(readTrailingStatus(joined, startsWithStatus)?.text ?? joined)) break;
    text = joined;
    spanned.push(next);
  }
  const status = readTrailingStatus(text, startsWithStatus);
  return status ? { owners: status.text, status: status.status, lines: spanned } : { owners: text, lines: spanned };
}

/** "– Complete" wrapped onto a line of its own, which a plain-text reader takes for a bullet. */
function isDashedStatus(line: Line): boolean {
  return line.kind === 'item' && line.marker !== null && /^[-\u2013\u2014]$/.test(line.marker) && readTrailingStatus(`x - ${line.text}`, startsWithStatus)?.text === 'x';
}

/** Whether the words after a marker are only owners: the short forms on their own, names and roles when the minutes know them. */
function isOwnerTag(owners: string, ownParagraph: boolean, isOwner: (raw: string) => boolean): boolean {
  if (readOwnerFirst(owners)) return false;
  // A tag in its own paragraph reads as one by its shape; one on the paragraph's next line only when it names people of the minutes.
  if (ownParagraph && OWNERS_ONLY.test(owners)) return true;
  const plain = owners.replace(/\.$/, '');
  return (looksLikeOwners(owners) || isNickList(plain)) && isOwner(plain);
}

/**
 * "Members asked for the hall to be booked by 26 May. Action:" / "Jo Bloggs and Sam Lee": the owner tags on line
 * `index`, read over the paragraph's lines, since a hard wrap may cut both a sentence and its owners, and one
 * line may hold several tags ("… again. Action: Clerk. ii. Shop sign – … Action: residents."). Null when no
 * tag gives owners.
 */
function tagsInParagraph(lines: Line[], index: number, actions: InlineAction[], tagLine: number, isOwner: (raw: string) => boolean, opening: boolean): { entries: InlineAction[]; end: number } | null {
  const { start, head, offsets } = paragraphHead(lines, index, actions, tagLine, opening);
  // Tags on earlier lines were read with those lines; they only bound the wording of the first tag here.
  const tags = readTags(head, isOwner).filter((tag) => tag.at >= offsets[offsets.length - 1]);
  if (tags.length === 0) return null;
  const last = tags[tags.length - 1];
  const more = last.narrative && last.end >= head.length ? wrappedOwners(lines, index, head, tags, isOwner) : { lines: [lines[index]] };
  const lineOf = (offset: number) => {
    let k = offsets.length - 1;
    while (k > 0 && offsets[k] > offset) k--;
    return start + k;
  };
  const entries: InlineAction[] = [];
  for (const tag of tags) {
    if (tag.ownersRaw === '' || !tag.text) continue;
    // "Cllr Jones to give a list. Action: Cllr Jones": the sentence's own owner designation leaves the wording;
    // "Notice to go in the newsletter. (Action: Aoife)" names no one before "to".
    const ownerFirst = tag.narrative ? readOwnerFirst(tag.text) : null;
    const owned = ownerFirst && (isOwner(ownerFirst.ownersRaw) || fold(tag.ownersRaw ?? '').includes(fold(ownerFirst.ownersRaw))) ? ownerFirst : null;
    const spanned = [...lines.slice(lineOf(tag.textAt), index), ...(tag === tags[tags.length - 1] ? more.lines : [lines[index]])];
    const entry = inlineAction({ ownersRaw: tag.ownersRaw, narrative: tag.narrative && !owned }, owned ? owned.text : tag.text, null, spanned, 'inline');
    if (tag.status) entry.status = tag.status;
    if (tag.deadline) entry.deadline = tag.deadline;
    entries.push(entry);
  }
  return entries.length > 0 ? { entries, end: more.reread ? index : index + more.lines.length - 1 } : null;
}

/**
 * The paragraph's text up to line `index`, and where each of its lines starts in it: back to the paragraph's
 * start, the line of an action already read, or the line `tagLine` of the tag before, whose words bound the
 * wording of the first tag on `index`. A tag opening its own paragraph (`opening`) closes the paragraph before.
 */
function paragraphHead(lines: Line[], index: number, actions: InlineAction[], tagLine: number, opening: boolean): { start: number; head: string; offsets: number[] } {
  const done = actions.length > 0 ? actions[actions.length - 1].lines[actions[actions.length - 1].lines.length - 1] : 0;
  let start = index;
  let crossing = opening;
  while (start > 0 && start > index - 8 && (crossing || !lines[start].blockStart) && start !== tagLine) {
    crossing = false;
    const previous = lines[start - 1];
    // "- Plot 22 – overgrown, …; phone her and offer" / "  help from the working party. ACTION JB": a bullet wrapped.
    const bullet = previous.kind === 'item' && lines[start].kind === 'text' && !lines[start].blockStart;
    if (previous.cells || (previous.kind !== 'text' && !bullet) || (previous.line <= done && (start - 1 !== tagLine || previous.line !== done))) break;
    start--;
    if (bullet) break;
  }
  const offsets: number[] = [];
  let head = '';
  for (let k = start; k <= index; k++) {
    offsets.push(k === start ? 0 : head.length + 1);
    head = k === start ? lines[k].text : `${head} ${lines[k].text}`;
  }
  return { start, head, offsets };
}

/**
 * The last tag's owners run on past line `index` ("… Action: Linh –" / "Blue", "… Action:" / "members. iii. …"):
 * replaces the tag in `tags` with the one read with them, and gives the lines they take. Owners opening a line
 * with more words after them leave that line to be read again (`reread`).
 */
function wrappedOwners(lines: Line[], index: number, head: string, tags: Tag[], isOwner: (raw: string) => boolean): { lines: Line[]; reread?: boolean } {
  const last = tags[tags.length - 1];
  const more = ownerContinuation(lines, index, head.slice(last.ownersAt).trim());
  const read = more.lines.length > 1 ? readTags(`${head.slice(0, last.ownersAt)}${more.owners}`, isOwner).find((tag) => tag.at === last.at) : undefined;
  if (read?.narrative) tags[tags.length - 1] = read;
  if (more.status) tags[tags.length - 1].status = more.status;
  const next = lines[index + 1];
  if (tags[tags.length - 1].ownersRaw !== '' || more.lines.length > 1 || !next || next.blockStart || next.kind !== 'text' || next.cells) return more;
  const opened = readTags(`${head.slice(0, last.ownersAt)}${next.text}`, isOwner).find((tag) => tag.at === last.at);
  if (!opened?.narrative || !opened.ownersRaw) return more;
  tags[tags.length - 1] = opened;
  return { lines: [lines[index], next], reread: true };
}
