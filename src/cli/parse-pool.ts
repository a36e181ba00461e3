import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseToJson, type ParseSettings } from './parse-job.js';

interface Job {
  file: string;
  text: string;
  resolve(json: string): void;
  reject(error: Error): void;
}

/**
 * Parses minutes on worker threads, one job at a time per thread; with no threads (one core, few
 * files, or running from source where there is no built worker) it parses on the calling thread.
 * Threads start on the first job, so a run whose files all come from the cache starts none.
 */
export class ParsePool {
  private readonly queue: Job[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private workers: Worker[] = [];

  constructor(private readonly settings: ParseSettings, private readonly threads: number) {
    if (!existsSync(fileURLToPath(WORKER))) this.threads = 0;
  }

  /** The JSON of the file's model (see parseToJson). */
  parse(file: string, text: string): Promise<string> {
    if (this.threads === 0) {
      try {
        return Promise.resolve(parseToJson(text, file, this.settings));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    if (this.workers.length === 0) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ file, text, resolve, reject });
      this.next();
    });
  }

  /** How many threads are running: none until the first job, and none when parsing in-process. */
  get threadsStarted(): number {
    return this.workers.length;
  }

  /** Stops the threads; jobs still queued are dropped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(WORKER, { workerData: this.settings });
      worker.on('message', (reply: { json?: string; error?: string }) => {
        const job = this.busy.get(worker)!;
        this.busy.delete(worker);
        this.idle.push(worker);
        if (reply.json !== undefined) job.resolve(reply.json);
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
      worker.postMessage({ file: job.file, text: job.text });
    }
  }
}

/** The worker's script, built beside this module (dist/cli, or dist/bundle when bundled). */
const WORKER = new URL('./parse-worker.js', import.meta.url);
