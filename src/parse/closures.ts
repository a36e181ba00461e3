import type { BlanketClosure, DateOrder } from '../model/types.js';
import type { Source } from '../read/source.js';
import { findDate } from '../text/dates.js';
import { ACTION_WORD } from '../lexicon/actions.js';

const BLANKET = /\ball (?:the )?(?:outstanding |previous |remaining )?actions(?: from (?:the|that) (?:last|previous)? ?meeting)?(?: on the action log)? (?:have|had) (?:now )?been (?:completed|closed|discharged|done)\b/i;
const BEEN = / been /i;

/**
 * "All actions have been completed": the meeting it refers to is the one named in the same line or
 * in the agenda item's title ("Actions from previous meeting (05/09/22)").
 */
export function extractClosures(source: Source, order: DateOrder): BlanketClosure[] {
  const closures: BlanketClosure[] = [];
  let lastHeading = '';
  for (const line of source.lines) {
    if (line.blockStart && line.text.length < 160 && /^(?:\d{1,3}|[ivx]{1,5})[.:)]?\s/i.test(line.text)) lastHeading = line.text;
    if (line.kind === 'heading') lastHeading = line.text;
    // A line without the words "action" and "been" cannot match: most lines skip the long pattern (and its compiling).
    const m = ACTION_WORD.test(line.text) && BEEN.test(line.text) ? BLANKET.exec(line.text) : null;
    if (!m) continue;
    const date = findDate(line.text, { order }) ?? findDate(lastHeading, { order });
    closures.push({ text: m[0], refersTo: date?.iso ?? null, line: line.line });
  }
  return closures;
}
