/**
 * The words around a body's name in a meeting's title that name the document, the kind of meeting or
 * when it was rather than the body ("Minutes of the …", "Extraordinary Meeting of …", "… – Minutes",
 * "… (Draft)", "… February Meeting", "… Agenda & Minutes"). One home for them, read when meetings are
 * grouped by body.
 */
import { fold } from '../text/normalise.js';

const KIND = '(?:ordinary|extraordinary|annual|special|regular|monthly|annual general|extraordinary general|general|full)';
const STATE = '(?:draft|approved|unconfirmed|confirmed|public)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
// Titles are folded first (lower case, no punctuation), so these read plain words separated by single spaces.
const LEADING = new RegExp(`^(?:${STATE} )?(?:(?:minutes|notes) (?:of |for )?)?(?:(?:the|a|an) )?(?:(?:${KIND} |${MONTH} )?meeting (?:of |for )?)?(?:the )?`);
// Where a name ends inside a longer title: "Linwood Parish Council Annual Meeting of the Parish
// Council", "Stoke Parish Council held in the Village Hall on …".
const NAME_END = new RegExp(`(?: ${KIND}| ${MONTH})? meeting (?:of|for) | held (?:at|in|on|via) `);
// Words that may close a title after the name, in any order: "Minutes September", "Meeting December".
const TRAILING_WORDS = new Set([
  ...'january february march april may june july august september october november december'.split(' '),
  ...'meeting minutes notes agenda draft approved unconfirmed confirmed ordinary extraordinary annual special regular monthly'.split(' '),
]);

/**
 * The body a title names, for comparing titles: folded, without "Minutes of the", the kind of meeting,
 * a draft mark, a month or year, and without "the" and "and" ("&"). "Minutes of the Harrowshire
 * Partnership Board" and "Harrowshire Partnership Board – Minutes" give the same key; "" when nothing
 * is left.
 */
export function bodyKey(title: string): string {
  const named = fold(title).replace(LEADING, '');
  const end = NAME_END.exec(named);
  const words = (end ? named.slice(0, end.index) : named).split(' ').filter((word) => word !== 'the' && word !== 'and' && word !== '');
  while (words.length > 1 && (TRAILING_WORDS.has(words[words.length - 1]) || /^(?:19|20)\d\d$/.test(words[words.length - 1]))) words.pop();
  return words.join(' ');
}

/**
 * The part of a title that names the body, as written: "Minutes of October Meeting of W Dereham PC" →
 * "W Dereham PC", "Node.js Foundation TSC Meeting" → "Node.js Foundation TSC". The whole title when
 * its key's words cannot be found in it.
 */
export function bodyName(title: string): string {
  const key = bodyKey(title).split(' ');
  // Each folded word with the span of the written word it comes from ("Node.js" gives two).
  const spans: { word: string; start: number; end: number }[] = [];
  for (const token of title.matchAll(/[^\s\-\u2013\u2014:,;()[\]|/]+/g)) {
    for (const word of fold(token[0]).split(' ')) if (word !== '') spans.push({ word, start: token.index, end: token.index + token[0].length });
  }
  for (let first = 0; first < spans.length; first++) {
    let at = first;
    let matched = 0;
    while (at < spans.length && matched < key.length) {
      if (spans[at].word === key[matched]) matched++;
      else if (matched === 0 || (spans[at].word !== 'the' && spans[at].word !== 'and')) break;
      at++;
    }
    if (matched === key.length) {
      const name = title.slice(spans[first].start, spans[at - 1].end);
      // "Technical Steering Committee (TSC) Meeting" keeps the bracket it opened.
      return name.split('(').length > name.split(')').length && title[spans[at - 1].end] === ')' ? `${name})` : name;
    }
  }
  return title;
}
