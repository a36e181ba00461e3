// src/cli/launch.ts
import { mkdirSync, readdirSync as readdirSync2, renameSync, statSync as statSync2, unlinkSync as unlinkSync2, writeFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename as basename2, dirname as dirname2, join as join2 } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";

// node_modules/env-paths/index.js
import path from "node:path";
import os from "node:os";
import process2 from "node:process";

// node_modules/is-safe-filename/index.js
var unsafeFilenameFixtures = Object.freeze([
  "",
  "   ",
  ".",
  "..",
  " .",
  ". ",
  " ..",
  ".. ",
  "../",
  "../foo",
  "foo/../bar",
  "foo/bar",
  "foo\\bar",
  "foo\0bar"
]);
function isSafeFilename(filename) {
  if (typeof filename !== "string") {
    return false;
  }
  const trimmed = filename.trim();
  return trimmed !== "" && trimmed !== "." && trimmed !== ".." && !filename.includes("/") && !filename.includes("\\") && !filename.includes("\0");
}
function assertSafeFilename(filename) {
  if (typeof filename !== "string") {
    throw new TypeError("Expected a string");
  }
  if (!isSafeFilename(filename)) {
    throw new Error(`Unsafe filename: ${JSON.stringify(filename)}`);
  }
}

// node_modules/env-paths/index.js
var homedir = os.homedir();
var tmpdir = os.tmpdir();
var { env } = process2;
var macos = (name) => {
  const library = path.join(homedir, "Library");
  return {
    data: path.join(library, "Application Support", name),
    config: path.join(library, "Preferences", name),
    cache: path.join(library, "Caches", name),
    log: path.join(library, "Logs", name),
    temp: path.join(tmpdir, name)
  };
};
var windows = (name) => {
  const appData = env.APPDATA || path.join(homedir, "AppData", "Roaming");
  const localAppData = env.LOCALAPPDATA || path.join(homedir, "AppData", "Local");
  return {
    // Data/config/cache/log are invented by me as Windows isn't opinionated about this
    data: path.join(localAppData, name, "Data"),
    config: path.join(appData, name, "Config"),
    cache: path.join(localAppData, name, "Cache"),
    log: path.join(localAppData, name, "Log"),
    temp: path.join(tmpdir, name)
  };
};
var linux = (name) => {
  const username = path.basename(homedir);
  return {
    data: path.join(env.XDG_DATA_HOME || path.join(homedir, ".local", "share"), name),
    config: path.join(env.XDG_CONFIG_HOME || path.join(homedir, ".config"), name),
    cache: path.join(env.XDG_CACHE_HOME || path.join(homedir, ".cache"), name),
    // https://wiki.debian.org/XDGBaseDirectorySpecification#state
    log: path.join(env.XDG_STATE_HOME || path.join(homedir, ".local", "state"), name),
    temp: path.join(tmpdir, username, name)
  };
};
function envPaths(name, { suffix = "nodejs" } = {}) {
  assertSafeFilename(name);
  if (suffix) {
    name += `-${suffix}`;
  }
  assertSafeFilename(name);
  if (process2.platform === "darwin") {
    return macos(name);
  }
  if (process2.platform === "win32") {
    return windows(name);
  }
  return linux(name);
}

// src/cache/cache-dir.ts
function defaultCacheDir(env2) {
  return env2.VAWG_CACHE_DIR || envPaths("vawg", { suffix: "" }).cache;
}

// src/fs/temporaries.ts
import { readdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var TEMPORARY = /^\..+\.vawg-(\d+)-[0-9a-f]+\.tmp$/;
function temporaryPath(target) {
  return join(dirname(target), `.${basename(target)}.vawg-${process.pid}-${randomHex()}.tmp`);
}
function randomHex() {
  return Math.floor(Math.random() * 1099511627775).toString(16);
}
function removeStaleTemporaries(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === void 0 || isAlive(Number(pid))) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
    }
  }
  return removed;
}
function isAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/cache/trust.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from "node:fs";

