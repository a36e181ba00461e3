/** Discussion, decisions and actions under agenda items: text that must never read as a roll. */
import type { Rng } from './prng.js';

export const NOISE = ['none', 'discussion', 'decisions', 'actions', 'mixed', 'next-meeting'] as const;
export type Noise = (typeof NOISE)[number];

const DISCUSSION = [
  'The Chair welcomed everyone to the meeting and thanked officers for the papers.',
  '{who} presented the report and answered questions from members about the timetable and the likely costs.',
  'Members discussed the proposal at length; concerns were raised about the consultation period and the impact on residents.',
  '{who} asked whether the figures included the winter contingency. It was confirmed that they did.',
  'The report was noted. Members thanked {who} for the clear summary of the position.',
  'Following discussion, members agreed to return to the matter once further information was available.',
  'There were no declarations of interest other than those already recorded in the register.',
  '{who} reported that the working group had met twice since the last meeting and would circulate its notes.',
];
const DECISIONS = [
  'RESOLVED: That the minutes of the previous meeting be approved as a correct record.',
  'RESOLVED – That the report be noted.',
  'Decision: The revised policy was approved.',
  'AGREED: to adopt the updated terms of reference.',
];
const ACTIONS = [
  'ACTION: Clerk to circulate the revised policy to all members.',
  'ACTION ({initials}) – Circulate the draft budget before the next meeting.',
  'Action: {given} to update the risk register.',
  '- [ ] @{handle} open an issue for the release checklist',
];

export interface NoiseSubject {
  who: string;
  initials: string;
  given: string;
  handle: string;
}

/** Paragraphs of one noise kind for the body of an item. */
export function noiseParagraphs(kind: Noise, subject: NoiseSubject, markdown: boolean, rng: Rng): string[] {
  const fill = (s: string) => s.replace('{who}', subject.who).replace('{initials}', subject.initials)
    .replace('{given}', subject.given).replace('{handle}', subject.handle);
  const actions = markdown ? ACTIONS : ACTIONS.slice(0, 3);
  switch (kind) {
    case 'none': case 'next-meeting': return [];
    case 'discussion': return [fill(rng.pick(DISCUSSION))];
    case 'decisions': return [fill(rng.pick(DISCUSSION)), rng.pick(DECISIONS)];
    case 'actions': return [fill(rng.pick(DISCUSSION)), fill(rng.pick(actions))];
    case 'mixed': return rng.shuffle([fill(rng.pick(DISCUSSION)), rng.pick(DECISIONS), fill(rng.pick(actions))]).slice(0, rng.int(1, 3));
  }
}
