// The hash of everything the CLI bundle is built from. scripts/bundle.mjs writes it into the bundle as
// VAWG_BUILD (it keys the parse cache); scripts/check-bundle.mjs compares it with the sources.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';

export const root = join(import.meta.dirname, '..');

export async function sourceHash() {
  const hash = createHash('sha256');
  const files = await glob(['src/**/*.ts', 'scripts/bundle.mjs', 'package.json', 'package-lock.json'], { cwd: root });
  // Line endings are normalised: a checkout with CRLF builds the same bundle.
  for (const file of files.sort()) hash.update(file).update(readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n'));
  return hash.digest('hex').slice(0, 16);
}
