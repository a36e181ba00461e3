import type { Action, Diagnostic, Meeting, Status, Update } from '../model/types.js';
import { fold } from '../text/normalise.js';
import { wordSimilarity } from '../text/similarity.js';
import { EntryIndex } from './entry-index.js';

/** Where something was written: a meeting (by date and file) and a line. */
export interface Place {
  date: string | null;
  file: string;
  line: number;
}

export interface HistoryEntry extends Place {
  kind: 'raised' | 'update' | 'closed-by-statement';
  status: Status;
  progress: string | null;
  /** Owners the update named when they differ from the action's: a reassignment. */
  owners?: string[];
  /** A due date the update moved the action to. */
  due?: string;
}

/** One action across the meetings read: raised once, carried forward by later meetings' updates. */
export interface RegisterEntry extends Pick<Action, 'id' | 'item' | 'text' | 'owners' | 'ownersRaw' | 'due' | 'dueRaw' | 'status' | 'statusRaw' | 'rag' | 'progress'> {
  /** The meeting that raised it; for an update that matched no action read, the meeting that reported it. */
  raisedAt: Place;
  /** True when the action was raised at a meeting that was not read (only its update was). */
  raisedElsewhere: boolean;
  lastUpdate: HistoryEntry | null;
  history: HistoryEntry[];
  /** How many later meetings the action has been carried through while open. */
  carried: number;
  commitments: number[];
  /** The body whose meetings carry the action: the one the register was built for, else the title of the meeting that raised it. */
  body: string | null;
}

export interface Register {
  entries: RegisterEntry[];
  warnings: Diagnostic[];
}

const UPDATE_MATCH = 0.6;
// Updates look first at the actions their body raised at this many of its latest meetings.
const RECENT_MEETINGS = 3;

