/**
 * Page furniture in the text of a PDF: the footer that numbers the page ("Board of Supervisors Action Minutes – June 10,
 * 2025   Page 2 of 3"), the rule above it and the running header repeated under it (and above the first page's heading).
 * A paragraph often runs on across it; the reader skips these lines without ending the paragraph.
 */

// A line that ends by numbering its page, alone or after the document's name set apart by a wide gap or a bar.
const PAGE_NUMBER_LINE = /(?:^|\s{3,}|\s[|\u2013\u2014-]\s)page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
const RULE = /^([-_=*])\1{9,}$/;
// How far below a page's footer the next page's running header may reach.
const HEADER_LINES = 6;
// How many lines open the first page before its own heading, where the running header may stand too.
const FIRST_PAGE_HEADER_LINES = 2;

/** Indexes of the raw lines that are page furniture: footers, their rules, repeated running headers and the blank lines among them. */
export function findPageFurniture(lines: readonly string[]): Set<number> {
  const furniture = new Set<number>();
  const footers: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].length < 160 && /\d$/.test(lines[i].trimEnd()) && PAGE_NUMBER_LINE.test(lines[i].trim())) footers.push(i);
  if (footers.length === 0) return furniture;
  // A running header recurs on every page after the first: its lines are those found more than once below a footer.
  const seen = new Map<string, number>();
  for (const footer of footers) {
    for (let k = footer + 1; k < lines.length && k <= footer + HEADER_LINES; k++) {
      const text = normalised(lines[k]);
      if (text !== '') seen.set(text, (seen.get(text) ?? 0) + 1);
    }
  }
  const isBlankOrRule = (line: string) => line.trim() === '' || RULE.test(line.trim());
  // The first page may carry a dated running header ("Minutes – Board of Trustees – May 13, 2025"), or one that says
  // what the document is ("Board of Directors – Public – Minutes"), above its own heading; a header of the body's name
  // alone is the first page's heading as well.
  for (let k = 0, seenLines = 0; k < lines.length && seenLines < FIRST_PAGE_HEADER_LINES; k++) {
    if (isBlankOrRule(lines[k])) continue;
    seenLines++;
    const text = normalised(lines[k]);
    if ((text.includes('#') || /\bminutes\b/i.test(text)) && (seen.get(text) ?? 0) >= 2) furniture.add(k);
  }
  for (const footer of footers) {
    furniture.add(footer);
    for (let k = footer - 1; k >= 0 && isBlankOrRule(lines[k]); k--) furniture.add(k);
    for (let k = footer + 1; k < lines.length && k <= footer + HEADER_LINES; k++) {
      if (!isBlankOrRule(lines[k]) && (seen.get(normalised(lines[k])) ?? 0) < 2) break;
      furniture.add(k);
    }
  }
  return furniture;
}

/** A line as a running header repeats it: spaces trimmed, page numbers set aside. */
function normalised(line: string): string {
  return line.trim().replace(/\d+/g, '#');
}
