import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No time limit on a test: a loaded machine is slow, not wrong. A hung run is the CI job's to end.
    testTimeout: 600_000,
    // The CLIs that tests spawn cache their parses here, not in the user's cache folder.
    env: { VAWG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'vawg-test-cache-')) },
  },
});
