import type { Meeting } from '../model/types.js';

/** One meeting as an object, several as an array; two-space indented, ending in a newline. */
export function emitJson(meetings: Meeting[], options: { single?: boolean } = {}): string {
  const value = options.single && meetings.length === 1 ? meetings[0] : meetings;
  return `${JSON.stringify(value, null, 2)}\n`;
}
