import type { Rule } from '../types.js';

/** Problems the parser already found (misspelt names, duplicate attendees), reported under their own rule ids. */
function forward(id: string, description: string): Rule {
  return {
    id,
    description,
    severity: 'warning',
    check({ meeting }, report) {
      for (const warning of meeting.warnings) if (warning.ruleId === id) report({ line: warning.line, column: warning.column }, warning.messageId, warning.reason);
    },
  };
}

export const nameMisspelt = forward('name-misspelt', 'Names are spelt the same way throughout (a near miss of a known person is flagged with the likely spelling)');
export const duplicateAttendee = forward('duplicate-attendee', 'No one is listed twice in the same attendance or apologies list');
export const trackedChanges = forward('tracked-changes', 'Word documents have no tracked changes left to accept or reject (the text is read as if they were accepted)');
