#!/usr/bin/env node
// The CLI runs from one bundled file, with V8's code cache (see src/cli/launch.ts): start-up is most
// of a `vawg parse` run. This file is CommonJS (bin/package.json says so), as Node's ES module loader
// takes a good part of a short run to start. The library (`import … from 'vawg'`) is the unbundled
// build in dist/.
'use strict';
const { join } = require('node:path');
const { launch } = require('../dist/bundle/launch.cjs');

launch(join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'), process.argv.slice(2), process.env);
