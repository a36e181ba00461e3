import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

const MINUTES_GLOB = '**/*.{txt,md,markdown}';

export interface Inputs {
  files: string[];
  /** Arguments that named nothing: a missing file, or a glob with no matches. */
  missing: string[];
}

/**
 * Files named on the command line: files as given, folders searched recursively for .txt/.md,
 * globs expanded. Paths come back relative to `cwd` where they lie under it, sorted, without repeats.
 */
export async function expandInputs(args: string[], cwd: string): Promise<Inputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.add('-');
      continue;
    }
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(MINUTES_GLOB, { cwd: resolve(cwd, arg), absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      for (const file of found) files.add(display(file, cwd));
    } else if (info) files.add(arg);
    else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) missing.push(arg);
      for (const file of found) files.add(display(file, cwd));
    } else missing.push(arg);
  }
  return { files: [...files].sort(), missing };
}

/** Globs from a config file, resolved from the config's folder. */
export async function expandConfigGlobs(globs: string[], root: string, cwd: string): Promise<string[]> {
  const found = await glob(globs, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] });
  return found.map((file) => display(file, cwd)).sort();
}

function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
