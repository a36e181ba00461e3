// Headless Chromium from the system (Debian's `chromium`), driven by playwright-core: shared by the
// report's browser test and `npm run screenshot`. Nothing is downloaded; a fresh profile each time.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the system browser is there to drive. */
export function hasChromium() {
  return existsSync(CHROMIUM);
}

// No sandbox (CI runs as root), no GPU, and none of the browser's own traffic (updates, sync, QUIC
// probes), so that every request a test sees is one the page made.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser context on a fresh profile; `close()` ends it and removes the profile. */
export async function openBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'vawg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 1500 }, timeout: 120_000 });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
