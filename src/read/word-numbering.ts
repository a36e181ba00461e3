import { xmlLibrary } from '../libraries.js';

// The numbers Word shows on numbered headings ("1.", "IV.", "2.1"), which live in the list
// definitions (word/numbering.xml) rather than in the text, and which mammoth does not write: agenda
// items written as numbered Heading 2 paragraphs depend on them. Read from the document's own XML,
// in document order, the way Word counts: each list definition counts on its own, each level from
// its start value, and an item of a level starts the deeper levels again.

/** Paragraph styles mammoth makes headings of (its default map, and Title and Subtitle in word.ts). */
export const HEADING_STYLE = /^(?:heading ?[1-6]|title|subtitle)$/i;

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Parts {
  document: string;
  numbering?: string;
  styles?: string;
}

/**
 * The number Word shows on each heading of the document, in document order, null for a heading with
 * none: one entry for every paragraph mammoth makes a heading of.
 */
export function headingNumbers(parts: Parts): (string | null)[] {
  const { DOMParser } = xmlLibrary();
  const parse = (xml: string) => new DOMParser({ errorHandler: () => {} }).parseFromString(xml, 'application/xml');
  const styles = readStyles(parts.styles ? parse(parts.styles) : null);
  const { nums, abstracts } = readNumbering(parts.numbering ? parse(parts.numbering) : null);
  const counters = new Map<string, number[]>();
  const labels: (string | null)[] = [];
  const paragraphs = parse(parts.document).getElementsByTagName('w:p');
  for (let i = 0; i < paragraphs.length; i++) {
    const properties = child(paragraphs[i], 'w:pPr');
    const styleId = value(child(properties, 'w:pStyle')) ?? '';
    const style = styles.get(styleId);
    const heading = HEADING_STYLE.test(style?.name ?? styleId);
    const numbering = child(properties, 'w:numPr');
    const numId = value(child(numbering, 'w:numId')) ?? style?.numId;
    const depth = Number(value(child(numbering, 'w:ilvl')) ?? style?.ilvl ?? 0) || 0;
    const abstractId = numId === undefined ? undefined : nums.get(numId);
    const levels = abstractId === undefined ? undefined : abstracts.get(abstractId);
    let label: string | null = null;
    if (abstractId !== undefined && levels?.[depth]) {
      const counts = counters.get(abstractId) ?? [];
      counters.set(abstractId, counts);
      counts[depth] = (counts[depth] ?? levels[depth].start - 1) + 1;
      counts.length = depth + 1;
      label = formatLabel(levels, counts);
    }
    if (heading) labels.push(label);
  }
  return labels;
}

/** A level's text ("%1.%2.") with each %n the count of level n in that level's format; null when it shows no number. */
function formatLabel(levels: Level[], counts: number[]): string | null {
  const level = levels[counts.length - 1];
  if (level.format === 'bullet' || level.format === 'none') return null;
  const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
    const at = Number(n) - 1;
    return formatNumber(counts[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? 'decimal');
  });
  return label.trim() === '' ? null : label.trim();
}

function formatNumber(count: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(count);
    case 'lowerRoman':
      return roman(count).toLowerCase();
    case 'upperLetter':
      return letters(count);
    case 'lowerLetter':
      return letters(count).toLowerCase();
    case 'decimalZero':
      return String(count).padStart(2, '0');
    default:
      return String(count);
  }
}

function roman(count: number): string {
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = count;
  let out = '';
  for (const [size, numeral] of numerals) for (; rest >= size; rest -= size) out += numeral;
  return out;
}

/** Word's letters: A … Z, then AA … ZZ, AAA … (the letter repeated, not a base-26 count). */
function letters(count: number): string {
  const letter = String.fromCharCode(65 + ((count - 1) % 26));
  return letter.repeat(Math.floor((count - 1) / 26) + 1);
}

// xmldom's nodes, typed with the DOM's own types.
type XmlElement = Element;

/** Paragraph styles by id: their names, and the list they number with, where they do. */
function readStyles(root: Document | null): Map<string, { name: string; numId?: string; ilvl?: string }> {
  const styles = new Map<string, { name: string; numId?: string; ilvl?: string }>();
  const found = root?.getElementsByTagName('w:style');
  for (let i = 0; i < (found?.length ?? 0); i++) {
    const style = found![i];
    const numbering = child(child(style, 'w:pPr'), 'w:numPr');
    styles.set(style.getAttribute('w:styleId') ?? '', { name: value(child(style, 'w:name')) ?? '', numId: value(child(numbering, 'w:numId')), ilvl: value(child(numbering, 'w:ilvl')) });
  }
  return styles;
}

/** Each list (numId) with its definition (abstractNumId), and each definition's levels. */
function readNumbering(root: Document | null): { nums: Map<string, string>; abstracts: Map<string, Level[]> } {
  const nums = new Map<string, string>();
  const abstracts = new Map<string, Level[]>();
  const abstractNums = root?.getElementsByTagName('w:abstractNum');
  for (let i = 0; i < (abstractNums?.length ?? 0); i++) {
    const levels: Level[] = [];
    const found = abstractNums![i].getElementsByTagName('w:lvl');
    for (let j = 0; j < found.length; j++) {
      const level = found[j];
      levels[Number(level.getAttribute('w:ilvl')) || 0] = { format: value(child(level, 'w:numFmt')) ?? 'decimal', text: value(child(level, 'w:lvlText')) ?? '', start: Number(value(child(level, 'w:start')) ?? 1) };
    }
    abstracts.set(abstractNums![i].getAttribute('w:abstractNumId') ?? '', levels);
  }
  const numElements = root?.getElementsByTagName('w:num');
  for (let i = 0; i < (numElements?.length ?? 0); i++) {
    const abstractId = value(child(numElements![i], 'w:abstractNumId'));
    if (abstractId !== undefined) nums.set(numElements![i].getAttribute('w:numId') ?? '', abstractId);
  }
  return { nums, abstracts };
}

/** The first child element of that name, if any. */
function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  for (let node = element?.firstChild; node; node = node.nextSibling) if (node.nodeType === 1 && (node as XmlElement).tagName === name) return node as XmlElement;
  return undefined;
}

/** An element's w:val. */
function value(element: XmlElement | undefined): string | undefined {
  return element?.getAttribute('w:val') ?? undefined;
}
