import { describe, expect, test } from 'vitest';
import { buildReport, type ReportBody } from '../src/emit/report/index.js';
import { computeFigures } from '../src/emit/report/figures.js';
import type { Meeting, Owner, Person } from '../src/model/types.js';
import type { HistoryEntry, RegisterEntry } from '../src/register/register.js';

function meeting(file: string, date: string, attendees: string[] = [], commitments = 0): Meeting {
  const person = (name: string): Person => ({ name, initials: null, handle: null, organisation: null, role: null, line: 3 });
  return {
    file, title: 'Test Board', date, time: null, location: null, attendees: attendees.map(person), apologies: [], items: [], actions: [], updates: [],
    commitments: Array.from({ length: commitments }, (_, i) => ({ number: i + 1, title: null, mentions: [] })), decisions: [], closures: [], warnings: [],
  };
}

const owner = (name: string): Owner => ({ name, kind: 'person', raw: name });

/** An action raised at `raised` (file and date), then updated at each later step. */
function entry(text: string, owners: string[], raised: [string, string], due: string | null, steps: [string, string, 'open' | 'closed'][] = []): RegisterEntry {
  const history: HistoryEntry[] = [
    { kind: 'raised', file: raised[0], date: raised[1], line: 10, status: 'open', progress: null },
    ...steps.map(([file, date, status]): HistoryEntry => ({ kind: 'update', file, date, line: 20, status, progress: status === 'closed' ? 'Done.' : 'Ongoing.' })),
  ];
  const last = history.at(-1)!;
  return {
    id: null, text, owners: owners.map(owner), ownersRaw: owners.join(', '), due, dueRaw: due, status: last.status, statusRaw: last.progress, rag: null, progress: last.progress,
    raisedAt: { file: raised[0], date: raised[1], line: 10 }, raisedElsewhere: false, lastUpdate: history.length > 1 ? last : null, history, carried: 0, commitments: [], body: 'Test Board', item: null,
  };
}

// Three meetings by hand: January raises A, B and C; March closes A and raises D; May closes B and raises E and F.
const JAN = ['minutes/2025-01-10.txt', '2025-01-10'] as [string, string];
const MAR = ['minutes/2025-03-10.txt', '2025-03-10'] as [string, string];
const MAY = ['minutes/2025-05-10.txt', '2025-05-10'] as [string, string];
const board: ReportBody = {
  name: 'Test Board',
  meetings: [meeting(MAR[0], MAR[1], ['Ann Lee']), meeting(JAN[0], JAN[1], ['Ann Lee', 'Bo Chan'], 2), meeting(MAY[0], MAY[1], ['Bo Chan'], 1)],
  register: {
    entries: [
      entry('A', ['Ann Lee'], JAN, '2025-02-01', [[...MAR, 'closed']]),
      entry('B', ['Bo Chan'], JAN, '2025-02-01', [[...MAR, 'open'], [...MAY, 'closed']]),
      { ...entry('C', ['Ann Lee', 'Bo Chan'], JAN, '2025-04-01', [[...MAR, 'open']]), rag: 'red' },
      entry('D', ['Ann Lee'], MAR, '2025-06-30'),
      entry('E', ['Bo Chan'], MAY, null),
      entry('F', ['Bo Chan'], MAY, '2025-05-31'),
    ],
  },
};

