import { chartLibraries } from '../../libraries.js';
import { RAG_WORDS, type ReportFigures } from './figures.js';

/** A chart as the page shows it: the SVG, what it is about in words, and the same numbers as a table. */
export interface Chart {
  id: string;
  title: string;
  description: string;
  svg: string;
  table: { columns: string[]; rows: (string | number)[][] };
}

interface ChartPlan extends Omit<Chart, 'svg'> {
  spec: Record<string, unknown>;
}

// Okabe and Ito's palette, which people with any kind of colour blindness can tell apart; RAG words
// stand beside the colours in the legend and the tables.
const RAG_COLOURS = ['#D55E00', '#E69F00', '#009E73', '#0072B2', '#999999'];
const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73'];
/** Owners drawn by name at most; the rest are one bar, "Other owners". */
const MAX_OWNERS = 15;
/** People on the attendance heat map at most: those listed at the most meetings. */
export const MAX_HEAT_MAP_PEOPLE = 30;
const WIDTH = 640;

/** Draws every chart of the report to SVG with Vega-Lite, in Node (no browser, no canvas). */
export async function renderCharts(figures: ReportFigures): Promise<Chart[]> {
  const { vega, vegaLite } = await chartLibraries();
  const charts: Chart[] = [];
  for (const { spec, ...chart } of planCharts(figures)) {
    const compiled = vegaLite.compile({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', ...spec, config: CONFIG } as never).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    charts.push({ ...chart, svg: labelSvg(svg, chart) });
  }
  return charts;
}

const CONFIG = {
  // The page names each chart itself (role="img", title and desc), not each mark.
  aria: false,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 180 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  view: { stroke: null },
};

/** Makes the SVG an image with a name and a description, for screen readers and as a tooltip. */
function labelSvg(svg: string, chart: Omit<Chart, 'svg'>): string {
  // Vega gives marks roles of their own (graphics-object, graphics-symbol) even with `aria: false`;
  // inside an image they only confuse a screen reader. Vega escapes attribute values, so no quote is inside one.
  const plain = svg.replace(/ (?:role|aria-[a-z]+)="[^"]*"/g, '');
  const title = `<title id="${chart.id}-title">${escapeXml(chart.title)}</title><desc id="${chart.id}-desc">${escapeXml(chart.description)}</desc>`;
  return plain.replace(/^<svg /, `<svg role="img" aria-labelledby="${chart.id}-title" aria-describedby="${chart.id}-desc" `).replace(/^(<svg[^>]*>)/, `$1${title}`);
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function planCharts(figures: ReportFigures): ChartPlan[] {
  return [ownersChart(figures), overTimeChart(figures), agesChart(figures), attendanceChart(figures), commitmentsChart(figures)];
}

function ownersChart(figures: ReportFigures): ChartPlan {
  const totals = new Map<string, number>();
  for (const row of figures.byOwner) totals.set(row.owner, (totals.get(row.owner) ?? 0) + row.count);
  const named = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_OWNERS).map(([owner]) => owner);
  const others = totals.size - named.length;
  const otherLabel = `Other owners (${others})`;
  const keep = new Set(named);
  const merged = new Map<string, { owner: string; rag: string; count: number }>();
  for (const row of figures.byOwner) {
    const owner = keep.has(row.owner) ? row.owner : otherLabel;
    const key = `${owner}\u0000${row.rag}`;
    merged.set(key, { owner, rag: row.rag, count: (merged.get(key)?.count ?? 0) + row.count });
  }
  const values = [...merged.values()].map((row) => ({ ...row, order: RAG_WORDS.indexOf(row.rag as never) }));
  const order = others > 0 ? [...named, otherLabel] : named;
  return {
    id: 'chart-owners',
    title: 'Open actions by owner',
    description: `Open actions per owner, in bars split by RAG status (Red, Amber, Green, Blue, Not rated); the ${Math.min(MAX_OWNERS, totals.size)} owners with the most${others ? `, then ${others} other owners together` : ''}. An action with several owners counts for each.`,
    spec: {
      width: WIDTH - 220,
      height: { step: 18 },
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'owner', type: 'nominal', sort: order, title: null },
        x: { field: 'count', type: 'quantitative', aggregate: 'sum', title: 'Open actions', axis: { tickMinStep: 1, format: 'd' } },
        color: { field: 'rag', type: 'nominal', title: 'RAG', scale: { domain: RAG_WORDS, range: RAG_COLOURS } },
        order: { field: 'order' },
      },
    },
    table: { columns: ['Owner', ...RAG_WORDS, 'Total'], rows: order.map((owner) => [owner, ...RAG_WORDS.map((rag) => merged.get(`${owner}\u0000${rag}`)?.count ?? 0), values.filter((v) => v.owner === owner).reduce((sum, v) => sum + v.count, 0)]) },
  };
}

