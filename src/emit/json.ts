import type { Meeting } from '../model/types.js';

// JSON.stringify escapes C0 controls itself, but leaves DEL, C1 controls (U+009B starts a terminal
// sequence), the line separators and bidi overrides raw. They can only occur inside strings, where
// a \u escape means the same character.
const UNESCAPED = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Any value as two-space indented JSON ending in a newline, with no raw control or bidi character. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNESCAPED, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** One meeting as an object, several as an array; two-space indented, ending in a newline. */
export function emitJson(meetings: Meeting[], options: { single?: boolean } = {}): string {
  return jsonText(options.single && meetings.length === 1 ? meetings[0] : meetings);
}
