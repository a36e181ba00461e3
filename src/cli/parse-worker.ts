import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../read/file.js';
import { runParseJob, type ParseJob, type ParseSettings } from './parse-job.js';

// A worker thread of the parse pool: a file's bytes in, the model's JSON out.
const settings = workerData as ParseSettings;
const port = parentPort!;
port.on('message', (job: ParseJob) => {
  try {
    port.postMessage({ json: runParseJob(job, settings) });
  } catch (error) {
    if (error instanceof InputError) port.postMessage({ problem: error.problem });
    else port.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
