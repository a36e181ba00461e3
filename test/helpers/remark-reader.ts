import type { Element as HastElement, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cleanLine } from '../../src/text/normalise.js';
import { splitFrontMatter } from '../../src/read/front-matter.js';
import { capLine, makeLine, type Line, type Source } from '../../src/read/source.js';
import { calloutTitle, isDrawerEnd, isDrawerStart, outlinerField, withoutShortcode } from '../../src/read/markdown.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The line model built from remark's mdast: the reference the project's own markdown reader is tested against. */
export function readMarkdown(file: string, text: string): Source {
  const { frontMatter } = splitFrontMatter(text);
  // Lists nested hundreds deep make remark's parse superlinear; minutes never nest past a few levels.
  // Logseq's fields and drawers, as the reader takes them (a dropped line leaves a line without words, so that
  // the lines keep their numbers).
  let inDrawer = false;
  const fields = text.split('\n').map((raw) => {
    if (isDrawerStart(raw)) inDrawer = true;
    if (inDrawer) {
      if (isDrawerEnd(raw)) inDrawer = false;
      return '';
    }
    const callout = /^((?: {0,3}>[ \t]?)+)(\[!.*)$/.exec(raw);
    if (callout) return `${callout[1]}${calloutTitle(callout[2])}`;
    return raw.includes('::') ? outlinerField(raw) ?? '' : raw;
  });
  const markdown = fields.join('\n').replace(/^[ \t]{64,}/gm, ' '.repeat(64));
  const tree = processor.parse(markdown) as Root;
  const lines: Line[] = [];
  for (let i = 0; i < tree.children.length; i++) {
    const node = tree.children[i];
    if (node.type === 'html' && isTableBlock(node.value)) {
      // A table left open at a blank line goes on through the blocks after it, to the one that closes it.
      let last = i;
      let open = tableBalance(node.value);
      while (open > 0 && last + 1 < tree.children.length) open += tableBalance(sourceOf(tree.children[++last], markdown));
      const html = markdown.slice(node.position!.start.offset!, tree.children[last].position!.end.offset!);
      lines.push(...htmlLines(html, startLine(node)));
      i = last;
      continue;
    }
    visitBlock(node, lines, { depth: 0, inList: false });
  }
  const truncated: number[] = [];
  for (const line of lines) line.text = capLine(line.text, line.line, truncated);
  return { file, lines, frontMatter, text, truncated };
}

interface Context {
  depth: number;
  inList: boolean;
}

function visitBlock(node: RootContent, out: Line[], context: Context): void {
  switch (node.type) {
    case 'heading':
      pushPhrasing(node.children, startLine(node), out, { kind: 'heading', depth: node.depth }, withoutShortcode);
      return;
    case 'paragraph':
      pushPhrasing(node.children, startLine(node), out, {});
      return;
    case 'list':
      node.children.forEach((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '-';
        item.children.forEach((child, childIndex) => {
          if (childIndex === 0 && child.type === 'paragraph') {
            pushPhrasing(child.children, startLine(child), out, {
              kind: 'item',
              depth: context.depth,
              marker,
              checked: item.checked ?? null,
            });
          } else {
            visitBlock(child, out, { depth: context.depth + 1, inList: true });
          }
        });
      });
      return;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.map((cell) => cleanLine(inlineText(cell.children)));
        out.push(makeLine({ line: startLine(row), text: cells.filter(Boolean).join(' '), cells, blockStart: true }));
      }
      return;
    case 'blockquote':
      for (const child of node.children) visitBlock(child, out, context);
      return;
    case 'html': {
      // An HTML block's wrapper tag (Notion's <aside> callout, a <div>) is dropped; the minutes inside are read.
      const [tag, ...rest] = node.value.split('\n');
      // "<summary>Zoom chat (copied)</summary>": an element with its words on its one line opens a block of those words.
      const element = rest.length === 0 ? /^ {0,3}<([a-zA-Z][\w-]*)(?:\s[^>]*)?>([^<]+)<\/\1>\s*$/.exec(tag) : null;
      if (element) out.push(makeLine({ line: startLine(node), text: cleanLine(element[2]), blockStart: true }));
      if (rest.length === 0 || !/^ {0,3}<\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>\s*$/.test(tag) || /^ {0,3}<!--/.test(tag)) return;
      visitNested(rest.join('\n'), startLine(node), out, context);
      return;
    }
    case 'code': {
      // A code block holding only a GFM table is read as the table (see isFencedTable in the reader).
      if (node.lang || !/^[^\n]*\|[^\n]*\n[ |:-]*-[ |:-]*(?:\n|$)/.test(node.value)) return;
      visitNested(node.value, startLine(node), out, context);
      return;
    }
    default:
      // Code, HTML, thematic breaks and front matter carry no minutes structure.
      return;
  }
}

