/** Splitting text at separators outside parentheses. */

/** Splits at top-level (outside parentheses) occurrences of the separator pattern. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  // Mask parenthesised text with same-length filler, split the mask, and cut the original at the same places.
  const masked = maskParentheses(text);
  const global = globalOf(separator);
  global.lastIndex = 0;
  const parts: string[] = [];
  let start = 0;
  for (let m = global.exec(masked); m; m = global.exec(masked)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    pushTrimmed(parts, text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  pushTrimmed(parts, text.slice(start));
  return parts;
}

function pushTrimmed(parts: string[], part: string): void {
  const trimmed = part.trim();
  if (trimmed) parts.push(trimmed);
}

/** The text with every character from a top-level "(" to its matching ")" replaced by \u0001. */
function maskParentheses(text: string): string {
  if (!text.includes('(')) return text;
  let masked = '';
  let depth = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28) {
      // "(": the text before it is kept as it is
      if (depth === 0) {
        masked += text.slice(runStart, i);
        runStart = i;
      }
      depth++;
    } else if (code === 0x29 && depth > 0) {
      // ")": closing the outermost parenthesis masks everything since its "("
      depth--;
      if (depth === 0) {
        masked += '\u0001'.repeat(i + 1 - runStart);
        runStart = i + 1;
      }
    }
  }
  return masked + (depth > 0 ? '\u0001'.repeat(text.length - runStart) : text.slice(runStart));
}

// A global separator is used as it is (callers keep theirs in constants); any other gets a global copy, built once.
const globalForms = new WeakMap<RegExp, RegExp>();
function globalOf(separator: RegExp): RegExp {
  if (separator.global) return separator;
  let global = globalForms.get(separator);
  if (!global) {
    global = new RegExp(separator.source, `${separator.flags}g`);
    globalForms.set(separator, global);
  }
  return global;
}

