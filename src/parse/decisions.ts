import type { Decision } from '../model/types.js';
import type { Line, Source } from '../read/source.js';
import type { ItemLocator } from './locate.js';

const MARKER = /^(?:RESOLVED|RESOLUTION|DECISION|DECIDED|AGREED|APPROVED|NOTED|(?:Resolved|Resolution|Decision|Decided|Agreed|Approved|Noted)(?=\s*[:,\u2013\u2014-]))\b\s*(?:[:,\u2013\u2014-]\s*)?/;
const PART = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(.+)$/;
const SENTENCE_PATTERNS = [
  /\bit was (?:unanimously )?(?:agreed|resolved|decided|approved|noted and agreed)\b/i,
  /\b(?:the )?minutes of (?:the )?(?:last|previous|meeting)\b[^.;]*?\b(?:were|was) (?:agreed|approved|confirmed|accepted|signed|adopted)\b/i,
  /\b(?:the )?(?:board|committee|panel|governors|trustees|council|cabinet|members|group|forum|sub-committee|commission) (?:unanimously )?(?:approved|agreed|resolved|endorsed|ratified|adopted|signed off|decided)\b(?! to (?:consider|look|discuss))/i,
];
// Every sentence pattern has one of these verbs after a space; one search for them lets most lines skip all three.
const DECISION_VERB = / (?:agreed|resolved|decided|approved|confirmed|accepted|signed|adopted|endorsed|ratified)/i;
// A wrapped sentence spans a few lines; the cap keeps a paragraph of thousands of lines linear.
const MAX_WRAPPED_LINES = 8;
const ACTION_LINE = /^\s*(?:\*\*)?action\b/i;

/** Decisions: RESOLVED/Decision:/Agreed: markers, "It was agreed …", minutes approvals and motions carried. */
export function extractDecisions(source: Source, itemAt: ItemLocator): Decision[] {
  const decisions: Decision[] = [];
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells || line.kind === 'heading' || ACTION_LINE.test(line.text)) continue;
    const text = line.lead && /^(?:resolved|resolution|decision|decided|agreed|approved|noted)$/i.test(line.lead) ? `${line.lead}: ${line.text.slice(line.lead.length).replace(/^[\s:]+/, '')}` : line.text;
    const marker = MARKER.exec(text.replace(/^\d{1,3}(?:\.\d{1,3})+\.?\s+/, ''));
    if (marker) {
      const body = text.replace(/^\d{1,3}(?:\.\d{1,3})+\.?\s+/, '').slice(marker[0].length).trim();
      const parts = readParts(lines, i + 1);
      if (parts.length > 0 && /^(?:that)?:?$/i.test(body)) {
        for (const part of parts) decisions.push({ text: part.text, item: itemAt(part.line), line: part.line });
        i += parts.length;
      } else if (body) decisions.push({ text: withWrapped(lines, i, body), item: itemAt(line.line), line: line.line });
      continue;
    }
    // Only a line that holds a decision's start is worth joining with the lines its export wrapped.
    const sentence = decisionSentence(line.text) && decisionSentence(withWrapped(lines, i, line.text));
    if (sentence) decisions.push({ text: sentence, item: itemAt(line.line), line: line.line });
  }
  return decisions;
}

/** "(1) the progress … be noted; and" / "(2) Cabinet be recommended …" following a RESOLVED: That. */
function readParts(lines: Line[], start: number): { text: string; line: number }[] {
  const parts: { text: string; line: number }[] = [];
  for (let i = start; i < lines.length; i++) {
    const m = PART.exec(lines[i].kind === 'item' && lines[i].marker ? `${lines[i].marker} ${lines[i].text}` : lines[i].text);
    if (!m) break;
    parts.push({ text: withoutTrailingJoin(m[2]), line: lines[i].line });
  }
  return parts;
}

function decisionSentence(text: string): string | null {
  if (!DECISION_VERB.test(text)) return null;
  for (const pattern of SENTENCE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (/\badjourn/i.test(text.slice(m.index, m.index + 200))) return null;
    const start = clauseStart(text, m.index);
    const end = sentenceEnd(text, m.index + m[0].length);
    return text.slice(start, end).trim();
  }
  return null;
}

/** A decision clause starts at its sentence's start, or at "the Board" after an "Upon a motion …," preamble. */
function clauseStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  const sentence = boundary < 0 ? 0 : boundary + 2;
  return /^\s*upon a motion\b/i.test(text.slice(sentence, index)) ? index : sentence;
}

function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = /;|\.(?=\s+[A-Z(]|\s*$)/.exec(rest);
  if (!m) return text.length;
  return from + m.index + (m[0] === '.' ? 1 : 0);
}

/** A decision hard-wrapped by a PDF export goes on in the next lines of its paragraph. */
function withWrapped(lines: Line[], index: number, first: string): string {
  let text = first;
  for (let i = index + 1; i < lines.length && i <= index + MAX_WRAPPED_LINES; i++) {
    const next = lines[i];
    if (next.blockStart || next.cells || next.kind !== 'text' || /[.!?:]["”’)]?$/.test(text) || MARKER.test(next.text)) break;
    text = `${text} ${next.text}`;
  }
  return text;
}

/** "the report be noted; and" → "the report be noted". */
function withoutTrailingJoin(text: string): string {
  let trimmed = text.trimEnd();
  const join = / (?:and|or)$/i.exec(trimmed);
  if (join) trimmed = trimmed.slice(0, join.index).trimEnd();
  return trimmed.endsWith(';') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
