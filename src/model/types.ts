/** The typed model of one meeting, as `vawg parse` prints it. Lines are 1-based lines of the file on disk. */

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the minutes: a parse warning or a check finding. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  messageId: string;
  reason: string;
}

export interface Person {
  name: string;
  initials: string | null;
  /** `@handle` where the minutes give one (community calls, GitHub-style notes). */
  handle: string | null;
  organisation: string | null;
  role: string | null;
  line: number;
}

export interface SubItem {
  number: string;
  title: string;
  line: number;
}

export interface Item {
  /** As written ("4", "IX", "PCP/24/38"); null for the rows of an unnumbered agenda table. */
  number: string | null;
  title: string;
  line: number;
  subItems: SubItem[];
}

export type OwnerKind = 'person' | 'organisation' | 'role' | 'group' | 'unknown';

/** Someone an action is assigned to, resolved against the meeting's people where possible. */
export interface Owner {
  name: string;
  kind: OwnerKind;
  /** The owner exactly as the minutes wrote it ("KIS", "Hong Tang (NHS England)"). */
  raw: string;
}

export type Status = 'open' | 'closed';
export type Rag = 'red' | 'amber' | 'green' | 'blue';

export interface Action {
  /** The action log's id ("4c", "QPC-2405-01"), or null when the minutes give none. */
  id: string | null;
  text: string;
  /** Everyone responsible: the log's lead(s) then others, or the inline ACTION's owners. */
  owners: Owner[];
  ownersRaw: string | null;
  /** The supporting owners from an Others/Support column (also listed in `owners`). */
  others: Owner[];
  raised: string | null;
  due: string | null;
  dueRaw: string | null;
  status: Status;
  statusRaw: string | null;
  rag: Rag | null;
  progress: string | null;
  /** Number of the agenda item the action was raised under. */
  item: string | null;
  /** Source lines: the inline ACTION line and/or the action-log row. */
  lines: number[];
  /** Where the minutes record it: an inline ACTION line, an action-log row, or both (merged). */
  origin: 'inline' | 'log' | 'both';
}

/** Progress reported on an action raised at an earlier meeting. */
export interface Update {
  ref: string | null;
  text: string;
  owners: Owner[];
  ownersRaw: string | null;
  due: string | null;
  status: Status;
  statusRaw: string | null;
  rag: Rag | null;
  progress: string | null;
  item: string | null;
  line: number;
}

export interface Mention {
  line: number;
  item: string | null;
}

export interface Commitment {
  number: number;
  title: string | null;
  mentions: Mention[];
}

export interface Decision {
  text: string;
  item: string | null;
  line: number;
}

/** "All actions have been completed": closes the actions of the meeting it refers to. */
export interface BlanketClosure {
  text: string;
  /** Date of the earlier meeting it refers to, when the minutes give one. */
  refersTo: string | null;
  line: number;
}

export interface MeetingTime {
  start: string | null;
  end: string | null;
}

export interface Meeting {
  file: string;
  title: string | null;
  date: string | null;
  time: MeetingTime | null;
  location: string | null;
  attendees: Person[];
  apologies: Person[];
  items: Item[];
  actions: Action[];
  updates: Update[];
  commitments: Commitment[];
  decisions: Decision[];
  closures: BlanketClosure[];
  warnings: Diagnostic[];
  /** For a PDF, the line of each page's first line (`line` counts lines through the whole PDF); absent for other files. */
  pageStarts?: number[];
}

export type DateOrder = 'dmy' | 'mdy';

export interface ParseOptions {
  /** File name recorded in the model and in warnings. */
  file?: string;
  /** How to read numeric dates such as 04/05/2024: day first (UK) or month first (US); detected from the document when not given, day first if unclear. */
  dateOrder?: DateOrder;
  /** Other names for owners ("PD" → "Paul Dowie"), applied before resolving. */
  aliases?: Record<string, string>;
  /** Status words that also mean closed, beyond Closed/Complete(d)/Done/Discharged. */
  closedWords?: string[];
  /** Treat the text as markdown (default: decided from the file name, `.md`/`.markdown`). */
  markdown?: boolean;
}
