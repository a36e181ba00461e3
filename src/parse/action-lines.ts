import type { Line, Source } from '../read/source.js';
import { ACTION_LEAD_IN, ACTION_SECTION, ACTION_WORD, TASK_GLYPH, EARLIER_ACTIONS_SECTION, TRAILING_TAG, isNoAction, readActionMarker, readActionReference } from '../lexicon/actions.js';
import { startsWithStatus } from '../lexicon/status.js';
import { readOwnerFirst } from './owner-first.js';
import { readTask } from './tasks.js';

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
  /** A due date written apart from the wording: "— @tomasz, due 2024-05-02". */
  dueRaw?: string;
  /** The tracker's number for the action ("ACTION-87"). */
  id?: string;
  /** 'matters-arising' entries report on earlier actions and become updates. */
  context: 'inline' | 'actions-section' | 'matters-arising';
}

const TRAILING_OWNER = /^(.+?)\s*(?:[-\u2013\u2014]\s*|\(|\[)((?:[A-Z][A-Za-z]{0,3}[A-Z]|All)(?:\s*(?:,|\/|&|and)\s*[A-Z][A-Za-z]{0,3}[A-Z])*)[)\]]?\.?$/;
const TAG_MARKER = TRAILING_TAG;
const TAG_OWNERS = /^(?:[A-Z][A-Za-z]{0,4}|All(?: [a-z]+)?)(?:(?:, ?| ?\/ ?| ?& ?| and )[A-Z][A-Za-z]{0,4})*\.?$/;
const ENUMERATED = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+/;
// "The Clerk confirmed the hedge had been cut; this action is closed."
const CLOSED_IN_PROSE = /[;,.] this action (?:is|has been|was|can be) (?:now )?(?:closed|complete|completed|done|discharged)\.?$/i;
const PROSE_REF = /^([A-Z]{1,6}[/-]\d{2}[/-]\d{1,3}) (?:\([^()]{1,80}\))?:? ?/;
// "Clerk", "Cllr Ashdown-Pryor", "Cllrs Vellacott and Quartermaine": a tag that is only owners.
const OWNERS_ONLY = /^\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & |\/)\p{Lu}[\p{L}'.-]*){0,5}\.?$/u;
const TRACKBOT = /^<trackbot> Created (ACTION-\d{1,6}) - .*?(?: - due ([^\]]{1,40}))?\]\.?$/;
// "ACTION: ivan to address …": an IRC nick, written in lower case, as the owner.
const NICK_FIRST = /^([a-z][\w-]{1,20}) (?:to|will) (.+)$/;
// "RWN: Agree and will arrange": a speaker's words, not a task.
const SPEAKER = /^[\p{L}@][\p{L}\d@./-]{0,30}: /u;
const CARRIED_OVER = / ?\((carried (?:over|forward)|c\/f|b\/f)\)/i;
const SECTION = ACTION_SECTION;
const MATTERS_ARISING = EARLIER_ACTIONS_SECTION;

