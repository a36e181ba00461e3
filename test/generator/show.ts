/** Prints one generated meeting: its choices, text, and each field that vawg gets wrong (truth vs parsed). Run: npm run report:generated -- show <seed> */
import { checkMeeting } from './compare.js';
import type { GeneratedMeeting } from './meeting.js';

/** A human-readable account of one meeting and where the parse differs from the truth. */
export function describeMeeting(meeting: GeneratedMeeting, all = true): string {
  const outcome = checkMeeting(meeting);
  const lines = [
    `seed ${meeting.seed} (${meeting.fileName}); replay: ${all ? 'VAWG_GEN_ALL=1 ' : ''}VAWG_GEN_SEED=${meeting.seed} npx vitest run test/generated.property.test.ts`,
    `choices: ${JSON.stringify(meeting.choices)}`,
    '--- text ---',
    meeting.text,
    '--- end ---',
  ];
  if (outcome.error) lines.push(`parser threw: ${outcome.error}`);
  for (const field of outcome.failed) {
    lines.push(`${field}:`, `  expected ${JSON.stringify(meeting.truth[field])}`, `  parsed   ${JSON.stringify(outcome.actual?.[field])}`);
  }
  if (outcome.failed.length === 0) lines.push('all fields match');
  return lines.join('\n');
}
