import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MeetingCache } from '../cache/meeting-cache.js';
import { InputError } from '../read/file.js';
import { runParseJob, type ParseJob, type ParseResult, type ParseSettings } from './parse-job.js';

interface Pending extends ParseJob {
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

type Reply = ParseResult | { problem: string } | { error: string };

/**
 * Decodes, parses and caches minutes on worker threads, one job at a time per thread; with no
 * threads (one core, few files, or running from source where there is no built worker) it does the
 * same on the calling thread. Threads start on the first job, so a run whose files all come from the
 * cache starts none. A file's bytes are moved to the thread, not copied.
 */
export class ParsePool {
  private readonly queue: Pending[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private workers: Worker[] = [];
  private readonly threads: number;

  constructor(private readonly settings: ParseSettings, private readonly cache: MeetingCache | undefined, threads: number) {
    this.threads = existsSync(fileURLToPath(WORKER)) ? threads : 0;
  }

  /** How many threads are running: none until the first job, and none when parsing in-process. */
  get threadsStarted(): number {
    return this.workers.length;
  }

  /** Rejects with an InputError when the bytes are not text, like reading the file would. */
  parse(job: ParseJob): Promise<ParseResult> {
    if (this.threads === 0) {
      try {
        return Promise.resolve(runParseJob(job, this.settings, this.cache));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
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

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(WORKER, { workerData: { settings: this.settings, cacheDir: this.cache?.dir } });
      worker.on('message', (reply: Reply) => {
        const job = this.busy.get(worker)!;
        this.busy.delete(worker);
        this.idle.push(worker);
        if ('json' in reply) job.resolve(reply);
        else if ('problem' in reply) job.reject(new InputError(job.file, reply.problem));
        else job.reject(new Error(`parsing ${job.file} failed: ${reply.error}`));
        this.next();
      });
      // A thread that dies takes the batch with it: fail everything still waiting rather than hang.
      worker.on('error', (error) => {
        for (const job of [...this.busy.values(), ...this.queue.splice(0)]) job.reject(error);
        this.busy.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      const bytes = ownBuffer(job.bytes);
      worker.postMessage({ file: job.file, bytes, key: job.key } satisfies ParseJob, [bytes.buffer]);
    }
  }
}

/** The bytes in an ArrayBuffer of their own, which can be handed to a thread without copying the rest. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** The worker's script, built beside this module (dist/cli, or dist/bundle when bundled). */
const WORKER = new URL('./parse-worker.js', import.meta.url);
