import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readMarkdown } from '../src/read/markdown.js';
import type { Line } from '../src/read/source.js';
import { FIXTURES } from './helpers/fixtures.js';
import { readMarkdown as readWithRemark } from './helpers/remark-reader.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

/** What the extractors depend on, per line. (remark sees a bold lead only at a paragraph's start; the reader on every line.) */
function shape(line: Line) {
  return { line: line.line, kind: line.kind, text: line.text, checked: line.checked, cells: line.cells, lead: line.blockStart ? line.lead : undefined };
}

const SNIPPETS: Record<string, string> = {
  'setext headings, rules and quotes': 'Board\n=====\n\n> Quoted *notes* with a [link](http://x).\n\n---\n\nSub\n---\n',
  'nested lists, tasks and ordered items': '- one\n  - two\n    - [x] done **now**\n1. first\n2) second\n',
  'tables with escaped pipes and alignment': '| A | B \\| C |\n|:--|--:|\n| 1 | `x` |\n| only |\n\nafter\n',
  'fenced code and HTML comments are skipped': '```\nACTION (X) – not real\n```\n<!-- ACTION (Y) – hidden -->\n\nReal text.\n',
  'a table kept in a code block, and a code block that is not a table': '**Attendees:**\n\n```\n| Name | Abbr |\n| ---- | ---- |\n| Jo Doe | JD |\n```\n\n```\nACTION (X) – not real\n```\n',
  'a setext heading over two lines': 'Remote:\nJo Doe (JD), Sam Lee (SL)\n-----\n\nAfter.\n',
  'kramdown attribute lists': '> ***Resolution #1: approve the draft***\n{: #resolution1 .resolution}\n\nNext paragraph.\n{: .note}\n',
  'callouts and alerts: a short title is a label, a kind alone no text': '> [!success] Decision\n> Move the show to 6pm.\n\n> [!NOTE]\n> A plain note.\n\n> [!info] Wednesday 12 March 2025, 7pm\n',
  'emoji before a heading, and Roam properties on bullets': '## ✅ Decisions\n\n- Attendees:: [[Jo Doe]] [[Sam Lee]] (guest) [[Ann Bo]]\n- {{[[TODO]]}} [[Jo Doe]] book the hall\n',
  'inline markup': '**Action:** RT to _review_ the ~~old~~ `main` plan &amp; report<br>\n',
  'backslash escapes are their characters, never markup': 'Approved by the board on: \\_\\_\\_\\_\\_\\_\n\n\\*not emphasis\\* and \\&amp; kept, 1\\. not a list\n',
  'an HTML table on one line': 'Present:\n\n<table class="roll"><tbody><tr><th>Name</th><th>Role</th></tr><tr><td><b>Cllr Ada Quill</b>&nbsp;</td><td>Chair<br/>(acting)</td></tr><tr><td>&nbsp;</td><td></td></tr></tbody></table>\n\nAfter the table.\n',
  'an HTML table over many lines, with a blank line inside': 'Intro line.\n<table>\n  <tr>\n    <td>1.</td>\n    <td><p>Welcome &amp; <em>apologies</em></p></td>\n  </tr>\n\n  <tr><td>2.</td><td>Minutes of\n  the last meeting</td></tr>\n</table>\n\n- a list after\n',
  'an HTML block with paragraphs, a heading, a list and a table': '<div class="minutes">\n<h2>Attendance</h2>\n<p><strong>Apologies:</strong> Ben Lomax,<br>Cara Penn</p>\n<ul><li>first point</li><li>second <i>point</i></li></ul>\n<table><tr><td>ACTION</td><td>Clerk to write</td></tr></table>\n</div>\n\nText.\n',
  'a layout table whose cells hold whole sections': `<table><tr><td>Item</td><td>&nbsp;</td><td>Action</td></tr><tr><td><strong>24/1</strong></td><td><strong>Open forum</strong><div></div>${'Residents raised the state of the footpath by the green at length. '.repeat(9)}<div></div>The clerk will write to the county.</td><td>&nbsp;<div></div>Clerk</td></tr></table>\n`,
  'a table inside a table cell': '<table><tr><td>Outer <table><tr><td>inner a</td><td>inner b</td></tr></table></td><td>right</td></tr></table>\n',
  'an HTML block without a table keeps its text lines': '<div>\nPresent: Jo Doe\n</div>\n',
};

// remark (remark-parse + remark-gfm) is the reference implementation of markdown: the project's own
// single-pass reader must give the extractors the same lines on real minutes.
describe('the markdown reader agrees with remark on what the extractors read', () => {
  const files = [...markdownFiles(FIXTURES), ...markdownFiles(join(FIXTURES, '..', 'test'))];
  test.each(files.map((file) => [relative(FIXTURES, file), readFileSync(file, 'utf8')]))('%s', (_name, text) => {
    expect(readMarkdown('m.md', text).lines.map(shape)).toEqual(readWithRemark('m.md', text).lines.map(shape));
  });
  test.each(Object.entries(SNIPPETS))('%s', (_name, text) => {
    expect(readMarkdown('m.md', text).lines.map(shape)).toEqual(readWithRemark('m.md', text).lines.map(shape));
  });
});
