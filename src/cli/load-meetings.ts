import { availableParallelism } from 'node:os';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { MeetingCache } from '../cache/meeting-cache.js';
import { hasMeetingShape } from '../cache/meeting-shape.js';
import { distrustWarning, warnOnce } from '../cache/trust.js';
import type { Config } from '../config/config.js';
import type { Meeting } from '../model/types.js';
import { oneLine } from '../emit/terminal.js';
import { isHtmlFile, isMarkdownFile, isPdfFile, isWordFile } from '../read/index.js';
import { InputError, readMinutesBytes } from '../read/file.js';
import { describeLine } from '../read/position.js';
import { formatDiagnostic } from './report.js';
import { listMinutes } from './inputs.js';
import { configFiles, refuseFolderHoldingInputs, refuseInputAsOutput } from './real-files.js';
import type { Io } from './io.js';
import { meetingFromJson, withFile, type ParseSettings } from './parse-job.js';
import { ParsePool } from './parse-pool.js';
import { Progress } from './progress.js';

export interface LoadOptions {
  maxSize: number;
  quiet: boolean;
  /** Read and write parsed meetings in the user's cache (default true). */
  cache?: boolean;
  /** Threads to parse on, this one included, at most one per core; default one per core for large folders, else 1. */
  jobs?: number;
  /** `register` keeps only what the action register needs (see ParseSettings). */
  shape?: ParseSettings['shape'];
  /** Keep the paths in the order given (for `diff`) instead of sorted. */
  keepOrder?: boolean;
  /** Where the output will be written: refused before anything is read when it is one of the inputs. */
  out?: string;
  /** A folder the output will be written into: refused before anything is read when it holds an input. */
  outDir?: string;
}

/**
 * Files per thread below which another thread costs more than it saves: each thread compiles and
 * warms up the parser afresh. On two cores, 1,000 files of 20 KB parse 15% slower on two threads than
 * on one, and 10,000 files 1.4× faster (1.05× when they are 7 KB).
 */
const FILES_PER_THREAD = 2500;
/** Files waiting for a parser thread at most, so a folder's text is never all in memory at once. */
const PARSE_AHEAD = 64;

/**
 * Reads and parses every minutes file the paths (or, with none, the config's globs) name, taking each
 * from the cache when its bytes were parsed before, and parsing the rest on worker threads.
 * A bad file (unreadable, or one the parser failed on) is reported on stderr and skipped; the rest
 * are still read, so the output is the same on any number of threads, cached or not. Messages come in file order.
 */
export async function loadMeetings(paths: string[], config: Config, options: LoadOptions, io: Io): Promise<{ meetings: Meeting[]; failed: boolean; files: string[] }> {
  const listed = await listMinutes(paths, config, io, { keepOrder: options.keepOrder });
  const files = listed.files;
  refuseInputAsOutput(options.out, [...files, ...configFiles(config)], io.cwd);
  if (options.outDir !== undefined) refuseFolderHoldingInputs(options.outDir, [...files, ...configFiles(config)], io.cwd);
  const settings: ParseSettings = { dateOrder: config.dateOrder ?? undefined, aliases: config.aliases, closedWords: config.closedWords, shape: options.shape ?? 'full' };
  const cache = options.cache === false ? undefined : openCache(io);
  const cacheWrites: Promise<boolean>[] = [];
  // More threads than cores would only compete for them, each with its own copy of the parser.
  const threads = Math.min(availableParallelism(), options.jobs ?? Math.floor(files.length / FILES_PER_THREAD));
  const pool = new ParsePool(settings, Math.max(1, threads));
  const progress = Progress.wanted(io.stderrIsTTY, io.env, options.quiet) ? new Progress(io.stderr, files.length, 'vawg: reading minutes', io.stderrColumns) : undefined;

  const meetings: (Meeting | undefined)[] = new Array(files.length);
  const messages: string[][] = files.map(() => []);
  let done = 0;
  const finish = (index: number, meeting: Meeting): void => {
    meetings[index] = meeting;
    if (!options.quiet) {
      for (const warning of meeting.warnings) messages[index].push(formatDiagnostic(warning, meeting));
      if (!meeting.date) messages[index].push(noDateWarning(meeting.file));
    }
    progress?.update(++done);
  };

  let failed = listed.missing;
  let unstored = 0;
  const inputError = (index: number, error: InputError): void => {
    messages[index].push(`vawg: ${error.message}`);
    failed = true;
    progress?.update(++done);
  };

  const parsing = new Set<Promise<void>>();
  let yielded = Date.now();
  try {
    for (const [index, file] of files.entries()) {
      // Parsing here never waits on anything, so let the event loop run now and then: Ctrl-C is
      // handled there, and so are the worker threads' replies.
      if (Date.now() - yielded > 50) {
        await new Promise((resolve) => setImmediate(resolve));
        yielded = Date.now();
      }
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
          // The pool turns every failure into an InputError naming the file (see ParsePool).
          .catch((error: InputError) => inputError(index, error))
          .finally(() => parsing.delete(job));
        parsing.add(job);
        if (parsing.size >= PARSE_AHEAD) await Promise.race(parsing);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        inputError(index, error);
      }
    }
    await Promise.all(parsing);
    unstored = (await Promise.all(cacheWrites)).filter((stored) => !stored).length;
  } finally {
    progress?.end();
    await pool.close();
  }
  // Messages name files and quote minutes: each is printed as one line, with no control characters.
  for (const lines of messages) for (const line of lines) io.stderr(`${oneLine(line)}\n`);
  if (cache?.entryProblem) warnOnce(distrustWarning(cache.entryProblem), io.stderr);
  if (unstored > 0 && !options.quiet) {
    io.stderr(`vawg: warning: ${unstored} of ${cacheWrites.length} parses could not be stored in the cache in ${oneLine(cache!.dir)}, so those files will be parsed again next time (check that folder can be written, or use --no-cache)\n`);
  }
  return { meetings: meetings.filter((meeting): meeting is Meeting => meeting !== undefined), failed, files };
}

/** About the whole file: a text file's first line, where an editor opens it; no position in a Word document or PDF. */
function noDateWarning(file: string): string {
  const message = 'no meeting date found; the meeting is ordered last [meeting-date]';
  return describeLine({ file }, 1).inFile ? `${file}:1:1: warning: ${message}` : `vawg: warning: ${file}: ${message}`;
}

/** The parse cache, or none (with one warning) when its folder is not the user's alone. */
function openCache(io: Io): MeetingCache | undefined {
  const cache = new MeetingCache(defaultCacheDir(io.env));
  if (!cache.problem) return cache;
  warnOnce(distrustWarning(cache.problem), io.stderr);
  return undefined;
}

/** A cache entry as a meeting, or undefined when it is not one (then the file is parsed again). */
function readStored(json: string, file: string): Meeting | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return hasMeetingShape(value) ? withFile(value as Meeting, file) : undefined;
  } catch {
    return undefined;
  }
}

/** Everything besides a file's bytes that changes its cached parse: the build, the settings, and how the file is read. */
function recipe(file: string, settings: ParseSettings): string {
  // The reader a file's name chooses: the same bytes read as text, markdown or HTML give different
  // models, and a Word document's or a PDF's HTML says what a web page's cannot (tracked changes, pages).
  return JSON.stringify([BUILD, settings, isMarkdownFile(file), isHtmlFile(file), isWordFile(file), isPdfFile(file)]);
}

declare const VAWG_BUILD: string | undefined;
/** Identifies the parser's code: set by the bundler from the sources, so any change to them misses the cache. */
const BUILD = typeof VAWG_BUILD === 'string' ? VAWG_BUILD : 'source';
