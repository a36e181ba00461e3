import type { MeetingDiff } from '../register/diff.js';
import type { RegisterEntry } from '../register/register.js';
import { ownerNames } from './action-log.js';
import { jsonText } from './json.js';
import { markdownText } from './markdown-text.js';
import { oneLine } from './terminal.js';

function describe(entry: RegisterEntry): string {
  const owners = ownerNames(entry.owners);
  return `${entry.id ? `[${entry.id}] ` : ''}${entry.text}${owners ? ` — ${owners}` : ''}${entry.due ? ` (due ${entry.due})` : ''}`;
}

const SAME_MEETING = 'Both files hold the same meeting: nothing changed.';

function sections(diff: MeetingDiff): [string, string[]][] {
  return [
    ['Actions raised', diff.raised.map(describe)],
    ['Actions closed', diff.closed.map(describe)],
    ['Status changes', diff.statusChanges.map((c) => `${describe(c.entry)}: ${c.from} → ${c.to}`)],
    ['Still open, carried forward', diff.carriedForward.map((e) => `${describe(e)} (carried ${e.carried})`)],
    ['Updates matching no earlier action', diff.unmatchedUpdates.map(describe)],
    ['Joined', diff.joined],
    ['Left', diff.left],
    ['Sent apologies', diff.apologies],
    ['Commitments newly discussed', diff.newCommitments.map((n) => `Commitment ${n}`)],
  ];
}

/** The diff as markdown, for pasting into the next agenda pack. */
export function emitDiffMarkdown(diff: MeetingDiff): string {
  const title = `# Changes from ${markdownText(name(diff.old))} to ${markdownText(name(diff.new))}`;
  if (diff.sameMeeting) return `${title}\n\n${SAME_MEETING}\n`;
  const body = sections(diff).map(([heading, lines]) => `## ${heading} (${lines.length})\n\n${lines.length ? lines.map((l) => `- ${markdownText(l)}`).join('\n') : '_None._'}`);
  return `${[title, ...body].join('\n\n')}\n`;
}

/** The diff as plain text for the terminal: every line from the minutes one line, its control characters escaped. */
export function emitDiffText(diff: MeetingDiff): string {
  const out = [`Changes from ${name(diff.old)} (${oneLine(diff.old.file)}) to ${name(diff.new)} (${oneLine(diff.new.file)})`];
  if (diff.sameMeeting) return `${out[0]}\n\n${SAME_MEETING}\n`;
  for (const [heading, lines] of sections(diff)) {
    out.push('', `${heading}: ${lines.length}`);
    for (const line of lines) out.push(`  - ${oneLine(line)}`);
  }
  return `${out.join('\n')}\n`;
}

export function emitDiffJson(diff: MeetingDiff): string {
  return jsonText(diff);
}

/** A meeting as the diff names it: its date, else its file name as one line. */
function name(meeting: { date: string | null; file: string }): string {
  return meeting.date ?? oneLine(meeting.file);
}
