import { SHORT_TITLES } from '../lexicon/names.js';
import type { Decision } from '../model/types.js';
import { withWrappedLines, type Line, type Source } from '../read/source.js';
import type { ItemLocator } from './locate.js';
import { readActionMarker, TITLED_INSTRUCTION } from '../lexicon/actions.js';
import { lowerCaseForMatching, startsUpperCase } from '../text/normalise.js';
import { AWAITING_DATE, DECISION_COLUMN, UNDECIDED_STATUS, BE_IT_RESOLVED, CLOSING_OUTCOME, DECISION_TAG, BLOCK_DECIDED, COUNT_AFTER, DECISION_SECTION, NUMBERED_RESOLUTION, BLOCK_OUTCOME, MOTION_BLOCK_HEADING, MOVER_LINE, NO_DECISION, opensFormalResolution, DECISION_LEAD, DECISION_MARKER, mayOpenDecisionMarker, mayStartMotion, DECISION_PART, DECISION_SENTENCE_FORMS, DECISION_VERB, INLINE_PART, LEADING_SYMBOL, MIDLINE_RESOLVED, MOTION_CARRIED, MOTION_NOT_DECIDED, MOTION_OUTCOME, MOTION_START, MOVER_FIRST_MOTION, PARTS_LEAD_IN, BODY_LEAD_IN, BODY_ACTION_VERB, englishSide, MIDLINE_MOTION, REPORTED_THAT, WORDING_OUTCOME, ON_MOTION, OUTCOME_AFTER_MOVERS, BODY_DECISION, PROPOSED_BY, PROPOSAL_OUTCOME, CONSENSUS_PROPOSAL, CONSENSUS_OUTCOME, MOTION_WORDING, VOTE_OUTCOME, OUTCOME_DECIDED, VOTE_COUNT, RESOLVES_LEAD_IN, MOTION_RESULT, RESULT_DECIDED } from '../lexicon/decisions.js';

