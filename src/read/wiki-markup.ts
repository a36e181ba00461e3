/**
 * Confluence and Jira wiki markup pasted as text: `h2.` headings, `||header||` rows, `{macro}` tags, `[~user]` mentions
 * and `(/)` icons. A page is taken for wiki markup by its headings or header rows; each line is then read as the
 * page shows it: a mention as `@user`, an icon as its symbol, a macro's tags as nothing.
 */

const HEADING = /^h([1-6])\.\s+(\S.*)$/;
const HEADER_ROW = /^\|\|.*\|\|\s*$/;
// "{toc:maxLevel=2}", "{details:id=sync-meta}", "{expand:title=Who's who}", "{info}": a macro's tag; not "{{code}}".
const MACRO = /(?<!\{)\{[a-z][a-zA-Z-]*(?::[^{}]*)?\}(?!\})/g;
const MENTION = /\[~([\w.-]+)\]/g;
// The icons a status is shown with: a tick, a cross, a warning, a question.
const ICONS: Record<string, string> = { '(/)': '\u2714', '(x)': '\u2718', '(!)': '\u26a0', '(?)': '\u2753' };
const ICON = /\((?:\/|x|!|\?)\)/g;

/** Whether the lines are wiki markup: two or more `h1.`–`h6.` headings or `||header||` rows. */
export function isWikiMarkup(lines: readonly string[]): boolean {
  let marks = 0;
  for (const line of lines) {
    if ((line.startsWith('h') && HEADING.test(line)) || (line.startsWith('||') && HEADER_ROW.test(line))) marks++;
    if (marks >= 2) return true;
  }
  return false;
}

/** A line of wiki markup as the page shows it, its header row's double bars single. */
export function wikiLine(raw: string): string {
  let line = raw;
  if (line.includes('{')) line = line.replace(MACRO, '');
  if (line.includes('[~')) line = line.replace(MENTION, '@$1');
  if (line.includes('(')) line = line.replace(ICON, (icon) => ICONS[icon]);
  if (line.startsWith('||')) line = line.replace(/\|\|/g, '|');
  return line;
}

/** "h2. Discussion items" → its depth and title; null for any other line. */
export function wikiMarkupHeading(text: string): { depth: number; title: string } | null {
  const m = text.startsWith('h') ? HEADING.exec(text) : null;
  return m ? { depth: Number(m[1]), title: m[2].trim() } : null;
}
