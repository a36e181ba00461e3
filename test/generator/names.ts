/** Invented personal names from several traditions, with the initials and handles minutes derive from them. */
import type { Rng } from './prng.js';

export const NAME_POOLS = ['british', 'double-barrelled', 'particles', 'accented', 'east-asian', 'west-african', 'south-asian', 'mixed'] as const;
export type NamePool = (typeof NAME_POOLS)[number];

const GIVEN: Record<Exclude<NamePool, 'mixed'>, string[]> = {
  british: ['Margaret', 'Desmond', 'Hannah', 'Gareth', 'Rosemary', 'Simon', 'Karen', 'Ewan', 'Philippa', 'Tobias', 'Harriet',
    'Dominic', 'Leah', 'Janet', 'Owain', 'Rhiannon', 'Bronwen', 'Hamish', 'Fiona', 'Callum', 'Imogen', 'Rupert', 'Glenys'],
  'double-barrelled': ['Beatrice', 'Aled', 'Tom', 'Peter', 'Deborah', 'Shelley', 'Pilar', 'Joe', 'Aisling', 'Rosalind', 'Femi'],
  particles: ['Marieke', 'Luc', 'Conor', 'Pieter', 'Carlos', 'Ines', 'Fergus', 'Aoife', 'Sophie', 'Ahmed', 'Rhodri', 'Liam'],
  accented: ['Zoë', 'Łukasz', 'Siobhán', 'Renée', 'José', 'Søren', 'Ágnes', 'Björn', 'François', 'Małgorzata', 'Núria', 'Oisín',
    'Chloë', 'Jürgen', 'Élodie'],
  'east-asian': ['Wei', 'Mei-Ling', 'Hiroshi', 'Yuki', 'Min-jun', 'Seo-yeon', 'Haruto', 'Xiaoming', 'Linh', 'Thanh', 'Jia Hui'],
  'west-african': ['Chidi', 'Ifeoma', 'Kwabena', 'Femi', 'Kofi', 'Adaeze', 'Oluwaseun', 'Abena', 'Babajide', 'Yaa'],
  'south-asian': ['Priya', 'Harjeet', 'Sunil', 'Imran', 'Farida', 'Sadia', 'Ravi', 'Anjali', 'Tariq', 'Sunita', 'Arjun'],
};

const FAMILY: Record<Exclude<NamePool, 'mixed'>, string[]> = {
  british: ['Penhaligon', 'Byatt', 'Tull', 'Fairweather', 'Lodge', 'Marsh', 'Stott', 'Greenslade', 'Wren', 'Fenwick', 'Cordery',
    'Ambrose', 'Treharne', 'Pike', 'Ashbury', 'Quinn', 'Beckwith', 'Stannard', 'Mottram', 'Prosser', 'Trelawney', 'Corrigan'],
  'double-barrelled': ['Bellingham-Cole', 'Ridgway-Barker', 'Hughes-Parry', 'Kerr-Williams', 'Llewellyn-Jones', 'Okonedo-Hale',
    'Varga-Nunes', 'Hart-Davies', 'Esteban-Ruiz', 'Solberg-Haug', 'Whitlock-Bailey', 'Carrow-Lyle'],
  particles: ['van der Berg', 'de Villiers', "O'Neill", 'McAllister', 'van Dijk', 'de la Cruz', 'dos Santos', 'MacLeod', "O'Brien",
    'Le Blanc', "d'Arcy", 'Al-Farsi', 'St John', 'FitzGerald', 'ap Rhys'],
  accented: ['Wiśniewski', 'Ó Súilleabháin', 'Müller', 'Håkansson', 'Núñez', 'Kovačević', 'Lefèvre', 'Dvořák', 'Østergaard',
    'Ní Bhriain', 'Söderström', 'Aubé'],
  'east-asian': ['Zhang', 'Tanaka', 'Kim', 'Park', 'Nakamura', 'Chen', 'Nguyen', 'Tran', 'Liu', 'Hamasaki', 'Wong', 'Takeda'],
  'west-african': ['Nwachukwu', 'Nwosu', 'Balogun', 'Mensah', 'Adeyemi', 'Okafor', 'Oyelaran', 'Okwuosa', 'Asante', 'Boateng'],
  'south-asian': ['Venkataraman', 'Sandhu', 'Gupta', 'Qureshi', 'Rahman', 'Chandrasekar', 'Mahmood', 'Lal', 'Chaudhry', 'Iyer'],
};

/** A person's name as the minutes write it, split where later shapes need the parts. */
export interface PersonName {
  given: string;
  family: string;
  full: string;
}

/** Draws `count` distinct names from a pool (`mixed` draws each name from a random pool). */
export function drawNames(pool: NamePool, count: number, rng: Rng): PersonName[] {
  const out: PersonName[] = [];
  const seen = new Set<string>();
  const pools = Object.keys(GIVEN) as Exclude<NamePool, 'mixed'>[];
  while (out.length < count) {
    const from = pool === 'mixed' ? rng.pick(pools) : pool;
    // Each name stays within its pool, so a pool's failure rate in the report is its own.
    const given = rng.pick(GIVEN[from]);
    const family = rng.pick(FAMILY[from]);
    const full = `${given} ${family}`;
    // Distinct family names while the pool has them, so surname references stay unambiguous.
    const familiesLeft = FAMILY[from].some((f) => !seen.has(f));
    if (seen.has(full) || (familiesLeft && seen.has(family))) continue;
    seen.add(full);
    seen.add(family);
    out.push({ given, family, full });
  }
  return out;
}

/**
 * Initials as secretariats write them: one letter per name part, particles in lower case ("MvdB", "ZHD"),
 * an elided particle too ("MdA" for Marieke d'Arcy).
 */
export function initialsOf(name: PersonName): string {
  return name.full
    .split(/[\s-]+/)
    .map((part) => part.replace(/^[^\p{L}]+/u, ''))
    .filter(Boolean)
    // An elided particle keeps the capital after it, as secretariats write it: "SdA" for Sophie d'Arcy.
    .map((part) => (/^\p{Lu}/u.test(part) ? part[0] : /^\p{Ll}['’]\p{Lu}/u.test(part) ? part[0] + part[2] : part[0].toLowerCase()))
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** A GitHub-style handle: first initial plus family name, ASCII only ("isolberg-haug" → "isolberghaug"). */
export function handleOf(name: PersonName): string {
  const ascii = (s: string) => s.replace(/Ł/g, 'L').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${ascii(name.given).slice(0, 1)}${ascii(name.family)}`;
}

export const INITIALS_CASES = ['upper', 'mixed'] as const;

/**
 * Initials in mixed case, as secretariats write them to tell two people apart: a first initial and two
 * letters of the family name ("HBy"), or three letters of the first name and a family initial ("SarG").
 */
export function mixedInitialsOf(name: PersonName, rng: Rng): string {
  const letters = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}]/gu, '');
  const given = letters(name.given);
  const family = letters(name.family);
  if (given.length < 3 || family.length < 2) return initialsOf(name);
  const withFamily = `${given[0].toUpperCase()}${family[0].toUpperCase()}${family[1].toLowerCase()}`;
  const withGiven = `${given[0].toUpperCase()}${given.slice(1, 3).toLowerCase()}${family[0].toUpperCase()}`;
  const drawn = rng.chance(0.5) ? withFamily : withGiven;
  // Nobody is given initials that read as the collective owner "All" ("ALl" for Aisling Llewellyn-Jones):
  // an owner written so is everyone, by CONVENTIONS.
  return /^all$/i.test(drawn) ? (drawn === withFamily ? withGiven : withFamily) : drawn;
}