const MARKER = DECISION_MARKER;
const PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?\s+/;
const PART = DECISION_PART;
const RESOLVED_WORD = / RESOLVED/;
// What a marker may say before the parts listed below it: nothing, "That", or "That the Authority:".
const PARTS_SUBJECT = /^(?:(?:[Tt]hat|THAT)(?: the(?: [A-Z][\w'-]*){1,4})?)?:?$/;
const CONCLUSIONS_FIELD = /^(?:conclusions?|outcome)$/i;
// "None needed.", "For information – no decision needed.": a field that records no decision.
const NOTHING_DECIDED = /\bno (?:decision|conclusion)s?\b|^none\b|^for (?:information|noting)\b/i;
const RESOLVED_THAT_LEAD_IN = / (?:unanimously )?(?:resolved|agreed|decided)(?: that| to)?:(?: ?[-\u2013])?$/i;
// The start of another motion ends the one being read; "Moved by X.", "Motion carried" and a wrapped "… the" /
// "motion to …" go on with it (case-sensitive: a new motion starts with a capital).
const NEXT_MOTION = /^(?:(?:(?:A|The) [Mm]otion|M(?:otion|OTION)) (?:was )?(?:made |moved |put )?(?:by|from|to|that) |M(?:otion|OTION): |It was (?:duly )?(?:moved|proposed) )/;
// A wrapped sentence spans a few lines; the cap keeps a paragraph of thousands of lines linear.
const MAX_WRAPPED_LINES = 8;
// A marker at the start of a cell or of a sentence in it; the reader joins a cell's <br> lines.
const CELL_MARKER = /(?:^|[.!?] ?)(?:Decision|Decided|Agreed|Resolved|RESOLVED|Approved|APPROVED|Resolution):\s*/g;

/** Decisions: RESOLVED/Decision:/Agreed: markers, "It was agreed …", minutes approvals and motions carried. */
export function extractDecisions(source: Source, itemAt: ItemLocator): Decision[] {
  const decisions: Decision[] = [];
  const lines = source.lines;
  // W3C minutes repeat each "Resolution #n" in a summary list at the end: one decision, at its first line.
  const numbered = new Set<string>();
  const addParts = (parts: { text: string; line: number }[]) => {
    for (const part of parts) decisions.push({ text: part.text, item: itemAt(part.line), line: part.line });
  };
  // "ID | Decision | Owner | Status" over its rows: where the table's decisions are, and whether each was made.
  let table: { decision: number; status: number; width: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells) {
      // "Conclusions<TAB>Go with Van Hire Direct for 20–21 June.": a meeting template's field for what a topic decided.
      const field = line.cells.length === 2 && CONCLUSIONS_FIELD.test(line.cells[0]) ? line.cells[1].trim() : null;
      if (field !== null && field.split(' ').length >= MIN_DECISION_WORDS) {
        if (!NO_DECISION.test(field) && !NOTHING_DECIDED.test(field)) decisions.push({ text: field, item: itemAt(line.line), line: line.line });
        continue;
      }
      // Not "S.No | Decision | Action by | Status", an action taken report whose decisions are tasks.
      const decisionColumn = line.cells.some((cell) => /\baction\b/i.test(cell)) ? -1 : line.cells.findIndex((cell) => DECISION_COLUMN.test(cell.trim()));
      if (decisionColumn >= 0) {
        table = { decision: decisionColumn, status: line.cells.findIndex((cell) => /^status$/i.test(cell.trim())), width: line.cells.length };
        continue;
      }
      if (table && line.cells.length === table.width) {
        // A planning table's "Approved" or "pending" is the outcome of an application, not a decision's wording.
        const text = line.cells[table.decision];
        if (text && text.split(' ').length >= MIN_DECISION_WORDS && !(table.status >= 0 && UNDECIDED_STATUS.test(line.cells[table.status] ?? ''))) decisions.push({ text, item: itemAt(line.line), line: line.line });
        continue;
      }
      table = null;
      for (const cell of line.cells) for (const text of cellDecisions(cell)) decisions.push({ text, item: itemAt(line.line), line: line.line });
      continue;
    }
    table = null;
    if ((line.kind === 'heading' || line.text.endsWith(':')) && DECISION_SECTION.test(line.text)) {
      const listed = sectionItems(lines, i + 1);
      addParts(listed.items);
      if (listed.items.length > 0) i = listed.end - 1;
      // "DECISION:" over the wording, not a list: the marker, read below.
      if (listed.items.length > 0 || line.kind === 'heading') continue;
    }
    if (line.kind === 'heading') continue;
    const numberedResolution = line.text.startsWith('R') || line.text.startsWith('M') ? NUMBERED_RESOLUTION.exec(line.text) : null;
    // "That the board adopts the plan." over "Moved: A<TAB>Seconded: B<TAB>Carried": a motion with no heading.
    const opensHere = line.blockStart || i === 0 || /[.:!?]$/.test(lines[i - 1].text) || lines[i - 1].text.length < 60;
    const thatMotion = opensHere && line.text.startsWith('That ') && lines.slice(i + 1, i + 4).some((next) => MOVER_LINE.test(next.text)) ? line.text : undefined;
    const block = MOTION_BLOCK_HEADING.test(englishSide(line.text)) || numberedResolution || thatMotion ? readMotionBlock(lines, i, numberedResolution?.[1] ?? thatMotion) : null;
    if (block) {
      addParts(block.parts);
      i = block.end;
      continue;
    }
    const tagged = line.text.includes('#') ? DECISION_TAG.exec(line.text) : null;
    if (tagged) {
      decisions.push({ text: tagged[1] ?? tagged[2], item: itemAt(line.line), line: line.line });
      continue;
    }
    // "The Board NOTED the external auditor's findings report.", "Council APPROVED the budget …": the decision word in
    // capitals is its marker. "The Board RESOLVED to:" over its parts is a lead-in, read below.
    const bodyDecision = /^(?:The )?[A-Z][a-z]+ [A-Z]{5}/.test(line.text) && !(line.text.endsWith(':') && BODY_LEAD_IN.test(line.text)) ? BODY_DECISION.exec(line.text) : null;
    if (bodyDecision) {
      decisions.push({ text: withWrapped(lines, i, bodyDecision[1]), item: itemAt(line.line), line: line.line });
      continue;
    }
    // "Proposed by A, Seconded by B and AGREED – that …"; without "and AGREED", the proposal's outcome is told below it.
    const proposed = line.text.startsWith('Proposed by ') || line.text.startsWith('Moved by ') ? PROPOSED_BY.exec(line.text) : null;
    if (proposed) {
      const wording = withWrapped(lines, i, proposed[2]);
      if (proposed[1] || proposalCarried(lines, i)) decisions.push({ text: wording, item: itemAt(line.line), line: line.line });
      continue;
    }
    // "PROPOSAL: …" over its consensus, "Motion: …" over its vote: the wording and the outcome that decided it.
    const proposal = line.text.startsWith('P') ? CONSENSUS_PROPOSAL.exec(line.text) : null;
    const moved = line.text.startsWith('M') ? MOTION_WORDING.exec(line.text) : null;
    const outcome = proposal ? readOutcome(lines, i, proposal[1], CONSENSUS_OUTCOME) : moved ? readOutcome(lines, i, moved[1], VOTE_OUTCOME) : null;
    if (outcome) {
      if (outcome.decided) decisions.push({ text: outcome.text, item: itemAt(line.line), line: line.line });
      i = outcome.end;
      continue;
    }
    // An action line holds no decision. Few lines could hold one, so the action marker is read only on
    // those: a line with a motion's start, a decision marker or a decision verb.
    // "6.3 It was proposed by …": a paragraph number before the motion.
    const paragraphNumber = isDigit(line.text.charCodeAt(0)) ? PARAGRAPH_NUMBER.exec(line.text)?.[0] ?? '' : '';
    const opening = paragraphNumber ? line.text.slice(paragraphNumber.length) : line.text;
    const motion = mayStartMotion(opening) ? MOTION_START.exec(opening) : null;
    if (motion) {
      if (readActionMarker(line.text)) continue;
      const found = readMotion(lines, i, motion[0], paragraphNumber);
      if (found) {
        for (const text of motionParts(found.text)) decisions.push({ text, item: itemAt(line.line), line: line.line });
        i += found.span - 1;
        continue;
      }
    }
    // "… omitted Senator Otieno. Motion to approve the" / "minutes …": a motion opening after a sentence on its line.
    const after = motion || !line.text.includes(' Motion ') ? null : MIDLINE_MOTION.exec(line.text);
    if (after) {
      const found = readMotion(lines, i, 'Motion ', line.text.slice(0, after.index + after[0].length));
      if (found) {
        decisions.push({ text: found.text, item: itemAt(line.line), line: line.line });
        i += found.span - 1;
        continue;
      }
    }
    // Symbols and paragraph numbers are rare: the replacements run only on lines that start with one.
    const unsymbolled = line.text.charCodeAt(0) >= 0x2600 || line.text.startsWith(':') || line.text.startsWith('[') ? line.text.replace(LEADING_SYMBOL, '') : line.text;
    // "**RESOLVED** – (1) that …": the dash after a bold lead is a separator, as the colon is.
    const text = line.lead && DECISION_LEAD.test(line.lead) ? `${line.lead}: ${line.text.slice(line.text.indexOf(line.lead) + line.lead.length).replace(/^[\s:*\u2013\u2014-]+/, '')}` : unsymbolled;
    const unnumbered = isDigit(text.charCodeAt(0)) ? text.replace(PARAGRAPH_NUMBER, '') : text;
    // "It was RESOLVED:" over its parts: the test runs only on lines opening with "It".
    if ((unnumbered.startsWith('It was ') || unnumbered.includes(', it was ')) && PARTS_LEAD_IN.test(unnumbered)) {
      const { parts, end } = readParts(lines, i + 1);
      addParts(parts);
      if (parts.length > 0) {
        i = end;
        continue;
      }
    }
    // "This Union Resolves:" over "1. To mandate …": each part, once the vote after them passes it.
    if (unnumbered.startsWith('This ') && RESOLVES_LEAD_IN.test(unnumbered)) {
      const resolved = readResolves(lines, i);
      addParts(resolved.parts);
      i = resolved.end;
      continue;
    }
    // "The Board:" over "• noted the report;" / "• approved the transfer …": each part is a decision.
    // "The Committee resolved that: -": a dash after the colon, as Kenyan committees write it.
    if (unnumbered.startsWith('The ') && /:(?: ?[-\u2013])?$/.test(unnumbered) && BODY_LEAD_IN.test(unnumbered)) {
      const { parts, end } = readParts(lines, i + 1);
      // "The Board resolved that:" over "(i) the draft budget … be approved;": the lead-in says what the parts are.
      if (parts.length > 0 && (BODY_ACTION_VERB.test(parts[0].text) || RESOLVED_THAT_LEAD_IN.test(unnumbered))) {
        addParts(parts);
        i = end;
        continue;
      }
    }
    const marker = mayOpenDecisionMarker(unnumbered) ? MARKER.exec(unnumbered) : null;
    if (marker) {
      if (readActionMarker(line.text)) continue;
      const body = unnumbered.slice(marker[0].length).trim();
      if (marker[1] !== undefined) {
        if (numbered.has(marker[1])) continue;
        numbered.add(marker[1]);
      }
      const { parts, end } = readParts(lines, i + 1);
      const below = body === '' && parts.length === 0 ? wordingBelow(lines, i) : null;
      if (parts.length > 0 && PARTS_SUBJECT.test(body)) {
        addParts(parts);
        i = end;
      } else if (below) {
        decisions.push({ text: below, item: itemAt(lines[i + 1].line), line: lines[i + 1].line });
        i++;
      // "Approved: ______________ Date: ______": a line to sign, not a decision.
      } else if (body && !/^[A-Z ]{2,20}:?$|^_{3,}/.test(body) && !NO_DECISION.test(body)) {
        for (const part of inlineParts(withWrapped(lines, i, body))) decisions.push({ text: part, item: itemAt(line.line), line: line.line });
      }
      continue;
    }
    // Each search over a long line costs as much as the rest of this loop: the verb search runs once, and
    // the others only on lines that have one of the verbs (" RESOLVED" is one of them).
    const verb = DECISION_VERB.test(text);
    const lineVerb = text === line.text ? verb : DECISION_VERB.test(line.text);
    // "On motion of Supervisor A, seconded by Supervisor B, the Board" / "approved the agenda …": the verb wrapped onto the next line.
    if (!lineVerb && ON_MOTION.test(line.text)) {
      const whole = withWrapped(lines, i, line.text);
      const sentence = DECISION_VERB.test(whole) ? decisionSentence(whole, true) : null;
      if (sentence) decisions.push({ text: sentence, item: itemAt(line.line), line: line.line });
      continue;
    }
    // "Raj moved to approve the minutes …," / "seconded by Colleen; motion passed unanimously.": the outcome on a later line.
    const movedOnLine = text.includes(' moved') || text.includes(' proposed');
    const moverFirst = movedOnLine && MOVER_FIRST_MOTION.test(text);
    // "… a total of $9,312.00. Colleen moved to accept the report, seconded by Evelyn; …": a motion after a sentence.
    const moverAfter = movedOnLine && !moverFirst ? moverAfterSentence(line.text) : -1;
    if ((!verb && !lineVerb && !moverFirst && moverAfter < 0) || readActionMarker(line.text)) continue;
    if (moverFirst || moverAfter > 0) {
      const found = readMotion(lines, i, '', moverAfter > 0 ? line.text.slice(0, moverAfter) : '');
      if (found) {
        decisions.push({ text: found.text, item: itemAt(line.line), line: line.line });
        i += found.span - 1;
        continue;
      }
    }
    // "NOW, THEREFORE, BE IT RESOLVED, that …" over the lines of its paragraph.
    if (verb && opensFormalResolution(text)) {
      const found = sentencesAfter(BE_IT_RESOLVED, withWrapped(lines, i, text));
      for (const body of found) decisions.push({ text: body, item: itemAt(line.line), line: line.line });
      if (found.length > 0) continue;
    }
    if (verb && RESOLVED_WORD.test(text)) {
      const found = midlineResolutions(text);
      for (const body of found) decisions.push({ text: body, item: itemAt(line.line), line: line.line });
      if (found.length > 0) continue;
    }
    // Only a line that holds a decision's start is worth joining with the lines its export wrapped.
    // The wrapped text starts with the line, so it holds the verb too.
    const sentence = lineVerb && decisionSentence(unsymbolled, true) && decisionSentence(withWrapped(lines, i, unsymbolled), true);
    if (sentence && !AWAITING_DATE.test(sentence)) decisions.push({ text: sentence, item: itemAt(line.line), line: line.line });
  }
  return decisions;
}

/** The list straight under a section's heading or label: its items at the first item's depth, with their wrapped lines. */
function sectionItems(lines: Line[], start: number): { items: { text: string; line: number }[]; end: number } {
  const items: { text: string; line: number }[] = [];
  const depth = lines[start]?.kind === 'item' ? lines[start].depth : -1;
  let i = start;
  for (; i < lines.length && lines[i].kind === 'item' && lines[i].depth >= depth; i++) {
    if (lines[i].depth > depth) continue;
    // "- Move the Pro plan … ; existing" / "  customers keep $49 …": the item's wrapped lines are read with it.
    const wrapped: Line[] = [];
    // "- ✅ Agreed – Callum is the single point of contact …": a mark and a marker before the decision are no part of it.
    const unmarked = lines[i].text.replace(LEADING_SYMBOL, '').replace(LISTED_MARKER, '');
    items.push({ text: withWrappedLines(lines, i, unmarked, MAX_WRAPPED_LINES, () => false, wrapped), line: lines[i].line });
    i += wrapped.length;
  }
  return { items, end: i };
}

// "Agreed – …", "Decision: …" opening an entry of a list of decisions.
const LISTED_MARKER = /^(?:Agreed|Decided|Decision|Resolved|Approved)\s*[:\u2013\u2014-]\s+/;

// The fewest words a decision in a table's Decision column is written in.
const MIN_DECISION_WORDS = 4;

// How far a motion block's outcome may lie below its heading.
const MAX_BLOCK_LINES = 30;
// "For 31, Against 2, Abstentions 1. …": the votes cast, before the outcome in the same sentence or the next.
const VOTES = /^(?:votes?:?\s)?for:?\s\d{1,4},/i;
// "1.  Receives the Quarterly Budget Review …; and", "(b) adopts …": a numbered part of a motion's wording.
const BLOCK_PART = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(.+)$/;
// A part ends where the next begins, where an action or a task given to someone follows it, or at its full stop
// when a new sentence starts the next line.
const startsPart = (text: string, next: Line) =>
  BLOCK_PART.test(next.text) || TITLED_INSTRUCTION.test(next.text) || (ENDS_SENTENCE.test(text) && startsUpperCase(next.text)) || readActionMarker(next.text) !== null;
// A motion's wording ends at a part, at its full stop, or where its outcome follows ("ADOPTÉE / CARRIED").
const endsWording = (text: string, next: Line) => startsPart(text, next) || /\.["\u201d]?$/.test(text) || BLOCK_OUTCOME.test(englishSide(next.text)) || MOVER_LINE.test(next.text);
// "THAT Council adjourn at 7:52 p.m.": the meeting ends; nothing is decided.
const ADJOURNMENT = /\b(?:to adjourn|(?:meeting|session|sitting) (?:be |is |was )?(?:now )?(?:adjourned|terminated|closed)|(?:council|committee|board|meeting) (?:do )?(?:now )?adjourn\b)\b/i;

/**
 * The decision a motion block records (MOTION_BLOCK_HEADING): its wording, or each of its numbered parts, when
 * it carried; none when it was lost or withdrawn, or a motion's outcome is not given. `end` is its last line.
 */
function readMotionBlock(lines: Line[], index: number, inline?: string): { parts: { text: string; line: number }[]; end: number } | null {
  const isResolution = /resolution/i.test(lines[index].text);
  const parts: { text: string; line: number }[] = [];
  // "Resolution 1 (Ordinary): To receive the accounts …" gives its wording on its own line.
  const wordingEnds = (text: string, next: Line) => MOVER_LINE.test(next.text) || WORDING_OUTCOME.test(text) || NUMBERED_RESOLUTION.test(next.text);
  let wording: { text: string; line: number } | null = inline ? { text: withWrappedLines(lines, index, inline, MAX_WRAPPED_LINES, wordingEnds), line: lines[index].line } : null;
  // What the block decided, once its outcome is known: its parts, or its wording in one piece.
  // "THAT the meeting be adjourned at 8:05 p.m.": the motion to close the meeting decides nothing.
  const decided = (carried: boolean, end: number) => ({ parts: !carried || (wording && ADJOURNMENT.test(wording.text)) ? [] : parts.length > 0 ? parts : wording ? [wording] : [], end });
  // "Motion #2025-11: Moved by A, seconded by B, THAT … CARRIED": the outcome closing the wording.
  const closing = wording ? WORDING_OUTCOME.exec(wording.text) : null;
  if (closing) return decided(BLOCK_DECIDED.test(closing[1]), index);
  for (let i = index + 1; i < lines.length && i <= index + MAX_BLOCK_LINES; i++) {
    const line = lines[i];
    const english = englishSide(line.text);
    if (line.kind === 'heading' || MOTION_BLOCK_HEADING.test(english) || NUMBERED_RESOLUTION.test(line.text)) break;
    const outcome = BLOCK_OUTCOME.exec(english);
    if (outcome) return decided(BLOCK_DECIDED.test(outcome[1]), i);
    // "For 31, Against 2, Abstentions 1. The resolution was carried, …": the votes, then the outcome.
    if (VOTES.test(line.text)) {
      MOTION_CARRIED.lastIndex = 0;
      return decided(MOTION_CARRIED.test(line.text) && !MOTION_NOT_DECIDED.test(line.text), i);
    }
    if (MOVER_LINE.test(english)) {
      const after = OUTCOME_AFTER_MOVERS.exec(english);
      if (after) return decided(BLOCK_DECIDED.test(after[1]), i);
      continue;
    }
    const part = wording?.text.endsWith(':') ? (line.kind === 'item' ? line.text : BLOCK_PART.exec(line.text)?.[1]) : undefined;
    if (part) {
      parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, part, MAX_WRAPPED_LINES, startsPart)), line: line.line });
      continue;
    }
    // "That the branch …", or the motion's words in quotation marks.
    if (wording === null && line.kind === 'text' && /^(?:that\b|["\u201c])/i.test(line.text)) {
      wording = { text: withWrappedLines(lines, i, line.text, MAX_WRAPPED_LINES, endsWording), line: line.line };
      continue;
    }
    // Any other line after the wording ends the block before an outcome is found.
    if (wording !== null && line.blockStart && line.kind !== 'item' && !line.text.startsWith(' ')) break;
  }
  // A resolution recorded without its outcome is still the meeting's decision.
  return isResolution && wording ? decided(true, index) : null;
}

/**
 * The numbered parts under "This Union Resolves:", and whether the vote after them (before the next heading) passed
 * them: the parts are decisions only then. `end` is the last part's line.
 */
function readResolves(lines: Line[], index: number): { parts: { text: string; line: number }[]; end: number } {
  const listed = sectionItems(lines, index + 1);
  const parts = listed.items;
  const end = listed.items.length > 0 ? listed.end - 1 : index;
  for (let i = end + 1; i < lines.length && i <= end + MAX_BLOCK_LINES && lines[i].kind !== 'heading'; i++) {
    const result = MOTION_RESULT.exec(lines[i].text);
    if (result) return { parts: RESULT_DECIDED.test(result[1]) ? parts : [], end };
  }
  return { parts: [], end };
}

/**
 * "(1) the progress … be noted; and" / "(2) Cabinet be recommended …" following a RESOLVED: That. The parts end at a
 * heading ("3) Complaints" underlined is the next item, not a part) or a change of bracket style, and after a
 * blank line only the next number goes on.
 */
function readParts(lines: Line[], start: number): { parts: { text: string; line: number }[]; end: number } {
  const parts: { text: string; line: number }[] = [];
  let label = '';
  let opened = false;
  // The last line read, and the lines an export wrapped each part onto.
  let end = start - 1;
  const wrapped: Line[] = [];
  for (let i = start; i < lines.length; i++) {
    // "(1)<TAB>the draft response be approved …; and": a part's number in a cell of its own, its wording in the next.
    const line = lines[i].cells?.length === 2 && /^\(?[\da-z]{1,3}[.)]$/i.test(lines[i].cells![0]) ? { ...lines[i], cells: null, text: lines[i].cells!.join(' ') } : lines[i];
    if (line.kind === 'heading' || line.cells) break;
    // "- That the clerk writes …": bullets with one marker are parts too, in the order written.
    const bullet = line.kind === 'item' && line.marker && !/[\da-z]/i.test(line.marker) ? line.marker : null;
    if (bullet || (parts.length > 0 && label.length === 1 && !/[\da-z]/i.test(label))) {
      if (!bullet || (parts.length > 0 && bullet !== label)) break;
      label = bullet;
      wrapped.length = 0;
      parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, line.text, MAX_WRAPPED_LINES, startsPart, wrapped)), line: line.line });
      end = i += wrapped.length;
      continue;
    }
    // A list item that keeps its own typed number ("(1) That …" in a page's <ol>) is read by that number.
    const text = line.kind === 'item' && line.marker && !PART.test(line.text) ? `${line.marker} ${line.text}` : line.text;
    const m = PART.exec(text);
    if (!m) break;
    // "(2) …" then a blank line and "3) RISK REGISTER": another bracket style, a title in capitals, or a skipped
    // number is the next agenda item.
    if (parts.length > 0 && (text.startsWith('(') !== opened || (line.blockStart && (!follows(label, m[1]) || !/[a-z]/.test(m[2]))))) break;
    label = m[1];
    opened = text.startsWith('(');
    wrapped.length = 0;
    parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, m[2], MAX_WRAPPED_LINES, startsPart, wrapped)), line: line.line });
    end = i += wrapped.length;
  }
  return { parts, end };
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Whether part label `next` comes right after `previous`: 1 → 2, a → b, ii → iii. */
function follows(previous: string, next: string): boolean {
  if (/^\d/.test(previous)) return Number(next) === Number(previous) + 1;
  const roman = ROMAN.indexOf(previous);
  if (roman >= 0 && ROMAN[roman + 1] === next) return true;
  return previous.length === 1 && next.length === 1 && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
}

