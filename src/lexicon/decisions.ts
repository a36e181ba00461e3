/**
 * The words minutes use to record a decision: RESOLVED, RESOLUTION, Decision, Agreed, APPROVED, NOTED,
 * W3C's `RESOLVED:` and `Resolution #n:`. One home for these markers, shared by the parser and `vawg check`.
 */

/** A decision marker at the start of a line; group 1 holds the number of a `Resolution #n`. */
// A Welsh council's bilingual marker puts the Welsh first: "PENDERFYNWYD / RESOLVED:", "CYTUNWYD / AGREED:". A project
// board numbers its decisions: "D-07: The minutes … were approved". A Commons committee's formal minutes record an
// order beside its resolutions: "Ordered, That the written evidence … be reported to the House". A company board's
// minutes open a paragraph with "Resolved that …".
export const DECISION_MARKER = /^(?:(?:PENDERFYNWYD|CYTUNWYD|Penderfynwyd|Cytunwyd) ?\/ ?)?(?:RESOLVED|RESOLUTION|DECISION|DECIDED|AGREED|APPROVED|NOTED|Resolution (?:#|No\.? ?)?([A-Z\d][\w/.-]{0,20})(?=:)|(?:Resolved|Resolution|Decision|Decided|Agreed|Approved|Noted)(?=\s*[:,\u2013\u2014-])|Resolved(?= that )|(?:CONSENSUS|Consensus)(?=\s*:)|(?:Decisions?|DECISIONS?) (?:made|taken|MADE|TAKEN)(?=\s*:)|Ordered(?=, That )|D-\d{1,3}(?=:))\b\s*(?:[:,\u2013\u2014-]\s*)?/;

/** The words DECISION_MARKER's forms open with, in lower case ("d" of "D-07"). */
const MARKER_FIRST_WORDS = new Set(['penderfynwyd', 'cytunwyd', 'resolved', 'resolution', 'decision', 'decisions', 'decided', 'agreed', 'approved', 'noted', 'consensus', 'ordered', 'd']);

/** False for a text DECISION_MARKER cannot match: every form opens with one of those words (its letters then no other). */
export function mayOpenDecisionMarker(text: string): boolean {
  return MARKER_FIRST_WORDS.has(LEADING_LETTERS.exec(text)![0].toLowerCase());
}
const LEADING_LETTERS = /^[A-Za-z]*/;

/** A line of a recorded vote ("AYES: Supervisors A and B", "NOES: None", "Abstained: C"). */
/** A table's column of decisions ("ID | Decision | Owner | Status"). */
export const DECISION_COLUMN = /^decisions?(?: taken)?$/i;
/** A decision's status that says it is not yet made, or was not: "(?) Pending – revisit …", "Rejected", "Deferred". */
export const UNDECIDED_STATUS = /^\W*(?:pending|proposed|draft|open|rejected|deferred|withdrawn|superseded|tbc|tbd)\b/i;

/** "Ship the shortened form to 100% on web #decision", "#[[Decision]] Keep five steps": a note tool's tag marks the line a decision. */
export const DECISION_TAG = /^(.+?)\s+#(?:\[\[)?(?:decision|decided|decisions)(?:\]\])?$|^#(?:\[\[)?(?:decision|decided)(?:\]\])?\s+(.+)$/i;

export const VOTE_TALLY = /^(?:ayes?|noes?|nays?|yeas?|abstain(?:ed|s|ing)?|abstentions?|recused)\s*:/i;

/** "Consensus: none.", "Decision: deferred": a marker that records no decision. */
export const NO_DECISION = /^(?:none|nil|n\/a|no consensus|not reached|deferred|postponed)\b/i;

/** RESOLVED inside a paragraph, after the end of a sentence ("… no amendments. RESOLVED: That …"). */
export const MIDLINE_RESOLVED = /[.!?)a-z\d] RESOLVED\b[:\u2013-]? ?(?:[•\u2022-] )?/g;

/** "NOW, THEREFORE, BE IT RESOLVED, that …": the operative clause of a formal resolution after its WHEREAS clauses. */
export const BE_IT_RESOLVED = /\b(?:BE IT|[Bb]e it) (?:FURTHER |[Ff]urther )?(?:RESOLVED|[Rr]esolved)\b,?:? ?/g;

/** Whether the text holds a BE_IT_RESOLVED clause (the global pattern keeps state between searches). */
export function opensFormalResolution(text: string): boolean {
  BE_IT_RESOLVED.lastIndex = 0;
  const found = BE_IT_RESOLVED.test(text);
  BE_IT_RESOLVED.lastIndex = 0;
  return found;
}

/**
 * A motion set out as a block, as councils minute them: a heading ("COUNCIL RESOLUTION 2025/001", "MOTION"), the
 * mover and seconder ("Moved: Cr A   Seconded: Cr B"), the wording ("That Council …", perhaps in numbered parts),
 * and the outcome on a line of its own ("CARRIED 6/0", "LOST", "The motion was WITHDRAWN …").
 */
// "Resolution number KV/2025/61": a council's register number, letters before its digits.
// "Motion 1 – Trades Council affiliation": a numbered motion may carry its title.
export const MOTION_BLOCK_HEADING = /^(?:(?:COUNCIL|COMMITTEE|BOARD|Council|Committee|Board) )?(?:RESOLUTION|MOTION|Resolution|Motion)(?: (?:No\.? ?|NO\.? ?|#|[Nn]umber |NUMBER )?(?:[A-Z]{1,6}[/-])?\d[\w/.-]{0,15}(?: [\u2013\u2014-] [^:]{1,80})?)?:?$/;
/** "Resolution 1 (Ordinary): To receive the accounts …", "Motion #2025-14: Moved by …": a numbered resolution with its wording on the same line. */
export const NUMBERED_RESOLUTION = /^(?:RESOLUTION|Resolution|MOTION|Motion) (?:(?:No\.? ?|NO\.? ?)?\d{1,3}[a-z]?|#?\d{4}[-/]\d{1,3})(?: \([^()]{1,30}\))?:\s+(\S.*)$/;
/**
 * "Résolution n° 2025-041 / Resolution No. 2025-041", "ADOPTÉE / CARRIED": a bilingual line gives the other language
 * first and English after the slash; the English is read.
 */
export function englishSide(text: string): string {
  const slash = text.indexOf(' / ');
  return slash > 0 ? text.slice(slash + 3) : text;
}
export const MOVER_LINE = /^(?:moved|mover|proposed|proposer|seconded|seconder)\b/i;
/** "Moved: A  Seconded: B  Carried unanimously": the outcome at the end of the mover's line. */
export const OUTCOME_AFTER_MOVERS = /\s(carried|adopted|passed|agreed|lost|defeated|failed|withdrawn|fell)\b[^:]*$/i;
export const BLOCK_OUTCOME = /^(?:(?:the )?(?:motion|resolution|recommendation) (?:was )?(?:put and )?)?(carried|adopted|passed|agreed|lost|defeated|failed|withdrawn|fell)\b/i;
/** The outcomes that make a motion block a decision. */
export const BLOCK_DECIDED = /^(?:carried|adopted|passed|agreed)$/i;

/** "## Decisions", "Decisions made:", "Key decisions": a section whose list items are the meeting's decisions. */
export const DECISION_SECTION = /^(?:\d{1,2}[.)]?\s+)?(?:key |summary of )?decisions?(?: (?:made|taken|agreed|log|record))?:?$/i;

/** Bold lead words that are decision markers ("**Agreed:** …"). */
export const DECISION_LEAD = /^(?:resolved|resolution|decision|decided|agreed|approved|noted)$/i;

/** One part of a multi-part resolution: "(1) …", "b) …", "(ii) …", and "1. That …" (a dot only before "That"). */
export const DECISION_PART = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})(?:\)|\.(?=\s+[Tt]hat\b))\s+(.+)$/;

