import { execFileSync } from 'node:child_process';
import { parse, parseFragment } from 'parse5';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { emitRegisterCsv, emitRegisterMarkdown } from '../src/emit/register.js';
import { emitRegisterHtml } from '../src/emit/register-html.js';
import { groupEntries } from '../src/emit/action-columns.js';
import { ownerMatches } from '../src/resolve/owner-match.js';
import { longDate } from '../src/text/dates.js';
import { fakeIo } from './helpers/fake-io.js';
import { person, registerEntry } from './helpers/register-entry.js';

const SERIES = 'fixtures/series/community-safety-partnership';

async function actions(...args: string[]) {
  const io = fakeIo();
  const code = await run(['actions', SERIES, '--quiet', '--no-cache', ...args], io);
  return { code, out: io.out, err: io.err };
}

type Node = { nodeName: string; childNodes?: Node[]; value?: string; attrs?: { name: string; value: string }[] };
const all = (node: Node, name: string): Node[] => [...(node.nodeName === name ? [node] : []), ...(node.childNodes ?? []).flatMap((child) => all(child, name))];
const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join(''));

describe('--columns', () => {
  test('md prints the columns asked for, in that order', async () => {
    const { code, out } = await actions('--format', 'md', '--columns', 'id,action,owner,due,status,update');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('| ID | Action | Owner(s) | Due | Status | Last update |');
  });

  test('without --columns, the columns are those vawg has always printed', () => {
    expect(emitRegisterMarkdown([registerEntry()]).split('\n')[0]).toBe('| ID | Action | Owner(s) | Due | Status | Raised | Carried | Last update | Source |');
  });

  test('an unknown column is one usage line listing the valid ones, exit 2', async () => {
    const { code, out, err } = await actions('--format', 'csv', '--columns', 'id,owner,colour');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('vawg: --columns: unknown column `colour`; expected some of body, id, item, action, owner, due, status, rag, raised, carried, update, source\n');
  });

  test('layout options with a format they do not shape are a usage error', async () => {
    const { code, err } = await actions('--format', 'json', '--group-by', 'owner');
    expect(code).toBe(2);
    expect(err).toMatch(/^vawg: --group-by: for --format md, csv or html, not json\n$/);
  });
});

