import { fold } from '../text/normalise.js';
import { contentWords } from '../text/similarity.js';
import type { RegisterEntry } from './register.js';

/**
 * Register entries by id, and open ones by content word, so an update about an older action is
 * compared only with open actions sharing one of its rarer words: the register of a decade of
 * minutes grows with the number of meetings, not with meetings squared.
 */
export class EntryIndex {
  private readonly byId = new Map<string, RegisterEntry[]>();
  private readonly openByWord = new Map<string, Set<RegisterEntry>>();
  private readonly numbers = new Map<RegisterEntry, number>();
  readonly words = new Map<RegisterEntry, Set<string>>();
  /** Owners' names folded, which updates compare with theirs. */
  readonly owners = new Map<RegisterEntry, Set<string>>();

  // An action's wording comes back in the updates of later meetings, and the same few owners recur:
  // each distinct text and name is analysed once. The sets are shared, so never changed.
  private readonly wordsByText = new Map<string, Set<string>>();
  private readonly foldedNames = new Map<string, string>();

  add(entry: RegisterEntry): void {
    const words = this.wordsOf(entry.text);
    this.words.set(entry, words);
    this.owners.set(entry, this.ownersOf(entry.owners));
    this.numbers.set(entry, this.numbers.size);
    if (entry.id) push(this.byId, fold(entry.id), entry);
    if (entry.status === 'open') for (const word of words) addTo(this.openByWord, word, entry);
  }

  /** Keeps the word index to open actions. */
  closed(entry: RegisterEntry): void {
    for (const word of this.words.get(entry) ?? []) this.openByWord.get(word)?.delete(entry);
  }

  /** An update can reopen an action. */
  opened(entry: RegisterEntry): void {
    for (const word of this.words.get(entry) ?? []) addTo(this.openByWord, word, entry);
  }

  /** Whether the entry was among the first `limit` added. */
  isBefore(entry: RegisterEntry, limit: number): boolean {
    return (this.numbers.get(entry) ?? Infinity) < limit;
  }

  /** Content words of a text (see contentWords). */
  wordsOf(text: string): Set<string> {
    let words = this.wordsByText.get(text);
    if (!words) this.wordsByText.set(text, (words = contentWords(text)));
    return words;
  }

  /** Owners' names, folded for comparison. */
  ownersOf(owners: { name: string }[]): Set<string> {
    const names = new Set<string>();
    for (const { name } of owners) {
      let folded = this.foldedNames.get(name);
      if (folded === undefined) this.foldedNames.set(name, (folded = fold(name)));
      names.add(folded);
    }
    return names;
  }

  withId(id: string): RegisterEntry[] {
    return this.byId.get(fold(id)) ?? [];
  }

  /** Open entries sharing one of the update's three rarest words. */
  candidates(words: Set<string>): RegisterEntry[] {
    const sets = [...words].map((word) => this.openByWord.get(word)).filter((set): set is Set<RegisterEntry> => set !== undefined && set.size > 0);
    sets.sort((a, b) => a.size - b.size);
    const found = new Set<RegisterEntry>();
    for (const set of sets.slice(0, 3)) for (const entry of set) found.add(entry);
    return [...found];
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
