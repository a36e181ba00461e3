/** Discussion under agenda items: narrative that must never read as a roll, an action or a decision. */
import type { Rng } from './prng.js';

// Actions and decisions have their own dimensions (actions.ts, decisions.ts), with truth.
export const NOISE = ['none', 'discussion', 'next-meeting'] as const;
export type Noise = (typeof NOISE)[number];

const DISCUSSION = [
  'The Chair welcomed everyone to the meeting and thanked officers for the papers.',
  '{who} presented the report and answered questions from members about the timetable and the likely costs.',
  'Members discussed the proposal at length; concerns were raised about the consultation period and the impact on residents.',
  '{who} asked whether the figures included the winter contingency. It was confirmed that they did.',
  'Members thanked {who} for the clear summary of the position.',
  'Following discussion, members asked for further information before the matter returns to the committee.',
  'There were no declarations of interest other than those already recorded in the register.',
  '{who} reported that the working group had met twice since the last meeting and would circulate its notes.',
];
export interface NoiseSubject {
  who: string;
}

/** Paragraphs of one noise kind for the body of an item. */
export function noiseParagraphs(kind: Noise, subject: NoiseSubject, rng: Rng): string[] {
  return kind === 'discussion' ? [rng.pick(DISCUSSION).replace('{who}', subject.who)] : [];
}
