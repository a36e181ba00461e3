import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Every temporary file vawg writes (an `--out` file, a cache entry, the code cache) is named
 * `.<target>.vawg-<pid>-<random>.tmp` beside its target, so that a later run can tell its own
 * leftovers from anyone else's files, and a dead writer's from a running one's.
 */
const TEMPORARY = /^\..+\.vawg-(\d+)-[0-9a-f]+\.tmp$/;

/** A fresh temporary path beside `target`, unique among running processes. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.vawg-${process.pid}-${randomHex()}.tmp`);
}

// Math.random, not crypto: the launcher names its temporary file too, and loading crypto costs start-up.
function randomHex(): string {
  return Math.floor(Math.random() * 0xffffffffff).toString(16);
}

/**
 * Removes the temporary files in `dir` left by vawg runs that were killed (`kill -9`, a power cut)
 * before they could clean up: only names of vawg's own pattern, and only when their process is gone.
 * Returns how many were removed; a folder that cannot be read or written is left alone.
 */
export function removeStaleTemporaries(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // Removed by another run meanwhile, or not ours to remove.
    }
  }
  return removed;
}

/** Whether a process with this id is running (EPERM: it is, under another user). */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
