import { describe, expect, test } from 'vitest';
import { latin1Source, letterPattern } from '../src/text/letters.js';

// The Latin-1 form of a letter pattern must answer as the full form does for every text it is used
// on: checked here character by character, for each class, in and out of brackets, negated, with and
// without case-insensitive matching.

/** Every BMP character, and a few beyond it. */
function* characters(): Generator<string> {
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCharCode(c);
  for (const c of [0x1d400, 0x1f600, 0x20000]) yield String.fromCodePoint(c);
}

const CLASSES = ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{M}'];
const SHAPES = (cls: string) => [`^${cls}$`, `^[${cls}]$`, `^[^${cls}]$`, `^[${cls}'’-]$`, `^[^${cls}\\d]$`];

describe('letter patterns', () => {
  for (const flags of ['u', 'iu']) {
    for (const cls of CLASSES) {
      test(`${cls} with flags ${flags}: the Latin-1 form answers as the full one wherever it is used`, () => {
        for (const shape of SHAPES(cls)) {
          const pattern = letterPattern(shape, flags);
          const full = new RegExp(shape, flags);
          const latin1 = new RegExp(latin1Source(shape, flags.includes('i')), flags);
          const disagree: string[] = [];
          for (const char of characters()) {
            const used = pattern.for(char);
            if (used.source === full.source) continue;
            if (latin1.test(char) !== full.test(char)) disagree.push(`U+${char.codePointAt(0)!.toString(16)}`);
          }
          expect(disagree, shape).toEqual([]);
        }
      });
    }
  }

  test('the Latin-1 form is the one used for Latin-1 text with punctuation, the full one for other letters', () => {
    const pattern = letterPattern('^\\p{Lu}\\p{Ll}+$', 'u');
    const plain = pattern.for('Zoë – “Chair” £5 ✓ •');
    expect(plain.source).not.toContain('\\p{');
    expect(pattern.for('Łukasz').source).toContain('\\p{');
    expect(pattern.for('Zoe\u0308').source).toContain('\\p{');
    expect(pattern.test('Łukasz')).toBe(true);
    expect(pattern.test('Zoë')).toBe(true);
    expect(pattern.test('zoë')).toBe(false);
  });

  test('a class of marks, which Latin-1 has none of, matches nothing there and is left out of brackets', () => {
    expect(latin1Source('[\\p{L}\\p{M}]+|\\p{M}', false)).toBe('[A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff]+|[]');
  });

  test('escaped brackets and other escapes are kept as written', () => {
    expect(latin1Source('\\[\\p{Lu}\\]', false)).toBe('\\[[A-Z\\u00c0-\\u00d6\\u00d8-\\u00de]\\]');
    expect(latin1Source('[\\]\\p{Ll}]', false)).toBe('[\\]a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff]');
  });

  test('global and sticky patterns start from the beginning on test and exec', () => {
    const pattern = letterPattern('\\p{Lu}', 'gu');
    expect(pattern.test('A')).toBe(true);
    expect(pattern.test('A')).toBe(true);
    expect(pattern.exec('xA')?.index).toBe(1);
    expect(pattern.exec('xA')?.index).toBe(1);
  });
});
