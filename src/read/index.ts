import type { ParseOptions } from '../model/types.js';
import { isHtmlFile, readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './plain-text.js';
import { isPdfFile, pageStartsOf } from './pdf.js';
import type { Source } from './source.js';
import { isWordFile } from './word.js';

/**
 * Text to the line model: markdown through the markdown reader, HTML (and the HTML readMinutesFile
 * gives for a Word document or a PDF) through the HTML reader, anything else through the plain-text reader.
 */
export function readSource(text: string, options: ParseOptions = {}): Source {
  const file = options.file ?? '-';
  const markdown = options.markdown ?? isMarkdownFile(file);
  const pdf = options.markdown === undefined && isPdfFile(file);
  const html = options.markdown === undefined && (isHtmlFile(file) || isWordFile(file) || pdf);
  const source = html ? readHtml(file, text) : markdown ? readMarkdown(file, text) : readPlainText(file, text);
  if (pdf) source.pageStarts = pageStartsOf(text);
  // Whole-text searches (the date order, how often a name is spelt) see line separators as the lines do: spaces.
  if (source.text.includes('\u2028') || source.text.includes('\u2029')) source.text = source.text.replace(/[\u2028\u2029]/g, ' ');
  return source;
}

/** Whether a file's name says it is markdown. */
export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(file);
}

export { decodeBytes, DecodeError } from './decode.js';
export type { Line, Source } from './source.js';
export { isHtmlFile } from './html.js';
export { isWordFile } from './word.js';
export { isPdfFile } from './pdf.js';
