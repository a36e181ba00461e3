import { fold } from '../../text/normalise.js';
import type { Rule } from '../types.js';

export const ownerKnown: Rule = {
  id: 'owner-known',
  description: 'Action owners are attendees, apologies, aliases or known organisations',
  severity: 'warning',
  check({ meeting, config, rawLines }, report) {
    const text = rawLines.join('\n');
    const people = new Set([...meeting.attendees, ...meeting.apologies].map((p) => fold(p.name)));
    const known = new Set([...Object.keys(config.aliases), ...Object.values(config.aliases), ...config.organisations].map(fold));
    const organisations = new Set([...meeting.attendees, ...meeting.apologies].flatMap((p) => (p.organisation ? [fold(p.organisation)] : [])));
    for (const action of meeting.actions) {
      for (const owner of action.owners) {
        const name = fold(owner.name);
        if (owner.kind === 'group' || owner.kind === 'role' || known.has(name) || known.has(fold(owner.raw))) continue;
        if (owner.kind === 'person' && people.has(name)) continue;
        // "Police" for Wrayshire Police: a word of an attendee's organisation.
        if ((owner.kind === 'organisation' || owner.kind === 'unknown') && (organisations.has(name) || [...organisations].some((org) => ` ${org} `.includes(` ${name} `)))) continue;
        // A committee or team the minutes name elsewhere is known to them.
        if (owner.kind === 'organisation' && text.split(owner.name).length > 2) continue;
        if (owner.kind === 'person' && [...people].some((p) => p.split(' ').at(-1) === name.split(' ').at(-1) && p[0] === name[0])) continue;
        report({ line: action.lines[0] }, 'unknown-owner', `Unexpected owner \`${owner.raw}\`, expected an attendee, an apology, an alias or a known organisation`);
      }
    }
  },
};
