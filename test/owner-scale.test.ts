import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Person } from '../src/model/types.js';
import { Directory } from '../src/resolve/owners.js';
import { decodeBytes } from '../src/read/decode.js';
import { PhraseCounter } from '../src/text/phrase-count.js';
import { loadFixtures, parseFixture } from './helpers/fixtures.js';

const person = (name: string): Person => ({ name, organisation: null, initials: null, role: null, handle: null, line: 1 }) as unknown as Person;

/** What the counter replaces: one search of the whole text per name. */
function countBySearch(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return (text.match(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu')) ?? []).length;
}

describe('counting names through an index of words', () => {
  test('gives what a search of the whole text gives, for every name in every fixture', () => {
    for (const fixture of loadFixtures()) {
      const text = decodeBytes(readFileSync(fixture.input)).text;
      const meeting = parseFixture(fixture);
      const counter = new PhraseCounter(text);
      const names = [...meeting.attendees, ...meeting.apologies].map((p) => p.name);
      names.push(...meeting.actions.flatMap((a) => a.owners.map((o) => o.name)));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names.filter((n) => /^\p{L}/u.test(n))) expect(counter.count(name), `${fixture.name}: ${name}`).toBe(countBySearch(text, name));
    }
  });

  test('names across line breaks, with hyphens and apostrophes, and not inside longer words', () => {
    const text = "Jo Bloggs, Jo\nBloggs and JoJo Bloggs; Mary O'Neil-Smith (Mary O'Neil-Smith's) Jo Bloggsy";
    const counter = new PhraseCounter(text);
    for (const name of ['Jo Bloggs', "Mary O'Neil-Smith", 'Bloggs', 'Neil']) expect(counter.count(name), name).toBe(countBySearch(text, name));
    expect(counter.count('Jo Bloggs')).toBe(2);
  });
});

describe('owners among thousands of attendees', () => {
  test('a near miss still resolves when its name has few look-alikes', () => {
    const people = Array.from({ length: 5000 }, (_, i) => person(`Member ${i.toString(36)}`));
    people.push(person('Hong Tang'));
    const directory = new Directory(people, '', {});
    expect(directory.resolve('Hong Tan').name).toBe('Hong Tang');
  });

  test('among too many look-alikes a near miss is left as written, not guessed', () => {
    const people = Array.from({ length: 5000 }, (_, i) => person(`Alice ${String.fromCharCode(97 + (i % 26))}${(i + 100000).toString(36)}`));
    const directory = new Directory(people, '', {});
    const written = `${people[10].name}x`;
    expect(directory.resolve(written).name).toBe(written);
  });
});
