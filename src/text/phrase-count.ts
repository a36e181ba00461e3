import { letterPattern } from './letters.js';

/**
 * Counts how often names occur in a text, in time that grows with the rarest word of the name
 * rather than the text's length: searching the whole text for each of thousands of spellings made
 * one crafted file quadratic. The text's runs of letters are indexed once, on the first count.
 */
export class PhraseCounter {
  /** Where each run of letters starts, in order. */
  private starts: number[] = [];
  /** Each run of letters → the indexes (into `starts`) of its occurrences. */
  private runs: Map<string, number[]> | undefined;

  constructor(private readonly text: string) {}

  /**
   * Occurrences of `name` with no letter just before or after, any whitespace standing for its
   * spaces: what `/(?<!\p{L})name(?!\p{L})/gu` finds. A name that does not start with a letter counts 0.
   */
  count(name: string): number {
    const words = name.match(LETTERS.for(name));
    if (!words || !name.startsWith(words[0])) return 0;
    const runs = this.index();
    // Anchor on the name's rarest word: each of its occurrences gives the one place the name could start.
    let rarest = 0;
    for (let k = 1; k < words.length; k++) if ((runs.get(words[k])?.length ?? 0) < (runs.get(words[rarest])?.length ?? 0)) rarest = k;
    let count = 0;
    for (const at of runs.get(words[rarest]) ?? []) if (at >= rarest && this.writtenAt(name, this.starts[at - rarest])) count++;
    return count;
  }

  /**
   * Whether the text has `name` at `start` (where a run of letters starts), a run of whitespace for
   * each of its spaces, and no letter after it.
   */
  private writtenAt(name: string, start: number): boolean {
    const text = this.text;
    let t = start;
    for (let n = 0; n < name.length; ) {
      if (SPACE.test(name[n])) {
        if (!SPACE.test(text[t] ?? '')) return false;
        while (n < name.length && SPACE.test(name[n])) n++;
        while (t < text.length && SPACE.test(text[t])) t++;
      } else if (text[t++] !== name[n++]) return false;
    }
    return !LETTER_FIRST.test(text.slice(t, t + 2));
  }

  private index(): Map<string, number[]> {
    if (this.runs) return this.runs;
    this.runs = new Map();
    for (const match of this.text.matchAll(LETTERS.for(this.text))) {
      const at = this.starts.length;
      this.starts.push(match.index);
      const list = this.runs.get(match[0]);
      if (list) list.push(at);
      else this.runs.set(match[0], [at]);
    }
    return this.runs;
  }
}

const LETTERS = letterPattern(String.raw`\p{L}+`, 'gu');
const LETTER_FIRST = letterPattern(String.raw`^\p{L}`, 'u');
const SPACE = /\s/;
