import type { Rule } from '../types.js';
import { actionIdUnique, actionInLog } from './action-log.js';
import { actionMalformed } from './action-malformed.js';
import { apologiesSection, attendeesSection } from './attendance-sections.js';
import { commitmentKnown } from './commitment-known.js';
import { actionOverdue, dueValid } from './due-dates.js';
import { duplicateAttendee, nameMisspelt, trackedChanges } from './forwarded.js';
import { initialsKnown } from './initials-known.js';
import { meetingDate } from './meeting-date.js';
import { ownerKnown } from './owner-known.js';
import { presentAndApologies } from './people-consistent.js';

/** Every rule, in the order findings are listed. */
export const RULES: Rule[] = [
  meetingDate,
  attendeesSection,
  apologiesSection,
  actionMalformed,
  ownerKnown,
  initialsKnown,
  nameMisspelt,
  presentAndApologies,
  duplicateAttendee,
  actionInLog,
  actionIdUnique,
  dueValid,
  actionOverdue,
  commitmentKnown,
  trackedChanges,
];