/** Markdown nested in another block, read as blocks of its own, its lines counted from the block's first line. */
function visitNested(markdown: string, offset: number, out: Line[], context: Context): void {
  for (const child of (processor.parse(markdown) as Root).children) {
    const before = out.length;
    visitBlock(child, out, context);
    for (const line of out.slice(before)) line.line += offset;
  }
}

function pushPhrasing(children: PhrasingContent[], firstLine: number, out: Line[], fields: Partial<Line>, clean: (text: string) => string = (text) => text): void {
  const lead = children[0]?.type === 'strong' ? cleanLine(inlineText(children[0].children)).replace(/:$/, '').trim() : null;
  const text = clean(inlineText(children));
  text.split('\n').forEach((part, index) => {
    const cleaned = cleanLine(part);
    // Kramdown attribute lists ("{: .resolution}") style a block; the reader drops them as it does comments.
    if (cleaned === '' || /^\{:[^{}]*\}$/.test(cleaned)) return;
    out.push(
      makeLine({
        ...fields,
        line: firstLine + index,
        text: cleaned,
        lead: index === 0 ? lead : null,
        blockStart: index === 0,
        // Only the first line of a list item is the item; the rest continues its paragraph.
        kind: index === 0 ? fields.kind ?? 'text' : 'text',
      }),
    );
  });
}

/** The words of inline content; soft and hard breaks become newlines so line numbers hold. */
function inlineText(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += node.value;
        break;
      case 'inlineCode':
        // Kept as written: `main` and `--unstable` are part of an action's or decision's wording.
        text += `\`${node.value}\``;
        break;
      case 'break':
        text += '\n';
        break;
      case 'image':
        text += node.alt ?? '';
        break;
      case 'html':
        // A `<br>` in a table cell separates the words on either side of it.
        if (/^<br ?\/?>$/i.test(node.value)) text += ' ';
        break;
      default:
        if ('children' in node) text += inlineText((node as Parent).children as PhrasingContent[]);
    }
  }
  return text;
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

// ---- HTML blocks holding a table, read with hast (hast-util-from-html), the reference for src/read/html-block.ts ----

const BLOCK_TAG_NAMES = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '),
);

function isTableBlock(html: string): boolean {
  const tag = /^ {0,3}<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html);
  return tag !== null && BLOCK_TAG_NAMES.has(tag[1].toLowerCase()) && /<table[\s/>]/i.test(html);
}

function tableBalance(html: string): number {
  return (html.match(/<table(?=[\s/>]|$)/gim) ?? []).length - (html.match(/<\/table(?=[\s/>]|$)/gim) ?? []).length;
}

function sourceOf(node: Nodes, markdown: string): string {
  return markdown.slice(node.position!.start.offset!, node.position!.end.offset!);
}

const LINE_BREAKING = new Set([...BLOCK_TAG_NAMES, 'br', 'pre']);
const NOT_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title', 'head']);