/** The decision a sentence in the text records, or null; `hasVerb` where the caller has searched for the verb already. */
function decisionSentence(text: string, hasVerb = DECISION_VERB.test(text)): string | null {
  if (!hasVerb) return null;
  // The sentence patterns are written for the text in lower case (it keeps every position).
  const lower = lowerCaseForMatching(text);
  const outcome = MOTION_OUTCOME.exec(lower);
  if (outcome) {
    const start = clauseStart(text, outcome.index);
    if (/\bthe motion\b/i.test(text.slice(start, outcome.index)) && !MOTION_NOT_DECIDED.test(text.slice(start, outcome.index))) return text.slice(start, sentenceEnd(text, outcome.index + outcome[0].length)).trim();
  }
  // The sentence that opens first: a paragraph read from one line on may hold another decision after this line's.
  let m: RegExpExecArray | null = null;
  for (const { needs, pattern } of DECISION_SENTENCE_FORMS) {
    const found = !needs || needs.some((word) => lower.includes(word)) ? pattern.exec(lower) : null;
    if (found && (!m || found.index < m.index)) m = found;
  }
  if (m) {
    if (/\badjourn/i.test(text.slice(m.index, m.index + 200))) return null;
    // "M/S/C (Ortega/Hale) to pay the bills": what was decided starts after the motion's shorthand.
    const start = m[0].startsWith('m/s/c') ? m.index + m[0].length : clauseStart(text, m.index);
    // "Mr. Bell reported that the City Council adopted …": another body's decision, reported to this one.
    if (REPORTED_THAT.test(text.slice(start, m.index))) return null;
    const end = sentenceEnd(text, m.index + m[0].length);
    const count = COUNT_AFTER.exec(text.slice(end));
    return text.slice(start, end + (count ? count[0].length : 0)).trim();
  }
  return null;
}


