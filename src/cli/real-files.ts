import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Config } from '../config/config.js';
import { UsageError } from './io.js';

/**
 * The file a path names, as its device and inode once links are followed: the same for a symlink,
 * a hard link and the file itself. Null when there is no such file.
 */
export function fileIdentity(path: string): string | null {
  try {
    const info = statSync(path, { bigint: true });
    return info.isFile() ? `${info.dev}:${info.ino}` : null;
  } catch {
    return null;
  }
}

/**
 * One path per real file: a meeting reached through links or hard links under several names is read
 * once, under its own name where that is one of them. Paths that name no file are kept as they are
 * (reading them reports the problem); order is kept.
 */
export function uniqueRealFiles(files: string[], cwd: string): string[] {
  const identities = files.map((file) => (file === '-' ? null : fileIdentity(resolve(cwd, file))));
  const chosen = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const identity = identities[index];
    if (identity === null) continue;
    const seen = chosen.get(identity);
    if (seen === undefined || (!isOwnName(seen, cwd) && isOwnName(file, cwd))) chosen.set(identity, file);
  }
  return files.filter((file, index) => identities[index] === null || chosen.get(identities[index]!) === file);
}

/** Whether a path reaches its file through no link. */
function isOwnName(file: string, cwd: string): boolean {
  try {
    return realpathSync(resolve(cwd, file)) === resolve(cwd, file);
  } catch {
    return false;
  }
}

/**
 * Refuses an `--out` that is one of the inputs (or the configuration), compared as real files, so
 * neither a link, a hard link nor a file found in a folder or glob can be overwritten by the output.
 * Standard output, devices and pipes are never an input's file, and a file not there yet is nobody's.
 */
export function refuseInputAsOutput(out: string | undefined, inputs: string[], cwd: string, flag = '--out'): void {
  if (out === undefined || out === '-' || out === '/dev/stdout') return;
  const target = fileIdentity(resolve(cwd, out));
  if (target === null) return;
  for (const input of inputs) {
    if (input === '-' || fileIdentity(resolve(cwd, input)) !== target) continue;
    const same = resolve(cwd, input) === resolve(cwd, out) ? `is the input ${input}` : `is the same file as the input ${input}`;
    throw new UsageError(`${flag} ${out} ${same}; refusing to overwrite it`);
  }
}

/**
 * Refuses an output folder (`remind --out-dir`) that holds one of the inputs, however deep or through
 * whatever link: files written there could take an input's name, and would be read as minutes next time.
 */
export function refuseFolderHoldingInputs(dir: string, inputs: string[], cwd: string): void {
  const real = (path: string) => {
    try {
      return realpathSync(resolve(cwd, path));
    } catch {
      return null;
    }
  };
  const folder = real(dir);
  if (folder === null) return;
  for (const input of inputs) {
    const file = input === '-' ? null : real(input);
    if (file !== null && file.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`)) {
      throw new UsageError(`--out-dir ${dir} holds the input ${input}; write the digests to a folder of their own`);
    }
  }
}

/** The configuration file a command read, as an input that `--out` must not overwrite either. */
export function configFiles(config: Config): string[] {
  return config.file ? [config.file] : [];
}
