import { yamlLibrary } from '../libraries.js';
import { spaceSeparators, splitLines } from './source.js';

export interface FrontMatterSplit {
  body: string;
  frontMatter: Record<string, unknown>;
  /** Lines taken by the front matter, so positions still point into the file on disk. */
  lineOffset: number;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;


/** Splits a leading YAML front-matter block (`---` … `---`) from the body; bad YAML is kept as body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const match = BLOCK.exec(text);
  if (!match) return { body: text, frontMatter: {}, lineOffset: 0 };
  let data: unknown;
  try {
    data = yamlLibrary().parse(spaceSeparators(match[1]));
  } catch {
    return { body: text, frontMatter: {}, lineOffset: 0 };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { body: text, frontMatter: {}, lineOffset: 0 };
  const lineOffset = splitLines(match[0]).length - (match[0].endsWith('\n') ? 1 : 0);
  return { body: text.slice(match[0].length), frontMatter: data as Record<string, unknown>, lineOffset };
}
