import { safeForTerminal } from './terminal.js';

// Characters that make markup inline: emphasis, code, strikethrough, links and images, raw HTML and
// autolinks, headings' closing sequence, table cells. A backslash makes each plain text again.
const MARKUP = /[\\`*_~[\]<#|]/g;
// `&` starts a character reference only before a name or number and `;`.
const REFERENCE = /&(?=#?[A-Za-z0-9]+;)/g;
// GFM renderers link bare URLs, www. names and e-mail addresses (GitHub also @mentions) even when
// their punctuation is backslash-escaped, since they match the rendered text:
// an invisible word joiner (written as a reference, so the source shows it) breaks each pattern.
const JOINER = '&#8288;';
const BARE_LINK = /(:)(\/\/)|(?<![a-z0-9])(www)(\.)|(@)()/gi;
// Markers that open a block (list, quote, setext underline, ordered list) when they start a line.
const BLOCK_START = /^([-+>=]|\d+(?=[.)]))/;

/**
 * Text from the minutes as inline markdown that renders as that text, never as markup: no HTML,
 * links, autolinks, mentions or emphasis. Control characters are removed and line breaks become spaces.
 */
export function markdownText(text: string): string {
  return safeForTerminal(text)
    .replace(/[\t\n]+/g, ' ')
    .replace(MARKUP, '\\$&')
    .replace(REFERENCE, '\\&')
    .replace(BARE_LINK, (_all, colon, slashes, www, dot, at) => (colon ? `${colon}${JOINER}${slashes}` : www ? `${www}${JOINER}${dot}` : `${at}${JOINER}`));
}

/** `markdownText` for text that starts a line, where `-`, `+`, `>`, `=` or `1.` would open a block. */
export function markdownLine(text: string): string {
  return markdownText(text).trimStart().replace(BLOCK_START, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** A GFM table cell that renders as one cell of that text: line breaks become <br>, the only HTML written. */
export function markdownCell(text: string): string {
  return safeForTerminal(text.replace(/\r\n?/g, '\n')).split('\n').map(markdownText).join('<br>');
}
