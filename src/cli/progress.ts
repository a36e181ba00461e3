/**
 * A progress bar on stderr for long runs: drawn only on a terminal (never into CI logs or pipes),
 * only once a run has taken a second, and redrawn at most ten times a second.
 */
export class Progress {
  private readonly started: number;
  private drawnAt = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Whether a bar may be drawn at all: stderr is a terminal, and the run is not in CI or quiet. */
  static wanted(stderrIsTTY: boolean, env: Record<string, string | undefined>, quiet: boolean): boolean {
    return stderrIsTTY && !quiet && !env.CI && env.TERM !== 'dumb';
  }

  update(done: number): void {
    const time = this.now();
    if (time - this.started < 1000 || time - this.drawnAt < 100) return;
    this.drawnAt = time;
    this.shown = true;
    const filled = Math.round((done / this.total) * WIDTH);
    this.write(`\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${this.total}\u001b[K`);
  }

  /** Clears the bar, so what is printed next starts on a clean line. */
  end(): void {
    if (this.shown) this.write('\r\u001b[K');
    this.shown = false;
  }
}

const WIDTH = 30;
