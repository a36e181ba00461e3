import { existsSync, realpath, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern, type GlobOptions } from 'tinyglobby';
import type { Config } from '../config/config.js';
import { oneLine } from '../emit/terminal.js';
import { UsageError, type Io } from './io.js';
import { withoutIgnored } from './ignores.js';
import { uniqueRealFiles } from './real-files.js';

const MINUTES_GLOB = '**/*.{txt,md,markdown,html,htm,docx,pdf}';
const MINUTES_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf']);

export interface Inputs {
  files: string[];
  /** Arguments that named nothing: a missing file, or a glob with no matches. */
  missing: string[];
  /** Links met in folders and globs that lead nowhere (dangling or looping), with the reason. */
  brokenLinks: { link: string; problem: string }[];
}

/**
 * Files named on the command line: files as given, folders searched recursively for .txt/.md/.html/.docx/.pdf,
 * globs expanded. Paths come back relative to `cwd` where they lie under it, sorted, one per real
 * file (a meeting reached through several links is read once).
 */
export async function expandInputs(args: string[], cwd: string, leaveOut: LeaveOut = (found) => found): Promise<Inputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  const broken = new Map<string, string>();
  // "!minutes/drafts/**": what folders and globs find there is left out (a file named "!x" is still a file).
  const isExclusion = (arg: string) => arg.length > 1 && arg.startsWith('!') && !existsSync(resolve(cwd, arg));
  const exclusions = args.filter(isExclusion).map((arg) => arg.slice(1));
  for (const arg of args) {
    if (arg === '-') {
      files.add('-');
      continue;
    }
    if (isExclusion(arg)) continue;
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(MINUTES_GLOB, { cwd: resolve(cwd, arg), absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], fs: watchLinks(broken) });
      for (const file of leaveOut(found, exclusions)) files.add(display(file, cwd));
    } else if (info) files.add(arg);
    else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, absolute: true, ignore: ['**/node_modules/**'], fs: watchLinks(broken) });
      if (found.length === 0) missing.push(arg);
      for (const file of leaveOut(found, exclusions)) files.add(display(file, cwd));
    } else missing.push(arg);
  }
  return { files: uniqueRealFiles([...files].sort(), cwd), missing, brokenLinks: brokenLinkList(broken, cwd) };
}

/** Globs from a config file, resolved from the config's folder. */
export async function expandConfigGlobs(globs: string[], root: string, cwd: string, leaveOut: LeaveOut = (found) => found): Promise<Inputs> {
  const broken = new Map<string, string>();
  const found = leaveOut(await glob(globs, { cwd: root, absolute: true, ignore: ['**/node_modules/**'], fs: watchLinks(broken) }), []);
  return { files: uniqueRealFiles(found.map((file) => display(file, cwd)).sort(), cwd), missing: [], brokenLinks: brokenLinkList(broken, cwd) };
}

/** What folders and globs found (absolute paths) less what is left out of them (src/cli/ignores.ts). */
type LeaveOut = (found: string[], exclusions: string[]) => string[];

/**
 * A file-system adapter for the glob walker that notes each link it could not follow; the walker
 * asks `realpath` of links only, and skips those that fail without a word.
 */
function watchLinks(broken: Map<string, string>): GlobOptions['fs'] {
  const watched = (path: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void): void =>
    realpath(path, (error, resolved) => {
      if (error) broken.set(path, error.code === 'ELOOP' ? 'it leads round in a loop' : error.code === 'ENOENT' ? 'what it points to does not exist' : `it cannot be followed (${error.code})`);
      callback(error, resolved);
    });
  return { realpath: watched as unknown as typeof realpath };
}

/**
 * Broken links that could have been minutes (named as minutes, or with no extension: a folder), each
 * once, under its shortest name: a link inside a folder reached through other links is met repeatedly.
 */
function brokenLinkList(broken: Map<string, string>, cwd: string): Inputs['brokenLinks'] {
  const byPlace = new Map<string, { link: string; problem: string }>();
  for (const [link, problem] of broken) {
    if (extname(link) !== '' && !MINUTES_EXTENSIONS.has(extname(link).toLowerCase())) continue;
    const place = realPlace(link);
    const seen = byPlace.get(place);
    const shown = display(link, cwd);
    if (!seen || shown.length < seen.link.length) byPlace.set(place, { link: shown, problem });
  }
  return [...byPlace.values()].sort((a, b) => (a.link < b.link ? -1 : 1));
}

/** Where a link itself lies once the folders above it are resolved (the link is not followed). */
function realPlace(link: string): string {
  try {
    return join(realpathSync(dirname(link)), basename(link));
  } catch {
    return link;
  }
}

function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/**
 * The minutes files a command reads: the paths given (reporting each that names nothing on stderr),
 * or with none, the config's `minutes:` globs. `keepOrder` keeps the paths as given (for `diff`).
 * A link in a folder or glob that cannot be followed is a warning naming it; the rest are still read.
 */
export async function listMinutes(paths: string[], config: Config, io: Io, { keepOrder = false } = {}): Promise<{ files: string[]; missing: boolean }> {
  if (paths.length === 0 && config.minutes.length === 0) throw new UsageError('no minutes given: name files, folders or globs, or set `minutes:` in vawg.config.yaml');
  const leaveOut: LeaveOut = (found, exclusions) => withoutIgnored(found, config, io.cwd, exclusions);
  const inputs = paths.length === 0 ? await expandConfigGlobs(config.minutes, config.root, io.cwd, leaveOut) : await expandInputs(paths, io.cwd, leaveOut);
  for (const missing of inputs.missing) io.stderr(`vawg: ${oneLine(missing)}: no such file, folder or matching glob\n`);
  for (const { link, problem } of inputs.brokenLinks) io.stderr(`vawg: warning: ${oneLine(link)}: link skipped, ${problem}\n`);
  return { files: keepOrder ? paths.filter((p) => !inputs.missing.includes(p)) : inputs.files, missing: inputs.missing.length > 0 };
}
