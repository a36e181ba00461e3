import type { Rule } from '../types.js';

// "PD noted", "KN to send", "(GH)": initials used as someone's name in the narrative.
const SPEAKER = /(?:^|[.;]\s+|\(\s*)([A-Z][A-Za-z]?[A-Z]{1,2}|[A-Z]{2,3})(?=\s+(?:noted|said|asked|agreed|reported|presented|highlighted|confirmed|suggested|responded|acknowledged|added|offered|explained|raised|asserted|supported|proposed|stated|advised|questioned|welcomed|thanked|updated|introduced|to\s+[a-z]+)\b)/g;

// Offices and bodies that minutes name by acronym as if they were people ("CEO noted").
const COMMON_ACRONYMS = new Set('CEO CFO COO CIO CTO CNO CMO DPO MD HR IT OK AOB PCC ICB DFE DWP NHS MP MEP GP LA VCS ERG'.split(' '));

export const initialsKnown: Rule = {
  id: 'initials-known',
  description: 'Initials used in the minutes belong to someone in the attendance or apologies',
  severity: 'warning',
  check({ meeting, lines, config }, report) {
    // Only minutes that name people by initials can misuse them.
    if (![...meeting.attendees, ...meeting.apologies].some((p) => p.initials)) return;
    const configured = new Set([...Object.keys(config.aliases), ...config.organisations]);
    const known = new Set([...meeting.attendees, ...meeting.apologies].flatMap((p) => (p.initials ? [p.initials] : [])));
    const derived = new Set([...meeting.attendees, ...meeting.apologies].map((p) => p.name.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase()));
    // Updates report on earlier meetings, whose people need not be at this one.
    const updateLines = new Set(meeting.updates.map((u) => u.line));
    // "the ICB", "The CEO": an acronym used with an article names a body or an office, not a person.
    const bodies = new Set(lines.flatMap((line) => [...line.text.matchAll(/\b[Tt]he ([A-Z][A-Za-z]?[A-Z]{1,2})\b/g)].map((m) => m[1])));
    const acronyms = new Set(lines.flatMap((line) => [...line.text.matchAll(/\(([A-Z]{2,6})\)/g)].map((m) => m[1])));
    for (const line of lines) {
      if (line.cells || updateLines.has(line.line)) continue;
      for (const m of line.text.matchAll(SPEAKER)) {
        const initials = m[1];
        if (known.has(initials) || derived.has(initials.toUpperCase()) || acronyms.has(initials) || configured.has(initials)) continue;
        if (COMMON_ACRONYMS.has(initials.toUpperCase()) || bodies.has(initials)) continue;
        report({ line: line.line, column: (m.index ?? 0) + m[0].indexOf(initials) + 1 }, 'unknown-initials', `Unexpected initials \`${initials}\`, expected the initials of an attendee or apology`);
      }
    }
  },
};
