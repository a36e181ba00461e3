import { endsMidPhrase, lowerCaseForMatching, startsLowerCase } from '../text/normalise.js';
import { isEarlierActionsSection } from '../lexicon/actions.js';
import type { DateOrder } from '../model/types.js';
import type { Line, Source } from '../read/source.js';
import { findDate } from '../text/dates.js';
import { startsWithStatus } from '../lexicon/status.js';
import { DECISION_COLUMN } from '../lexicon/decisions.js';

export type Field = 'id' | 'minute' | 'text' | 'owner' | 'others' | 'raised' | 'due' | 'progress' | 'status' | 'rag';


/** Header words for each column, whatever the order or naming of the minutes' table. */
const FIELD_NAMES: [Field, RegExp][] = [
  // "S.No", "Sl. No.", "S/N": a serial number, as Indian and Singaporean minutes head the column.
  // "Ticket", "Jira", "Issue": the tracker's key (OPS-4412) names the action.
  ['id', /^(?:no|number|ref|reference|id|#|ticket|ticket no|jira|issue|key|s\.?\s?no\.?|sl\.?\s?no\.?|sr\.?\s?no\.?|s ?\/ ?no|s ?\/ ?n|action (?:no|number|ref|id)|ap|ap no|action point (?:no|number|ref))$/],
  // The item an action was raised under: its id when the table numbers actions no other way.
  ['minute', /^(?:item|item no|minute|minute (?:no|number|ref)|min (?:no|ref))$/],
  ['text', /^(?:actions?|action points?|description|task|tasks|what|action required|agreed actions?|action description|action items?|actions? agreed|details|(?:open )?points?)$/],
  // "PIC": the person in charge.
  ['owner', /^(?:lead|leads|owner|owners|who|responsible|by whom|action by|assigned to|lead officer|person responsible|action owner|responsibility|lead person|pic|person in charge|person-in-charge)$/],
  ['others', /^(?:others|other|support|supporting|with|in support|others involved|support from)$/],
  ['raised', /^(?:start date|start|raised|date raised|date opened|opened|date added|meeting date|date of meeting|meeting|date agreed|raised on|date set|date)$/],
  ['due', /^(?:target completion|target completion date|target date|target|due|due date|when|deadline|by when|completion date|date due|timescale|timescales|by)$/],
  ['progress', /^(?:update|updates|progress|comments?|notes?|latest update|progress update|progress\/update|update\/progress|status ?\/ ?update|update ?\/ ?status|current position|position|outcome|response)$/],
  ['status', /^(?:status|rag|rag status|state|open\/closed|rag rating|complete|completed|done|closed)$/],
];

export interface LogRow {
  id: string | null;
  /** The item the action was raised under, where a column beside its id gives it. */
  minute: string | null;
  text: string;
  owner: string | null;
  others: string | null;
  raised: string | null;
  due: string | null;
  progress: string | null;
  status: string | null;
  /** A RAG column beside a Status column ("Status | RAG"): the colour the status column does not give. */
  rag: string | null;
  line: number;
  /** Set when a section row of the table ("Actions from previous meetings") put the row under earlier meetings. */
  earlier: boolean;
}

export interface ActionTable {
  /** 'previous' tables report on earlier meetings' actions; 'log' tables hold this meeting's log. */
  kind: 'log' | 'previous';
  fields: Field[];
  rows: LogRow[];
  line: number;
}

// "The Board considered the rolling action log": the log of earlier meetings' actions, reviewed as an item (a log
// "reviewed" at the end of the minutes is this meeting's, its earlier rows told apart by their numbers).
const PREVIOUS = /\b(?:previous|last|earlier|prior|outstanding|action taken|matters arising|carried forward|brought forward|progress on actions|update on actions|action updates|review of action|status of action|(?:considered|reviewed) the rolling action log)\b/i;
// What a table's lead-in must name for PREVIOUS to speak for it: actions, tasks or follow-ups.
const ACTIONS_WORD = /\b(?:action|task|follow[- ]up|open points?)/i;

// A lead-in for this meeting's own actions ("Actions arising from this meeting", "New actions"), not those "arising from
// previous meetings".
const THIS_MEETING = /\b(?:this meeting|arising from this|new actions|actions arising(?! from (?:the )?(?:previous|earlier|past|last|prior)))\b/i;
const ITEM_TITLE = /^(?:\d{1,3}|[ivx]{1,5})[.:)]?\s/i;
const MATTERS_ARISING = /\bmatters arising\b/i;
const FILL_IN = /_{5,}/;
const LEGEND = /^(?:b?rag |status |colour )?key\s?:/i;
const LOG_LABEL = /^(?:the )?actions? (?:log|tracker|list|register|table)\b/i;

const RAG_HEADER = /^rag(?: status| rating)?$/i;

/** Field of a header cell, or null when the cell is not a known column name. */
export function fieldOf(cell: string): Field | null {
  const name = cell.toLowerCase().replace(/[.:*?]/g, '').replace(/\s+/g, ' ').trim();
  for (const [field, pattern] of FIELD_NAMES) if (pattern.test(name)) return field;
  return null;
}

/** Whether a row is an action table's header ("Who | What | When", "Action | Owner | Due"). */
export function isActionTableHeader(line: Line): boolean {
  return readHeader(line) !== null;
}

function readHeader(line: Line): Field[] | null {
  // Header cells are a word or three; a row with a long cell is data, not a header.
  if (!line.cells || line.cells.some((cell) => cell.length > 40)) return null;
  const fields: (Field | null)[] = line.cells.map(fieldOf);
  // "Status | RAG": the RAG column gives the colour beside the status.
  const statuses = fields.flatMap((field, i) => (field === 'status' ? [i] : []));
  const ragColumn = statuses.length > 1 ? statuses.find((i) => RAG_HEADER.test(line.cells![i].trim())) : undefined;
  if (ragColumn !== undefined) fields[ragColumn] = 'rag';
  // A second status or progress column adds nothing the first does not say.
  for (const field of ['status', 'progress'] as const) {
    const first = fields.indexOf(field);
    if (first >= 0) for (let i = first + 1; i < fields.length; i++) if (fields[i] === field) fields[i] = null;
  }
  const minute = fields.indexOf('minute');
  // "No. | Item | Person in charge | Deadline": with no column of actions, items with a deadline are what the owners are
  // to do ("Time | Item | Who | Notes" is an agenda).
  if (minute >= 0 && !fields.includes('text') && fields.includes('due')) fields[minute] = 'text';
  else if (minute >= 0 && !fields.includes('id')) fields[minute] = 'id';
  // "S.No | Decision | Action by | Status": an action taken report's decisions are the tasks its owners were set; a
  // Decision column beside no one set to act (a planning table's) is no action's.
  // "ID | Decision | Owner | Status" is a log of decisions, each with the one who owns it: no action's.
  const actionBy = fields.includes('owner') && line.cells.some((cell, i) => fields[i] === 'owner' && /action/i.test(cell));
  const decision = actionBy && !fields.includes('text') ? line.cells.findIndex((cell) => DECISION_COLUMN.test(cell.trim())) : -1;
  if (decision >= 0) fields[decision] = 'text';
  const known = fields.filter(Boolean);
  if (!fields.includes('text') || known.length < 2 || new Set(known).size !== known.length) return null;
  return fields as Field[];
}

/** Action tables (tab-separated, pipe or GFM) found by their header row; section and repeated header rows dropped. */
export function findActionTables(source: Source, meetingDate: string | null = null, order: DateOrder = 'dmy'): ActionTable[] {
  const tables: ActionTable[] = [];
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const fields = readHeader(lines[i]);
    if (!fields) continue;
    const table: ActionTable = { kind: tableKind(lines, i), fields, rows: [], line: lines[i].line };
    let j = i + 1;
    let earlier = table.kind === 'previous';
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line.cells) {
        // A one-line section heading ("Actions from 12 March 2025") inside a Word table loses its tabs; after a blank line,
        // the rows under it have the table's columns ("Time allotted | 25 minutes | Presenter | …" under a topic, or
        // "Observers | Gwen Tapper", are another table's).
        const below = lines[j + 1]?.cells;
        if (line.text.length < 80 && below && !readHeader(lines[j + 1]) && (!line.blockStart || below.length === fields.length)) {
          earlier = sectionKind(line.text, meetingDate, order) ?? earlier;
          continue;
        }
        break;
      }
      if (readHeader(line)) continue;
      // "AP-16 | Propose the agenda … for the" / "| review meeting": a cell wrapped onto a row of its own.
      const continued = continuationRows(lines, j);
      const row = readRow(fields, continued > 0 ? { ...line, cells: withContinuations(line.cells, lines.slice(j + 1, j + 1 + continued)) } : line);
      j += continued;
      if (typeof row === 'string') earlier = (row ? sectionKind(row, meetingDate, order) : null) ?? earlier;
      else if (row) {
        row.earlier = earlier;
        table.rows.push(row);
      }
    }
    tables.push(table);
    i = j - 1;
  }
  return tables;
}

