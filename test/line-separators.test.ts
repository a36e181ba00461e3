import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { readMarkdown } from '../src/read/markdown.js';
import { readPlainText } from '../src/read/plain-text.js';
import { decodeBytes } from '../src/read/decode.js';
import { cleanLine } from '../src/text/normalise.js';
import { loadFixtures } from './helpers/fixtures.js';

// U+2028 (line separator) and U+2029 (paragraph separator) come in with text pasted from Word and
// PDFs. Both readers read them as spaces, so no line holding one is lost.
const LS = '\u2028';
const PS = '\u2029';

describe('U+2028 and U+2029 read as spaces', () => {
  test('cleanLine folds them', () => {
    expect(cleanLine(`Send X${LS}Y${PS} to members.`)).toBe('Send X Y to members.');
  });

  test('an ACTION line in plain text', () => {
    const meeting = parseMinutes(`Finance Committee – 3 March 2025\n\nPresent: Alice Smith, Sam Lee\n\nACTION (Alice Smith) – Send X${LS}Y to members.\n`, { file: 'a.txt' });
    expect(meeting.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['Send X Y to members.', ['Alice Smith']]]);
  });

  test('a markdown task', () => {
    const meeting = parseMinutes(`# Finance Committee – 3 March 2025\n\n## Present\n\n- Alice Smith\n- Sam Lee\n\n- [ ] ACTION (Alice Smith) – Send X${PS}Y to members.\n`, { file: 'a.md' });
    expect(meeting.actions.map((a) => [a.text, a.owners.map((o) => o.name)])).toEqual([['Send X Y to members.', ['Alice Smith']]]);
  });

  test('both readers give the same lines as with spaces', () => {
    const text = `- [ ] Item${LS}one\n\n| Action | Owner |\n|---|---|\n| Send${PS}X | Alice${LS}Smith |\n`;
    const spaced = text.replace(/[\u2028\u2029]/g, ' ');
    expect(readMarkdown('a.md', text).lines).toEqual(readMarkdown('a.md', spaced).lines);
    expect(readPlainText('a.txt', text).lines).toEqual(readPlainText('a.txt', spaced).lines);
  });

  // Every extractor at once: each fixture with its spaces inside lines turned into separators parses
  // to the same model (titles, dates, people, items, actions, updates, decisions, commitments, closures).
  // (A page's separators would fall inside its tags, so pages are read as their text fixtures are.)
  test.each(loadFixtures().filter((f) => !f.input.endsWith('.html')).map((f) => [f.name, f] as const))('every extractor on %s', (_name, fixture) => {
    const text = decodeBytes(readFileSync(fixture.input)).text;
    let n = 0;
    const separated = text.replace(/(?<=\S) (?=\S)/g, () => (n++ % 2 === 0 ? LS : PS));
    expect(n).toBeGreaterThan(100);
    const file = fixture.input;
    expect(parseMinutes(separated, { file })).toEqual(parseMinutes(text, { file }));
  });
});
