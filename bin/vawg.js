#!/usr/bin/env node
// The CLI runs from a bundle (one file to load instead of dozens of modules): start-up is most of a
// `vawg parse` run. The library (`import … from 'vawg'`) is the unbundled build in dist/.
import { main } from '../dist/bundle/bin.js';

main();
