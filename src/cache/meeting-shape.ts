import { readFileSync } from 'node:fs';
import { compileSchema, type Check } from '../model/schema-check.js';

/**
 * Whether a value read back from the cache is a meeting as schema/meeting.schema.json describes it.
 * An entry that passes its checksum but not this (forged, or from a bug) is parsed afresh instead of
 * failing later with an internal error. The schema is read and compiled on first use only.
 */
export function hasMeetingShape(value: unknown): boolean {
  check ??= loadCheck();
  return check(value);
}

let check: Check | undefined;

/** The schema sits two folders above this module in every layout (src/cache, dist/cache, dist/bundle). Without it, no entry is used. */
function loadCheck(): Check {
  try {
    return compileSchema(JSON.parse(readFileSync(new URL('../../schema/meeting.schema.json', import.meta.url), 'utf8')));
  } catch {
    return () => false;
  }
}
