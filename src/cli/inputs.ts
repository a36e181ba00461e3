import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Config } from '../config/config.js';
import { oneLine } from '../emit/terminal.js';
import { UsageError, type Io } from './io.js';

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

/**
 * The minutes files a command reads: the paths given (reporting each that names nothing on stderr),
 * or with none, the config's `minutes:` globs. `keepOrder` keeps the paths as given (for `diff`).
 */
export async function listMinutes(paths: string[], config: Config, io: Io, { keepOrder = false } = {}): Promise<{ files: string[]; missing: boolean }> {
  if (paths.length === 0) {
    if (config.minutes.length === 0) throw new UsageError('no minutes given: name files, folders or globs, or set `minutes:` in vawg.config.yaml');
    return { files: await expandConfigGlobs(config.minutes, config.root, io.cwd), missing: false };
  }
  const inputs = await expandInputs(paths, io.cwd);
  for (const missing of inputs.missing) io.stderr(`vawg: ${oneLine(missing)}: no such file, folder or matching glob\n`);
  return { files: keepOrder ? paths.filter((p) => !inputs.missing.includes(p)) : inputs.files, missing: inputs.missing.length > 0 };
}
