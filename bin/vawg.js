#!/usr/bin/env node
// The CLI runs from one bundled file, with V8's code cache (see src/cli/launch.ts): start-up is most
// of a `vawg parse` run. The library (`import … from 'vawg'`) is the unbundled build in dist/.
import { fileURLToPath } from 'node:url';
import { launch } from '../dist/bundle/launch.js';

launch(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url)), process.argv.slice(2), process.env);
