/** Minutes of a given size in shapes that once made the parser slow or hungry, and an ordinary one to compare. */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function surname(i) {
  let s = '';
  for (let k = i, j = 0; j < 5; j++, k = Math.floor(k / 26)) s += LETTERS[k % 26];
  return s[0].toUpperCase() + s.slice(1);
}

/** Ordinary minutes: items, discussion and actions for three people. */
export function ordinaryMinutes(size) {
  const people = ['Jo Bloggs', 'Sam Lee', 'Ann Other'];
  const out = [`Board – 1 May 2024\n\nPresent: ${people.join(', ')}\n`];
  let length = out[0].length;
  for (let i = 0; length < size; i++) {
    const item = `${i}. Item ${i}\n\nMembers discussed the report in detail and noted the progress made.\n\nACTION (${people[i % 3]}) – Send report ${i} to members.\n`;
    out.push(item);
    length += item.length + 1;
  }
  return out.join('\n');
}

/** Every attendee owns an action with their name spelt one letter off. */
export function nearMissOwners(size) {
  const count = Math.floor(size / 52);
  const people = Array.from({ length: count }, (_, i) => `Alice ${surname(i)}`);
  return `Board – 1 May 2024\n\nPresent:\n${people.join('\n')}\n\n${people.map((p, i) => `ACTION (${p}x) – Send report ${i}.`).join('\n')}\n`;
}

/** Front matter with one key after another. */
export function manyKeys(size) {
  const count = Math.floor(size / 20);
  return `---\n${Array.from({ length: count }, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n\nBoard – 1 May 2024\n`;
}

/** Front matter with a `[` that never closes. */
export function unclosedBracket(size) {
  return `---\ntitle: [${'a, '.repeat(Math.floor(size / 3))}\n---\n\nBoard – 1 May 2024\n`;
}
