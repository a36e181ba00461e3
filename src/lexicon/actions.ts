/**
 * The words minutes use to mark an action. One home for these markers: the parser reads actions with
 * `readActionMarker`, and `vawg check` asks the same function whether a line is a well-formed action.
 */

/** What a marker line says: the owners it names (if any), the text after the marker, and a number ("Action #3"). */
export interface ActionMarker {
  /** Owners named by the marker itself: `ACTION (X)`, `Action item for X:`. */
  ownersRaw: string | null;
  /** The text after the marker, trimmed; '' when the marker has nothing after it. */
  body: string;
  /** "3" for `Action #3:`; null otherwise. */
  number: string | null;
  /** True for `ACTION ()` with nothing inside the brackets. */
  emptyOwner: boolean;
  /**
   * True for `AP:` and `AI:`, which scribes also use as a speaker's initials ("AP: Bloomberg uses …"): an action point
   * only when the words after it name an owner first ("AP: Priya to pay …").
   */
  abbreviated?: boolean;
}

// Every marker form contains the word "action" or opens with "AP", "AI" or "@"; most lines of minutes do neither, so callers test this first.
export const ACTION_WORD = /action/i;
// "AP: Priya to pay the deposit", "AP – Finn & Jamal to plan …", "AI: @hkowal to share …": an action point or
// item, in capitals only; "AI(Anjali): Open an issue …" names its owner in brackets.
const ACTION_POINT = /^A[PI](?:\s?\(([^()]{1,60})\))?\s?(?::|[-\u2013\u2014](?=\s))\s*(.*)$/;

