import { isPdfFile } from './pdf.js';
import { isWordFile } from './word.js';

// Every extracted thing keeps its `line`: the line of a text file or web page, a Word document's
// paragraph number (see wordToHtml), a PDF's line counted through the whole file. Where a person
// reads the position (reports, tables), this module says it in the terms of the file's own format,
// for every reporter alike.

/** What a line number needs to be told in a file's terms: its name and, for a PDF, where its pages start. */
export interface Layout {
  file: string;
  /** The line number of each page's first line, for a PDF (see Source). */
  pageStarts?: number[];
}

/** Where a line is, told in the terms of the file it came from. */
export interface Position {
  /** In words: "line 12", "paragraph 12", "page 3, line 14". */
  text: string;
  /** After the file's name in a table or a message: "12" (as in `minutes.txt:12`), "¶12", "p.3 l.14". */
  short: string;
  /** Whether it is a line of the file on disk, one that an editor or a diff view can show. */
  inFile: boolean;
}

/** Where line `line` of a file is, in that file's terms. */
export function describeLine(layout: Layout, line: number): Position {
  if (isWordFile(layout.file)) return { text: `paragraph ${line}`, short: `¶${line}`, inFile: false };
  if (isPdfFile(layout.file)) {
    const page = pageOf(layout.pageStarts ?? [], line);
    if (!page) return { text: `line ${line}`, short: `l.${line}`, inFile: false };
    return { text: `page ${page.page}, line ${page.line}`, short: `p.${page.page} l.${page.line}`, inFile: false };
  }
  return { text: `line ${line}`, short: String(line), inFile: true };
}

/**
 * A file and lines in it, as tables and messages show a source: `minutes.txt:12,14`,
 * `minutes.docx ¶12,14`, `minutes.pdf p.3 l.14, p.4 l.2`.
 */
export function placeOf(layout: Layout, lines: number[]): string {
  if (lines.length === 0) return layout.file;
  const first = describeLine(layout, lines[0]);
  if (first.inFile) return `${layout.file}:${lines.join(',')}`;
  if (isWordFile(layout.file)) return `${layout.file} ¶${lines.join(',')}`;
  return `${layout.file} ${lines.map((line) => describeLine(layout, line).short).join(', ')}`;
}

/** The page a line is on and its line on that page, both from 1, or null with no pages known. */
function pageOf(pageStarts: number[], line: number): { page: number; line: number } | null {
  let page = -1;
  while (page + 1 < pageStarts.length && pageStarts[page + 1] <= line) page++;
  return page < 0 ? null : { page: page + 1, line: line - pageStarts[page] + 1 };
}

