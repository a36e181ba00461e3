import { stringify } from 'yaml';
import type { Meeting } from '../model/types.js';

/** YAML mirroring the JSON output: one meeting as a mapping, several as a sequence. */
export function emitYaml(meetings: Meeting[], options: { single?: boolean } = {}): string {
  const value = options.single && meetings.length === 1 ? meetings[0] : meetings;
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
