import { parentPort, workerData } from 'node:worker_threads';
import { parseToJson, type ParseSettings } from './parse-job.js';

// A worker thread of the parse pool: minutes text in, the model's JSON out.
const settings = workerData as ParseSettings;
const port = parentPort!;
port.on('message', ({ file, text }: { file: string; text: string }) => {
  try {
    port.postMessage({ json: parseToJson(text, file, settings) });
  } catch (error) {
    port.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