describe('the headline figures', () => {
  const figures = computeFigures([board], '2025-06-01');

  test('open, overdue, raised and closed at the latest meeting, median age', () => {
    expect(figures.open.map((e) => e.text)).toEqual(['C', 'D', 'E', 'F']);
    // C was due in April and F on 31 May; D is due later and E has no date.
    expect(figures.overdue.map((e) => e.text)).toEqual(['C', 'F']);
    expect(figures.latest).toMatchObject({ date: '2025-05-10', raised: 2, closed: 1 });
    // Ages on 1 June: C 142 days, D 83, E and F 22: the median is (22 + 83) / 2, rounded.
    expect(figures.medianAgeDays).toBe(53);
  });

  test('per meeting, in date order: raised, closed, open at the end, commitments', () => {
    expect(figures.periodKind).toBe('meeting');
    expect(figures.periods.map(({ period, raised, closed, open, commitments }) => ({ period, raised, closed, open, commitments }))).toEqual([
      { period: '2025-01-10', raised: 3, closed: 0, open: 3, commitments: 2 },
      { period: '2025-03-10', raised: 1, closed: 1, open: 3, commitments: 0 },
      { period: '2025-05-10', raised: 2, closed: 1, open: 4, commitments: 1 },
    ]);
  });

  test('an action with two owners counts for each; attendance counts the meetings each person could attend', () => {
    expect(figures.byOwner).toEqual(
      expect.arrayContaining([
        { owner: 'Ann Lee', rag: 'Red', count: 1 },
        { owner: 'Ann Lee', rag: 'Not rated', count: 1 },
        { owner: 'Bo Chan', rag: 'Red', count: 1 },
        { owner: 'Bo Chan', rag: 'Not rated', count: 2 },
      ]),
    );
    expect(figures.byOwner).toHaveLength(4);
    const bo = figures.attendance.filter((c) => c.person === 'Bo Chan');
    expect(bo.map(({ period, present, meetings }) => ({ period, present, meetings }))).toEqual([
      { period: '2025-01-10', present: 1, meetings: 1 },
      { period: '2025-03-10', present: 0, meetings: 1 },
      { period: '2025-05-10', present: 1, meetings: 1 },
    ]);
  });

  test('the page shows them', async () => {
    const html = await buildReport([board], { asOf: '2025-06-01' });
    const figure = (label: string) => new RegExp(`<dt>${label}</dt><dd>([^<]*)`).exec(html)?.[1];
    expect([figure('Open actions'), figure('Overdue'), figure('Raised at the latest meeting'), figure('Closed at the latest meeting'), figure('Median age of open actions')]).toEqual(['4', '2', '2', '1', '53 days']);
    expect(html).toContain('<a href="minutes/2025-01-10.txt#L10">2025-01-10.txt:10</a>');
    // RAG in words beside its colour, and how long an action is overdue.
    expect(html).toContain('<span class="rag rag-red">Red</span> Ongoing.');
    expect(html).toContain('2025-04-01<br><span class="late-word">61 days overdue</span>');
  });
});

describe('a decade of monthly meetings', () => {
  const months = Array.from({ length: 120 }, (_, i) => {
    const date = `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
    return [`m/${date}.txt`, date] as [string, string];
  });
  const decade: ReportBody = {
    name: 'Test Board',
    meetings: months.map(([file, date]) => meeting(file, date, ['Ann Lee'])),
    register: { entries: months.map((held, i) => entry(`Action ${i}`, ['Ann Lee'], held, null)) },
  };

  test('is counted by quarter, each quarter adding up its three meetings', () => {
    const figures = computeFigures([decade], '2025-06-01');
    expect(figures.periodKind).toBe('quarter');
    expect(figures.periods).toHaveLength(40);
    expect(figures.periods[0]).toEqual({ period: '2015 Q1', meetings: 3, raised: 3, closed: 0, open: 3, commitments: 0 });
    expect(figures.periods.at(-1)).toMatchObject({ period: '2024 Q4', raised: 3, open: 120 });
    expect(figures.attendance.filter((c) => c.person === 'Ann Lee')).toHaveLength(40);
  });
});

describe('text from the minutes', () => {
  test('is escaped everywhere: a <script> owner shows as text, in the tables and the charts', async () => {
    const hostile: ReportBody = {
      name: '<b>Board</b>',
      meetings: [meeting('m/<x>.txt', '2025-01-10', ['<script>alert(1)</script>'])],
      register: { entries: [entry('<img src=x onerror=alert(2)> & "quotes"', ['<script>alert(1)</script>'], ['m/<x>.txt', '2025-01-10'], '2025-01-20')] },
    };
    const html = await buildReport([hostile], { asOf: '2025-06-01' });
    expect(html).not.toMatch(/<script|<img|<b>|<x>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('href="m/%3Cx%3E.txt#L10"');
  });
});

describe('a long register', () => {
  const many: ReportBody = {
    name: 'Big Board',
    meetings: [meeting('big.txt', '2025-01-10')],
    register: { entries: Array.from({ length: 30 }, (_, i) => entry(`Action ${i}`, ['Ann Lee'], ['big.txt', '2025-01-10'], '2025-02-01')) },
  };

  test('is cut to the row limit, and the page says so', async () => {
    const html = await buildReport([many], { asOf: '2025-06-01', maxRows: 10 });
    const openTable = html.slice(html.indexOf('id="open"'));
    expect(openTable.match(/<tr>\n<td class="action">/g)).toHaveLength(10);
    expect(openTable).toContain('Showing the first 10 of 30 actions');
    expect(html).toContain('<span class="count">30</span>');
  });

  test('within the limit, nothing is cut', async () => {
    const html = await buildReport([many], { asOf: '2025-06-01' });
    expect(html).not.toContain('Showing the first');
    expect(html.slice(html.indexOf('id="open"')).match(/<tr>\n<td class="action">/g)).toHaveLength(30);
  });
});