describe('--dates long', () => {
  test('writes dates as agendas do', async () => {
    expect(longDate('2025-06-03')).toBe('3 June 2025');
    expect(longDate('2025-12-31')).toBe('31 December 2025');
    const { out } = await actions('--format', 'md', '--columns', 'action,due,update', '--dates', 'long');
    expect(out).toContain('| 28 March 2025 | 8 July 2025 Ongoing');
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('--group-by', () => {
  const entries = [
    registerEntry({ text: 'First', owners: [person('Zed Young'), person('Ann Lee')], item: '3', raisedAt: { date: '2025-03-11', file: 'b.txt', line: 5 } }),
    registerEntry({ text: 'Second', owners: [], ownersRaw: null, item: '2', raisedAt: { date: '2025-01-14', file: 'a.txt', line: 9 } }),
    registerEntry({ text: 'Third', owners: [person('Ann Lee')], item: '3', raisedAt: { date: '2025-01-14', file: 'a.txt', line: 12 } }),
  ];

  test('owner: each owner in alphabetical order, an action under each of its owners, unowned last', () => {
    expect(groupEntries(entries, 'owner').map((g) => [g.title, g.entries.map((e) => e.text)])).toEqual([
      ['Ann Lee', ['First', 'Third']],
      ['Zed Young', ['First']],
      ['No owner', ['Second']],
    ]);
  });

  test('meeting and item: in date order, items within their meeting', () => {
    expect(groupEntries(entries, 'meeting', 'long').map((g) => g.title)).toEqual(['14 January 2025', '11 March 2025']);
    expect(groupEntries(entries, 'item').map((g) => g.title)).toEqual(['Item 2 — 2025-01-14', 'Item 3 — 2025-01-14', 'Item 3 — 2025-03-11']);
  });

  test('csv puts the group in a first column, rows group by group', () => {
    const rows = parseCsv(emitRegisterCsv(entries, { groupBy: 'owner', columns: ['action'], bom: false }));
    expect(rows).toEqual([['Owner', 'Action'], ['Ann Lee', 'First'], ['Ann Lee', 'Third'], ['Zed Young', 'First'], ['No owner', 'Second']]);
  });

  test('md puts each group under a heading', async () => {
    const { out } = await actions('--format', 'md', '--group-by', 'owner', '--columns', 'action');
    expect(out).toMatch(/^## All\n\n\| Action \|/);
    expect(out).toContain('\n## Colin Ashby\n\n| Action |\n| --- |\n| Confirm the OPCC');
  });
});

describe('--format html', () => {
  const hostile = registerEntry({ text: '<script>alert("x")</script> & <b>bold</b>', owners: [person('<img src=x onerror=alert(1)>')] });

  test('a fragment: one table with a head, text from the minutes shown as text', () => {
    const html = emitRegisterHtml([hostile], { columns: ['action', 'owner'] });
    const fragment = parseFragment(html) as unknown as Node;
    expect(all(fragment, 'script')).toHaveLength(0);
    expect(all(fragment, 'img')).toHaveLength(0);
    expect(all(fragment, 'thead')).toHaveLength(1);
    expect(all(fragment, 'th').map(text)).toEqual(['Action', 'Owner(s)']);
    expect(all(fragment, 'td').map(text)).toEqual(['<script>alert("x")</script> & <b>bold</b>', '<img src=x onerror=alert(1)>']);
    expect(all(fragment, 'html')).toHaveLength(0);
  });

  test('grouped: a tbody per group, opening with a row that names it across the columns', async () => {
    const { code, out } = await actions('--format', 'html', '--group-by', 'owner', '--columns', 'id,action,owner,due,status,update', '--dates', 'long');
    expect(code).toBe(0);
    const fragment = parseFragment(out) as unknown as Node;
    const groups = all(fragment, 'tbody');
    expect(groups.length).toBeGreaterThan(2);
    for (const group of groups) {
      const [first, ...rest] = all(group, 'tr');
      expect(all(first, 'th')[0].attrs).toEqual(expect.arrayContaining([{ name: 'colspan', value: '6' }, { name: 'scope', value: 'rowgroup' }]));
      expect(rest.length).toBeGreaterThan(0);
      for (const row of rest) expect(all(row, 'td')).toHaveLength(6);
    }
    expect(all(groups[1], 'th').map(text)).toEqual(['Colin Ashby']);
  });

  test('--page: a whole page with its charset and title', async () => {
    const { out } = await actions('--format', 'html', '--page');
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const page = parse(out) as unknown as Node;
    expect(all(page, 'meta')[0].attrs).toEqual([{ name: 'charset', value: 'utf-8' }]);
    expect(all(page, 'table')).toHaveLength(1);
    expect((await actions('--format', 'md', '--page')).code).toBe(2);
  });
});

describe('--owner matches the person however the minutes name them', () => {
  const colin = person('Colin Ashby');
  test.each([['Colin Ashby'], ['colin ashby'], ['Colin'], ['Ashby'], ['CA'], ['Cllr Colin Ashby'], ['Col']])('%s', (wanted) => {
    expect(ownerMatches(colin, wanted, { Col: 'Colin Ashby' })).toBe(true);
  });

  test('an alias the other way round: the minutes wrote the alias, the user the name', () => {
    expect(ownerMatches(person('PD', 'PD'), 'Paul Dowie', { PD: 'Paul Dowie' })).toBe(true);
    expect(ownerMatches(person('PD', 'PD'), 'Paul Dowie')).toBe(false);
    expect(ownerMatches(person('Paul Dowie', 'PD'), 'PD')).toBe(true);
    expect(ownerMatches(person('Paul Dowie'), 'Pauly', { Pauly: 'Paul Dowie' })).toBe(true);
  });

  test.each([['Colin Ash'], ['C'], ['AC'], ['Ashbys']])('not %s', (wanted) => {
    expect(ownerMatches(colin, wanted)).toBe(false);
  });

  test('initials name people, not organisations', () => {
    expect(ownerMatches({ name: 'Wrayshire Police', kind: 'organisation', raw: 'Wrayshire Police' }, 'WP')).toBe(false);
    expect(ownerMatches({ name: 'Wrayshire Police', kind: 'organisation', raw: 'Wrayshire Police' }, 'Police')).toBe(true);
  });

  test.each([['CA'], ['Colin'], ['colin ashby']])('through the CLI: --owner %s', async (wanted) => {
    const { out } = await actions('--format', 'csv', '--columns', 'owner', '--owner', wanted, '--no-bom');
    expect(parseCsv(out)).toEqual([['Owner(s)'], ['Colin Ashby']]);
  });
});

test('the built CLI prints the grouped log', () => {
  const out = execFileSync('node', ['bin/vawg.js', 'actions', SERIES, '--quiet', '--no-cache', '--format', 'md', '--group-by', 'meeting', '--dates', 'long'], { encoding: 'utf8' });
  expect(out).toMatch(/^## 14 January 2025\n/);
});
