import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { yamlLibrary } from '../libraries.js';
import { ConfigError, emptyConfig, validateConfig, type Config } from '../config/config.js';

export const CONFIG_NAMES = ['vawg.config.yaml', 'vawg.config.yml', '.vawgrc.yaml', '.vawgrc.yml'];

/**
 * The nearest config file from `cwd` upwards, or null. The search ends at the repository's root (a
 * folder holding `.git`) or the home folder, whichever comes first: a file further up belongs to
 * someone else (a shared /tmp, another project) and must not switch rules off here. Outside both,
 * only `cwd` itself is searched.
 */
export function findConfig(cwd: string, home = homedir()): string | null {
  const start = resolve(cwd);
  const last = boundary(start, resolve(home)) ?? start;
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    if (dir === last || dirname(dir) === dir) return null;
  }
}

/** The nearest folder from `start` upwards that is a repository's root or the home folder. */
function boundary(start: string, home: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (dir === home || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** Loads and validates the config (an explicit path, else the nearest one); no file gives the defaults. */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return emptyConfig(cwd);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(path, 'cannot be read');
  }
  let data: unknown;
  try {
    data = yamlLibrary().parse(text);
  } catch (error) {
    throw new ConfigError(path, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { ...validateConfig(data, path, dirname(path)), file: path };
}
