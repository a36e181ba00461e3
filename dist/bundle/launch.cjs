"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/launch.ts
var launch_exports = {};
__export(launch_exports, {
  launch: () => launch
});
module.exports = __toCommonJS(launch_exports);
var import_node_fs3 = require("node:fs");
var import_node_module = require("node:module");
var import_node_path3 = require("node:path");
var import_node_vm = __toESM(require("node:vm"), 1);

// node_modules/env-paths/index.js
var import_node_path = __toESM(require("node:path"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_process = __toESM(require("node:process"), 1);

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
var homedir = import_node_os.default.homedir();
var tmpdir = import_node_os.default.tmpdir();
var { env } = import_node_process.default;
var macos = (name) => {
  const library = import_node_path.default.join(homedir, "Library");
  return {
    data: import_node_path.default.join(library, "Application Support", name),
    config: import_node_path.default.join(library, "Preferences", name),
    cache: import_node_path.default.join(library, "Caches", name),
    log: import_node_path.default.join(library, "Logs", name),
    temp: import_node_path.default.join(tmpdir, name)
  };
};
var windows = (name) => {
  const appData = env.APPDATA || import_node_path.default.join(homedir, "AppData", "Roaming");
  const localAppData = env.LOCALAPPDATA || import_node_path.default.join(homedir, "AppData", "Local");
  return {
    // Data/config/cache/log are invented by me as Windows isn't opinionated about this
    data: import_node_path.default.join(localAppData, name, "Data"),
    config: import_node_path.default.join(appData, name, "Config"),
    cache: import_node_path.default.join(localAppData, name, "Cache"),
    log: import_node_path.default.join(localAppData, name, "Log"),
    temp: import_node_path.default.join(tmpdir, name)
  };
};
var linux = (name) => {
  const username = import_node_path.default.basename(homedir);
  return {
    data: import_node_path.default.join(env.XDG_DATA_HOME || import_node_path.default.join(homedir, ".local", "share"), name),
    config: import_node_path.default.join(env.XDG_CONFIG_HOME || import_node_path.default.join(homedir, ".config"), name),
    cache: import_node_path.default.join(env.XDG_CACHE_HOME || import_node_path.default.join(homedir, ".cache"), name),
    // https://wiki.debian.org/XDGBaseDirectorySpecification#state
    log: import_node_path.default.join(env.XDG_STATE_HOME || import_node_path.default.join(homedir, ".local", "state"), name),
    temp: import_node_path.default.join(tmpdir, username, name)
  };
};
function envPaths(name, { suffix = "nodejs" } = {}) {
  assertSafeFilename(name);
  if (suffix) {
    name += `-${suffix}`;
  }
  assertSafeFilename(name);
  if (import_node_process.default.platform === "darwin") {
    return macos(name);
  }
  if (import_node_process.default.platform === "win32") {
    return windows(name);
  }
  return linux(name);
}

// src/cache/cache-dir.ts
function defaultCacheDir(env2) {
  return env2.VAWG_CACHE_DIR || envPaths("vawg", { suffix: "" }).cache;
}

// src/fs/temporaries.ts
var import_node_fs = require("node:fs");
var import_node_path2 = require("node:path");
var TEMPORARY = /^\..+\.vawg-(\d+)-[0-9a-f]+\.tmp$/;
function temporaryPath(target) {
  return (0, import_node_path2.join)((0, import_node_path2.dirname)(target), `.${(0, import_node_path2.basename)(target)}.vawg-${process.pid}-${randomHex()}.tmp`);
}
function randomHex() {
  return Math.floor(Math.random() * 1099511627775).toString(16);
}
function removeStaleTemporaries(dir) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === void 0 || isAlive(Number(pid))) continue;
    try {
      (0, import_node_fs.unlinkSync)((0, import_node_path2.join)(dir, name));
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
var import_node_fs2 = require("node:fs");

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
    info = follow ? (0, import_node_fs2.statSync)(path2, { throwIfNoEntry: false }) : (0, import_node_fs2.lstatSync)(path2, { throwIfNoEntry: false });
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
    link = (0, import_node_fs2.lstatSync)(path2, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
  if (link === void 0) return void 0;
  if (link.isSymbolicLink()) return { problem: `${path2} is a symbolic link` };
  if (!link.isFile()) return { problem: `${path2} is not a regular file` };
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(path2, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NOFOLLOW ?? 0) | (import_node_fs2.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return error.code === "ELOOP" ? { problem: `${path2} is a symbolic link` } : void 0;
  }
  try {
    const info = (0, import_node_fs2.fstatSync)(fd);
    if (!info.isFile()) return { problem: `${path2} is not a regular file` };
    if (info.size > maxBytes) return { problem: `${path2} is larger than any file vawg writes there` };
    const problem = ownershipProblem(path2, info);
    if (problem) return { problem };
    return { bytes: readWhole(fd, info.size) };
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs2.closeSync)(fd);
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
    const read = (0, import_node_fs2.readSync)(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}

// src/cli/launch.ts
function launch(bundle, argv, env2) {
  const source = (0, import_node_fs3.readFileSync)(bundle, "utf8");
  const cache = wantsCache(argv) ? codeCache(bundle, argv, env2) : void 0;
  const script = new import_node_vm.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: bundle, cachedData: cache?.data });
  if (cache?.writable && (cache.data === void 0 || script.cachedDataRejected)) process.once("exit", () => saveCodeCache(cache.file, script));
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path3.dirname)(bundle));
  return module2.exports.main();
}
function wantsCache(argv) {
  const end = argv.indexOf("--");
  return !(end < 0 ? argv : argv.slice(0, end)).includes("--no-cache");
}
function codeCache(bundle, argv, env2) {
  const root = defaultCacheDir(env2);
  const file = codeCacheFile(root, bundle, argv);
  const folder = folderProblem(root, true) ?? folderProblem((0, import_node_path3.dirname)(file), false);
  const read = folder ? { problem: folder } : readTrusted(file, MAX_CODE_CACHE);
  if (read && "problem" in read) warnOnce(distrustWarning(read.problem), (text) => process.stderr.write(text));
  return { file, data: read && "bytes" in read ? read.bytes : void 0, writable: folder === void 0 };
}
var MAX_CODE_CACHE = 64 * 1024 * 1024;
function codeCacheFile(root, bundle, argv) {
  const first = argv.find((arg) => !arg.startsWith("-")) ?? "";
  const command = /^[a-z]{1,20}$/.test(first) ? first : "other";
  const info = (0, import_node_fs3.statSync)(bundle);
  return (0, import_node_path3.join)(root, "code", `${command}-${pathKey(bundle)}-${process.version}-${process.arch}-${info.size}-${Math.floor(info.mtimeMs)}.bin`);
}
function pathKey(path2) {
  let hash = 2166136261;
  for (let i = 0; i < path2.length; i++) hash = Math.imul(hash ^ path2.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
function saveCodeCache(file, script) {
  const temporary = temporaryPath(file);
  try {
    (0, import_node_fs3.mkdirSync)((0, import_node_path3.dirname)(file), { recursive: true, mode: PRIVATE_FOLDER });
    removeStaleTemporaries((0, import_node_path3.dirname)(file));
    (0, import_node_fs3.writeFileSync)(temporary, script.createCachedData(), { mode: PRIVATE_FILE, flag: "wx" });
    (0, import_node_fs3.renameSync)(temporary, file);
    const [command, install] = (0, import_node_path3.basename)(file).split("-");
    for (const other of (0, import_node_fs3.readdirSync)((0, import_node_path3.dirname)(file))) {
      if (other.startsWith(`${command}-${install}-`) && other.endsWith(".bin") && other !== (0, import_node_path3.basename)(file)) (0, import_node_fs3.unlinkSync)((0, import_node_path3.join)((0, import_node_path3.dirname)(file), other));
    }
  } catch {
    try {
      (0, import_node_fs3.unlinkSync)(temporary);
    } catch {
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  launch
});
