'use strict';
// Imports an ES module for the CLI bundle (see src/libraries.ts).
module.exports = (specifier) => import(specifier);
