/**
 * The words minutes use to record a decision: RESOLVED, RESOLUTION, Decision, Agreed, APPROVED, NOTED,
 * W3C's `RESOLVED:` and `Resolution #n:`. One home for these markers, shared by the parser and `vawg check`.
 */

/** A decision marker at the start of a line; group 1 holds the number of a `Resolution #n`. */
export const DECISION_MARKER = /^(?:RESOLVED|RESOLUTION|DECISION|DECIDED|AGREED|APPROVED|NOTED|Resolution #(\d{1,3})(?=:)|(?:Resolved|Resolution|Decision|Decided|Agreed|Approved|Noted)(?=\s*[:,\u2013\u2014-]))\b\s*(?:[:,\u2013\u2014-]\s*)?/;

/** RESOLVED inside a paragraph, after the end of a sentence ("… no amendments. RESOLVED: That …"). */
export const MIDLINE_RESOLVED = /[.!?)a-z\d] RESOLVED\b[:\u2013-]? ?(?:[•\u2022-] )?/g;

/** Bold lead words that are decision markers ("**Agreed:** …"). */
export const DECISION_LEAD = /^(?:resolved|resolution|decision|decided|agreed|approved|noted)$/i;

/** One part of a multi-part resolution: "(1) …", "b) …", "(ii) …". */
export const DECISION_PART = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(.+)$/;

/** Parts written on one line: "(1) key rotation …; (2) retired keys …". */
export const INLINE_PART = /(?:^|[;,]\s+(?:and\s+)?)\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/g;

/** Sentences in which the meeting itself decides. */
export const DECISION_SENTENCES = [
  /\bit was (?:unanimously )?(?:agreed|resolved|decided|approved|noted and agreed)\b/i,
  /\b(?:the )?minutes of (?:the )?(?:last|previous|meeting)\b[^.;]*?\b(?:were|was) (?:agreed|approved|confirmed|accepted|signed|adopted)\b/i,
  /\b(?:the )?(?:board|committee|panel|governors|trustees|council|cabinet|members|group|forum|sub-committee|commission) (?:unanimously )?(?:approved|agreed|resolved|endorsed|ratified|adopted|signed off|decided)\b(?! to (?:consider|look|discuss))/i,
];

/** Every sentence pattern has one of these verbs after a space; one search for them lets most lines skip all three. */
export const DECISION_VERB = / (?:agreed|resolved|decided|approved|confirmed|accepted|signed|adopted|endorsed|ratified)/i;