/** Inline actions: ACTION lines, owner-first lines under an Actions heading, and task-list items. */
export function extractInlineActions(source: Source, isOwner: (raw: string) => boolean = () => true): InlineAction[] {
  const actions: InlineAction[] = [];
  const lines = source.lines;
  let section: InlineAction['context'] | null = null;
  let sectionDepth = 0;
  let itemDepth = -1;
  const numbered = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells) {
      // "\t24/01\tDirector of Housing Services to report on … – Complete": a log kept as numbered lines without a header.
      const entry = section ? numberedLogLine(line, isOwner) : null;
      if (entry) actions.push(entry);
      continue;
    }
    const heading = sectionHeading(line);
    if (heading) {
      section = heading;
      sectionDepth = line.kind === 'heading' ? line.depth : 0;
      // "- Next steps" as a bullet: its tasks are the bullets nested under it.
      itemDepth = line.kind === 'item' ? line.depth : -1;
      continue;
    }
    if (section && (endsSection(line, sectionDepth) || (itemDepth >= 0 && (line.kind !== 'item' || line.depth <= itemDepth)))) section = null;

    const closed = CLOSED_IN_PROSE.exec(line.text);
    if (closed) {
      actions.push(closedInProse(line, closed.index));
      continue;
    }
    const marked = readMarked(line);
    if (marked) {
      if (marked.none) continue;
      // W3C minutes list each "Action #n" again in a summary at the end: one action, from its first line.
      if (marked.number !== undefined) {
        if (numbered.has(marked.number)) continue;
        numbered.add(marked.number);
      }
      // "Clerk to add the SID rota to the agenda." / "ACTION: Clerk": a tag on its own line names the owners of the paragraph before it.
      const tagged = marked.ownersRaw === null && OWNERS_ONLY.test(marked.text) && !readOwnerFirst(marked.text) ? previousParagraph(lines, i, actions) : null;
      if (tagged) {
        const owned = readOwnerFirst(tagged.text);
        actions.push(inlineAction({ ownersRaw: marked.text.replace(/\.$/, '') }, owned ? owned.text : tagged.text, null, [...tagged.lines, line], 'inline'));
        continue;
      }
      const { text, lines: spanned } = withContinuation(lines, i, marked.text);
      i += spanned.length - 1;
      const entry = inlineAction(marked, text, line.checked, spanned, 'inline');
      // W3C IRC minutes: the tracker confirms the action on the next line with its number and due date.
      const tracked = TRACKBOT.exec(lines[i + 1]?.text ?? '');
      if (tracked) {
        entry.id = tracked[1];
        if (tracked[2]) entry.dueRaw = tracked[2];
        entry.lines.push(lines[++i].line);
      }
      actions.push(entry);
      continue;
    }
    const glyph = line.checked === null ? TASK_GLYPH.exec(line.text) : null;
    if (line.checked !== null || glyph) {
      const checked = glyph ? glyph[1] !== '\u2610' : line.checked;
      // A plain-text export hard-wraps a task box's text onto the next lines.
      const joined = glyph ? withContinuation(lines, i, line.text.slice(glyph[0].length)) : { text: line.text, lines: [line] };
      i += joined.lines.length - 1;
      const task = readTask(joined.text, isOwner);
      // "Write the runbook (carried over)": an earlier action repeated in this meeting's list is an update of it.
      const carried = CARRIED_OVER.exec(task.text);
      if (carried) {
        task.text = (task.text.slice(0, carried.index) + task.text.slice(carried.index + carried[0].length)).trim();
        task.progress ??= carried[1];
      }
      const entry = inlineAction(task, task.text, checked, joined.lines, section === 'matters-arising' || carried ? 'matters-arising' : 'actions-section');
      if (task.progress) entry.progress = task.progress;
      if (task.dueRaw) entry.dueRaw = task.dueRaw;
      actions.push(entry);
      continue;
    }
    if (section && (line.kind === 'item' || line.blockStart || ENUMERATED.test(line.text) || line.kind === 'text')) {
      const body = line.text.replace(ENUMERATED, '');
      const referenced = section === 'matters-arising' ? readActionReference(body) : null;
      if (referenced) {
        const wording = readOwnerFirst(referenced.wording) ?? { ownersRaw: null, text: referenced.wording };
        const entry = inlineAction(wording, wording.text, null, [line], section);
        entry.ref = referenced.ref;
        entry.progress = referenced.progress;
        actions.push(entry);
        continue;
      }
      // A bullet is an owner-first action only when its first words name someone of the minutes.
      const read = readOwnerFirst(body);
      // In a report on earlier actions, "Police to provide … – chasing" is one by its shape.
      const owned = read && (isOwner(read.ownersRaw) || (section === 'matters-arising' && endsWithProgress(read.text))) ? read : null;
      if (owned) {
        const { text, lines: spanned } = withContinuation(lines, i, owned.text);
        i += spanned.length - 1;
        actions.push(inlineAction(owned, text, null, spanned, section));
      } else if (section === 'actions-section' && line.kind === 'item' && line.depth === itemDepth + 1 && (sameList(lines[i - 1], line) || sectionHeading(lines[i - 1]) !== null) && !/[?:]$/.test(body) && !SPEAKER.test(body)) {
        // "## Next steps" / "- Update the guidance document.": a task with no owner named.
        actions.push(inlineAction({ ownersRaw: null }, body, null, [line], section));
      } else if (section === 'matters-arising' && ENUMERATED.test(line.text) && / [-\u2013\u2014] /.test(body)) {
        // "(a) Noticeboard outside the Co-op to be repaired – complete": progress on an earlier matter, no owner named.
        const progress = body.slice(body.search(/ [-\u2013\u2014] /) + 3);
        if (startsWithStatus(progress)) actions.push(inlineAction({ ownersRaw: null }, body, null, [line], section));
      }
    }
  }
  return actions;
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
  const action: InlineAction = { ownersRaw: found.ownersRaw, text, checked, line: spanned[0].line, lines: spanned.map((l) => l.line), context };
  if (found.narrative) action.narrative = true;
  return action;
}

