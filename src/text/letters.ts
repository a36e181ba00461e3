// Patterns over letters of any script (\p{L}, \p{Lu}, \p{Ll}, \p{M}) cost V8 a lookup in its Unicode
// tables for each such class, every time the program starts, and large classes to compile: for a
// short run such as `vawg parse one.txt`, that was a tenth of all the work. Nearly every line of
// minutes has no letter or mark beyond Latin-1, and for such a text the same pattern with each class
// cut down to its Latin-1 letters gives the same answers (test/letters.test.ts checks every
// character). So each pattern is made in its Latin-1 form, and in its full form only for a text
// that needs it.

/**
 * A character that only the full classes can judge: beyond Latin-1, and outside the punctuation
 * and symbol blocks minutes use (dashes, quotes, bullets, currency, arrows, box drawing, ticks and
 * boxes), which hold no letters or marks.
 */
const NEEDS_FULL_CLASSES = /[^\u0000-\u00ff\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u27bf]/;

/** The Latin-1 letters of each class; under case-insensitive matching, those of its case closure. */
const LATIN1: Record<string, { cased: string; caseless: string }> = {
  L: { cased: 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff', caseless: 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff' },
  Lu: { cased: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de', caseless: 'A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff' },
  Ll: { cased: 'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff', caseless: 'A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff' },
  // Marks (combining accents) all lie beyond Latin-1.
  M: { cased: '', caseless: '' },
};

/** A pattern that uses letter classes, in the form a given text needs. */
export class LetterPattern {
  private latin1?: RegExp;
  private full?: RegExp;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The pattern to run on `text` (the same object for every text of the same kind, so `lastIndex` carries on). */
  for(text: string): RegExp {
    if (NEEDS_FULL_CLASSES.test(text)) return (this.full ??= new RegExp(this.source, this.flags));
    return (this.latin1 ??= new RegExp(latin1Source(this.source, this.flags.includes('i')), this.flags));
  }

  test(text: string): boolean {
    const pattern = this.for(text);
    pattern.lastIndex = 0;
    return pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    const pattern = this.for(text);
    if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
    return pattern.exec(text);
  }
}

/** A pattern written with \p{L}, \p{Lu}, \p{Ll} or \p{M} (and the u flag). */
export function letterPattern(source: string, flags: string): LetterPattern {
  return new LetterPattern(source, flags);
}

/** The pattern with each letter class cut down to Latin-1: inside a bracket its ranges, outside one a bracket of them. */
export function latin1Source(source: string, caseless: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const property = /^\\p\{(L|Lu|Ll|M)\}/.exec(source.slice(i, i + 6));
      if (property) {
        const ranges = LATIN1[property[1]][caseless ? 'caseless' : 'cased'];
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
