import { least, lineText, most, type Segment, type TextLine } from './pdf-lines.js';

// Where a table's columns start in a PDF: at the left edges of cells that line up row after row,
// where no other cell's text runs across, a header's cells centred over their columns set aside.

/** A segment cut where one of its pieces starts at a column's edge: two cells set too close to part by their gap. */
export function splitAtColumns(segment: Segment, starts: number[]): Segment[] {
  // The gap before the piece spans a column's start (a cell's text starts there, or is centred past it).
  const join = segment.joins.find((candidate) => starts.some((start) => start > segment.x + 3 && candidate.from <= start + 1 && candidate.x >= start - 2));
  if (!join) return [segment];
  const left: Segment = { text: segment.text.slice(0, join.at).trimEnd(), x: segment.x, end: join.from, joins: segment.joins.filter((other) => other.at < join.at) };
  const right: Segment = { text: segment.text.slice(join.at).trim(), x: join.x, end: segment.end, joins: segment.joins.filter((other) => other.at > join.at).map((other) => ({ ...other, at: other.at - join.at })) };
  return [left, ...splitAtColumns(right, starts)];
}

/**
 * Where columns start: where cells start that no other cell's text runs across, among the left
 * edges of cells that line up in two rows or more (in a table too short for that, those of its
 * fullest row, the last of them: a header's cells are often centred) and the left edges of cells
 * alone in their stretch of the page (a column that only its header fills, its cells empty).
 */
export function columnStarts(bands: TextLine[][]): number[] {
  const edges = alignedEdges(bands);
  const headers = headerLines(bands);
  const segments = bands.flat().flatMap((line) => {
    const header = headers.has(lineText(line));
    return line.segments.flatMap((segment) => splitAtColumns(segment, edges)).map((segment) => ({ ...segment, header }));
  });
  segments.sort((a, b) => a.x - b.x);
  const starts: number[] = [];
  // Left to right, with how far right the cells that start further left reach.
  let reach = -Infinity;
  for (let i = 0, left = 0; i < segments.length; i++) {
    const x = segments[i].x;
    while (segments[left].x < x - 3) reach = Math.max(reach, segments[left++].end);
    if (reach <= x + 1 && !starts.some((start) => Math.abs(start - x) <= 3)) starts.push(x);
  }
  return withoutCentredHeaders(starts, segments);
}

/** How far, in points, a centred cell's middle may stand from its column's (a cell's padding, rounding). */
const CENTRED = 4;

/** The table's header: its first band when its rows are bands of their own, else its first line; and that text again (repeated on a later page). */
function headerLines(bands: TextLine[][]): Set<string> {
  const first = bands.length > 1 ? bands[0] : bands[0].slice(0, 1);
  return new Set(first.map(lineText));
}

/**
 * Starts less a header's cells centred over their columns (as Word and web tables set them): a
 * start that only header cells begin at, with each of them centred between the columns on either
 * side of it, is no column's edge. Where the last column ends is not shown, so a header cell over
 * it counts as centred when one over another column is.
 */
function withoutCentredHeaders(starts: number[], segments: (Segment & { header: boolean })[]): number[] {
  // The starts a cell of the body begins at, in one pass (starts and segments are in order of x).
  const body: number[] = [];
  let first = 0;
  for (const start of starts) {
    while (first < segments.length && segments[first].x < start - 3) first++;
    for (let i = first; i < segments.length && segments[i].x <= start + 3; i++) {
      if (segments[i].header) continue;
      body.push(start);
      break;
    }
  }
  // A header cell over a column with a column after it: centred between the two columns' starts.
  const centred = (segment: Segment) => {
    const previous = most(body.filter((start) => start <= segment.x + 3));
    const next = least(body.filter((start) => start > segment.x + 3));
    return next < Infinity && Math.abs((segment.x + segment.end) / 2 - (previous + next) / 2) <= CENTRED;
  };
  const headers = segments.filter((segment) => segment.header && !body.some((start) => Math.abs(segment.x - start) <= 3));
  const anyCentred = headers.some(centred);
  return starts.filter((start) => {
    if (body.includes(start) || start < body[0]) return true;
    const cells = headers.filter((segment) => Math.abs(segment.x - start) <= 3);
    const last = !body.some((other) => other > start);
    return !(cells.length > 0 && (last ? anyCentred : cells.every(centred)));
  });
}

function alignedEdges(bands: TextLine[][]): number[] {
  // Where pieces start inside a cell counts too: two cells the PDF set as one piece of text apart.
  const clusters = clustersOf(bands.flat().flatMap((line) => line.segments.flatMap((segment) => [segment.x, ...segment.joins.map((join) => join.x)])));
  const widest = most(bands.flat().map((line) => line.segments.length));
  const shared = clusters.filter((cluster) => cluster.length >= 2);
  if (shared.length >= widest) return shared.map((cluster) => cluster[0]);
  const rows = bands.map((band) => clustersOf(band.flatMap((line) => line.segments.map((segment) => segment.x))).map((cluster) => cluster[0]));
  const fullest = rows.reduce((most, row) => (row.length >= most.length ? row : most), []);
  return clustersOf([...shared.map((cluster) => cluster[0]), ...fullest]).map((cluster) => cluster[0]);
}

/** Values within 3 points of each other, together, in increasing order. */
function clustersOf(values: number[]): number[][] {
  const clusters: number[][] = [];
  for (const x of [...values].sort((a, b) => a - b)) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1] <= 3) last.push(x);
    else clusters.push([x]);
  }
  return clusters;
}
