/**
 * The words around a body's name in a meeting's title that name the document or the kind of meeting
 * rather than the body ("Minutes of the …", "Extraordinary Meeting of …", "… – Minutes", "… (Draft)",
 * "… February Meeting"). One home for them, read when meetings are grouped by body.
 */
import { fold } from '../text/normalise.js';

const KIND = '(?:ordinary|extraordinary|annual|special|regular|monthly|annual general|extraordinary general|general|full)';
const STATE = '(?:draft|approved|unconfirmed|confirmed|public)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
// Titles are folded first (lower case, no punctuation), so these read plain words separated by single spaces.
const LEADING = new RegExp(`^(?:${STATE} )?(?:(?:minutes|notes) (?:of |for )?)?(?:(?:the|a|an) )?(?:(?:${KIND} )?meeting (?:of |for )?)?(?:the )?`);
const TRAILING = new RegExp(`(?: ${MONTH})?(?: ${KIND})?(?: meeting)?(?: (?:minutes|notes))?(?: ${STATE})?$`);
// "Linwood Parish Council Annual Meeting of the Parish Council": a name, then the kind of meeting of it again.
const MEETING_OF = new RegExp(`(?: ${KIND})? meeting (?:of|for) `);

/**
 * The body a title names, for comparing titles: folded, without "Minutes of the", the kind of meeting,
 * a draft mark or a month, and without "the" and "and" ("&"). "Minutes of the Harrowshire Partnership
 * Board" and "Harrowshire Partnership Board – Minutes" give the same key; "" when nothing is left.
 */
export function bodyKey(title: string): string {
  const folded = fold(title);
  const named = folded.replace(LEADING, '');
  const meetingOf = MEETING_OF.exec(named);
  const key = (meetingOf ? named.slice(0, meetingOf.index) : named).replace(TRAILING, '');
  return key
    .split(' ')
    .filter((word) => word !== 'the' && word !== 'and')
    .join(' ');
}
