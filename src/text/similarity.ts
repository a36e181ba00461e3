import { words } from './normalise.js';

const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or the their this to with will be all any our your'.split(' '),
);

/** Content words of a text, with acronyms of capitalised runs added ("Maternity Incentive Scheme" → "mis"). */
export function contentWords(text: string): Set<string> {
  const set = new Set(words(text).filter((word) => !STOP_WORDS.has(word)).map(stem));
  for (const run of text.match(/(?:\b[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+/g) ?? []) {
    set.add(run.split(/\s+/).map((word) => word[0].toLowerCase()).join(''));
  }
  return set;
}

/** Overlap coefficient of content words: 1 when one text's words are all in the other. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return common / Math.min(a.size, b.size);
}

/** Dice coefficient of content words: shared words over the words of both. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return (2 * common) / (a.size + b.size);
}

/** How alike two action texts are, 0–1: mostly overlap, tempered by dice so a short text does not match everything. */
export function textSimilarity(a: string, b: string): number {
  return wordsSimilarity(contentWords(a), contentWords(b));
}

/** `textSimilarity` over content words already taken, for comparing each of many texts with many others. */
export function wordsSimilarity(wa: Set<string>, wb: Set<string>): number {
  return 0.7 * overlap(wa, wb) + 0.3 * dice(wa, wb);
}

/** Crude suffix stripping so "revise", "revised" and "revising" compare equal. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|e|s)$/, '');
}
