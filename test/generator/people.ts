/** Draws the people of one meeting: members with offices, officers, and those who sent apologies. */
import type { Rng } from './prng.js';
import { HONORIFICS, type Body } from './bodies.js';
import { drawNames, handleOf, initialsOf, type NamePool } from './names.js';
import { noteText, type GenPerson, type NoteKind } from './roll.js';

export const HONORIFIC_KINDS = ['none', ...Object.keys(HONORIFICS), 'mixed'] as const;
export type HonorificKind = string;

export interface Cast {
  members: GenPerson[];
  officers: GenPerson[];
  absent: GenPerson[];
}

function honorific(kind: HonorificKind, rng: Rng): string | null {
  if (kind === 'none' || rng.chance(0.25)) return null;
  const from = kind === 'mixed' ? rng.pick(Object.keys(HONORIFICS)) : kind;
  return rng.pick(HONORIFICS[from]);
}

/** Members, officers and absentees with distinct names; notes go to one or two people who attended. */
export function drawCast(body: Body, pool: NamePool, honorifics: HonorificKind, notes: NoteKind, counts: { members: number; officers: number; absent: number }, rng: Rng): Cast {
  const names = drawNames(pool, counts.members + counts.officers + counts.absent, rng);
  // Handles are unique, as on any platform: a second "amensah" becomes "amensah2".
  const handles = new Set<string>();
  const uniqueHandle = (name: (typeof names)[number]): string => {
    let handle = handleOf(name);
    for (let n = 2; handles.has(handle); n++) handle = `${handleOf(name)}${n}`;
    handles.add(handle);
    return handle;
  };
  const person = (i: number, role: string | null, organisation: string | null): GenPerson => ({
    name: names[i],
    honorific: honorific(honorifics, rng),
    role,
    organisation,
    initials: initialsOf(names[i]),
    handle: uniqueHandle(names[i]),
    note: null,
  });
  const memberOrg = () => (body.organisations.length > 0 && rng.chance(0.7) ? rng.pick(body.organisations) : null);
  const offices = rng.int(1, Math.min(3, body.memberRoles.length));
  const members = Array.from({ length: counts.members }, (_, i) => person(i, i < offices ? body.memberRoles[i] : null, memberOrg()));
  const officerDefs = rng.shuffle(body.officers);
  const officers = Array.from({ length: counts.officers }, (_, i) => {
    const def = officerDefs[i % officerDefs.length];
    return person(counts.members + i, def.role, def.organisation);
  });
  const absent = Array.from({ length: counts.absent }, (_, i) =>
    person(counts.members + counts.officers + i, rng.chance(0.4) ? rng.pick(body.memberRoles) : null, memberOrg()));
  if (notes !== 'none') {
    const attended = [...members, ...officers];
    for (let n = rng.int(1, 2); n > 0; n--) rng.pick(attended).note = noteText(notes, rng);
  }
  return { members, officers, absent };
}