/** A section row's say on the rows under it: earlier meetings', this meeting's, or no say. */
function sectionKind(text: string, meetingDate: string | null, order: DateOrder): boolean | null {
  const date = findDate(text, { order });
  if (date && meetingDate && /\baction/i.test(text)) return date.iso < meetingDate;
  if (/\b(?:this meeting|new actions|actions arising|arising from)\b/i.test(text)) return false;
  if (PREVIOUS.test(text) && ACTIONS_WORD.test(text)) return true;
  return null;
}

/** A row, the text of a section row ("4 Strategy – Housing"), or null for an empty row. */
// The caller sets `earlier`; a copy with the key added (`{ ...row, earlier }`) is slow in V8.
function readRow(fields: Field[], line: Line): LogRow | string | null {
  const value = (field: Field) => {
    const index = fields.indexOf(field);
    const cell = index >= 0 ? line.cells![index]?.trim() : '';
    return cell ? cell : null;
  };
  const text = value('text');
  // "Signed: ________ Presiding Member": a form's line to fill in under the table, no action.
  if (text !== null && FILL_IN.test(text)) return null;
  const filledCells = line.cells!.filter(Boolean);
  // A section heading typed into the first cell of an otherwise empty row.
  if (filledCells.length === 1 && !text) return filledCells[0];
  if (!text) return null;
  // "Item | Discussion | Action" with "JB / KT" in the Action column: the owners alone; the discussion says what they are
  // to do, in its sentence that opens with them ("… HCB to add the Lower Barton Farm permission …") or as a whole.
  const wording = !fields.includes('owner') && OWNERS_ONLY.test(text) ? discussionOf(fields, line.cells!) : null;
  const row: LogRow = {
    id: value('id'),
    minute: value('minute'),
    text: wording ? taskFor(wording, text) : text,
    owner: wording ? text : value('owner'),
    others: value('others'),
    raised: value('raised'),
    due: value('due'),
    progress: value('progress'),
    status: value('status'),
    rag: value('rag'),
    line: line.line,
    earlier: false,
  };
  // "Who | What | When" with "Done" or "Ongoing" for a date: a log with no status column says how far it got there.
  if (row.due !== null && !fields.includes('status') && !fields.includes('progress') && startsWithStatus(row.due) && findDate(row.due) === null) {
    row.status = row.due;
    row.due = null;
  }
  // "4  Strategy - Housing/Refuge provision" with every other cell empty is a section row.
  const filled = [row.owner, row.others, row.raised, row.due, row.progress, row.status].some(Boolean);
  const hasOtherColumns = fields.some((f) => f !== 'id' && f !== 'minute' && f !== 'text' && f !== null);
  // A numbered section ("1  Minutes/Actions previous meetings") is a topic; only an unnumbered one speaks for the rows under it.
  if (!filled && hasOtherColumns) return row.id ? '' : text;
  return row;
}

