import type { Rule } from '../types.js';

// The first word of a line, as the minutes wrote it, when it might be meant as ACTION.
const FIRST_WORD = /^\s*(?:[-*•]\s+)?(?:\*\*)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?([A-Za-z]{4,8})\b(.*)$/;
const WELL_FORMED = /^(?:\(([^()]*)\) ?(?:[:\-\u2013\u2014.]+)?|[:\-\u2013\u2014])(.*)$/;

// Real words one slip from ACTION, which minutes write in capitals (FACTION, AUCTION).
const REAL_WORDS = new Set(['ACTIONS', 'FACTION', 'AUCTION', 'TACTION']);
const HEADING_WORDS = /^(?:log|logs|points?|items?|agreed|arising|plan|plans|list|taken|required|summary|tracker|update|updates|from|by|on|owner|owners|due|status|ref|no\.?|number)\b|^$/i;

/** One edit from the target, counting a swap of neighbouring letters ("ACTOIN") as one. */
function oneSlipFrom(word: string, target: string): boolean {
  if (word === target || Math.abs(word.length - target.length) > 1) return false;
  if (word.length === target.length) {
    const diff = [...word].flatMap((c, i) => (c === target[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && word[diff[0]] === target[diff[1]] && word[diff[1]] === target[diff[0]]);
  }
  const [long, short] = word.length > target.length ? [word, target] : [target, word];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

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
      if (!isAction && word === word.toUpperCase() && oneSlipFrom(word, 'ACTION') && !REAL_WORDS.has(word)) {
        report({ line: index + 1, column: raw.indexOf(word) + 1 }, 'misspelt-marker', `Unexpected \`${word}\`, expected \`ACTION\``);
        return;
      }
      if (word !== 'ACTION') return;
      const rest = m[2].replace(/\s+/g, ' ').trimStart();
      // "ACTION LOG", "ACTION POINTS", "ACTION AGREED: …" are headings and labels, not broken actions.
      if (HEADING_WORDS.test(rest)) return;
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
