'use strict';
// Imports an ES module for the CLI bundle (see src/import-module.ts).
module.exports = (specifier) => import(specifier);
