import { parentPort, workerData } from 'node:worker_threads';
import { MeetingCache } from '../cache/meeting-cache.js';
import { InputError } from '../read/file.js';
import { runParseJob, type ParseJob, type ParseSettings } from './parse-job.js';

// A worker thread of the parse pool: a file's bytes in, the model's JSON out (and into the cache).
const { settings, cacheDir } = workerData as { settings: ParseSettings; cacheDir?: string };
const cache = cacheDir === undefined ? undefined : new MeetingCache(cacheDir);
const port = parentPort!;
port.on('message', (job: ParseJob) => {
  try {
    port.postMessage(runParseJob(job, settings, cache));
  } catch (error) {
    if (error instanceof InputError) port.postMessage({ problem: error.problem });
    else port.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
