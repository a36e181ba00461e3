/**
 * Owner tags inside a paragraph: "… the clerk would ask again. Action: Clerk. ii. Shop sign – residents to
 * report. Action: residents. iii. …". Each tag is one action. Its owners are the words after it, up to a
 * full stop, a semicolon, a dash, a sub-item marker or the first word that cannot name an owner; its wording
 * is the last sentence before it, back to the tag before, a sub-item marker or the start of the paragraph.
 */
import { TRAILING_TAG, isNoAction, readTrailingStatus } from '../lexicon/actions.js';
import { isDeadlineSentence } from '../lexicon/due.js';
import { startsWithStatus } from '../lexicon/status.js';
import { isNickList, isOwnerVerb, isOwnerWord, looksLikeOwners, readOwnerFirst } from './owner-first.js';
import { startsUpperCase } from '../text/normalise.js';
import { letterPattern } from '../text/letters.js';

/** One tag read from a paragraph, with offsets into the text read. */
export interface Tag {
  /** Where the marker starts ("Action: …"), where its owners start, and where the words it governs end. */
  at: number;
  ownersAt: number;
  end: number;
  /** The owners; '' when they are not written yet (the tag ends the text); null for an own sentence naming none. */
  ownersRaw: string | null;
  text: string;
  /** Where the wording starts. */
  textAt: number;
  /** True when the wording is the sentence before the tag, not the tag's own sentence ("Action: Poster to be …"). */
  narrative: boolean;
  status?: string;
  /** A sentence giving only the deadline, between the wording and the tag ("To be completed by 30 June."). */
  deadline?: string;
}

// Initials and short names only: "TW", "JHo/CF", "All governors".
const TAG_OWNERS = /^(?:[A-Z][A-Za-z]{0,4}|All(?: [a-z]+)?)(?:(?:, ?| ?\/ ?| ?& ?| and )[A-Z][A-Za-z]{0,4})*\.?$/;
// "ii.", "v.", "a)", "(b)", "(2)": a sub-item's marker inside a paragraph.
const SUB_ITEM = /^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[ivx]{1,4}\.)$/;
// The same marker inside a sentence, with the space before and after it.
const SUB_ITEM_INSIDE = /(?:^|\s)(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[ivx]{1,4}\.)\s/g;
// "J.", "Cllr.", "Dr.": a full stop that does not end a list of owners.
const ABBREVIATION = /^(?:[A-Z]|Cllrs?|Dr|Mrs?|Ms|Prof|Revd?)\.$/;
const DASH_WORD = /^[-\u2013\u2014]$/;
// A sentence end before a capital ("… again. The clerk").
const SENTENCE_END = letterPattern(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, 'u');
// "… to order. 12. PHONE BOXES – update …": an agenda item's number and title run on after a sentence.
const INLINE_ITEM = letterPattern(String.raw`[.!?]\s+\d{1,3}\.\s+\p{Lu}`, 'u');
// A stop before a capital, searched for rather than split on: a pattern opening with a lookbehind is tried at
// every character.
const STOP_BEFORE_CAPITAL = letterPattern(String.raw`[.!?]\s+(?=\p{Lu})`, 'u');
const OWNERS_MAX = 12;
// How far past a tag its words are read: owners and an own sentence are far shorter, and a long line full of
// tags stays linear.
const REST_MAX = 600;
// The longest run of words read whole as a tag's owners ("Jo Bloggs, Sam Lee and Ann Other – Complete").
const OWNERS_LENGTH = 240;