/** A decision clause starts at its sentence's start, or at "the Board" after an "Upon a motion …," preamble. */
function clauseStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  const sentence = boundary < 0 ? 0 : boundary + 2;
  if (/^\s*upon a motion\b/i.test(text.slice(sentence, index))) return index;
  // "(a)<TAB>Communion: The Session agreed …": the part's letter and its topic are no part of the decision.
  const part = sentence === 0 ? PART_AND_TOPIC.exec(text) : null;
  return part && part[0].length <= index ? part[0].length : sentence;
}

const PART_AND_TOPIC = /^(?:\(?[a-z\d]{1,2}[.)]\s+)?(?:[A-Z][^:.;]{0,40}:\s+)?(?=[A-Z])/;

function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = CLAUSE_STOP.exec(rest);
  if (!m) return text.length;
  return from + m.index + (m[0] === '.' ? 1 : 0);
}

/**
 * "RESOLVED:" or "DECISION:" alone on its line, the wording on the next: "That …" (after a blank line too), or a
 * sentence that goes straight on below the marker.
 */
function wordingBelow(lines: Line[], index: number): string | null {
  const next = lines[index + 1];
  if (!next || next.kind === 'heading' || next.cells || next.text.endsWith(':')) return null;
  const opensThat = next.text.startsWith('That ') || next.text.startsWith('that ');
  if (!opensThat && (next.blockStart || !startsUpperCase(next.text) || MARKER.test(next.text))) return null;
  const text = withWrapped(lines, index + 1, next.text);
  return NO_DECISION.test(text) ? null : text;
}

