/**
 * Imports an ES module by name. The CLI bundle runs as a vm.Script, whose import() fails: there this
 * module is swapped for one that imports through a small CommonJS file beside the bundle
 * (scripts/bundle.mjs).
 */
export function importModule(specifier: string): Promise<unknown> {
  return import(specifier);
}
