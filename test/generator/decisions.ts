/** Decisions under agenda items: the markers and motions minutes record them with, and their text. */
import type { Rng } from './prng.js';
import { capitalise } from './tasks.js';

export const DECISION_FORMS = [
  'resolved-colon', 'resolved-dash', 'resolved-that', 'resolution', 'decision', 'bold-decision', 'agreed', 'agreed-caps',
  'approved', 'noted', 'it-was-agreed', 'motion-carried', 'proposed-seconded', 'moved-seconded', 'multipart-inline',
  'multipart-lines',
] as const;
export type DecisionForm = (typeof DECISION_FORMS)[number];
export const DECISIONS_AMOUNTS = ['none', 'few', 'many'] as const;
/** Lines that look like decisions and are not (CONVENTIONS): proposals, withdrawn or failed motions, closing. */
export const DECISION_DECOYS = ['none', 'proposed', 'withdrawn', 'failed', 'closed'] as const;

/** One decision in the grammatical shapes the forms need. */
export interface Matter {
  /** After "RESOLVED that": subjunctive. */
  that: string;
  /** After "Decision:": a finished statement. */
  statement: string;
  /** After "to" in a motion. */
  motion: string;
  /** After "APPROVED:": what was approved. */
  object: string;
}

const MATTERS: Matter[] = [
  { that: 'the minutes of the previous meeting be approved as a correct record', statement: 'the minutes of the previous meeting were approved as a correct record', motion: 'approve the minutes of the previous meeting as a correct record', object: 'the minutes of the previous meeting as a correct record' },
  { that: 'the revised terms of reference be adopted', statement: 'the revised terms of reference were adopted', motion: 'adopt the revised terms of reference', object: 'the revised terms of reference' },
  { that: 'the budget for 2016/17 be approved', statement: 'the budget for 2016/17 was approved', motion: 'approve the budget for 2016/17', object: 'the budget for 2016/17' },
  { that: 'the tender from Fenwick Joinery for £12,400 be accepted', statement: 'the tender from Fenwick Joinery for £12,400 was accepted', motion: 'accept the tender from Fenwick Joinery for £12,400', object: 'the tender from Fenwick Joinery for £12,400' },
  { that: 'the schedule of payments totalling £3,215.60 be approved', statement: 'the schedule of payments totalling £3,215.60 was approved', motion: 'approve the schedule of payments totalling £3,215.60', object: 'the schedule of payments totalling £3,215.60' },
  { that: 'the whistleblowing policy be adopted with the amendments tabled', statement: 'the whistleblowing policy was adopted with the amendments tabled', motion: 'adopt the whistleblowing policy with the amendments tabled', object: 'the whistleblowing policy with the amendments tabled' },
  { that: 'a grant of £500 be made to the youth club', statement: 'a grant of £500 will be made to the youth club', motion: 'make a grant of £500 to the youth club', object: 'a grant of £500 to the youth club' },
  { that: 'the risk appetite statement be endorsed', statement: 'the risk appetite statement was endorsed', motion: 'endorse the risk appetite statement', object: 'the risk appetite statement' },
  { that: 'the annual report be published on the website', statement: 'the annual report will be published on the website', motion: 'publish the annual report on the website', object: 'publication of the annual report on the website' },
  { that: 'the release schedule move to a six-week cycle', statement: 'the release schedule moves to a six-week cycle', motion: 'move the release schedule to a six-week cycle', object: 'a six-week release cycle' },
  { that: 'the lease of the shop premises be renewed for five years', statement: 'the lease of the shop premises will be renewed for five years', motion: 'renew the lease of the shop premises for five years', object: 'renewal of the shop premises lease for five years' },
  { that: 'the reserves policy be reviewed annually', statement: 'the reserves policy will be reviewed annually', motion: 'review the reserves policy annually', object: 'an annual review of the reserves policy' },
];

const NOTED = ['the quarterly performance report', 'the report of the Treasurer', 'the update on the estates strategy', 'the internal audit progress report'];

/** People who move and second motions, written as the minutes name them. */
export interface Movers {
  names: string[];
}

/** The lines of one decision (or decoy) and the decision texts CONVENTIONS takes from them. */
export interface RenderedDecision {
  lines: string[];
  texts: string[];
}

const votes = (rng: Rng) => {
  const f = rng.int(4, 9);
  return rng.pick([`${f}-0`, `${f}-${rng.int(1, 3)}`, `${f}–${rng.int(0, 2)}`]);
};