/** A decision hard-wrapped by a PDF export goes on in the next lines of its paragraph. */
function withWrapped(lines: Line[], index: number, first: string): string {
  return withWrappedLines(lines, index, first, MAX_WRAPPED_LINES, (text, next) => /[.!?:]["”’)]?$/.test(text) || MARKER.test(next.text) || TITLED_INSTRUCTION.test(next.text));
}

/** A proposal's or motion's wording with the outcome line below it, and whether the outcome decided it; null when none is found. */
function readOutcome(lines: Line[], index: number, wording: string, outcomes: RegExp): { text: string; decided: boolean; end: number } | null {
  // "**Motion:** Approve the minutes … Moved by Sebastian, seconded by Priya. Passed 5-0-1.": told in its own paragraph.
  let paragraph = wording;
  let end = index;
  for (; end + 1 < lines.length && end < index + MAX_WORDING_LINES && !lines[end + 1].blockStart && lines[end + 1].kind === 'text' && !lines[end + 1].cells; end++) paragraph = `${paragraph} ${lines[end + 1].text}`;
  const closing = CLOSING_OUTCOME.exec(paragraph);
  if (closing) return { text: paragraph, decided: OUTCOME_DECIDED.test(closing[1]), end };
  let text = wording;
  for (let i = index + 1; i < lines.length && i <= index + MAX_WORDING_LINES; i++) {
    const line = lines[i];
    if (line.kind === 'heading' || CONSENSUS_PROPOSAL.test(line.text) || MOTION_WORDING.test(line.text)) return null;
    const outcome = outcomes.exec(line.text);
    if (outcome) return { text: `${text} ${line.text}`, decided: OUTCOME_DECIDED.test(outcome[1] ?? outcome[2]), end: i };
    text = `${text} ${line.text}`;
  }
  return null;
}
// How many lines a proposal's wording may take before its outcome.
const MAX_WORDING_LINES = 6;

/** Whether a proposal with no outcome on its line is declared carried before the next item or proposal. */
function proposalCarried(lines: Line[], index: number): boolean {
  for (let i = index + 1; i < lines.length && i <= index + MAX_OUTCOME_LINES; i++) {
    if (lines[i].kind === 'heading' || PROPOSED_BY.test(lines[i].text) || (lines[i].blockStart && ITEM_LINE.test(lines[i].text))) return false;
    const outcome = PROPOSAL_OUTCOME.exec(lines[i].text);
    if (outcome) return BLOCK_DECIDED.test(outcome[1]);
  }
  return false;
}

// "6.2<TAB>Child Safety Officer": the next item's number and title, not "2025 financial report …" wrapped onto a line.
const ITEM_TITLE_LINE = /^\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]/;

// How far below a proposal its outcome may be told (past a recorded vote's lines).
const MAX_OUTCOME_LINES = 15;
const ITEM_LINE = /^(?:[A-Z]{1,4}\.?)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?\s/;

/** "… There were no amendments. RESOLVED: That the minutes … be approved. (proposed …)" → each resolution's sentence. */
function midlineResolutions(text: string): string[] {
  return sentencesAfter(MIDLINE_RESOLVED, text).filter((body) => body.length > 3);
}

/** The sentence after each match of a global marker pattern in the text. */
function sentencesAfter(marker: RegExp, text: string): string[] {
  const found: string[] = [];
  marker.lastIndex = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const start = m.index + m[0].length;
    const body = text.slice(start, sentenceEnd(text, start)).trim();
    if (body) found.push(body);
  }
  return found;
}