/** Every owner tag after a sentence in `text` ("… again. Action: Clerk. ii. …"), in order. */
export function readTags(text: string, isOwner: (raw: string) => boolean = () => false): Tag[] {
  const tags: Tag[] = [];
  let from = 0;
  for (const m of text.matchAll(TRAILING_TAG)) {
    const at = m.index + m[0].search(/\(|a/i);
    // Inside the own sentence of the tag before.
    if (at < from) continue;
    const ownersAt = m.index + m[0].length;
    let rest = text.slice(ownersAt, ownersAt + REST_MAX);
    // "(Action: Declan)": the owners are what the bracket holds.
    const bracketed = m[0].includes('(');
    if (bracketed) {
      const close = rest.indexOf(')');
      if (close < 0) continue;
      rest = rest.slice(0, close);
    }
    const body = readTagBody(rest, bracketed || ownersAt + rest.length >= text.length, isOwner);
    if (!body) continue;
    const end = ownersAt + body.length;
    if (body.kind === 'own') tags.push({ at, ownersAt, end, ownersRaw: body.ownersRaw, text: body.text, textAt: ownersAt, narrative: false });
    else if (body.kind !== 'none') {
      const wording = tagWording(text.slice(from, at));
      const tag: Tag = { at, ownersAt, end, ownersRaw: body.owners, text: wording.text, textAt: from + wording.offset, narrative: true };
      if (body.status) tag.status = body.status;
      if (wording.deadline) tag.deadline = wording.deadline;
      tags.push(tag);
    }
    from = end;
  }
  return tags;
}

type TagBody =
  | { kind: 'owners'; owners: string; length: number; status?: string }
  | { kind: 'own'; ownersRaw: string | null; text: string; length: number }
  | { kind: 'none'; length: number };

/**
 * What follows a tag (`rest`, which runs to the end of the text when `last`): its owners (all the rest, or a
 * span of it), the action's own sentence, or "none".
 */
function readTagBody(rest: string, last: boolean, isOwner: (raw: string) => boolean): TagBody | null {
  if (isNoAction(rest)) return { kind: 'none', length: firstSentence(rest).length };
  if (last && rest.length <= OWNERS_LENGTH) {
    let owners = rest.trim();
    const status = readTrailingStatus(owners, startsWithStatus);
    if (status) owners = status.text;
    // "… Action:" / "… Action: Linh –" ending the text: the owners or their status are on the next line.
    if (owners === '' || /\s[-\u2013\u2014]$/.test(owners)) return { kind: 'owners', owners: '', length: rest.length };
    // "Clerk/Members. Cllr" (the next sentence wrapped after one word) is a span of the words, not all of them.
    if (!/[.;] /.test(owners) && (TAG_OWNERS.test(owners) || looksLikeOwners(owners))) return { kind: 'owners', owners: owners.replace(/\.$/, ''), length: rest.length, status: status?.status };
    // "… by Monday. Action: ooyelaran, aadeyemi & casante": IRC nicks, when they name people of the minutes.
    const nicks = owners.replace(/\.$/, '');
    if (isNickList(nicks) && isOwner(nicks)) return { kind: 'owners', owners: nicks, length: rest.length, status: status?.status };
  }
  const span = readOwnerSpan(rest, isOwner);
  if (span) return { kind: 'owners', owners: span.owners, length: span.end };
  // "… in 2009. Action: Poster to be displayed on notice boards.": the marker opens the action's own sentence.
  const sentence = firstSentence(rest);
  if (sentence.split(' ').length < 3) return null;
  const own = readOwnerFirst(sentence) ?? { ownersRaw: null, text: sentence };
  return { kind: 'own', ownersRaw: own.ownersRaw, text: own.text, length: sentence.length };
}

/**
 * The owners opening the words after a tag, and where they end: "Clerk. ii. …", "Anderson; Eglington;
 * Pointeer v. …", "Clerk/Councillors Public footpaths – …" (a new sentence with no full stop before it: the
 * longest known owners before one of its capitals). Null when the words are not owners ("Clerk to write …").
 */
function readOwnerSpan(rest: string, isOwner: (raw: string) => boolean): { owners: string; end: number; closed: boolean } | null {
  const words = rest.split(' ', OWNERS_MAX + 1);
  let count = 0;
  let closed = false;
  for (let k = 0; k < words.length && k < OWNERS_MAX; k++) {
    const word = words[k];
    if (k > 0 && (SUB_ITEM.test(word) || DASH_WORD.test(word))) {
      closed = true;
      break;
    }
    if (!isOwnerWord(word.replace(/[.,;:]+$/, ''), k === 0)) break;
    count = k + 1;
    const last = word.charCodeAt(word.length - 1);
    if ((last === 0x2e && !ABBREVIATION.test(word)) || (last === 0x3b && !listGoesOn(words, k + 1)) || k === words.length - 1) {
      closed = true;
      break;
    }
  }
  if (count === 0) return null;
  if (!closed) {
    // "Clerk to write …": the owners of an own sentence.
    if (count < words.length && isOwnerVerb(words[count])) return null;
    // "Action: Clerk, it was agreed …"
    if (words[count - 1].endsWith(',')) closed = true;
    else count = knownPrefix(words, count, isOwner);
    if (count === 0) return null;
  }
  const taken = words.slice(0, count);
  const owners = taken.join(' ').replace(/[.,;:]+$/, '').replace(/(?:\s(?:and|&|of|the|for))+$/, '');
  return owners ? { owners, end: taken.join(' ').length, closed } : null;
}

/**
 * True when a marker opening a line is a tag closing the words before it: its owners end at a full stop or
 * semicolon, and a sub-item or another tag follows ("Action: Clerk. ii. Shop sign – … Action: residents.").
 */
export function opensTag(body: string): boolean {
  const span = readOwnerSpan(body, () => false);
  if (!span?.closed || span.end >= body.length) return false;
  const after = body.slice(span.end).trimStart();
  return SUB_ITEM.test(after.split(' ', 1)[0]) || after.search(TRAILING_TAG) >= 0;
}

/** "Anderson; Eglington; Pointeer v. …": a semicolon goes on with the list when capitalised names follow it up to the next stop. */
function listGoesOn(words: string[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 4; k++) {
    const word = words[k];
    if (k > from && SUB_ITEM.test(word)) return true;
    if (!startsUpperCase(word)) return false;
    if (word.endsWith('.') || word.endsWith(';') || k === words.length - 1) return true;
  }
  return false;
}

/**
 * "Clerk Rest of the Cemetery was …": the owners run into a sentence that starts with a capital. The owners
 * end before one of the span's capitals: the longest such prefix the minutes know, else the longest one.
 */
function knownPrefix(words: string[], count: number, isOwner: (raw: string) => boolean): number {
  let longest = 0;
  for (let c = count - 1; c >= 1; c--) {
    const before = words[c - 1];
    if (!startsUpperCase(words[c]) || !(before.startsWith('@') || startsUpperCase(before)) || /[,/&]$/.test(before)) continue;
    if (isOwner(words.slice(0, c).join(' '))) return c;
    if (longest === 0) longest = c;
  }
  return longest;
}

/**
 * The wording of a tag: the last sentence of the text before it (after any sub-item marker), or the sentence
 * before that when the last one only gives the deadline ("To be completed by the next meeting.").
 */
function tagWording(segment: string): { text: string; offset: number; deadline?: string } {
  const sentences = segment.split(SENTENCE_END.for(segment));
  let last = afterSubItem(sentences[sentences.length - 1].trim());
  if (sentences.length > 1 && last === sentences[sentences.length - 1].trim() && isDeadlineSentence(last)) {
    const text = afterSubItem(sentences[sentences.length - 2].trim());
    if (text) return { text, offset: segment.lastIndexOf(text, segment.lastIndexOf(last)), deadline: last };
  }
  last = last.trim();
  return { text: last, offset: last ? segment.lastIndexOf(last) : segment.length };
}

/** "ii. Shop sign – residents to report." → the words after the last sub-item marker. */
function afterSubItem(sentence: string): string {
  let cut = -1;
  for (const m of sentence.matchAll(SUB_ITEM_INSIDE)) cut = m.index + m[0].length;
  return cut < 0 ? sentence : sentence.slice(cut);
}

/** The first sentence of a text, ending before a new sentence or an agenda item's number. */
function firstSentence(text: string): string {
  const head = beforeInlineItem(text);
  const end = head.search(STOP_BEFORE_CAPITAL.for(head));
  return end < 0 ? head : head.slice(0, end + 1);
}

/** The text of a marker line up to an agenda item's number and title run on after it ("… to order. 12. PHONE BOXES …"). */
export function beforeInlineItem(text: string): string {
  const item = INLINE_ITEM.exec(text);
  return item ? text.slice(0, item.index + 1) : text;
}

/** The sentence an owner tag refers to: the last one of its paragraph. */
export function lastSentence(text: string): string {
  const sentences = text.split(SENTENCE_END.for(text));
  return sentences[sentences.length - 1].trim();
}
