import type { Meeting } from '../model/types.js';
import { aliasFor } from '../config/config.js';
import { fold } from '../text/normalise.js';
import { orderMeetings } from './register.js';

export type Presence = 'present' | 'apologies' | 'absent';

export interface AttendanceRow {
  name: string;
  organisation: string | null;
  /** One entry per meeting, in meeting order. */
  presence: Presence[];
  present: number;
  rate: number;
}

export interface Attendance {
  meetings: { file: string; date: string | null }[];
  people: AttendanceRow[];
  organisations: { organisation: string; present: number; possible: number; rate: number }[];
}

/** People × meetings: who was present, who sent apologies, who was absent, and attendance rates. */
export function buildAttendance(meetings: Meeting[], aliases: Record<string, string> = {}): Attendance {
  const ordered = orderMeetings(meetings);
  const canonical = (name: string) => aliasFor(aliases, name) ?? name;
  const rows = new Map<string, AttendanceRow>();
  const row = (name: string) => {
    const k = fold(canonical(name));
    let r = rows.get(k);
    if (!r) {
      r = { name: canonical(name), organisation: null, presence: ordered.map(() => 'absent' as Presence), present: 0, rate: 0 };
      rows.set(k, r);
    }
    return r;
  };
  ordered.forEach((meeting, index) => {
    for (const person of meeting.apologies) {
      const r = row(person.name);
      r.presence[index] = 'apologies';
      r.organisation = person.organisation ?? r.organisation;
    }
    for (const person of meeting.attendees) {
      const r = row(person.name);
      r.presence[index] = 'present';
      r.organisation = person.organisation ?? r.organisation;
    }
  });
  const people = [...rows.values()].map((r) => {
    const present = r.presence.filter((p) => p === 'present').length;
    return { ...r, present, rate: ordered.length ? present / ordered.length : 0 };
  });
  const byOrg = new Map<string, { present: number; possible: number }>();
  for (const person of people) {
    if (!person.organisation) continue;
    const totals = byOrg.get(person.organisation) ?? { present: 0, possible: 0 };
    totals.present += person.present;
    totals.possible += ordered.length;
    byOrg.set(person.organisation, totals);
  }
  return {
    meetings: ordered.map((m) => ({ file: m.file, date: m.date })),
    people: people.sort((a, b) => a.name.localeCompare(b.name)),
    organisations: [...byOrg.entries()].map(([organisation, t]) => ({ organisation, ...t, rate: t.possible ? t.present / t.possible : 0 })).sort((a, b) => a.organisation.localeCompare(b.organisation)),
  };
}
