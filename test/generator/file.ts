/** File-level choices: hard wrapping, line endings and byte encoding. */
import iconv from 'iconv-lite';
import { RESERVED_STARTS } from './labels.js';
import type { Block } from './sections.js';

export const WRAPS = ['none', 'wrap-70', 'wrap-72', 'wrap-76', 'wrap-80'] as const;
export type Wrap = (typeof WRAPS)[number];
export const NEWLINES = ['lf', 'crlf'] as const;
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** A word that must not begin a continuation line: it would read as a list marker, item number or label. */
function unsafeStart(word: string): boolean {
  if (/^([-*•+#>|=_\d]|\[)/.test(word)) return true;
  if (/^\(([a-z]|[ivx]+)\)$/.test(word) || /^[a-z]\)$/.test(word) || /^[IVXLC]+[.):]?$/.test(word)) return true;
  if (/:$/.test(word)) return true;
  return RESERVED_STARTS.has(word.replace(/[^\p{L}]/gu, '').toLowerCase());
}

/** Greedy hard wrap at `width`, as Word and PDF exports do, never starting a line with an unsafe word. */
export function wrapLine(line: string, width: number): string[] {
  const words = line.split(' ');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (current === '') { current = word; continue; }
    if (current.length + 1 + word.length > width && !unsafeStart(word)) {
      out.push(current);
      current = word;
    } else current += ` ${word}`;
  }
  out.push(current);
  return out;
}

/** The document text from blocks, wrapped where allowed. */
export function joinBlocks(blocks: Block[], wrap: Wrap): string {
  const width = wrap === 'none' ? 0 : Number(wrap.slice(5));
  return blocks
    .map((b) => (width && b.wrap ? b.lines.flatMap((l) => wrapLine(l, width)) : b.lines).join('\n'))
    .join('\n\n') + '\n';
}

/** Bytes on disk; Windows-1252 only where every character fits, otherwise UTF-8 (reported as such). */
export function encode(text: string, newline: string, encoding: Encoding): { bytes: Uint8Array; encoding: Encoding } {
  const withEol = newline === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  if (encoding === 'windows-1252') {
    const bytes = iconv.encode(withEol, 'win1252');
    if (iconv.decode(bytes, 'win1252') === withEol) return { bytes: new Uint8Array(bytes), encoding };
    encoding = 'utf-8';
  }
  const utf8 = new TextEncoder().encode(withEol);
  if (encoding === 'utf-8') return { bytes: utf8, encoding };
  const bom = new Uint8Array(utf8.length + 3);
  bom.set([0xef, 0xbb, 0xbf]);
  bom.set(utf8, 3);
  return { bytes: bom, encoding };
}
