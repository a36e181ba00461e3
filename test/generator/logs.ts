/** Action logs: tables of this meeting's actions (and earlier ones, as updates) in the layouts minutes paste. */
import type { Rng } from './prng.js';
import { addDays, formatDate, isoOf, type DateForm, type Day } from './dates.js';
import { drawOwners, type OwnerForm, type OwnerJoin, type OwnerPool } from './owners.js';
import { drawStatus, statusHeader, type StatusForm } from './statuses.js';
import { capitalise, EARLIER_TASKS } from './tasks.js';
import type { PlannedAction } from './actions.js';
import type { Block } from './sections.js';

export const ACTION_LOGS = ['none', 'repeats-inline', 'log-only', 'with-earlier'] as const;
export type ActionLog = (typeof ACTION_LOGS)[number];
export const LOG_FORMATS = ['gfm', 'pipe-no-outer', 'tab', 'fixed-width', 'grid'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_IDS = ['none', 'numbers', 'year-slash', 'letter', 'coded'] as const;
export const DUE_CELLS = ['numeric', 'iso', 'd-mon-y', 'd-mon-y-dashed', 'short-year', 'with-text'] as const;
export const LOG_LABELS = ['Action log', 'ACTION LOG', 'Actions arising', 'Action log:', '**Action log**', '## Action log'] as const;

type Column = 'id' | 'action' | 'owner' | 'due' | 'status';
const HEADERS: Record<Exclude<Column, 'status'>, string[]> = {
  id: ['No.', 'Ref', 'ID', 'Action no.'],
  action: ['Action', 'Description', 'Action required', 'Task'],
  owner: ['Owner', 'Lead', 'Responsible', 'Who'],
  due: ['Due', 'Deadline', 'By when', 'Due date', 'Target date'],
};
const CELL_FORMS: Record<Exclude<(typeof DUE_CELLS)[number], 'with-text'>, DateForm> = {
  numeric: 'numeric-slash', iso: 'iso', 'd-mon-y': 'd-mon-y', 'd-mon-y-dashed': 'd-mon-y-dashed', 'short-year': 'numeric-short-year',
};
/** Due cells that name no day: the action has no due date. */
const UNDATED = ['TBC', 'Next meeting', 'Ongoing', 'Summer term'];

/** The choices that shape one meeting's log. */
export interface LogPlan {
  mode: ActionLog;
  format: LogFormat;
  wrapped: boolean;
  idForm: (typeof LOG_IDS)[number];
  dueCell: (typeof DUE_CELLS)[number];
  label: string;
  earlierFirst: boolean;
}

/** Draws the log's dimensions; formats that only markdown renders are left to markdown. */
export function planLog(rng: Rng, markdown: boolean): LogPlan {
  const mode = rng.choose('actionLog', ACTION_LOGS);
  const format = rng.choose('logFormat', LOG_FORMATS);
  const wrapped = rng.choose('logWrap', ['none', 'wrapped']) === 'wrapped' && (format === 'grid' || format === 'fixed-width');
  if (format !== 'grid' && format !== 'fixed-width') rng.record('logWrap', 'n/a');
  const idForm = rng.choose('logIds', LOG_IDS);
  const dueCell = rng.choose('dueCell', DUE_CELLS);
  const label = rng.choose('logLabel', LOG_LABELS.filter((l) => markdown || !/[*#]/.test(l)));
  const earlierFirst = rng.choose('logSections', ['earlier-first', 'current-first']) === 'earlier-first';
  if (mode === 'none') for (const d of ['logFormat', 'logWrap', 'logIds', 'dueCell', 'logLabel', 'logSections']) rng.record(d, 'n/a');
  else if (mode !== 'with-earlier') rng.record('logSections', 'n/a');
  return { mode, format, wrapped, idForm, dueCell, label, earlierFirst };
}

/** What a log row says about one of this meeting's actions. */
export interface LoggedAction {
  id: string | null;
  text: string;
  due: string | null;
  closed: boolean;
}

export interface TrueUpdate {
  ref: string | null;
  text: string;
  owners: string[];
  status: 'open' | 'closed';
  progress: string | null;
}

export interface LogContext {
  rng: Rng;
  day: Day;
  us: boolean;
  code: string;
  pool: OwnerPool;
  owners: { form: OwnerForm; count: number; join: OwnerJoin };
  statusForm: StatusForm;
}

/** The log's blocks, what it says of each action, and the updates its earlier rows carry. */
export function composeLog(plan: LogPlan, actions: PlannedAction[], ctx: LogContext): { blocks: Block[]; logged: Map<PlannedAction, LoggedAction>; updates: TrueUpdate[] } {
  const { rng, day, us } = ctx;
  const logged = new Map<PlannedAction, LoggedAction>();
  const updates: TrueUpdate[] = [];
  if (plan.mode === 'none' || actions.length === 0) return { blocks: [], logged, updates };
  const extra: Column[] = ['owner', 'due', 'status'].filter((c) => c !== 'status' || ctx.statusForm !== 'none') as Column[];
  const columns = rng.shuffle<Column>([...(plan.idForm === 'none' ? [] : ['id' as Column]), 'action', ...extra]);
  const header = columns.map((c) => (c === 'status' ? statusHeader(ctx.statusForm, rng) : rng.pick(HEADERS[c])));
  const yy = String(day.y % 100).padStart(2, '0');
  const idOf = (n: number) => {
    const nn = String(n).padStart(2, '0');
    switch (plan.idForm) {
      case 'none': return null;
      case 'numbers': return String(n);
      case 'year-slash': return `${yy}/${nn}`;
      case 'letter': return `A${n}`;
      case 'coded': return `${ctx.code}-${yy}-${nn}`;
    }
  };
  const dateCell = (d: Day) => (plan.dueCell === 'with-text' ? formatDate(d, 'numeric-slash', us) : formatDate(d, CELL_FORMS[plan.dueCell], us));
  const row = (values: Record<Column, string>) => columns.map((c) => values[c]);
  let next = rng.int(10, 60);

  const earlier: string[][] = [];
  if (plan.mode === 'with-earlier') {
    for (const task of rng.shuffle(EARLIER_TASKS).slice(0, rng.int(1, 4))) {
      const id = idOf(next - 9 + earlier.length);
      const owners = drawOwners(ctx.pool, ctx.owners.form, ctx.owners.count, ctx.owners.join, rng);
      const status = ctx.statusForm === 'none' ? null : drawStatus(ctx.statusForm, rng, true)!;
      earlier.push(row({ id: id ?? '', action: task, owner: owners.written, due: dateCell(addDays(day, -rng.int(1, 20))), status: status?.written ?? '' }));
      updates.push({ ref: id, text: task, owners: owners.names, status: status?.closed ? 'closed' : 'open', progress: status?.written ?? null });
    }
  }
  const current: string[][] = actions.map((a) => {
    const id = idOf(next++);
    // An inline date stays the action's date; otherwise the cell may name none (TBC, Next meeting).
    const undated = !a.due?.iso && plan.dueCell === 'with-text' && rng.chance(0.4);
    const dueDay = a.due?.iso ? parseIso(a.due.iso) : addDays(day, rng.int(7, 60));
    const text = capitalise(a.task[0]);
    logged.set(a, { id, text, due: undated ? null : isoOf(dueDay), closed: Boolean(a.status?.closed) });
    return row({ id: id ?? '', action: text, owner: a.owners.written, due: undated ? rng.pick(UNDATED) : dateCell(dueDay), status: a.status?.written ?? '' });
  });

  const sections: { title: string | null; rows: string[][] }[] = [{ title: null, rows: current }];
  if (plan.mode === 'with-earlier') {
    const earlierTitle = rng.pick(['Actions from previous meetings', `Actions from ${formatDate(addDays(day, -28), 'd-month-y', us)}`, 'Outstanding actions']);
    const currentTitle = rng.pick(['Actions from this meeting', `Actions from ${formatDate(day, 'd-month-y', us)}`, 'New actions']);
    sections[0].title = currentTitle;
    sections.splice(plan.earlierFirst ? 0 : 1, 0, { title: earlierTitle, rows: earlier });
  }
  return { blocks: [{ lines: [plan.label] }, { lines: renderTable(plan, header, sections) }], logged, updates };
}

const parseIso = (iso: string): Day => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** The table's lines in the plan's layout, section rows spanning the table. */
function renderTable(plan: LogPlan, header: string[], sections: { title: string | null; rows: string[][] }[]): string[] {
  const width = header.length;
  const all = sections.flatMap((s) => s.rows);
  switch (plan.format) {
    case 'gfm': case 'pipe-no-outer': {
      const outer = plan.format === 'gfm';
      const line = (cells: string[]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
      const body = sections.flatMap((s) => [...(s.title ? [line([s.title, ...Array(width - 1).fill('')])] : []), ...s.rows.map(line)]);
      return [line(header), line(header.map(() => '---')), ...body];
    }
    case 'tab':
      return [header.join('\t'), ...sections.flatMap((s) => [...(s.title ? [s.title + '\t'.repeat(width - 1)] : []), ...s.rows.map((r) => r.join('\t'))])];
    case 'fixed-width': return fixedWidth(plan, header, sections, all);
    case 'grid': return grid(plan, header, sections, all);
  }
}

/** Greedy wrap of one cell to `width` characters, for wrapped logs. */
const wrapCell = (text: string, width: number): string[] => {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (out.length > 0 && out[out.length - 1].length + 1 + word.length <= width) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out.length > 0 ? out : [''];
};

/** Rows of cells, each cell a list of lines (one unless the log is wrapped and the cell is long). */
function cellLines(plan: LogPlan, rows: string[][], limit: number): string[][][] {
  return rows.map((r) => r.map((c) => (plan.wrapped && c.length > limit ? wrapCell(c, limit) : [c])));
}

function fixedWidth(plan: LogPlan, header: string[], sections: { title: string | null; rows: string[][] }[], all: string[][]): string[] {
  const limit = 26;
  const widths = header.map((h, i) => Math.max(h.length, ...cellLines(plan, all, limit).map((r) => Math.max(...r[i].map((l) => l.length)))) + 3);
  const pad = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('').trimEnd();
  const out = [pad(header)];
  for (const s of sections) {
    if (s.title) out.push(s.title);
    for (const r of cellLines(plan, s.rows, limit)) {
      const height = Math.max(...r.map((c) => c.length));
      for (let k = 0; k < height; k++) out.push(pad(r.map((c) => c[k] ?? '')));
    }
  }
  return out;
}

function grid(plan: LogPlan, header: string[], sections: { title: string | null; rows: string[][] }[], all: string[][]): string[] {
  const limit = 28;
  const widths = header.map((h, i) => Math.max(h.length, ...cellLines(plan, all, limit).map((r) => Math.max(...r[i].map((l) => l.length)))));
  // A section row spans the table, so the table is at least as wide as its longest section title.
  const titles = sections.map((s) => s.title?.length ?? 0);
  const shortBy = Math.max(...titles) + 2 - widths.reduce((a, w) => a + w + 3, -1);
  if (shortBy > 0) widths[widths.length - 1] += shortBy;
  const rule = (ch: string) => `+${widths.map((w) => ch.repeat(w + 2)).join('+')}+`;
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const total = widths.reduce((a, w) => a + w + 3, -1);
  const out = [rule('-'), line(header), rule('=')];
  for (const s of sections) {
    if (s.title) out.push(`| ${s.title.padEnd(total - 2)} |`, rule('-'));
    for (const r of cellLines(plan, s.rows, limit)) {
      const height = Math.max(...r.map((c) => c.length));
      for (let k = 0; k < height; k++) out.push(line(r.map((c) => c[k] ?? '')));
      out.push(rule('-'));
    }
  }
  return out;
}
