import { availableParallelism } from 'node:os';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { MeetingCache } from '../cache/meeting-cache.js';
import type { Config } from '../config/config.js';
import type { Meeting } from '../model/types.js';
import { isMarkdownFile } from '../read/index.js';
import { InputError, readMinutesBytes } from '../read/file.js';
import { formatDiagnostic } from './report.js';
import { listMinutes } from './inputs.js';
import type { Io } from './io.js';
import { meetingFromJson, type ParseSettings } from './parse-job.js';
import { ParsePool } from './parse-pool.js';
import { Progress } from './progress.js';

export interface LoadOptions {
  maxSize: number;
  quiet: boolean;
  /** Read and write parsed meetings in the user's cache (default true). */
  cache?: boolean;
  /** Threads to parse on, this one included; default one per core for large folders, else 1. */
  jobs?: number;
  /** `register` keeps only what the action register needs (see ParseSettings). */
  shape?: ParseSettings['shape'];
  /** Keep the paths in the order given (for `diff`) instead of sorted. */
  keepOrder?: boolean;
}

/**
 * Files per thread below which another thread costs more than it saves: each thread compiles and
 * warms up the parser afresh, which on two cores takes about a thousand files to pay back.
 */
const FILES_PER_THREAD = 1000;
/** Files waiting for a parser thread at most, so a folder's text is never all in memory at once. */
const PARSE_AHEAD = 64;

/**
 * Reads and parses every minutes file the paths (or, with none, the config's globs) name, taking each
 * from the cache when its bytes were parsed before, and parsing the rest on worker threads.
 * A bad file is reported on stderr and skipped; the rest are still read. Messages come in file order.
 */
export async function loadMeetings(paths: string[], config: Config, options: LoadOptions, io: Io): Promise<{ meetings: Meeting[]; failed: boolean }> {
  const listed = await listMinutes(paths, config, io, { keepOrder: options.keepOrder });
  const files = listed.files;
  const settings: ParseSettings = { dateOrder: config.dateOrder ?? undefined, aliases: config.aliases, closedWords: config.closedWords, shape: options.shape ?? 'full' };
  const cache = options.cache === false ? undefined : new MeetingCache(defaultCacheDir(io.env));
  const cacheWrites: Promise<boolean>[] = [];
  const threads = options.jobs ?? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD));
  const pool = new ParsePool(settings, Math.max(1, threads));
  const progress = Progress.wanted(io.stderrIsTTY, io.env, options.quiet) ? new Progress(io.stderr, files.length, 'vawg: reading minutes') : undefined;

  const meetings: (Meeting | undefined)[] = new Array(files.length);
  const messages: string[][] = files.map(() => []);
  let done = 0;
  const finish = (index: number, meeting: Meeting): void => {
    meetings[index] = meeting;
    if (!options.quiet) {
      for (const warning of meeting.warnings) messages[index].push(formatDiagnostic(warning));
      if (!meeting.date) messages[index].push(`${meeting.file}:1:1: warning: no meeting date found; the meeting is ordered last [meeting-date]`);
    }
    progress?.update(++done);
  };

  let failed = listed.missing;
  let cacheWritable = true;
  const inputError = (index: number, error: InputError): void => {
    messages[index].push(`vawg: ${error.message}`);
    failed = true;
    progress?.update(++done);
  };

  const parsing = new Set<Promise<void>>();
  let parseError: unknown;
  try {
    for (const [index, file] of files.entries()) {
      try {
        const bytes = await readMinutesBytes(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd });
        const key = cache ? MeetingCache.key(bytes, recipe(file, settings)) : undefined;
        const stored = key && cache?.get(key);
        const cached = stored ? readStored(stored, file) : undefined;
        if (cached) {
          finish(index, cached);
          continue;
        }
        const job = pool
          .parse({ file, bytes })
          .then((json) => {
            if (key) cacheWrites.push(cache!.set(key, json));
            finish(index, meetingFromJson(json, file));
          })
          .catch((error: unknown) => {
            if (!(error instanceof InputError)) parseError ??= error;
            else inputError(index, error);
          })
          .finally(() => parsing.delete(job));
        parsing.add(job);
        if (parsing.size >= PARSE_AHEAD) await Promise.race(parsing);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        inputError(index, error);
      }
    }
    await Promise.all(parsing);
    if (parseError) throw parseError;
    cacheWritable = (await Promise.all(cacheWrites)).every(Boolean);
  } finally {
    progress?.end();
    await pool.close();
  }
  for (const lines of messages) for (const line of lines) io.stderr(`${line}\n`);
  if (!cacheWritable && !options.quiet) io.stderr(`vawg: warning: the parse cache in ${cache!.dir} cannot be written; every file is parsed on each run (--no-cache skips the cache)\n`);
  return { meetings: meetings.filter((meeting): meeting is Meeting => meeting !== undefined), failed };
}

/** A cache entry as a meeting, or undefined when it is not one (then the file is parsed again). */
function readStored(json: string, file: string): Meeting | undefined {
  try {
    const meeting = meetingFromJson(json, file);
    return Array.isArray(meeting.actions) && Array.isArray(meeting.updates) && Array.isArray(meeting.warnings) ? meeting : undefined;
  } catch {
    return undefined;
  }
}

/** Everything besides a file's bytes that changes its cached parse: the build, the settings, and how the file is read. */
function recipe(file: string, settings: ParseSettings): string {
  return JSON.stringify([BUILD, settings, isMarkdownFile(file)]);
}

declare const VAWG_BUILD: string | undefined;
/** Identifies the parser's code: set by the bundler from the sources, so any change to them misses the cache. */
const BUILD = typeof VAWG_BUILD === 'string' ? VAWG_BUILD : 'source';
