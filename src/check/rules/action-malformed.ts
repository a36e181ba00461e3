import { editDistance } from '../../text/normalise.js';
import type { Rule } from '../types.js';

// The first word of a line, as the minutes wrote it, when it might be meant as ACTION.
const FIRST_WORD = /^\s*(?:[-*•]\s+)?(?:\*\*)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?([A-Za-z]{4,8})\b(.*)$/;
const WELL_FORMED = /^\s*(?:\(([^()]*)\)\s*(?:[:\-\u2013\u2014.]+\s*)?|\s*[:\-\u2013\u2014]\s*)(.*)$/;

export const actionMalformed: Rule = {
  id: 'action-malformed',
  description: 'ACTION lines read `ACTION (owner) – text` or `ACTION: owner to text`',
  severity: 'error',
  check({ rawLines }, report) {
    rawLines.forEach((raw, index) => {
      const m = FIRST_WORD.exec(raw.replace(/\*\*/g, ''));
      if (!m) return;
      const word = m[1];
      const isAction = /^actions?$/i.test(word);
      // "ACTON", "ACTOIN", "ACITON": a misspelt marker in capitals is an action the parser cannot see.
      if (!isAction && word === word.toUpperCase() && editDistance(word, 'ACTION', 2) <= 2 && word !== 'ACTIONS') {
        report({ line: index + 1, column: raw.indexOf(word) + 1 }, 'misspelt-marker', `Unexpected \`${word}\`, expected \`ACTION\``);
        return;
      }
      if (!isAction || word !== word.toUpperCase()) return;
      const rest = m[2];
      const shape = WELL_FORMED.exec(rest);
      if (!shape) {
        report({ line: index + 1, column: raw.indexOf(word) + 1 }, 'owner-not-bracketed', `Unexpected \`${raw.trim().slice(0, 40)}\`, expected \`ACTION (owner) – text\``);
        return;
      }
      if (shape[1] !== undefined && shape[1].trim() === '') report({ line: index + 1, column: raw.indexOf(word) + 1 }, 'missing-owner', 'Unexpected `ACTION ()` without an owner, expected `ACTION (owner) – text`');
      else if (shape[2].trim() === '') report({ line: index + 1, column: raw.indexOf(word) + 1 }, 'missing-text', 'Unexpected `ACTION` without text, expected `ACTION (owner) – text`');
    });
  },
};
