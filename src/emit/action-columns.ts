import { placeOf, type Layout } from '../read/position.js';
import type { RegisterEntry } from '../register/register.js';
import { longDate } from '../text/dates.js';
import { ownerNames } from './action-log.js';
import { oneLine } from './terminal.js';

/** How dates are written: `iso` (2025-06-03, the default) or `long` (3 June 2025). */
export type DateStyle = 'iso' | 'long';

type Cell = (entry: RegisterEntry, date: (iso: string) => string, layoutOf: LayoutOf) => string;
type LayoutOf = (file: string) => Layout;

/** Each file's layout, so that a PDF's lines read as page and line (src/read/position.ts); by default the file's name alone. */
export interface SourceLayouts {
  layoutOf?: LayoutOf;
}

/** Where an action was raised, as the Source column shows it: `minutes.txt:12`, `minutes.docx ¶12`, `minutes.pdf p.3 l.14`. */
export function registerSource(entry: RegisterEntry, layoutOf: LayoutOf = (file) => ({ file })): string {
  return placeOf(layoutOf(entry.raisedAt.file), [entry.raisedAt.line]);
}

/** The columns an action log can have, by the name `--columns` gives them. */
export const REGISTER_COLUMNS: Record<string, { title: string; cell: Cell }> = {
  body: { title: 'Body', cell: (entry) => entry.body ?? '(no title)' },
  id: { title: 'ID', cell: (entry) => entry.id ?? '' },
  item: { title: 'Item', cell: (entry) => entry.item ?? '' },
  action: { title: 'Action', cell: (entry) => entry.text },
  owner: { title: 'Owner(s)', cell: (entry) => ownerNames(entry.owners) || (entry.ownersRaw ?? '') },
  due: { title: 'Due', cell: (entry, date) => (entry.due ? date(entry.due) : (entry.dueRaw ?? '')) },
  status: { title: 'Status', cell: (entry) => (entry.rag ? `${entry.status} (${entry.rag})` : entry.status) },
  rag: { title: 'RAG', cell: (entry) => entry.rag ?? '' },
  raised: { title: 'Raised', cell: (entry, date) => (entry.raisedAt.date ? date(entry.raisedAt.date) : '') },
  carried: { title: 'Carried', cell: (entry) => String(entry.carried) },
  update: {
    title: 'Last update',
    cell: (entry, date) => (entry.lastUpdate ? `${entry.lastUpdate.date ? date(entry.lastUpdate.date) : ''} ${entry.lastUpdate.progress ?? ''}`.trim() : ''),
  },
  source: { title: 'Source', cell: (entry, _date, layoutOf) => oneLine(registerSource(entry, layoutOf)) },
};

/** The columns `vawg actions` has always printed, in their order. */
export const DEFAULT_COLUMNS = ['id', 'action', 'owner', 'due', 'status', 'raised', 'carried', 'update', 'source'];

/** The columns to print: those asked for, else the default ones; the body first when the minutes hold several bodies. */
export function layoutColumns(columns: string[] | undefined, withBody = false): string[] {
  const chosen = columns ?? DEFAULT_COLUMNS;
  return withBody && !chosen.includes('body') ? ['body', ...chosen] : chosen;
}

/** Names of columns that do not exist, for a usage error listing the ones that do. */
export function unknownColumns(names: string[]): string[] {
  return names.filter((name) => !Object.hasOwn(REGISTER_COLUMNS, name));
}

export function columnTitles(columns: string[]): string[] {
  return columns.map((name) => REGISTER_COLUMNS[name].title);
}

/** One row of cells for an entry, in the columns asked for. */
export function columnCells(entry: RegisterEntry, columns: string[], dates: DateStyle = 'iso', layoutOf: LayoutOf = (file) => ({ file })): string[] {
  const date = dates === 'long' ? longDate : (iso: string) => iso;
  return columns.map((name) => REGISTER_COLUMNS[name].cell(entry, date, layoutOf));
}

export type GroupBy = 'owner' | 'item' | 'meeting';

/** A group of an action log: its heading, and its entries in the order given. */
export interface EntryGroup {
  title: string;
  entries: RegisterEntry[];
}

/**
 * Entries in groups, for an agenda: by owner (an action with two owners is listed under each; owners
 * in alphabetical order, unowned last), by the agenda item that raised it (within its meeting), or by
 * the meeting that raised it (in date order).
 */
export function groupEntries(entries: RegisterEntry[], by: GroupBy, dates: DateStyle = 'iso'): EntryGroup[] {
  const date = (iso: string | null) => (iso === null ? null : dates === 'long' ? longDate(iso) : iso);
  const groups = new Map<string, EntryGroup & { order: string }>();
  const add = (key: string, title: string, order: string, entry: RegisterEntry) => {
    const group = groups.get(key) ?? { title, order, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  };
  for (const entry of entries) {
    const meeting = date(entry.raisedAt.date) ?? oneLine(entry.raisedAt.file);
    const meetingOrder = `${entry.raisedAt.date ?? '9999'} ${entry.raisedAt.file}`;
    if (by === 'meeting') add(entry.raisedAt.file, meeting, meetingOrder, entry);
    else if (by === 'item') add(`${entry.raisedAt.file}\u0000${entry.item ?? ''}`, `${entry.item ? `Item ${entry.item}` : 'No item'} — ${meeting}`, meetingOrder, entry);
    else if (entry.owners.length === 0) add(`\u0000${entry.ownersRaw ?? ''}`, entry.ownersRaw || 'No owner', '\uffff', entry);
    else for (const owner of entry.owners) add(`\u0001${owner.name}`, owner.name, owner.name.toLocaleLowerCase('en'), entry);
  }
  // Stable: groups with the same order keep the order they were met in (items within a meeting).
  return [...groups.values()].map((group, index) => ({ group, index })).sort((a, b) => (a.group.order < b.group.order ? -1 : a.group.order > b.group.order ? 1 : a.index - b.index)).map(({ group }) => ({ title: group.title, entries: group.entries }));
}