/**
 * "Motion by X, seconded by Y, to … Motion carried 5-0." over its wrapped lines, to the end of the sentence that says
 * it carried; null for a motion that did not pass, has no outcome, or holds a RESOLVED (read as a resolution). `before`
 * is what comes before it on its first line (a paragraph number, or a sentence).
 */
/** Where a mover-first motion opens after a sentence on the line, or -1. */
function moverAfterSentence(text: string): number {
  for (const end of text.matchAll(SENTENCE_BREAK)) {
    const start = end.index + end[0].length;
    if (MOVER_FIRST_MOTION.test(text.slice(start))) return start;
  }
  return -1;
}
const SENTENCE_BREAK = /[.!?] (?=[A-Z])/g;

function readMotion(lines: Line[], index: number, marker: string, before = ''): { text: string; span: number } | null {
  let text = '';
  for (let i = index; i < lines.length && i <= index + MAX_WRAPPED_LINES; i++) {
    const line = lines[i];
    // The motion's paragraph ends at a new block, a heading or list item, or the next motion or marker.
    // "Moved: Jess Whitford<TAB>Seconded: Warren Fitzgibbon": the movers in cells of their own go on with the motion.
    if (i > index && (line.blockStart || (line.cells && !MOVER_LINE.test(line.text)) || line.kind !== 'text' || opensMotion(line.text) || MARKER.test(line.text) || ITEM_TITLE_LINE.test(line.text))) break;
    text = text ? `${text} ${line.text}` : line.text.slice(before.length);
    if (MOTION_NOT_DECIDED.test(text) || RESOLVED_WORD.test(text)) return null;
    const next = lines[i + 1];
    // "Carried" over "6.2<TAB>Child Safety Officer": the next item's number ends the motion's paragraph.
    const last = next === undefined || i + 1 > index + MAX_WRAPPED_LINES || next.blockStart || next.kind !== 'text' || (next.cells !== null && !MOVER_LINE.test(next.text)) || opensMotion(next.text) || ITEM_TITLE_LINE.test(next.text);
    // "… Commissioner Raman seconded. VOTE: 5-0-1 (Commissioner Hale absent)": the count says whether it passed.
    const vote = VOTE_COUNT.exec(text);
    if (vote) {
      if (vote[3] && !vote[3].endsWith(')') && !last) continue;
      if (+vote[1] <= +vote[2]) return null;
      const whole = text.slice(0, vote.index + vote[0].length).trim();
      return { text: /^motion: /i.test(marker) ? whole.slice(marker.length) : whole, span: i - index + 1 };
    }
    // "… — Motion passes" / "Treasurer Nguyen will submit …", "… — Motion passes" / "b. Neighborhood Purpose Grant":
    // the line ends the sentence where the next line opens another, or a lettered part.
    const end = carriedSentenceEnd(text, last, next !== undefined && (startsUpperCase(next.text) || LETTERED.test(next.text)));
    if (end >= 0) {
      const whole = text.slice(0, end).trim();
      return { text: /^motion: /i.test(marker) ? whole.slice(marker.length) : whole, span: i - index + 1 };
    }
  }
  return null;
}

