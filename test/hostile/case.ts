/** One attack on the CLI, run by test/hostile-corpus.test.ts on one and two threads, cached and not. */
export interface HostileCase {
  name: string;
  /** Creates the case's files in an empty scratch folder (inputs, links, FIFOs, config). */
  setup(dir: string): void;
  /** The command line, relative to the scratch folder (which is the working directory). */
  args: string[];
  /** The exit code the README documents for this case. */
  exit: number;
  /** Text that must appear on stdout: the output of the good files of a batch. */
  stdoutIncludes?: string[];
  /** Text that must not appear on stdout: markup, formulas or forged lines that a client would act on. */
  stdoutExcludes?: string[];
  /** Text that must appear on stderr: the message naming the problem. */
  stderrIncludes?: string[];
  /** Standard input, when the command reads `-`. */
  stdin?: string | Uint8Array;
  /** Extra environment for the run (the cache folder is set by the runner). */
  env?: Record<string, string>;
  /** False for commands that take neither --jobs nor --no-cache (parse, check). */
  threaded?: boolean;
}
