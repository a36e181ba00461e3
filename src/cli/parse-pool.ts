import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../read/file.js';
import { parseFailure, runParseJob, type ParseJob, type ParseSettings } from './parse-job.js';

interface Pending extends ParseJob {
  resolve(json: string): void;
  reject(error: Error): void;
}

type Reply = { json: string } | { problem: string };

/**
 * Files from this size up take more than a moment to parse (about 20 ms at the parser's slowest),
 * so they go to a worker thread even on one thread: this one then stays free to handle Ctrl-C.
 */
export const LONG_PARSE_BYTES = 256 * 1024;

/**
 * Decodes and parses minutes on worker threads and on the calling thread together: with
 * `threads` of 2, one worker thread and this one share the files. With 1 everything is parsed here
 * except long files, which get a worker of their own; running from source, where there is no built
 * worker, everything is parsed here. Workers start on the first job that needs one, so a run whose
 * files all come from the cache starts none.
 * Every failure, a parse that threw or a thread that died, rejects with an InputError naming the file.
 * A file's bytes are copied to a thread (a few microseconds for minutes), so they outlive a thread that dies.
 */
export class ParsePool {
  private readonly queue: Pending[] = [];
  /** Jobs sent to each worker and not yet answered, oldest first (a worker answers in order). */
  private readonly sent = new Map<Worker, Pending[]>();
  private workers: Worker[] = [];
  private readonly threads: number;
  private readonly canStart: boolean;
  private turnScheduled = false;

  /** `worker` is the worker's script; tests give one of their own. */
  constructor(private readonly settings: ParseSettings, threads: number, private readonly worker: URL = WORKER) {
    this.canStart = existsSync(fileURLToPath(worker));
    this.threads = this.canStart ? threads : 1;
  }

  /** How many worker threads are running: none until the first job that needs one. */
  get threadsStarted(): number {
    return this.workers.length;
  }

  /** The JSON of the file's model; rejects with an InputError when the bytes are not text or the parse failed. */
  parse(job: ParseJob): Promise<string> {
    const long = this.canStart && job.bytes.length >= LONG_PARSE_BYTES;
    if (this.threads <= 1 && !long) return this.runHere(job);
    if (this.workers.length === 0) this.start(Math.max(1, this.threads - 1));
    return new Promise((resolve, reject) => {
      this.queue.push({ ...job, resolve, reject });
      this.next();
    });
  }

  /** Stops the threads; jobs still queued are dropped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }

  private runHere(job: ParseJob): Promise<string> {
    try {
      return Promise.resolve(runParseJob(job, this.settings));
    } catch (error) {
      return Promise.reject(error instanceof InputError ? error : parseFailure(job.file, error));
    }
  }

  private start(count: number): void {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(this.worker, { workerData: this.settings });
      const sent: Pending[] = [];
      worker.on('message', (reply: Reply) => {
        const job = sent.shift()!;
        if ('json' in reply) job.resolve(reply.json);
        else job.reject(new InputError(job.file, reply.problem));
        this.next();
      });
      // A thread that dies (out of memory, say) fails the file it was parsing, and gets no more
      // files; the ones it held besides go back to the queue.
      worker.on('error', (error) => {
        this.sent.delete(worker);
        const [failed, ...held] = sent.splice(0);
        failed?.reject(parseFailure(failed.file, error));
        for (const job of held.reverse()) this.queue.unshift(job);
        this.next();
      });
      this.sent.set(worker, sent);
      this.workers.push(worker);
    }
  }

  /**
   * Keeps every worker two jobs deep, so it never waits on this thread, and takes one short job here
   * per turn of the event loop (when threads allow), so the workers' replies are handled between them.
   */
  private next(): void {
    for (const [worker, sent] of this.sent) {
      while (sent.length < WORKER_DEPTH && this.queue.length > 0) {
        const job = this.queue.shift()!;
        sent.push(job);
        // Copied, not moved: if the thread dies, the files it held are parsed again here.
        worker.postMessage({ file: job.file, bytes: job.bytes } satisfies ParseJob);
      }
    }
    if (this.queue.length > 0 && !this.turnScheduled) {
      this.turnScheduled = true;
      setImmediate(() => this.turnHere());
    }
  }

  private turnHere(): void {
    this.turnScheduled = false;
    // Long files wait for a worker while one lives; with none left, they are parsed here.
    const noWorkers = this.sent.size === 0;
    const index = noWorkers ? 0 : this.threads > 1 ? this.queue.findIndex((job) => job.bytes.length < LONG_PARSE_BYTES) : -1;
    if (index >= 0 && index < this.queue.length) {
      const [job] = this.queue.splice(index, 1);
      this.runHere(job).then(job.resolve, job.reject);
    }
    this.next();
  }
}

const WORKER_DEPTH = 2;

/** The worker's script, built beside this module (dist/cli, or dist/bundle when bundled). */
const WORKER = new URL('./parse-worker.js', import.meta.url);
