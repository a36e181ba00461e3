import type { Rule } from '../types.js';

export const attendeesSection: Rule = {
  id: 'attendees-section',
  description: 'The minutes list who attended',
  severity: 'error',
  check({ meeting }, report) {
    if (meeting.attendees.length === 0) report({ line: 1 }, 'missing-attendees', 'No attendees found; expected a `Present:` or `Attendees:` section naming who attended');
  },
};

export const apologiesSection: Rule = {
  id: 'apologies-section',
  description: 'The minutes record apologies (or say there were none)',
  severity: 'warning',
  check({ meeting, lines }, report) {
    if (meeting.apologies.length > 0) return;
    if (lines.some((line) => /^(?:\d+[.:)]?\s+)?(?:apologies|regrets|absent)\b/i.test(line.text) || /\bno apologies\b/i.test(line.text))) return;
    report({ line: 1 }, 'missing-apologies', 'No apologies section found; add `Apologies:` (or `Apologies: none`)');
  },
};