function sectionHeading(line: Line): InlineAction['context'] | null {
  if (line.text.length > 80) return null;
  if (MATTERS_ARISING.test(line.text)) return 'matters-arising';
  // A bare "Action" line is more often a table's column header flattened by an export than a heading.
  if (SECTION.test(line.text) && (line.kind === 'heading' || (line.blockStart && (line.lead !== null || !/^actions?$/i.test(line.text))))) return 'actions-section';
  // "The following actions from the March meeting were reported on:" introduces updates, not new actions.
  if (line.text.endsWith(':') && ACTION_LEAD_IN.test(line.text)) return /\b(?:from|arising from) (?:the|our|last|previous|earlier)\b/i.test(line.text) ? 'matters-arising' : 'actions-section';
  return null;
}

function endsSection(line: Line, depth: number): boolean {
  if (line.kind === 'heading') return depth === 0 || line.depth <= depth;
  return line.kind === 'text' && line.blockStart && /^(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5})[.:)]?\s+\p{Lu}/u.test(line.text);
}

function readMarked(line: Line): { ownersRaw: string | null; text: string; narrative?: boolean; number?: string; none?: boolean } | null {
  // Removing "**" can join "ac**tion" into "action", so the check runs on the text without them.
  const unbolded = line.text.includes('**') ? line.text.replace(/^\*\*|\*\*/g, '') : line.text;
  if (!ACTION_WORD.test(unbolded)) return null;
  const marker = readActionMarker(unbolded);
  if (!marker) return readTrailingTag(unbolded);
  const body = marker.body;
  // "Action: none", "ACTION – nothing now": the meeting set no action here.
  if (isNoAction(body)) return { ownersRaw: null, text: '', none: true };
  if (marker.number !== null) return { ...readNumbered(body), number: marker.number };
  if (marker.ownersRaw !== null || body === '') return { ownersRaw: marker.ownersRaw, text: body };
  return readOwnerFirst(body) ?? readNick(body) ?? readTrailingOwner(body) ?? { ownersRaw: null, text: body };
}

function readNick(body: string): { ownersRaw: string; text: string } | null {
  const m = NICK_FIRST.exec(body);
  return m ? { ownersRaw: m[1], text: m[2] } : null;
}

/** "Action #2: add test vectors by May 2 (jakob)": W3C scribe minutes put the owners in a closing parenthesis. */
function readNumbered(body: string): { ownersRaw: string | null; text: string } {
  const m = /^(.*\S)\s\(([^()]{1,160})\)\**$/.exec(body);
  if (m) return { ownersRaw: m[2].trim(), text: m[1] };
  return readOwnerFirst(body) ?? { ownersRaw: null, text: body };
}