/** "It was RESOLVED:", "After discussion, it was resolved that:" closing its line: a lead-in to the parts listed below it. */
export const PARTS_LEAD_IN = /^(?:[A-Z][^.:;,]{0,40}, i|I)t was (?:unanimously )?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)(?: that| THAT)?\s?:?$/;

/**
 * "The Board:", "The Committee resolved:": the body as the subject of the parts listed below it, each opening with
 * what it did ("• noted the report;", "(a) approved the transfer …"), as Scottish boards and committees minute them.
 */
export const BODY_LEAD_IN = /^The (?:[A-Z][\w'-]* ){0,3}(?:Board|Committee|Sub-Committee|Panel|Council|Cabinet|Governors|Trustees|Group|Forum|Commission|Authority|Partnership|IJB|Executive|Court|Senate|Assembly)(?: (?:unanimously )?(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)(?: that| THAT| to| TO)?)?\s?:(?: ?[-\u2013])?$/;
/**
 * "This Union Resolves:" over a motion's numbered parts, as students' unions and union branches write motions
 * (after "This Union Notes:" and "This Union Believes:", which decide nothing); the vote after them
 * ("For 23, Against 4, Abstain 2 – PASSES") says whether they were decided.
 */
export const RESOLVES_LEAD_IN = /^This (?:Union|Council|Assembly|Guild|Society|Association|Branch|Conference|Senate|Parliament) Resolves(?: to)?\s?:?$/i;
export const MOTION_RESULT = /\b(PASSES|PASSED|CARRIED|FALLS|FALLEN|FAILS|FAILED|LOST|DEFEATED|Passes|Passed|Carried|Falls|Fails|Failed|Lost|Defeated)\b/;
export const RESULT_DECIDED = /^(?:passe[sd]|carried)$/i;

/** What a body did, opening one of the parts under BODY_LEAD_IN. */
export const BODY_ACTION_VERB = /^(?:noted|agreed|approved|resolved|decided|endorsed|ratified|adopted|accepted|confirmed|recommended|requested|instructed|delegated|authori[sz]ed|supported|welcomed|considered|received|reviewed|commended)\b/i;

/** Parts written on one line: "(1) key rotation …; (2) retired keys …". */
export const INLINE_PART = /(?:^|[;,]\s+(?:and\s+)?)\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/g;

/** "M/S/C" and the movers in brackets after it ("M/S/C (Ortega/Hale) "): the marker, no part of what was decided. */
export const MOVED_SECONDED_CARRIED = /(?:^|(?<=[.:;!?,] ))m\/s\/c(?: \([^()]{1,60}\))? (?=to\b)/;

/**
 * Sentences in which the meeting itself decides; in lower case, for the line in lower case (lowerCaseForMatching),
 * as is MOTION_OUTCOME. In order, each with words one of which it cannot match without: a text with none of
 * them skips the pattern (and its compiling).
 */
export const DECISION_SENTENCE_FORMS: readonly { needs?: readonly string[]; pattern: RegExp }[] = [
  // "The minutes of Area Meeting held on 12 March 2025, having been circulated, are signed by the clerk."
  // "… were read and adopted", "… were taken as read and approved": read before they were approved ("read and
  // signed" tells only that they were signed).
  // "The agenda was adopted as read …": the order of business, agreed as the minutes are.
  { needs: ['minutes', 'notes', 'agenda'], pattern: /\b(?:the )?(?:minutes|notes|agenda)(?: of [^;]{1,80}?)? (?:(?:were|was) (?:(?:(?:taken as )?read(?:,| and) )?(?:agreed|approved|confirmed|accepted|adopted)|signed)|are signed)\b/ },
  // "We agree to release £10,000 …", "We appoint Bridget Lamb …": a Quaker meeting's minute in its own words.
  // "The minutes of the meeting in hunc effectum … were also approved as a true record." (A pattern of its own: "also" in
  // the one above makes it far slower to prove safe.)
  { needs: [' also '], pattern: /\b(?:minutes|notes|agenda)\b[^;.]*? (?:were|was) also (?:agreed|approved|confirmed|accepted|adopted)\b/ },
  { needs: ['we '], pattern: /(?:^|(?<=[.!?] ))we (?:agree|appoint|release|accept|approve|adopt)\b/ },
  { needs: ['it was '], pattern: /\bit was (?:unanimously )?(?:agreed|resolved|decided|approved|noted and agreed)\b/ },
  { needs: ['minutes of '], pattern: /\b(?:the )?minutes of (?:the )?(?:last|previous|meeting)\b[^.;]*?\b(?:were|was) (?:(?:taken as )?read(?:,| and) )?(?:agreed|approved|confirmed|accepted|signed|adopted)\b/ },
  // "The Session agreed …": a kirk session, a vestry or a parochial church council decides as the body it is.
  { pattern: /\b(?:the )?(?:board|committee|panel|governors|trustees|council|cabinet|members|group|forum|sub-committee|commission|team|wg|working group|tsc|steering committee|senate|session|vestry|pcc|synod|presbytery|chapter|assembly|meeting) (?:unanimously )?(?:approved|agreed|resolved|endorsed|ratified|adopted|signed off|decided)\b(?! to (?:consider|look|discuss))/ },
  // "Both sides agreed that …", "All agreed to …", "Everyone agreed …": the people at the meeting, all of them.
  { needs: ['all ', 'both ', 'everyone'], pattern: /(?:^|(?<=[.!?] ))(?:both (?:sides|teams|parties|organi[sz]ations|companies)|all parties|all present|all|everyone) (?:unanimously )?agreed\b(?! to (?:consider|look|discuss))/ },
  // "Treasurer's report accepted – moved Warren Fitzgibbon, seconded Ray Di Marco, carried.": what was decided, then the
  // motion's movers and outcome after a dash, as clubs minute their formalities.
  { needs: ['seconded'], pattern: /[\u2013\u2014-] (?:moved|proposed)(?: by)? [^,;]{2,60}[,;] seconded(?: by)? [^,;]{2,60}[,;] (?:and )?carried\b/ },
  // "Consensus of the Board to keep the overlay …", "It was the consensus of the Council that …": a work session's decision.
  { needs: ['consensus'], pattern: /(?:^|(?<=[.!?] ))(?:it was the )?consensus of the (?:board|council|commission|committee|commissioners|members|group|meeting) (?:was )?(?:to|that)\b/ },
  // "Agreed to spend £450 on …", "Agreed that the party will be on …": a sentence of informal minutes opening with the verb.
  // "agreed we'd go for the 5 year lease": the same in notes typed as spoken.
  { needs: ['agreed '], pattern: /(?:^|(?<=[.!?] ))(?:unanimously )?agreed (?:unanimously )?(?:to|that|we['\u2019]d|we would|we will)\b(?! (?:consider|look|discuss))/ },
  // "Minutes agreed - no changes.", "Notes of the last meeting approved.": the record approved, in a sentence without "were".
  { needs: ['minutes ', 'notes '], pattern: /(?:^|(?<=[.!?] ))(?:the )?(?:minutes|notes)(?: of (?:(?! be )[^;.]){1,80}?)? (?:agreed|approved|accepted|adopted|confirmed|signed)\b(?! by (?!the (?:meeting|committee|board)))/ },
  // "M/S/C to approve the minutes …", "M/S/C (Ortega/Hale) to pay the bills": moved, seconded and carried, as US union and
  // club minutes shorten a motion.
  { needs: ['m/s/c'], pattern: MOVED_SECONDED_CARRIED },
  // "Approved by General Consent.", "Committee reports approved as submitted by general consent."
  { needs: [' consent'], pattern: /\b(?:approved|adopted|accepted|agreed)(?: as (?:submitted|presented|circulated|amended|written))? by (?:general|unanimous) consent\b/ },
];
/** The patterns alone. */
export const DECISION_SENTENCES = DECISION_SENTENCE_FORMS.map((form) => form.pattern);

/**
 * Every sentence pattern has one of these verbs (or "consent", "consensus") after a space or first; one search for them lets most lines
 * skip all three. The words share one space: run on every line, the search is a third faster than with one each.
 */
export const DECISION_VERB = /(?:^| )(?:agreed?|appoint|release|resolved|decided|approved|confirmed|accepted|signed|adopted|endorsed|ratified|carried|passed|consent\b|consensus\b|m\/s\/c)/i;

/** "… the motion that the Council adopt the policy was carried": the outcome, found before its sentence is checked for "the motion". */
export const MOTION_OUTCOME = / (?:was|were) (?:carried|passed)\b/;

/**
 * A motion at the start of a line, with its mover or its wording: "Motion by X, seconded by Y, to …", "A motion
 * was made by X and seconded by Y to …", "It was moved by X and seconded by Y to …", "Proposed by X, seconded by
 * Y, that …", "It was proposed and seconded that …", "Motion to approve …", "Motion: To approve … Moved by X.", "Motion: That …",
 * "MOTION: Director Henning moved to approve …"
 * Anchored, so the test costs little on every line; the reader then looks for the outcome.
 */
export const MOTION_START = /^(?:(?:a |the )?motion (?:was )?(?:made |moved |put )?(?:by|from) |motion: (?=to |that |[\w.' -]{1,60}? (?:moved|proposed) )|motion (?:\([^()]{1,40}\):? )?(?=to |that )|(?:it was )?(?:duly )?(?:moved|proposed)(?: by | and seconded\b))/i;

/** "On motion of Supervisor A, seconded by …, the Board approved …": a motion told by its mover, its verb later. */
export const ON_MOTION = /^On (?:a )?motion (?:of|by|from) /;

// The letters MOTION_START can open with, in lower case: "a motion", "the motion", "motion", "it was", "duly", "moved", "proposed".
const MOTION_FIRST_LETTERS = 'atmidp';

/** False for a line MOTION_START cannot match, judged by its first letter: most lines are passed by without a search. */
export function mayStartMotion(text: string): boolean {
  return MOTION_FIRST_LETTERS.includes(String.fromCharCode(text.charCodeAt(0) | 0x20));
}

/**
 * A motion that names its mover first: "Cllr Ash proposed, seconded by Cllr Birch that …", "Mrs Dee moved that …".
 * Case-sensitive (a name starts with a capital); tried only on lines that already hold a decision verb.
 */
export const MOVER_FIRST_MOTION = /^(?:(?:Cllrs?|Councillor|Mrs|Mr|Ms|Dr)\.? )?(?:Mrs\.? )?[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,2} (?:proposed|moved)(?:,| that| to| the| acceptance| approval)/;

/**
 * The outcome that makes a motion a decision: "Motion carried 5-0.", "The motion carried 6-1", "… was carried (For 7,
 * …)", "Approved unanimously.", "carried 7–0", "Carried.", "Passed.", "carried (5 for, 1 against).", "all in favour", "unanimously agreed".
 */
// Global: a reader walks its matches to the full stop that ends the sentence (a pattern that took the rest
// of the sentence too would be cubic).
export const MOTION_CARRIED = /\b(?:(?:motion|proposal|resolution) (?:was )?(?:carried|passed|passes|carries|approved|adopted|agreed)|(?:was|were) (?:duly )?(?:carried|passed)(?! (?:out|over|forward|on)\b)|(?:approved|carried|passed|agreed) (?:unanimously|nem\.? ?con|without dissent|\d{1,2} ?[-\u2013] ?\d{1,2}|by \d|by (?:voice vote|acclamation|(?:a )?show of hands|unanimous consent))|unanimously (?:agreed|approved|carried|passed)|all (?:were |members )?in favou?r|(?:carried|passed)(?= ?[.;(]|$))\b/gi;

/**
 * "Proposed by Alderman Megaw, Seconded by Councillor Patterson and AGREED – that the minutes …": the proposers, perhaps
 * the word that it was agreed, then the wording (group 2). Without that word the outcome comes later.
 */
export const PROPOSED_BY = /^(?:Proposed|Moved) by [^\u2013\u2014:]{2,160}?(?:,? and (AGREED|RESOLVED|agreed|resolved))?(?::|\s[\u2013\u2014-])\s+(that\b.*)$/;
/** "The Chair declared the proposal carried.", "The proposal was lost.": the outcome a proposal is given later. */
export const PROPOSAL_OUTCOME = /\b(?:proposal|motion)\b[^.]{0,40}?\b(carried|agreed|adopted|lost|fell|defeated|failed)\b/i;

/**
 * "PROPOSAL: Donate £150 …" over "Blocks: 0, Stand-asides: 1 (Jo) – PASSED": a proposal decided by consensus, as
 * co-operatives and groups that work by consensus minute it; "Not agreed, to be reworked." under it decides nothing.
 */
export const CONSENSUS_PROPOSAL = /^(?:PROPOSAL|Proposal):\s+(\S.*)$/;
export const CONSENSUS_OUTCOME = /^(?:(?:blocks?|stand[- ]?asides?)\b.*?\b(passed|agreed|adopted|carried|blocked|failed)\b|(not agreed|passed|agreed by consensus|consensus reached|blocked)\b)/i;
/** "**Motion:** Accept Beacon …" over "Vote: approved (6 yes, 0 no, 1 abstain)": a motion, its vote on the line below. */
export const MOTION_WORDING = /^(?:MOTION|Motion):\s+(\S.*)$/;
export const VOTE_OUTCOME = /^vote:\s*(approved|carried|passed|adopted|not approved|rejected|failed|defeated)\b/i;
/**
 * "… Moved by Sebastian, seconded by Priya. Passed 5-0-1.", "… Approved unanimously.", "… Result: passed 6-1-0.": the
 * outcome as the last sentence of the motion's own paragraph.
 */
export const CLOSING_OUTCOME = /[.;)]\s+(?:(?:result|vote|outcome):\s*)?(passed|carried|approved|adopted|agreed|failed|defeated|lost|rejected|not approved)\b[^.]{0,40}\.?$/i;
/** "Minutes approved by the Board on: (pending)", "Approved on: ________": a line left for a later date, no decision. */
export const AWAITING_DATE = /\bon:\s*(?:\(?(?:pending|tbc|tbd)\)?|_*|\[date\])\.?$/i;
/** The outcomes of CONSENSUS_OUTCOME, VOTE_OUTCOME and CLOSING_OUTCOME that decide something. */
export const OUTCOME_DECIDED = /^(?:passed|agreed|adopted|carried|approved|agreed by consensus|consensus reached)$/i;

/**
 * "The Board NOTED the external auditor's findings report.", "Council RECEIVED and NOTED the report …": the body, its
 * decision words in capitals, and what it decided (group 1). A report RECEIVED alone is no decision.
 */
export const BODY_DECISION = /^(?:The )?(?:Board|Committee|Council|Panel|Trust|Governors|Trustees|Cabinet|Executive|Senate|Court) (?:(?:RECEIVED|CONSIDERED) and )?(?:NOTED|APPROVED|AGREED|RESOLVED|ENDORSED|RATIFIED|ADOPTED)\b:?\s+(\S.*)$/;

/** "VOTE: 5-0-1 (Commissioner Hale absent)": ayes, noes and perhaps abstentions, then who voted how. */
export const VOTE_COUNT = /\bvote:\s*(\d{1,2})\s*[-\u2013]\s*(\d{1,2})(?:\s*[-\u2013]\s*\d{1,2})?(\s*\([^()]*\)?)?/i;

/** A motion that did not pass or was withdrawn is not a decision; nor is the motion to adjourn. */
export const MOTION_NOT_DECIDED = /\b(?:(?:motion|proposal|amendment) (?:was )?(?:failed|fails|lost|defeated|withdrawn|fell)|(?:was|were) (?:defeated|withdrawn)|not (?:carried|passed|agreed|approved|seconded)|to adjourn|meeting (?:be )?adjourn(?:ed)?)\b/i;

/** "… on the den-building kit. Vote: 7 for, 1 against (Mrs Khan did not vote).": the count after a decision's sentence. */
export const COUNT_AFTER = /^ (?:votes?|voting):? \d{1,3} (?:for|in favou?r)\b[^.]*\.?/i;

/**
 * Emoji and symbols some tools put before a label ("✅ **Decision:** …"), or their shortcodes (":pushpin: *Decision:* …");
 * the time into a recording an AI note-taker puts before a sentence ("[27:40] Both teams agreed …").
 */
export const LEADING_SYMBOL = /^(?:[\u2600-\u27bf\u{1f300}-\u{1faff}]\ufe0f?|:[a-z\d_+-]{1,40}:|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]) ?/u;

/** "… noted an omission. Motion to approve the …": a motion opening after a sentence on its line. */
export const MIDLINE_MOTION = /[.!?] (?=Motion (?:to|that) )/;
/** "… THAT the agenda be approved as circulated. CARRIED": the outcome closing a motion's wording. */
export const WORDING_OUTCOME = /[.;)]\s+(CARRIED|ADOPTED|DEFEATED|LOST|FAILED|WITHDRAWN)\b[^.]*$/;
/** "Mr. Bell reported that the City Council adopted …": another body's decision, reported. */
export const REPORTED_THAT = /\b(?:reported|advised|informed (?:the )?\w+|explained|said) that\b/i;
