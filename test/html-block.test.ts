import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { readMarkdown } from '../src/read/markdown.js';

// Website minutes exported to markdown keep their tables as raw HTML. The markdown reader reads such
// a block with an HTML parser: rows become cells as a GFM table's do, every line keeps its line number.
const rows = (text: string) => readMarkdown('m.md', text).lines.map((line) => ({ line: line.line, text: line.text, cells: line.cells }));

describe('HTML tables in markdown', () => {
  test('a one-line table gives one row of cells per <tr>, all on its line; empty spacer rows are dropped', () => {
    const text = '# Village Council\n\n<table border="0"><tbody><tr><td><b>Name</b></td><td>Office</td></tr><tr><td>&nbsp;</td><td> </td></tr><tr><td>Cllr Ada&nbsp;Quill</td><td>Chair<br>(acting)</td></tr></tbody></table>\nAfter.\n';
    expect(rows(text)).toEqual([
      { line: 1, text: 'Village Council', cells: null },
      { line: 3, text: 'Name Office', cells: ['Name', 'Office'] },
      { line: 3, text: 'Cllr Ada Quill Chair (acting)', cells: ['Cllr Ada Quill', 'Chair (acting)'] },
      { line: 4, text: 'After.', cells: null },
    ]);
  });

  test('a table over many lines numbers each row from its own <tr>, through a blank line inside the table', () => {
    const text = 'Minutes\n\n<table>\n<tr>\n  <td>1.</td><td>Apologies from\n  Ben Lomax</td>\n</tr>\n\n<tr><td>2.</td><td>Minutes &amp; matters</td></tr>\n</table>\n';
    expect(rows(text)).toEqual([
      { line: 1, text: 'Minutes', cells: null },
      { line: 4, text: '1. Apologies from Ben Lomax', cells: ['1.', 'Apologies from Ben Lomax'] },
      { line: 9, text: '2. Minutes & matters', cells: ['2.', 'Minutes & matters'] },
    ]);
  });

  test('the text around a table in the same block becomes lines, with a bold lead', () => {
    const lines = readMarkdown('m.md', '<div>\n<p><strong>Apologies:</strong> Cara Penn</p>\n<table><tr><td>x</td></tr></table>\n</div>\n').lines;
    expect(lines.map((line) => [line.line, line.text, line.lead])).toEqual([
      [2, 'Apologies: Cara Penn', 'Apologies'],
      [3, 'x', null],
    ]);
  });

  test('a layout table (a cell holding a whole section) is read as the lines it holds, its item number opening the first', () => {
    const long = 'The footpath by the green was discussed at length by members and residents. '.repeat(8);
    const text = `<table><tr><td><b>7</b></td><td><b>Highways</b><div></div>${long}<div></div>Clerk to write to the county.</td><td>Clerk</td></tr></table>\n`;
    expect(rows(text).map((row) => [row.line, row.text.slice(0, 30), row.cells])).toEqual([
      [1, '7 Highways', null],
      [1, long.trim().slice(0, 30), null],
      [1, 'Clerk to write to the county.', null],
      [1, 'Clerk', null],
    ]);
  });

  test('a roll in an HTML table is read as the same roll in a GFM table is', () => {
    const head = '# Parish Council, 3 March 2025\n\nPresent:\n\n';
    const tail = '\n\nApologies: Cllr Ben Lomax\n\n1. Welcome\n';
    const gfm = parseMinutes(`${head}| Name | Role |\n| --- | --- |\n| Cllr Ada Quill | Chair |\n| Cllr Tom Vance | Clerk |${tail}`, { file: 'm.md' });
    const html = parseMinutes(`${head}<table><thead><tr><th>Name</th><th>Role</th></tr></thead>\n<tbody><tr><td>Cllr <b>Ada</b> Quill</td><td>Chair</td></tr><tr><td>Cllr Tom Vance</td><td>Clerk</td></tr></tbody></table>${tail}`, { file: 'm.md' });
    expect(gfm.attendees.map((person) => person.name)).toEqual(['Ada Quill', 'Tom Vance']);
    expect(html.attendees.map(({ name, role }) => ({ name, role }))).toEqual(gfm.attendees.map(({ name, role }) => ({ name, role })));
    expect(html.apologies.map((person) => person.name)).toEqual(['Ben Lomax']);
  });
});

describe('the HTML parser is loaded only for a file that needs it', () => {
  test('plain text and markdown without an HTML table do not load parse5; a table does', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { parseMinutes } = await import(${JSON.stringify(join(import.meta.dirname, '..', 'dist', 'index.js'))});
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('parse5'));
      parseMinutes('Present: Jo Doe\\n<div>x</div>\\n', { file: 'a.txt' });
      parseMinutes('Present: Jo Doe\\n\\n<div>x</div>\\n', { file: 'a.md' });
      const before = loaded();
      parseMinutes('<table><tr><td>Jo Doe</td></tr></table>\\n', { file: 'a.md' });
      console.log(JSON.stringify([before, loaded()]));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([false, true]);
  });
});
