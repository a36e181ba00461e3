import { renderCharts } from './charts.js';
import { computeFigures, type ReportBody } from './figures.js';
import { renderPage } from './page.js';

export type { ReportBody } from './figures.js';

export interface ReportOptions {
  /** The day overdue and ages count from (YYYY-MM-DD). */
  asOf: string;
  /** The page's heading (default: the bodies' names). */
  title?: string;
  /** The link to a minutes file from where the report will be (default: its path as given, as a URL path). */
  sourceHref?: (file: string) => string;
  /** Rows each action table shows at most (default 1,000), so a decade of minutes stays a page a browser opens at once. */
  maxRows?: number;
  /** Named in the page's footer and its generator meta tag. */
  generator?: string;
}

/** Rows the action tables show at most by default: over 10,000 meetings the page stays a few MB. */
export const DEFAULT_MAX_ROWS = 1000;

/**
 * The board's dashboard: one self-contained HTML page (inline CSS and SVG, no script, nothing
 * fetched) with headline figures, charts drawn by Vega-Lite with their numbers as tables, and the
 * overdue and open actions with their history. Everything from the minutes is escaped.
 */
export async function buildReport(bodies: ReportBody[], options: ReportOptions): Promise<string> {
  const figures = computeFigures(bodies, options.asOf);
  const charts = await renderCharts(figures);
  return renderPage(figures, charts, {
    title: options.title ?? defaultTitle(bodies),
    sourceHref: options.sourceHref ?? pathHref,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
    generator: options.generator ?? 'vawg',
  });
}

function defaultTitle(bodies: ReportBody[]): string {
  const names = bodies.filter((b) => b.register.entries.length > 0 || b.meetings.length > 0).map((b) => b.name ?? 'Untitled minutes');
  if (names.length === 0) return 'Action report';
  return names.length <= 3 ? `Action report: ${names.join('; ')}` : `Action report: ${names.length} bodies`;
}

/** A relative file path as a URL path: each part percent-encoded, so `#` or `?` in a name stays part of it. */
export function pathHref(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
