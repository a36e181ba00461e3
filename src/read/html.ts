import type { DefaultTreeAdapterMap } from 'parse5';
import { htmlLibrary } from '../libraries.js';
import { HtmlLines, SKIPPED } from './html-block.js';
import type { Source } from './source.js';
import { isWordFile, UNACCEPTED_CHANGES } from './word.js';

// Minutes published as web pages, and Word documents once mammoth has made them HTML
// (src/read/word.ts): parsed with parse5 into the line model the markdown reader produces
// (headings with their depth, list items with their depth and number, table rows with their cells,
// paragraphs). Each line's `line` is the line of the HTML file where its text starts; for a Word
// document that is the paragraph's number (see wordToHtml).

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** A page's chrome, not its minutes: scripts and styles, navigation, and the page's header and footer. */
const PAGE_CHROME = new Set([...SKIPPED, 'nav', 'header', 'footer', 'noscript', 'iframe', 'svg', 'button', 'select', 'form']);
/** Inside <main> or <article>, a <header> holds the minutes' own title and date: only navigation and scripts are dropped. */
const CONTENT_CHROME = new Set([...SKIPPED, 'nav', 'noscript', 'iframe', 'svg', 'button', 'select', 'form']);

/** An HTML document's minutes as lines: its <main>, else its longest <article>, else its body, less the page's chrome. */
export function readHtml(file: string, text: string): Source {
  const { parse } = htmlLibrary();
  const document = parse(text, { sourceCodeLocationInfo: true });
  const content = mainContent(document);
  const truncated: number[] = [];
  const reader = new HtmlLines(0, truncated, content.tagName === 'body' || content.tagName === 'html' ? PAGE_CHROME : CONTENT_CHROME);
  for (const child of content.childNodes) reader.visit(child, 0);
  reader.flush();
  const lines = reader.lines;
  // Whole-document searches (date order, name spellings) read the minutes' words, not tags and scripts.
  const source: Source = { file, lines, frontMatter: {}, text: lines.map((line) => line.text).join('\n'), truncated };
  if (isWordFile(file) && text.startsWith(UNACCEPTED_CHANGES)) source.unacceptedChanges = true;
  return source;
}

/** The element that holds the minutes. */
function mainContent(document: DefaultTreeAdapterMap['document']): Element {
  const main = findAll(document, 'main')[0];
  if (main) return main;
  const articles = findAll(document, 'article');
  if (articles.length > 0) return articles.reduce((best, article) => (textLength(article) > textLength(best) ? article : best));
  const html = document.childNodes.find((node) => (node as Element).tagName === 'html') as Element;
  return (html.childNodes.find((node) => (node as Element).tagName === 'body') as Element | undefined) ?? html;
}

/** Elements named `tag`, outermost first, in document order (not looking inside one found). */
function findAll(node: ParentNode, tag: string, found: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === tag) found.push(child);
    else findAll(child, tag, found);
  }
  return found;
}

function textLength(node: ParentNode): number {
  let length = 0;
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') length += (child as DefaultTreeAdapterMap['textNode']).value.trim().length;
    else if ('childNodes' in child && !SKIPPED.has((child as Element).tagName)) length += textLength(child as ParentNode);
  }
  return length;
}

/** Whether a file's name says it is HTML. */
export function isHtmlFile(file: string): boolean {
  return /\.html?$/i.test(file);
}
