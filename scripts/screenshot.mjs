#!/usr/bin/env node
// npm run screenshot: makes the report of the fixture series with the CLI and saves the top of the
// page, as Chromium shows it, to docs/report.png (the picture in the README).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBrowser } from './browser.mjs';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'vawg-screenshot-'));
const report = join(work, 'report.html');
try {
  execFileSync(process.execPath, [join(root, 'bin/vawg.js'), 'report', 'fixtures/series', '--as-of', '2025-08-01', '--out', report, '--quiet'], { cwd: root, stdio: 'inherit' });
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(report).href);
    await page.screenshot({ path: join(root, 'docs', 'report.png') });
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log('wrote docs/report.png');
