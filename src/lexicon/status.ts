import type { Rag, Status } from '../model/types.js';

export interface ReadStatus {
  status: Status;
  rag: Rag | null;
}

const OPEN_FIRST = /^(?:not\s+(?:yet\s+)?(?:complete|completed|done|closed|started)|incomplete|in\s+progress|ongoing|on-going|(?:still\s+)?open|outstanding|chasing|pending|overdue|on\s+track|at\s+risk|delayed|c\/f|carried\s+(?:forward|over)|brought\s+forward|b\/f|partially|partly|awaiting|underway|started|deferred|postponed|on\s+hold|blocked|keep\s+open)\b|^(?:\[ \]|[⏳❌✗✘☐⌛🔄])/iu;
// Task boxes and ticks (`[x]`, ✅, ☑, ✔) close an action; an empty box, an hourglass or a cross (not done) leaves it open.
const CLOSED_FIRST = /^(?:closed|complete|completed|done|discharged|finished|achieved|\[x\]|[✓✔✅☑])(?![\w-])/iu;
const RAG: Record<string, Rag> = { g: 'green', green: 'green', a: 'amber', amber: 'amber', r: 'red', red: 'red', b: 'blue', blue: 'blue' };

/**
 * A status cell or progress phrase to open/closed and a RAG colour. Closed only for
 * Closed/Complete(d)/Done/Discharged (and BRAG blue); anything else, including no status, is open.
 */
export function readStatus(raw: string | null, extraClosedWords: string[] = []): ReadStatus {
  const text = (raw ?? '').trim().replace(/^[\s\-\u2013\u2014:]+/, '');
  const ragWord = /^(green|amber|red|blue|[GARB])(?:\b|$)/i.exec(text);
  const rag = ragWord && (ragWord[1].length > 1 || text.length === 1 || /^[GARB]\s*[\-\u2013\u2014(/]/.test(text)) ? RAG[ragWord[1].toLowerCase()] : null;
  if (OPEN_FIRST.test(text)) return { status: 'open', rag };
  if (CLOSED_FIRST.test(text) || rag === 'blue') return { status: 'closed', rag };
  if (extraClosedWords.some((word) => text.toLowerCase().startsWith(word.toLowerCase()))) return { status: 'closed', rag };
  // "quotes obtained; complete.": a status word closing the progress phrase.
  const last = lastClause(text);
  if (last && CLOSED_FIRST.test(last) && !OPEN_FIRST.test(last)) return { status: 'closed', rag };
  return { status: 'open', rag };
}

/** True when a progress phrase ends with a status word ("letter sent; the light was repaired. Complete."). */
export function endsWithStatus(text: string): boolean {
  const last = lastClause(text.trim());
  return last !== null && (CLOSED_FIRST.test(last) || OPEN_FIRST.test(last));
}

/** True when a phrase says its status first ("Complete – included in item 4", "ongoing"). */
export function startsWithStatus(text: string): boolean {
  return OPEN_FIRST.test(text.trim()) || CLOSED_FIRST.test(text.trim());
}

// "Carried forward", "Not yet started": the longest status phrases.
const MAX_STATUS_CLAUSE = 16;

/** The last clause of a progress phrase when it is only a word or two ("…; complete."), else null. */
function lastClause(text: string): string | null {
  const cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf(','), text.lastIndexOf('. '));
  if (cut < 0) return null;
  // "… had been approved. – Done.": a dash before the closing word.
  const clause = text.slice(cut + 1).trim().replace(/[.!]$/, '').replace(/^[\u2013\u2014-]\s*/, '');
  return clause.length > 0 && clause.length <= MAX_STATUS_CLAUSE ? clause : null;
}

const TRAILING_STATUS = / [\u2013\u2014-] ([^\s\u2013\u2014-][^\u2013\u2014]{0,20}?)\.?$/;
const RAG_ALONE = /^(?:green|amber|red|blue|[GARB])$/i;

/**
 * A status written after an action's wording ("… by Friday – Complete", "… – G", "… – c/f"): the wording
 * before it and the status, or null. Only a whole status phrase counts ("– open day" is wording).
 */
export function splitTrailingStatus(text: string): { text: string; status: string } | null {
  if (!text.includes(' - ') && !text.includes(' \u2013 ') && !text.includes(' \u2014 ')) return null;
  const m = TRAILING_STATUS.exec(text);
  if (!m) return null;
  const word = m[1].trim();
  const whole = OPEN_FIRST.exec(word) ?? CLOSED_FIRST.exec(word);
  if ((whole && whole[0].length === word.length) || RAG_ALONE.test(word)) return { text: text.slice(0, m.index).trimEnd(), status: word };
  return null;
}