// "@Esperanza: ask Brand Management for …": an action addressed to someone, as foundation boards write them.
// Speaker notes take the same shape ("@rvagg: Seems sentiment is …"), so the words after the colon must open
// with a verb in the imperative.
const ADDRESSED = /^@([A-Za-z][\w.'-]{0,30}):\s+([a-z]+)\b(.*)$/;
const IMPERATIVES = new Set(
  ('ask pursue send draft review check contact write update prepare circulate chase confirm arrange email schedule create ' +
    'file post share investigate reach talk add remove fix submit publish book organise organize coordinate invite find ' +
    'get provide report respond raise bring put move follow set open close document research liaise collect compile ' +
    'obtain request notify inform remind ensure identify agree establish explore look work issue order recruit install repair replace renew apply upload deploy merge release announce translate summarise summarize present sign print pay buy purchase deliver distribute design test clarify reply return mail finish complete draw compose assess audit visit meet call phone text lead run hold host ' +
    'pull switch give make take start plan sort train produce finalise finalize quote spec connect sync align introduce demo ' +
    'migrate enable disable configure escalate track capture analyse analyze estimate scope validate verify approve nominate brief amend revise rewrite ' +
    'edit refresh seek secure negotiate source help facilitate outline consult engage inspect measure clean tidy paint trim mend ' +
    'forward thank claim invoice reconcile transfer allocate register archive delete rename prioritise prioritize triage assign reassign ' +
    'benchmark refactor ship launch pilot prototype define decide determine settle convene monitor cut bump backport rebase nudge ' +
    'pair vote trial propose recommend advise collate discuss consider explain attend join')
    .split(' '),
);

/** An owner's field that names no one: "Not assigned", "unassigned", "TBC", "n/a". */
export const NAMES_NO_ONE = /^(?:unassigned|not assigned|no owner|no one|nobody|none|tbc|tbd|n\/a)$/i;

/** Whether the words open with a verb in the imperative, in lower case ("confirm the venue …"). */
export function opensWithImperative(text: string): boolean {
  const space = text.indexOf(' ');
  // "document is copied in many repos": the same word as a noun, before its verb.
  return space > 0 && IMPERATIVES.has(text.slice(0, space)) && !NOUN_READING.test(text.slice(space + 1));
}
/** Whether a word, in any case, is a verb in the imperative that opens a task ("Write", "chase"). */
export function isImperative(word: string): boolean {
  return IMPERATIVES.has(word.toLowerCase());
}
const NOUN_READING = /^(?:is|are|was|were|has|have|had|will|would|should|can|could|may|might|of|seems?)\b/;

/** Whether a line may hold an action marker: the cheap test before `readActionMarker`. */
export function mayHoldActionMarker(text: string): boolean {
  return ACTION_WORD.test(text) || text.startsWith('AP') || text.startsWith('AI') || text.startsWith('@') || opensWordedMarker(text) || FOLLOW_UP.test(text);
}

// ACTION (MOPAC) – text / ACTION (Baljit Ubhey and Betsy Stanko): text / ACTION(All) - text
const WITH_OWNER = /^actions?\s*\(([^()]{0,200})\)\s*([:\-\u2013\u2014.]+\s*)?(.*)$/i;
// Action item for Michael: text / Action for JB – text
const FOR_OWNER = /^actions?(?: items?| points?)? for ([^:]{1,160}):\s*(.*)$/i;
// ACTION Lou: text / Action Sarah P & Mo: text: the owners between the word and the colon, not "Action Items:".
const NAMED_OWNER = /^(?:ACTION|Action) ([A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|&|and))*):\s*(\S.*)$/;
// The words after "Action" that name a list or a field of it, not its owner: "ACTION ITEM:", "Action Points:".
const NOT_OWNER = /^(?:items?|points?|log|required|taken|summary|list|plan|updates?|arising|agreed|notes?|no|number|ref|tracker|officers?|owners?|lead|by|for)\b/i;
// Action Officer: Director Corporate Services – text / Action by: Clerk – text (the officer a resolution tasks)
const OFFICER_DASH = /^action (?:officers?|owners?|by|lead):\s*([^:\u2013\u2014]{1,80}?)\s+[-\u2013\u2014](?:\s+(.*))?$/i;
// Action #3: text (W3C scribe minutes, and their summary list)
const NUMBERED = /^action #(\d{1,3}):\s*(.*)$/i;
const FOLLOW_UP = /^follow[- ]?up(?: action)?\s*:\s*(\S.*)$/i;
// ACTION: Clerk to … / Action – AB to … / ACTION POINT: … / Action item: … / Agreed action: …
const PLAIN = /^(?:agreed |new )?actions?(?: points?| items?)?\s*(?::|[-\u2013\u2014](?=\s|$))\s*(.*)$/i;
// "5.3 ACTION – …": numbered paragraphs, as charities and councils number their minutes.
const PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+/;
// "Direction to staff: The Treasurer to report …", as Ontario councils minute a council's instruction to its officers;
// "To do: Ute Brandl – transfer the hall rent …", as a German association's protocol lists its tasks (a note tool's
// "To Do: [ ] …" tags a task box, read as one; "TODO: add slides" is a note-taker's reminder about the notes).
const WORDED_MARKER = /^(?:directions? (?:given )?to staff|to do(?!:? \[[ xX]?\]))\s*(?::|[-\u2013\u2014](?=\s))\s*(\S.*)$/i;
const opensWordedMarker = (text: string) => { const c = text.charCodeAt(0) | 0x20; return (c === 0x64 || c === 0x74) && WORDED_MARKER.test(text); };
// What follows a marker when the meeting set no action: "Action: none", "ACTION – n/a", "Action: nothing further."
const NO_ACTION = /^(?:none|nothing|nil|n\/a|no (?:new |further )?actions?|not applicable)\b/i;

/** The marker at the start of a line of minutes ("ACTION (X) –", "Action item:", "Action #2:"), or null. */
export function readActionMarker(lineText: string): ActionMarker | null {
  const text = isDigit(lineText.charCodeAt(0)) ? lineText.replace(PARAGRAPH_NUMBER, '') : lineText;
  const point = text.startsWith('AP') || text.startsWith('AI') ? ACTION_POINT.exec(text) : null;
  if (point) return { ownersRaw: point[1]?.trim() ?? null, body: point[2].trim(), number: null, emptyOwner: false, abbreviated: point[1] === undefined };
  const addressed = text.startsWith('@') ? ADDRESSED.exec(text) : null;
  if (addressed && opensWithImperative(`${addressed[2]}${addressed[3]}`)) return { ownersRaw: addressed[1], body: `${addressed[2]}${addressed[3]}`.trim(), number: null, emptyOwner: false };
  const worded = opensWordedMarker(text) ? WORDED_MARKER.exec(text) : null;
  if (worded) return { ownersRaw: null, body: worded[1].trim(), number: null, emptyOwner: false };
  // "Follow-up: Management Office to obtain quotations …", as management committees mark what is to be done.
  const followUp = (text.charCodeAt(0) | 0x20) === 0x66 ? FOLLOW_UP.exec(text) : null;
  if (followUp) return { ownersRaw: null, body: followUp[1].trim(), number: null, emptyOwner: false };
  const c = text.charCodeAt(0) | 0x20;
  // Every other form starts with "action" or "agreed"/"new": one letter rules out most lines before any search.
  if ((c !== 0x61 && c !== 0x6e) || !ACTION_WORD.test(text)) return null;
  const withOwner = WITH_OWNER.exec(text);
  // "action (neonatal workforce) was subject to …": a sentence wrapped onto the line, its verb straight after the bracket.
  if (withOwner && !withOwner[2] && NOUN_READING.test(withOwner[3])) return null;
  if (withOwner) return { ownersRaw: withOwner[1].trim() || null, body: withOwner[3].trim(), number: null, emptyOwner: withOwner[1].trim() === '' };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { ownersRaw: null, body: numbered[2].trim(), number: numbered[1], emptyOwner: false };
  const officer = OFFICER_DASH.exec(text);
  if (officer) return { ownersRaw: officer[1].trim(), body: (officer[2] ?? '').trim(), number: null, emptyOwner: false };
  const forOwner = FOR_OWNER.exec(text);
  if (forOwner) return { ownersRaw: forOwner[1].trim(), body: forOwner[2].trim(), number: null, emptyOwner: false };
  const named = NAMED_OWNER.exec(text);
  if (named && !NOT_OWNER.test(named[1])) return { ownersRaw: named[1], body: named[2].trim(), number: null, emptyOwner: false };
  const plain = PLAIN.exec(text);
  if (plain) return { ownersRaw: null, body: plain[1].trim(), number: null, emptyOwner: false };
  return null;
}

// "ACTION (Jo Bloggs, Sam Lee &", "Action Officer: Jo Bloggs and", "Action item for Jo Bloggs and Sam": the owners are
// still open at the end of the line.
const OPEN_OWNER_BRACKET = /^(?:actions?\s*\([^()]{0,200}|action (?:officers?|owners?|by|lead):[^:\u2013\u2014]{0,120}|actions?(?: items?| points?)? for [^:]{1,120})$/i;

/**
 * True when a line opens `ACTION (` and a hard wrap carries the owners and the closing bracket onto the
 * next line; the marker is read from the two lines joined.
 */
export function opensOwnerBracket(lineText: string): boolean {
  return (lineText.charCodeAt(0) | 0x20) === 0x61 && OPEN_OWNER_BRACKET.test(lineText);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// Action 23/14 (Clerk to obtain quotes): quotes obtained; complete.
const REFERENCE = /^action (\d{1,4}(?:[/.-]\d{1,4})?) \(([^()]{1,300})\):? (.+)$/i;

/** An earlier action named by its number, with its wording in brackets and the progress after them; null otherwise. */
export function readActionReference(text: string): { ref: string; wording: string; progress: string } | null {
  const m = REFERENCE.exec(text);
  return m ? { ref: m[1], wording: m[2].trim(), progress: m[3].trim() } : null;
}

/** True when the words after a marker say there is no action ("none", "nothing now", "n/a"). */
export function isNoAction(body: string): boolean {
  return NO_ACTION.test(body);
}

/** "… revise the policy. Action: TW" — an owner tag closing a paragraph. */
// "… to book the roofers. ACTION GA": in capitals, the tag needs no colon before the owners' initials.
// "… on a sensor. (Action: Declan)": in brackets.
export const TRAILING_TAG = /[.!?]\s+\(?(?:[Aa]ctions?|ACTIONS?)\s*[:\u2013\u2014-]\s*|[.!?]\s+ACTIONS? (?=[A-Z][A-Za-z]{1,3}\b)/g;

// The three heading patterns below are written in lower case and run on the line in lower case
// (lowerCaseForMatching), without the i flag: a pattern that ignores case costs V8 twice as much to compile.

/** Headings over the meeting's topics ("## Talking points" in Fellow): a box ticked there is a topic discussed, no task. */
export const TOPICS_HEADING = /^(?:talking points|agenda(?: items)?|discussion (?:topics|points|items)|topics(?: discussed)?)$/i;

/** Headings and labels that open a list of this meeting's actions ("Action items", "Next steps", "To do"). */
export const ACTION_SECTION = /^(?:\d{1,3}[.:)]?\s+|[ivx]{1,5}[.:)]\s+)?(?:summary of |new |agreed |management |board |staff )?(?:actions?(?: items?| points?| agreed| arising| list| log| summary| required)?|next steps|follow[- ]ups?(?: tasks| items| actions)?|to ?dos?|tasks|directions? (?:given )?to staff)\s*:?$/;

// The number before such a heading ("4. ", "tc/12/101 ", "24/105 "), read apart from the heading's words: in one
// pattern with them it made V8 compile the long list of headings once for each way the line may open.
// No heading opens with a digit or has a slash among its first words, so the result is the same.
// "min. 13/ca/agri/2025: ": a committee's minute number, its letters between the number and the year.
export const HEADING_NUMBER = /^(?:\d{1,3}[.:)]? |[a-h][.)] |(?:[a-z]{1,5}|\d{1,4})\/[\d/]{1,10}\.? {1,2}|[a-z]{1,4}\.\d{2}\.\d{1,3} |min\.? \d{1,4}\/(?:[a-z]{1,8}\/){1,3}\d{2,4}: )/;

