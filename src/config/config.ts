import { isAbsolute, relative, resolve } from 'node:path';
import type { DateOrder } from '../model/types.js';

/** vawg.config.yaml, validated. */
export interface Config {
  /** Globs (relative to the config file) naming the minutes files. */
  minutes: string[];
  /** Globs (relative to the config file) of files that folders and globs leave out. */
  ignores: string[];
  /** Whether folders and globs leave out what .gitignore files ignore (default true). */
  gitignore: boolean;
  /** `body: NAME`: every meeting read is of this body, whatever its title. */
  body: string | null;
  /** `body:` as a mapping: folder (relative to the config file) → the body whose minutes it holds. */
  bodyByFolder: Record<string, string>;
  /** Other names for people: "PD" → "Paul Dowie", "Hong Tang" → "Hong Tan". */
  aliases: Record<string, string>;
  dateOrder: DateOrder | null;
  /** Known commitments: number → title. */
  commitments: Record<number, string>;
  /** Extra status words meaning closed ("Signed off"). */
  closedWords: string[];
  /** E-mail addresses of owners (name → address), for `remind --format eml`: the only source of a To: header. */
  people: Record<string, string>;
  /** Known organisations, for owner checks. */
  organisations: string[];
  /** Lint rules: rule id → 'off' | 'warning' | 'error'. */
  rules: Record<string, 'off' | 'warning' | 'error'>;
  /** Folder of the config file; globs resolve from here. */
  root: string;
  /** The file the configuration came from; null when none was found (the defaults). */
  file: string | null;
}

/** A configuration problem, reported as one line naming the file and the key. */
export class ConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

const KEYS = new Set(['minutes', 'ignores', 'gitignore', 'body', 'aliases', 'dateOrder', 'commitments', 'closedWords', 'statusWords', 'organisations', 'people', 'rules']);

/** Checks a parsed YAML document against the config shape; throws ConfigError naming the bad key. */
export function validateConfig(data: unknown, file: string, root: string): Config {
  const fail = (message: string): never => {
    throw new ConfigError(file, message);
  };
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) fail('expected a mapping of settings at the top level');
  const raw = data as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) fail(`unknown setting \`${key}\` (expected one of ${[...KEYS].join(', ')})`);

  const strings = (key: string): string[] => {
    const value = raw[key];
    if (value === undefined) return [];
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) fail(`\`${key}\` must be a string or a list of strings`);
    return list as string[];
  };
  const mapping = (key: string): Record<string, unknown> => {
    const value = raw[key];
    if (value === undefined) return {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(`\`${key}\` must be a mapping`);
    return value as Record<string, unknown>;
  };

  // Keyed by text from the configuration: without a prototype, `__proto__` or `constructor` is an ordinary key.
  const aliases: Record<string, string> = Object.create(null);
  for (const [alias, name] of Object.entries(mapping('aliases'))) {
    if (typeof name !== 'string') fail(`\`aliases.${alias}\` must name a person, e.g. "PD: Paul Dowie"`);
    aliases[alias] = name as string;
  }
  const people: Record<string, string> = Object.create(null);
  for (const [name, address] of Object.entries(mapping('people'))) {
    if (typeof address !== 'string' || !isEmailAddress(address.trim())) fail(`\`people.${name}\` must be one e-mail address, e.g. "Paul Dowie: paul.dowie@example.org"`);
    people[name] = (address as string).trim();
  }
  const commitments: Record<number, string> = Object.create(null);
  for (const [number, title] of Object.entries(mapping('commitments'))) {
    if (!/^\d+$/.test(number)) fail(`\`commitments\` keys must be numbers, found \`${number}\``);
    commitments[+number] = title === null ? '' : String(title);
  }
  const rules: Config['rules'] = Object.create(null);
  for (const [rule, level] of Object.entries(mapping('rules'))) {
    const normalised = level === false ? 'off' : level === 'warn' ? 'warning' : level;
    if (normalised !== 'off' && normalised !== 'warning' && normalised !== 'error') fail(`\`rules.${rule}\` must be off, warning or error`);
    rules[rule] = normalised as Config['rules'][string];
  }
  const dateOrder = raw.dateOrder ?? null;
  if (dateOrder !== null && dateOrder !== 'dmy' && dateOrder !== 'mdy') fail('`dateOrder` must be dmy or mdy');
  const body = raw.body ?? null;
  const bodyByFolder: Record<string, string> = Object.create(null);
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    for (const [folder, name] of Object.entries(body)) {
      if (typeof name !== 'string' || name.trim() === '') fail(`\`body.${folder}\` must name a body, e.g. "minutes/board: Harrowshire Partnership Board"`);
      bodyByFolder[folder] = (name as string).trim();
    }
  } else if (body !== null && (typeof body !== 'string' || body.trim() === '')) fail('`body` must be a name, or a mapping from folder to name');
  const gitignore = raw.gitignore ?? true;
  if (typeof gitignore !== 'boolean') fail('`gitignore` must be true or false');

  return {
    minutes: strings('minutes'),
    ignores: strings('ignores'),
    gitignore: gitignore as boolean,
    body: typeof body === 'string' ? body.trim() : null,
    bodyByFolder,
    aliases,
    dateOrder: dateOrder as DateOrder | null,
    commitments,
    closedWords: [...strings('closedWords'), ...strings('statusWords')],
    organisations: strings('organisations'),
    people,
    rules,
    root,
    file: null,
  };
}

/** One e-mail address, with no spaces, angle brackets, commas or line breaks that could add a header or a recipient. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@<>,;"]+@[^\s@<>,;"]+$/.test(text);
}

/** The name an alias stands for: only a configured alias counts, never an inherited property such as `constructor`. */
export function aliasFor(aliases: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(aliases, name) ? aliases[name] : undefined;
}

/** The body the configuration names for a file (an absolute path): that of the deepest folder listed under `body:` holding it, else `body: NAME`, else null. */
export function configuredBody(config: Config, file: string): string | null {
  let best: { depth: number; name: string } | null = null;
  for (const [folder, name] of Object.entries(config.bodyByFolder)) {
    const path = relative(resolve(config.root, folder), file);
    if (path === '' || path.startsWith('..') || isAbsolute(path)) continue;
    const depth = resolve(config.root, folder).length;
    if (!best || depth > best.depth) best = { depth, name };
  }
  return best?.name ?? config.body;
}

export function emptyConfig(root: string): Config {
  return validateConfig({}, '(no config)', root);
}