function overTimeChart(figures: ReportFigures): ChartPlan {
  const per = periodWord(figures);
  const series = ['Open at end', 'Raised', 'Closed'];
  const values = figures.periods.flatMap((p) => [
    { period: p.period, series: series[0], count: p.open },
    { period: p.period, series: series[1], count: p.raised },
    { period: p.period, series: series[2], count: p.closed },
  ]);
  return {
    id: 'chart-over-time',
    title: `Actions open, raised and closed per ${per}`,
    description: `For each ${per}: the actions still open at its end, and those raised and closed at its meetings, as three lines told apart by colour, dash and point shape.`,
    spec: {
      width: WIDTH - 140,
      height: 220,
      data: { values },
      mark: { type: 'line', point: { filled: true, size: 40 } },
      encoding: {
        x: { field: 'period', type: 'ordinal', sort: null, title: capitalise(per), axis: { labelAngle: -45, labelOverlap: 'greedy' } },
        y: { field: 'count', type: 'quantitative', title: 'Actions', axis: { tickMinStep: 1, format: 'd' } },
        color: { field: 'series', type: 'nominal', title: null, sort: series, scale: { domain: series, range: SERIES_COLOURS } },
        strokeDash: { field: 'series', type: 'nominal', sort: series, title: null, scale: { domain: series, range: [[1, 0], [6, 3], [2, 2]] } },
        shape: { field: 'series', type: 'nominal', sort: series, title: null, scale: { domain: series, range: ['circle', 'square', 'triangle-up'] } },
      },
    },
    table: { columns: [capitalise(per), 'Meetings', 'Open at end', 'Raised', 'Closed'], rows: figures.periods.map((p) => [p.period, p.meetings, p.open, p.raised, p.closed]) },
  };
}

function agesChart(figures: ReportFigures): ChartPlan {
  return {
    id: 'chart-ages',
    title: 'Age of open actions',
    description: `Open actions by the time since the meeting that raised them, as of ${figures.asOf}.`,
    spec: {
      width: WIDTH - 140,
      height: 180,
      data: { values: figures.ages },
      mark: { type: 'bar', color: '#0072B2' },
      encoding: {
        x: { field: 'band', type: 'ordinal', sort: null, title: 'Open for', axis: { labelAngle: 0 } },
        y: { field: 'count', type: 'quantitative', title: 'Open actions', axis: { tickMinStep: 1, format: 'd' } },
      },
    },
    table: { columns: ['Open for', 'Open actions'], rows: figures.ages.map((a) => [a.band, a.count]) },
  };
}

function attendanceChart(figures: ReportFigures): ChartPlan {
  const per = periodWord(figures);
  const listed = new Map<string, number>();
  for (const cell of figures.attendance) listed.set(cell.person, (listed.get(cell.person) ?? 0) + cell.present + cell.apologies);
  const people = [...listed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_HEAT_MAP_PEOPLE).map(([person]) => person).sort((a, b) => a.localeCompare(b));
  const shown = new Set(people);
  const values = figures.attendance.filter((c) => shown.has(c.person)).map((c) => ({ ...c, share: c.meetings ? c.present / c.meetings : 0 }));
  const left = listed.size - people.length;
  return {
    id: 'chart-attendance',
    title: `Attendance per person and ${per}`,
    description: `Share of the meetings each person could attend at which they were present, per ${per}: darker is less often. ${left ? `The ${people.length} people named at the most meetings; ${left} more are left out.` : ''}`.trim(),
    spec: {
      width: { step: Math.max(8, Math.min(28, Math.floor((WIDTH - 220) / Math.max(1, figures.periods.length)))) },
      height: { step: 16 },
      data: { values },
      mark: 'rect',
      encoding: {
        x: { field: 'period', type: 'ordinal', sort: figures.periods.map((p) => p.period), title: capitalise(per), axis: { labelAngle: -45, labelOverlap: 'greedy' } },
        y: { field: 'person', type: 'nominal', sort: people, title: null },
        color: { field: 'share', type: 'quantitative', title: 'Present', scale: { scheme: 'viridis', domain: [0, 1] }, legend: { format: '.0%' } },
      },
    },
    table: { columns: ['Person', capitalise(per), 'Present', 'Apologies', 'Meetings'], rows: values.map((c) => [c.person, c.period, c.present, c.apologies, c.meetings]) },
  };
}

function commitmentsChart(figures: ReportFigures): ChartPlan {
  const per = periodWord(figures);
  return {
    id: 'chart-commitments',
    title: `Commitments mentioned per ${per}`,
    description: `How many numbered commitments the minutes mention, per ${per}.`,
    spec: {
      width: WIDTH - 140,
      height: 160,
      data: { values: figures.periods },
      mark: { type: 'bar', color: '#CC79A7' },
      encoding: {
        x: { field: 'period', type: 'ordinal', sort: null, title: capitalise(per), axis: { labelAngle: -45, labelOverlap: 'greedy' } },
        y: { field: 'commitments', type: 'quantitative', title: 'Commitments mentioned', axis: { tickMinStep: 1, format: 'd' } },
      },
    },
    table: { columns: [capitalise(per), 'Commitments mentioned'], rows: figures.periods.map((p) => [p.period, p.commitments]) },
  };
}

function periodWord(figures: ReportFigures): string {
  return figures.periodKind;
}

function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
