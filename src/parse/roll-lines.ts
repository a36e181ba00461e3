/**
 * How the lines of a roll go on or end: a list hard-wrapped mid-entry, inside a bracket or after a title;
 * the numbering that makes a line an agenda item rather than one more entry; a heading in capitals.
 */
import { isNameParticle, isPersonalName, isRank, isRoleLike, stripHonorifics } from '../lexicon/names.js';
import type { Line } from '../read/source.js';
import { startsLowerCase } from '../text/normalise.js';
import { letterPattern } from '../text/letters.js';

export const ITEM_NUMBER = /^(?:\d{1,3}[.:)]?|[IVX]{1,5}[.:)])\s+/;

export function withoutFullStop(text: string): string {
  return text.replace(/\.?\s*$/, '');
}

// How long a line of a paragraph is when an export wrapped it at a fixed width (70–80 columns, less an indent).
const WRAP_WIDTH = 60;

/** A long line of a list that stops mid-entry, not after a separator or a bracket: the export wrapped it. */
export function isHardWrapped(line: string): boolean {
  return line.length >= WRAP_WIDTH && !/[,;.:)]$/.test(line);
}

/** Words in capitals only, two letters at least ("GOVERNANCE REVIEW", "(3) RISK REGISTER"). */
export function isInCapitals(text: string): boolean {
  return TWO_CAPITALS.test(text) && !LOWER_CASE.test(text);
}

const TWO_CAPITALS = letterPattern(String.raw`\p{Lu}{2}`, 'u');
const LOWER_CASE = letterPattern(String.raw`\p{Ll}`, 'u');

/**
 * The numbering of a roll's lines against its label's: a numbered line is the roll's next entry only
 * when it follows the entries' own numbers; otherwise it is the next agenda item.
 */
export class RollNumbering {
  /**
   * The number of the last numbered entry ("1. Jo Doe"), 0 before any: the next must carry the next number. A
   * second list may go on with the first one's numbers ("Special invitees:" over "8. Dr Kavita Deshpande").
   */
  numbered = 0;

  /** The number the next entry must carry, or null before the first (any number then). */
  get nextEntry(): number | null {
    return this.numbered === 0 ? null : this.numbered + 1;
  }
  /** The number after the label's own ("3) Apologies" → 4), or null for a label with none. */
  private readonly nextItem: number | null;
  private readonly labelStyle: string | null;
  /** How the roll's own entries are numbered, once one is. */
  private entryStyle: string | null = null;

  constructor(label: Line) {
    const number = itemNumberOf(label);
    this.nextItem = number === null ? null : number + 1;
    this.labelStyle = numberStyle(label);
  }

  /** Whether `line` opens the next agenda item; `begun` says entries were read before it with no numbers. */
  isNextItem(line: Line, begun: boolean): boolean {
    const number = itemNumberOf(line);
    if (number === null) return false;
    // "3) Apologies" then "4) Correspondence": the number after the label's own, before any numbered entry.
    if (this.numbered === 0 && number === this.nextItem) return true;
    // After entries with no numbers, "1. FINANCE REPORT" is the first agenda item; a numbered roll ends at a
    // number that does not follow on ("3) WORK PROGRAMME" after "3. Jo Doe").
    if (this.numbered === 0 ? begun : number !== this.numbered + 1) return true;
    // "2) Members absent:", "1. A", "2. B", then "3) FINANCE REPORT": numbered as the label is, not as the entries.
    const style = numberStyle(line);
    if (number === this.nextItem && style === this.labelStyle && style !== this.entryStyle) return true;
    if (this.numbered === 0) this.entryStyle = style;
    return false;
  }

  /** Counts an entry read from `line`. */
  read(line: Line): void {
    const number = itemNumberOf(line);
    if (number !== null) this.numbered = this.numbered === 0 ? number : this.numbered + 1;
  }
}

/** What follows a line's number: "." in "1.", ")" in "1)"; null for none. */
function numberStyle(line: Line): string | null {
  const numbered = line.kind === 'item' && line.marker && /^\d/.test(line.marker) ? line.marker : /^\d{1,3}[.:)]/.exec(line.text)?.[0];
  return numbered ? numbered.slice(-1) : null;
}

/** The number a line opens with as an agenda item ("3.", "3)", a numbered list item), or null. */
function itemNumberOf(line: Line): number | null {
  if (line.kind === 'item' && line.marker && /^\d/.test(line.marker)) return Number.parseInt(line.marker, 10);
  return ITEM_NUMBER.test(line.text) && /^\d/.test(line.text) ? Number.parseInt(line.text, 10) : null;
}

/**
 * Whether line `index` is cut mid-entry and goes on over the next line of its paragraph ("…, Cllr Jo" / "Doe, …"), or
 * after a title alone ("…, Mr." / "Al Wynn", "…, Chief" / "Superintendent Al Wynn"; a short "…, Chair" is an office),
 * or a long line after a first name ("…, Tariq Gupta and Priya" / "Venkataraman.").
 */
export function wrapsOntoNext(lines: Line[], index: number): boolean {
  const after = lines[index + 1];
  return after !== undefined && !after.blockStart && after.kind === 'text' && !after.cells && (cutMidEntry(lines[index].text, after.text) || awaitsName(lines[index].text) || endsInParticle(lines[index].text) || (isHardWrapped(lines[index].text) && endsWithFirstName(lines[index].text)));
}

