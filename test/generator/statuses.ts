/** How minutes write an action's status, and whether CONVENTIONS reads it as closed. */
import type { Rng } from './prng.js';

export const STATUS_FORMS = ['none', 'words', 'rag', 'checkbox'] as const;
export type StatusForm = (typeof STATUS_FORMS)[number];

/** Closed only for Closed/Complete(d)/Done/[x]/✅ and BRAG blue; everything else is open. */
const WRITTEN: Record<Exclude<StatusForm, 'none'>, [string, boolean][]> = {
  words: [['Closed', true], ['Complete', true], ['Completed', true], ['Done', true], ['Open', false], ['Ongoing', false],
    ['In progress', false], ['Chasing', false], ['Outstanding', false], ['c/f', false], ['Overdue', false], ['On track', false],
    ['Keep open', false], ['Blocked', false], ['Pending', false], ['Not started', false]],
  rag: [['Red', false], ['Amber', false], ['Green', false], ['R', false], ['A', false], ['G', false], ['Blue', true]],
  checkbox: [['[x]', true], ['[ ]', false], ['✅', true], ['⏳', false], ['❌', false]],
};

export interface Status {
  written: string;
  closed: boolean;
}

/**
 * One action's status in the meeting's form, or null when the minutes write none (open). `c/f` (carried
 * forward) is drawn only for an earlier meeting's action: on a row of this meeting's log it makes the row
 * a carried-forward earlier action, an update (CONVENTIONS: "Updates").
 */
export function drawStatus(form: StatusForm, rng: Rng, earlier = false): Status | null {
  if (form === 'none') return null;
  const [written, closed] = rng.pick(earlier ? WRITTEN[form] : WRITTEN[form].filter(([w]) => w !== 'c/f'));
  return { written, closed };
}

/** The header a log gives its status column, fitting the values below it. */
export function statusHeader(form: StatusForm, rng: Rng): string {
  return rng.pick(form === 'rag' ? ['RAG', 'RAG status', 'Status'] : form === 'checkbox' ? ['Status', 'Done?'] : ['Status', 'Progress']);
}