/** A draw of matters without repeats, so no meeting decides the same thing twice. */
export const dealMatters = (rng: Rng): Matter[] => rng.shuffle(MATTERS);

/** One decision in `form`, in a meeting of `noun` (the committee, the Council), on matters taken from `deck`. */
export function renderDecision(form: DecisionForm, noun: string, movers: Movers, deck: Matter[], rng: Rng): RenderedDecision {
  const m = deck.pop() ?? MATTERS[0];
  const other = deck.pop() ?? MATTERS[1];
  const [mover, seconder] = rng.shuffle(movers.names);
  const one = (line: string, text: string): RenderedDecision => ({ lines: [line], texts: [text] });
  switch (form) {
    case 'resolved-colon': return one(`RESOLVED: That ${m.that}.`, `That ${m.that}.`);
    case 'resolved-dash': return one(`RESOLVED – that ${m.that}.`, `that ${m.that}.`);
    case 'resolved-that': return one(`RESOLVED that ${m.that}.`, `that ${m.that}.`);
    case 'resolution': return one(`RESOLUTION: That ${m.that}.`, `That ${m.that}.`);
    case 'decision': return one(`Decision: ${capitalise(m.statement)}.`, `${capitalise(m.statement)}.`);
    case 'bold-decision': return one(`**Decision:** ${capitalise(m.statement)}.`, `${capitalise(m.statement)}.`);
    case 'agreed': return one(`Agreed: ${m.statement}.`, `${m.statement}.`);
    case 'agreed-caps': return one(`AGREED: ${capitalise(m.statement)}.`, `${capitalise(m.statement)}.`);
    case 'approved': return one(`APPROVED: ${capitalise(m.object)}.`, `${capitalise(m.object)}.`);
    case 'noted': {
      const text = `The ${noun} noted ${rng.pick(NOTED)}.`;
      return one(`NOTED: ${text}`, text);
    }
    // A sentence in which the meeting agrees is the decision as written, lead-in included (CONVENTIONS; the
    // evaluation's gold keeps "It was agreed that …").
    case 'it-was-agreed': {
      const line = `It was agreed that ${m.that}.`;
      return one(line, line);
    }
    case 'motion-carried': {
      const line = `Motion by ${mover}, seconded by ${seconder}, to ${m.motion}. Motion carried ${rng.chance(0.3) ? 'unanimously' : votes(rng)}.`;
      return one(line, line);
    }
    case 'proposed-seconded': {
      const f = rng.int(4, 9);
      const line = `Proposed by ${mover} and seconded by ${seconder}, the motion to ${m.motion} was carried (For ${f}, Against ${rng.int(0, 3)}, Abstain ${rng.int(0, 2)}).`;
      return one(line, line);
    }
    case 'moved-seconded': {
      const line = `It was moved by ${mover} and seconded by ${seconder} to ${m.motion}. The motion carried ${votes(rng)}.`;
      return one(line, line);
    }
    case 'multipart-inline': return {
      lines: [`RESOLVED – (1) that ${m.that}; and (2) that ${other.that}.`],
      texts: [`that ${m.that}`, `that ${other.that}.`],
    };
    case 'multipart-lines': return {
      lines: ['RESOLVED that:', `(1) ${m.that}; and`, `(2) ${other.that}.`],
      texts: [m.that, `${other.that}.`],
    };
  }
}

/** A line that is not a decision, of one decoy kind; null for none. */
export function renderDecoy(kind: (typeof DECISION_DECOYS)[number], movers: Movers, deck: Matter[], rng: Rng): string | null {
  const m = deck.pop() ?? MATTERS[2];
  const [mover, seconder] = rng.shuffle(movers.names);
  switch (kind) {
    case 'none': return null;
    case 'proposed': return `PROPOSED: that ${m.that}. The item will be considered at the next meeting.`;
    case 'withdrawn': return `${mover} moved, seconded by ${seconder}, that ${m.that}. After discussion the motion was withdrawn.`;
    case 'failed': return `Motion by ${mover}, seconded by ${seconder}, to ${m.motion}. Motion failed ${rng.int(1, 3)}-${rng.int(4, 7)}.`;
    case 'closed': return `The Chair closed the meeting at ${rng.int(8, 9)}.${rng.pick(['05', '20', '45'])}pm.`;
  }
}
