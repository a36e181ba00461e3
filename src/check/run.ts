import { resolve } from 'node:path';
import { configuredBody, type Config } from '../config/config.js';
import type { Diagnostic, Meeting } from '../model/types.js';
import { parseSource } from '../parse/index.js';
import { readSource } from '../read/index.js';
import { MAX_LINE_LENGTH, type Source } from '../read/source.js';
import { buildBodyRegisters } from '../register/bodies.js';
import type { RegisterEntry } from '../register/register.js';
import { RULES } from './rules/index.js';
import type { Rule } from './types.js';

export interface CheckInput {
  file: string;
  text: string;
}

export interface FileResult {
  file: string;
  findings: Diagnostic[];
}

// <!-- vawg-disable-next-line rule-a rule-b --> (or the same words after # or // in plain text);
// <!-- vawg-disable rule-a --> switches rules off for the whole file.
const DISABLE = /vawg-disable-next-line\b([\w\s,-]*)/;
const DISABLE_FILE = /vawg-disable(?!-)\b([\w\s,-]*)/;

/**
 * Lints minutes: every rule over every file, with severities and switches from the configuration.
 * Actions are followed through the later meetings of their own body (`cwd`, the folder the files are
 * named from, lets `body:` in the configuration name bodies by folder).
 */
export function checkMinutes(inputs: CheckInput[], config: Config, options: { asOf: string; rules?: Rule[]; cwd?: string }): FileResult[] {
  const rules = (options.rules ?? RULES).filter((rule) => config.rules[rule.id] !== 'off');
  const parsed = inputs.map((input) => parseOne(input, config));
  const meetings = parsed.flatMap((p) => ('meeting' in p ? [p.meeting] : []));
  const configured = (meeting: Meeting) => (options.cwd === undefined ? config.body : configuredBody(config, resolve(options.cwd, meeting.file)));
  const register = buildBodyRegisters(meetings, { configured }).bodies.flatMap((body) => body.register.entries);
  return parsed.map((p) => ({ file: p.input.file, findings: 'failure' in p ? [p.failure] : checkOne(p.input, p.source, p.meeting, rules, config, options.asOf, register) }));
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

function checkOne(input: CheckInput, source: Source, meeting: Meeting, rules: Rule[], config: Config, asOf: string, register: RegisterEntry[]): Diagnostic[] {
  const rawLines = input.text.split(/\r\n|\r|\n/).map((line) => line.slice(0, MAX_LINE_LENGTH));
  const disabled = disabledLines(rawLines);
  const fileOff = disabledForFile(rawLines);
  const findings: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = config.rules[rule.id] === 'error' || config.rules[rule.id] === 'warning' ? (config.rules[rule.id] as Diagnostic['severity']) : rule.severity;
    rule.check({ meeting, lines: source.lines, rawLines, config, asOf, register }, (place, messageId, reason) => {
      const off = disabled.get(place.line);
      if (off && (off.size === 0 || off.has(rule.id))) return;
      if (fileOff.has(rule.id)) return;
      findings.push({ file: input.file, line: place.line, column: place.column ?? 1, severity, ruleId: rule.id, messageId, reason });
    });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Line → rules switched off on it (an empty set means all rules). */
function disabledLines(rawLines: string[]): Map<number, Set<string>> {
  const disabled = new Map<number, Set<string>>();
  rawLines.forEach((raw, index) => {
    const m = DISABLE.exec(raw);
    if (!m) return;
    const ids = ruleIds(m[1]);
    // The next line with text: a blank line between the comment and its target is allowed.
    let target = index + 1;
    while (target < rawLines.length && rawLines[target].trim() === '') target++;
    disabled.set(target + 1, new Set(ids));
  });
  return disabled;
}

/** Rules named in `vawg-disable rule-id` comments, off for the whole file. */
function disabledForFile(rawLines: string[]): Set<string> {
  const off = new Set<string>();
  for (const raw of rawLines) {
    const m = DISABLE_FILE.exec(raw);
    if (m) for (const id of ruleIds(m[1])) off.add(id);
  }
  return off;
}

function ruleIds(text: string): string[] {
  return text.replace(/-->.*$/, '').split(/[\s,]+/).filter((id) => /^[a-z][\w-]*$/.test(id));
}