// src/emit/terminal.ts
var CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function oneLine(text) {
  return text.replace(CONTROL_OR_BREAK, visibleEscape);
}
function visibleEscape(char) {
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  if (char === "	") return "\\t";
  const code = char.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

// src/cache/trust.ts
function folderProblem(path2, follow) {
  let info;
  try {
    info = follow ? statSync(path2, { throwIfNoEntry: false }) : lstatSync(path2, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
  if (info === void 0) return void 0;
  if (info.isSymbolicLink()) return `${path2} is a symbolic link`;
  if (!info.isDirectory()) return void 0;
  return ownershipProblem(path2, info);
}
function readTrusted(path2, maxBytes) {
  let link;
  try {
    link = lstatSync(path2, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
  if (link === void 0) return void 0;
  if (link.isSymbolicLink()) return { problem: `${path2} is a symbolic link` };
  if (!link.isFile()) return { problem: `${path2} is not a regular file` };
  let fd;
  try {
    fd = openSync(path2, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return error.code === "ELOOP" ? { problem: `${path2} is a symbolic link` } : void 0;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: `${path2} is not a regular file` };
    if (info.size > maxBytes) return { problem: `${path2} is larger than any file vawg writes there` };
    const problem = ownershipProblem(path2, info);
    if (problem) return { problem };
    return { bytes: readWhole(fd, info.size) };
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function distrustWarning(problem) {
  return `vawg: warning: not using the cache: ${oneLine(problem)} (vawg uses only cache files and folders that are yours and that no one else can write; set VAWG_CACHE_DIR to another folder, or use --no-cache)
`;
}
function warnOnce(text, write) {
  const registry = globalThis;
  const warned = registry[WARNED] ??= /* @__PURE__ */ new Set();
  if (warned.has(text)) return;
  warned.add(text);
  write(text);
}
var WARNED = /* @__PURE__ */ Symbol.for("vawg.cache-warnings");
var PRIVATE_FOLDER = 448;
var PRIVATE_FILE = 384;
function ownershipProblem(path2, info) {
  if (process.getuid === void 0) return void 0;
  if (info.uid !== process.getuid()) return `${path2} belongs to another user`;
  if (info.mode & 2) return `${path2} can be written by every user`;
  if (info.mode & 16) return `${path2} can be written by its group`;
  return void 0;
}
function readWhole(fd, size) {
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}

// src/cli/launch.ts
function launch(bundle, argv, env2) {
  v8.setFlagsFromString("--no-regexp-tier-up");
  const source = readFileSync(bundle, "utf8");
  const cache = wantsCache(argv) ? codeCache(bundle, argv, env2) : void 0;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: bundle, cachedData: cache?.data });
  if (cache?.writable && (cache.data === void 0 || script.cachedDataRejected)) process.once("exit", () => saveCodeCache(cache.file, script));
  globalThis[/* @__PURE__ */ Symbol.for("vawg.import")] = (specifier) => import(specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname2(bundle));
  return module.exports.main();
}
function wantsCache(argv) {
  const end = argv.indexOf("--");
  return !(end < 0 ? argv : argv.slice(0, end)).includes("--no-cache");
}
function codeCache(bundle, argv, env2) {
  const root = defaultCacheDir(env2);
  const file = codeCacheFile(root, bundle, argv);
  const folder = folderProblem(root, true) ?? folderProblem(dirname2(file), false);
  const read = folder ? { problem: folder } : readTrusted(file, MAX_CODE_CACHE);
  if (read && "problem" in read) warnOnce(distrustWarning(read.problem), (text) => process.stderr.write(text));
  return { file, data: read && "bytes" in read ? read.bytes : void 0, writable: folder === void 0 };
}
var MAX_CODE_CACHE = 64 * 1024 * 1024;
function codeCacheFile(root, bundle, argv) {
  const first = argv.find((arg) => !arg.startsWith("-")) ?? "";
  const command = /^[a-z]{1,20}$/.test(first) ? first : "other";
  const info = statSync2(bundle);
  return join2(root, "code", `${command}-${process.version}-${process.arch}-${info.size}-${Math.floor(info.mtimeMs)}.bin`);
}
function saveCodeCache(file, script) {
  const temporary = temporaryPath(file);
  try {
    mkdirSync(dirname2(file), { recursive: true, mode: PRIVATE_FOLDER });
    removeStaleTemporaries(dirname2(file));
    writeFileSync(temporary, script.createCachedData(), { mode: PRIVATE_FILE, flag: "wx" });
    renameSync(temporary, file);
    const command = basename2(file).split("-")[0];
    for (const other of readdirSync2(dirname2(file))) {
      if (other.startsWith(`${command}-`) && other.endsWith(".bin") && other !== basename2(file)) unlinkSync2(join2(dirname2(file), other));
    }
  } catch {
    try {
      unlinkSync2(temporary);
    } catch {
    }
  }
}
export {
  launch
};