const FIRST_NAME = letterPattern(String.raw`^\p{Lu}[\p{Ll}'’-]+$`, 'u');

/** "…, Tariq Gupta and Priya": a list closing on one capitalised word that is neither an office nor a title. */
function endsWithFirstName(text: string): boolean {
  const and = text.lastIndexOf(' and ');
  const last = text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), and < 0 ? -1 : and + 4) + 1).trim();
  return FIRST_NAME.test(last) && !isRoleLike(last) && stripHonorifics(`${last} `) !== '';
}

/** A name cut after a particle ("… Ahmed de" / "Villiers", "… Siobhán Ó" / "Súilleabháin"). */
function endsInParticle(text: string): boolean {
  const space = text.lastIndexOf(' ');
  return space > 0 && isNameParticle(text.slice(space + 1));
}

/** A title alone closing a line ("…, Mr."), or on a long line a rank ("…, Chief"); an office ("…, County Councillor") closes its entry. */
function awaitsName(text: string): boolean {
  if (!endsWithTitle(text)) return false;
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
  const last = text.slice(cut + 1).trim();
  // "Councillor A, Councillor B, Councillor": where the line's entries open with the title, the last one does too.
  const titlesEntries = cut > 0 && text.slice(0, cut).split(/[,;]\s*/).some((entry) => entry.trim().startsWith(`${last} `));
  return !isRoleLike(last) || titlesEntries || (text.length >= WRAP_WIDTH && isRank(last));
}

/**
 * The plain signs of a list cut mid-entry: the next line opens in lower case or with a bracket or handle, or
 * this one ends on a separator, the dash before an office included ("Jo Doe –" / "Vice-Chairman, …").
 */
function cutMidEntry(text: string, next: string): boolean {
  return opensMidEntry(next) || /(?:,|;|:|\band|&|\s[\u2013\u2014-])$/.test(text);
}

/** A line opening in lower case or with a bracket or handle. */
function opensMidEntry(line: string): boolean {
  return line.startsWith('(') || line.startsWith('@') || startsLowerCase(line);
}

/** "… Mrs Jo Bee (@jbee) (for item 2": a line that stops inside a bracket goes on over the next. */
export function endsInsideBracket(text: string): boolean {
  return text.lastIndexOf('(') > text.lastIndexOf(')');
}

/** A list that ends in a comma or "and" goes on, even past a blank line. */
export function isUnfinished(text: string): boolean {
  return /(?:,|\band|&)$/.test(text.trimEnd());
}

/** "… Aisling Haug, Coun.": a list whose last entry is a title alone, its name on the next line. */
export function endsWithTitle(text: string): boolean {
  const last = text.split(/[;,]|\sand\s/).pop()!.trim();
  return last !== '' && stripHonorifics(`${last} `) === '';
}

/** "… and Chair Lorena": a list cut after a title and a first name, the surname on the next line. */
export function endsMidName(text: string): boolean {
  const lastName = text.split(/[;,]|\s(?:and|&)\s/).pop()!.trim();
  const bare = stripHonorifics(`${lastName} `);
  return bare !== lastName && CAPITALISED_WORD.test(bare);
}

/** "Raymond Ng, Treasurer": a name, a comma and an office, and nothing else. */
function isNameAndOffice(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma < 0 || text.indexOf(',', comma + 1) >= 0) return false;
  return isPersonalName(stripHonorifics(text.slice(0, comma))) && isRoleLike(text.slice(comma + 2).replace(/\s*\([^()]*\)$/, ''));
}

const CAPITALISED_WORD = letterPattern(String.raw`^\p{Lu}[\p{L}'’.-]*$`, 'u');

/** True when `next` continues an entry that `text` left unfinished. */
export function wrapsOnto(text: string, next: string): boolean {
  // "Ifeoma Asante:" / "IA, …": an entry cut after its own colon goes on too; so does one cut inside its bracket ("(Head of" / "Finance)").
  if (cutMidEntry(text, next) || endsInsideBracket(text)) return true;
  const lastEntry = text.split(/[;,]/).pop()!.trim();
  // "Anita Kowalczyk, President" over "Raymond Ng, Treasurer": the next line is an entry of the same shape, not a name
  // the office waits for.
  if (isNameAndOffice(next) && isNameAndOffice(text)) return false;
  // A title with no name yet ("… and Cllr", "Mayor Pro Tem") goes on over the line break.
  // The last name begun: after "and", an office and its dash ("Chair – Cllr Jo"), and any title.
  const parts = lastEntry.split(/\s[\u2013\u2014-]\s|:\s/);
  const lastPart = parts.pop()!;
  // A whole entry that is a title alone ("…, Mayor Pro Tem") waits for its name on the next line.
  if (parts.length === 0 && lastPart !== '' && stripHonorifics(`${lastPart} `) === '') return true;
  // A title alone ("… and Cllr", "… – Chief Executive and Cllr.") or a first name waits for the rest.
  const lastName = lastPart.split(/\s(?:and|&)\s/).pop()!;
  if (isRoleLike(lastName)) return false;
  const bare = stripHonorifics(`${lastName} `);
  if (lastName !== '' && bare === '') return true;
  // An office ("– Chair", "– Director of Housing and Communities") ends an entry.
  if (isRoleLike(lastPart)) return false;
  if (endsInParticle(bare)) return true;
  return CAPITALISED_WORD.test(bare) && !/[)]$/.test(text);
}
