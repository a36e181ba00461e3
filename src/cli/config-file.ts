import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { yamlLibrary } from '../libraries.js';
import { ConfigError, emptyConfig, validateConfig, type Config } from '../config/config.js';

export const CONFIG_NAMES = ['vawg.config.yaml', 'vawg.config.yml', '.vawgrc.yaml', '.vawgrc.yml'];

/** The nearest config file from `cwd` upwards, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
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
  return validateConfig(data, path, dirname(path));
}