/** "… revise the policy. Action: TW" → the tag's owners, and the sentence before it as the wording. */
function readTrailingTag(text: string): { ownersRaw: string | null; text: string; narrative?: true } | null {
  let last: RegExpExecArray | null = null;
  TAG_MARKER.lastIndex = 0;
  for (let m = TAG_MARKER.exec(text); m; m = TAG_MARKER.exec(text)) last = m;
  if (!last) return null;
  const owners = text.slice(last.index + last[0].length).trim();
  if (isNoAction(owners)) return null;
  if (!TAG_OWNERS.test(owners)) {
    // "… in 2009. Action: Poster to be displayed on notice boards.": the marker opens the action's own sentence.
    const sentence = owners.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
    if (sentence.split(' ').length < 3) return null;
    return readOwnerFirst(sentence) ?? { ownersRaw: null, text: sentence };
  }
  return { ownersRaw: owners.replace(/\.$/, ''), text: lastSentence(text.slice(0, last.index + 1)), narrative: true };
}

/** "Circulate the paper to members – AB" or "… (AB/CD)" → owner at the end. */
function readTrailingOwner(text: string): { ownersRaw: string; text: string } | null {
  const m = TRAILING_OWNER.exec(text);
  return m ? { ownersRaw: m[2], text: m[1].trim() } : null;
}

/** A PDF or Word export may hard-wrap one action over several lines of the same paragraph. */
function withContinuation(lines: Line[], start: number, first: string): { text: string; lines: Line[] } {
  const spanned = [lines[start]];
  let text = first;
  for (let i = start + 1; i < lines.length && i <= start + 8; i++) {
    const next = lines[i];
    if (next.blockStart || next.cells || next.kind !== 'text' || ENUMERATED.test(next.text) || /^[{<*\u2610-\u2612]/.test(next.text) || readMarked(next)) break;
    if (/[.!?]["”’)]?$/.test(text) && !/^\p{Ll}/u.test(next.text)) break;
    text = `${text} ${next.text}`;
    spanned.push(next);
  }
  return { text, lines: spanned };
}

/** The sentence an owner tag refers to: the last one of its paragraph. */
function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences[sentences.length - 1].trim();
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
  for (let j = index - 1; j >= 0 && j >= index - 8; j--) {
    const line = lines[j];
    if (line.cells || line.kind === 'heading') break;
    spanned.unshift(line);
    if (line.blockStart) break;
  }
  if (spanned.length === 0 || !lines[index].blockStart) return null;
  const first = spanned[0].line;
  if (actions.some((a) => a.lines.includes(first) || a.lines.includes(spanned[spanned.length - 1].line))) return null;
  const text = lastSentence(spanned.map((l) => l.text).join(' '));
  return text ? { text, lines: spanned } : null;
}

/** A two-cell row of a log without a header: an action number, then owner-first wording and progress. */
function numberedLogLine(line: Line, isOwner: (raw: string) => boolean): InlineAction | null {
  const cells = line.cells!.filter(Boolean);
  if (cells.length !== 2 || !/^[A-Z]{0,4}[\d/.-]{1,10}$/.test(cells[0]) || !endsWithProgress(cells[1])) return null;
  const owned = readOwnerFirst(cells[1]);
  if (!owned || !isOwner(owned.ownersRaw)) return null;
  const entry = inlineAction(owned, owned.text, null, [line], 'matters-arising');
  entry.ref = cells[0];
  return entry;
}

/** Whether `line` goes on the list `previous` belongs to: both items, both numbered or both bulleted. */
function sameList(previous: Line | undefined, line: Line): boolean {
  if (previous?.kind !== 'item') return false;
  return /\d/.test(previous.marker ?? '') === /\d/.test(line.marker ?? '');
}