/** Meetings in date order, file name breaking ties; meetings with no date come last. */
export function orderMeetings(meetings: Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

export interface RegisterOptions {
  /**
   * The body all the meetings belong to, named on every entry (see buildBodyRegisters). Without it
   * each entry names its meeting's title, and updates look first at actions raised under the same title.
   */
  body?: string | null;
}

/** Folds one body's meetings, oldest first, into the register of every action and its current state. */
export function buildRegister(meetings: Meeting[], options: RegisterOptions = {}): Register {
  const entries: RegisterEntry[] = [];
  const warnings: Diagnostic[] = [];
  const index = new EntryIndex();
  // The actions each body raised at its last few meetings, where most updates find their action.
  const recentByBody = new Map<string, RegisterEntry[][]>();
  // Actions by the date of the meeting that raised them, for "all actions from the last meeting are complete".
  const raisedOn = new Map<string, RegisterEntry[]>();
  const carried = new CarriedCount();
  const add = (entry: RegisterEntry, position: number) => {
    entries.push(entry);
    index.add(entry);
    carried.track(entry, position);
  };
  const ordered = orderMeetings(meetings);
  ordered.forEach((meeting, position) => {
    // Updates match only actions raised at earlier meetings, not ones this meeting adds.
    const limit = entries.length;
    const body = options.body === undefined ? fold(meeting.title ?? '') : '';
    const bodyName = options.body === undefined ? meeting.title : options.body;
    const recent = (recentByBody.get(body) ?? []).flat();
    for (const update of meeting.updates) {
      const entry = findEntry(index, limit, recent, update);
      if (entry) {
        const was = entry.status;
        applyUpdate(entry, update, meeting);
        index.owners.set(entry, index.ownersOf(entry.owners));
        if (entry.status !== was) {
          if (entry.status === 'closed') index.closed(entry);
          else index.opened(entry);
        }
        carried.track(entry, position);
      }
      else {
        add(entryFromUpdate(update, meeting, bodyName), position);
        warnings.push({
          file: meeting.file,
          line: update.line,
          column: 1,
          severity: 'warning',
          ruleId: 'update-unmatched',
          messageId: 'unmatched-update',
          reason: `Update \`${shorten(update.text)}\` matches no action in the meetings read; kept as an action raised earlier`,
        });
      }
    }
    for (const closure of meeting.closures) {
      const previous = ordered[position - 1];
      const target = closure.refersTo ?? previous?.date ?? null;
      for (const entry of (target && raisedOn.get(target)) || []) {
        if (entry.status !== 'open') continue;
        const step: HistoryEntry = { kind: 'closed-by-statement', date: meeting.date, file: meeting.file, line: closure.line, status: 'closed', progress: closure.text };
        entry.status = 'closed';
        index.closed(entry);
        carried.track(entry, position);
        entry.history.push(step);
        entry.lastUpdate = step;
      }
    }
    const raised: RegisterEntry[] = [];
    for (const action of meeting.actions) {
      const entry = entryFromAction(action, meeting, bodyName);
      add(entry, position);
      raised.push(entry);
      if (meeting.date) push(raisedOn, meeting.date, entry);
    }
    recentByBody.set(body, [...(recentByBody.get(body) ?? []), raised].slice(-RECENT_MEETINGS));
  });
  carried.finish(ordered.length - 1);
  return { entries, warnings };
}

/**
 * Counts the later meetings each action stayed open through. Adding one to every open action at
 * every meeting would take meetings × actions; instead each open stretch is added when it ends.
 */
class CarriedCount {
  /** Open entries, with the position of the meeting from which they have been open. */
  private readonly openSince = new Map<RegisterEntry, number>();

  /** Called whenever an entry is added or its status may have changed, at that meeting's position. */
  track(entry: RegisterEntry, position: number): void {
    const since = this.openSince.get(entry);
    if (entry.status === 'open' && since === undefined) this.openSince.set(entry, position);
    else if (entry.status !== 'open' && since !== undefined) {
      entry.carried += position - since;
      this.openSince.delete(entry);
    }
  }

  /** Ends the stretches still open at the last meeting. */
  finish(lastPosition: number): void {
    for (const [entry, since] of this.openSince) entry.carried += lastPosition - since;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The earlier action an update reports on: same id first, else the closest wording (owners break near-ties). */
function findEntry(index: EntryIndex, limit: number, recent: RegisterEntry[], update: Update): RegisterEntry | null {
  const earlier = (entry: RegisterEntry) => index.isBefore(entry, limit);
  if (update.ref) {
    const byId = index.withId(update.ref).filter(earlier);
    if (byId.length === 1) return byId[0];
  }
  const updateOwners = index.ownersOf(update.owners);
  const updateWords = index.wordsOf(update.text);
  // Most updates report on the last few meetings' actions: look there first, and search every
  // open action only for an update about something older.
  // (The recent actions were all raised at earlier meetings.)
  return closest(recent, index, updateWords, updateOwners) ?? closest(index.candidates(updateWords).filter(earlier), index, updateWords, updateOwners);
}

function closest(entries: RegisterEntry[], index: EntryIndex, updateWords: Set<string>, updateOwners: Set<string>): RegisterEntry | null {
  let best: RegisterEntry | null = null;
  let bestScore = UPDATE_MATCH;
  for (const entry of entries) {
    let score = wordSimilarity(index.words.get(entry)!, updateWords);
    for (const owner of index.owners.get(entry)!) {
      if (updateOwners.has(owner)) {
        score += 0.1;
        break;
      }
    }
    if (score > bestScore || (score === bestScore && best?.status === 'closed' && entry.status === 'open')) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

function applyUpdate(entry: RegisterEntry, update: Update, meeting: Meeting): void {
  const step: HistoryEntry = { kind: 'update', date: meeting.date, file: meeting.file, line: update.line, status: update.status, progress: update.progress };
  entry.history.push(step);
  entry.lastUpdate = step;
  entry.status = update.status;
  entry.statusRaw = update.statusRaw ?? update.progress;
  entry.rag = update.rag ?? entry.rag;
  entry.progress = update.progress ?? entry.progress;
  // A reassignment or a moved deadline is kept in the action's history, and the action takes the new value.
  if (update.owners.length > 0 && !sameOwners(entry.owners, update.owners)) {
    step.owners = update.owners.map((o) => o.name);
    entry.owners = update.owners;
    entry.ownersRaw = update.ownersRaw;
  }
  if (update.due && update.due !== entry.due) {
    step.due = update.due;
    entry.due = update.due;
  }
}

function sameOwners(a: { name: string }[], b: { name: string }[]): boolean {
  const names = new Set(a.map((o) => fold(o.name)));
  return b.every((o) => names.has(fold(o.name)));
}

function entryFromAction(action: Action, meeting: Meeting, body: string | null): RegisterEntry {
  const raisedAt = { date: meeting.date, file: meeting.file, line: action.lines[0] };
  const raised: HistoryEntry = { kind: 'raised', ...raisedAt, status: action.status, progress: action.progress };
  return {
    id: action.id,
    item: action.item,
    text: action.text,
    owners: action.owners,
    ownersRaw: action.ownersRaw,
    due: action.due,
    dueRaw: action.dueRaw,
    status: action.status,
    statusRaw: action.statusRaw,
    rag: action.rag,
    progress: action.progress,
    raisedAt,
    raisedElsewhere: false,
    lastUpdate: null,
    history: [raised],
    carried: 0,
    commitments: commitmentsOf(action, meeting),
    body,
  };
}

function entryFromUpdate(update: Update, meeting: Meeting, body: string | null): RegisterEntry {
  const place = { date: meeting.date, file: meeting.file, line: update.line };
  const step: HistoryEntry = { kind: 'update', ...place, status: update.status, progress: update.progress };
  return {
    id: update.ref,
    item: update.item,
    text: update.text,
    owners: update.owners,
    ownersRaw: update.ownersRaw,
    due: update.due,
    dueRaw: null,
    status: update.status,
    statusRaw: update.statusRaw ?? update.progress,
    rag: update.rag,
    progress: update.progress,
    raisedAt: place,
    raisedElsewhere: true,
    lastUpdate: step,
    history: [step],
    carried: 0,
    commitments: commitmentsIn(update.text),
    body,
  };
}

/** Commitments an action names, else the one under discussion where it was raised (the last mentioned earlier in its item). */
function commitmentsOf(action: Action, meeting: Meeting): number[] {
  const named = commitmentsIn(action.text);
  if (named.length > 0 || action.item === null) return named;
  let nearest: { number: number; line: number } | null = null;
  for (const commitment of meeting.commitments) {
    for (const mention of commitment.mentions) {
      if (mention.item === action.item && mention.line <= action.lines[0] && (!nearest || mention.line > nearest.line)) {
        nearest = { number: commitment.number, line: mention.line };
      }
    }
  }
  return nearest ? [nearest.number] : [];
}

function commitmentsIn(text: string): number[] {
  const numbers = new Set<number>();
  for (const m of text.matchAll(/\bcommitments?\s+(\d{1,4}(?:\s*(?:,|&|and)\s*\d{1,4})*)/gi)) {
    for (const n of m[1].match(/\d+/g) ?? []) numbers.add(+n);
  }
  return [...numbers];
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
