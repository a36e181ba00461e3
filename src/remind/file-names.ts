import { slugLibrary } from '../libraries.js';

// Names Windows reserves for devices, whatever the extension ("con.md" cannot be created there).
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_STEM = 60;

/**
 * A file name for each owner's digest that every system accepts: ASCII letters, digits and hyphens
 * (letters spelt in ASCII by slugify, anything else a hyphen), at most 60 characters before the extension, never a
 * device name. Names that come out the same (ignoring case, as Windows and macOS do) are numbered:
 * `jo-doe.md`, `jo-doe-2.md`.
 */
export function digestFileNames(owners: string[], extension: string): string[] {
  const taken = new Set<string>();
  return owners.map((owner) => {
    const stem = slug(owner);
    let name = `${stem}.${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function slug(text: string): string {
  // Punctuation first becomes a space, so that "Ä:B" and "etc/passwd" keep their words apart.
  const stem = slugLibrary()(text.replace(/[^\p{L}\p{N}]+/gu, ' '), { lower: true, strict: true, trim: true })
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  if (stem === '') return 'owner';
  return RESERVED.test(stem) ? `${stem}-owner` : stem;
}
