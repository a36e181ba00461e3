import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { readMinutesFile } from '../src/read/file.js';
import { fold } from '../src/text/normalise.js';
import { FIXTURES, project, projectExpected } from './helpers/fixtures.js';

// Minutes written the way a secretariat writes them in Word (heading styles, Word's own numbered and
// multi-level lists, merged and repeating table headers), in fixtures/word-style/<style>/: each
// input.docx (made by make.mjs there) against its hand-made expected.json, as the golden test does
// for text; a field in known-gaps is an expected failure.

const WORD_STYLE = join(FIXTURES, 'word-style');
const EXACT_FIELDS = ['title', 'date', 'attendees', 'apologies', 'items', 'actions', 'updates', 'commitments'] as const;

const fixtures = readdirSync(WORD_STYLE, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(WORD_STYLE, entry.name, 'input.docx')));

test('the five Word-style documents are here', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(5);
});

for (const { name } of fixtures) {
  describe(name, async () => {
    const dir = join(WORD_STYLE, name);
    const file = join(dir, 'input.docx');
    const actual = project(parseMinutes(await readMinutesFile(file), { file }));
    const expected = projectExpected(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
    const gapsFile = join(dir, 'known-gaps');
    const gaps = new Set(existsSync(gapsFile) ? readFileSync(gapsFile, 'utf8').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean) : []);

    for (const field of EXACT_FIELDS) {
      (gaps.has(field) ? test.fails : test)(field, () => {
        expect(actual[field]).toEqual(expected[field]);
      });
    }

    (gaps.has('decisions') ? test.fails : test)('decisions', () => {
      const got = (actual.decisions as string[]).map(fold);
      const want = ((expected.decisions as string[]) ?? []).map(fold);
      expect(got.length).toBe(want.length);
      for (const decision of want) expect(got.some((g) => g.includes(decision) || decision.includes(g))).toBe(true);
    });
  });
}
