import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../read/file.js';
import { parseFailure, runParseJob, type ParseJob, type ParseSettings } from './parse-job.js';

// A worker thread of the parse pool: a file's bytes in, the model's JSON out.
const settings = workerData as ParseSettings;
const port = parentPort!;
port.on('message', (job: ParseJob) => {
  try {
    port.postMessage({ json: runParseJob(job, settings) });
  } catch (error) {
    // Bytes that are not text, or a parse that threw: either way one message naming the file.
    port.postMessage({ problem: (error instanceof InputError ? error : parseFailure(job.file, error)).problem });
  }
});
