import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemporaries, temporaryPath } from '../fs/temporaries.js';
import { folderProblem, PRIVATE_FILE, PRIVATE_FOLDER, readTrusted } from './trust.js';

/**
 * Parsed meetings stored on disk by the hash of what produced them: the file's bytes, the parser's
 * build, the settings that change a parse, and the shape kept. An entry is a header line holding its
 * own key and the SHA-256 of its payload, then the payload (the meeting as JSON). An entry whose
 * header, key or checksum does not match (cut short, edited, or copied to another key's place) is
 * never trusted: it reads as a miss, and is rewritten after the file is parsed again.
 * The checksum has no secret, so whoever can write the folder could forge entries: entries are read
 * only from folders and files that are the user's alone (src/cache/trust.ts).
 */
export class MeetingCache {
  /** Subfolders this process has made, so each is made once, not once per entry. */
  private readonly made = new Set<string>();
  /** Why each subfolder read so far may not be used (undefined when it may), so each is checked once. */
  private readonly folders = new Map<string, string | undefined>();
  /** Why the whole cache may not be used: its folder is not the user's alone. Then nothing is read or written. */
  readonly problem: string | undefined;
  /** The first reason an entry or subfolder was not used, for one warning at the end of a run. */
  entryProblem: string | undefined;

  constructor(readonly dir: string) {
    this.problem = folderProblem(dir, true);
  }

  /** The key of one file's parse. `recipe` is everything besides the bytes that changes the result. */
  static key(bytes: Uint8Array, recipe: string): string {
    return createHash('sha256').update(`${FORMAT}\n${recipe}\n`).update(bytes).digest('hex');
  }

  /** The stored JSON of a parse, or undefined when there is none or it is damaged. */
  get(key: string): string | undefined {
    if (this.problem || this.distrusted(join(this.dir, key.slice(0, 2)))) return undefined;
    const read = readTrusted(this.path(key), MAX_ENTRY);
    if (read && 'problem' in read) this.entryProblem ??= read.problem;
    if (!read || !('bytes' in read)) return undefined;
    const entry = read.bytes.toString('utf8');
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
    const folder = join(this.dir, key.slice(0, 2));
    if (this.problem || this.distrusted(folder)) return false;
    try {
      if (!this.made.has(folder)) {
        await fs.mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
        // Once per folder and run: what a run killed while filling the cache left behind.
        removeStaleTemporaries(folder);
        this.made.add(folder);
      }
      await fs.writeFile(temporary, `${FORMAT} ${key} ${sha256(payload)}\n${payload}`, { mode: PRIVATE_FILE, flag: 'wx' });
      await fs.rename(temporary, path);
      return true;
    } catch {
      await fs.unlink(temporary).catch(() => undefined);
      return false;
    }
  }

  /** Whether a subfolder is not the user's alone (checked once; one that does not exist yet is fine). */
  private distrusted(folder: string): boolean {
    if (!this.folders.has(folder)) this.folders.set(folder, folderProblem(folder, false));
    const problem = this.folders.get(folder);
    this.entryProblem ??= problem;
    return problem !== undefined;
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}

/** Far more than the JSON of any parse vawg stores (a 20 MB file gives a few MB): a larger entry was not written by vawg. */
const MAX_ENTRY = 256 * 1024 * 1024;

/** Bumped whenever the entry layout changes, so older entries are simply not found. */
const FORMAT = 'vawg-cache-2';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
