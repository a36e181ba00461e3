import { safeForTerminal } from './terminal.js';

// GitHub's own escaping (actions/toolkit's command.ts): in a workflow command's data, % CR and LF;
// in a property, also : and , which would end the property.
const DATA = { '%': '%25', '\r': '%0D', '\n': '%0A' } as const;
const PROPERTY = { ...DATA, ':': '%3A', ',': '%2C' } as const;

/**
 * The message of a workflow command (`::error …::message`). Terminal sequences and the other control
 * characters are removed, since the Actions log renders colour codes.
 */
export function workflowData(text: string): string {
  return safeForTerminal(text.replace(/[%\r\n]/g, (char) => DATA[char as keyof typeof DATA]));
}

/** A property of a workflow command (`file=…`, `title=…`), escaped so it can neither end the property nor the line. */
export function workflowProperty(text: string): string {
  return safeForTerminal(text.replace(/[%\r\n:,]/g, (char) => PROPERTY[char as keyof typeof PROPERTY]));
}
