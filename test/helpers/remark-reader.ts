import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cleanLine } from '../../src/text/normalise.js';
import { splitFrontMatter } from '../../src/read/front-matter.js';
import { capLine, makeLine, type Line, type Source } from '../../src/read/source.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The line model built from remark's mdast: the reference the project's own markdown reader is tested against. */
export function readMarkdown(file: string, text: string): Source {
  const { frontMatter } = splitFrontMatter(text);
  // Lists nested hundreds deep make remark's parse superlinear; minutes never nest past a few levels.
  const tree = processor.parse(text.replace(/^[ \t]{64,}/gm, ' '.repeat(64))) as Root;
  const lines: Line[] = [];
  for (const node of tree.children) visitBlock(node, lines, { depth: 0, inList: false });
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
      pushPhrasing(node.children, startLine(node), out, { kind: 'heading', depth: node.depth });
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

function pushPhrasing(children: PhrasingContent[], firstLine: number, out: Line[], fields: Partial<Line>): void {
  const lead = children[0]?.type === 'strong' ? cleanLine(inlineText(children[0].children)).replace(/:$/, '').trim() : null;
  const text = inlineText(children);
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
