// C0/C1 control characters, including ESC that starts colour and cursor sequences.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from minutes made safe to print: no escape sequences, bidi overrides or control characters. */
export function safeForTerminal(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '').replace(CONTROL, '');
}
