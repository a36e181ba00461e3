// C0/C1 controls but tab and newline, DEL, bidi marks, overrides and isolates, and the Unicode line
// and paragraph separators (which some terminals and editors treat as line breaks).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, with tab and newline: nothing of these may reach a one-line message.
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// CSI (7-bit ESC [ and 8-bit U+009B) and OSC (ESC ] … BEL or ST) sequences, removed whole so no
// half of a colour or title sequence is left behind as text.
const SEQUENCE = /(?:\x1b\[|\u009b)[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g;

/** Text from minutes made safe to print: no escape sequences, bidi overrides or control characters; tabs and newlines kept. */
export function safeForTerminal(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/**
 * A file name or message as one printable line: every control character, line break and bidi
 * override shown as an escape (`\n`, `\x1b`, `\u202e`). A name is then still recognisable, but it can
 * neither start a new line (a forged `::error` workflow command) nor restyle the terminal.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, visibleEscape);
}

function visibleEscape(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
