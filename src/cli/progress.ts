/**
 * A progress bar on stderr for long runs: drawn only on a terminal (never into CI logs or pipes),
 * only once a run has taken a second, redrawn at most ten times a second, and never wider than the
 * terminal (a line that wraps would leave a trail of bars).
 */
export class Progress {
  private readonly started: number;
  private drawnAt = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly label: string,
    private readonly columns: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Whether a bar may be drawn at all: stderr is a terminal, and the run is not in CI or quiet. */
  static wanted(stderrIsTTY: boolean, env: Record<string, string | undefined>, quiet: boolean): boolean {
    return stderrIsTTY && !quiet && !env.CI && env.TERM !== 'dumb';
  }

  /** Clears the bar being drawn, if any: for Ctrl-C, so the shell's prompt starts on a clean line. */
  static clear(): void {
    drawing?.end();
  }

  update(done: number): void {
    const time = this.now();
    if (time - this.started < 1000 || time - this.drawnAt < 100) return;
    this.drawnAt = time;
    this.shown = true;
    drawing = this;
    const count = `${done}/${this.total}`;
    // The label, the bar's brackets and the count, with a column spare so the cursor never wraps.
    const width = Math.min(MAX_WIDTH, this.columns - this.label.length - count.length - 5);
    const filled = Math.round((done / this.total) * width);
    const bar = width >= MIN_WIDTH ? ` [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]` : '';
    const line = `${this.label}${bar} ${count}`;
    this.write(`\r${line.length < this.columns ? line : count}\u001b[K`);
  }

  /** Clears the bar, so what is printed next starts on a clean line. */
  end(): void {
    if (this.shown) this.write('\r\u001b[K');
    this.shown = false;
    if (drawing === this) drawing = undefined;
  }
}

const MAX_WIDTH = 30;
const MIN_WIDTH = 10;
let drawing: Progress | undefined;