// Owners alone, as initials or "All": "JB / KT", "DLG, KT, PH", "All".
const OWNERS_ONLY = /^(?:All|[A-Z][A-Za-z]{0,3}[A-Z])(?:\s*(?:\/|,|&|and)\s*(?:All|[A-Z][A-Za-z]{0,3}[A-Z]))*$/;

/** The longest cell of a column the header does not name (a Discussion column), when it holds a sentence or more. */
function discussionOf(fields: Field[], cells: string[]): string | null {
  let longest = '';
  cells.forEach((cell, i) => {
    if (fields[i] === null && cell.trim().length > longest.length) longest = cell.trim();
  });
  return longest.length >= 20 ? longest : null;
}

// "JB/KT to ", "DLG, KT and PH will ": the owners opening a sentence, words that hold no separator between separators.
const OWNERS_OPENING = /^[^\s/,&]+(?:\s*[/,&]\s*[^\s/,&]+|\s+and\s+[^\s/,&]+)* (?:to|will) /;

/** The sentence of a discussion that gives the owners their task ("HCB to add …" → "add …"), else the discussion whole. */
function taskFor(discussion: string, owners: string): string {
  const first = owners.split(/\s*(?:\/|,|&|and)\s*/)[0];
  for (const sentence of discussion.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const opened = sentence.startsWith(first) ? OWNERS_OPENING.exec(sentence) : null;
    if (opened) return sentence.slice(opened[0].length);
  }
  return discussion;
}

