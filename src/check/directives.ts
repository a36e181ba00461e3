/**
 * Comments that switch `vawg check` rules off, as ESLint and markdownlint have them. In markdown they
 * are HTML comments (`<!-- vawg-disable-next-line initials-known -->`); in plain text the same words
 * follow `#` or `//`. With no rule id a directive applies to every rule.
 * - `vawg-disable-next-line ids`: the next line with text;
 * - `vawg-disable-line ids`: the directive's own line;
 * - `vawg-disable ids` … `vawg-enable ids`: the lines between; a `vawg-disable` that no `vawg-enable`
 *   ends applies to the whole file, which is how rules about the whole file (reported at line 1) are
 *   switched off.
 * A reason may follow the ids after ` -- ` (`vawg-disable-line owner-known -- a guest speaker`).
 */
import type { Diagnostic } from '../model/types.js';

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

interface Directive {
  kind: Kind;
  /** Rule ids named; empty for every rule. */
  ids: string[];
  line: number;
  column: number;
  /** Lines it silences (1-based, inclusive); an enable silences none. */
  from: number;
  to: number;
  /** Whether it silenced a finding, for --report-unused-disable-directives. */
  used: boolean;
}

// The longer words first: "vawg-disable" must not take "vawg-disable-line" for itself.
const DIRECTIVE = /vawg-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/;

/** The directives of a file, from its raw lines, with the lines each one silences. */
export class Directives {
  private readonly directives: Directive[] = [];

  constructor(
    private readonly file: string,
    rawLines: string[],
  ) {
    rawLines.forEach((raw, index) => {
      if (!raw.includes('vawg-')) return;
      const m = DIRECTIVE.exec(raw);
      if (!m) return;
      const line = index + 1;
      this.directives.push({ kind: m[1] as Kind, ids: ruleIds(m[2]), line, column: m.index + 1, from: line, to: line, used: false });
    });
    for (const directive of this.directives) {
      if (directive.kind === 'disable-next-line') {
        // The next line with text: a blank line between the comment and its target is allowed.
        let target = directive.line;
        while (target < rawLines.length && rawLines[target].trim() === '') target++;
        directive.from = directive.to = target + 1;
      } else if (directive.kind === 'disable') {
        // Ended by a vawg-enable of every rule, or of every rule it names (a disable of all rules needs an enable of all).
        const ends = (other: Directive) => other.ids.length === 0 || (directive.ids.length > 0 && directive.ids.every((id) => other.ids.includes(id)));
        const enable = this.directives.find((other) => other.kind === 'enable' && other.line > directive.line && ends(other));
        [directive.from, directive.to] = enable ? [directive.line, enable.line - 1] : [1, rawLines.length];
      }
    }
  }

  /** True when a directive silences this rule on this line; the directive is then marked used. */
  silences(ruleId: string, line: number): boolean {
    let silenced = false;
    for (const directive of this.directives) {
      if (directive.kind === 'enable' || line < directive.from || line > directive.to) continue;
      if (directive.ids.length > 0 && !directive.ids.includes(ruleId)) continue;
      directive.used = true;
      silenced = true;
    }
    return silenced;
  }

  /** A finding for each rule id a directive names that is no rule: a misspelt id silences nothing. */
  unknownRules(known: readonly string[]): Diagnostic[] {
    return this.directives.flatMap((directive) =>
      directive.ids
        .filter((id) => !known.includes(id))
        .map((id) => this.finding(directive, 'error', 'unknown-rule', `Unknown rule \`${id}\` in a vawg-${directive.kind} comment; it silences nothing (rules: ${known.join(', ')})`)),
    );
  }

  /** A finding for each disable directive that silenced nothing. */
  unused(): Diagnostic[] {
    return this.directives
      .filter((directive) => directive.kind !== 'enable' && !directive.used)
      .map((directive) => this.finding(directive, 'error', 'unused-directive', `Unused vawg-${directive.kind} comment: ${directive.ids.length > 0 ? `no ${directive.ids.map((id) => `\`${id}\``).join(' or ')} finding` : 'no finding'} to silence`));
  }

  private finding(directive: Directive, severity: Diagnostic['severity'], messageId: string, reason: string): Diagnostic {
    return { file: this.file, line: directive.line, column: directive.column, severity, ruleId: 'directive', messageId, reason };
  }
}

/** " initials-known, owner-known -- the clerk's initials -->" → the ids: before a ` -- ` reason and the comment's end. */
function ruleIds(text: string): string[] {
  const end = text.search(/\s--\s|\s--$|-->/);
  return (end >= 0 ? text.slice(0, end) : text).split(/[\s,]+/).filter((id) => /^[a-z][\w-]*$/.test(id));
}
