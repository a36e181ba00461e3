import { parentPort } from 'node:worker_threads';

// A parse worker thread that dies on its first file, as one that ran out of memory would.
parentPort.on('message', () => {
  throw new Error('the thread ran out of memory');
});
