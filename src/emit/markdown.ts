import type { Meeting, Person } from '../model/types.js';
import { ACTION_LOG_COLUMNS, actionLogRows, ownerNames } from './action-log.js';
import { markdownCell, markdownLine, markdownText } from './markdown-text.js';
import { describeLine, placeOf } from '../read/position.js';
import { oneLine } from './terminal.js';

/** A GFM table; every cell is escaped, so text from the minutes renders as text. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function person(p: Person): string {
  const details = [p.role, p.organisation].filter(Boolean).join(', ');
  return `- ${markdownText(p.name)}${p.initials ? ` (${markdownText(p.initials)})` : ''}${details ? ` — ${markdownText(details)}` : ''}`;
}

/** A readable one-page summary of each meeting, with its action log as a GFM table. */
export function emitMarkdown(meetings: Meeting[]): string {
  return meetings.map(meetingSummary).join('\n\n---\n\n') + '\n';
}

function meetingSummary(meeting: Meeting): string {
  // Only these lines are written here; every piece of the minutes in them is escaped.
  const text = markdownText;
  const out: string[] = [`# ${text(meeting.title ?? oneLine(meeting.file))}`];
  const when = [meeting.date, meeting.time?.start && `${meeting.time.start}${meeting.time.end ? `–${meeting.time.end}` : ''}`, meeting.location].filter(Boolean);
  if (when.length) out.push(markdownLine(when.join(' · ')));
  if (meeting.attendees.length) out.push(`## Attendees (${meeting.attendees.length})`, meeting.attendees.map(person).join('\n'));
  if (meeting.apologies.length) out.push(`## Apologies (${meeting.apologies.length})`, meeting.apologies.map(person).join('\n'));
  if (meeting.items.length) out.push('## Agenda', meeting.items.map((i) => (i.number === null ? `- ${text(i.title)}` : `- **${text(i.number)}** ${text(i.title)}`)).join('\n'));
  if (meeting.decisions.length) out.push('## Decisions', meeting.decisions.map((d) => `- ${text(d.text)}${d.item ? ` (item ${text(d.item)})` : ''}`).join('\n'));
  if (meeting.actions.length) {
    const rows = actionLogRows([meeting]).map((row) => row.slice(1));
    out.push(`## Actions (${meeting.actions.length})`, markdownTable(ACTION_LOG_COLUMNS.slice(1).map((c) => c.title), rows));
  }
  if (meeting.updates.length) {
    out.push(
      `## Updates on earlier actions (${meeting.updates.length})`,
      markdownTable(
        ['Ref', 'Action', 'Owner(s)', 'Status', 'Progress', 'Source'],
        meeting.updates.map((u) => [u.ref ?? '', u.text, ownerNames(u.owners) || (u.ownersRaw ?? ''), u.status, u.progress ?? '', oneLine(placeOf(meeting, [u.line]))]),
      ),
    );
  }
  if (meeting.commitments.length) {
    out.push('## Commitments', meeting.commitments.map((c) => `- Commitment ${text(String(c.number))}${c.title ? ` — ${text(c.title)}` : ''} (${mentionPlaces(meeting, c.mentions.map((m) => m.line))})`).join('\n'));
  }
  return out.join('\n\n');
}

/** "lines 3, 5" in a text file; "paragraph 3, paragraph 5" in a Word document, "page 1, line 3, …" in a PDF. */
function mentionPlaces(meeting: Meeting, lines: number[]): string {
  if (describeLine(meeting, lines[0] ?? 1).inFile) return `lines ${lines.join(', ')}`;
  return lines.map((line) => describeLine(meeting, line).text).join('; ');
}
