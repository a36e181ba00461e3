/**
 * What folders and globs leave out of the minutes they find, as ESLint and markdownlint-cli2 do: the
 * configuration's `ignores:`, `!glob` arguments, the repository's own documents (README.md and the
 * like), and, inside a git repository, what its .gitignore files ignore (unless `gitignore: false`).
 * A file named on its own is always read: the user chose it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import type { Config } from '../config/config.js';

// Files a repository of minutes keeps beside them that are not minutes.
const REPOSITORY_DOCUMENTS = ['**/README*', '**/CHANGELOG*', '**/CONTRIBUTING*', '**/CODE_OF_CONDUCT*', '**/SECURITY*', '**/LICENSE*', '**/.github/**'];

type Ignore = { ignores(path: string): boolean };

/** The files to read of those folders and globs found (absolute paths), with `exclusions` (`!glob` arguments, from `cwd`). */
export function withoutIgnored(found: string[], config: Config, cwd: string, exclusions: string[] = []): string[] {
  if (found.length === 0) return found;
  const isDocument = picomatch(REPOSITORY_DOCUMENTS, { dot: true, nocase: true });
  const ignoredByConfig = config.ignores.length > 0 ? picomatch(config.ignores, { dot: true }) : () => false;
  const excluded = exclusions.length > 0 ? picomatch(exclusions, { dot: true }) : null;
  const gitignored = config.gitignore ? gitignoreReader() : null;
  return found.filter((file) => {
    const fromConfig = posix(relative(config.root, file));
    if (!fromConfig.startsWith('../') && (isDocument(fromConfig) || ignoredByConfig(fromConfig))) return false;
    if (excluded && excluded(posix(relative(cwd, file)))) return false;
    return !gitignored?.(file);
  });
}

/** A test of whether a repository's .gitignore files ignore a file; the files are read once per folder. */
function gitignoreReader(): (file: string) => boolean {
  const byFolder = new Map<string, Ignore | null>();
  const rulesOf = (folder: string): Ignore | null => {
    if (!byFolder.has(folder)) {
      const file = join(folder, '.gitignore');
      byFolder.set(folder, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null);
    }
    return byFolder.get(folder)!;
  };
  const roots = new Map<string, string | null>();
  const repositoryOf = (folder: string): string | null => {
    if (!roots.has(folder)) {
      const parent = dirname(folder);
      roots.set(folder, existsSync(join(folder, '.git')) ? folder : parent === folder ? null : repositoryOf(parent));
    }
    return roots.get(folder)!;
  };
  return (file) => {
    const root = repositoryOf(dirname(file));
    if (root === null) return false;
    // Each .gitignore from the repository's root down to the file's folder, with paths relative to it.
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      if (rulesOf(folder)?.ignores(posix(relative(folder, file)))) return true;
      if (folder === root) return false;
    }
  };
}

function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
