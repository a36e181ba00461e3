import { dirname } from 'node:path';
import { bodyKey, bodyName as nameInTitle } from '../lexicon/bodies.js';
import type { Diagnostic, Meeting } from '../model/types.js';
import { editDistance } from '../text/normalise.js';
import { buildRegister, orderMeetings, type Register } from './register.js';

// A folder's meetings carry a few titles, each many times: each is read once.
const keyOfTitle = remembered(bodyKey);
const bodyName = remembered(nameInTitle);

function remembered(read: (title: string) => string): (title: string) => string {
  const known = new Map<string, string>();
  return (title) => {
    let value = known.get(title);
    if (value === undefined) {
      if (known.size > 10_000) known.clear();
      value = read(title);
      known.set(title, value);
    }
    return value;
  };
}

/** The meetings of one board, panel or committee, whose actions are carried from one of its meetings to the next. */
export interface Body {
  /** The configured name, else the name most of its meetings' titles give it; null when no meeting read had a title. */
  name: string | null;
  /** Its meetings, oldest first. */
  meetings: Meeting[];
}

export interface BodyRegister extends Body {
  register: Register;
}

export interface BodyOptions {
  /** The body the configuration names for a meeting (`body:` for its folder), or null to go by its title. */
  configured?: (meeting: Meeting) => string | null;
}

/**
 * Sorts meetings into bodies. A meeting's body is the one configured for it, else the one its title
 * names: titles are compared without "Minutes of the", the kind of meeting or a draft mark, and titles
 * a letter or two apart are one body, with a warning. A meeting with no title joins the body of the
 * titled meetings in its folder, else the only body; when neither says, it is kept apart, with a warning.
 */
export function groupBodies(meetings: Meeting[], options: BodyOptions = {}): { bodies: Body[]; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const configuredName = new Map<string, string>();
  const keyOf = new Map<Meeting, string>();
  const untitled: Meeting[] = [];
  for (const meeting of meetings) {
    const configured = options.configured?.(meeting) ?? null;
    const key = keyOfTitle(configured ?? meeting.title ?? '');
    if (configured !== null) configuredName.set(key, configured);
    if (key === '') untitled.push(meeting);
    else keyOf.set(meeting, key);
  }
  mergeNearTitles(keyOf, configuredName, warnings);
  placeUntitled(untitled, keyOf, warnings);
  const groups = new Map<string, Meeting[]>();
  for (const meeting of meetings) push(groups, keyOf.get(meeting)!, meeting);
  const bodies = [...groups].map(([key, members]) => ({ name: configuredName.get(key) ?? commonName(members), meetings: orderMeetings(members) }));
  bodies.sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
  return { bodies, warnings };
}

/** One register per body: an action is carried only through the later meetings of the body that raised it. */
export function buildBodyRegisters(meetings: Meeting[], options: BodyOptions = {}): { bodies: BodyRegister[]; warnings: Diagnostic[] } {
  const { bodies, warnings } = groupBodies(meetings, options);
  const registers = bodies.map((body) => ({ ...body, register: buildRegister(body.meetings, { body: body.name }) }));
  return { bodies: registers, warnings: [...warnings, ...registers.flatMap((b) => b.register.warnings)] };
}

/**
 * The body a user named: the one whose name, read as a title, is the name given, else the only one
 * containing it. `matches` lists the candidates when there is not exactly one (none: an unknown body).
 */
export function selectBody<T extends Body>(bodies: T[], wanted: string): { body: T } | { matches: T[] } {
  const key = bodyKey(wanted);
  const keyed = bodies.filter((b) => b.name !== null);
  const exact = keyed.filter((b) => bodyKey(b.name!) === key);
  const matches = exact.length > 0 || key === '' ? exact : keyed.filter((b) => bodyKey(b.name!).includes(key));
  return matches.length === 1 ? { body: matches[0] } : { matches };
}

/**
 * Folds a title into a body whose title differs from it by a typing slip: the same words but one, and
 * that one a letter apart (two in a long word), or the same letters spaced differently. The body with
 * more meetings keeps its name; a configured body always does. Numbers and short words never differ
 * by a slip: "Area 1 Panel" and "Area 2 Panel", "Panel A" and "Panel B" are different bodies.
 */
