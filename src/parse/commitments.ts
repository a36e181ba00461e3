import type { Commitment } from '../model/types.js';
import type { Source } from '../read/source.js';
import type { ItemLocator } from './locate.js';

// "Commitment 59", "commitments 63 and 64", "commitments 4, 8 and 12", "Commitments 3 & 5".
const REFERENCE = /\bcommitments?\s+(?:no\.?\s*|number\s+)?(\d{1,4}(?:\s*(?:,|&|and|or)\s*\d{1,4})*)\b(?!\s*(?:%|per\s*cent|commitments))/gi;
// "Commitment 3 - Work with schools …" at the start of a line gives the commitment's title.
const TITLED = /^commitment\s+(\d{1,4})\s*[-\u2013\u2014:]\s*(.+)$/i;

/** Every numbered commitment the minutes refer to, with each mention's line and agenda item. */
export function extractCommitments(source: Source, itemAt: ItemLocator): Commitment[] {
  const byNumber = new Map<number, Commitment>();
  const mention = (number: number, line: number, title: string | null) => {
    let commitment = byNumber.get(number);
    if (!commitment) {
      commitment = { number, title: null, mentions: [] };
      byNumber.set(number, commitment);
    }
    commitment.title ??= title;
    if (!commitment.mentions.some((m) => m.line === line)) commitment.mentions.push({ line, item: itemAt(line) });
  };
  let commitmentTable = false;
  for (const line of source.lines) {
    if (line.cells) {
      // A "Commitment | Lead" table lists commitment numbers in its first column.
      if (/^commitments?$/i.test(line.cells[0] ?? '')) commitmentTable = true;
      else if (commitmentTable) for (const n of numbersIn(line.cells[0] ?? '')) mention(n, line.line, null);
    } else commitmentTable = false;
    const titled = TITLED.exec(line.text);
    if (titled) mention(+titled[1], line.line, titled[2].trim());
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(line.text); m; m = REFERENCE.exec(line.text)) {
      for (const n of numbersIn(m[1])) mention(n, line.line, null);
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

function numbersIn(text: string): number[] {
  if (!/^\s*\d{1,4}(?:\s*(?:,|&|and|or)\s*\d{1,4})*\s*$/.test(text)) return [];
  return (text.match(/\d{1,4}/g) ?? []).map(Number);
}
