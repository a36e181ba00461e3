import { yamlLibrary } from '../libraries.js';
import { spaceSeparators, splitLines } from './source.js';

export interface FrontMatterSplit {
  body: string;
  frontMatter: Record<string, unknown>;
  /** Lines taken by the front matter, so positions still point into the file on disk. */
  lineOffset: number;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The largest front matter read as YAML, in characters and in entries (lines, commas and brackets).
 * Real front matter is a few fields; past these, the YAML parser's time grows with the square of the
 * entries and its memory with an unclosed `[`, so a larger block is read as text, like bad YAML.
 */
export const MAX_FRONT_MATTER_LENGTH = 16 * 1024;
export const MAX_FRONT_MATTER_ENTRIES = 500;

/** Splits a leading YAML front-matter block (`---` … `---`) from the body; bad YAML is kept as body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const match = BLOCK.exec(text);
  if (!match || !withinBounds(match[1])) return { body: text, frontMatter: {}, lineOffset: 0 };
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

function withinBounds(yaml: string): boolean {
  if (yaml.length > MAX_FRONT_MATTER_LENGTH) return false;
  let entries = 0;
  for (let i = 0; i < yaml.length; i++) {
    const char = yaml[i];
    if (char === '\n' || char === ',' || char === '[' || char === '{') entries++;
  }
  return entries <= MAX_FRONT_MATTER_ENTRIES;
}
