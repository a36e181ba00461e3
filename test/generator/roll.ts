/** People in a roll, the shapes of one entry, and the layouts a roll is written in. */
import type { Rng } from './prng.js';
import type { PersonName } from './names.js';

export interface GenPerson {
  name: PersonName;
  honorific: string | null;
  role: string | null;
  organisation: string | null;
  initials: string;
  handle: string;
  /** Arrival/departure note, never part of role or organisation. */
  note: string | null;
}

/** A person as the gold model records them, given what the entry actually shows. */
export interface TruePerson {
  name: string;
  initials: string | null;
  organisation: string | null;
  role: string | null;
}

export const ENTRY_SHAPES = [
  'name', 'name-role-paren', 'name-sep-role', 'name-sep-role-org', 'name-paren-role-org', 'name-org-paren', 'name-sep-org',
  'name-initials', 'name-initials-sep-role', 'name-sep-initials-role', 'role-sep-name', 'name-handle', 'name-handle-org',
  'name-sep-role-handle', 'name-handle-bare-sep-role',
] as const;
export type EntryShape = (typeof ENTRY_SHAPES)[number];

export const ENTRY_SEPS = ['en-dash', 'hyphen', 'em-dash', 'comma', 'colon'] as const;
export type EntrySep = (typeof ENTRY_SEPS)[number];
const SEP_TEXT: Record<EntrySep, string> = { 'en-dash': ' – ', hyphen: ' - ', 'em-dash': ' — ', comma: ', ', colon: ': ' };

export const NOTES = ['none', 'remote', 'virtual', 'from-item', 'left-time', 'part', 'arrived-late', 'for-item'] as const;
export type NoteKind = (typeof NOTES)[number];
const NOTE_TEXT: Record<Exclude<NoteKind, 'none'>, string[]> = {
  remote: ['(remote)', '(remotely)', '(joined remotely)'],
  virtual: ['(virtual)', '(via Teams)', '(online)'],
  'from-item': ['(from item 4)', '(from item 3)', '(arrived for item 5)'],
  'left-time': ['(left 11:30)', '(left at 8.15pm)', '(left the meeting at 20:40)'],
  part: ['(part)', '(for part of the meeting)'],
  'arrived-late': ['(arrived late)', '(arrived 7.45pm)'],
  'for-item': ['(for item 5)', '(for item 2 only)'],
};

export const noteText = (kind: NoteKind, rng: Rng) => (kind === 'none' ? null : rng.pick(NOTE_TEXT[kind]));

/** Entry shapes rewritten so that an entry carries no comma, for rolls separated by commas. */
const COMMA_FREE: Partial<Record<EntryShape, EntryShape>> = {
  'name-sep-role-org': 'name-paren-role-org',
  'name-handle-org': 'name-handle',
};

export function commaFreeShape(shape: EntryShape): EntryShape {
  return COMMA_FREE[shape] ?? shape;
}

/** One entry as written and the truth it carries. */
export function renderEntry(p: GenPerson, shape: EntryShape, sepKind: EntrySep): { text: string; truth: TruePerson } {
  const sep = SEP_TEXT[sepKind];
  const name = p.honorific ? `${p.honorific} ${p.name.full}` : p.name.full;
  const truth: TruePerson = { name: p.name.full, initials: null, organisation: null, role: null };
  const withRole = (text: string, role: string | null, joiner: (t: string, r: string) => string) => {
    if (!role) return text;
    truth.role = role;
    return joiner(text, role);
  };
  let text: string;
  switch (shape) {
    case 'name': text = name; break;
    case 'name-role-paren': text = withRole(name, p.role, (t, r) => `${t} (${r})`); break;
    case 'name-sep-role': text = withRole(name, p.role, (t, r) => `${t}${sep}${r}`); break;
    case 'name-sep-role-org':
      text = withRole(name, p.role, (t, r) => `${t}${sep}${r}`);
      if (p.organisation) text = `${text}${p.role ? ', ' : sep}${p.organisation}`;
      truth.organisation = p.organisation;
      break;
    case 'name-paren-role-org': {
      const parts = [p.role, p.organisation].filter(Boolean);
      text = parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
      truth.role = p.role;
      truth.organisation = p.organisation;
      break;
    }
    case 'name-org-paren': text = p.organisation ? `${name} (${p.organisation})` : name; truth.organisation = p.organisation; break;
    case 'name-sep-org': text = p.organisation ? `${name}${sep}${p.organisation}` : name; truth.organisation = p.organisation; break;
    case 'name-initials': text = `${name} (${p.initials})`; truth.initials = p.initials; break;
    case 'name-initials-sep-role':
      text = withRole(`${name} (${p.initials})`, p.role, (t, r) => `${t}${sep}${r}`);
      truth.initials = p.initials;
      break;
    case 'name-sep-initials-role':
      text = withRole(`${name}${sep}${p.initials}`, p.role, (t, r) => `${t} (${r})`);
      truth.initials = p.initials;
      break;
    case 'role-sep-name': text = p.role ? `${p.role}${sep === ', ' ? ': ' : sep}${name}` : name; truth.role = p.role; break;
    case 'name-handle': text = `${name} (@${p.handle})`; break;
    case 'name-handle-org':
      text = `${name} (@${p.handle})${p.organisation ? `, ${p.organisation}` : ''}`;
      truth.organisation = p.organisation;
      break;
    case 'name-sep-role-handle': text = `${withRole(name, p.role, (t, r) => `${t}${sep}${r}`)} (@${p.handle})`; break;
    case 'name-handle-bare-sep-role': text = withRole(`${name} @${p.handle}`, p.role, (t, r) => `${t}${sep}${r}`); break;
  }
  return { text: p.note ? `${text} ${p.note}` : text, truth };
}
