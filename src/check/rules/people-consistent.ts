import { fold } from '../../text/normalise.js';
import type { Rule } from '../types.js';

export const presentAndApologies: Rule = {
  id: 'present-and-apologies',
  description: 'No one is both present and sending apologies',
  severity: 'error',
  check({ meeting }, report) {
    const apologies = new Map(meeting.apologies.map((p) => [fold(p.name), p]));
    for (const person of meeting.attendees) {
      const apology = apologies.get(fold(person.name));
      if (apology) report({ line: apology.line }, 'present-and-absent', `\`${person.name}\` is listed as present (line ${person.line}) and as sending apologies; keep one`);
    }
  },
};
