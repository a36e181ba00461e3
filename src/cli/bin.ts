import { oneLine } from '../emit/terminal.js';
import { nodeIo, removeTemporaries } from './io.js';
import { run } from './program.js';
import { Progress } from './progress.js';

/** The executable's entry: run, set the exit code, and never show a stack trace unless --debug. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug');
  // `vawg actions | head` (or `2>&1 | head`) closes the pipe early: stop quietly, with the exit code
  // the run had so far, rather than print a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.once('SIGINT', () => {
    removeTemporaries();
    Progress.clear();
    process.exit(130);
  });
  try {
    process.exitCode = await run(argv.filter((arg) => arg !== '--debug'), nodeIo({ debug }));
  } catch (error) {
    process.stderr.write(`vawg: internal error: ${oneLine(String((error as Error).message))}${debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)'}\n`);
    process.exitCode = 2;
  }
}
