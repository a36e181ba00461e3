import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../read/file.js';
import { runParseJob, type ParseJob, type ParseSettings } from './parse-job.js';

interface Pending extends ParseJob {
  resolve(json: string): void;
  reject(error: Error): void;
}

type Reply = { json: string } | { problem: string } | { error: string };

/**
 * Decodes and parses minutes on worker threads and on the calling thread together: with
 * `threads` of 2, one worker thread and this one share the files. With 1 (or running from source,
 * where there is no built worker) everything is parsed here. Workers start on the first job, so a run
 * whose files all come from the cache starts none. A file's bytes are moved to a thread, not copied.
 */
export class ParsePool {
  private readonly queue: Pending[] = [];
  /** Jobs sent to each worker and not yet answered, oldest first (a worker answers in order). */
  private readonly sent = new Map<Worker, Pending[]>();
  private workers: Worker[] = [];
  private readonly threads: number;
  private turnScheduled = false;

  constructor(private readonly settings: ParseSettings, threads: number) {
    this.threads = existsSync(fileURLToPath(WORKER)) ? threads : 1;
  }

  /** How many worker threads are running: none until the first job, and none when parsing only here. */
  get threadsStarted(): number {
    return this.workers.length;
  }

  /** The JSON of the file's model; rejects with an InputError when the bytes are not text, like reading the file would. */
  parse(job: ParseJob): Promise<string> {
    if (this.threads <= 1) return this.runHere(job);
    if (this.workers.length === 0) this.start();
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
      return Promise.reject(error as Error);
    }
  }

  private start(): void {
    for (let i = 1; i < this.threads; i++) {
      const worker = new Worker(WORKER, { workerData: this.settings });
      const sent: Pending[] = [];
      worker.on('message', (reply: Reply) => {
        const job = sent.shift()!;
        if ('json' in reply) job.resolve(reply.json);
        else if ('problem' in reply) job.reject(new InputError(job.file, reply.problem));
        else job.reject(new Error(`parsing ${job.file} failed: ${reply.error}`));
        this.next();
      });
      // A thread that dies fails the files it held (the run then stops with an internal error) and
      // gets no more; the others go on.
      worker.on('error', (error) => {
        this.sent.delete(worker);
        for (const job of sent.splice(0)) job.reject(error);
        this.next();
      });
      this.sent.set(worker, sent);
      this.workers.push(worker);
    }
  }

  /**
   * Keeps every worker two jobs deep, so it never waits on this thread, and takes one job here per
   * turn of the event loop, so the workers' replies are handled between them.
   */
  private next(): void {
    for (const [worker, sent] of this.sent) {
      while (sent.length < WORKER_DEPTH && this.queue.length > 0) {
        const job = this.queue.shift()!;
        sent.push(job);
        const bytes = ownBuffer(job.bytes);
        worker.postMessage({ file: job.file, bytes } satisfies ParseJob, [bytes.buffer]);
      }
    }
    if (this.queue.length > 0 && !this.turnScheduled) {
      this.turnScheduled = true;
      setImmediate(() => {
        this.turnScheduled = false;
        const job = this.queue.shift();
        if (job) this.runHere(job).then(job.resolve, job.reject);
        this.next();
      });
    }
  }
}

const WORKER_DEPTH = 2;

/** The bytes in an ArrayBuffer of their own, which can be handed to a thread without copying the rest. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** The worker's script, built beside this module (dist/cli, or dist/bundle when bundled). */
const WORKER = new URL('./parse-worker.js', import.meta.url);
