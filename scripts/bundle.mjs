#!/usr/bin/env node
// Bundles the CLI into dist/bundle, since loading and compiling code is most of a short run:
// - cli.cjs, the whole CLI in one CommonJS file, which bin/vawg.js runs with V8's code cache
//   (src/cli/launch.ts);
// - launch.cjs, which runs cli.cjs with the cache;
// - parse-worker.js, the parser alone, which worker threads load for large folders;
// - import-module.cjs, through which cli.cjs imports ES modules.
// VAWG_BUILD, a hash of the sources and the dependencies, keys the parse cache: any change to the
// code makes earlier cached parses miss.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root, sourceHash } from './source-hash.mjs';

// commander loads node:child_process at start-up (2 ms) for executable subcommands, which vawg does
// not have: it gets a stand-in that loads the module only if it is ever used.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('commander') ? { path: 'lazy', namespace: 'lazy-child-process' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};
// The bundle runs as a vm.Script, whose import() fails: src/import-module.ts, which ES-module-only
// libraries (pdf.js, vega) are imported through, becomes a call to import-module.cjs, a real CommonJS
// module beside the bundle, whose import() works.
const importThroughFile = {
  name: 'import-through-file',
  setup(build) {
    build.onResolve({ filter: /[/\\]import-module\.js$/ }, () => ({ path: 'import-module', namespace: 'import-through-file' }));
    build.onResolve({ filter: /^\.\/import-module\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'import-through-file' }, () => ({
      contents: "exports.importModule = (specifier) => require('./import-module.cjs')(specifier);",
      loader: 'js',
    }));
  },
};
const sources = await sourceHash();
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
// What the bundle was built from: scripts/check-bundle.mjs compares it with the sources.
writeFileSync(join(outdir, 'build.json'), `${JSON.stringify({ sources })}\n`);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  define: { VAWG_BUILD: JSON.stringify(sources) },
};
await build({
  ...common,
  entryPoints: [join(root, 'src/cli/bin.ts')],
  outfile: join(outdir, 'cli.cjs'),
  format: 'cjs',
  // Left to node_modules, and loaded only by the commands and formats that need them.
  external: ['yaml', 'iconv-lite', 'csv-stringify', 'csv-stringify/sync', 'parse5', 'exceljs', 'mammoth', 'jszip', '@xmldom/xmldom', 'ical-generator', 'nodemailer', 'slugify', 'vega', 'vega-lite', 'pdfjs-dist'],
  define: { ...common.define, 'import.meta.url': '__vawgFileUrl' },
  plugins: [lazyChildProcess, importThroughFile],
  banner: { js: "const __vawgFileUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// See importThroughFile.
writeFileSync(join(outdir, 'import-module.cjs'), "'use strict';\n// Imports an ES module for the CLI bundle (see src/import-module.ts).\nmodule.exports = (specifier) => import(specifier);\n");
// The launcher that bin/vawg.js requires: one small CommonJS file, so that starting costs one module
// load and never starts Node's ES module loader.
await build({
  ...common,
  entryPoints: [join(root, 'src/cli/launch.ts')],
  outfile: join(outdir, 'launch.cjs'),
  format: 'cjs',
});
await build({
  ...common,
  entryPoints: [join(root, 'src/cli/parse-worker.ts')],
  outfile: join(outdir, 'parse-worker.js'),
  format: 'esm',
  // Bundled CommonJS dependencies still call require().
  banner: { js: "import { createRequire as __vawgRequire } from 'node:module'; const require = __vawgRequire(import.meta.url);" },
});

// esbuild leaves characters beyond ASCII in regular expressions, raw templates (the patterns of
// src/text/letters.ts) and comments. A file with any such character is read into a two-byte string
// and decoded character by character; in ASCII it is read in a few copies. \uXXXX stands for the same
// character in every one of those places (a pair of them for a character beyond the BMP).
for (const name of ['cli.cjs', 'launch.cjs', 'parse-worker.js']) {
  const file = join(outdir, name);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
