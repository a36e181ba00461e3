import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// docs/conventions.md is the map of what the parser reads: every fixture is named in it, and every path it names exists.
const ROOT = join(import.meta.dirname, '..');
const catalogue = readFileSync(join(ROOT, 'docs', 'conventions.md'), 'utf8');
const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((name) => statSync(join(ROOT, 'fixtures', name)).isDirectory());

describe('docs/conventions.md', () => {
  test.each(fixtures)('names fixture %s', (name) => {
    expect(catalogue.includes(name)).toBe(true);
  });

  test('every source file and test it points to exists', () => {
    const paths = [...catalogue.matchAll(/`((?:parse|lexicon|read|resolve|text|emit|check|cli)\/[\w./-]+\.ts)`|(test\/[\w./-]+\.test\.ts)/g)].map((m) => (m[1] ? join('src', m[1]) : m[2]));
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !statSync(join(ROOT, path), { throwIfNoEntry: false }))).toEqual([]);
  });
});
