import { fold } from '../../text/normalise.js';
import { contentWords, overlap } from '../../text/similarity.js';
import type { Rule } from '../types.js';

export const actionInLog: Rule = {
  id: 'action-in-log',
  description: 'Where the minutes keep an action log, every inline ACTION has a row in it and every row an inline ACTION',
  severity: 'warning',
  check({ meeting, lines }, report) {
    // "TB offered to circulate …; this has been added to the action log": a log-only row on purpose.
    const addedToLog = lines.filter((line) => /added to the action log/i.test(line.text)).map((line) => contentWords(line.text));
    const hasLog = meeting.actions.some((a) => a.origin !== 'inline');
    const hasInline = meeting.actions.some((a) => a.origin !== 'log');
    if (!hasLog || !hasInline) return;
    for (const action of meeting.actions) {
      if (action.origin === 'inline') report({ line: action.lines[0] }, 'missing-log-row', `Action \`${short(action.text)}\` has no row in the action log; add one`);
      if (action.origin === 'log' && !addedToLog.some((words) => overlap(words, contentWords(action.text)) >= 0.5)) report({ line: action.lines[0] }, 'missing-inline-action', `Log row \`${short(action.text)}\` has no ACTION line in the minutes; add one where it was agreed`);
    }
  },
};

export const actionIdUnique: Rule = {
  id: 'action-id-unique',
  description: 'Action ids are not repeated within a meeting',
  severity: 'error',
  check({ meeting }, report) {
    const first = new Map<string, number>();
    for (const action of meeting.actions) {
      if (!action.id) continue;
      const id = fold(action.id);
      const line = action.lines[action.lines.length - 1];
      if (first.has(id)) report({ line }, 'duplicate-id', `Action id \`${action.id}\` is used twice (first at line ${first.get(id)}); give each action its own id`);
      else first.set(id, line);
    }
  },
};

function short(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
