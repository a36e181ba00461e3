import type { Rule } from '../types.js';

export const meetingDate: Rule = {
  id: 'meeting-date',
  description: 'The minutes give the meeting date in their heading (or front matter)',
  severity: 'error',
  check({ meeting }, report) {
    if (!meeting.date) report({ line: 1 }, 'missing-date', 'No meeting date found; expected a date such as `16 July 2015` or `16/07/2015` in the heading');
  },
};
