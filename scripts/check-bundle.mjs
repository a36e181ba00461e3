#!/usr/bin/env node
// The CLI bundle in dist/bundle is committed, so that the GitHub Action and installs from git run it
// without building. This fails when the bundle was not rebuilt after a change to its sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sourceHash } from './source-hash.mjs';

const stamp = join(root, 'dist', 'bundle', 'build.json');
const built = existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')).sources : null;
const current = await sourceHash();
if (built !== current) {
  console.error(`dist/bundle was built from other sources (${built ?? 'none'}, now ${current}): run \`npm run build\` and commit dist/bundle.`);
  process.exit(1);
}