/** The lines of an HTML block: paragraphs and list items as lines, each table row as cells, layout tables as their lines. */
function htmlLines(html: string, firstLine: number): Line[] {
  const tree: HastRoot = fromHtml(html, { fragment: true });
  const out: Line[] = [];
  let current: { text: string; line: number; fields: Partial<Line> } | null = null;
  let fields: Partial<Line> = {};
  const lineOf = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + firstLine - 1;
  const end = () => {
    const text = current ? cleanLine(current.text.replace(/\s+/g, ' ')) : '';
    if (current && text) out.push(makeLine({ kind: 'text', ...current.fields, line: current.line, text, blockStart: true }));
    current = null;
    fields = {};
  };
  const walk = (node: HastContent | ElementContent, lists: number) => {
    if (node.type === 'text') {
      if (current === null || !current.text.trim()) {
        const words = node.value.search(/\S/);
        if (words < 0) return;
        const line = lineOf(node) + (node.value.slice(0, words).match(/\n/g) ?? []).length;
        current = { text: current?.text ?? '', line, fields };
      }
      current.text += node.value;
      return;
    }
    if (node.type !== 'element' || NOT_TEXT.has(node.tagName)) return;
    if (node.tagName === 'table') {
      end();
      table(node);
      return;
    }
    if (!LINE_BREAKING.has(node.tagName)) {
      const leads = (node.tagName === 'strong' || node.tagName === 'b') && (current === null || !current.text.trim());
      for (const child of node.children) walk(child, lists);
      if (leads && current) current.fields = { ...current.fields, lead: cleanLine(current.text.replace(/\s+/g, ' ')).replace(/:$/, '').trim() || null };
      return;
    }
    end();
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) fields = { kind: 'heading', depth: Number(heading[1]) };
    if (node.tagName === 'li') fields = { kind: 'item', depth: Math.max(lists - 1, 0), marker: '-' };
    for (const child of node.children) walk(child, node.tagName === 'ul' || node.tagName === 'ol' ? lists + 1 : lists);
    end();
  };
  const table = (element: HastElement) => {
    const rows = element.children.flatMap((child) =>
      child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? child.children.filter((row): row is HastElement => row.type === 'element' && row.tagName === 'tr') : [],
    );
    const read = rows.map((row) => {
      const inner: HastElement[] = [];
      const cells = row.children.filter((cell): cell is HastElement => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')).map((cell) => paragraphsOf(cell, inner));
      return { row, cells, inner };
    });
    // A grid whose cells hold whole sections (several paragraphs, over 500 characters) is a layout, not data.
    const layout = read.some(({ cells }) => cells.some((cell) => cell.length > 1 && cell.join('').length > 500));
    for (const { row, cells, inner } of read) {
      const line = lineOf(row);
      if (!layout) {
        const texts = cells.map((cell) => cell.join(' '));
        if (texts.some(Boolean)) out.push(makeLine({ line, text: texts.filter(Boolean).join(' '), cells: texts, blockStart: true }));
      } else {
        const first = cells[0] ?? [];
        const labelled = cells.length > 1 && first.length === 1 && first[0].length <= 16 && cells.slice(1).some((cell) => cell.length > 0);
        let pending = labelled ? first[0] : null;
        for (const cell of labelled ? cells.slice(1) : cells) {
          for (const text of cell) {
            out.push(makeLine({ line, text: pending === null ? text : `${pending} ${text}`, blockStart: true }));
            pending = null;
          }
        }
      }
      for (const table of inner) table_(table);
    }
    const caption = element.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'caption');
    if (caption) walk(caption, 0);
  };
  const table_ = table;
  for (const child of tree.children) walk(child, 0);
  end();
  return out;
}

/** A table cell's paragraphs: text split at block elements and line breaks, cleaned, empty ones left out; inner tables set aside. */
function paragraphsOf(cell: HastElement, inner: HastElement[]): string[] {
  const paragraphs = [''];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') paragraphs[paragraphs.length - 1] += node.value;
    else if (node.type === 'element' && node.tagName === 'table') inner.push(node);
    else if (node.type === 'element' && !NOT_TEXT.has(node.tagName)) {
      const breaks = LINE_BREAKING.has(node.tagName);
      if (breaks) paragraphs.push('');
      for (const child of node.children) walk(child);
      if (breaks) paragraphs.push('');
    }
  };
  for (const child of cell.children) walk(child);
  return paragraphs.map((text) => cleanLine(text.replace(/\s+/g, ' '))).filter(Boolean);
}