function mergeNearTitles(keyOf: Map<Meeting, string>, configured: Map<string, string>, warnings: Diagnostic[]): void {
  const members = new Map<string, Meeting[]>();
  for (const [meeting, key] of keyOf) push(members, key, meeting);
  if (members.size < 2) return;
  const weight = (key: string) => (configured.has(key) ? Infinity : members.get(key)!.length);
  const byWeight = [...members.keys()].sort((a, b) => weight(b) - weight(a));
  // Kept keys by the shapes a slip leaves alone: all words but one, or the letters without spaces.
  // A key is compared only with the kept keys that share one, not with every other.
  const kept = new Map<string, string[]>();
  const into = new Map<string, string>();
  for (const key of byWeight) {
    const near = configured.has(key) ? undefined : slipShapes(key).flatMap((shape) => kept.get(shape) ?? []).find((other) => isSlip(key, other));
    if (near === undefined) {
      for (const shape of slipShapes(key)) push(kept, shape, key);
      continue;
    }
    into.set(key, near);
    const [first, ...more] = members.get(key)!;
    warnings.push({
      file: first.file,
      line: 1,
      column: 1,
      severity: 'warning',
      ruleId: 'body-title',
      messageId: 'near-title',
      reason: `Title \`${first.title ?? key}\`${more.length > 0 ? ` (${more.length + 1} meetings)` : ''} read as the body \`${configured.get(near) ?? commonName(members.get(near)!) ?? near}\`, whose name differs only by a letter or two`,
    });
  }
  for (const [meeting, key] of keyOf) {
    const target = into.get(key);
    if (target !== undefined) keyOf.set(meeting, target);
  }
}

/** The shapes two keys a slip apart share at least one of: the key with one word blanked, and its letters without spaces. */
function slipShapes(key: string): string[] {
  const words = key.split(' ');
  // A word with a digit or under four letters is never the one a slip changed: no shape blanks it.
  const blanked = words.flatMap((word, i) => (word.length < 4 || /\d/.test(word) ? [] : [[...words.slice(0, i), '*', ...words.slice(i + 1)].join(' ')]));
  return [`=${words.join('')}`, ...blanked];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Two body keys a typing slip apart (see mergeNearTitles). */
export function isSlip(a: string, b: string): boolean {
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.flatMap((word, i) => (word === wordsB[i] ? [] : [[word, wordsB[i]]]));
  if (differing.length !== 1) return false;
  const [x, y] = differing[0];
  if (/\d/.test(x) || /\d/.test(y) || Math.min(x.length, y.length) < 4) return false;
  return editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1) || isSwap(x, y);
}

/** Two words the same but for two neighbouring letters swapped ("baord", "board"). */
function isSwap(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const at = [...x].findIndex((letter, i) => letter !== y[i]);
  return at >= 0 && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/**
 * Puts each untitled meeting in the body of the titled meetings in its folder, else in the only body,
 * else in a body of their own ('') with one warning for them all.
 */
function placeUntitled(untitled: Meeting[], keyOf: Map<Meeting, string>, warnings: Diagnostic[]): void {
  const all = new Set(keyOf.values());
  const byFolder = new Map<string, Set<string>>();
  for (const [meeting, key] of keyOf) {
    const folder = dirname(meeting.file);
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(key));
  }
  const apart: Meeting[] = [];
  for (const meeting of untitled) {
    const beside = byFolder.get(dirname(meeting.file)) ?? new Set();
    const key = beside.size === 1 ? [...beside][0] : all.size === 1 ? [...all][0] : '';
    keyOf.set(meeting, key);
    if (key === '' && all.size > 0) apart.push(meeting);
  }
  if (apart.length === 0) return;
  const one = apart.length === 1;
  warnings.push({
    file: apart[0].file,
    line: 1,
    column: 1,
    severity: 'warning',
    ruleId: 'body-title',
    messageId: 'no-title',
    reason: `${one ? 'The meeting has' : `This meeting and ${apart.length - 1} more have`} no title, and the minutes beside ${one ? 'it' : 'them'} belong to several bodies; ${one ? 'its' : 'their'} actions are kept as a body of their own (name it with \`body:\` in vawg.config.yaml)`,
  });
}

/** The name most of a body's meetings' titles give it (see bodyName); the latest meeting's breaks a tie. */
function commonName(meetings: Meeting[]): string | null {
  const names = new Map<Meeting, string>();
  const counts = new Map<string, number>();
  for (const meeting of meetings) {
    if (meeting.title === null) continue;
    const name = bodyName(meeting.title);
    names.set(meeting, name);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  const latestFirst = orderMeetings(meetings).reverse();
  const chosen = latestFirst.find((meeting) => counts.get(names.get(meeting) ?? '') === most);
  return chosen ? names.get(chosen)! : null;
}
