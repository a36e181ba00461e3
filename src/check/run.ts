import { resolve } from 'node:path';
import { configuredBody, type Config } from '../config/config.js';
import type { Diagnostic, Meeting } from '../model/types.js';
import { parseSource } from '../parse/index.js';
import { readSource } from '../read/index.js';
import type { Layout } from '../read/position.js';
import { MAX_LINE_LENGTH, type Source } from '../read/source.js';
import { buildBodyRegisters } from '../register/bodies.js';
import type { RegisterEntry } from '../register/register.js';
import { Directives } from './directives.js';
import { RULES } from './rules/index.js';
import type { Rule } from './types.js';

export interface CheckInput {
  file: string;
  text: string;
}

/** A file's findings; with its layout (see src/read/position.ts), so reporters can tell a position in the file's terms. */
export interface FileResult extends Layout {
  file: string;
  findings: Diagnostic[];
}

/**
 * Lints minutes: every rule over every file, with severities and switches from the configuration.
 * Actions are followed through the later meetings of their own body (`cwd`, the folder the files are
 * named from, lets `body:` in the configuration name bodies by folder).
 */
export function checkMinutes(inputs: CheckInput[], config: Config, options: CheckOptions): FileResult[] {
  const parsed = inputs.map((input) => parseOne(input, config));
  const meetings = parsed.flatMap((p) => ('meeting' in p ? [p.meeting] : []));
  const configured = (meeting: Meeting) => (options.cwd === undefined ? config.body : configuredBody(config, resolve(options.cwd, meeting.file)));
  const register = buildBodyRegisters(meetings, { configured }).bodies.flatMap((body) => body.register.entries);
  return parsed.map((p) => {
    if ('failure' in p) return { file: p.input.file, findings: [p.failure] };
    const findings = checkOne(p.input, p.source, p.meeting, config, options, register);
    return p.source.pageStarts ? { file: p.input.file, findings, pageStarts: p.source.pageStarts } : { file: p.input.file, findings };
  });
}

export interface CheckOptions {
  asOf: string;
  /** The rules to run (default: all of them); the configuration may still switch some off. */
  rules?: Rule[];
  /** Report `vawg-disable…` comments that silenced nothing. */
  reportUnusedDirectives?: boolean;
  /** The folder the files are named from, so that `body:` in the configuration can name bodies by folder. */
  cwd?: string;
}

type Parsed = { input: CheckInput; source: Source; meeting: Meeting } | { input: CheckInput; failure: Diagnostic };

/** One file read and parsed; a parse that throws is one error finding for that file, and the others are still checked. */
function parseOne(input: CheckInput, config: Config): Parsed {
  try {
    const source = readSource(input.text, { file: input.file });
    const meeting = parseSource(source, { file: input.file, dateOrder: config.dateOrder ?? undefined, aliases: config.aliases, closedWords: config.closedWords });
    return { input, source, meeting };
  } catch (error) {
    const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
    const failure: Diagnostic = { file: input.file, line: 1, column: 1, severity: 'error', ruleId: 'parse', messageId: 'parse-failed', reason: `The file could not be parsed (${reason}); this is a fault in vawg: please report it with the file` };
    return { input, failure };
  }
}

function checkOne(input: CheckInput, source: Source, meeting: Meeting, config: Config, options: CheckOptions, register: RegisterEntry[]): Diagnostic[] {
  const rawLines = input.text.split(/\r\n|\r|\n/).map((line) => line.slice(0, MAX_LINE_LENGTH));
  const directives = new Directives(input.file, rawLines);
  const allRules = options.rules ?? RULES;
  const findings: Diagnostic[] = directives.unknownRules(allRules.map((rule) => rule.id));
  for (const rule of allRules) {
    if (config.rules[rule.id] === 'off') continue;
    const severity = config.rules[rule.id] === 'error' || config.rules[rule.id] === 'warning' ? (config.rules[rule.id] as Diagnostic['severity']) : rule.severity;
    rule.check({ meeting, lines: source.lines, rawLines, config, asOf: options.asOf, register }, (place, messageId, reason) => {
      if (directives.silences(rule.id, place.line)) return;
      findings.push({ file: input.file, line: place.line, column: place.column ?? 1, severity, ruleId: rule.id, messageId, reason });
    });
  }
  if (options.reportUnusedDirectives) findings.push(...directives.unused());
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
