import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemporaries, temporaryPath } from '../fs/temporaries.js';

/**
 * Parsed meetings stored on disk by the hash of what produced them: the file's bytes, the parser's
 * build, the settings that change a parse, and the shape kept. An entry is a header line holding its
 * own key and the SHA-256 of its payload, then the payload (the meeting as JSON). An entry whose
 * header, key or checksum does not match (cut short, edited, or copied to another key's place) is
 * never trusted: it reads as a miss, and is rewritten after the file is parsed again.
 */
export class MeetingCache {
  /** Subfolders this process has made, so each is made once, not once per entry. */
  private readonly made = new Set<string>();

  constructor(readonly dir: string) {}

  /** The key of one file's parse. `recipe` is everything besides the bytes that changes the result. */
  static key(bytes: Uint8Array, recipe: string): string {
    return createHash('sha256').update(`${FORMAT}\n${recipe}\n`).update(bytes).digest('hex');
  }

  /** The stored JSON of a parse, or undefined when there is none or it is damaged. */
  get(key: string): string | undefined {
    const path = this.path(key);
    let entry: string;
    try {
      // Checked first because a miss is common on a first run, and a failed read costs an exception.
      if (!existsSync(path)) return undefined;
      entry = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const newline = entry.indexOf('\n');
    const [format, entryKey, checksum] = entry.slice(0, newline).split(' ');
    const payload = entry.slice(newline + 1);
    if (newline < 0 || format !== FORMAT || entryKey !== key || checksum !== sha256(payload)) return undefined;
    return payload;
  }

  /**
   * Stores a parse through a temporary file and a rename, so a reader never sees half an entry and
   * two runs writing the same entry at once both leave a whole one. Returns false when the cache
   * folder cannot be written (read-only home, full disk): the run goes on without it. Asynchronous,
   * so that the writes go on beside the parsing of the next files.
   */
  async set(key: string, payload: string): Promise<boolean> {
    const path = this.path(key);
    const temporary = temporaryPath(path);
    try {
      const folder = join(this.dir, key.slice(0, 2));
      if (!this.made.has(folder)) {
        await fs.mkdir(folder, { recursive: true });
        // Once per folder and run: what a run killed while filling the cache left behind.
        removeStaleTemporaries(folder);
        this.made.add(folder);
      }
      await fs.writeFile(temporary, `${FORMAT} ${key} ${sha256(payload)}\n${payload}`);
      await fs.rename(temporary, path);
      return true;
    } catch {
      await fs.unlink(temporary).catch(() => undefined);
      return false;
    }
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}

/** Bumped whenever the entry layout changes, so older entries are simply not found. */
const FORMAT = 'vawg-cache-2';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
