import { aliasFor } from '../config/config.js';
import { stripHonorifics } from '../lexicon/names.js';
import type { Owner } from '../model/types.js';
import { fold } from '../text/normalise.js';

/**
 * Whether an owner is the one a user named (`--owner`), however the minutes wrote them: the full name,
 * one word of it (a first name or surname), the initials it makes or the minutes used, a title such as
 * `Cllr` aside, an organisation or role as written, or a configured alias, either way round.
 */
export function ownerMatches(owner: Owner, wanted: string, aliases: Record<string, string> = {}): boolean {
  const targets = new Set([wanted, aliasFor(aliases, wanted) ?? wanted].map(keyOf));
  // An alias whose person is the owner: `PD: Paul Dowie` makes `PD` name Paul Dowie, written either way.
  for (const [alias, name] of Object.entries(aliases)) if (keyOf(name) === keyOf(owner.name)) targets.add(keyOf(alias));
  targets.delete('');
  // And the name an alias written in the minutes stands for, when the parse left it as written.
  const name = keyOf(aliasFor(aliases, owner.name) ?? owner.name);
  const raw = keyOf(owner.raw);
  for (const target of targets) {
    if (target === name || target === raw || raw.startsWith(`${target} `)) return true;
    if (name.split(' ').includes(target)) return true;
  }
  const initials = owner.kind === 'person' ? initialsOf(owner.name) : '';
  return initials.length > 1 && [wanted, aliasFor(aliases, wanted) ?? wanted].some((text) => initialsKey(text) === initials);
}

function keyOf(text: string): string {
  return fold(stripHonorifics(text.trim()));
}

/** "PD" for Paul Dowie, "JLH" for Jo Lee-Hart, "ZØ" for Zoë Ødegård: the first letter of each word and hyphenated part. */
function initialsOf(name: string): string {
  return initialsKey(
    stripHonorifics(name)
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((part) => [...part][0])
      .join(''),
  );
}

/** Initials compared without case or accents ("ÉN" is "EN"); letters such as Ø that have no accent to lose stay. */
function initialsKey(text: string): string {
  return text.trim().normalize('NFD').replace(/[\u0300-\u036f.]/g, '').toUpperCase();
}