/** "Motion: …", "It was moved …", "Whitaker moved, Echeverría seconded, …": a line that opens the next motion. */
function opensMotion(text: string): boolean {
  return NEXT_MOTION.test(text) || ((text.includes(' moved') || text.includes(' proposed')) && MOVER_FIRST_MOTION.test(text));
}

const LETTERED = /^[a-z][.)]\s/;
// The sentence that says a motion carried ends at most this far after the words that say so.
const MAX_CARRIED_TAIL = 120;

/**
 * Just after the full stop of the sentence that says the motion carried, or -1 when none says so; where the
 * paragraph ends (`last`) without a full stop ("…; motion carried 5-0"), the end of the text.
 */
function carriedSentenceEnd(text: string, last: boolean, nextOpens = false): number {
  MOTION_CARRIED.lastIndex = 0;
  for (let m = MOTION_CARRIED.exec(text); m; m = MOTION_CARRIED.exec(text)) {
    const after = m.index + m[0].length;
    // The full stop that ends the sentence, not one of an abbreviation ("agreed nem. con. that …").
    const stop = fullStopAfter(text, after);
    if (stop >= 0 && stop - after <= MAX_CARRIED_TAIL) return stop + 1;
    if (last && stop < 0 && text.length - after <= MAX_CARRIED_TAIL) return text.length;
    // "… — Motion passes" closing its line, a new sentence below it.
    if (nextOpens && stop < 0 && text.trimEnd().length === after) return text.length;
  }
  return -1;
}