/** Whether a line, in lower case, is a heading that opens a report on earlier meetings' actions. */
export function isEarlierActionsSection(lower: string): boolean {
  return EARLIER_ACTIONS_SECTION.test(lower.replace(HEADING_NUMBER, ''));
}

/** The words of such a heading, after its number. */
export const EARLIER_ACTIONS_SECTION = /^(?:the following )?(?:matters arising|(?:old|unfinished) business(?: [\u2013\u2014-] [^:]{1,40})?|business arising(?: from (?:the )?(?:previous|last) (?:minutes|meeting))?|actions? from (?:the )?(?:previous|last) (?:meetings?|time|checkpoint|session|call|catch-up|review)|(?:outstanding|pending|completed|closed|open) action(?: item| point)?s|previous (?:actions?(?: items| points)?|ais)|follow[- ]ups? (?:on|of|to) (?:the )?(?:prior|previous|earlier|outstanding|open) action(?: item| point)?s|review(?: of)? (?:(?:previous|outstanding|open) )?action(?: item| point)?s|action log review|progress on actions|actions? (?:update|review)|(?:review of )?(?:the )?last (?:week|meeting|sync|time|retro|retrospective|sprint|session|call)['\u2019]s (?:action(?: item| point)?s|tasks|to-?dos)|(?:actions?|action items) from (?:the )?(?:review of )?[a-z]{2,8}-\d{1,6}(?: \([^()]{1,30}\))?(?: [\u2013\u2014-] review)?|(?:actions?|action items|action points|follow[- ]ups) from (?:the |our )?(?:last|previous|prior) (?:sync|call|week|meetings?)|(?:actions?|action items|action points) carried (?:over |forward )?from [\w ,]{3,30}|carried (?:over |forward )?from (?:the )?(?:last|previous) (?:week|meeting|sync|call)|carried (?:over|forward)|outstanding from (?:last time|(?:the )?last meeting|(?:the )?previous meeting)|status (?:of|on) (?:the )?(?:action |open |outstanding )?(?:items|actions)(?: from (?:the )?[\w ,]{3,40})?|(?:actions?|follow[- ]ups) from the [a-z]{3,9}(?: \d{4})? meeting(?: were reported)?|(?:actions?|action items|action points|follow[- ]ups|follow[- ]up items) from (?:the )?(?:meeting (?:of|on) )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}(?: \d{4})?|[a-z]{3,9} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)(?: meeting)?)(?: from [\w /.,]+)?(?: ?\([^()]*\))? ?:?$/;

/**
 * Words one of which each of the three patterns around this one (ACTION_SECTION, EARLIER_ACTIONS_SECTION,
 * ACTION_LEAD_IN) needs: on a line with none of them, those long patterns are not tried (nor compiled).
 */
export const SECTION_WORDS = /action|previous ais|matters arising|business arising|old business|unfinished business|follow|next steps|to ?do|task|to staff|carried|status o/i;

/** A line that introduces this meeting's actions in prose: "The following follow-up items were recorded:". */
/** A line that introduces a report on earlier actions: "Naomi Okafor took the board through the open actions from 9 September:". */
export const EARLIER_ACTIONS_LEAD_IN = /\b(?:open|outstanding|previous|earlier|existing) (?:actions|action items|action points|tasks)\b[^:]{0,40}:$/;
export const ACTION_LEAD_IN = /\b(?:the following|these) (?:follow[- ]up items|actions|action items|action points|tasks|next steps)\b[^:]{0,40}:$/;

// "… – Pending", "… — Red", "… - c/f": a short phrase after a dash at the end of an action line.
const TRAILING_PHRASE = / [-\u2013\u2014] ([^\s\u2013\u2014-][^\u2013\u2014]{0,19})$/;
// A RAG rating written as a word or a capital letter ("– Amber", "– G"); letters only in capitals, as ratings are written.
const RAG_WORD = /^(?:red|amber|green|blue|[RAGB])$/i;

/**
 * "Circulate the paper – Complete" → the wording and the status word closing it; null when the line does
 * not end in a status. The status words are those of `lexicon/status.ts` (`isStatus`); a phrase of at
 * most three words counts when it is one status ("In progress"), so "– Open day" or "– done by the clerk"
 * stay part of the text.
 */
export function readTrailingStatus(text: string, isStatus: (phrase: string) => boolean): { text: string; status: string } | null {
  // Only the end of the line is searched: a status phrase is at most 20 characters.
  const tail = text.length > 24 ? text.slice(-24) : text;
  const m = TRAILING_PHRASE.exec(tail);
  if (!m) return null;
  const phrase = m[1].replace(/\.$/, '').trim();
  // "In progress", "Keep open", "Not started" are statuses; "Open day flyers" starts with one and says more.
  const words = phrase.split(' ');
  const ok = (phrase.length === 1 ? /^[RAGB]$/.test(phrase) : RAG_WORD.test(phrase)) || (words.length <= 3 && isStatus(phrase) && (words.length === 1 || !isStatus(words[0])));
  return ok ? { text: text.slice(0, text.length - tail.length + m.index).trimEnd(), status: phrase } : null;
}

/**
 * "Update the risk register (Chair, Treasurer)", "Book the deep-dive [Jordi Puig-Serra]" → the wording and what the
 * closing parenthesis or square bracket holds; null otherwise.
 */
export function readTrailingParenthesis(text: string): { text: string; inside: string } | null {
  const closer = text.endsWith(']') ? ']' : ')';
  const end = text.endsWith(`${closer}.`) ? text.length - 2 : text.endsWith(closer) ? text.length - 1 : -1;
  if (end < 0) return null;
  const open = text.lastIndexOf(closer === ']' ? '[' : '(', end);
  if (open <= 0 || end - open > 160 || text.charCodeAt(open - 1) !== 0x20) return null;
  const inside = text.slice(open + 1, end).trim();
  const before = text.slice(0, open).trim();
  return inside && before && !inside.includes(')') ? { text: before, inside } : null;
}

/**
 * Task boxes typed as characters in plain-text exports (☐ open, ☑ / ☒ done), and boxes written in brackets with no
 * list marker (`[]` in wiki markup), perhaps after a note-taking tool's tag ("To Do: [ ] Olu – check the forms", "[x] Hannah – move …").
 */
export const TASK_GLYPH = /^(?:to ?do:\s*)?([\u2610\u2611\u2612]|\[[ xX]?\])\s?/i;

/**
 * Marks that chat and note tools put before a task, as characters or as Slack and GitHub shortcodes: ✅ done; ⏳ in
 * progress, ❌ not done, ⚠ at risk, ⬜ to do, all open. Unlike a box, a mark makes a task only before an owner ("✅ @dgreen cut
 * the release"); "✅ Decision: …" marks a decision.
 */
export const STATUS_MARK = /^(\u2705|\u2714\ufe0f?|\u2611\ufe0f|\u23f3|\u231b|\u274c|\u2717|\u2718|\u26a0\ufe0f?|\u2b1c|\u{1f532}|\u{1f504}|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|hourglass(?:_flowing_sand)?|x|black_square_button|white_square_button|white_large_square|arrows_counterclockwise):)\s?/u;

/** Whether a STATUS_MARK says the task is done. */
export function isDoneMark(mark: string): boolean {
  return /^(?:\u2705|\u2714|\u2611|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)/u.test(mark);
}

/**
 * The state Logseq and Org mode write before a task in a list ("- TODO [[Jo]] book the hall", "- DONE …", "- LATER …"),
 * or Roam as a button ("- {{[[TODO]]}} …"),
 * in capitals and perhaps with a priority ("TODO [#A] …"); read as a task box. Not before a word in capitals
 * ("NOW THEREFORE BE IT RESOLVED") nor a dash ("NOW - last chance for …").
 */
export const TASK_KEYWORD = /^(?:\{\{\[\[)?(TODO|DOING|NOW|LATER|WAITING|IN-PROGRESS|DONE|CANCEL+ED)(?:\]\]\}\})?(?: \[#[A-C]\])? (?![A-Z]{2}|[-\u2013\u2014])/;

/** Whether a TASK_GLYPH box or a TASK_KEYWORD says the task is done. */
export function isTickedGlyph(glyph: string): boolean {
  if (/^[A-Z]/.test(glyph)) return /^(?:DONE|CANCEL+ED)$/.test(glyph);
  return glyph !== '\u2610' && glyph !== '[ ]' && glyph !== '[]';
}

/** Who, when and how far, written under an action as labelled fields. */
export interface ActionFields {
  ownersRaw: string | null;
  dueRaw: string | null;
  status: string | null;
}
// "Lead: Chief Officer      Due: 27 August 2025", "Owner: Clerk; Deadline: 30 June", "Responsible officer: …",
// "Responsible: CEO; Timeline: 31st March, 2025":
// labels that open a line under an action's wording, one or more to the line.
const FIELD_LABEL = /(?:^|[\s;,|]\s*)(lead(?: officer)?|owners?|responsible(?: officer| person)?|assigned to|assignees?|action by|by whom|who|due(?: date| by)?|deadline|scheduled|target(?: date)?|timescales?|timelines?|by when|completion date|status):\s*/gi;
const OWNER_FIELD = /^(?:lead|owner|responsible|assign|action by|by whom|who)/i;
const STATUS_FIELD = /^status/i;

/** "Lead: Chief Officer      Due: 27 August 2025" → its owners and due date; null when the line does not open with such a label. */
export function readActionFields(text: string): ActionFields | null {
  if (!/^[A-Za-z ]{2,20}:/.test(text)) return null;
  const found = [...text.matchAll(FIELD_LABEL)];
  if (found.length === 0 || found[0].index !== 0) return null;
  const fields: ActionFields = { ownersRaw: null, dueRaw: null, status: null };
  for (let k = 0; k < found.length; k++) {
    const start = found[k].index + found[k][0].length;
    // Org mode and Logseq write the date in angle brackets: "DEADLINE: <2025-12-05 Fri>".
    const value = text.slice(start, found[k + 1]?.index ?? text.length).replace(/[\s;,|]+$/, '').replace(/^<([^<>]+)>$/, '$1');
    if (!value) continue;
    const label = found[k][1];
    if (OWNER_FIELD.test(label)) fields.ownersRaw ??= value;
    else if (STATUS_FIELD.test(label)) fields.status ??= value;
    else fields.dueRaw ??= value;
  }
  return fields.ownersRaw !== null || fields.dueRaw !== null || fields.status !== null ? fields : null;
}

// "Clerk to write …", "Mr. Dwane will arrange …", "The Secretary agreed to circulate …": a few capitalised words, then
// "to", "will" or "agreed to" and a verb in lower case. Tried only where a sentence starts.
// "The Clerk was directed to place …", "The Chief Officer undertook to submit …": tasks given or taken on, as
// Commonwealth committees minute them.
export const PROSE_TASK_VERB = '(?:to|will|agreed to|undertook to|(?:was|were) (?:directed|requested|asked|tasked) to)';
// "The Director of Public Health agreed to …": an office's name may hold "of".
export const PROSE_TASK_START = new RegExp(String.raw`(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|[A-Z][a-z]+ member [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&|of)){0,4}) ${PROSE_TASK_VERB} (?:also |now )?(?!be\b|have\b|not\b|the\b|a\b|an\b)[a-z]`, 'y');
// "Clerk to write …", "All members to bring …", "The strata manager to issue …": an instruction, as telegraphic as
// minutes give it.
export const INSTRUCTION = /^(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4}) to (?:also |now )?[a-z]/;
// "Cllr Ambrose to obtain a price …", "The Clerk will write …": a person by title, or the clerk, given a task; a line
// opening so starts a sentence of its own, even where a hard wrap left the one before it without a full stop.
export const TITLED_INSTRUCTION = /^(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?|(?:The )?Clerk) (?:to|will) [a-z]/;
// "Directed staff to return with …", "The Board directed the County Administrative Officer to report …", "Council
// directed staff to …": a body's
// direction to its officers, as US action minutes record it.
export const DIRECTED = /(?:(?:The )?(?:Board|Council|City Council|Commission|Committee) )?[Dd]irected (staff|(?:the )?[A-Z][\w.'\u2019-]*(?: (?:of|for|and|&|the|[A-Z][\w.'\u2019-]*)){0,6}) to (?=[a-z])/y;
// "Staff will return with …": a body's officers, owners of a task by that name.
export const STAFF = /^(?:staff|officers|management)$/i;
/** "All", "Everyone", "All members to bring a raffle prize": the whole meeting as an action's owner. */
export const GROUP_OWNER = /^(?:all|everyone|everybody|all members|staff)\b/i;
// "We ask Kenneth Blyth to write …": a meeting asks one of its number to act.
export const WE_ASK = /We ask ((?:[A-Z][\w.'\u2019-]*(?: |$)){1,4})to (?=[a-z])/y;
// "He will send the leaflets.": a task given to the person the sentence before names.
export const PRONOUN_TASK = /(?:He|She) (?:will|agreed to) (?:also )?(?!be\b|have\b|not\b)(?=[a-z])/y;
