/**
 * Loads an ES module by name. The CLI bundle runs in a vm.Script, which cannot import(): there
 * scripts/bundle.mjs puts in its place the import() that the launcher (src/cli/launch.ts) lends.
 */
export function loadModule(specifier: string): Promise<unknown> {
  return import(specifier);
}
