import { yamlLibrary } from '../libraries.js';
import type { Meeting } from '../model/types.js';

// The yaml library escapes C0 controls in double-quoted strings but leaves DEL, C1 controls, the line
// separators and bidi overrides raw, and writes some such strings plain, where no escape is possible.
const UNESCAPED = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** YAML mirroring the JSON output: one meeting as a mapping, several as a sequence. */
export function emitYaml(meetings: Meeting[], options: { single?: boolean } = {}): string {
  const value = options.single && meetings.length === 1 ? meetings[0] : meetings;
  return yamlText(value);
}

/** Any value as YAML, without line folding or anchors, so it reads like the JSON; no raw control or bidi character. */
export function yamlText(value: unknown): string {
  const yaml = yamlLibrary();
  const doc = new yaml.Document(value, { aliasDuplicateObjects: false });
  let escaped = false;
  // Strings with such characters are written double-quoted, the one YAML style with \u escapes.
  yaml.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && UNESCAPED.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        escaped = true;
      }
    },
  });
  const text = doc.toString({ lineWidth: 0 });
  return escaped ? text.replace(new RegExp(UNESCAPED.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}
