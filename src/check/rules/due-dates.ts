import type { Rule } from '../types.js';

// "31/13/2025" or "2025-02-30": written as a date but not one. "July 2024" is a month, not a mistake.
const NUMERIC_DATE = /\d{1,4}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{1,4})?/;
const NOT_A_DATE = /^(?:tbc|tbd|tba|ongoing|asap|n\/a|next meeting|at next meeting|immediate(?:ly)?|as required|rolling)\.?$/i;

export const dueValid: Rule = {
  id: 'due-valid',
  description: 'Due dates can be read and do not fall before the meeting',
  severity: 'warning',
  check({ meeting }, report) {
    for (const action of meeting.actions) {
      const line = action.lines[action.lines.length - 1];
      if (action.due && meeting.date && action.due < meeting.date) {
        report({ line }, 'due-before-meeting', `Due date ${action.due} is before the meeting (${meeting.date}); check the date`);
      } else if (!action.due && action.dueRaw && NUMERIC_DATE.test(action.dueRaw) && !NOT_A_DATE.test(action.dueRaw.trim())) {
        report({ line }, 'unparseable-due', `Unexpected due date \`${action.dueRaw}\`, expected a date such as 31/07/2015`);
      }
    }
  },
};

export const actionOverdue: Rule = {
  id: 'action-overdue',
  description: 'No open action is past its due date (across every meeting checked)',
  severity: 'warning',
  check({ meeting, register, asOf }, report) {
    for (const entry of register) {
      if (entry.raisedAt.file !== meeting.file || entry.status !== 'open' || !entry.due || entry.due >= asOf) continue;
      report({ line: entry.raisedAt.line }, 'overdue', `Action \`${entry.text.slice(0, 50)}\` was due ${entry.due} and is still open as of ${asOf}`);
    }
  },
};
