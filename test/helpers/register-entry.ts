import type { Owner } from '../../src/model/types.js';
import type { RegisterEntry } from '../../src/register/register.js';

/** A person owner as the register names them. */
export function person(name: string, raw = name): Owner {
  return { name, kind: 'person', raw };
}

/** A register entry with plain defaults: open, raised at line 10 of minutes/2025-01-14.txt. */
export function registerEntry(fields: Partial<RegisterEntry> = {}): RegisterEntry {
  const raisedAt = fields.raisedAt ?? { date: '2025-01-14', file: 'minutes/2025-01-14.txt', line: 10 };
  return {
    id: null,
    item: null,
    text: 'Send the paper to members.',
    owners: [person('Jo Doe')],
    ownersRaw: 'Jo Doe',
    due: null,
    dueRaw: null,
    status: 'open',
    statusRaw: null,
    rag: null,
    progress: null,
    raisedAt,
    raisedElsewhere: false,
    lastUpdate: null,
    history: [{ kind: 'raised', ...raisedAt, status: 'open', progress: null }],
    carried: 0,
    commitments: [],
    body: 'Harrowshire Partnership Board',
    ...fields,
  };
}