/** A table is about earlier meetings' actions when the words just before it, or its item's title, say so. */
function tableKind(lines: Line[], headerIndex: number): 'log' | 'previous' {
  let paragraph = '';
  for (let i = headerIndex - 1; i >= 0 && i >= headerIndex - 3; i--) {
    const line = lines[i];
    if (line.cells) break;
    // "BRAG key: … Closed – closed at a previous meeting": the colours' legend says nothing of whose rows these are.
    if (LEGEND.test(line.text)) continue;
    // "The Authority considered the schedule of actions arising from" / "previous meetings:": a lead-in read whole.
    paragraph = i + 1 < headerIndex && !lines[i + 1].blockStart ? `${line.text} ${paragraph}` : line.text;
    if (THIS_MEETING.test(paragraph)) return 'log';
    if (PREVIOUS.test(paragraph) && ACTIONS_WORD.test(paragraph)) return 'previous';
    // A label of its own ("Action log") or a list between them: the item's title is too far to speak for the table.
    if (LOG_LABEL.test(line.text) || line.kind === 'item') break;
    // "4. Matters arising" over the table: the item's title speaks for it; so does a heading that opens a report on
    // earlier actions ("Actions from INC-2187 (March) – review").
    if ((line.kind === 'heading' || ITEM_TITLE.test(line.text)) && (MATTERS_ARISING.test(line.text) || isEarlierActionsSection(lowerCaseForMatching(line.text)))) return 'previous';
    if (line.kind === 'heading' || ITEM_TITLE.test(line.text)) break;
  }
  return 'log';
}

/**
 * How many rows after line `index` continue it: an empty first cell, and a few cells filled, wrapped from the row above
 * (a row of a log with no status in its first column fills most of its cells).
 */
export function continuationRows(lines: Line[], index: number, cells: string[] = lines[index].cells!): number {
  const filled = (row: string[]) => row.filter(Boolean).length;
  const most = Math.max(1, Math.floor(filled(cells) / 2));
  let count = 0;
  for (let next = lines[index + 1]; next?.cells && !next.blockStart && filled(next.cells) > 0 && (next.cells[0] === '' ? filled(next.cells) <= most : carriesOn(lines[index + count].cells!, next.cells)); next = lines[index + 1 + ++count]);
  return count;
}

/** "Office of the Auditor-General |  | 20th January, 2025" under cells that stop mid-phrase: each filled cell carries one on, some are empty. */
function carriesOn(above: string[], cells: string[]): boolean {
  const filled = cells.filter(Boolean).length;
  return cells.length === above.length && filled < above.filter(Boolean).length && cells.every((text, k) => !text || (above[k] !== undefined && (endsMidPhrase(above[k]) || startsLowerCase(text))));
}

/** A row's cells with the rows that continue it added, cell by cell. */
export function withContinuations(cells: string[], more: Line[]): string[] {
  const joined = [...cells];
  for (const row of more) {
    row.cells!.forEach((text, k) => {
      if (text && joined[k] !== undefined) joined[k] = `${joined[k]} ${text}`.trim();
    });
  }
  return joined;
}
