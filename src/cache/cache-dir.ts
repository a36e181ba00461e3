import envPaths from 'env-paths';

/**
 * Where vawg keeps what it caches (parsed meetings, compiled code): $VAWG_CACHE_DIR when set, else
 * the platform's user cache folder ($XDG_CACHE_HOME/vawg or ~/.cache/vawg on Linux,
 * ~/Library/Caches/vawg on macOS, %LOCALAPPDATA%\vawg\Cache on Windows).
 */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  return env.VAWG_CACHE_DIR || envPaths('vawg', { suffix: '' }).cache;
}
