import { describe, expect, test } from 'vitest';
import { fold } from '../src/text/normalise.js';
import { loadFixtures, parseFixture, project, projectExpected } from './helpers/fixtures.js';

const EXACT_FIELDS = ['title', 'date', 'attendees', 'apologies', 'items', 'actions', 'updates', 'commitments'] as const;

// Each fixture is minutes written in one real-world style, with the model a careful secretariat
// would extract by hand. A field listed in the fixture's known-gaps is expected to differ
// (test.fails), so fixing a gap turns that test red until the line is removed.
for (const fixture of loadFixtures()) describe(fixture.name, () => {
  const actual = project(parseFixture(fixture));
  const expected = projectExpected(fixture.expected);

  for (const field of EXACT_FIELDS) {
    const run = fixture.knownGaps.has(field) ? test.fails : test;
    run(field, () => {
      expect(actual[field]).toEqual(expected[field]);
    });
  }

  // Decision wording may keep its lead-in ("It was agreed that …"): each expected decision must be
  // found inside one extracted decision, and there must be no extra ones.
  const run = fixture.knownGaps.has('decisions') ? test.fails : test;
  run('decisions', () => {
    const got = (actual.decisions as string[]).map(fold);
    const want = (expected.decisions as string[]).map(fold);
    expect(got.length).toBe(want.length);
    for (const decision of want) expect(got.some((g) => g.includes(decision) || decision.includes(g))).toBe(true);
  });
});
