import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

// What folders and globs leave out: the configuration's `ignores:`, `!glob` arguments, a repository's
// own documents, and what its .gitignore files ignore; a file named on its own is always read.

const MINUTES = 'Safer Streets Board – 1 March 2024\n\nPresent: Jo Bloggs, Sam Lee\nApologies: none\n';

/** A repository (a `.git` folder) holding the given files. */
function repository(files: Record<string, string>, { git = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-ignores-'));
  if (git) mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The files `vawg check` reads, as its JSON report lists them. */
async function checked(cwd: string, args: string[]): Promise<string[]> {
  const io = fakeIo({ cwd });
  const code = await run(['check', '--format', 'json', ...args], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(io.out) as { file: string }[]).map((result) => result.file);
}

const FILES = {
  'README.md': '# Minutes of the board\n',
  'minutes/2024-03-01.md': MINUTES,
  'minutes/2024-04-05.txt': MINUTES,
  'minutes/drafts/2024-05-03.md': MINUTES,
  'minutes/scratch.tmp.md': MINUTES,
  'minutes/old/2019-01-01.md': MINUTES,
};

describe('checking a folder or a glob', () => {
  test("leaves out what the repository's .gitignore files ignore, and its README", async () => {
    const dir = repository({ ...FILES, '.gitignore': 'drafts/\n', 'minutes/.gitignore': '*.tmp.md\n' });
    expect(await checked(dir, ['.'])).toEqual(['minutes/2024-03-01.md', 'minutes/2024-04-05.txt', 'minutes/old/2019-01-01.md']);
    expect(await checked(dir, ['minutes/**/*.md'])).toEqual(['minutes/2024-03-01.md', 'minutes/old/2019-01-01.md']);
  });

  test('`gitignore: false` reads ignored files; outside a repository .gitignore files are not read', async () => {
    const files = { ...FILES, '.gitignore': 'drafts/\n' };
    expect(await checked(repository({ ...files, 'vawg.config.yaml': 'gitignore: false\n' }), ['minutes'])).toContain('minutes/drafts/2024-05-03.md');
    expect(await checked(repository(files, { git: false }), ['minutes'])).toContain('minutes/drafts/2024-05-03.md');
  });

  test('`ignores:` in the configuration, from the configuration\'s folder', async () => {
    const dir = repository({ ...FILES, 'vawg.config.yaml': 'ignores: ["minutes/old/**", "**/*.tmp.md"]\n' });
    expect(await checked(dir, ['.'])).toEqual(['minutes/2024-03-01.md', 'minutes/2024-04-05.txt', 'minutes/drafts/2024-05-03.md']);
  });

  test('`!glob` arguments leave out what they match', async () => {
    const dir = repository(FILES);
    expect(await checked(dir, ['minutes', '!minutes/drafts/**', '!**/*.tmp.md'])).toEqual(['minutes/2024-03-01.md', 'minutes/2024-04-05.txt', 'minutes/old/2019-01-01.md']);
  });

  test('the configuration\'s `minutes:` globs take negations too, and ignores apply to them', async () => {
    const dir = repository({ ...FILES, '.gitignore': 'drafts/\n', 'vawg.config.yaml': 'minutes: ["minutes/**/*.md", "!minutes/old/**"]\n' });
    expect(await checked(dir, [])).toEqual(['minutes/2024-03-01.md', 'minutes/scratch.tmp.md']);
  });

  test('a file named on its own is read, ignored or not', async () => {
    const dir = repository({ ...FILES, '.gitignore': 'drafts/\n', 'vawg.config.yaml': 'ignores: ["**/*.tmp.md"]\n' });
    expect(await checked(dir, ['minutes/drafts/2024-05-03.md', 'minutes/scratch.tmp.md'])).toEqual(['minutes/drafts/2024-05-03.md', 'minutes/scratch.tmp.md']);
  });
});
