import { opensOwnerBracket, readActionMarker } from '../../lexicon/actions.js';
import type { Rule } from '../types.js';

// The first word of a line, as the minutes wrote it, when it might be meant as ACTION.
// Lines are the parser's lines: text inside a code fence or an HTML comment is not minutes, for the parser or for check.
const FIRST_WORD = /^(?:[-*•] )?(?:\*\*)?(?:\d{1,3}(?:\.\d{1,3})*\.? )?([A-Za-z]{4,8})\b(.*)$/;

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
  description: 'ACTION lines read `ACTION (owner) – text`, `ACTION: owner to text` or `ACTION owner: text`',
  severity: 'error',
  check({ lines, rawLines }, report) {
    for (const [index, line] of lines.entries()) {
      const m = FIRST_WORD.exec(line.text.replace(/\*\*/g, ''));
      if (!m) continue;
      const word = m[1];
      const raw = rawLines[line.line - 1] ?? '';
      const place = { line: line.line, column: Math.max(0, raw.indexOf(word)) + 1 };
      // "ACTON", "ACTOIN", "ACITON": a misspelt marker in capitals is an action the parser cannot see.
      if (!/^actions?$/i.test(word) && word === word.toUpperCase() && oneSlipFrom(word, 'ACTION') && !REAL_WORDS.has(word)) {
        report(place, 'misspelt-marker', `Unexpected \`${word}\`, expected \`ACTION\``);
        continue;
      }
      if (word !== 'ACTION') continue;
      const rest = m[2].replace(/\s+/g, ' ').trimStart();
      // "ACTION LOG", "ACTION POINTS", "ACTION AGREED: …" are headings and labels, not broken actions.
      if (HEADING_WORDS.test(rest) && !/^(?:points?|items?) ?[:\u2013\u2014-]/i.test(rest)) continue;
      const text = line.text.replace(/\*\*/g, '').replace(/^\d{1,3}(?:\.\d{1,3})*\.? /, '');
      // "ACTION (Jo Bloggs &" / "Sam Lee) – …": a bracket wrapped onto the next line is read as the parser reads it.
      const next = lines[index + 1];
      const marker = readActionMarker(opensOwnerBracket(text) && next && !next.blockStart ? `${text} ${next.text}` : text);
      if (!marker) report(place, 'owner-not-bracketed', `Unexpected \`${raw.trim().slice(0, 40)}\`, expected \`ACTION (owner) – text\``);
      else if (marker.emptyOwner) report(place, 'missing-owner', 'Unexpected `ACTION ()` without an owner, expected `ACTION (owner) – text`');
      else if (marker.body === '') report(place, 'missing-text', 'Unexpected `ACTION` without text, expected `ACTION (owner) – text`');
    }
  },
};
