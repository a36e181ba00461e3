import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Ten minutes: a loaded machine is slow, not wrong, but a hung test must still end the run.
    testTimeout: 600_000,
    // The CLIs that tests spawn cache their parses here, not in the user's cache folder.
    env: { VAWG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'vawg-test-cache-')) },
  },
});
