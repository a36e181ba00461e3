import { yamlLibrary } from '../libraries.js';
import type { Meeting } from '../model/types.js';

/** YAML mirroring the JSON output: one meeting as a mapping, several as a sequence. */
export function emitYaml(meetings: Meeting[], options: { single?: boolean } = {}): string {
  const value = options.single && meetings.length === 1 ? meetings[0] : meetings;
  return yamlText(value);
}

/** Any value as YAML, without line folding or anchors, so it reads like the JSON. */
export function yamlText(value: unknown): string {
  return yamlLibrary().stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

