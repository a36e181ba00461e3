#!/usr/bin/env node
// Bundles the CLI into dist/bundle: one file to load instead of dozens of modules, since start-up is
// most of a `vawg parse` run. The parse worker is a second entry, loaded by worker threads.
// VAWG_BUILD, a hash of the sources and the version, keys the parse cache: any change to the code
// makes earlier cached parses miss.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { glob } from 'tinyglobby';

const root = join(import.meta.dirname, '..');
const hash = createHash('sha256');
for (const file of (await glob(['src/**/*.ts', 'package.json', 'package-lock.json'], { cwd: root })).sort()) hash.update(file).update(readFileSync(join(root, file)));
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/bin.ts'), join(root, 'src/cli/parse-worker.ts')],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  target: 'node20',
  logLevel: 'warning',
  define: { VAWG_BUILD: JSON.stringify(hash.digest('hex').slice(0, 16)) },
  // Bundled CommonJS dependencies still call require().
  banner: { js: "import { createRequire as __vawgRequire } from 'node:module'; const require = __vawgRequire(import.meta.url);" },
});
