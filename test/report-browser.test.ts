import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain script shared with `npm run screenshot`, without types.
import { CHROMIUM, hasChromium, openBrowser } from '../scripts/browser.mjs';
import { FIXTURES } from './helpers/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const SERIES = join(FIXTURES, 'series');
const AS_OF = '2025-08-01';
const CHARTS = ['chart-owners', 'chart-over-time', 'chart-ages', 'chart-attendance', 'chart-commitments'];

interface ExpectedAction {
  id: string | null;
  text: string;
  status: string;
  due: string | null;
}

/** The overdue actions as the series' hand-made registers give them: open, and due before AS_OF. */
function expectedOverdue(): ExpectedAction[] {
  return readdirSync(SERIES).flatMap((series) => {
    const expected = JSON.parse(readFileSync(join(SERIES, series, 'expected.json'), 'utf8')) as { actions: ExpectedAction[] };
    return expected.actions.filter((a) => a.status === 'open' && a.due !== null && a.due < AS_OF);
  });
}

const available = hasChromium();
if (!available) console.warn(`report-browser.test.ts skipped: no Chromium at ${CHROMIUM} (install Debian's \`chromium\`, as .ci/run does, or set CHROMIUM_PATH)`);
const suite = available ? 'the report in headless Chromium' : `the report in headless Chromium: skipped, no browser at ${CHROMIUM} (.ci/run installs Debian's chromium)`;

describe.skipIf(!available)(suite, () => {
  let work = '';
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: import('playwright-core').Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let url = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'vawg-report-browser-'));
    const report = join(work, 'report.html');
    // The real CLI, as a user runs it: the bundle loads vega and vega-lite through the launcher.
    execFileSync(process.execPath, [join(ROOT, 'bin/vawg.js'), 'report', SERIES, '--as-of', AS_OF, '--out', report, '--quiet', '--no-cache']);
    url = pathToFileURL(report).href;
    browser = await openBrowser();
    browser.context.on('request', (request: { url(): string }) => requests.push(request.url()));
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    // Starting the browser on a loaded machine can take far longer than vitest's 10 s for hooks.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  test('opens with no console errors and no request but the page itself', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((request) => request !== url)).toEqual([]);
  });

  test('every chart is an SVG image of non-zero size, with a name and a description', async () => {
    for (const id of CHARTS) {
      const svg = page.locator(`#${id} svg[role="img"]`);
      await expect(svg.count(), id).resolves.toBe(1);
      const box = await svg.boundingBox();
      expect(box!.width, id).toBeGreaterThan(0);
      expect(box!.height, id).toBeGreaterThan(0);
      await expect(svg.locator('title').textContent(), id).resolves.toMatch(/\w/);
      await expect(svg.locator('desc').textContent(), id).resolves.toMatch(/\w/);
    }
  });

  test('the overdue table lists the open actions due before the day given, as the series registers have them', async () => {
    const rows = await page.locator('#overdue table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('td.action')!.cloneNode(true) as HTMLElement;
        cell.querySelector('details')?.remove();
        return { action: cell.textContent!.trim(), due: tr.querySelector('td.date')!.textContent!.slice(0, 10) };
      }),
    );
    const expected = expectedOverdue();
    expect(expected.length).toBeGreaterThan(3);
    const wanted = expected.map((a) => ({ action: a.id ? `${a.id} ${a.text}` : a.text, due: a.due })).sort((a, b) => a.action.localeCompare(b.action));
    expect([...rows].sort((a, b) => a.action.localeCompare(b.action))).toEqual(wanted);
    // The longest overdue first.
    expect(rows.map((r) => r.due)).toEqual(rows.map((r) => r.due).sort());
  });

  test('axe finds no serious or critical accessibility problem', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const results = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('a screenshot is written for people to look at', async () => {
    const file = join(work, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