/**
 * "Moved by A, seconded by B, THAT the Board: (a) approve …; (b) authorize …; and (c) direct …. CARRIED": each
 * part a decision of its own; a motion in one piece is one.
 */
function motionParts(text: string): string[] {
  const colon = PARTS_AFTER_COLON.exec(text);
  if (!colon) return [text];
  const parts = inlineParts(text.slice(colon.index + colon[0].indexOf('(')).replace(TRAILING_OUTCOME, ''));
  return parts.length > 1 ? parts : [text];
}
const PARTS_AFTER_COLON = /:\s+\((?:a|1|i)\) /;
const TRAILING_OUTCOME = /\s+(?:CARRIED|Carried|carried)\b[^.]*\.?$/;

function fullStopAfter(text: string, from: number): number {
  const m = SENTENCE_STOP.exec(text.slice(from));
  return m ? from + m.index : -1;
}
// A full stop before a capital ends a sentence, unless it closes a title ("proposed by Eng. Daniel Kiprotich").
// Nor after an initial: "Ms Rachel A. Douglas", "D. Rutherford & Sons".
const NOT_AFTER_TITLE = String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))`;
const SENTENCE_STOP = new RegExp(String.raw`${NOT_AFTER_TITLE}\.(?=\s+[A-Z(]|\s*$)`);
const ENDS_SENTENCE = new RegExp(String.raw`${NOT_AFTER_TITLE}[a-z\d)]\.$`);
const CLAUSE_STOP = new RegExp(`;|${SENTENCE_STOP.source}`);

/** Decisions written inside a table cell: "… the quarantine report.Decision: Quarantine the tests …". */
function cellDecisions(cell: string): string[] {
  const found = cell.includes(':') ? sentencesAfter(CELL_MARKER, cell) : [];
  // "… for Reception. It was agreed that up to £1,500 … will go towards the equipment."
  if (found.length === 0 && cell.length > 40) {
    const sentence = decisionSentence(cell);
    if (sentence) found.push(sentence);
  }
  return found;
}

/** "(1) key rotation …; (2) retired keys …" → one decision per part; a text without numbered parts is one decision. */
function inlineParts(whole: string): string[] {
  // "the Committee (1) NOTED …; and (2) APPROVED …": a short lead-in before the first part is said of every part.
  const first = whole.startsWith('(') ? 0 : FIRST_PART_AFTER_LEAD_IN.exec(whole)?.[0].length ?? -1;
  if (first < 0 || !whole.includes(')')) return [whole];
  const text = whole.slice(first);
  const starts: { index: number; length: number }[] = [];
  INLINE_PART.lastIndex = 0;
  for (let m = INLINE_PART.exec(text); m; m = INLINE_PART.exec(text)) starts.push({ index: m.index, length: m[0].length });
  if (starts.length < 2 || starts[0].index !== 0) return [whole];
  return starts.map((s, k) => withoutTrailingJoin(text.slice(s.index + s.length, k + 1 < starts.length ? starts[k + 1].index : text.length).trim())).filter(Boolean);
}

const FIRST_PART_AFTER_LEAD_IN = /^[^.;:()]{1,40} (?=\((?:1|a|i)\) (?:[A-Z]|that ))/;

/** "the report be noted; and" → "the report be noted". */
function withoutTrailingJoin(text: string): string {
  let trimmed = text.trimEnd();
  const join = / (?:and|or)$/i.exec(trimmed);
  if (join) trimmed = trimmed.slice(0, join.index).trimEnd();
  return trimmed.endsWith(';') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
