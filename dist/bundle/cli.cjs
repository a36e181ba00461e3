const __vawgFileUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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

// src/emit/terminal.ts
function safeForTerminal(text3) {
  return text3.replace(SEQUENCE, "").replace(CONTROL, "");
}
function oneLine(text3) {
  return text3.replace(CONTROL_OR_BREAK, visibleEscape);
}
function visibleEscape(char) {
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  if (char === "	") return "\\t";
  const code = char.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
var CONTROL, CONTROL_OR_BREAK, SEQUENCE;
var init_terminal = __esm({
  "src/emit/terminal.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    SEQUENCE = /(?:\x1b\[|\u009b)[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g;
  }
});

// src/fs/temporaries.ts
function temporaryPath(target) {
  return (0, import_node_path.join)((0, import_node_path.dirname)(target), `.${(0, import_node_path.basename)(target)}.vawg-${process.pid}-${randomHex()}.tmp`);
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
  for (const name2 of names) {
    const pid = TEMPORARY.exec(name2)?.[1];
    if (pid === void 0 || isAlive(Number(pid))) continue;
    try {
      (0, import_node_fs.unlinkSync)((0, import_node_path.join)(dir, name2));
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
var import_node_fs, import_node_path, TEMPORARY;
var init_temporaries = __esm({
  "src/fs/temporaries.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    TEMPORARY = /^\..+\.vawg-(\d+)-[0-9a-f]+\.tmp$/;
  }
});

// src/cli/io.ts
function wantsColor(io, flag) {
  if (flag !== void 0) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0 && force !== "0" && force !== "false") return true;
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}
function tableWidth(io) {
  if (io.isTTY && io.stdoutColumns) return io.stdoutColumns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : Infinity;
}
async function writeFileAtomic(path2, text3) {
  const { realpath: realpath3, rename, stat: stat3, unlink, writeFile } = import_node_fs2.promises;
  const existing = await stat3(path2).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path2}: it is a folder`);
  if (existing && !existing.isFile()) {
    await writeFile(path2, text3).catch((error) => {
      throw new UsageError(`cannot write ${path2}: ${describeWriteError(error)}`);
    });
    return;
  }
  const target = existing ? await realpath3(path2) : path2;
  removeStaleTemporaries((0, import_node_path2.dirname)(target));
  const temporary = temporaryPath(target);
  pendingTemporaries.add(temporary);
  try {
    await writeDurably(temporary, text3, existing);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    throw new UsageError(`cannot write ${path2}: ${describeWriteError(error)}`);
  } finally {
    pendingTemporaries.delete(temporary);
  }
}
async function writeDurably(temporary, text3, replaced) {
  const handle = await import_node_fs2.promises.open(temporary, "wx", replaced ? 384 : 438);
  try {
    if (replaced) {
      await handle.chown(replaced.uid, replaced.gid).catch(() => void 0);
      await handle.chmod(replaced.mode & 4095);
    }
    await handle.writeFile(text3);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function makeDirectory(path2) {
  await import_node_fs2.promises.mkdir(path2, { recursive: true }).catch((error) => {
    throw new UsageError(`cannot make the folder ${path2}: ${error.code === "EEXIST" || error.code === "ENOTDIR" ? "a file is in the way" : describeWriteError(error)}`);
  });
}
function describeWriteError(error) {
  switch (error.code) {
    case "ENOENT":
    case "ENOTDIR":
      return "its folder does not exist";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied";
    case "ENOSPC":
      return "the disk is full";
    default:
      return error.code ?? error.message;
  }
}
function removeTemporaries() {
  for (const file of pendingTemporaries) {
    try {
      (0, import_node_fs2.unlinkSync)(file);
    } catch {
    }
  }
  pendingTemporaries.clear();
}
async function readAll(stream, limit = Infinity) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    size += buffer.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}
function nodeIo({ debug = false } = {}) {
  return {
    debug,
    stdout: (text3) => process.stdout.write(text3),
    stderr: (text3) => process.stderr.write(text3),
    readStdin: (limit) => readAll(process.stdin, limit),
    // `--out /dev/stdout` (or `-`) means standard output, which may be a socket that cannot be opened by name.
    writeFile: async (path2, text3) => {
      if (path2 === "-" || path2 === "/dev/stdout") process.stdout.write(text3);
      else await writeFileAtomic((0, import_node_path2.resolve)(path2), text3);
    },
    makeDirectory: (path2) => makeDirectory((0, import_node_path2.resolve)(path2)),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns ?? 80,
    stdoutColumns: process.stdout.columns
  };
}
var import_node_fs2, import_node_path2, EXIT, UsageError, WORKBOOK_NEEDS_OUT, pendingTemporaries;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_temporaries();
    EXIT = {
      ok: 0,
      /** An input could not be read, or (check) findings went over the limit. */
      failure: 1,
      /** Bad flags, bad configuration, or a refused output path. */
      usage: 2
    };
    UsageError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "UsageError";
      }
    };
    WORKBOOK_NEEDS_OUT = "--format xlsx writes a binary workbook: name the file with --out FILE";
    pendingTemporaries = /* @__PURE__ */ new Set();
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name2, description2) {
        this.description = description2 || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name2[0]) {
          case "<":
            this.required = true;
            this._name = name2.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name2.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name2;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value2, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value2];
        }
        previous.push(value2);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value2, description2) {
        this.defaultValue = value2;
        this.defaultValueDescription = description2;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// lazy-child-process:lazy
var require_lazy = __commonJS({
  "lazy-child-process:lazy"(exports2, module2) {
    module2.exports = new Proxy({}, { get: (_, name2) => require("node:child_process")[name2] });
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items2, helper) {
        if (items2.length === 0) return [];
        return [helper.styleTitle(heading), ...items2, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description2) {
          return helper.formatItem(term, termWidth, description2, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word2) => {
          if (word2 === "[options]") return this.styleOptionText(word2);
          if (word2 === "[command]") return this.styleSubcommandText(word2);
          if (word2[0] === "[" || word2[0] === "<")
            return this.styleArgumentText(word2);
          return this.styleCommandText(word2);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word2) => {
          if (word2 === "[options]") return this.styleOptionText(word2);
          if (word2[0] === "[" || word2[0] === "<")
            return this.styleArgumentText(word2);
          return this.styleSubcommandText(word2);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description2, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description2) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description2)) {
          formattedDescription = description2;
        } else {
          const wrappedDescription = helper.boxWrap(description2, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description2) {
        this.flags = flags;
        this.description = description2 || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value2, description2) {
        this.defaultValue = value2;
        this.defaultValueDescription = description2;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name2) {
        this.envVar = name2;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value2, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value2];
        }
        previous.push(value2);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value2, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value2, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value2);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word2) => {
        return str2 + word2[0].toUpperCase() + word2.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance2(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word2, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word2.startsWith("--");
      if (searchingOptions) {
        word2 = word2.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance2(word2, candidate);
        const length = Math.max(word2.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require_lazy();
    var path2 = require("node:path");
    var fs2 = require("node:fs");
    var process4 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name2) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name2 || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process4.stdout.write(str),
          writeErr: (str) => process4.stderr.write(str),
          outputError: (str, write2) => write2(str),
          getOutHelpWidth: () => process4.stdout.isTTY ? process4.stdout.columns : void 0,
          getErrHelpWidth: () => process4.stderr.isTTY ? process4.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process4.stdout.isTTY && process4.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process4.stderr.isTTY && process4.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name2, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name2);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name2) {
        return new _Command(name2);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name2, description2) {
        return new Argument2(name2, description2);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name2, description2, parseArg, defaultValue) {
        const argument = this.createArgument(name2, description2);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description2) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description2 ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description2) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process4.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description2) {
        return new Option2(flags, description2);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value2, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value2, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name2) => this._findCommand(name2)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name2 = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name2,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name2, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name2);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name2, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description2, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description2);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex2 = fn;
          fn = (val, def) => {
            const m = regex2.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description2, parseArg, defaultValue) {
        return this._optionEx({}, flags, description2, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description2, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description2,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value2) {
        return this.setOptionValueWithSource(key2, value2, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value2, source) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value2;
        } else {
          this._optionValues[key2] = value2;
        }
        this._optionValueSources[key2] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source = cmd.getOptionValueSource(key2);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process4.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process4.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process4.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process4.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs2.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path2.resolve(baseDir, baseName);
          if (fs2.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path2.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs2.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs2.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path2.resolve(
            path2.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path2.basename(
              this._scriptPath,
              path2.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path2.extname(executableFile));
        let proc;
        if (process4.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process4.execArgv).concat(args);
            proc = childProcess.spawn(process4.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process4.execArgv).concat(args);
          proc = childProcess.spawn(process4.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process4.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process4.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process4.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value2, previous) => {
          let parsedValue = value2;
          if (value2 !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value2}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value2,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value2 = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value2 = this.args.slice(index);
              if (declaredArg.parseArg) {
                value2 = value2.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value2 === void 0) {
              value2 = [];
            }
          } else if (index < this.args.length) {
            value2 = this.args[index];
            if (declaredArg.parseArg) {
              value2 = myParseArg(declaredArg, value2, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value2;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise2, fn) {
        if (promise2?.then && typeof promise2.then === "function") {
          return promise2.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise2, event) {
        let result = promise2;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback2) => {
            hooks.push({ hookedCommand, callback: callback2 });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise2, subCommand, event) {
        let result = promise2;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name2) {
        if (!name2) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name2 || cmd._aliases.includes(name2)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short2) => /^-\d$/.test(short2))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value2 = args[i++];
                if (value2 === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value2);
              } else if (option.optional) {
                let value2 = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value2 = args[i++];
                }
                this.emit(`option:${option.name()}`, value2);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key2 = this.options[i].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process4.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process4.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name2) {
        const message = `error: missing required argument '${name2}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description2) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description2 = description2 || "output the version number";
        const versionOption = this.createOption(flags, description2);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path2.basename(filename, path2.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path3) {
        if (path3 === void 0) return this._executableDir;
        this._executableDir = path3;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text3 = helper.formatHelp(this, helper);
        if (context.hasColors) return text3;
        return this._outputConfiguration.stripColor(text3);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write2 = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write: write2, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description2) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description2 ?? "display help for command"
        );
        if (flags || description2) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process4.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text3) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text3 === "function") {
            helpStr = text3({ error: context.error, command: context.command });
          } else {
            helpStr = text3;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process4.env.NO_COLOR || process4.env.FORCE_COLOR === "0" || process4.env.FORCE_COLOR === "false")
        return false;
      if (process4.env.FORCE_COLOR || process4.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name2) => new Command2(name2);
    exports2.createOption = (flags, description2) => new Option2(flags, description2);
    exports2.createArgument = (name2, description2) => new Argument2(name2, description2);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// import-through-file:import-module
var require_import_module = __commonJS({
  "import-through-file:import-module"(exports2) {
    exports2.importModule = (specifier) => require("./import-module.cjs")(specifier);
  }
});

// src/libraries.ts
function yamlLibrary() {
  yaml ??= load("yaml");
  return yaml;
}
function csvLibrary() {
  csv ??= load("csv-stringify/sync");
  return csv;
}
function iconvLibrary() {
  iconv ??= load("iconv-lite");
  return iconv;
}
function excelLibrary() {
  excel ??= load("exceljs");
  return excel;
}
function htmlLibrary() {
  html ??= load("parse5");
  return html;
}
function wordLibrary() {
  word ??= load("mammoth");
  return word;
}
function zipLibrary() {
  zip ??= load("jszip");
  return zip;
}
function xmlLibrary() {
  xml ??= load("@xmldom/xmldom");
  return xml;
}
function calendarLibrary() {
  calendar ??= load("ical-generator");
  return calendar;
}
function mailComposer() {
  mail ??= load("nodemailer/lib/mail-composer");
  return mail;
}
function slugLibrary() {
  slug ??= load("slugify");
  return slug;
}
function chartLibraries() {
  charts ??= Promise.all([(0, import_import_module.importModule)("vega"), (0, import_import_module.importModule)("vega-lite")]).then(([vega, vegaLite]) => ({ vega, vegaLite }));
  return charts;
}
function pdfLibrary() {
  pdf ??= quietly(() => (0, import_import_module.importModule)("pdfjs-dist/legacy/build/pdf.mjs"));
  return pdf;
}
async function quietly(load2) {
  const warn = console.warn;
  console.warn = () => {
  };
  try {
    return await load2();
  } finally {
    console.warn = warn;
  }
}
var import_node_module, import_import_module, load, yaml, csv, iconv, excel, html, word, zip, xml, calendar, mail, slug, charts, pdf;
var init_libraries = __esm({
  "src/libraries.ts"() {
    "use strict";
    import_node_module = require("node:module");
    import_import_module = __toESM(require_import_module(), 1);
    load = (0, import_node_module.createRequire)(__vawgFileUrl);
    yaml = null;
    csv = null;
    iconv = null;
    excel = null;
    html = null;
    word = null;
    zip = null;
    xml = null;
    calendar = null;
    mail = null;
    slug = null;
    charts = null;
    pdf = null;
  }
});

// src/read/decode.ts
function decodeWindows1252(bytes) {
  return iconvLibrary().decode(bytes, "windows-1252");
}
function decodeBytes(bytes) {
  if (bytes.length === 0) throw new DecodeError("empty", "the file is empty");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 255 && buffer[1] === 254) return checked({ text: new TextDecoder("utf-16le").decode(buffer.subarray(2)), encoding: "utf-16le" });
  if (buffer[0] === 254 && buffer[1] === 255) return checked({ text: new TextDecoder("utf-16be").decode(buffer.subarray(2)), encoding: "utf-16be" });
  if (looksBinary(buffer)) throw new DecodeError("binary", "the file is binary, not text minutes");
  const start = buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
  const body = buffer.subarray(start);
  try {
    return checked({ text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" });
  } catch {
    return checked({ text: decodeWindows1252(body), encoding: "windows-1252" });
  }
}
function checked(decoded) {
  if (decoded.text.trim() === "") throw new DecodeError("empty", "the file has no text");
  return decoded;
}
function looksBinary(buffer) {
  const sample = buffer.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === 0) return true;
    if (byte < 9 || byte > 13 && byte < 32) control++;
  }
  return control / sample.length > 0.1;
}
var DecodeError;
var init_decode = __esm({
  "src/read/decode.ts"() {
    "use strict";
    init_libraries();
    DecodeError = class extends Error {
      constructor(problem, message) {
        super(message);
        this.problem = problem;
        this.name = "DecodeError";
      }
      problem;
    };
  }
});

// src/text/letters.ts
function letterPattern(source, flags) {
  return new LetterPattern(source, flags);
}
function latin1Source(source, caseless) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const property = /^\\p\{(L|Lu|Ll|M)\}/.exec(source.slice(i, i + 6));
      if (property) {
        const ranges = LATIN1[property[1]][caseless ? "caseless" : "cased"];
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}
var NEEDS_FULL_CLASSES, LATIN1, LetterPattern;
var init_letters = __esm({
  "src/text/letters.ts"() {
    "use strict";
    NEEDS_FULL_CLASSES = /[^\u0000-\u00ff\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u27bf]/;
    LATIN1 = {
      L: { cased: "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff", caseless: "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff" },
      Lu: { cased: "A-Z\\u00c0-\\u00d6\\u00d8-\\u00de", caseless: "A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff" },
      Ll: { cased: "a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff", caseless: "A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff" },
      // Marks (combining accents) all lie beyond Latin-1.
      M: { cased: "", caseless: "" }
    };
    LetterPattern = class {
      constructor(source, flags) {
        this.source = source;
        this.flags = flags;
      }
      source;
      flags;
      latin1;
      full;
      /** The pattern to run on `text` (the same object for every text of the same kind, so `lastIndex` carries on). */
      for(text3) {
        if (NEEDS_FULL_CLASSES.test(text3)) return this.full ??= new RegExp(this.source, this.flags);
        return this.latin1 ??= new RegExp(latin1Source(this.source, this.flags.includes("i")), this.flags);
      }
      test(text3) {
        const pattern2 = this.for(text3);
        pattern2.lastIndex = 0;
        return pattern2.test(text3);
      }
      exec(text3) {
        const pattern2 = this.for(text3);
        if (pattern2.global || pattern2.sticky) pattern2.lastIndex = 0;
        return pattern2.exec(text3);
      }
    };
  }
});

// src/text/normalise.ts
function cleanLine(line) {
  return needsCleaning(line) ? cleanSpaces(line) : line.trim();
}
function needsCleaning(line) {
  return NEEDS_CLEANING.test(line);
}
function cleanSpaces(line) {
  return line.replace(ZERO_WIDTH, "").replace(SPACES, " ").replace(/[ \t]+/g, " ").trim();
}
function lowerCaseForMatching(text3) {
  if (text3.includes("\u0130") || text3.includes("\u212A")) return text3.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase());
  return text3.toLowerCase();
}
function stripInlineMarkup(text3) {
  if (!text3.includes("[") && !text3.includes("<") && !text3.includes("*") && !text3.includes("_")) return text3;
  return text3.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, "$1").replace(/<(https?:\/\/[^>\s]+|[^>\s@]+@[^>\s]+)>/g, "$1").replace(/\*\*([^*\n]+)\*\*/g, "$1").replace(/__([^_\n]+)__/g, "$1");
}
function fold(text3) {
  if (isPlainWords(text3)) return text3.toLowerCase();
  if (isAscii(text3)) return foldAscii(text3);
  return text3.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\u2018\u2019\u201b']/g, "").replace(/[^a-z0-9@\s]/g, " ").replace(/\s+/g, " ").trim();
}
function isPlainWords(text3) {
  let afterSpace = true;
  for (let i = 0; i < text3.length; i++) {
    const code = text3.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 64) afterSpace = false;
    else return false;
  }
  return !afterSpace || text3 === "";
}
function isAscii(text3) {
  for (let i = 0; i < text3.length; i++) if (text3.charCodeAt(i) > 127) return false;
  return true;
}
function foldAscii(text3) {
  let out = "";
  let gap = false;
  for (let i = 0; i < text3.length; i++) {
    let code = text3.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if (code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 64) {
      if (gap && out !== "") out += " ";
      gap = false;
      out += String.fromCharCode(code);
    } else if (code !== 39) gap = true;
  }
  return out;
}
function words(text3) {
  const folded = fold(text3);
  return folded === "" ? [] : folded.split(" ");
}
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
function startsUpperCase(text3) {
  const c = text3.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text3.slice(0, 2));
}
function startsLowerCase(text3) {
  const c = text3.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(text3.slice(0, 2));
}
function endsMidPhrase(text3) {
  return OPEN_END.test(text3);
}
function joinWrapped(first, second) {
  return HYPHEN_AT_WRAP.test(first) && startsUpperCase(second) ? `${first}${second}` : `${first} ${second}`;
}
var SPACES, ZERO_WIDTH, NEEDS_CLEANING, UPPER_FIRST, LOWER_FIRST, OPEN_END, HYPHEN_AT_WRAP;
var init_normalise = __esm({
  "src/text/normalise.ts"() {
    "use strict";
    init_letters();
    SPACES = /[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
    ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
    NEEDS_CLEANING = /[\t\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;
    UPPER_FIRST = letterPattern(String.raw`^\p{Lu}`, "u");
    LOWER_FIRST = letterPattern(String.raw`^\p{Ll}`, "u");
    OPEN_END = /\s(?:the|of|to|on|for|and|with|a|an|in|at|by|from|or)$/;
    HYPHEN_AT_WRAP = new RegExp("\\p{L}-$", "u");
  }
});

// src/read/pdf-lines.ts
function linesOf(pieces) {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups = [];
  for (const piece of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(piece.y - group[0].y) <= SAME_LINE * Math.max(piece.size, group[0].size)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.filter((group) => group.some((piece) => piece.text.trim() !== "")).map(lineOf);
}
function lineOf(group) {
  group.sort((a, b) => a.x - b.x);
  const size = most(group.map((piece) => piece.size));
  const segments = [];
  let current = null;
  let wordsEnd = 0;
  for (const piece of group) {
    const text3 = piece.text.replace(/\s+/g, " ").replace(SYMBOL_BULLETS, "\u2022");
    const blank = text3.trim() === "";
    if (blank && current && piece.width <= size && piece.x - current.end <= CELL_GAP * size) {
      if (!current.text.endsWith(" ")) current.text += " ";
      current.end = Math.max(current.end, piece.x + piece.width);
      continue;
    }
    if (blank) continue;
    const gap = current ? piece.x - current.end : 0;
    if (current && gap <= CELL_GAP * size) {
      const spaced = gap > WORD_GAP * size && !current.text.endsWith(" ") && !text3.startsWith(" ");
      if (spaced) current.text += " ";
      current.joins.push({ x: piece.x, at: current.text.length, from: wordsEnd });
      current.text += current.text.endsWith(" ") ? text3.trimStart() : text3;
      current.end = Math.max(current.end, piece.x + piece.width);
    } else {
      current = { text: text3.trimStart(), x: piece.x, end: piece.x + piece.width, joins: [] };
      segments.push(current);
    }
    wordsEnd = piece.x + piece.width;
  }
  for (const segment of segments) segment.text = segment.text.trimEnd();
  return { y: group[0].y, size, segments: mergeMarkers(segments), page: 0, region: 0, left: 0, right: 0 };
}
function mergeMarkers(segments) {
  if (segments.length < 2 || !LIST_MARKER.test(segments[0].text)) return segments;
  const [marker, text3, ...rest] = segments;
  const at = marker.text.length + 1;
  return [{ text: `${marker.text} ${text3.text}`, x: marker.x, end: text3.end, joins: [{ x: text3.x, at, from: marker.end }, ...text3.joins.map((join7) => ({ ...join7, at: join7.at + at }))] }, ...rest];
}
function lineText(line) {
  return line.segments.map((segment) => segment.text).join(" ");
}
function runningLines(pages) {
  const keyOf2 = (line) => `${Math.round(line.y / 3)}|${lineText(line).replace(/\d+/g, "#").toLowerCase()}`;
  const edges = pages.map((lines) => edgeIndexes(lines.length));
  const count3 = /* @__PURE__ */ new Map();
  pages.forEach((lines, page) => {
    for (const key2 of new Set(edges[page].map((index) => keyOf2(lines[index])))) count3.set(key2, (count3.get(key2) ?? 0) + 1);
  });
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, page) => new Set(edges[page].filter((index) => (count3.get(keyOf2(lines[index])) ?? 0) >= enough)));
}
function edgeIndexes(length) {
  return [...new Set([0, 1, length - 2, length - 1].filter((index) => index >= 0 && index < length))];
}
function gutterOf(pieces) {
  const text3 = pieces.filter((piece) => piece.text.trim() !== "");
  if (text3.length < 10 || text3.length > MAX_COLUMN_PIECES) return null;
  const left = least(text3.map((piece) => piece.x));
  const right = most(text3.map((piece) => piece.x + piece.width));
  const size = median(text3.map((piece) => piece.size));
  let best = null;
  for (let x = left + (right - left) * 0.3; x <= left + (right - left) * 0.7; x += 1) {
    const crossing = text3.filter((piece) => piece.x < x && piece.x + piece.width > x).length;
    if (crossing > text3.length * 0.1) continue;
    const onLeft = text3.filter((piece) => piece.x + piece.width <= x);
    const onRight = text3.filter((piece) => piece.x >= x);
    if (onLeft.length < text3.length * 0.3 || onRight.length < text3.length * 0.3) continue;
    const gap = least(onRight.map((piece) => piece.x)) - most(onLeft.map((piece) => piece.x + piece.width));
    const wide = most(onLeft.map((piece) => piece.x + piece.width)) - left >= MIN_COLUMN * size && right - least(onRight.map((piece) => piece.x)) >= MIN_COLUMN * size;
    if (gap >= size && wide && (!best || gap > best.gap)) best = { x, gap, onLeft, onRight };
  }
  return best && isProse(best.onLeft, size) && isProse(best.onRight, size) ? best.x : null;
}
function isProse(pieces, size) {
  const reach = most(pieces.map((piece) => piece.x + piece.width));
  const lines = linesOf(pieces);
  const full = lines.filter((line) => line.segments.length === 1 && line.segments[0].end >= reach - 4 * size);
  return lines.length >= 5 && full.length >= lines.length * 0.5;
}
function least(values) {
  let found = Infinity;
  for (const value2 of values) if (value2 < found) found = value2;
  return found;
}
function most(values) {
  let found = -Infinity;
  for (const value2 of values) if (value2 > found) found = value2;
  return found;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}
function regionsOf(pieces) {
  const gutter = gutterOf(pieces);
  if (gutter === null) return [pieces];
  const crosses = (piece) => piece.x < gutter && piece.x + piece.width > gutter;
  const crossing = pieces.filter(crosses);
  const columns = pieces.filter((piece) => !crosses(piece));
  const top = least(columns.map((piece) => piece.y));
  return [
    crossing.filter((piece) => piece.y < top),
    columns.filter((piece) => piece.x < gutter),
    columns.filter((piece) => piece.x >= gutter),
    crossing.filter((piece) => piece.y >= top)
  ].filter((region) => region.length > 0);
}
var SAME_LINE, CELL_GAP, WORD_GAP, SYMBOL_BULLETS, LIST_MARKER, MAX_COLUMN_PIECES, MIN_COLUMN;
var init_pdf_lines = __esm({
  "src/read/pdf-lines.ts"() {
    "use strict";
    SAME_LINE = 0.4;
    CELL_GAP = 0.32;
    WORD_GAP = 0.12;
    SYMBOL_BULLETS = /[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]/g;
    LIST_MARKER = /^(?:[\u2022\u25e6\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u2023\u2219\u00b7\-\u2013*+]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])$/i;
    MAX_COLUMN_PIECES = 2e4;
    MIN_COLUMN = 12;
  }
});

// src/read/pdf-columns.ts
function splitAtColumns(segment, starts) {
  const join7 = segment.joins.find((candidate) => starts.some((start) => start > segment.x + 3 && candidate.from <= start + 1 && candidate.x >= start - 2));
  if (!join7) return [segment];
  const left = { text: segment.text.slice(0, join7.at).trimEnd(), x: segment.x, end: join7.from, joins: segment.joins.filter((other) => other.at < join7.at) };
  const right = { text: segment.text.slice(join7.at).trim(), x: join7.x, end: segment.end, joins: segment.joins.filter((other) => other.at > join7.at).map((other) => ({ ...other, at: other.at - join7.at })) };
  return [left, ...splitAtColumns(right, starts)];
}
function columnStarts(bands) {
  const edges = alignedEdges(bands);
  const headers = headerLines(bands);
  const segments = bands.flat().flatMap((line) => {
    const header = headers.has(lineText(line));
    return line.segments.flatMap((segment) => splitAtColumns(segment, edges)).map((segment) => ({ ...segment, header }));
  });
  segments.sort((a, b) => a.x - b.x);
  const starts = [];
  let reach = -Infinity;
  for (let i = 0, left = 0; i < segments.length; i++) {
    const x = segments[i].x;
    while (segments[left].x < x - 3) reach = Math.max(reach, segments[left++].end);
    if (reach <= x + 1 && !starts.some((start) => Math.abs(start - x) <= 3)) starts.push(x);
  }
  return withoutCentredHeaders(starts, segments);
}
function headerLines(bands) {
  const first = bands.length > 1 ? bands[0] : bands[0].slice(0, 1);
  return new Set(first.map(lineText));
}
function withoutCentredHeaders(starts, segments) {
  const body = [];
  let first = 0;
  for (const start of starts) {
    while (first < segments.length && segments[first].x < start - 3) first++;
    for (let i = first; i < segments.length && segments[i].x <= start + 3; i++) {
      if (segments[i].header) continue;
      body.push(start);
      break;
    }
  }
  const centred = (segment) => {
    const previous = most(body.filter((start) => start <= segment.x + 3));
    const next = least(body.filter((start) => start > segment.x + 3));
    return next < Infinity && Math.abs((segment.x + segment.end) / 2 - (previous + next) / 2) <= CENTRED;
  };
  const headers = segments.filter((segment) => segment.header && !body.some((start) => Math.abs(segment.x - start) <= 3));
  const anyCentred = headers.some(centred);
  return starts.filter((start) => {
    if (body.includes(start) || start < body[0]) return true;
    const cells = headers.filter((segment) => Math.abs(segment.x - start) <= 3);
    const last = !body.some((other) => other > start);
    return !(cells.length > 0 && (last ? anyCentred : cells.every(centred)));
  });
}
function alignedEdges(bands) {
  const clusters = clustersOf(bands.flat().flatMap((line) => line.segments.flatMap((segment) => [segment.x, ...segment.joins.map((join7) => join7.x)])));
  const widest = most(bands.flat().map((line) => line.segments.length));
  const shared = clusters.filter((cluster) => cluster.length >= 2);
  if (shared.length >= widest) return shared.map((cluster) => cluster[0]);
  const rows = bands.map((band) => clustersOf(band.flatMap((line) => line.segments.map((segment) => segment.x))).map((cluster) => cluster[0]));
  const fullest = rows.reduce((most2, row2) => row2.length >= most2.length ? row2 : most2, []);
  return clustersOf([...shared.map((cluster) => cluster[0]), ...fullest]).map((cluster) => cluster[0]);
}
function clustersOf(values) {
  const clusters = [];
  for (const x of [...values].sort((a, b) => a - b)) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1] <= 3) last.push(x);
    else clusters.push([x]);
  }
  return clusters;
}
var CENTRED;
var init_pdf_columns = __esm({
  "src/read/pdf-columns.ts"() {
    "use strict";
    init_pdf_lines();
    CENTRED = 4;
  }
});

// src/read/pdf-tables.ts
function isTabular(band) {
  return band.some((line, index) => line.segments.length > 1 || index > 0 && sideBySide(band[index - 1], line));
}
function hasCellGap(band) {
  return band.some((line) => line.segments.some((segment) => segment.joins.some((join7) => join7.x - join7.from > CELL_GAP * line.size)));
}
function sideBySide(above, below) {
  const [start, end] = [above.segments[0].x, above.segments[above.segments.length - 1].end];
  const [belowStart, belowEnd] = [below.segments[0].x, below.segments[below.segments.length - 1].end];
  return below.page === above.page && below.y - above.y < SIDE_BY_SIDE * Math.max(above.size, below.size) && (belowStart >= end - 1 || belowEnd <= start + 1);
}
function fitsColumns(band, table2, after = []) {
  const starts = columnStarts([...table2.slice(0, SAMPLE), band, ...after]);
  const segments = band.flatMap((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)));
  const columns = segments.map((segment) => starts.findIndex((start) => Math.abs(start - segment.x) <= 3));
  const found = new Set(columns.filter((column) => column >= 0));
  return found.size > 1 || found.size === 1 && !found.has(0) && !columns.includes(-1);
}
function spansRow(band, table2, next) {
  const first = columnStarts([...table2.slice(0, SAMPLE), next])[0];
  return band.length <= 2 && band.every((line) => line.segments.length === 1 && Math.abs(line.segments[0].x - first) <= 1 && line.segments[0].x > line.left + 0.5);
}
function crossesColumns(band, table2) {
  if (table2.length < 2) return false;
  const starts = sharedStarts(table2);
  return band.some((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)).some((segment) => starts.some((start) => segment.x < start - 3 && segment.end > start + 1)));
}
function sharedStarts(table2) {
  const known = sampled.get(table2);
  if (known) return known;
  const sample = table2.slice(0, SAMPLE);
  const edges = sample.flat().flatMap((line) => line.segments.map((segment) => segment.x));
  const starts = columnStarts(sample).filter((start) => edges.filter((x) => Math.abs(x - start) <= 3).length >= 2);
  if (table2.length >= SAMPLE) sampled.set(table2, starts);
  return starts;
}
function tableOf(bands, across = /* @__PURE__ */ new Set()) {
  const starts = columnStarts(bands.filter((band) => !across.has(band)));
  const columnOf = (segment) => {
    const middle = (segment.x + segment.end) / 2;
    let column = 0;
    while (column + 1 < starts.length && starts[column + 1] <= middle) column++;
    return column;
  };
  const spaced = bands.some((band, index) => index > 0 && band[0].page === bands[index - 1][0].page);
  const headerBand = bands[0].map(lineText).join("\n");
  const rows = [];
  let afterHeader = false;
  bands.forEach((band, bandIndex) => {
    const newPage = bandIndex > 0 && band[0].page !== bands[bandIndex - 1][0].page;
    if (spaced && newPage && band.map(lineText).join("\n") === headerBand) {
      afterHeader = true;
      return;
    }
    const pageTop = newPage || afterHeader;
    afterHeader = false;
    if (across.has(band)) {
      rows.push({ cells: starts.map((_, column) => column === 0 ? band.flatMap((line) => line.segments) : []), page: band[0].page, pageTop });
      return;
    }
    const lines = band.map((line) => line.segments.flatMap((segment) => splitAtColumns(segment, starts)));
    const opening = spaced ? lines.flat() : lines[0];
    const continues2 = pageTop && rows.length > 0 && goesOn(opening, opening.map(columnOf));
    band.forEach((line, index) => {
      const segments = lines[index];
      const columns = segments.map(columnOf);
      const startsRow = index === 0 ? !continues2 : !spaced && columns.includes(0) && segments.length > 1;
      if (startsRow) rows.push({ cells: starts.map(() => []), page: line.page, pageTop: pageTop && index === 0 });
      segments.forEach((segment, i) => rows[rows.length - 1].cells[columns[i]].push(segment));
    });
  });
  const size = bands[0][0].size;
  const right = most(bands.flat().map((line) => line.segments[line.segments.length - 1].end));
  const ends = starts.map((_, column) => (column + 1 < starts.length ? starts[column + 1] - 0.25 * size : right) - 0.6 * size);
  const texts = rows.map((row2) => ({ cells: row2.cells.map((cell, column) => cellText(cell, ends[column])), page: row2.page, pageTop: row2.pageTop }));
  const header = texts[0]?.cells.join("	");
  return texts.filter((row2, index) => !(index > 0 && row2.pageTop && row2.cells.join("	") === header)).map(({ cells, page }) => ({ cells, page }));
}
function goesOn(segments, columns) {
  if (!columns.includes(0)) return true;
  const firsts = /* @__PURE__ */ new Map();
  segments.forEach((segment, index) => firsts.set(columns[index], firsts.get(columns[index]) ?? segment));
  return [...firsts.values()].every((segment) => new RegExp("^\\p{Ll}", "u").test(segment.text));
}
function cellText(segments, end) {
  let text3 = "";
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    const brokenWord = previous !== void 0 && (!previous.text.includes(" ") && previous.end >= end || /[\p{L}\d]-$/u.test(previous.text));
    text3 = index === 0 ? segment.text : `${text3}${brokenWord ? "" : " "}${segment.text}`;
  });
  return text3;
}
var SIDE_BY_SIDE, SAMPLE, sampled;
var init_pdf_tables = __esm({
  "src/read/pdf-tables.ts"() {
    "use strict";
    init_pdf_columns();
    init_pdf_lines();
    SIDE_BY_SIDE = 0.75;
    SAMPLE = 20;
    sampled = /* @__PURE__ */ new WeakMap();
  }
});

// src/read/pdf-blocks.ts
function blocksOf(lines, body) {
  const bands = bandsOf(lines);
  const blocks = [];
  let previous = { band: -1, blocks: 0 };
  for (let i = 0; i < bands.length; ) {
    if (!isTabular(bands[i])) {
      previous = { band: i, blocks: blocks.length };
      blocks.push(...bandBlocks(bands[i], body));
      i++;
      continue;
    }
    const above = bands[i - 1];
    const start = i > 0 && previous.band === i - 1 && above[0].page === bands[i][0].page && hasCellGap(above) && fitsColumns(above, [], rowsFrom(bands, i)) ? i - 1 : i;
    if (start < i) blocks.length = previous.blocks;
    const rows = bands.slice(start, i + 1);
    const across = /* @__PURE__ */ new Set();
    let end = i + 1;
    const belongs = (at) => (isTabular(bands[at]) || fitsColumns(bands[at], rows, rowsFrom(bands, at + 1))) && !crossesColumns(bands[at], rows);
    for (; ; ) {
      if (end < bands.length && belongs(end)) rows.push(bands[end++]);
      else if (end + 1 < bands.length && belongs(end + 1) && spansRow(bands[end], rows, bands[end + 1])) {
        across.add(bands[end]);
        rows.push(bands[end + 1]);
        end += 2;
      } else break;
    }
    blocks.push({ kind: "table", rows: tableOf(bands.slice(start, end), across) });
    i = end;
  }
  return blocks;
}
function rowsFrom(bands, from) {
  const rows = [];
  for (let at = from; at < bands.length && rows.length < 2 && (isTabular(bands[at]) || hasCellGap(bands[at])); at++) rows.push(bands[at]);
  return rows;
}
function bandsOf(lines) {
  const bands = [];
  for (const line of lines) {
    const band = bands[bands.length - 1];
    const last = band?.[band.length - 1];
    const together = last !== void 0 && Math.max(line.size, last.size) < HEADING_SCALE * Math.min(line.size, last.size) && (line.page === last.page && line.region === last.region && line.y - last.y <= PARAGRAPH_GAP * Math.max(line.size, last.size) || goesOnOverPage(last, line));
    if (together) band.push(line);
    else bands.push([line]);
  }
  return bands;
}
function goesOnOverPage(last, line) {
  if (line.page !== last.page + 1 || line.segments.length > 1 || last.segments.length > 1) return false;
  const text3 = lineText(line);
  return Math.abs(line.segments[0].x - last.segments[0].x) <= 1 && !endsShort(last, text3, line, line.size) && !ITEM.test(text3) && (new RegExp("^\\p{Ll}", "u").test(text3) || !/[.:;!?]$/.test(lineText(last)));
}
function bandBlocks(band, body) {
  const blocks = [];
  let current = null;
  band.forEach((line, index) => {
    const text3 = lineText(line);
    const previous = band[index - 1];
    const heading = line.size >= HEADING_SCALE * body;
    const wrapped = previous !== void 0 && current?.kind === "paragraph" && !endsShort(previous, text3, line, body) && Math.abs(line.segments[0].x - previous.segments[0].x) <= 1;
    const numbered = numberedItem(line, band[index + 1], body);
    const item = numbered ?? (wrapped && DASH.test(text3) ? null : ITEM.exec(text3));
    const startsAnew = !current || item !== null && !heading || heading !== (current.kind === "heading") || // A line that stops well short of the margin ended its paragraph (a line break, "Date: \u2026" then "Venue: \u2026").
    previous !== void 0 && endsShort(previous, text3, line, body) || // A line further left than the paragraph's own lines starts the next one.
    previous !== void 0 && current.kind === "item" && line.segments[0].x < previous.segments[0].x - body;
    if (startsAnew) {
      if (current) blocks.push(current);
      const kind = heading ? "heading" : item ? "item" : "paragraph";
      current = { kind, size: line.size, pages: [line.page], lines: [item && !heading ? text3.slice(item[0].length) : text3] };
      if (numbered && !heading) current.number = numbered[1];
    } else {
      current.lines.push(text3);
      current.pages.push(line.page);
    }
  });
  if (current) blocks.push(current);
  return blocks;
}
function numberedItem(line, next, body) {
  const first = line.segments[0];
  const match = NUMBER.exec(first.text);
  if (!match) return null;
  const textStart = first.joins.find((join7) => join7.at === match[0].length)?.x;
  if (textStart === void 0) return null;
  const hangs = next !== void 0 && Math.abs(next.segments[0].x - textStart) <= 1;
  return hangs || first.x >= line.left + body ? match : null;
}
function endsShort(previous, text3, line, body) {
  const inset = Math.abs(line.segments[0].x - previous.segments[0].x) <= 1 ? Math.max(0, previous.segments[0].x - line.left) : 0;
  return previous.segments[0].end + firstWordWidth(text3, line) < line.right - inset - body;
}
function firstWordWidth(text3, line) {
  return (text3.split(" ")[0].length + 1) * line.size * 0.5;
}
function bodySize(lines) {
  const characters = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const size = Math.round(line.size * 10) / 10;
    characters.set(size, (characters.get(size) ?? 0) + line.segments.reduce((sum, segment) => sum + segment.text.length, 0));
  }
  let best = 0;
  for (const [size, count3] of characters) if (count3 > (characters.get(best) ?? 0)) best = size;
  return best;
}
var PARAGRAPH_GAP, HEADING_SCALE, ITEM, DASH, NUMBER;
var init_pdf_blocks = __esm({
  "src/read/pdf-blocks.ts"() {
    "use strict";
    init_pdf_lines();
    init_pdf_tables();
    PARAGRAPH_GAP = 1.45;
    HEADING_SCALE = 1.15;
    ITEM = /^[\u2022\u25e6\u25aa\u25ab\u25a0\u25cf\u25cb\u2023\u2219\-\u2013*+]\s+(?=\S)/;
    DASH = /^[-\u2013]\s/;
    NUMBER = /^\(?(\d{1,3}|[a-zA-Z])[.)]\s+(?=\S)/;
  }
});

// src/text/html-escape.ts
function escapeHtml(text3) {
  return text3.replace(/[&<>"']/g, (char) => HTML_SPECIAL[char]);
}
var HTML_SPECIAL;
var init_html_escape = __esm({
  "src/text/html-escape.ts"() {
    "use strict";
    HTML_SPECIAL = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  }
});

// src/read/pdf.ts
async function pdfToHtml(bytes, maxSize) {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) throw new PdfError("is not a PDF (it does not start with %PDF-)");
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1").includes("%%EOF")) throw new PdfError("is not a readable PDF (it is truncated: its end-of-file mark is missing)");
  const pages = await readPages(bytes, maxSize);
  if (!pages.some((page) => page.some((piece) => piece.text.trim() !== ""))) throw new PdfError("has no text layer (a scanned document?); run OCR first");
  return htmlOf(documentBlocks(pages), pages.length);
}
async function readPages(bytes, maxSize) {
  let pdfjs;
  try {
    pdfjs = await pdfLibrary();
  } catch (error) {
    if (!("DOMMatrix" in globalThis)) throw new PdfError("cannot be read on this system: pdf.js needs the @napi-rs/canvas package, which is not installed (npm install @napi-rs/canvas)");
    throw error;
  }
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if (error.name === "PasswordException") throw new PdfError("is protected by a password; vawg cannot read it (save a copy without the password)");
    throw new PdfError(`is not a readable PDF (${firstLine(error)})`);
  }
  try {
    if (document.numPages > MAX_PAGES) throw new PdfError(`has ${document.numPages} pages, over the ${MAX_PAGES} that vawg reads`);
    const pages = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const height = page.view[3] - page.view[1];
      const content = await page.getTextContent();
      const pieces = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, , , x, y] = item.transform;
        pieces.push({ text: item.str, x: x - page.view[0], y: height - (y - page.view[1]), width: item.width, size: Math.hypot(a, b) || item.height });
        characters += item.str.length;
      }
      page.cleanup();
      if (characters > maxSize) throw new PdfError("holds more text than the --max-size limit (raise it with --max-size)");
      pages.push(pieces);
    }
    return pages;
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError(`is not a readable PDF (${firstLine(error)})`);
  } finally {
    await document.destroy();
  }
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
function documentBlocks(pages) {
  const running = runningLines(pages.map(linesOf));
  const regions = pages.map((pieces, page) => {
    const all = linesOf(pieces);
    const dropped = [...running[page]].map((index) => all[index]);
    return regionsOf(pieces.filter((piece) => !dropped.some((line) => onLine(piece, line)))).map(linesOf);
  });
  const margin = least(regions.flatMap((page) => page.length === 1 ? page[0].map((line) => line.segments[0].x) : []));
  const lines = regions.flatMap(
    (page, pageIndex) => page.flatMap((regionLines, index) => {
      const left = page.length === 1 ? margin : least(regionLines.map((line) => line.segments[0].x));
      const right = most(regionLines.map((line) => line.segments[line.segments.length - 1].end));
      return regionLines.map((line) => ({ ...line, page: pageIndex, region: index, left, right }));
    })
  );
  return blocksOf(lines, bodySize(lines));
}
function onLine(piece, line) {
  return Math.abs(piece.y - line.y) <= 0.4 * Math.max(piece.size, line.size) && piece.text.trim() !== "";
}
function htmlOf(blocks, pageCount) {
  const out = [];
  const pages = [];
  const compounds = hyphenatedWords(blocks);
  const headingSizes = [...new Set(blocks.flatMap((block) => block.kind === "heading" ? [block.size] : []))].sort((a, b) => b - a);
  for (const block of blocks) {
    const lines = blockHtml(block, headingSizes, compounds);
    out.push(...lines);
    if (block.kind === "table") pages.push(...block.rows.map((row2) => row2.page));
    else pages.push(...block.pages);
  }
  const pageStarts = Array.from({ length: pageCount }, (_, page) => {
    const first = pages.findIndex((other) => other >= page);
    return (first < 0 ? out.length : first) + 1;
  });
  if (out.length === 0) out.push("");
  return `<!DOCTYPE html><html><body>${out.join("\n")}</body></html>
${PAGE_STARTS}${pageStarts.join(" ")} -->
`;
}
function blockHtml(block, headingSizes, compounds) {
  if (block.kind === "table") {
    const rows = block.rows.map((row2) => `<tr>${row2.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`);
    if (rows.length > 0) {
      rows[0] = `<table>${rows[0]}`;
      rows[rows.length - 1] += "</table>";
    }
    return rows;
  }
  const lines = joinHyphenated(block.lines, compounds).map(withMarkup);
  const last = lines.length - 1;
  const [open, close] = block.kind === "heading" ? [`<h${Math.min(6, headingSizes.indexOf(block.size) + 1)}>`, `</h${Math.min(6, headingSizes.indexOf(block.size) + 1)}>`] : block.kind === "item" ? [`${listTag(block.number)}<li>`, `</li></${block.number ? "ol" : "ul"}>`] : ["<p>", "</p>"];
  lines[0] = open + lines[0];
  lines[last] += close;
  return lines;
}
function listTag(number) {
  if (!number) return "<ul>";
  if (/^\d+$/.test(number)) return `<ol start="${number}">`;
  const lower = number.toLowerCase();
  return `<ol type="${number === lower ? "a" : "A"}" start="${lower.charCodeAt(0) - 96}">`;
}
function joinHyphenated(lines, compounds) {
  const joined = [...lines];
  for (let i = 0; i + 1 < joined.length; i++) {
    if (!/[\p{L}\d]-$/u.test(joined[i]) || !/^[\p{L}\d]/u.test(joined[i + 1])) continue;
    const [word2, ...rest] = joined[i + 1].split(" ");
    const compound = `${/[\p{L}\d-]+$/u.exec(joined[i])[0]}${word2}`.replace(new RegExp("\\P{L}+$", "u"), "").toLowerCase();
    const dropHyphen = new RegExp("\\p{Ll}-$", "u").test(joined[i]) && new RegExp("^\\p{Ll}", "u").test(word2) && !compounds.has(compound);
    joined[i] = (dropHyphen ? joined[i].slice(0, -1) : joined[i]) + word2;
    joined[i + 1] = rest.join(" ");
  }
  return joined;
}
function hyphenatedWords(blocks) {
  const words2 = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    const texts = block.kind === "table" ? block.rows.flatMap((row2) => row2.cells) : block.lines;
    for (const text3 of texts) for (const [word2] of text3.matchAll(new RegExp("\\p{L}+(?:-\\p{L}+)+", "gu"))) words2.add(word2.toLowerCase());
  }
  return words2;
}
function withMarkup(text3) {
  const lead = /^\*\*([^*]+)\*\*(?=\s|$)/.exec(text3);
  const rest = stripInlineMarkup(lead ? text3.slice(lead[0].length) : text3);
  return lead ? `<b>${escapeHtml(lead[1])}</b>${escapeHtml(rest)}` : escapeHtml(rest);
}
function pageStartsOf(html2) {
  const at = html2.lastIndexOf(PAGE_STARTS);
  if (at < 0 || html2.length - at > 64 + 8 * MAX_PAGES) return void 0;
  const numbers = html2.slice(at + PAGE_STARTS.length).replace(/-->\s*$/, "").trim().split(" ").map(Number);
  return numbers.every(Number.isInteger) ? numbers : void 0;
}
function isPdfFile(file) {
  return /\.pdf$/i.test(file);
}
var PdfError, MAX_PAGES, PAGE_STARTS;
var init_pdf = __esm({
  "src/read/pdf.ts"() {
    "use strict";
    init_libraries();
    init_normalise();
    init_pdf_blocks();
    init_pdf_lines();
    init_html_escape();
    PdfError = class extends Error {
    };
    MAX_PAGES = 5e3;
    PAGE_STARTS = "<!-- vawg page starts: ";
  }
});

// src/read/word-numbering.ts
function headingNumbers(parts) {
  const { DOMParser } = xmlLibrary();
  const parse = (xml2) => new DOMParser({ errorHandler: () => {
  } }).parseFromString(xml2, "application/xml");
  const styles3 = readStyles(parts.styles ? parse(parts.styles) : null);
  const { nums, abstracts } = readNumbering(parts.numbering ? parse(parts.numbering) : null);
  const counters = /* @__PURE__ */ new Map();
  const labels2 = [];
  const paragraphs = parse(parts.document).getElementsByTagName("w:p");
  for (let i = 0; i < paragraphs.length; i++) {
    const properties2 = child(paragraphs[i], "w:pPr");
    const styleId = value(child(properties2, "w:pStyle")) ?? "";
    const style = styles3.get(styleId);
    const heading = HEADING_STYLE.test(style?.name ?? styleId);
    const numbering = child(properties2, "w:numPr");
    const numId = value(child(numbering, "w:numId")) ?? style?.numId;
    const depth = Number(value(child(numbering, "w:ilvl")) ?? style?.ilvl ?? 0) || 0;
    const abstractId = numId === void 0 ? void 0 : nums.get(numId);
    const levels = abstractId === void 0 ? void 0 : abstracts.get(abstractId);
    let label = null;
    if (abstractId !== void 0 && levels?.[depth]) {
      const counts = counters.get(abstractId) ?? [];
      counters.set(abstractId, counts);
      counts[depth] = (counts[depth] ?? levels[depth].start - 1) + 1;
      counts.length = depth + 1;
      label = formatLabel(levels, counts);
    }
    if (heading) labels2.push(label);
  }
  return labels2;
}
function formatLabel(levels, counts) {
  const level = levels[counts.length - 1];
  if (level.format === "bullet" || level.format === "none") return null;
  const label = level.text.replace(/%([1-9])/g, (_, n) => {
    const at = Number(n) - 1;
    return formatNumber(counts[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? "decimal");
  });
  return label.trim() === "" ? null : label.trim();
}
function formatNumber(count3, format2) {
  switch (format2) {
    case "upperRoman":
      return roman(count3);
    case "lowerRoman":
      return roman(count3).toLowerCase();
    case "upperLetter":
      return letters(count3);
    case "lowerLetter":
      return letters(count3).toLowerCase();
    case "decimalZero":
      return String(count3).padStart(2, "0");
    default:
      return String(count3);
  }
}
function roman(count3) {
  const numerals = [[1e3, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = count3;
  let out = "";
  for (const [size, numeral] of numerals) for (; rest >= size; rest -= size) out += numeral;
  return out;
}
function letters(count3) {
  const letter = String.fromCharCode(65 + (count3 - 1) % 26);
  return letter.repeat(Math.floor((count3 - 1) / 26) + 1);
}
function readStyles(root) {
  const styles3 = /* @__PURE__ */ new Map();
  const found = root?.getElementsByTagName("w:style");
  for (let i = 0; i < (found?.length ?? 0); i++) {
    const style = found[i];
    const numbering = child(child(style, "w:pPr"), "w:numPr");
    styles3.set(style.getAttribute("w:styleId") ?? "", { name: value(child(style, "w:name")) ?? "", numId: value(child(numbering, "w:numId")), ilvl: value(child(numbering, "w:ilvl")) });
  }
  return styles3;
}
function readNumbering(root) {
  const nums = /* @__PURE__ */ new Map();
  const abstracts = /* @__PURE__ */ new Map();
  const abstractNums = root?.getElementsByTagName("w:abstractNum");
  for (let i = 0; i < (abstractNums?.length ?? 0); i++) {
    const levels = [];
    const found = abstractNums[i].getElementsByTagName("w:lvl");
    for (let j = 0; j < found.length; j++) {
      const level = found[j];
      levels[Number(level.getAttribute("w:ilvl")) || 0] = { format: value(child(level, "w:numFmt")) ?? "decimal", text: value(child(level, "w:lvlText")) ?? "", start: Number(value(child(level, "w:start")) ?? 1) };
    }
    abstracts.set(abstractNums[i].getAttribute("w:abstractNumId") ?? "", levels);
  }
  const numElements = root?.getElementsByTagName("w:num");
  for (let i = 0; i < (numElements?.length ?? 0); i++) {
    const abstractId = value(child(numElements[i], "w:abstractNumId"));
    if (abstractId !== void 0) nums.set(numElements[i].getAttribute("w:numId") ?? "", abstractId);
  }
  return { nums, abstracts };
}
function child(element, name2) {
  for (let node = element?.firstChild; node; node = node.nextSibling) if (node.nodeType === 1 && node.tagName === name2) return node;
  return void 0;
}
function value(element) {
  return element?.getAttribute("w:val") ?? void 0;
}
var HEADING_STYLE;
var init_word_numbering = __esm({
  "src/read/word-numbering.ts"() {
    "use strict";
    init_libraries();
    HEADING_STYLE = /^(?:heading ?[1-6]|title|subtitle)$/i;
  }
});

// src/read/word.ts
async function wordToHtml(bytes, maxSize) {
  const older = compoundFileProblem(bytes);
  if (older) throw new WordError(older);
  if (!isZip(bytes)) throw new WordError("is not a Word document (.docx is a zip file, and this is not one)");
  const unpacked = unpackedSize(bytes);
  if (unpacked === null) throw new WordError("is not a readable Word document (the zip file is truncated or corrupt)");
  if (unpacked > XML_PER_TEXT * maxSize) throw new WordError(`unpacks to ${Math.round(unpacked / 1024 / 1024)} MB, over ${XML_PER_TEXT} times the --max-size limit`);
  const mammoth = wordLibrary();
  const numbers = [];
  let html2;
  let changes;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        externalFileAccess: false,
        transformDocument: (document) => {
          numberLists(document, numbers);
          return document;
        }
      }
    );
    const parts = await readParts(bytes);
    changes = parts.changes;
    html2 = withHeadingNumbers(result.value, parts.headings);
  } catch (error) {
    throw new WordError(`is not a readable Word document (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`);
  }
  return (changes ? UNACCEPTED_CHANGES : "") + oneBlockALine(withListStarts(html2, numbers));
}
async function readParts(bytes) {
  const zip2 = await zipLibrary().loadAsync(bytes);
  const read = (name2) => zip2.file(name2)?.async("string");
  const document = await read("word/document.xml");
  if (document === void 0) return { changes: false, headings: [] };
  const changes = /<w:(?:ins|del|moveFrom|moveTo)\b/.test(document);
  return { changes, headings: headingNumbers({ document, numbering: await read("word/numbering.xml"), styles: await read("word/styles.xml") }) };
}
function withHeadingNumbers(html2, numbers) {
  const headings = html2.match(/<h[1-6]>/g) ?? [];
  if (headings.length !== numbers.length || numbers.every((number) => number === null)) return html2;
  let index = 0;
  return html2.replace(/<h[1-6]>/g, (tag) => {
    const number = numbers[index++];
    return number === null ? tag : `${tag}${escapeHtml(number)} `;
  });
}
function compoundFileProblem(bytes) {
  if (!COMPOUND_FILE.every((byte, at) => bytes[at] === byte)) return null;
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (names.includes(Buffer.from("EncryptedPackage", "utf16le"))) return "is password-protected (an encrypted Word document); save a copy without the password and read that";
  if (names.includes(Buffer.from("WordDocument", "utf16le"))) return "is an old Word 97\u20132003 document (.doc); open it in Word or LibreOffice and save it as .docx";
  return "is an old Office document, not a .docx; open it in Word or LibreOffice and save it as .docx";
}
function unpackedSize(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at2 = bytes.length - 22; at2 >= 0 && at2 >= bytes.length - 22 - 65535; at2--) {
    if (view.getUint32(at2, true) === 101010256) {
      end = at2;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 33639248) return null;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4;
}
function numberLists(root, numbers) {
  const counters = /* @__PURE__ */ new Map();
  const visit = (element) => {
    if (element.type === "paragraph" && element.numbering) {
      const level = Number(element.numbering.level) || 0;
      for (const counter of counters.values()) if (counter.level > level) counter.count = 0;
      if (element.numbering.isOrdered) {
        const counter = counters.get(element.numbering) ?? { level, count: 0 };
        counter.count++;
        counters.set(element.numbering, counter);
        if (!HEADING_STYLE.test(element.styleName ?? element.styleId ?? "")) numbers.push(counter.count);
      }
    }
    for (const child2 of element.children ?? []) visit(child2);
  };
  visit(root);
}
function withListStarts(html2, numbers) {
  const open = [];
  let item = 0;
  const starts = [];
  const pendingOl = [];
  for (const tag of html2.matchAll(/<(\/?)(ol|ul|li)>/g)) {
    if (tag[1] === "/") {
      open.pop();
      continue;
    }
    if (tag[2] === "li" && open[open.length - 1] === "ol") {
      const number = numbers[item++] ?? 1;
      const waiting = pendingOl.pop();
      if (waiting !== void 0) starts[waiting] = number;
    }
    if (tag[2] === "ol") pendingOl.push(starts.push(1) - 1);
    open.push(tag[2]);
  }
  let index = 0;
  return html2.replace(/<ol>/g, () => {
    const start = starts[index++] ?? 1;
    return start === 1 ? "<ol>" : `<ol start="${start}">`;
  });
}
function oneBlockALine(html2) {
  return html2.replace(/<(?=(?:p|h[1-6]|li|tr)[\s>])/g, "\n<").replace(/^\n/, "");
}
function isWordFile(file) {
  return /\.docx$/i.test(file);
}
var WordError, UNACCEPTED_CHANGES, COMPOUND_FILE, XML_PER_TEXT;
var init_word = __esm({
  "src/read/word.ts"() {
    "use strict";
    init_libraries();
    init_word_numbering();
    init_html_escape();
    WordError = class extends Error {
    };
    UNACCEPTED_CHANGES = '<meta name="vawg-tracked-changes" content="not accepted">';
    COMPOUND_FILE = [208, 207, 17, 224, 161, 177, 26, 225];
    XML_PER_TEXT = 8;
  }
});

// src/read/file.ts
async function readMinutesFile(file, options = {}) {
  return decodeMinutes(file, await readMinutesBytes(file, options));
}
async function readMinutesBytes(file, options = {}) {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let bytes;
  if (file === "-") {
    if (!options.stdin) throw new InputError(file, "standard input is not available");
    bytes = await options.stdin(maxSize);
  } else {
    let fd;
    try {
      fd = (0, import_node_fs3.openSync)((0, import_node_path3.resolve)(options.cwd ?? ".", file), import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NONBLOCK ?? 0));
    } catch (error) {
      throw new InputError(file, describeFsError(error));
    }
    try {
      const info = (0, import_node_fs3.fstatSync)(fd);
      if (info.isDirectory()) throw new InputError(file, "is a directory, not a minutes file");
      if (!info.isFile()) throw new InputError(file, "is not a regular file");
      if (info.size > maxSize) throw new InputError(file, `is ${megabytes(info.size)}, over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
      bytes = (0, import_node_fs3.readFileSync)(fd);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(file, describeFsError(error));
    } finally {
      (0, import_node_fs3.closeSync)(fd);
    }
  }
  if (bytes.length > maxSize) throw new InputError(file, `is over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
  if (isWordFile(file)) return htmlBytes(file, () => wordToHtml(bytes, maxSize), maxSize);
  if (isPdfFile(file)) return htmlBytes(file, () => pdfToHtml(bytes, maxSize), maxSize);
  const older = compoundFileProblem(bytes);
  if (older) throw new InputError(file, older);
  return bytes;
}
async function htmlBytes(file, convert, maxSize) {
  let html2;
  try {
    html2 = await convert();
  } catch (error) {
    if (error instanceof WordError || error instanceof PdfError) throw new InputError(file, error.message);
    throw error;
  }
  const text3 = Buffer.from(html2, "utf8");
  if (text3.length > maxSize) throw new InputError(file, `holds ${megabytes(text3.length)} of text, over the ${megabytes(maxSize)} limit (raise it with --max-size)`);
  return text3;
}
function decodeMinutes(file, bytes) {
  try {
    return decodeBytes(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file, error.message);
    throw error;
  }
}
function describeFsError(error) {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a minutes file";
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}
function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
var import_node_fs3, import_node_path3, DEFAULT_MAX_SIZE, InputError;
var init_file = __esm({
  "src/read/file.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    init_decode();
    init_pdf();
    init_word();
    DEFAULT_MAX_SIZE = 20 * 1024 * 1024;
    InputError = class extends Error {
      constructor(file, problem) {
        super(`${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
        this.name = "InputError";
      }
      file;
      problem;
    };
  }
});

// src/text/dates.ts
function findDates(text3, options = {}) {
  const digit = text3.search(FIRST_DIGIT);
  if (digit < 0) return [];
  const order = options.order ?? "dmy";
  const found = [];
  const normalised2 = text3.includes("\xA0") ? text3.replace(/\u00a0/g, " ") : text3;
  for (const { regex: regex2, read, lead } of PATTERNS) {
    regex2.lastIndex = Math.max(0, digit - lead);
    for (let m = regex2.exec(normalised2); m; m = regex2.exec(normalised2)) {
      const parts = read(m, order);
      if (!parts) continue;
      const iso = toIso(parts, options.reference ?? null, options.before ?? null);
      if (!iso) continue;
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      found.push({ iso, index: m.index, length: m[0].length, hasYear: parts[0] !== null });
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}
function findDate(text3, options = {}) {
  return findDates(text3, options)[0] ?? null;
}
function parseDateCell(text3, options = {}) {
  const trimmed = text3.trim().replace(/[.,;]$/, "");
  const date = findDate(trimmed, options);
  if (!date) return null;
  const rest = (trimmed.slice(0, date.index) + trimmed.slice(date.index + date.length)).replace(/^(?:by|due|on|before)\b/i, "");
  return /[a-z]{3,}/i.test(rest.replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/gi, "")) ? null : date.iso;
}
function toIso([year, month, day], reference, before) {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  let y = year;
  if (y === null && reference) {
    const refYear = +reference.slice(0, 4);
    y = isoOf(refYear, month, day) < reference ? refYear + 1 : refYear;
  } else if (y === null && before) {
    const beforeYear = +before.slice(0, 4);
    y = isoOf(beforeYear, month, day) > before ? beforeYear - 1 : beforeYear;
  }
  if (y === null) return null;
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return isoOf(y, month, day);
}
function isoOf(year, month, day) {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function toClock(hours, minutes, meridiem) {
  let h = +hours;
  const m = +minutes;
  if (h > 23 || m > 59) return null;
  const suffix = meridiem?.replace(/\./g, "").toLowerCase();
  if (suffix === "pm" && h < 12) h += 12;
  if (suffix === "am" && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
function detectDateOrder(text3, knownDates = []) {
  let numericDayFirst = 0;
  let numericMonthFirst = 0;
  let agreesMonthFirst = 0;
  let agreesDayFirst = 0;
  let ambiguous = false;
  for (const m of text3.matchAll(NUMERIC)) {
    if (+m[1] > 12) numericDayFirst++;
    else if (+m[2] > 12) numericMonthFirst++;
    else if (m[1] !== m[2]) {
      ambiguous = true;
      if (knownDates.length === 0) continue;
      const year = m[3].length === 2 ? `20${m[3]}` : m[3];
      if (knownDates.includes(`${year}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`)) agreesMonthFirst++;
      if (knownDates.includes(`${year}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`)) agreesDayFirst++;
    }
  }
  if (numericDayFirst !== numericMonthFirst) return numericMonthFirst > numericDayFirst ? "mdy" : "dmy";
  const hasYear = SPACED_YEAR.test(text3);
  const lower = hasYear ? lowerCaseForMatching(text3) : "";
  const monthFirst = hasYear && COMMA_YEAR.test(text3) ? (lower.match(MONTH_FIRST) ?? []).length : 0;
  const dayFirst = hasYear ? (lower.match(DAY_FIRST) ?? []).length : 0;
  if (monthFirst !== dayFirst) return monthFirst > dayFirst ? "mdy" : "dmy";
  if (agreesMonthFirst !== agreesDayFirst) return agreesMonthFirst > agreesDayFirst ? "mdy" : "dmy";
  if (YEAR_FIRST_SLASHED.test(text3)) return "mdy";
  if (!ambiguous) return "dmy";
  const words2 = lower || lowerCaseForMatching(text3);
  return (words2.match(MONTH_DAY) ?? []).length > (words2.match(DAY_MONTH) ?? []).length ? "mdy" : "dmy";
}
function longDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || +match[2] < 1 || +match[2] > 12) return iso;
  return `${+match[3]} ${MONTH_NAMES[+match[2] - 1]} ${match[1]}`;
}
var MONTHS, MONTH, ORDINAL, PATTERNS, FIRST_DIGIT, MONTH_FIRST, DAY_FIRST, MONTH_DAY, DAY_MONTH, NUMERIC, SPACED_YEAR, COMMA_YEAR, YEAR_FIRST_SLASHED, MONTH_NAMES;
var init_dates = __esm({
  "src/text/dates.ts"() {
    "use strict";
    init_normalise();
    MONTHS = {
      jan: 1,
      january: 1,
      feb: 2,
      february: 2,
      mar: 3,
      march: 3,
      apr: 4,
      april: 4,
      may: 5,
      jun: 6,
      june: 6,
      jul: 7,
      july: 7,
      aug: 8,
      august: 8,
      sep: 9,
      sept: 9,
      september: 9,
      oct: 10,
      october: 10,
      nov: 11,
      november: 11,
      dec: 12,
      december: 12
    };
    MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    ORDINAL = "(?:st|nd|rd|th)?";
    PATTERNS = [
      // "2025-04-15", and "2025/04/15" or "2025.04.15" as Japanese, Chinese and Korean minutes (and some German ones) write it.
      { regex: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g, lead: 0, read: (m) => [+m[1], +m[3], +m[4]] },
      {
        lead: 0,
        regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
        read: (m, order) => {
          const year = m[3].length === 2 ? 2e3 + +m[3] : +m[3];
          return order === "mdy" ? [year, +m[1], +m[2]] : [year, +m[2], +m[1]];
        }
      },
      {
        // "28-07-2025", as Indian and some European minutes write it: with dashes, the year in full.
        lead: 0,
        regex: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g,
        read: (m, order) => order === "mdy" ? [+m[3], +m[1], +m[2]] : [+m[3], +m[2], +m[1]]
      },
      {
        // "14-Mar-2024", "14 Mar-24": spreadsheet and Word date formats.
        lead: 0,
        regex: new RegExp(`\\b(\\d{1,2})[- ]${MONTH}-(\\d{4}|\\d{2})\\b`, "gi"),
        read: (m) => [m[3].length === 2 ? 2e3 + +m[3] : +m[3], MONTHS[m[2].toLowerCase()], +m[1]]
      },
      {
        lead: 0,
        // "20th November, 2025", "the 20th day of November, 2025" (as deeds and company minutes write it).
        regex: new RegExp(`\\b(\\d{1,2})${ORDINAL}(?: day)?(?: of)? ${MONTH}\\.?(?:,? (\\d{4}))?\\b`, "gi"),
        read: (m) => [m[3] ? +m[3] : null, MONTHS[m[2].toLowerCase()], +m[1]]
      },
      {
        lead: "september. ".length,
        regex: new RegExp(`\\b${MONTH}\\.? (\\d{1,2})${ORDINAL}(?:,? (\\d{4}))?\\b(?![:.]\\d)`, "gi"),
        read: (m) => [m[3] ? +m[3] : null, MONTHS[m[1].toLowerCase()], +m[2]]
      }
    ];
    FIRST_DIGIT = /\d/;
    MONTH_FIRST = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\b`, "g");
    DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?,? \\d{4}\\b`, "g");
    MONTH_DAY = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, "g");
    DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b(?!\\.?,? \\d{4})`, "g");
    NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
    SPACED_YEAR = / \d{4}\b/;
    COMMA_YEAR = /, \d{4}\b/;
    YEAR_FIRST_SLASHED = /\b(?:19|20)\d{2}\/\d{1,2}\/\d{1,2}\b/;
    MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  }
});

// src/config/config.ts
function validateConfig(data, file, root) {
  const fail = (message) => {
    throw new ConfigError(file, message);
  };
  if (data === null || data === void 0) data = {};
  if (typeof data !== "object" || Array.isArray(data)) fail("expected a mapping of settings at the top level");
  const raw = data;
  for (const key2 of Object.keys(raw)) if (!KEYS.has(key2)) fail(`unknown setting \`${key2}\` (expected one of ${[...KEYS].join(", ")})`);
  const strings = (key2) => {
    const value2 = raw[key2];
    if (value2 === void 0) return [];
    const list = typeof value2 === "string" ? [value2] : value2;
    if (!Array.isArray(list) || !list.every((v) => typeof v === "string")) fail(`\`${key2}\` must be a string or a list of strings`);
    return list;
  };
  const mapping = (key2) => {
    const value2 = raw[key2];
    if (value2 === void 0) return {};
    if (value2 === null || typeof value2 !== "object" || Array.isArray(value2)) fail(`\`${key2}\` must be a mapping`);
    return value2;
  };
  const aliases = /* @__PURE__ */ Object.create(null);
  for (const [alias, name2] of Object.entries(mapping("aliases"))) {
    if (typeof name2 !== "string") fail(`\`aliases.${alias}\` must name a person, e.g. "PD: Paul Dowie"`);
    aliases[alias] = name2;
  }
  const people = /* @__PURE__ */ Object.create(null);
  for (const [name2, address] of Object.entries(mapping("people"))) {
    if (typeof address !== "string" || !isEmailAddress(address.trim())) fail(`\`people.${name2}\` must be one e-mail address, e.g. "Paul Dowie: paul.dowie@example.org"`);
    people[name2] = address.trim();
  }
  const commitments = /* @__PURE__ */ Object.create(null);
  for (const [number, title] of Object.entries(mapping("commitments"))) {
    if (!/^\d+$/.test(number)) fail(`\`commitments\` keys must be numbers, found \`${number}\``);
    commitments[+number] = title === null ? "" : String(title);
  }
  const rules = /* @__PURE__ */ Object.create(null);
  for (const [rule, level] of Object.entries(mapping("rules"))) {
    const normalised2 = level === false ? "off" : level === "warn" ? "warning" : level;
    if (normalised2 !== "off" && normalised2 !== "warning" && normalised2 !== "error") fail(`\`rules.${rule}\` must be off, warning or error`);
    rules[rule] = normalised2;
  }
  const dateOrder = raw.dateOrder ?? null;
  if (dateOrder !== null && dateOrder !== "dmy" && dateOrder !== "mdy") fail("`dateOrder` must be dmy or mdy");
  const body = raw.body ?? null;
  const bodyByFolder = /* @__PURE__ */ Object.create(null);
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    for (const [folder, name2] of Object.entries(body)) {
      if (typeof name2 !== "string" || name2.trim() === "") fail(`\`body.${folder}\` must name a body, e.g. "minutes/board: Harrowshire Partnership Board"`);
      bodyByFolder[folder] = name2.trim();
    }
  } else if (body !== null && (typeof body !== "string" || body.trim() === "")) fail("`body` must be a name, or a mapping from folder to name");
  const gitignore = raw.gitignore ?? true;
  if (typeof gitignore !== "boolean") fail("`gitignore` must be true or false");
  return {
    minutes: strings("minutes"),
    ignores: strings("ignores"),
    gitignore,
    body: typeof body === "string" ? body.trim() : null,
    bodyByFolder,
    aliases,
    dateOrder,
    commitments,
    closedWords: [...strings("closedWords"), ...strings("statusWords")],
    organisations: strings("organisations"),
    people,
    rules,
    root,
    file: null
  };
}
function isEmailAddress(text3) {
  return /^[^\s@<>,;"]+@[^\s@<>,;"]+$/.test(text3);
}
function aliasFor(aliases, name2) {
  return Object.hasOwn(aliases, name2) ? aliases[name2] : void 0;
}
function configuredBody(config, file) {
  let best = null;
  for (const [folder, name2] of Object.entries(config.bodyByFolder)) {
    const path2 = (0, import_node_path4.relative)((0, import_node_path4.resolve)(config.root, folder), file);
    if (path2 === "" || path2.startsWith("..") || (0, import_node_path4.isAbsolute)(path2)) continue;
    const depth = (0, import_node_path4.resolve)(config.root, folder).length;
    if (!best || depth > best.depth) best = { depth, name: name2 };
  }
  return best?.name ?? config.body;
}
function emptyConfig(root) {
  return validateConfig({}, "(no config)", root);
}
var import_node_path4, ConfigError, KEYS;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
    ConfigError = class extends Error {
      constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = "ConfigError";
      }
      file;
    };
    KEYS = /* @__PURE__ */ new Set(["minutes", "ignores", "gitignore", "body", "aliases", "dateOrder", "commitments", "closedWords", "statusWords", "organisations", "people", "rules"]);
  }
});

// src/text/similarity.ts
function contentWords(text3) {
  const set = new Set(words(text3).filter((word2) => !STOP_WORDS.has(word2)).map(stem));
  for (const run2 of text3.match(/(?:\b[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+/g) ?? []) {
    set.add(run2.split(/\s+/).map((word2) => word2[0].toLowerCase()).join(""));
  }
  return set;
}
function overlap(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const word2 of a) if (b.has(word2)) common++;
  return common / Math.min(a.size, b.size);
}
function textSimilarity(a, b) {
  return wordSimilarity(contentWords(a), contentWords(b));
}
function wordSimilarity(a, b) {
  if (a.size === 0 && b.size === 0) return 0.3;
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const word2 of a) if (b.has(word2)) common++;
  return 0.7 * (common / Math.min(a.size, b.size)) + 0.3 * (2 * common / (a.size + b.size));
}
function stem(word2) {
  if (word2.length <= 4) return word2;
  return word2.replace(/(?:ing|ed|es|e|s)$/, "");
}
var STOP_WORDS;
var init_similarity = __esm({
  "src/text/similarity.ts"() {
    "use strict";
    init_normalise();
    STOP_WORDS = new Set(
      "a an and are as at be by for from in into is it its of on or the their this to with will be all any our your".split(" ")
    );
  }
});

// src/check/rules/action-log.ts
function short(text3) {
  return text3.length > 50 ? `${text3.slice(0, 47)}\u2026` : text3;
}
var actionInLog, actionIdUnique;
var init_action_log = __esm({
  "src/check/rules/action-log.ts"() {
    "use strict";
    init_normalise();
    init_similarity();
    actionInLog = {
      id: "action-in-log",
      description: "Where the minutes keep an action log, every inline ACTION has a row in it and every row an inline ACTION",
      severity: "warning",
      check({ meeting, lines }, report2) {
        const addedToLog = lines.filter((line) => /added to the action log/i.test(line.text)).map((line) => contentWords(line.text));
        const hasLog = meeting.actions.some((a) => a.origin !== "inline");
        const hasInline = meeting.actions.some((a) => a.origin !== "log");
        if (!hasLog || !hasInline) return;
        for (const action of meeting.actions) {
          if (action.origin === "inline") report2({ line: action.lines[0] }, "missing-log-row", `Action \`${short(action.text)}\` has no row in the action log; add one`);
          if (action.origin === "log" && !addedToLog.some((words2) => overlap(words2, contentWords(action.text)) >= 0.5)) report2({ line: action.lines[0] }, "missing-inline-action", `Log row \`${short(action.text)}\` has no ACTION line in the minutes; add one where it was agreed`);
        }
      }
    };
    actionIdUnique = {
      id: "action-id-unique",
      description: "Action ids are not repeated within a meeting",
      severity: "error",
      check({ meeting }, report2) {
        const first = /* @__PURE__ */ new Map();
        for (const action of meeting.actions) {
          if (!action.id) continue;
          const id = fold(action.id);
          const line = action.lines[action.lines.length - 1];
          if (first.has(id)) report2({ line }, "duplicate-id", `Action id \`${action.id}\` is used twice (first at line ${first.get(id)}); give each action its own id`);
          else first.set(id, line);
        }
      }
    };
  }
});

// src/lexicon/actions.ts
function opensWithImperative(text3) {
  const space = text3.indexOf(" ");
  return space > 0 && IMPERATIVES.has(text3.slice(0, space)) && !NOUN_READING.test(text3.slice(space + 1));
}
function isImperative(word2) {
  return IMPERATIVES.has(word2.toLowerCase());
}
function mayHoldActionMarker(text3) {
  return ACTION_WORD.test(text3) || text3.startsWith("AP") || text3.startsWith("AI") || text3.startsWith("@") || opensWordedMarker(text3) || FOLLOW_UP.test(text3);
}
function readActionMarker(lineText2) {
  const text3 = isDigit(lineText2.charCodeAt(0)) ? lineText2.replace(PARAGRAPH_NUMBER, "") : lineText2;
  const point = text3.startsWith("AP") || text3.startsWith("AI") ? ACTION_POINT.exec(text3) : null;
  if (point) return { ownersRaw: point[1]?.trim() ?? null, body: point[2].trim(), number: null, emptyOwner: false, abbreviated: point[1] === void 0 };
  const addressed = text3.startsWith("@") ? ADDRESSED.exec(text3) : null;
  if (addressed && opensWithImperative(`${addressed[2]}${addressed[3]}`)) return { ownersRaw: addressed[1], body: `${addressed[2]}${addressed[3]}`.trim(), number: null, emptyOwner: false };
  const worded = opensWordedMarker(text3) ? WORDED_MARKER.exec(text3) : null;
  if (worded) return { ownersRaw: null, body: worded[1].trim(), number: null, emptyOwner: false };
  const followUp = (text3.charCodeAt(0) | 32) === 102 ? FOLLOW_UP.exec(text3) : null;
  if (followUp) return { ownersRaw: null, body: followUp[1].trim(), number: null, emptyOwner: false };
  const c = text3.charCodeAt(0) | 32;
  if (c !== 97 && c !== 110 || !ACTION_WORD.test(text3)) return null;
  const withOwner = WITH_OWNER.exec(text3);
  if (withOwner && !withOwner[2] && NOUN_READING.test(withOwner[3])) return null;
  if (withOwner) return { ownersRaw: withOwner[1].trim() || null, body: withOwner[3].trim(), number: null, emptyOwner: withOwner[1].trim() === "" };
  const numbered = NUMBERED.exec(text3);
  if (numbered) return { ownersRaw: null, body: numbered[2].trim(), number: numbered[1], emptyOwner: false };
  const officer = OFFICER_DASH.exec(text3);
  if (officer) return { ownersRaw: officer[1].trim(), body: (officer[2] ?? "").trim(), number: null, emptyOwner: false };
  const forOwner = FOR_OWNER.exec(text3);
  if (forOwner) return { ownersRaw: forOwner[1].trim(), body: forOwner[2].trim(), number: null, emptyOwner: false };
  const named = NAMED_OWNER.exec(text3);
  if (named && !NOT_OWNER.test(named[1])) return { ownersRaw: named[1], body: named[2].trim(), number: null, emptyOwner: false };
  const plain = PLAIN.exec(text3);
  if (plain) return { ownersRaw: null, body: plain[1].trim(), number: null, emptyOwner: false };
  return null;
}
function opensOwnerBracket(lineText2) {
  return (lineText2.charCodeAt(0) | 32) === 97 && OPEN_OWNER_BRACKET.test(lineText2);
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function readActionReference(text3) {
  const m = REFERENCE.exec(text3);
  return m ? { ref: m[1], wording: m[2].trim(), progress: m[3].trim() } : null;
}
function isNoAction(body) {
  return NO_ACTION.test(body);
}
function isEarlierActionsSection(lower) {
  return EARLIER_ACTIONS_SECTION.test(lower.replace(HEADING_NUMBER, ""));
}
function readTrailingStatus(text3, isStatus) {
  const tail = text3.length > 24 ? text3.slice(-24) : text3;
  const m = TRAILING_PHRASE.exec(tail);
  if (!m) return null;
  const phrase = m[1].replace(/\.$/, "").trim();
  const words2 = phrase.split(" ");
  const ok = (phrase.length === 1 ? /^[RAGB]$/.test(phrase) : RAG_WORD.test(phrase)) || words2.length <= 3 && isStatus(phrase) && (words2.length === 1 || !isStatus(words2[0]));
  return ok ? { text: text3.slice(0, text3.length - tail.length + m.index).trimEnd(), status: phrase } : null;
}
function readTrailingParenthesis(text3) {
  const closer = text3.endsWith("]") ? "]" : ")";
  const end = text3.endsWith(`${closer}.`) ? text3.length - 2 : text3.endsWith(closer) ? text3.length - 1 : -1;
  if (end < 0) return null;
  const open = text3.lastIndexOf(closer === "]" ? "[" : "(", end);
  if (open <= 0 || end - open > 160 || text3.charCodeAt(open - 1) !== 32) return null;
  const inside = text3.slice(open + 1, end).trim();
  const before = text3.slice(0, open).trim();
  return inside && before && !inside.includes(")") ? { text: before, inside } : null;
}
function isDoneMark(mark) {
  return /^(?:\u2705|\u2714|\u2611|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)/u.test(mark);
}
function isTickedGlyph(glyph) {
  if (/^[A-Z]/.test(glyph)) return /^(?:DONE|CANCEL+ED)$/.test(glyph);
  return glyph !== "\u2610" && glyph !== "[ ]" && glyph !== "[]";
}
function readActionFields(text3) {
  if (!/^[A-Za-z ]{2,20}:/.test(text3)) return null;
  const found = [...text3.matchAll(FIELD_LABEL)];
  if (found.length === 0 || found[0].index !== 0) return null;
  const fields = { ownersRaw: null, dueRaw: null, status: null };
  for (let k = 0; k < found.length; k++) {
    const start = found[k].index + found[k][0].length;
    const value2 = text3.slice(start, found[k + 1]?.index ?? text3.length).replace(/[\s;,|]+$/, "").replace(/^<([^<>]+)>$/, "$1");
    if (!value2) continue;
    const label = found[k][1];
    if (OWNER_FIELD.test(label)) fields.ownersRaw ??= value2;
    else if (STATUS_FIELD.test(label)) fields.status ??= value2;
    else fields.dueRaw ??= value2;
  }
  return fields.ownersRaw !== null || fields.dueRaw !== null || fields.status !== null ? fields : null;
}
var ACTION_WORD, ACTION_POINT, ADDRESSED, IMPERATIVES, NAMES_NO_ONE, NOUN_READING, WITH_OWNER, FOR_OWNER, NAMED_OWNER, NOT_OWNER, OFFICER_DASH, NUMBERED, FOLLOW_UP, PLAIN, PARAGRAPH_NUMBER, WORDED_MARKER, opensWordedMarker, NO_ACTION, OPEN_OWNER_BRACKET, REFERENCE, TRAILING_TAG, TOPICS_HEADING, ACTION_SECTION, HEADING_NUMBER, EARLIER_ACTIONS_SECTION, SECTION_WORDS, EARLIER_ACTIONS_LEAD_IN, ACTION_LEAD_IN, TRAILING_PHRASE, RAG_WORD, TASK_GLYPH, STATUS_MARK, TASK_KEYWORD, FIELD_LABEL, OWNER_FIELD, STATUS_FIELD, PROSE_TASK_VERB, PROSE_TASK_START, INSTRUCTION, TITLED_INSTRUCTION, DIRECTED, STAFF, GROUP_OWNER, WE_ASK, PRONOUN_TASK;
var init_actions = __esm({
  "src/lexicon/actions.ts"() {
    "use strict";
    ACTION_WORD = /action/i;
    ACTION_POINT = /^A[PI](?:\s?\(([^()]{1,60})\))?\s?(?::|[-\u2013\u2014](?=\s))\s*(.*)$/;
    ADDRESSED = /^@([A-Za-z][\w.'-]{0,30}):\s+([a-z]+)\b(.*)$/;
    IMPERATIVES = new Set(
      "ask pursue send draft review check contact write update prepare circulate chase confirm arrange email schedule create file post share investigate reach talk add remove fix submit publish book organise organize coordinate invite find get provide report respond raise bring put move follow set open close document research liaise collect compile obtain request notify inform remind ensure identify agree establish explore look work issue order recruit install repair replace renew apply upload deploy merge release announce translate summarise summarize present sign print pay buy purchase deliver distribute design test clarify reply return mail finish complete draw compose assess audit visit meet call phone text lead run hold host pull switch give make take start plan sort train produce finalise finalize quote spec connect sync align introduce demo migrate enable disable configure escalate track capture analyse analyze estimate scope validate verify approve nominate brief amend revise rewrite edit refresh seek secure negotiate source help facilitate outline consult engage inspect measure clean tidy paint trim mend forward thank claim invoice reconcile transfer allocate register archive delete rename prioritise prioritize triage assign reassign benchmark refactor ship launch pilot prototype define decide determine settle convene monitor cut bump backport rebase nudge pair vote trial propose recommend advise collate discuss consider explain attend join".split(" ")
    );
    NAMES_NO_ONE = /^(?:unassigned|not assigned|no owner|no one|nobody|none|tbc|tbd|n\/a)$/i;
    NOUN_READING = /^(?:is|are|was|were|has|have|had|will|would|should|can|could|may|might|of|seems?)\b/;
    WITH_OWNER = /^actions?\s*\(([^()]{0,200})\)\s*([:\-\u2013\u2014.]+\s*)?(.*)$/i;
    FOR_OWNER = /^actions?(?: items?| points?)? for ([^:]{1,160}):\s*(.*)$/i;
    NAMED_OWNER = /^(?:ACTION|Action) ([A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|&|and))*):\s*(\S.*)$/;
    NOT_OWNER = /^(?:items?|points?|log|required|taken|summary|list|plan|updates?|arising|agreed|notes?|no|number|ref|tracker|officers?|owners?|lead|by|for)\b/i;
    OFFICER_DASH = /^action (?:officers?|owners?|by|lead):\s*([^:\u2013\u2014]{1,80}?)\s+[-\u2013\u2014](?:\s+(.*))?$/i;
    NUMBERED = /^action #(\d{1,3}):\s*(.*)$/i;
    FOLLOW_UP = /^follow[- ]?up(?: action)?\s*:\s*(\S.*)$/i;
    PLAIN = /^(?:agreed |new )?actions?(?: points?| items?)?\s*(?::|[-\u2013\u2014](?=\s|$))\s*(.*)$/i;
    PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+/;
    WORDED_MARKER = /^(?:directions? (?:given )?to staff|to do(?!:? \[[ xX]?\]))\s*(?::|[-\u2013\u2014](?=\s))\s*(\S.*)$/i;
    opensWordedMarker = (text3) => {
      const c = text3.charCodeAt(0) | 32;
      return (c === 100 || c === 116) && WORDED_MARKER.test(text3);
    };
    NO_ACTION = /^(?:none|nothing|nil|n\/a|no (?:new |further )?actions?|not applicable)\b/i;
    OPEN_OWNER_BRACKET = /^(?:actions?\s*\([^()]{0,200}|action (?:officers?|owners?|by|lead):[^:\u2013\u2014]{0,120}|actions?(?: items?| points?)? for [^:]{1,120})$/i;
    REFERENCE = /^action (\d{1,4}(?:[/.-]\d{1,4})?) \(([^()]{1,300})\):? (.+)$/i;
    TRAILING_TAG = /[.!?]\s+\(?(?:[Aa]ctions?|ACTIONS?)\s*[:\u2013\u2014-]\s*|[.!?]\s+ACTIONS? (?=[A-Z][A-Za-z]{1,3}\b)/g;
    TOPICS_HEADING = /^(?:talking points|agenda(?: items)?|discussion (?:topics|points|items)|topics(?: discussed)?)$/i;
    ACTION_SECTION = /^(?:\d{1,3}[.:)]?\s+|[ivx]{1,5}[.:)]\s+)?(?:summary of |new |agreed |management |board |staff )?(?:actions?(?: items?| points?| agreed| arising| list| log| summary| required)?|next steps|follow[- ]ups?(?: tasks| items| actions)?|to ?dos?|tasks|directions? (?:given )?to staff)\s*:?$/;
    HEADING_NUMBER = /^(?:\d{1,3}[.:)]? |[a-h][.)] |(?:[a-z]{1,5}|\d{1,4})\/[\d/]{1,10}\.? {1,2}|[a-z]{1,4}\.\d{2}\.\d{1,3} |min\.? \d{1,4}\/(?:[a-z]{1,8}\/){1,3}\d{2,4}: )/;
    EARLIER_ACTIONS_SECTION = /^(?:the following )?(?:matters arising|(?:old|unfinished) business(?: [\u2013\u2014-] [^:]{1,40})?|business arising(?: from (?:the )?(?:previous|last) (?:minutes|meeting))?|actions? from (?:the )?(?:previous|last) (?:meetings?|time|checkpoint|session|call|catch-up|review)|(?:outstanding|pending|completed|closed|open) action(?: item| point)?s|previous (?:actions?(?: items| points)?|ais)|follow[- ]ups? (?:on|of|to) (?:the )?(?:prior|previous|earlier|outstanding|open) action(?: item| point)?s|review(?: of)? (?:(?:previous|outstanding|open) )?action(?: item| point)?s|action log review|progress on actions|actions? (?:update|review)|(?:review of )?(?:the )?last (?:week|meeting|sync|time|retro|retrospective|sprint|session|call)['\u2019]s (?:action(?: item| point)?s|tasks|to-?dos)|(?:actions?|action items) from (?:the )?(?:review of )?[a-z]{2,8}-\d{1,6}(?: \([^()]{1,30}\))?(?: [\u2013\u2014-] review)?|(?:actions?|action items|action points|follow[- ]ups) from (?:the |our )?(?:last|previous|prior) (?:sync|call|week|meetings?)|(?:actions?|action items|action points) carried (?:over |forward )?from [\w ,]{3,30}|carried (?:over |forward )?from (?:the )?(?:last|previous) (?:week|meeting|sync|call)|carried (?:over|forward)|outstanding from (?:last time|(?:the )?last meeting|(?:the )?previous meeting)|status (?:of|on) (?:the )?(?:action |open |outstanding )?(?:items|actions)(?: from (?:the )?[\w ,]{3,40})?|(?:actions?|follow[- ]ups) from the [a-z]{3,9}(?: \d{4})? meeting(?: were reported)?|(?:actions?|action items|action points|follow[- ]ups|follow[- ]up items) from (?:the )?(?:meeting (?:of|on) )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}(?: \d{4})?|[a-z]{3,9} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)(?: meeting)?)(?: from [\w /.,]+)?(?: ?\([^()]*\))? ?:?$/;
    SECTION_WORDS = /action|previous ais|matters arising|business arising|old business|unfinished business|follow|next steps|to ?do|task|to staff|carried|status o/i;
    EARLIER_ACTIONS_LEAD_IN = /\b(?:open|outstanding|previous|earlier|existing) (?:actions|action items|action points|tasks)\b[^:]{0,40}:$/;
    ACTION_LEAD_IN = /\b(?:the following|these) (?:follow[- ]up items|actions|action items|action points|tasks|next steps)\b[^:]{0,40}:$/;
    TRAILING_PHRASE = / [-\u2013\u2014] ([^\s\u2013\u2014-][^\u2013\u2014]{0,19})$/;
    RAG_WORD = /^(?:red|amber|green|blue|[RAGB])$/i;
    TASK_GLYPH = /^(?:to ?do:\s*)?([\u2610\u2611\u2612]|\[[ xX]?\])\s?/i;
    STATUS_MARK = /^(\u2705|\u2714\ufe0f?|\u2611\ufe0f|\u23f3|\u231b|\u274c|\u2717|\u2718|\u26a0\ufe0f?|\u2b1c|\u{1f532}|\u{1f504}|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|hourglass(?:_flowing_sand)?|x|black_square_button|white_square_button|white_large_square|arrows_counterclockwise):)\s?/u;
    TASK_KEYWORD = /^(?:\{\{\[\[)?(TODO|DOING|NOW|LATER|WAITING|IN-PROGRESS|DONE|CANCEL+ED)(?:\]\]\}\})?(?: \[#[A-C]\])? (?![A-Z]{2}|[-\u2013\u2014])/;
    FIELD_LABEL = /(?:^|[\s;,|]\s*)(lead(?: officer)?|owners?|responsible(?: officer| person)?|assigned to|assignees?|action by|by whom|who|due(?: date| by)?|deadline|scheduled|target(?: date)?|timescales?|timelines?|by when|completion date|status):\s*/gi;
    OWNER_FIELD = /^(?:lead|owner|responsible|assign|action by|by whom|who)/i;
    STATUS_FIELD = /^status/i;
    PROSE_TASK_VERB = "(?:to|will|agreed to|undertook to|(?:was|were) (?:directed|requested|asked|tasked) to)";
    PROSE_TASK_START = new RegExp(String.raw`(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|[A-Z][a-z]+ member [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&|of)){0,4}) ${PROSE_TASK_VERB} (?:also |now )?(?!be\b|have\b|not\b|the\b|a\b|an\b)[a-z]`, "y");
    INSTRUCTION = /^(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4}) to (?:also |now )?[a-z]/;
    TITLED_INSTRUCTION = /^(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?|(?:The )?Clerk) (?:to|will) [a-z]/;
    DIRECTED = /(?:(?:The )?(?:Board|Council|City Council|Commission|Committee) )?[Dd]irected (staff|(?:the )?[A-Z][\w.'\u2019-]*(?: (?:of|for|and|&|the|[A-Z][\w.'\u2019-]*)){0,6}) to (?=[a-z])/y;
    STAFF = /^(?:staff|officers|management)$/i;
    GROUP_OWNER = /^(?:all|everyone|everybody|all members|staff)\b/i;
    WE_ASK = /We ask ((?:[A-Z][\w.'\u2019-]*(?: |$)){1,4})to (?=[a-z])/y;
    PRONOUN_TASK = /(?:He|She) (?:will|agreed to) (?:also )?(?!be\b|have\b|not\b)(?=[a-z])/y;
  }
});

// src/check/rules/action-malformed.ts
function oneSlipFrom(word2, target) {
  if (word2 === target || Math.abs(word2.length - target.length) > 1) return false;
  if (word2.length === target.length) {
    const diff = [...word2].flatMap((c, i) => c === target[i] ? [] : [i]);
    return diff.length === 1 || diff.length === 2 && diff[1] === diff[0] + 1 && word2[diff[0]] === target[diff[1]] && word2[diff[1]] === target[diff[0]];
  }
  const [long, short2] = word2.length > target.length ? [word2, target] : [target, word2];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short2) return true;
  return false;
}
var FIRST_WORD, REAL_WORDS, HEADING_WORDS, actionMalformed;
var init_action_malformed = __esm({
  "src/check/rules/action-malformed.ts"() {
    "use strict";
    init_actions();
    FIRST_WORD = /^(?:[-*\u2022] )?(?:\*\*)?(?:\d{1,3}(?:\.\d{1,3})*\.? )?([A-Za-z]{4,8})\b(.*)$/;
    REAL_WORDS = /* @__PURE__ */ new Set(["ACTIONS", "FACTION", "AUCTION", "TACTION"]);
    HEADING_WORDS = /^(?:log|logs|points?|items?|agreed|arising|plan|plans|list|taken|required|summary|tracker|update|updates|from|by|on|owner|owners|due|status|ref|no\.?|number)\b|^$/i;
    actionMalformed = {
      id: "action-malformed",
      description: "ACTION lines read `ACTION (owner) \u2013 text`, `ACTION: owner to text` or `ACTION owner: text`",
      severity: "error",
      check({ lines, rawLines }, report2) {
        for (const [index, line] of lines.entries()) {
          const m = FIRST_WORD.exec(line.text.replace(/\*\*/g, ""));
          if (!m) continue;
          const word2 = m[1];
          const raw = rawLines[line.line - 1] ?? "";
          const place = { line: line.line, column: Math.max(0, raw.indexOf(word2)) + 1 };
          if (!/^actions?$/i.test(word2) && word2 === word2.toUpperCase() && oneSlipFrom(word2, "ACTION") && !REAL_WORDS.has(word2)) {
            report2(place, "misspelt-marker", `Unexpected \`${word2}\`, expected \`ACTION\``);
            continue;
          }
          if (word2 !== "ACTION") continue;
          const rest = m[2].replace(/\s+/g, " ").trimStart();
          if (HEADING_WORDS.test(rest) && !/^(?:points?|items?) ?[:\u2013\u2014-]/i.test(rest)) continue;
          const text3 = line.text.replace(/\*\*/g, "").replace(/^\d{1,3}(?:\.\d{1,3})*\.? /, "");
          const next = lines[index + 1];
          const marker = readActionMarker(opensOwnerBracket(text3) && next && !next.blockStart ? `${text3} ${next.text}` : text3);
          if (!marker) report2(place, "owner-not-bracketed", `Unexpected \`${raw.trim().slice(0, 40)}\`, expected \`ACTION (owner) \u2013 text\``);
          else if (marker.emptyOwner) report2(place, "missing-owner", "Unexpected `ACTION ()` without an owner, expected `ACTION (owner) \u2013 text`");
          else if (marker.body === "") report2(place, "missing-text", "Unexpected `ACTION` without text, expected `ACTION (owner) \u2013 text`");
        }
      }
    };
  }
});

// src/check/rules/attendance-sections.ts
var attendeesSection, apologiesSection;
var init_attendance_sections = __esm({
  "src/check/rules/attendance-sections.ts"() {
    "use strict";
    attendeesSection = {
      id: "attendees-section",
      description: "The minutes list who attended",
      severity: "error",
      check({ meeting }, report2) {
        if (meeting.attendees.length === 0) report2({ line: 1 }, "missing-attendees", "No attendees found; expected a `Present:` or `Attendees:` section naming who attended");
      }
    };
    apologiesSection = {
      id: "apologies-section",
      description: "The minutes record apologies (or say there were none)",
      severity: "warning",
      check({ meeting, lines }, report2) {
        if (meeting.apologies.length > 0) return;
        if (lines.some((line) => /^(?:\d+[.:)]?\s+)?(?:apologies|regrets|absent)\b/i.test(line.text) || /\bno apologies\b/i.test(line.text))) return;
        report2({ line: 1 }, "missing-apologies", "No apologies section found; add `Apologies:` (or `Apologies: none`)");
      }
    };
  }
});

// src/check/rules/commitment-known.ts
var commitmentKnown;
var init_commitment_known = __esm({
  "src/check/rules/commitment-known.ts"() {
    "use strict";
    commitmentKnown = {
      id: "commitment-known",
      description: "Commitment numbers are in the configuration's `commitments` list (when one is given)",
      severity: "warning",
      check({ meeting, config }, report2) {
        const known = Object.keys(config.commitments);
        if (known.length === 0) return;
        for (const commitment of meeting.commitments) {
          if (known.includes(String(commitment.number))) continue;
          for (const mention of commitment.mentions) report2({ line: mention.line }, "unknown-commitment", `Unexpected commitment ${commitment.number}, expected one of the configured commitments`);
        }
      }
    };
  }
});

// src/check/rules/due-dates.ts
var NUMERIC_DATE, NOT_A_DATE, dueValid, actionOverdue;
var init_due_dates = __esm({
  "src/check/rules/due-dates.ts"() {
    "use strict";
    NUMERIC_DATE = /\d{1,4}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{1,4})?/;
    NOT_A_DATE = /^(?:tbc|tbd|tba|ongoing|asap|n\/a|next meeting|at next meeting|immediate(?:ly)?|as required|rolling)\.?$/i;
    dueValid = {
      id: "due-valid",
      description: "Due dates can be read and do not fall before the meeting",
      severity: "warning",
      check({ meeting }, report2) {
        for (const action of meeting.actions) {
          const line = action.lines[action.lines.length - 1];
          if (action.due && meeting.date && action.due < meeting.date) {
            report2({ line }, "due-before-meeting", `Due date ${action.due} is before the meeting (${meeting.date}); check the date`);
          } else if (!action.due && action.dueRaw && NUMERIC_DATE.test(action.dueRaw) && !NOT_A_DATE.test(action.dueRaw.trim())) {
            report2({ line }, "unparseable-due", `Unexpected due date \`${action.dueRaw}\`, expected a date such as 31/07/2015`);
          }
        }
      }
    };
    actionOverdue = {
      id: "action-overdue",
      description: "No open action is past its due date (across every meeting checked)",
      severity: "warning",
      check({ meeting, register, asOf }, report2) {
        for (const entry of register) {
          if (entry.raisedAt.file !== meeting.file || entry.status !== "open" || !entry.due || entry.due >= asOf) continue;
          report2({ line: entry.raisedAt.line }, "overdue", `Action \`${entry.text.slice(0, 50)}\` was due ${entry.due} and is still open as of ${asOf}`);
        }
      }
    };
  }
});

// src/check/rules/forwarded.ts
function forward(id, description2) {
  return {
    id,
    description: description2,
    severity: "warning",
    check({ meeting }, report2) {
      for (const warning of meeting.warnings) if (warning.ruleId === id) report2({ line: warning.line, column: warning.column }, warning.messageId, warning.reason);
    }
  };
}
var nameMisspelt, duplicateAttendee, trackedChanges;
var init_forwarded = __esm({
  "src/check/rules/forwarded.ts"() {
    "use strict";
    nameMisspelt = forward("name-misspelt", "Names are spelt the same way throughout (a near miss of a known person is flagged with the likely spelling)");
    duplicateAttendee = forward("duplicate-attendee", "No one is listed twice in the same attendance or apologies list");
    trackedChanges = forward("tracked-changes", "Word documents have no tracked changes left to accept or reject (the text is read as if they were accepted)");
  }
});

// src/check/rules/initials-known.ts
var SPEAKER, COMMON_ACRONYMS, initialsKnown;
var init_initials_known = __esm({
  "src/check/rules/initials-known.ts"() {
    "use strict";
    SPEAKER = /(?:^|[.;]\s+|\(\s*)([A-Z][A-Za-z]?[A-Z]{1,2}|[A-Z]{2,3})(?=\s+(?:noted|said|asked|agreed|reported|presented|highlighted|confirmed|suggested|responded|acknowledged|added|offered|explained|raised|asserted|supported|proposed|stated|advised|questioned|welcomed|thanked|updated|introduced|to\s+[a-z]+)\b)/g;
    COMMON_ACRONYMS = new Set("CEO CFO COO CIO CTO CNO CMO DPO MD HR IT OK AOB PCC ICB DFE DWP NHS MP MEP GP LA VCS ERG".split(" "));
    initialsKnown = {
      id: "initials-known",
      description: "Initials used in the minutes belong to someone in the attendance or apologies",
      severity: "warning",
      check({ meeting, lines, config }, report2) {
        if (![...meeting.attendees, ...meeting.apologies].some((p) => p.initials)) return;
        const configured = /* @__PURE__ */ new Set([...Object.keys(config.aliases), ...config.organisations]);
        const known = new Set([...meeting.attendees, ...meeting.apologies].flatMap((p) => p.initials ? [p.initials] : []));
        const derived = new Set([...meeting.attendees, ...meeting.apologies].map((p) => p.name.split(/[\s-]+/).map((w) => w[0]).join("").toUpperCase()));
        const updateLines = new Set(meeting.updates.map((u) => u.line));
        const bodies = new Set(lines.flatMap((line) => [...line.text.matchAll(/\b[Tt]he ([A-Z][A-Za-z]?[A-Z]{1,2})\b/g)].map((m) => m[1])));
        const acronyms = new Set(lines.flatMap((line) => [...line.text.matchAll(/\(([A-Z]{2,6})\)/g)].map((m) => m[1])));
        for (const line of lines) {
          if (line.cells || updateLines.has(line.line)) continue;
          for (const m of line.text.matchAll(SPEAKER)) {
            const initials = m[1];
            if (known.has(initials) || derived.has(initials.toUpperCase()) || acronyms.has(initials) || configured.has(initials)) continue;
            if (COMMON_ACRONYMS.has(initials.toUpperCase()) || bodies.has(initials)) continue;
            report2({ line: line.line, column: (m.index ?? 0) + m[0].indexOf(initials) + 1 }, "unknown-initials", `Unexpected initials \`${initials}\`, expected the initials of an attendee or apology`);
          }
        }
      }
    };
  }
});

// src/check/rules/meeting-date.ts
var meetingDate;
var init_meeting_date = __esm({
  "src/check/rules/meeting-date.ts"() {
    "use strict";
    meetingDate = {
      id: "meeting-date",
      description: "The minutes give the meeting date in their heading (or front matter)",
      severity: "error",
      check({ meeting }, report2) {
        if (!meeting.date) report2({ line: 1 }, "missing-date", "No meeting date found; expected a date such as `16 July 2015` or `16/07/2015` in the heading");
      }
    };
  }
});

// src/check/rules/owner-known.ts
var ownerKnown;
var init_owner_known = __esm({
  "src/check/rules/owner-known.ts"() {
    "use strict";
    init_normalise();
    ownerKnown = {
      id: "owner-known",
      description: "Action owners are attendees, apologies, aliases or known organisations",
      severity: "warning",
      check({ meeting, config, rawLines }, report2) {
        const text3 = rawLines.join("\n");
        const people = new Set([...meeting.attendees, ...meeting.apologies].map((p) => fold(p.name)));
        const known = new Set([...Object.keys(config.aliases), ...Object.values(config.aliases), ...config.organisations].map(fold));
        const organisations = new Set([...meeting.attendees, ...meeting.apologies].flatMap((p) => p.organisation ? [fold(p.organisation)] : []));
        for (const action of meeting.actions) {
          for (const owner of action.owners) {
            const name2 = fold(owner.name);
            if (owner.kind === "group" || owner.kind === "role" || known.has(name2) || known.has(fold(owner.raw))) continue;
            if (owner.kind === "person" && people.has(name2)) continue;
            if ((owner.kind === "organisation" || owner.kind === "unknown") && (organisations.has(name2) || [...organisations].some((org) => ` ${org} `.includes(` ${name2} `)))) continue;
            if (owner.kind === "organisation" && text3.split(owner.name).length > 2) continue;
            if (owner.kind === "person" && [...people].some((p) => p.split(" ").at(-1) === name2.split(" ").at(-1) && p[0] === name2[0])) continue;
            report2({ line: action.lines[0] }, "unknown-owner", `Unexpected owner \`${owner.raw}\`, expected an attendee, an apology, an alias or a known organisation`);
          }
        }
      }
    };
  }
});

// src/check/rules/people-consistent.ts
var presentAndApologies;
var init_people_consistent = __esm({
  "src/check/rules/people-consistent.ts"() {
    "use strict";
    init_normalise();
    presentAndApologies = {
      id: "present-and-apologies",
      description: "No one is both present and sending apologies",
      severity: "error",
      check({ meeting }, report2) {
        const apologies = new Map(meeting.apologies.map((p) => [fold(p.name), p]));
        for (const person2 of meeting.attendees) {
          const apology = apologies.get(fold(person2.name));
          if (apology) report2({ line: apology.line }, "present-and-absent", `\`${person2.name}\` is listed as present (line ${person2.line}) and as sending apologies; keep one`);
        }
      }
    };
  }
});

// src/check/rules/index.ts
var RULES;
var init_rules = __esm({
  "src/check/rules/index.ts"() {
    "use strict";
    init_action_log();
    init_action_malformed();
    init_attendance_sections();
    init_commitment_known();
    init_due_dates();
    init_forwarded();
    init_initials_known();
    init_meeting_date();
    init_owner_known();
    init_people_consistent();
    RULES = [
      meetingDate,
      attendeesSection,
      apologiesSection,
      actionMalformed,
      ownerKnown,
      initialsKnown,
      nameMisspelt,
      presentAndApologies,
      duplicateAttendee,
      actionInLog,
      actionIdUnique,
      dueValid,
      actionOverdue,
      commitmentKnown,
      trackedChanges
    ];
  }
});

// src/cli/version.ts
var import_node_fs5, VERSION;
var init_version = __esm({
  "src/cli/version.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    VERSION = JSON.parse((0, import_node_fs5.readFileSync)(new URL("../../package.json", __vawgFileUrl), "utf8")).version;
  }
});

// src/emit/json.ts
function jsonText(value2) {
  return `${JSON.stringify(value2, null, 2).replace(UNESCAPED, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}
`;
}
function emitJson(meetings, options = {}) {
  return jsonText(options.single && meetings.length === 1 ? meetings[0] : meetings);
}
var UNESCAPED;
var init_json = __esm({
  "src/emit/json.ts"() {
    "use strict";
    UNESCAPED = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  }
});

// src/read/source.ts
function splitLines(text3) {
  const plain = spaceSeparators(text3);
  return plain.includes("\r") ? plain.split(/\r\n|\r|\n/) : plain.split("\n");
}
function spaceSeparators(text3) {
  return text3.includes("\u2028") || text3.includes("\u2029") ? text3.replace(/[\u2028\u2029]/g, " ") : text3;
}
function capLine(text3, line, truncated) {
  if (text3.length <= MAX_LINE_LENGTH) return text3;
  truncated.push(line);
  return text3.slice(0, MAX_LINE_LENGTH);
}
function makeLine(fields) {
  return {
    kind: fields.kind ?? "text",
    depth: fields.depth ?? 0,
    marker: fields.marker ?? null,
    checked: fields.checked ?? null,
    lead: fields.lead ?? null,
    cells: fields.cells ?? null,
    blockStart: fields.blockStart ?? false,
    columns: fields.columns ?? null,
    line: fields.line,
    text: fields.text
  };
}
function withWrappedLines(lines, index, first, max, ended, taken) {
  let text3 = first;
  for (let i = index + 1; i < lines.length && i <= index + max; i++) {
    const next = lines[i];
    if (next.blockStart || next.kind !== "text" || next.cells || ended(text3, next)) break;
    text3 = `${text3} ${next.text}`;
    taken?.push(next);
  }
  return text3;
}
var MAX_LINE_LENGTH;
var init_source = __esm({
  "src/read/source.ts"() {
    "use strict";
    MAX_LINE_LENGTH = 4e3;
  }
});

// src/read/html-block.ts
function findHtmlBlock(rawLines, index) {
  const start = TAG_START.exec(rawLines[index]);
  if (!start || !BLOCK_TAGS.has(start[1].toLowerCase())) return null;
  let open = 0;
  let seen = false;
  let end = index;
  for (; end < rawLines.length; end++) {
    const raw = rawLines[end];
    if (raw.trim() === "" && open <= 0) break;
    if (!raw.includes("<")) continue;
    for (const tag of raw.matchAll(TABLE_TAG)) {
      if (tag[1] === "") {
        open++;
        seen = true;
      } else open--;
    }
  }
  return { end, table: seen };
}
function readHtmlBlock(rawLines, firstLine2, truncated) {
  const { parseFragment } = htmlLibrary();
  const fragment = parseFragment(rawLines.join("\n"), { sourceCodeLocationInfo: true });
  const reader = new HtmlLines(firstLine2 - 1, truncated);
  for (const child2 of fragment.childNodes) reader.visit(child2, 0);
  reader.flush();
  return reader.lines;
}
function onGrid(rows) {
  const reaching = [];
  return rows.map((cells) => {
    const placed = { texts: [], copies: [], rowSpan: 1 };
    let column = 0;
    const fillFromAbove = () => {
      for (let above = reaching[column]; above && above.left > 0; above = reaching[++column]) {
        placed.texts[column] = above.text;
        placed.copies[column] = true;
        above.left--;
      }
    };
    for (const { cell, text: text3 } of cells) {
      fillFromAbove();
      const columns = span(cell, "colspan");
      const spannedRows = span(cell, "rowspan");
      placed.rowSpan = Math.max(placed.rowSpan, spannedRows);
      for (let i = 0; i < columns; i++, column++) {
        placed.texts[column] = text3;
        placed.copies[column] = i > 0;
        reaching[column] = spannedRows > 1 ? { text: text3, left: spannedRows - 1 } : void 0;
      }
    }
    fillFromAbove();
    return placed;
  });
}
function span(cell, name2) {
  const value2 = Number(cell.attrs.find((attr) => attr.name === name2)?.value ?? 1);
  return Number.isInteger(value2) && value2 > 1 ? Math.min(value2, MAX_SPAN) : 1;
}
function isHeaderRow(row2) {
  const cells = row2.childNodes.filter(isCell);
  return row2.parentNode?.tagName === "thead" || cells.length > 0 && cells.every((cell) => cell.tagName === "th");
}
function mergeHeader(rows) {
  const width = rows.reduce((most2, row2) => Math.max(most2, row2.length), 0);
  return Array.from({ length: width }, (_, column) => [...new Set(rows.map((row2) => row2[column] ?? "").filter(Boolean))].join(" "));
}
function isSection(paragraphs) {
  return paragraphs.length > 1 && paragraphs.reduce((sum, text3) => sum + text3.length, 0) > SECTION_LENGTH;
}
function rowsOf(table2) {
  const rows = [];
  for (const child2 of table2.childNodes) {
    const tag = child2.tagName;
    if (tag === "tr") rows.push(child2);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot") rows.push(...child2.childNodes.filter((row2) => row2.tagName === "tr"));
  }
  return rows;
}
function isCell(node) {
  const tag = node.tagName;
  return tag === "td" || tag === "th";
}
function cellParagraphs(cell, nested) {
  const paragraphs = [];
  let text3 = "";
  const walk = (node) => {
    for (const child2 of node.childNodes) {
      if (child2.nodeName === "#text") {
        text3 += child2.value;
        continue;
      }
      if (!("tagName" in child2)) continue;
      const tag = child2.tagName;
      if (tag === "table") nested.push(child2);
      else if (SKIPPED.has(tag)) continue;
      else if (BREAKS.has(tag)) {
        paragraphs.push(text3);
        text3 = "";
        walk(child2);
        paragraphs.push(text3);
        text3 = "";
      } else walk(child2);
    }
  };
  walk(cell);
  paragraphs.push(text3);
  return paragraphs.map(cleanHtmlText).filter(Boolean);
}
function cleanHtmlText(text3) {
  return cleanLine(text3.includes("\n") ? text3.replace(/[\r\n]+/g, " ") : text3);
}
function listMarker(item) {
  const list = item.parentNode;
  if (list?.tagName !== "ol") return "-";
  const start = Number(list.attrs.find((attr) => attr.name === "start")?.value ?? 1);
  const index = list.childNodes.filter((child2) => child2.tagName === "li").indexOf(item);
  const number = (Number.isInteger(start) ? start : 1) + index;
  const type = list.attrs.find((attr) => attr.name === "type")?.value;
  if ((type === "a" || type === "A") && number >= 1 && number <= 26) return `${String.fromCharCode((type === "a" ? 96 : 64) + number)}.`;
  return `${number}.`;
}
var BLOCK_TAGS, TAG_START, TABLE_TAG, BREAKS, SKIPPED, HtmlLines, MAX_SPAN, SECTION_LENGTH;
var init_html_block = __esm({
  "src/read/html-block.ts"() {
    "use strict";
    init_libraries();
    init_normalise();
    init_source();
    BLOCK_TAGS = new Set(
      "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(
        " "
      )
    );
    TAG_START = /^ {0,3}<\/?([a-zA-Z][a-zA-Z0-9]*)(?:[\s/>]|$)/;
    TABLE_TAG = /<(\/?)table(?=[\s/>]|$)/gi;
    BREAKS = /* @__PURE__ */ new Set([...BLOCK_TAGS, "br", "pre"]);
    SKIPPED = /* @__PURE__ */ new Set(["script", "style", "template", "textarea", "title", "head"]);
    HtmlLines = class {
      constructor(offset, truncated, skipped = SKIPPED) {
        this.offset = offset;
        this.truncated = truncated;
        this.skipped = skipped;
      }
      offset;
      truncated;
      skipped;
      lines = [];
      pending = null;
      next = { kind: "text", depth: 0, marker: null, lead: null };
      visit(node, listDepth) {
        if (node.nodeName === "#text") {
          this.addText(node);
          return;
        }
        if (!("tagName" in node)) return;
        const element = node;
        const tag = element.tagName;
        if (this.skipped.has(tag)) return;
        if (tag === "input") {
          if (this.isEmpty() && this.next.kind === "item" && element.attrs.some((attr) => attr.name === "type" && attr.value.toLowerCase() === "checkbox")) this.next.checked = element.attrs.some((attr) => attr.name === "checked");
          return;
        }
        if (tag === "table") {
          this.flush();
          this.readTable(element);
          return;
        }
        const only = element.childNodes.length === 1 ? element.childNodes[0] : null;
        if (tag === "code" && only?.nodeName === "#text") {
          this.addText({ ...only, value: `\`${only.value}\`` });
          return;
        }
        if (!BREAKS.has(tag)) {
          const bold = (tag === "strong" || tag === "b") && this.isEmpty();
          for (const child2 of element.childNodes) this.visit(child2, listDepth);
          if (bold && this.pending) this.pending.lead = cleanHtmlText(this.pending.text).replace(/:$/, "").trim() || null;
          return;
        }
        const carried = (tag === "p" || tag === "div") && this.isEmpty() && this.next.kind === "item" ? this.next : null;
        this.flush();
        if (carried) this.next = carried;
        if (/^h[1-6]$/.test(tag)) this.next = { kind: "heading", depth: Number(tag[1]), marker: null, lead: null };
        if (tag === "li") this.next = { kind: "item", depth: Math.max(listDepth - 1, 0), marker: listMarker(element), lead: null };
        const depth = tag === "ul" || tag === "ol" ? listDepth + 1 : listDepth;
        for (const child2 of element.childNodes) this.visit(child2, depth);
        this.flush();
      }
      /** The line so far holds no words. */
      isEmpty() {
        return this.pending === null || this.pending.text.trim() === "";
      }
      addText(node) {
        const value2 = node.value;
        if (this.isEmpty()) {
          const first = value2.search(/\S/);
          if (first < 0) return;
          const location = node.sourceCodeLocation;
          let line = (location?.startLine ?? 1) + this.offset;
          for (let i = 0; i < first; i++) if (value2.charCodeAt(i) === 10) line++;
          this.pending = { text: "", line, ...this.next };
        }
        this.pending.text += value2;
      }
      flush() {
        const pending = this.pending;
        this.pending = null;
        this.next = { kind: "text", depth: 0, marker: null, lead: null };
        if (pending === null) return;
        const text3 = cleanHtmlText(pending.text);
        if (text3 === "") return;
        const line = makeLine({ line: pending.line, kind: pending.kind, depth: pending.depth, marker: pending.marker, lead: pending.lead, checked: pending.checked ?? null, text: capLine(text3, pending.line, this.truncated) });
        line.blockStart = true;
        this.lines.push(line);
      }
      /**
       * Each row of a table as cells; a table inside a cell follows its row as rows of its own. A layout
       * table (minutes set out in a grid, a cell holding a whole section) is read as the lines it holds.
       */
      readTable(table2) {
        const rows = rowsOf(table2).map((row2) => {
          const nested = [];
          const cells = row2.childNodes.filter(isCell).map((cell) => ({ cell, paragraphs: cellParagraphs(cell, nested) }));
          return { row: row2, cells, nested };
        });
        const layout = rows.some(({ cells }) => cells.some(({ paragraphs }) => isSection(paragraphs)));
        const grid = layout ? [] : onGrid(rows.map(({ cells }) => cells.map(({ cell, paragraphs }) => ({ cell, text: paragraphs.join(" ") }))));
        const width = grid.reduce((most2, row2) => Math.max(most2, row2.texts.length), 0);
        let header = -1;
        for (const [index, { row: row2, cells, nested }] of rows.entries()) {
          const at = (row2.sourceCodeLocation?.startLine ?? 1) + this.offset;
          if (layout) this.pushLayoutRow(cells.map(({ paragraphs }) => paragraphs), at);
          else if (index > header) {
            const placed = grid[index];
            if (cells.length === 1 && width > 1 && span(cells[0].cell, "colspan") >= width && rows.length > 1) {
              if (placed.texts[0]) this.lines.push(makeLine({ line: at, text: capLine(placed.texts[0], at, this.truncated), blockStart: true }));
            } else {
              const spanned = header < 0 && placed.rowSpan > 1 && isHeaderRow(row2) ? grid.slice(index, index + placed.rowSpan) : null;
              if (header < 0) header = index + (spanned ? spanned.length - 1 : 0);
              const texts = spanned ? mergeHeader(spanned.map((r) => r.texts)) : placed.texts.map((text3, column) => placed.copies[column] ? "" : text3);
              if (texts.some(Boolean)) this.lines.push(makeLine({ line: at, text: capLine(texts.filter(Boolean).join(" "), at, this.truncated), cells: texts, blockStart: true }));
            }
          }
          for (const inner of nested) this.readTable(inner);
        }
        const caption = table2.childNodes.find((child2) => child2.tagName === "caption");
        if (caption) this.visit(caption, 0);
      }
      /** A layout row's paragraphs as lines, a lone short first cell ("4.", "14/09/2") opening the next cell's first line. */
      pushLayoutRow(cells, at) {
        const paragraphs = cells.map((cell) => cell.filter(Boolean));
        const label = paragraphs.length > 1 && paragraphs[0].length === 1 && paragraphs[0][0].length <= 16 ? paragraphs[0][0] : null;
        const next = label === null ? -1 : paragraphs.findIndex((cell, index) => index > 0 && cell.length > 0);
        paragraphs.forEach((cell, index) => {
          if (index === 0 && next > 0) return;
          cell.forEach((text3, i) => {
            const line = index === next && i === 0 ? `${label} ${text3}` : text3;
            this.lines.push(makeLine({ line: at, text: capLine(line, at, this.truncated), blockStart: true }));
          });
        });
      }
    };
    MAX_SPAN = 64;
    SECTION_LENGTH = 500;
  }
});

// src/read/html.ts
function readHtml(file, text3) {
  const { parse } = htmlLibrary();
  const document = parse(text3, { sourceCodeLocationInfo: true });
  const content = mainContent(document);
  const truncated = [];
  const reader = new HtmlLines(0, truncated, content.tagName === "body" || content.tagName === "html" ? PAGE_CHROME : CONTENT_CHROME);
  for (const child2 of content.childNodes) reader.visit(child2, 0);
  reader.flush();
  const lines = reader.lines;
  const source = { file, lines, frontMatter: {}, text: lines.map((line) => line.text).join("\n"), truncated };
  if (isWordFile(file) && text3.startsWith(UNACCEPTED_CHANGES)) source.unacceptedChanges = true;
  return source;
}
function mainContent(document) {
  const main2 = findAll(document, "main")[0];
  if (main2) return main2;
  const articles = findAll(document, "article");
  if (articles.length > 0) return articles.reduce((best, article) => textLength(article) > textLength(best) ? article : best);
  const html2 = document.childNodes.find((node) => node.tagName === "html");
  return html2.childNodes.find((node) => node.tagName === "body") ?? html2;
}
function findAll(node, tag, found = []) {
  for (const child2 of node.childNodes) {
    if (!("tagName" in child2)) continue;
    if (child2.tagName === tag) found.push(child2);
    else findAll(child2, tag, found);
  }
  return found;
}
function textLength(node) {
  let length = 0;
  for (const child2 of node.childNodes) {
    if (child2.nodeName === "#text") length += child2.value.trim().length;
    else if ("childNodes" in child2 && !SKIPPED.has(child2.tagName)) length += textLength(child2);
  }
  return length;
}
function isHtmlFile(file) {
  return /\.html?$/i.test(file);
}
var PAGE_CHROME, CONTENT_CHROME;
var init_html = __esm({
  "src/read/html.ts"() {
    "use strict";
    init_libraries();
    init_html_block();
    init_word();
    PAGE_CHROME = /* @__PURE__ */ new Set([...SKIPPED, "nav", "header", "footer", "noscript", "iframe", "svg", "button", "select", "form"]);
    CONTENT_CHROME = /* @__PURE__ */ new Set([...SKIPPED, "nav", "noscript", "iframe", "svg", "button", "select", "form"]);
  }
});

// src/read/front-matter.ts
function splitFrontMatter(text3) {
  const match = BLOCK.exec(text3);
  if (!match || !withinBounds(match[1])) return { body: text3, frontMatter: {}, lineOffset: 0 };
  let data;
  try {
    data = yamlLibrary().parse(spaceSeparators(match[1]));
  } catch {
    return { body: text3, frontMatter: {}, lineOffset: 0 };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { body: text3, frontMatter: {}, lineOffset: 0 };
  const lineOffset = splitLines(match[0]).length - (match[0].endsWith("\n") ? 1 : 0);
  return { body: text3.slice(match[0].length), frontMatter: data, lineOffset };
}
function withinBounds(yaml2) {
  if (yaml2.length > MAX_FRONT_MATTER_LENGTH) return false;
  let entries = 0;
  for (let i = 0; i < yaml2.length; i++) {
    const char = yaml2[i];
    if (char === "\n" || char === "," || char === "[" || char === "{") entries++;
  }
  return entries <= MAX_FRONT_MATTER_ENTRIES;
}
var BLOCK, MAX_FRONT_MATTER_LENGTH, MAX_FRONT_MATTER_ENTRIES;
var init_front_matter = __esm({
  "src/read/front-matter.ts"() {
    "use strict";
    init_libraries();
    init_source();
    BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
    MAX_FRONT_MATTER_LENGTH = 16 * 1024;
    MAX_FRONT_MATTER_ENTRIES = 500;
  }
});

// src/read/long-line.ts
function splitLongLines(lines, keep = () => false) {
  if (!lines.some((line) => line.length > CUT_LENGTH)) return { lines, numbers: null };
  const out = [];
  const numbers = [];
  lines.forEach((line, index) => {
    const pieces = line.length > CUT_LENGTH && !keep(line) ? splitLongLine(line) : [line];
    for (const piece of pieces) {
      out.push(piece);
      numbers.push(index + 1);
    }
  });
  return { lines: out, numbers };
}
function splitLongLine(line) {
  const pieces = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const piece = line.slice(start, match.index);
    if (isNumberOnly(piece)) continue;
    if (match.index > start) pushPiece(pieces, piece);
    start = match.index;
  }
  pushPiece(pieces, line.slice(start));
  return pieces;
}
function isNumberOnly(piece) {
  const word2 = piece.trim();
  return word2.length > 0 && word2.length <= 10 && !word2.includes(" ") && (/\d/.test(word2) || word2.endsWith(")"));
}
function pushPiece(pieces, piece) {
  const text3 = piece.trim();
  if (text3 === "") return;
  if (pieces.length > 0) pieces.push("");
  if (text3.length <= MAX_LINE_LENGTH) {
    pieces.push(text3);
    return;
  }
  let start = 0;
  for (const match of text3.matchAll(SENTENCE_END)) {
    pieces.push(text3.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(text3.slice(start));
}
var ITEM_NUMBER, SECTION_LABEL, BULLET_MARK, CUT_LENGTH, BOUNDARY, SENTENCE_END;
var init_long_line = __esm({
  "src/read/long-line.ts"() {
    "use strict";
    init_source();
    ITEM_NUMBER = `(?<=\\s)(?:\\d{1,3}(?:\\.\\d{1,2}){1,2}\\.?|\\d{1,3}\\\\?\\.|\\d{1,3}\\)|\\d{1,4}\\/\\d{2}|\\(?[a-z]\\)|\\(?[ivx]{2,4}\\))(?=\\s{1,3}[A-Z0-9\u201C\u2018"'(])`;
    SECTION_LABEL = "(?<=\\s)(?=Present\\s?[:\u2013\u2014-]|(?:PRESENT|Apologies|APOLOGIES|Also [Pp]resent|Also in [Aa]ttendance|In [Aa]ttendance|RESOLVED|Resolved|ACTIONS?|Actions?|Declarations? of|DECLARATIONS?)[\\s:.\u2013\u2014-])";
    BULLET_MARK = "(?<=\\s)(?=[\u2022\xB7\u25AA\u25CF\uF0A7\uF0B7]\\s)";
    CUT_LENGTH = 1500;
    BOUNDARY = new RegExp(`${ITEM_NUMBER}|${SECTION_LABEL}|${BULLET_MARK}`, "g");
    SENTENCE_END = /(?<=[a-z]{2}[.!?])\s+(?=[A-Z])/g;
  }
});

// src/lexicon/names.ts
function isPostNominal(text3) {
  const words2 = text3.split(/[\s,]+/).filter(Boolean);
  return words2.length > 0 && words2.every((word2) => POST_NOMINALS.has(word2.replace(/[.-]/g, "").toLowerCase()));
}
function isTitleWord(word2) {
  return stripHonorifics(`${word2} Doe`) === "Doe";
}
function stripHonorifics(name2) {
  if (!HONORIFIC_FIRST_WORDS.has(leadingLetters(name2).toLowerCase())) return name2.trim();
  const lower = lowerCaseForMatching(name2);
  let start = 0;
  for (; ; ) {
    THE.lastIndex = start;
    const at = THE.test(lower) ? THE.lastIndex : start;
    const title = HONORIFICS.find((pattern2) => {
      pattern2.lastIndex = at;
      return pattern2.test(lower);
    });
    if (!title) break;
    start = title.lastIndex;
    if (lower.startsWith("/ ", start)) start += 2;
  }
  return name2.slice(start).trim();
}
function leadingLetters(text3) {
  let end = 0;
  while (end < text3.length && (text3.charCodeAt(end) | 32) >= 97 && (text3.charCodeAt(end) | 32) <= 122) end++;
  return text3.slice(0, end);
}
function isNameParticle(word2) {
  return PARTICLES.has(word2) || IRISH_PARTICLES.has(word2);
}
function isPersonalName(text3, minWords = 2) {
  const trimmed = text3.trim();
  const parts = SPACE_RUN_OR_OTHER_SPACE.test(trimmed) ? trimmed.split(/\s+/) : trimmed.split(" ");
  if (parts.length < minWords || parts.length > 5) return false;
  if (PARTICLES.has(parts[0]) || PARTICLES.has(parts[parts.length - 1])) return false;
  const nameWord = NAME_WORD.for(trimmed);
  for (const part of parts) if (!nameWord.test(part) || NOT_NAME_WORDS.has(part.toLowerCase())) return false;
  return true;
}
function isRank(title) {
  return RANK.test(title.trim());
}
function opensSurname(word2) {
  return isNameParticle(word2) || ELIDED_PARTICLE.test(word2);
}
function judgedOnce(judge) {
  const known = /* @__PURE__ */ new Map();
  return (descriptor) => {
    let verdict = known.get(descriptor);
    if (verdict === void 0) {
      if (known.size > 1e4) known.clear();
      verdict = judge(descriptor);
      known.set(descriptor, verdict);
    }
    return verdict;
  };
}
function judgeRoleLike(descriptor) {
  const plain = (descriptor.includes("(") ? descriptor.replace(/\([^)]*\)/g, " ") : descriptor.includes(OPEN_STAND_IN) ? descriptor.replace(STOOD_IN, "") : descriptor).trim().replace(PRO_TEM, "");
  const parts = plain.toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  if (parts.length > 1 && (parts[0] === "university" || parts[0] === "college") && ROLE_WORDS.has(parts[1])) return true;
  if (/^(?:office|department|ministry|university|college|friends|bureau|directorate)\b/i.test(plain) && (parts.includes("of") || !isRoleWord(parts[parts.length - 1]))) return false;
  const first = plain.split(/\s/, 1)[0];
  if (parts.length <= 5 && ROLE_ABBREVIATIONS.has(parts[0]) && first === first.toUpperCase()) return true;
  const ofAt = parts.findIndex((word2) => word2 === "of" || word2 === "for" || word2 === "to" || word2 === "in");
  for (let i = 0; i < ofAt; i++) if (ROLE_WORDS.has(parts[i]) || parts[i].endsWith("s") && ROLE_WORDS.has(parts[i].slice(0, -1))) return true;
  if (isRoleWord(parts[parts.length - 1])) return true;
  if (parts.length > 1 && parts[parts.length - 1] === "general" && ROLE_WORDS.has(parts[parts.length - 2])) return true;
  if (parts.length > 1 && /at[- ]large$/.test(plain.toLowerCase()) && isRoleWord(parts[0])) return true;
  if (/^(?:vp|svp|evp|avp)$/.test(parts[0])) return true;
  if (parts.length > 1 && /^(?:director|head|manager)$/.test(parts[0]) && ORGANISATION_WORDS.has(parts[parts.length - 1])) return true;
  if (parts.length > 1 && parts.length <= 5 && /^(?:director|head|manager|coordinator|co-ordinator)$/.test(parts[0]) && plain.split(/\s+/).slice(1).every((word2) => OVER_WHAT.for(word2).test(word2))) return true;
  if (parts.some((word2) => ORGANISATION_WORDS.has(word2))) return false;
  const joined = parts.findIndex((word2) => word2 === "and" || word2 === "&");
  if (joined > 0 && isRoleWord(parts[joined - 1])) return true;
  return parts[0].includes("/") && isRoleWord(parts[0].split("/")[0]);
}
function judgeOfficeAfterName(descriptor) {
  if (isRoleLike(descriptor)) return true;
  const parts = descriptor.toLowerCase().split(/\s+/);
  const last = parts[parts.length - 1];
  return parts.length <= 4 && !parts.some((word2) => ORGANISATION_WORDS.has(word2)) && /(?:er|or|ist|ian)$/.test(last) && last.length >= 6 && !PLACE_ENDING.test(last);
}
function isRoleWord(word2) {
  return ROLE_WORDS.has(word2) || ROLE_WORDS.has(word2.slice(word2.lastIndexOf("-") + 1)) || word2.endsWith("-elect") && ROLE_WORDS.has(word2.slice(0, -6)) || PROFESSION_ENDING.test(word2);
}
function isOfficeWord(word2) {
  const lower = word2.toLowerCase();
  return isRoleWord(lower) || OFFICE_QUALIFIERS.has(lower);
}
function hasOrganisationWord(text3) {
  return text3.toLowerCase().split(/\s+/).some((word2) => ORGANISATION_WORDS.has(word2));
}
var IN_THE_CHAIR, CALL_SIGN, OPEN_STAND_IN, CLOSE_STAND_IN, STOOD_IN, HONORIFICS, THE, SHORT_TITLES, PERSONAL_TITLE_WORD, NAME_PARTICLE, NAME_WORD, HONORIFIC_FIRST_WORDS, PARTICLES, ROLE_ABBREVIATIONS, ROLE_WORDS, POST_NOMINALS, IRISH_PARTICLES, SPACE_RUN_OR_OTHER_SPACE, NOT_NAME_WORDS, RANK, ELIDED_PARTICLE, isRoleLike, PRO_TEM, OVER_WHAT, isOfficeAfterName, PLACE_ENDING, PROFESSION_ENDING, OFFICE_QUALIFIERS, ORGANISATION_WORDS;
var init_names = __esm({
  "src/lexicon/names.ts"() {
    "use strict";
    init_letters();
    init_normalise();
    IN_THE_CHAIR = /^in the chair$/i;
    CALL_SIGN = /\s\(?((?:[A-Z]{1,2}|\d[A-Z])\d[A-Z]{2,3})\)?(?=[\s,;]|$)/;
    OPEN_STAND_IN = "\uE000";
    CLOSE_STAND_IN = "\uE001";
    STOOD_IN = /\ue000[^\ue001]*\ue001/g;
    HONORIFICS = [
      /(?:rt\.?\s+hon\.?|right\s+honourable|mayor\s+pro\s+tem(?:pore)?|(?:deputy|vice)\s+mayor|council\s*members?|(?:local\s+)?(?:borough|county|district|parish|town|city)(?:\s+(?:and|&)\s+(?:borough|county|district|parish|town|city))?\s+(?:councillors?|cllrs?\.?)|[bc]?cllrs?\.?|councillors?|coun\.|cr\.?|cyng\.?|(?:y\s+)?cynghorydd|(?:bc|cc)(?=\s+[a-z]\b))\s+/y,
      /(?:dr\.?|mr\.?|mrs\.?|ms\.?|m\/s|miss|mx\.?|(?:associate|assoc\.?|adjunct|emeritus|emerita|honorary|visiting)\s+(?:prof\.?|professor)|prof\.?|professor|hon\.|honourable|honorable|engr\.?|arc\.|barr\.?|alhaj[ai]|hajiya|brother|sister|bro\.?|sis\.|father|mother|rabbi|imam|pastor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|fr\.?|eng\.|cpa|shri|sri(?=\s+\S+\s+\S)|smt\.?)\s+/y,
      /(?:(?:det\.?|detective)\s+(?:chief\s+)?(?:supt\.?|superintendent|insp\.?|inspector|sgt\.?|sergeant|con\.?|constable)|ch\.?\s+supt\.?|chief\s+inspector|chief\s+superintendent|chief|battalion\s+chief|(?:fire\s+)?captain|lieutenant|lt\.?|commander|firefighter|officer|inspector|superintendent|sergeant|sgt\.?|constable|pcso|ps|p\.?c\.?|dcs|dci|ds|supt\.?|insp\.?)\s+(?:\d{2,5}[a-z]{0,3}\s+)?/y,
      /(?:director|president|chair|trustee|governor|alderman|supervisor|commissioner|selectman|selectwoman|legislator|senator|sen\.|representative|rep\.|assembly(?:member|man|woman)|congress(?:man|woman)|judge|hhj|mayor|acc|dcc|aco|assistant\s+chief\s+constable|deputy\s+chief\s+constable|chief\s+constable)\s+/y
    ];
    THE = /the\s+/y;
    SHORT_TITLES = "Mrs?|Ms|Mx|Dr|St|Cllrs?|Coun|Cr|Revd?|Prof|Fr|Eng|Engr|Barr|Arc|Hon|Rt|Sgt|Insp|Supt|Messrs|Bro|Sis|No";
    PERSONAL_TITLE_WORD = /^(?:mrs?|ms|miss|mx|dr|m\/s)\.?$/i;
    NAME_PARTICLE = String.raw`(?:del|der|den|de|da|di|du|ter|ten|op|van|von|la|le|bin|al|el|['\u2019]t)`;
    NAME_WORD = letterPattern(String.raw`^(?:[\p{Lu}][\p{L}\p{M}'\u2019.-]*|(?:de|da|di|du|do|dos|das|del|della|dei|degli|der|den|ter|ten|op|['\u2019]t|van|von|zu|la|le|bin|binti|binte|bte|al|el|ibn|ap|wa|mac|st\.?|[dl]['\u2019][\p{Lu}][\p{L}\p{M}'\u2019-]*)|[\p{Lu}]['\u2019][\p{Lu}][\p{L}\p{M}'\u2019-]*)$`, "u");
    HONORIFIC_FIRST_WORDS = new Set(
      "the local rt right m p associate assoc adjunct emeritus emerita honorary visiting cllr cllrs bcllr ccllr councillor councillors cyng y cynghorydd bc cc council councilmember coun cr borough county district parish town city vice dr mr mrs ms miss mx prof professor hon honourable honorable engr arc barr alhaji alhaja hajiya brother sister bro sis father mother rabbi imam pastor sir dame lord lady baroness baron rev revd reverend canon fr eng cpa shri sri smt det detective ch chief battalion fire captain lieutenant lt commander firefighter officer inspector superintendent sergeant sgt constable pc pcso ps dcs dci ds supt insp director president chair trustee governor alderman supervisor commissioner selectman selectwoman legislator senator sen representative rep assemblymember assemblyman assemblywoman congressman congresswoman judge hhj mayor acc dcc aco assistant deputy".split(" ")
    );
    PARTICLES = /* @__PURE__ */ new Set(["de", "da", "di", "du", "do", "dos", "das", "del", "della", "dei", "degli", "der", "den", "ter", "ten", "op", "'t", "\u2019t", "van", "von", "zu", "la", "le", "bin", "binti", "binte", "bte", "al", "el", "ibn", "ap", "wa", "mac", "st", "st."]);
    ROLE_ABBREVIATIONS = new Set("ht dht senco dsl pcso rfo ceo cao cfo coo cto cio dpo sro sid ned dc adc gsl gsm esl ysc".split(" "));
    ROLE_WORDS = new Set(
      "chair co-chair cochair vice-chair chairman chairwoman chairperson president vice-president treasurer secretary clerk governor trustee director officer manager member lead head headteacher headmaster headmistress principal executive councillor mayor commissioner coordinator co-ordinator adviser advisor administrator assistant analyst consultant nurse inspector superintendent commander representative rep observer minutes minute-taker notetaker note-taker facilitator editor convenor convener leader solicitor accountant auditor controller registrar dean provost bursar chancellor speaker champion ambassador liaison specialist practitioner worker volunteer guest deputy vice partner maintainer engineer steward moderator scribe chief constable associate psychiatrist physician surgeon doctor therapist psychologist pharmacist paramedic midwife counsellor caseworker advocate attorney organizer organiser presenter attendee host co-host guardian sponsor contact agent sergeant sergeant-at-arms librarian matron sister educator archivist warden churchwarden ranger keeper verger caretaker trainee intern apprentice captain coach umpire referee boatman groundsman counsel professional cathaoirleach chathaoirleach sec ad vicar rector curate chaplain priest minister pastor deacon nominee examiner planner architect surveyor inspector economist officer-in-charge person".split(" ").concat([...ROLE_ABBREVIATIONS])
    );
    POST_NOMINALS = new Set(
      "phd dphil md rn rgn rmn dnp mph mba msc bsc llb llm jd edd aud dds dmd dvm pharmd cpa cfa esq obe mbe cbe kbe dbe bem qpm qfsm kpm dl mca mp msp mla mpp kc qc frcp frcs frcgp frcpsych frsa fca aca fcca acca fcipd mcipd cmgr fnse mni fmedsci freng frs fba lcsw lmft msw ceng aia faia mrcp mrcgp frcn fiet miet mcips fcips mrics frics mrtpi frtpi cmli fcilex psyd frse frsc fbps ba ma bsc ba bed med be meng bcom mcom llb bn mn mbbs mphil mres bvsc bappsc mphty minfstud gdlp bfa mfa bmus mba mpa fracp fracs franzca franzcp fahms faha fassa faa ftse fieaust aalia ao ac am oam psm apm".split(" ")
    );
    IRISH_PARTICLES = /* @__PURE__ */ new Set(["\xD3", "N\xED", "Nic", "Ua", "U\xED", "Mac", "Mhic"]);
    SPACE_RUN_OR_OTHER_SPACE = / \s|[^\S ]/;
    NOT_NAME_WORDS = new Set(
      "the and of for to all from with until after before since chair clerk officer director manager member members governor governors trustee trustees secretary treasurer president executive council committee board team group service services trust panel partnership minutes apologies present attendees attendance action actions agenda item items meeting date police nhs ltd limited plc analytics labs systems software solutions technologies consulting holdings industries enterprises ventures pro tem data financial responsible".split(" ")
    );
    RANK = /^(?:chief|battalion chief|(?:deputy |assistant )?chief constable|(?:fire )?captain|lieutenant|lt\.?|commander|firefighter|officer|inspector|chief inspector|superintendent|chief superintendent|sergeant|sgt\.?|constable|pc|pcso|ps|dc|ds|dci|dcs|supt\.?|insp\.?)(?: \d{2,5}[a-z]{0,3})?$/i;
    ELIDED_PARTICLE = letterPattern(String.raw`^[dl]['\u2019]\p{Lu}`, "u");
    isRoleLike = judgedOnce(judgeRoleLike);
    PRO_TEM = /\spro\stem(?:pore)?$/i;
    OVER_WHAT = letterPattern(String.raw`^(?:\p{Lu}|and$|&$)`, "u");
    isOfficeAfterName = judgedOnce(judgeOfficeAfterName);
    PLACE_ENDING = /(?:ches|ces|cas|mins)ter$|water$|over$|moor$/;
    PROFESSION_ENDING = /.{3}(?:grapher|ologist|ician)$/;
    OFFICE_QUALIFIERS = new Set(
      "vice deputy assistant acting interim joint co senior chief executive parish town district borough county city footpath tree responsible financial of and for the &".split(" ")
    );
    ORGANISATION_WORDS = new Set(
      "council councils trust association society university college school academy police nhs ltd limited plc inc llc llp group company foundation partnership services service authority agency department centre center church club bank network alliance institute institution hospital hospice practice charity federation union consortium corporation cic ccg icb commission analytics labs systems software solutions technologies consulting holdings industries enterprises ventures data management properties realty centres centers clinic clinics hospitals schools".split(" ")
    );
  }
});

// src/read/text-tables.ts
function splitTabs(raw, widthAbove2 = 0) {
  if (!raw.includes("	")) return null;
  const all = raw.split("	");
  const emptyFirst = /^\t[^\t]/.test(raw) && all.length >= 3 || raw.startsWith("	") && all.length <= widthAbove2;
  const cells = (emptyFirst ? all : raw.replace(/^\t+/, "").split("	")).map(cleanLine);
  if (cells.length === 2 && (NUMBER_THEN_TAB.test(cells[0]) || BULLET.test(cells[0]))) return null;
  const filled = cells.filter(Boolean).length;
  return filled >= 2 || filled === 1 && /\S\t+\s*$/.test(raw) ? cells : null;
}
function widthAbove(lines, lineNumber) {
  const previous = lines[lines.length - 1];
  return previous?.cells && previous.line === lineNumber - 1 ? previous.cells.length : 0;
}
function splitPipes(raw) {
  let cells = raw.split(/(?<!\\)\|/).map((cell) => cleanLine(cell.replace(/\\\|/g, "|")));
  if (/^ {0,3}\|/.test(raw)) cells = cells.slice(1);
  if (/\|\s*$/.test(raw)) cells = cells.slice(0, -1);
  return cells;
}
function isGridBorder(line) {
  return line.startsWith("+") && GRID_BORDER.test(line.trim());
}
function findGridRows(lines) {
  const rows = /* @__PURE__ */ new Map();
  for (let i = 0; i < lines.length; i++) {
    if (!isGridBorder(lines[i]) || !lines[i + 1]?.trim().startsWith("|")) continue;
    let j = i;
    while (j < lines.length && isGridBorder(lines[j])) {
      rows.set(j, null);
      let k = j + 1;
      let cells = null;
      for (; k < lines.length && lines[k].trim().startsWith("|") && !isGridBorder(lines[k]); k++) {
        const part = splitPipes(lines[k]);
        if (cells === null) {
          cells = part;
          rows.set(k, cells);
        } else {
          for (let c = 0; c < part.length; c++) if (part[c]) cells[c] = cells[c] ? `${cells[c]} ${part[c]}` : part[c];
          rows.set(k, null);
        }
      }
      j = k;
    }
    i = j - 1;
  }
  return rows;
}
function findColumnRows(lines, candidate) {
  const rows = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!candidate(i) || lines[i].includes("	") || lines[i].includes("|") || !TWO_SPACES.test(lines[i])) continue;
    const starts = columnStarts2(lines[i]);
    if (starts.length < 3) continue;
    let j = i + 1;
    let previous = null;
    let lastFirst = "";
    for (; j < lines.length && lines[j].trim() !== "" && !lines[j].includes("	"); j++) {
      const fit = fitsColumns2(lines[j], starts);
      const cells = fit ? cutAt(lines[j], starts) : null;
      const wrapped = cells !== null && previous !== null && fit === "first" && wrapsInto(lastFirst, cells[0], starts[1]);
      if (!wrapped && startsUpperCase(lines[j].slice(starts[0])) && isSectionLine(lines, j, starts)) {
        rows.set(j, [cleanLine(lines[j])]);
        previous = null;
      } else if (cells && previous && (wrapped || continues(cells, previous))) {
        for (let c = 0; c < cells.length; c++) if (cells[c]) previous[c] = previous[c] ? `${previous[c]} ${cells[c]}` : cells[c];
        rows.set(j, null);
        lastFirst = cells[0];
      } else if (cells && fit === "row") {
        rows.set(j, cells);
        previous = cells;
        lastFirst = cells[0];
      } else if (isSectionLine(lines, j, starts)) {
        rows.set(j, [cleanLine(lines[j])]);
        previous = null;
      } else break;
    }
    if (j > i + 1) {
      rows.set(i, cutAt(lines[i], starts));
      i = j - 1;
    }
  }
  return rows;
}
function isSectionLine(lines, j, starts) {
  const text3 = lines[j].trimEnd();
  return text3.length < 80 && indentOf(text3) === starts[0] && SECTION_LINE.test(text3.slice(starts[0])) && lines[j + 1] !== void 0 && fitsColumns2(lines[j + 1], starts) === "row";
}
function wrapsInto(above, text3, width) {
  if (above === "" || text3 === "") return false;
  if (OPEN_LIST.test(above) || isNameParticle(above.slice(above.lastIndexOf(" ") + 1))) return true;
  const space = text3.indexOf(" ");
  if (space >= 0 && !LIST_JOINER.test(text3)) return false;
  return above.length + 1 + (space >= 0 ? space : text3.length) > width - 2;
}
function continues(cells, previous) {
  let filled = 0;
  let before = 0;
  let lowercase = false;
  for (let c = 0; c < cells.length; c++) {
    if (previous[c]) before++;
    if (!cells[c]) continue;
    if (!previous[c]) return false;
    filled++;
    if (startsLowerCase(cells[c])) lowercase = true;
  }
  if (filled >= before) return false;
  if (cells[0] && !lowercase) return false;
  return lowercase || filled <= before - 2;
}
function columnStarts2(line) {
  const trimmed = line.replace(/\s+$/, "");
  const starts = [indentOf(trimmed)];
  for (const m of trimmed.matchAll(GAP)) starts.push(m.index + 1 + m[1].length);
  return starts;
}
function fitsColumns2(line, starts) {
  let used = 0;
  for (const start of starts.slice(1)) {
    if (start >= line.length) continue;
    if (line[start] !== " " && line[start - 1] !== " ") return null;
    if (line[start] !== " ") used++;
  }
  const indent = indentOf(line);
  if (used === 0) return indent === starts[0] && line.trimEnd().length <= starts[1] ? "first" : null;
  return starts.includes(indent) ? "row" : null;
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function cutAt(line, starts) {
  return starts.map((start, i) => cleanLine(line.slice(start, starts[i + 1] ?? line.length)));
}
function readTextTableAt(lines, index) {
  const line = lines[index];
  if (line.startsWith("+")) {
    if (!isGridBorder(line)) return null;
    const rows2 = findGridRows(lines.slice(index, index + 2e3));
    return rows2.size > 1 ? shifted(rows2, index) : null;
  }
  if (!/^[^\s#>*+|-]/.test(line) || !line.includes("  ")) return null;
  let end = index + 1;
  while (end < lines.length && lines[end].trim() !== "" && end - index < 2e3) end++;
  const rows = findColumnRows(lines.slice(index, end), (i) => i === 0);
  return rows.size > 0 ? shifted(rows, index) : null;
}
function shifted(rows, by) {
  const out = /* @__PURE__ */ new Map();
  let end = by;
  for (const [i, cells] of [...rows].sort((a, b) => a[0] - b[0])) {
    out.set(i + by, cells);
    end = Math.max(end, i + by + 1);
  }
  return { rows: out, end };
}
var NUMBER_THEN_TAB, BULLET, GRID_BORDER, GAP, TWO_SPACES, OPEN_LIST, LIST_JOINER, SECTION_LINE;
var init_text_tables = __esm({
  "src/read/text-tables.ts"() {
    "use strict";
    init_names();
    init_normalise();
    NUMBER_THEN_TAB = /^(?:\*\*)?(?:(?:[A-Z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\\?[.:)]?|[IVXLC]{1,6}\\?[.:)]|\(?(?:[a-z]|[ivx]{2,5})\))$/;
    BULLET = /^[\u2022\u25aa\u25e6\u00b7o\u2013-]$/;
    GRID_BORDER = /^\+(?:[-=:]+\+)+$/;
    GAP = /\S( {2,})(?=\S)/g;
    TWO_SPACES = / {2}/;
    OPEN_LIST = /(?:[,&/]| and)$/;
    LIST_JOINER = /^[^\d,&/]*(?:[,&/]| and )/;
    SECTION_LINE = /^\S(?:\S| (?! ))*$/;
  }
});

// src/read/markdown.ts
function outlinerField(raw) {
  const property = PROPERTY.exec(raw);
  if (!property) return raw;
  const key2 = property[2].toLowerCase();
  if (BOOKKEEPING_PROPERTIES.has(key2)) return null;
  const value2 = property[3].replace(LINKS_SIDE_BY_SIDE, "$1, ").replace(PAGE_LINK, "$1");
  return key2 === "title" ? `# ${value2}` : `${property[1]}${property[2][0].toUpperCase()}${property[2].slice(1)}: ${value2}`;
}
function calloutTitle(raw) {
  const callout = CALLOUT.exec(raw.trim());
  if (!callout) return raw;
  const title = (callout[1] ?? "").trim();
  return /^[\p{L}' ]{1,40}$/u.test(title) && title.split(" ").length <= 4 ? `${title}:` : title;
}
function withoutShortcode(title) {
  return title.replace(HEADING_SHORTCODE, "");
}
function isDrawerStart(raw) {
  return DRAWER_START.test(raw);
}
function isDrawerEnd(raw) {
  return DRAWER_END.test(raw);
}
function readMarkdown(file, text3) {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text3);
  const { lines: fullLines, numbers } = splitLongLines(splitLines(body), (line) => HTML_START.test(line));
  const rawLines = fullLines.map((line) => line.slice(0, MAX_LINE_LENGTH));
  const truncated = [];
  const lines = [];
  let afterBreak = true;
  let fence = null;
  let fencedTable = null;
  let inComment = false;
  let tableColumns = 0;
  let plainHtmlUntil = 0;
  for (let index = 0; index < rawLines.length; index++) {
    const lineNumber = (numbers === null ? index + 1 : numbers[index]) + lineOffset;
    let raw = rawLines[index];
    if (fence !== null) {
      if (raw.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    if (inComment) {
      if (raw.includes("-->")) inComment = false;
      continue;
    }
    if (fencedTable !== null && raw.trimStart().startsWith(fencedTable)) {
      fencedTable = null;
      afterBreak = true;
      tableColumns = 0;
      continue;
    }
    const opening = opensWith(raw, " `~") ? FENCE.exec(raw) : null;
    if (opening) {
      afterBreak = true;
      if (isFencedTable(rawLines, index)) {
        fencedTable = opening[1];
        continue;
      }
      fence = opening[1];
      continue;
    }
    if (index >= plainHtmlUntil && raw.includes("<")) {
      const block = findHtmlBlock(fullLines, index);
      if (block?.table) {
        for (const line2 of readHtmlBlock(fullLines.slice(index, block.end), lineNumber, truncated)) lines.push(line2);
        index = block.end - 1;
        afterBreak = true;
        tableColumns = 0;
        continue;
      }
      if (block) plainHtmlUntil = block.end;
    }
    if (opensWith(raw, " <") && HTML_BLOCK.test(raw)) {
      inComment = raw.includes("<!--") && !raw.includes("-->");
      afterBreak = true;
      continue;
    }
    let quoted = false;
    while (opensWith(raw, " >") && QUOTE.test(raw)) {
      raw = raw.replace(QUOTE, "");
      quoted = true;
    }
    if (quoted && raw.startsWith("[!")) raw = calloutTitle(raw);
    if (raw.includes("::") || raw.includes(":LOGBOOK:")) {
      if (isDrawerStart(raw)) {
        while (index + 1 < rawLines.length && !isDrawerEnd(rawLines[index])) index++;
        continue;
      }
      const field = outlinerField(raw);
      if (field === null) continue;
      raw = field;
    }
    if (opensWith(raw, " {") && ATTRIBUTE_LIST.test(raw)) continue;
    if (raw.trim() === "") {
      afterBreak = true;
      tableColumns = 0;
      continue;
    }
    if (afterBreak && rawLines[index + 1] && (raw.startsWith("+") || COLUMN_HEADER_START.test(raw))) {
      const end = pushTextTable(rawLines, index, lines, (at) => (numbers === null ? at + 1 : numbers[at]) + lineOffset, truncated);
      if (end > index) {
        index = end - 1;
        continue;
      }
    }
    const previous = lines[lines.length - 1];
    if (opensWith(raw, " =-") && SETEXT.test(raw) && !afterBreak && previous?.line === lineNumber - 1 && previous.kind === "text" && !previous.cells) {
      let first = lines.length - 1;
      while (first > 0 && !lines[first].blockStart && lines[first - 1].kind === "text" && !lines[first - 1].cells) first--;
      lines[first].kind = "heading";
      lines[first].depth = raw.trim().startsWith("=") ? 1 : 2;
      afterBreak = true;
      continue;
    }
    if (opensWith(raw, " -*_") && RULE.test(raw)) {
      afterBreak = true;
      continue;
    }
    if (tableColumns === 0 && raw.includes("|") && DELIMITER_ROW.test(rawLines[index + 1] ?? "") && rawLines[index + 1].includes("-")) {
      const cells = splitRow(raw);
      tableColumns = cells.length;
      lines.push(row(cells, lineNumber, truncated));
      index++;
      continue;
    }
    if (tableColumns > 0) {
      lines.push(row(splitRow(raw).slice(0, tableColumns), lineNumber, truncated));
      continue;
    }
    const heading = opensWith(raw, " #") ? HEADING.exec(raw) : null;
    const item = heading || !opensWith(raw, " 	-*+0123456789") || continuesTabTable(raw, lines, lineNumber) ? null : LIST_ITEM.exec(raw);
    let line;
    if (heading) {
      const title = withoutShortcode(raw.slice(heading[0].length).trimEnd().replace(/(?:^|[ \t])#+$/, ""));
      const { text: text4, lead } = inline(title);
      line = makeLine({ line: lineNumber, kind: "heading", depth: heading[1].length, text: text4, lead });
    } else if (item && item[3] !== void 0) {
      let content = item[3];
      const task = TASK.exec(content);
      if (task) content = content.slice(task[0].length);
      const indent = item[1].replace(/\t/g, "    ").length;
      const { text: text4, lead } = inline(content);
      line = makeLine({ line: lineNumber, kind: "item", depth: Math.floor(indent / 2), marker: /\d/.test(item[2]) ? item[2].replace(")", ".") : "-", checked: task ? task[1] !== " " : null, text: text4, lead });
    } else {
      const cells = raw.includes("	") && !SETEXT.test(rawLines[index + 1] ?? "") ? splitTabs(raw, widthAbove(lines, lineNumber)) : null;
      if (cells) {
        lines.push(row(cells, lineNumber, truncated));
        continue;
      }
      const { text: text4, lead } = inline(raw);
      line = makeLine({ line: lineNumber, text: text4, lead });
    }
    if (line.text === "") continue;
    line.text = capLine(line.text, lineNumber, truncated);
    line.blockStart = afterBreak || line.kind !== "text" || previous?.kind === "heading";
    afterBreak = line.kind === "heading";
    if (line.kind === "text" && !line.blockStart && !line.cells) {
      closeEmphasis(lines, line);
      if (previous?.checked != null && (previous.kind === "item" || previous.kind === "text")) line.checked = previous.checked;
    }
    lines.push(line);
  }
  return { file, lines, frontMatter, text: text3, truncated };
}
function closeEmphasis(lines, last) {
  const mark = last.text.at(-1);
  if (mark !== "*" && mark !== "_" || last.text.at(-2) === mark) return;
  let first = lines.length - 1;
  while (first > 0 && !lines[first].blockStart && lines[first - 1].kind === "text" && !lines[first - 1].cells) first--;
  const opening = lines[first];
  if (opening?.kind !== "text" || opening.cells || opening.text[0] !== mark || opening.text[1] === mark || /\s/.test(opening.text[1] ?? " ")) return;
  opening.text = opening.text.slice(1);
  last.text = last.text.slice(0, -1);
}
function opensWith(raw, chars) {
  return raw.length > 0 && chars.includes(raw[0]);
}
function continuesTabTable(raw, lines, lineNumber) {
  const width = raw.includes("	") ? widthAbove(lines, lineNumber) : 0;
  return width > 0 && splitTabs(raw, width)?.length === width;
}
function pushTextTable(rawLines, index, lines, lineNumberOf, truncated) {
  const table2 = readTextTableAt(rawLines, index);
  if (!table2) return index;
  for (const [at, cells] of table2.rows) if (cells) lines.push(row(cells, lineNumberOf(at), truncated));
  return table2.end;
}
function isFencedTable(rawLines, index) {
  const header = rawLines[index + 1] ?? "";
  const delimiter = rawLines[index + 2] ?? "";
  return FENCE.exec(rawLines[index])[0].trim().length === rawLines[index].trim().length && header.includes("|") && delimiter.includes("-") && DELIMITER_ROW.test(delimiter);
}
function row(cells, lineNumber, truncated) {
  const clean = cells.map((cell) => inline(cell).text);
  return makeLine({ line: lineNumber, text: capLine(clean.filter(Boolean).join(" "), lineNumber, truncated), cells: clean, blockStart: true });
}
function splitRow(raw) {
  const cells = raw.trim().split(/(?<!\\)\|/);
  if (cells[0].trim() === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
  return cells.map((cell) => cell.replace(/\\\|/g, "|"));
}
function hasInlineMarkup(text3) {
  return MARKUP_CHARACTERS.some((char) => text3.includes(char)) || text3.endsWith("  ");
}
function inline(text3) {
  if (!hasInlineMarkup(text3)) return { text: cleanLine(text3), lead: null };
  const lead = /^(\*\*|__)(?![*_])(.+?)\1/.exec(text3.trim());
  const escapes = text3.includes("\\");
  const plain = (escapes ? text3.replace(/\\([!-/:-@[-`{-~])/g, (_, char) => String.fromCharCode(ESCAPED + char.charCodeAt(0))) : text3).replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1").replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1").replace(/<br ?\/?>/gi, " ").replace(/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g, "").replace(/<!--.*?-->/g, "").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2").replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2").replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1").replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name2) => ({ amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " ", "#39": "'" })[name2] ?? _).replace(/ {2,}$|\\$/, "");
  const restored = escapes ? plain.replace(/[\ue100-\ue17f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED)) : plain;
  return { text: cleanLine(restored), lead: lead ? cleanLine(inline(lead[2]).text).replace(/:$/, "").trim() : null };
}
var FENCE, HEADING, SETEXT, RULE, LIST_ITEM, TASK, QUOTE, DELIMITER_ROW, ATTRIBUTE_LIST, HTML_START, COLUMN_HEADER_START, HTML_BLOCK, PROPERTY, BOOKKEEPING_PROPERTIES, HEADING_SHORTCODE, PAGE_LINK, LINKS_SIDE_BY_SIDE, DRAWER_START, DRAWER_END, CALLOUT, ESCAPED, MARKUP_CHARACTERS;
var init_markdown = __esm({
  "src/read/markdown.ts"() {
    "use strict";
    init_normalise();
    init_front_matter();
    init_html_block();
    init_long_line();
    init_source();
    init_text_tables();
    FENCE = /^ {0,3}(`{3,}|~{3,})/;
    HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
    SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
    RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
    LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
    TASK = /^\[([ xX])\][ \t]+/;
    QUOTE = /^ {0,3}>[ \t]?/;
    DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
    ATTRIBUTE_LIST = /^ {0,3}\{:[^{}]*\}\s*$/;
    HTML_START = /^ {0,3}</;
    COLUMN_HEADER_START = /^[^\s#>*+|-](?:\S| (?! )){0,40} {2}/;
    HTML_BLOCK = /^ {0,3}<(?:!--|\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>\s*$)/;
    PROPERTY = /^(\s*(?:[-*+][ \t]+)?)([A-Za-z][\w-]{0,30}):: ?(.*)$/;
    BOOKKEEPING_PROPERTIES = /* @__PURE__ */ new Set(["id", "collapsed", "heading", "background-color", "icon", "template", "template-including-parent", "filters", "public", "exclude-from-graph-view"]);
    HEADING_SHORTCODE = new RegExp("^(?::[a-z\\d_+-]{1,40}:|\\p{Extended_Pictographic}[\\ufe0f\\u200d\\p{Extended_Pictographic}]{0,8})\\s+", "u");
    PAGE_LINK = /\[\[([^\[\]]+)\]\]/g;
    LINKS_SIDE_BY_SIDE = /(\]\]|\))[ \t]+(?=\[\[)/g;
    DRAWER_START = /^\s*:LOGBOOK:\s*$/;
    DRAWER_END = /^\s*:END:\s*$/;
    CALLOUT = /^\[![\w-]{1,20}\][+-]?(?:[ \t]+(.*))?$/;
    ESCAPED = 57600;
    MARKUP_CHARACTERS = ["!", "[", "<", "*", "_", "~", "\\", "&"];
  }
});

// src/lexicon/status.ts
function readStatus(raw, extraClosedWords = []) {
  const text3 = (raw ?? "").trim().replace(/^[\s\-\u2013\u2014:]+/, "");
  const ragWord2 = /^(green|amber|red|blue|[GARB])(?:\b|$)/i.exec(text3);
  const rag = ragWord2 && (ragWord2[1].length > 1 || text3.length === 1 || /^[GARB]\s*[\-\u2013\u2014(/]/.test(text3)) ? RAG[ragWord2[1].toLowerCase()] : null;
  if (OPEN_FIRST.test(text3)) return { status: "open", rag };
  if (CLOSED_FIRST.test(text3) || rag === "blue") return { status: "closed", rag };
  if (extraClosedWords.some((word2) => text3.toLowerCase().startsWith(word2.toLowerCase()))) return { status: "closed", rag };
  const last = lastClause(text3);
  if (last && CLOSED_FIRST.test(last) && !OPEN_FIRST.test(last)) return { status: "closed", rag };
  return { status: "open", rag };
}
function endsWithStatus(text3) {
  const last = lastClause(text3.trim());
  return last !== null && (CLOSED_FIRST.test(last) || OPEN_FIRST.test(last));
}
function startsWithStatus(text3) {
  return OPEN_FIRST.test(text3.trim()) || CLOSED_FIRST.test(text3.trim());
}
function lastClause(text3) {
  const cut2 = Math.max(text3.lastIndexOf(";"), text3.lastIndexOf(","), text3.lastIndexOf(". "));
  if (cut2 < 0) return null;
  const clause = text3.slice(cut2 + 1).trim().replace(/[.!]$/, "").replace(/^[\u2013\u2014-]\s*/, "");
  return clause.length > 0 && clause.length <= MAX_STATUS_CLAUSE ? clause : null;
}
function splitTrailingStatus(text3) {
  if (!text3.includes(" - ") && !text3.includes(" \u2013 ") && !text3.includes(" \u2014 ")) return null;
  const m = TRAILING_STATUS.exec(text3);
  if (!m) return null;
  const word2 = m[1].trim();
  const whole = OPEN_FIRST.exec(word2) ?? CLOSED_FIRST.exec(word2);
  if (whole && whole[0].length === word2.length || RAG_ALONE.test(word2)) return { text: text3.slice(0, m.index).trimEnd(), status: word2 };
  return null;
}
var OPEN_FIRST, CLOSED_FIRST, RAG, MAX_STATUS_CLAUSE, TRAILING_STATUS, RAG_ALONE;
var init_status = __esm({
  "src/lexicon/status.ts"() {
    "use strict";
    OPEN_FIRST = /^(?:not\s+(?:yet\s+)?(?:complete|completed|done|closed|started)|incomplete|in\s+progress|ongoing|on-going|(?:still\s+)?open|outstanding|chasing|pending|overdue|on\s+track|at\s+risk|delayed|c\/f|carried\s+(?:forward|over)|brought\s+forward|b\/f|partially|partly|awaiting|underway|started|deferred|postponed|on\s+hold|blocked|keep\s+open)\b|^(?:\[ \]|[\u23f3\u274c\u2717\u2718\u2610\u231b\ud83d\udd04])/iu;
    CLOSED_FIRST = /^(?:closed|complete|completed|done|discharged|finished|achieved|\[x\]|[\u2713\u2714\u2705\u2611])(?![\w-])/iu;
    RAG = { g: "green", green: "green", a: "amber", amber: "amber", r: "red", red: "red", b: "blue", blue: "blue" };
    MAX_STATUS_CLAUSE = 16;
    TRAILING_STATUS = / [\u2013\u2014-] ([^\s\u2013\u2014-][^\u2013\u2014]{0,20}?)\.?$/;
    RAG_ALONE = /^(?:green|amber|red|blue|[GARB])$/i;
  }
});

// src/read/page-furniture.ts
function findPageFurniture(lines) {
  const furniture = /* @__PURE__ */ new Set();
  const footers = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].length < 160 && /\d$/.test(lines[i].trimEnd()) && PAGE_NUMBER_LINE.test(lines[i].trim())) footers.push(i);
  if (footers.length === 0) return furniture;
  const seen = /* @__PURE__ */ new Map();
  for (const footer of footers) {
    for (let k = footer + 1; k < lines.length && k <= footer + HEADER_LINES; k++) {
      const text3 = normalised(lines[k]);
      if (text3 !== "") seen.set(text3, (seen.get(text3) ?? 0) + 1);
    }
  }
  const isBlankOrRule = (line) => line.trim() === "" || RULE2.test(line.trim());
  for (let k = 0, seenLines = 0; k < lines.length && seenLines < FIRST_PAGE_HEADER_LINES; k++) {
    if (isBlankOrRule(lines[k])) continue;
    seenLines++;
    const text3 = normalised(lines[k]);
    if ((text3.includes("#") || /\bminutes\b/i.test(text3)) && (seen.get(text3) ?? 0) >= 2) furniture.add(k);
  }
  for (const footer of footers) {
    furniture.add(footer);
    for (let k = footer - 1; k >= 0 && isBlankOrRule(lines[k]); k--) furniture.add(k);
    for (let k = footer + 1; k < lines.length && k <= footer + HEADER_LINES; k++) {
      if (!isBlankOrRule(lines[k]) && (seen.get(normalised(lines[k])) ?? 0) < 2) break;
      furniture.add(k);
    }
  }
  return furniture;
}
function normalised(line) {
  return line.trim().replace(/\d+/g, "#");
}
var PAGE_NUMBER_LINE, RULE2, HEADER_LINES, FIRST_PAGE_HEADER_LINES;
var init_page_furniture = __esm({
  "src/read/page-furniture.ts"() {
    "use strict";
    PAGE_NUMBER_LINE = /(?:^|\s{3,}|\s[|\u2013\u2014-]\s)page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
    RULE2 = /^([-_=*])\1{9,}$/;
    HEADER_LINES = 6;
    FIRST_PAGE_HEADER_LINES = 2;
  }
});

// src/read/wiki-markup.ts
function isWikiMarkup(lines) {
  let marks = 0;
  for (const line of lines) {
    if (line.startsWith("h") && HEADING2.test(line) || line.startsWith("||") && HEADER_ROW.test(line)) marks++;
    if (marks >= 2) return true;
  }
  return false;
}
function wikiLine(raw) {
  let line = raw;
  if (line.includes("{")) line = line.replace(MACRO, "");
  if (line.includes("[~")) line = line.replace(MENTION, "@$1");
  if (line.includes("(")) line = line.replace(ICON, (icon) => ICONS[icon]);
  if (line.startsWith("||")) line = line.replace(/\|\|/g, "|");
  return line;
}
function wikiMarkupHeading(text3) {
  const m = text3.startsWith("h") ? HEADING2.exec(text3) : null;
  return m ? { depth: Number(m[1]), title: m[2].trim() } : null;
}
var HEADING2, HEADER_ROW, MACRO, MENTION, ICONS, ICON;
var init_wiki_markup = __esm({
  "src/read/wiki-markup.ts"() {
    "use strict";
    HEADING2 = /^h([1-6])\.\s+(\S.*)$/;
    HEADER_ROW = /^\|\|.*\|\|\s*$/;
    MACRO = /(?<!\{)\{[a-z][a-zA-Z-]*(?::[^{}]*)?\}(?!\})/g;
    MENTION = /\[~([\w.-]+)\]/g;
    ICONS = { "(/)": "\u2714", "(x)": "\u2718", "(!)": "\u26A0", "(?)": "\u2753" };
    ICON = /\((?:\/|x|!|\?)\)/g;
  }
});

// src/read/plain-text.ts
function readPlainText(file, text3) {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text3);
  const { lines: splitRaw, numbers } = splitLongLines(splitLines(body));
  const wikiMarkup = isWikiMarkup(splitRaw);
  const rawLines = wikiMarkup ? splitRaw.map(wikiLine) : splitRaw;
  const capped = rawLines.map((line) => line.slice(0, MAX_LINE_LENGTH));
  const messy = capped.map(needsCleaning);
  const pipeRows = findPipeRows(capped);
  const gridRows = capped.some(isGridBorder) ? findGridRows(capped) : null;
  const columnRows = findColumnRows(capped, (index) => messy[index]);
  const furniture = findPageFurniture(capped);
  const lines = [];
  let afterBreak = true;
  const truncated = [];
  rawLines.forEach((fullRaw, index) => {
    if (furniture.has(index)) {
      if (!furniture.has(index - 1) && index > 0 && /[.!?:]$/.test(capped[index - 1].trim())) afterBreak = true;
      return;
    }
    if (index > 0 && furniture.has(index - 1) && ITEM_AFTER_PAGE.test(capped[index])) afterBreak = true;
    const lineNumber = (numbers === null ? index + 1 : numbers[index]) + lineOffset;
    const raw = capLine(fullRaw, lineNumber, truncated);
    const cleaned = withoutBotStamp(messy[index] ? cleanSpaces(raw) : raw.trim());
    if (cleaned === "" || opensWith2(cleaned, "-*_=") && RULE3.test(cleaned)) {
      const previous = lines[lines.length - 1];
      if (cleaned !== "" && !afterBreak && /^[=-]/.test(cleaned) && previous?.line === lineNumber - 1 && previous.kind === "text" && !previous.cells) {
        previous.kind = "heading";
        previous.depth = cleaned.startsWith("=") ? 1 : 2;
      }
      afterBreak = true;
      return;
    }
    if (opensWith2(cleaned, "pP-0123456789") && PAGE_FOOTER.test(cleaned)) return;
    const grid = gridRows?.get(index);
    if (grid === null) return;
    if (grid) {
      const line2 = makeLine({ line: lineNumber, text: stripInlineMarkup(grid.filter(Boolean).join(" ")), cells: grid });
      line2.blockStart = afterBreak;
      afterBreak = false;
      lines.push(line2);
      return;
    }
    if (pipeRows.has(index) && (PIPE_DELIMITER.test(cleaned) || PLUS_DELIMITER.test(cleaned))) return;
    const columns = columnRows.get(index);
    if (columns === null) return;
    const wiki = opensWith2(cleaned, "=") ? wikiHeading(cleaned) : wikiMarkup ? wikiMarkupHeading(cleaned) : null;
    const line = wiki ? makeLine({ line: lineNumber, kind: "heading", depth: wiki.depth, text: wiki.title }) : columns ? makeLine({ line: lineNumber, text: columns.filter(Boolean).join(" "), cells: columns }) : !afterBreak && (isWrappedStatus(cleaned) || continuesWrappedLine(lines[lines.length - 1], cleaned)) ? makeLine({ line: lineNumber, text: cleaned }) : readLine(raw, cleaned, lineNumber, pipeRows.has(index), widthAbove(lines, lineNumber));
    if (line === null) return;
    line.blockStart = afterBreak || line.kind === "item";
    afterBreak = false;
    lines.push(line);
  });
  return { file, lines, frontMatter, text: text3, truncated };
}
function withoutBotStamp(line) {
  return line.endsWith(")") ? line.replace(BOT_STAMP, "") : line;
}
function spacedColumns(raw) {
  const columns = raw.trim().split(WIDE_GAP).map((column) => stripInlineMarkup(column.trim()));
  if (SECOND_COLUMN_INDENT.test(raw)) columns.unshift("");
  return columns.length > 1 ? columns : null;
}
function continuesWrappedLine(previous, cleaned) {
  return (cleaned.startsWith("\u2013 ") || cleaned.startsWith("\u2014 ")) && previous !== void 0 && previous.kind === "text" && !previous.cells && previous.text.length >= 60 && !/[.:;!?]$/.test(previous.text);
}
function isWrappedStatus(cleaned) {
  return (cleaned.startsWith("\u2013 ") || cleaned.startsWith("\u2014 ")) && cleaned.length <= 24 && splitTrailingStatus(`x ${cleaned}`) !== null;
}
function readLine(raw, cleaned, lineNumber, isPipeRow, rowWidthAbove) {
  const cells = isPipeRow ? splitPipes(raw) : splitTabs(raw, rowWidthAbove);
  if (cells) return makeLine({ line: lineNumber, text: stripInlineMarkup(cells.filter(Boolean).join(" ")), cells });
  const indent = indentOf2(raw);
  let rest = cleaned;
  let kind = "text";
  let marker = null;
  let checked2 = null;
  const bullet = opensWith2(rest, BULLET_CHARACTERS) ? BULLET2.exec(rest) : null;
  if (bullet) {
    kind = "item";
    marker = bullet[1];
    rest = rest.slice(bullet[0].length);
    if (rest === "") return null;
    const task = TASK2.exec(rest);
    if (task) {
      checked2 = task[1] !== " ";
      rest = rest.slice(task[0].length);
    }
  } else if (rest.charCodeAt(0) === 91 && TASK2.test(rest)) {
    const task = TASK2.exec(rest);
    kind = "item";
    marker = "-";
    checked2 = task[1] !== " ";
    rest = rest.slice(task[0].length);
  }
  const lead = rest.startsWith("**") ? LEAD.exec(rest) : null;
  return makeLine({
    line: lineNumber,
    kind,
    marker,
    checked: checked2,
    columns: kind === "text" && raw.includes("   ") ? spacedColumns(raw) : null,
    depth: kind === "item" ? Math.floor(indent / 2) : 0,
    lead: lead ? lead[1].replace(/:$/, "").trim() : null,
    text: stripInlineMarkup(rest)
  });
}
function opensWith2(line, chars) {
  return line.length > 0 && chars.includes(line[0]);
}
function indentOf2(raw) {
  let width = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === " ") width += 1;
    else if (char === "	") width += 4;
    else break;
  }
  return width;
}
function findPipeRows(lines) {
  const rows = /* @__PURE__ */ new Set();
  const pipes = (line) => line.includes("|") ? (line.match(/(?<!\\)\|/g) ?? []).length : 0;
  const count3 = (line, i) => line.includes("+") && i > 0 && PLUS_DELIMITER.test(line.trim()) ? pipes(lines[i - 1]) : pipes(line);
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = count3(lines[i], i);
    if (here === 0 || here !== count3(lines[i + 1], i + 1)) continue;
    if (here === 1 && count3(lines[i + 2] ?? "", i + 2) !== 1 && count3(lines[i - 1] ?? "", i - 1) !== 1 && !PIPE_DELIMITER.test(lines[i].trim()) && !PIPE_DELIMITER.test(lines[i + 1].trim())) continue;
    rows.add(i);
    rows.add(i + 1);
  }
  return rows;
}
function wikiHeading(text3) {
  if (!text3.startsWith("==") || !text3.endsWith("==")) return null;
  let open = 0;
  while (text3[open] === "=") open++;
  let close = 0;
  while (text3[text3.length - 1 - close] === "=") close++;
  const title = text3.slice(open, text3.length - close).trim();
  return open === close && open <= 6 && title !== "" && !title.includes("=") ? { depth: open - 1, title } : null;
}
var ITEM_AFTER_PAGE, BULLET_CHARACTERS, BULLET2, TASK2, LEAD, RULE3, PAGE_FOOTER, PIPE_DELIMITER, PLUS_DELIMITER, BOT_STAMP, WIDE_GAP, SECOND_COLUMN_INDENT;
var init_plain_text = __esm({
  "src/read/plain-text.ts"() {
    "use strict";
    init_normalise();
    init_front_matter();
    init_long_line();
    init_source();
    init_status();
    init_page_furniture();
    init_text_tables();
    init_wiki_markup();
    ITEM_AFTER_PAGE = new RegExp("^\\s*(?:(?:case|item|minute|min\\.?)\\s+)?\\d{1,4}(?:[./]\\d{1,4}){0,2}[.:)]?\\s+\\p{Lu}", "iu");
    BULLET_CHARACTERS = "-*+\u2022\u25CF\u25AA\u25E6\u2023\xB7\u2013\u2014\u2192\u25BA\u27A4";
    BULLET2 = new RegExp(`^([${BULLET_CHARACTERS}])(?:\\s+|$)`);
    TASK2 = /^\[([ xX])\]\s+/;
    LEAD = /^\*\*([^*\n]+?)\*\*\s*:?\s*/;
    RULE3 = /^([-*_=])(?:\s*\1){2,}$/;
    PAGE_FOOTER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/i;
    PIPE_DELIMITER = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
    PLUS_DELIMITER = /^[-=]{2,}(?:\+[-=]{2,})+\+?$/;
    BOT_STAMP = /\s*\([\w.|-]{1,30}, \d{2}:\d{2}:\d{2}\)$/;
    WIDE_GAP = / {3,}/;
    SECOND_COLUMN_INDENT = /^ {24,}\S/;
  }
});

// src/read/index.ts
function readSource(text3, options = {}) {
  const file = options.file ?? "-";
  const markdown = options.markdown ?? isMarkdownFile(file);
  const pdf2 = options.markdown === void 0 && isPdfFile(file);
  const html2 = options.markdown === void 0 && (isHtmlFile(file) || isWordFile(file) || pdf2);
  const source = html2 ? readHtml(file, text3) : markdown ? readMarkdown(file, text3) : readPlainText(file, text3);
  if (pdf2) source.pageStarts = pageStartsOf(text3);
  if (source.text.includes("\u2028") || source.text.includes("\u2029")) source.text = source.text.replace(/[\u2028\u2029]/g, " ");
  return source;
}
function isMarkdownFile(file) {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(file);
}
var init_read = __esm({
  "src/read/index.ts"() {
    "use strict";
    init_html();
    init_markdown();
    init_plain_text();
    init_pdf();
    init_word();
    init_decode();
    init_html();
    init_word();
    init_pdf();
  }
});

// src/text/phrase-count.ts
var PhraseCounter, LETTERS, LETTER_FIRST, SPACE;
var init_phrase_count = __esm({
  "src/text/phrase-count.ts"() {
    "use strict";
    init_letters();
    PhraseCounter = class {
      constructor(text3) {
        this.text = text3;
      }
      text;
      /** Where each run of letters starts, in order. */
      starts = [];
      /** Each run of letters \u2192 the indexes (into `starts`) of its occurrences. */
      runs;
      /**
       * Occurrences of `name` with no letter just before or after, any whitespace standing for its
       * spaces: what `/(?<!\p{L})name(?!\p{L})/gu` finds. A name that does not start with a letter counts 0.
       */
      count(name2) {
        const words2 = name2.match(LETTERS.for(name2));
        if (!words2 || !name2.startsWith(words2[0])) return 0;
        const runs = this.index();
        let rarest = 0;
        for (let k = 1; k < words2.length; k++) if ((runs.get(words2[k])?.length ?? 0) < (runs.get(words2[rarest])?.length ?? 0)) rarest = k;
        let count3 = 0;
        for (const at of runs.get(words2[rarest]) ?? []) if (at >= rarest && this.writtenAt(name2, this.starts[at - rarest])) count3++;
        return count3;
      }
      /**
       * Whether the text has `name` at `start` (where a run of letters starts), a run of whitespace for
       * each of its spaces, and no letter after it.
       */
      writtenAt(name2, start) {
        const text3 = this.text;
        let t = start;
        for (let n = 0; n < name2.length; ) {
          if (SPACE.test(name2[n])) {
            if (!SPACE.test(text3[t] ?? "")) return false;
            while (n < name2.length && SPACE.test(name2[n])) n++;
            while (t < text3.length && SPACE.test(text3[t])) t++;
          } else if (text3[t++] !== name2[n++]) return false;
        }
        return !LETTER_FIRST.test(text3.slice(t, t + 2));
      }
      index() {
        if (this.runs) return this.runs;
        this.runs = /* @__PURE__ */ new Map();
        for (const match of this.text.matchAll(LETTERS.for(this.text))) {
          const at = this.starts.length;
          this.starts.push(match.index);
          const list = this.runs.get(match[0]);
          if (list) list.push(at);
          else this.runs.set(match[0], [at]);
        }
        return this.runs;
      }
    };
    LETTERS = letterPattern(String.raw`\p{L}+`, "gu");
    LETTER_FIRST = letterPattern(String.raw`^\p{L}`, "u");
    SPACE = /\s/;
  }
});

// src/text/split.ts
function splitTopLevel(text3, separator) {
  const masked = maskParentheses(text3);
  const global = globalOf(separator);
  global.lastIndex = 0;
  const parts = [];
  let start = 0;
  for (let m = global.exec(masked); m; m = global.exec(masked)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    pushTrimmed(parts, text3.slice(start, m.index));
    start = m.index + m[0].length;
  }
  pushTrimmed(parts, text3.slice(start));
  return parts;
}
function pushTrimmed(parts, part) {
  const trimmed = part.trim();
  if (trimmed) parts.push(trimmed);
}
function maskParentheses(text3) {
  if (!text3.includes("(")) return text3;
  let masked = "";
  let depth = 0;
  let runStart = 0;
  for (let i = 0; i < text3.length; i++) {
    const code = text3.charCodeAt(i);
    if (code === 40) {
      if (depth === 0) {
        masked += text3.slice(runStart, i);
        runStart = i;
      }
      depth++;
    } else if (code === 41 && depth > 0) {
      depth--;
      if (depth === 0) {
        masked += "".repeat(i + 1 - runStart);
        runStart = i + 1;
      }
    }
  }
  return masked + (depth > 0 ? "".repeat(text3.length - runStart) : text3.slice(runStart));
}
function globalOf(separator) {
  if (separator.global) return separator;
  let global = globalForms.get(separator);
  if (!global) {
    global = new RegExp(separator.source, `${separator.flags}g`);
    globalForms.set(separator, global);
  }
  return global;
}
var globalForms;
var init_split = __esm({
  "src/text/split.ts"() {
    "use strict";
    globalForms = /* @__PURE__ */ new WeakMap();
  }
});

// src/resolve/owner-memo.ts
var OwnerMemo;
var init_owner_memo = __esm({
  "src/resolve/owner-memo.ts"() {
    "use strict";
    OwnerMemo = class {
      constructor(rules, personOf) {
        this.rules = rules;
        this.personOf = personOf;
      }
      rules;
      personOf;
      /** Owner lists by the cell written. */
      lists = /* @__PURE__ */ new Map();
      /** Single owners by the text written. */
      owners = /* @__PURE__ */ new Map();
      /** The person near each folded name, or null for none or too many. */
      close = /* @__PURE__ */ new Map();
      /** The minutes' count of each spelling. */
      counts = /* @__PURE__ */ new Map();
      /** Near misses met so far, so a resolution can tell whether it met one. */
      nearMisses = 0;
      /** Marks the resolution under way as not to be remembered: it met a near miss. */
      metNearMiss() {
        this.nearMisses++;
      }
      /** `rules.owners(raw)`, remembered. */
      ownerList(raw) {
        const hit = this.lists.get(raw);
        if (hit) return hit.map((entry) => this.copyOf(entry));
        const before = this.nearMisses;
        const owners = this.rules.owners(raw);
        if (this.nearMisses === before) this.lists.set(raw, owners.map((owner) => this.remembered(owner)));
        return owners;
      }
      /** The names in a remembered owner list, with no copies made, or undefined if none is remembered. */
      rememberedNames(raw) {
        return this.lists.get(raw)?.map((entry) => entry.owner.name);
      }
      /** `rules.owner(written)`, remembered. */
      owner(written) {
        const hit = this.owners.get(written);
        if (hit) return this.copyOf(hit);
        const before = this.nearMisses;
        const owner = this.rules.owner(written);
        if (this.nearMisses === before) this.owners.set(written, this.remembered(owner));
        return owner;
      }
      /** `rules.closeTo(folded)`, remembered. */
      closeTo(folded) {
        let person2 = this.close.get(folded);
        if (person2 === void 0) {
          person2 = this.rules.closeTo(folded);
          this.close.set(folded, person2);
        }
        return person2;
      }
      /** `rules.count(name)`, remembered. */
      count(name2) {
        let count3 = this.counts.get(name2);
        if (count3 === void 0) {
          count3 = this.rules.count(name2);
          this.counts.set(name2, count3);
        }
        return count3;
      }
      remembered(owner) {
        return { owner: { ...owner }, person: this.personOf.get(owner) ?? null };
      }
      /** A fresh copy of a remembered owner, still linked to its person. */
      copyOf(entry) {
        const owner = { ...entry.owner };
        if (entry.person) this.personOf.set(owner, entry.person);
        return owner;
      }
    };
  }
});

// src/resolve/person-index.ts
function nameKeys(name2) {
  let keys = keysByName.get(name2);
  if (!keys) {
    if (keysByName.size >= MAX_NAMES) keysByName.clear();
    const words2 = name2.split(/\s+/);
    const full = fold(name2);
    const derived = initialsOf(name2);
    const given = words2.length > 2 && new RegExp("^\\p{Lu}\\.?$", "u").test(words2[0]) ? words2[1] : words2[0];
    keys = { full, first: fold(given), last: fold(words2[words2.length - 1]), words: full.split(" ").length, derived, variants: initialVariants(name2, derived) };
    keysByName.set(name2, keys);
  }
  return keys;
}
function initialsOf(name2) {
  let initials = "";
  for (const part of name2.split(/[\s-]+/)) if (startsUpperCase(part)) initials += baseLetter(part[0]);
  return initials.toUpperCase();
}
function initialVariants(name2, derived) {
  const words2 = name2.split(/\s+/);
  const variants = /* @__PURE__ */ new Set();
  variants.add(initialsOf(name2.replace(new RegExp("\\b(O['\\u2019]|Mc|Mac)(?=\\p{Lu})", "gu"), "$1 ")));
  if (words2.length > 1 && words2[0].includes("-")) variants.add(initialsOf([words2[0].split("-")[0], ...words2.slice(1)].join(" ")));
  variants.add(words2.map((word2) => baseLetter(word2[0] ?? "")).join("").toUpperCase());
  if (name2.includes(".")) variants.add(initialsOf(name2.replace(/\./g, " ")));
  variants.delete(derived);
  return [...variants].filter((variant) => variant.length > 1);
}
function baseLetter(letter) {
  return letter.charCodeAt(0) < 128 ? letter : letter.normalize("NFD")[0];
}
function organisationsOf(people) {
  const organisations = /* @__PURE__ */ new Set();
  for (const person2 of people) {
    if (!person2.organisation) continue;
    const bracketed = person2.organisation.includes("(");
    const org = (bracketed ? person2.organisation.replace(/\s*\([^)]*\)\s*$/, "") : person2.organisation).trim();
    organisations.add(fold(org));
    const acronym = bracketed ? /\(([A-Z][A-Za-z&]{1,7})\)/.exec(person2.organisation) : null;
    if (acronym) organisations.add(fold(acronym[1]));
    if (/^[A-Z&]{2,8}$/.test(org)) organisations.add(fold(org));
  }
  return organisations;
}
function shapes(full, words2, length = full.length) {
  const last = full.slice(full.lastIndexOf(" ") + 1);
  return [`${words2} ${length} ${full[0]}`, `${words2} ${length} ~${last[0]}`];
}
function add(map, key2, person2) {
  const list = map.get(key2);
  if (list) list.push(person2);
  else map.set(key2, [person2]);
}
var MAX_NEAR_CANDIDATES, PersonIndex, keysByName, MAX_NAMES;
var init_person_index = __esm({
  "src/resolve/person-index.ts"() {
    "use strict";
    init_normalise();
    MAX_NEAR_CANDIDATES = 64;
    PersonIndex = class {
      people;
      /** Each person's name keys, computed once. */
      keys = /* @__PURE__ */ new Map();
      handles;
      fullNames;
      byInitials;
      byLooseInitials;
      byDerived;
      byVariant;
      byLeading;
      byFirst;
      byLast;
      byTail;
      /** Words, length and the first letter of the first (or, after `~`, the last) word \u2192 people. */
      byShape;
      constructor(people) {
        this.people = people;
      }
      keysOf(person2) {
        let keys = this.keys.get(person2);
        if (!keys) {
          keys = nameKeys(person2.name);
          this.keys.set(person2, keys);
        }
        return keys;
      }
      /** A table of the people by one key; `keyOf` gives a person's key, or null for none. */
      table(keyOf2) {
        const map = /* @__PURE__ */ new Map();
        for (const person2 of this.people) {
          const key2 = keyOf2(person2);
          if (key2 !== null) add(map, key2, person2);
        }
        return map;
      }
      /** The first person for each key, for keys that name one person. */
      firstOf(keyOf2) {
        const map = /* @__PURE__ */ new Map();
        for (const person2 of this.people) {
          const key2 = keyOf2(person2);
          if (key2 !== null && !map.has(key2)) map.set(key2, person2);
        }
        return map;
      }
      /** A listed person's name, folded whole. */
      folded(person2) {
        return this.keysOf(person2).full;
      }
      handle(lowerCased) {
        this.handles ??= this.firstOf((person2) => person2.handle?.toLowerCase() ?? null);
        return this.handles.get(lowerCased) ?? null;
      }
      full(folded) {
        this.fullNames ??= this.firstOf((person2) => this.keysOf(person2).full);
        return this.fullNames.get(folded) ?? null;
      }
      initials(text3) {
        this.byInitials ??= this.table((person2) => person2.initials);
        return this.byInitials.get(text3) ?? [];
      }
      looseInitials(upperCased) {
        this.byLooseInitials ??= this.table((person2) => person2.initials?.toUpperCase() ?? null);
        return this.byLooseInitials.get(upperCased) ?? [];
      }
      /**
       * People listed without initials whose name gives these, accents aside ("EN" or "\u00c9N" for \u00c9lodie N\u00fa\u00f1ez); failing
       * that, whose name gives them written another way ("SOR" for Siobhan O'Rourke).
       */
      derivedInitials(upperCased) {
        this.byDerived ??= this.table((person2) => person2.initials ? null : this.keysOf(person2).derived);
        const key2 = isAscii(upperCased) ? upperCased : [...upperCased].map(baseLetter).join("");
        const found = this.byDerived.get(key2);
        if (found) return found;
        if (!this.byVariant) {
          this.byVariant = /* @__PURE__ */ new Map();
          for (const person2 of this.people) if (!person2.initials) for (const variant of this.keysOf(person2).variants) add(this.byVariant, variant, person2);
        }
        return this.byVariant.get(key2) ?? [];
      }
      /**
       * People listed without initials whose name of four words or more opens with these ("MO" for Marcus Ong Jun Hao):
       * an English given name and the surname before the other given names, as Singaporean and Malaysian names go.
       */
      leadingInitials(upperCased) {
        this.byLeading ??= this.table((person2) => {
          const keys = this.keysOf(person2);
          return person2.initials || keys.words < 4 ? null : keys.derived.slice(0, 2);
        });
        return this.byLeading.get(upperCased) ?? [];
      }
      first(folded) {
        this.byFirst ??= this.table((person2) => this.keysOf(person2).first);
        return this.byFirst.get(folded) ?? [];
      }
      last(folded) {
        this.byLast ??= this.table((person2) => this.keysOf(person2).last);
        return this.byLast.get(folded) ?? [];
      }
      /** People whose name ends in these words, two or more but not the whole name ("van der Berg", "N\u00ed Bhriain"). */
      tail(folded) {
        if (!this.byTail) {
          const byTail = /* @__PURE__ */ new Map();
          for (const person2 of this.people) {
            const words2 = this.keysOf(person2).full.split(" ");
            for (let start = 1; start <= words2.length - 2; start++) add(byTail, words2.slice(start).join(" "), person2);
          }
          this.byTail = byTail;
        }
        return this.byTail.get(folded) ?? [];
      }
      /**
       * People whose folded name could be within `limit` edits of `folded`: as many words, a length
       * within the limit, and the same first letter of the first or of the last word. Null when there are
       * too many to tell apart.
       */
      nearCandidates(folded, limit) {
        if (!this.byShape) {
          const byShape = /* @__PURE__ */ new Map();
          for (const person2 of this.people) {
            const keys = this.keysOf(person2);
            for (const shape of shapes(keys.full, keys.words)) add(byShape, shape, person2);
          }
          this.byShape = byShape;
        }
        const words2 = folded.split(" ").length;
        const found = /* @__PURE__ */ new Set();
        for (let length = folded.length - limit; length <= folded.length + limit; length++) {
          for (const shape of shapes(folded, words2, length)) {
            for (const person2 of this.byShape.get(shape) ?? []) {
              found.add(person2);
              if (found.size > MAX_NEAR_CANDIDATES) return null;
            }
          }
        }
        return [...found];
      }
    };
    keysByName = /* @__PURE__ */ new Map();
    MAX_NAMES = 1e4;
  }
});

// src/resolve/owners.ts
function looksLikeInitials(text3) {
  return INITIALS.test(text3) && CAPITALS.test(text3);
}
function endsInOrganisationWord(text3) {
  const space = text3.lastIndexOf(" ");
  return space > 0 && ORGANISATION_WORDS.has(text3.slice(space + 1).toLowerCase()) && CAPITALISED_WORDS.test(text3);
}
var INITIALS_AS_WRITTEN, SHORT_NAME, FIRST_AND_INITIAL, EMAIL, OWNER_SEPARATOR, OWNER_LABEL, NO_OWNER, LONE_CONJUNCTION, INITIAL_AND_SURNAME, BODY, BODY_OF, TRAILING_ACRONYM, TRAILING_ORG_ACRONYM, ACRONYM, OFFICE_INITIALS, OFFICE_FIELD, TRAILING_NOTE, INITIALS, CAPITALS, ACRONYM_CAPITALS, NICK, ONE_WORD, Directory, CAPITALISED_WORDS;
var init_owners = __esm({
  "src/resolve/owners.ts"() {
    "use strict";
    init_actions();
    init_names();
    init_normalise();
    init_phrase_count();
    init_split();
    init_owner_memo();
    init_person_index();
    init_letters();
    INITIALS_AS_WRITTEN = new RegExp("^\\p{Lu}(?:\\p{Ll}{0,2}\\p{Lu}){1,3}$", "u");
    SHORT_NAME = new RegExp("^\\p{Lu}\\p{Ll}$", "u");
    FIRST_AND_INITIAL = new RegExp("^(\\S{2,}) (\\p{L})\\.?$", "u");
    EMAIL = /^([\w.'-]{1,64})(?:\+[\w.-]*)?@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
    OWNER_SEPARATOR = /\s*(?:,|;|\/|&|\+|\band\b)\s*|\s+(?=@)/gi;
    OWNER_LABEL = /^\s*(?:owners?|lead|by)\s*:\s*/i;
    NO_OWNER = /^(?:tbc|tbd|n\/a|-|none)$/i;
    LONE_CONJUNCTION = /^(?:and|&)$/i;
    INITIAL_AND_SURNAME = /^([a-z])\.? (\S.*)$/;
    BODY = /\b(?:committee|team|group|board|panel|partnership|council|service|forum|network|office|unit)$/i;
    BODY_OF = /^(?:office|department|ministry|directorate|bureau|university|college) (?:of|for) /i;
    TRAILING_ACRONYM = /\s+[A-Z]{2,6}$/;
    TRAILING_ORG_ACRONYM = /\s+[A-Z][A-Za-z]{0,5}[A-Z]$/;
    ACRONYM = /^[A-Z][A-Za-z&]{2,9}$/;
    OFFICE_INITIALS = /^[A-Z]{2,4}$/;
    OFFICE_FIELD = /^(.+?) \(([A-Z][a-z]+(?: (?:and|&|[A-Z][a-z]+)){0,3})\)$/;
    TRAILING_NOTE = /(?:\s+\([^)]*\)|\((?![A-Za-z]{1,4}\))[^)]*\))\s*$/;
    INITIALS = letterPattern(String.raw`^\p{Lu}\p{L}{0,4}$`, "u");
    CAPITALS = letterPattern(String.raw`^\p{Lu}+$|\p{Lu}.*\p{Lu}`, "u");
    ACRONYM_CAPITALS = /^[A-Z&]+$|[A-Z].*[A-Z]/;
    NICK = /^[a-z][\w-]{1,20}$/;
    ONE_WORD = /^[A-Z][a-z]+$/;
    Directory = class {
      nearMisses = [];
      people;
      index;
      organisations;
      /** The offices the roll gives people, folded ("head of risk and business continuity"). */
      roles;
      aliases;
      phrases;
      /** The person each owner handed out stands for, for `settleNames` and `knows`. */
      personOf = /* @__PURE__ */ new WeakMap();
      memo = new OwnerMemo(
        {
          owners: (raw) => this.ownersIn(raw),
          owner: (written) => this.ownerOf(written),
          closeTo: (folded) => this.personCloseTo(folded),
          count: (name2) => this.phrases.count(name2)
        },
        this.personOf
      );
      /** Spelling of each person's name used in owners: the one the minutes use most often. */
      canonical = /* @__PURE__ */ new Map();
      /** Near misses reported so far, by line and spelling. */
      reported = /* @__PURE__ */ new Set();
      /** Line of the owner being resolved, for near-miss reports. */
      line = 0;
      /** The initials of the offices the roll gives ("YC" for Youth Commissioner), once asked for. */
      officeInitials = null;
      constructor(people, fullText, aliases = {}) {
        this.people = people;
        this.index = new PersonIndex(people);
        this.organisations = organisationsOf(people);
        this.roles = new Set(people.flatMap((person2) => person2.role ? [fold(person2.role)] : []));
        this.aliases = new Map(Object.entries(aliases).map(([alias, name2]) => [fold(alias), name2]));
        this.phrases = new PhraseCounter(fullText);
      }
      /** Splits an owner cell or ACTION parenthesis into owners and resolves each one. */
      resolveAll(raw, line = 0) {
        this.line = line;
        return raw ? this.memo.ownerList(raw) : [];
      }
      /**
       * True when every owner in the phrase is someone of the minutes: a listed person, an organisation, a role
       * or a group. Minutes with no list of people accept any personal name.
       */
      knows(raw) {
        if (raw.startsWith("@")) return true;
        const owners = this.resolveAll(raw);
        return owners.length > 0 && owners.every((o) => o.kind === "organisation" || o.kind === "role" || o.kind === "group" || o.kind === "person" && (this.people.length === 0 || this.personOf.has(o)));
      }
      /**
       * Whether the words name only people of the minutes' roll or offices ("Mr. Dwane", "The Meetings Administrator"): the
       * owners a sentence of prose may give a task to, where a body or a stranger is more often only spoken of.
       */
      namesSomeone(raw) {
        const owners = this.resolveAll(raw);
        return owners.length > 0 && owners.every((o) => o.kind === "role" || o.kind === "person" && this.personOf.has(o));
      }
      /** The owners' names `resolveAll` gives, for comparing owners: a remembered list needs no copies of its owners. */
      resolveNames(raw, line = 0) {
        this.line = line;
        return (raw ? this.memo.rememberedNames(raw) : void 0) ?? this.resolveAll(raw, line).map((owner) => owner.name);
      }
      /** One owner as written to a person, organisation, role, group ("All") or unknown. */
      resolve(written) {
        return this.memo.owner(written);
      }
      /**
       * Rewrites resolved owners' names with each person's final spelling; call once every owner is resolved,
       * since a later near-miss can show that the attendance list misspelt a name.
       */
      settleNames(owners) {
        for (const owner of owners) {
          const person2 = this.personOf.get(owner);
          if (person2) owner.name = this.nameOf(person2);
        }
      }
      /**
       * The initials the minutes use for people the roll lists without them ("Action: SOR" for Dr Siobhan O'Rourke), as
       * written, by person: the first way they are written where the minutes write one person's initials two ways.
       */
      initialsUsed(owners) {
        const used = /* @__PURE__ */ new Map();
        for (const owner of owners) {
          const person2 = this.personOf.get(owner);
          if (!person2 || person2.initials || !INITIALS_AS_WRITTEN.test(owner.raw)) continue;
          if (used.has(person2) && used.get(person2) !== owner.raw) continue;
          used.set(person2, owner.raw);
        }
        return used;
      }
      /** The spelling of a person's name used in owners (the minutes' most frequent one). */
      nameOf(person2) {
        return this.canonical.get(person2) ?? person2.name;
      }
      /** True when the text names the organisation of someone listed. */
      isKnownOrganisation(text3) {
        return this.organisations.has(fold(text3));
      }
      /** The owners in a cell: nobody, one known organisation, or the pieces between separators, each once. */
      ownersIn(raw) {
        const cleaned = raw.replace(OWNER_LABEL, "").trim();
        if (cleaned === "" || NO_OWNER.test(cleaned)) return [];
        if (this.isKnownOrganisation(cleaned)) return [{ name: cleaned, kind: "organisation", raw: cleaned }];
        if (cleaned.includes(" and ") && this.roles.has(fold(cleaned))) return [this.resolve(cleaned)];
        const pieces = this.joinUnresolvable(splitTopLevel(cleaned, OWNER_SEPARATOR).filter((p) => !LONE_CONJUNCTION.test(p)));
        const seen = /* @__PURE__ */ new Set();
        return pieces.map((piece) => this.resolve(piece)).filter((owner) => {
          const key2 = fold(owner.name);
          if (seen.has(key2)) return false;
          seen.add(key2);
          return true;
        });
      }
      /** "Fire and Rescue Service", "Building and Grounds Committee": a lone word that names nobody joins the next piece. */
      joinUnresolvable(pieces) {
        const out = [];
        for (let i = 0; i < pieces.length; i++) {
          let piece = pieces[i];
          while (i + 1 < pieces.length && ONE_WORD.test(piece) && this.resolve(piece).kind === "unknown") {
            piece = `${piece} and ${pieces[++i]}`;
          }
          const previous = out[out.length - 1];
          if (previous && / of /.test(previous) && ONE_WORD.test(piece) && isRoleLike(previous) && this.resolve(piece).kind === "unknown") {
            out[out.length - 1] = `${previous} and ${piece}`;
            continue;
          }
          if (previous && BODY_OF.test(previous) && !["person", "group"].includes(this.resolve(piece).kind)) {
            out[out.length - 1] = `${previous} and ${piece}`;
            continue;
          }
          out.push(piece);
        }
        return out;
      }
      /** One owner, by the first rule that applies: group, listed person, organisation, role, body, named person, acronym. */
      ownerOf(written) {
        const raw = written.trim();
        const text3 = this.unadorned(raw);
        if (GROUP_OWNER.test(text3)) return { name: text3, kind: "group", raw };
        const person2 = this.findPerson(text3) ?? this.findPerson(text3.replace(TRAILING_ACRONYM, "")) ?? this.holderNamed(text3);
        if (person2) {
          const owner = { name: this.nameOf(person2), kind: "person", raw };
          this.personOf.set(owner, person2);
          return owner;
        }
        if (this.isKnownOrganisation(text3)) return { name: text3, kind: "organisation", raw };
        if (isRoleLike(text3)) return { name: text3, kind: "role", raw };
        if (BODY.test(text3) || BODY_OF.test(text3)) return { name: text3, kind: "organisation", raw };
        if (endsInOrganisationWord(text3)) return { name: text3, kind: "organisation", raw };
        const withoutOrg = text3.replace(TRAILING_ORG_ACRONYM, "");
        if (withoutOrg !== text3 && isPersonalName(withoutOrg)) return { name: withoutOrg, kind: "person", raw };
        if (isPersonalName(text3)) return { name: text3, kind: "person", raw };
        if (OFFICE_INITIALS.test(text3) && this.initialsOfOffices().has(text3)) return { name: text3, kind: "role", raw };
        if (ACRONYM.test(text3) && ACRONYM_CAPITALS.test(text3)) return { name: text3, kind: "organisation", raw };
        return { name: text3, kind: "unknown", raw };
      }
      initialsOfOffices() {
        this.officeInitials ??= new Set(
          this.people.flatMap((person2) => person2.role ? [person2.role.split(/\s+/).filter((word2) => /^[A-Z]/.test(word2)).map((word2) => word2[0]).join("")] : [])
        );
        return this.officeInitials;
      }
      /** "Finance Director Bhatt", "Public Works Director Okafor": an office, then the name of the one who holds it. */
      holderNamed(text3) {
        const words2 = text3.split(" ");
        for (let i = words2.length - 1; i > 0; i--) {
          if (isRoleLike(words2.slice(0, i).join(" "))) return this.findPerson(words2.slice(i).join(" "));
        }
        return null;
      }
      /** An owner without "the", a trailing bracket or stop, or a title before a name; then what its alias stands for. */
      unadorned(raw) {
        const unarticled = raw.replace(/^the\s+/i, "");
        const field = OFFICE_FIELD.exec(unarticled);
        const plain = (field && isRoleLike(field[1]) && !isPersonalName(field[2]) ? unarticled : unarticled.replace(TRAILING_NOTE, "")).replace(/[.:]$/, "").replace(CALL_SIGN, "").trim();
        const text3 = isRoleLike(plain) ? plain : stripHonorifics(plain);
        return (this.aliases.size > 0 ? this.aliases.get(fold(text3)) : void 0) || text3;
      }
      /** The person meant by @handle, nick, initials, full name, a unique surname (of one word or several) or first name, or a near miss of a full name. */
      findPerson(text3) {
        if (text3 === "") return null;
        if (text3.startsWith("@")) return this.index.handle(text3.toLowerCase()) ?? this.byHandleShape(text3.slice(1).toLowerCase());
        const email = EMAIL.exec(text3);
        if (email) return this.findPerson(email[1].replace(/[._]+/g, " "));
        const byNick = NICK.test(text3) ? this.index.handle(`@${text3}`) : null;
        if (byNick) return byNick;
        const byInitials = looksLikeInitials(text3) ? this.byInitials(text3) : null;
        if (byInitials) return byInitials;
        const folded = fold(text3);
        const exact = this.index.full(folded);
        if (exact) return exact;
        if (!/\s/.test(text3.trim()) && (folded.length > 2 || SHORT_NAME.test(text3))) return this.bySingleName(folded);
        const byTail = this.index.tail(folded);
        if (byTail.length === 1) return byTail[0];
        const initialled = INITIAL_AND_SURNAME.exec(folded);
        if (initialled) {
          const tails = initialled[2].includes(" ") ? this.index.tail(initialled[2]) : [];
          const person2 = initialled[2].includes(" ") ? tails.length === 1 ? tails[0] : null : this.bySingleName(initialled[2]);
          if (person2 && fold(person2.name).startsWith(initialled[1])) return person2;
        }
        const firstAndInitial = FIRST_AND_INITIAL.exec(folded);
        if (firstAndInitial) {
          const named = this.index.first(firstAndInitial[1]).filter((person2) => fold(person2.name).split(" ").at(-1).startsWith(firstAndInitial[2]));
          if (named.length === 1) return named[0];
        }
        if (folded.length >= 6 && folded.split(" ").length >= 2) return this.nearMiss(text3, folded);
        return null;
      }
      /** The one person with these initials: as listed, in any case, or (for people listed without) made from the name. */
      byInitials(text3) {
        const exact = this.index.initials(text3);
        if (exact.length === 1) return exact[0];
        if (exact.length > 1) return null;
        const loose = this.index.looseInitials(text3.toUpperCase());
        if (loose.length === 1) return loose[0];
        const derived = this.index.derivedInitials(text3.toUpperCase());
        if (derived.length > 0) return derived.length === 1 ? derived[0] : null;
        const leading = text3.length === 2 ? this.index.leadingInitials(text3.toUpperCase()) : [];
        return leading.length === 1 ? leading[0] : null;
      }
      /** One word ("Quintero", "Hughes-Parry", "Rosa"): a surname or first name that only one person has. */
      bySingleName(folded) {
        const bySurname = this.index.last(folded);
        if (bySurname.length === 1) return bySurname[0];
        const byFirst = this.index.first(folded);
        return byFirst.length === 1 ? byFirst[0] : null;
      }
      /**
       * The one person an undeclared handle is made from: first name (`@maya`), surname (`@okafor`), both run
       * together (`@jeanluc`), initial and surname (`@mruiz`, `@jkowal`, `@cobriain`), or first name and the initials of the
       * rest (`@kwame-md`).
       */
      byHandleShape(handle) {
        const h = handle.replace(/[^a-z]/g, "");
        if (h.length < 2) return null;
        let found = null;
        for (const person2 of this.people) {
          const words2 = fold(person2.name).replace(/[^a-z ]/g, "").split(" ").filter(Boolean);
          if (words2.length < 2) continue;
          const first = words2[0];
          const last = words2[words2.length - 1];
          const rest = fold(person2.name).replace(/[^a-z -]/g, "").split(/[\s-]+/).filter(Boolean).slice(1);
          const shaped = h === first || h === last || h === first + last || h === words2.join("") || h === words2.slice(0, -1).join("") || h === first + last[0] || h.length >= 4 && h[0] === first[0] && last.startsWith(h.slice(1)) || h.length >= 4 && h === first[0] + words2.slice(1).join("") || rest.length > 1 && h === first + rest.map((word2) => word2[0]).join("");
          if (!shaped) continue;
          if (found) return null;
          found = person2;
        }
        return found;
      }
      /** "Hong Tang" for "Hong Tan", "Besty" for "Betsy": the person, noting the spelling the minutes prefer and reporting it. */
      nearMiss(text3, folded) {
        this.memo.metNearMiss();
        const person2 = this.memo.closeTo(folded);
        if (!person2) return null;
        if (this.memo.count(text3) > this.memo.count(person2.name)) this.canonical.set(person2, text3);
        const key2 = `${this.line}
${text3}`;
        if (this.line > 0 && !this.reported.has(key2)) {
          this.reported.add(key2);
          this.nearMisses.push({ written: text3, person: person2, line: this.line });
        }
        return person2;
      }
      /** The one listed person whose name is within two edits, one in five letters, of `folded`, or null. */
      personCloseTo(folded) {
        const limit = Math.min(2, Math.floor(folded.length / 5));
        const candidates = this.index.nearCandidates(folded, limit);
        const close = candidates ? candidates.filter((p) => editDistance(this.index.folded(p), folded, limit) <= limit) : [];
        return close.length === 1 ? close[0] : null;
      }
    };
    CAPITALISED_WORDS = letterPattern(String.raw`^\p{Lu}\S*(?: (?:\p{Lu}\S*|and|&|of|the|for))+$`, "u");
  }
});

// src/lexicon/attendance.ts
function isInvitationLabel(text3) {
  return INVITATION.test(text3);
}
function endsWithRollWord(text3) {
  return ROLL_WORD_LAST.test(text3);
}
function firstWords(form) {
  return form.lead ? [...LEADS[form.lead].first, ...form.first] : form.first;
}
function formPattern(form, word2) {
  const lead = form.lead && LEADS[form.lead];
  return lead && lead.first.includes(word2) ? `(?:${lead.pattern}\\s+)?${form.pattern}` : form.pattern;
}
function patternsFor(word2) {
  let patterns = patternsByWord.get(word2);
  if (!patterns) {
    patterns = [];
    for (const kind of ["apologies", "attendees"]) {
      const forms = FORMS.filter((form) => form.kind === kind && firstWords(form).includes(word2)).map((form) => formPattern(form, word2));
      if (forms.length > 0) patterns.push({ kind, label: new RegExp(`^(?:${forms.join("|")})`) });
    }
    patternsByWord.set(word2, patterns);
  }
  return patterns;
}
function wholePattern(pattern2) {
  pattern2.whole ??= new RegExp(`${pattern2.label.source}${END}`);
  return pattern2.whole;
}
function endsLabel(lower, at) {
  LABEL_END.lastIndex = at;
  return LABEL_END.test(lower);
}
function labelEnd(pattern2, lower) {
  const first = pattern2.label.exec(lower)?.[0].length;
  if (first === void 0) return null;
  if (endsLabel(lower, first)) return first;
  pattern2.exact ??= new RegExp(`${pattern2.label.source}$`);
  const ends = [];
  for (let end = 1; end <= lower.length; end++) {
    if (end !== first && endsLabel(lower, end) && pattern2.exact.test(lower.slice(0, end))) ends.push(end);
  }
  if (ends.length <= 1) return ends[0] ?? null;
  return wholePattern(pattern2).exec(lower)?.[0].length ?? null;
}
function leadingWord(text3) {
  let end = 0;
  for (let c = text3.charCodeAt(0); c >= 97 && c <= 122 || c >= 65 && c <= 90; c = text3.charCodeAt(++end)) ;
  return text3.slice(0, end);
}
function mayOpenWithLabel(text3) {
  const word2 = leadingWord(text3);
  if (word2 === "") return /^[\d(]/.test(text3);
  const lower = word2.toLowerCase();
  if (LABEL_FIRST_WORDS.has(lower) || lower === "item" || lower === "minute") return true;
  const after = text3.charCodeAt(word2.length);
  if (after === 46 || after === 41) return true;
  if (after === 47) return word2.length <= 6;
  return after === 58 && ROMAN_NUMERAL.test(word2);
}
function firstSentence(text3) {
  return sentenceUpTo(text3, false);
}
function listSentence(text3) {
  const verb = FROM_OR_FOR.test(text3) ? RECEIVED_FROM.exec(lowerCaseForMatching(text3)) : null;
  return sentenceUpTo(verb ? text3.slice(verb[0].length) : text3, true);
}
function sentenceUpTo(text3, list) {
  const sentenceEnd2 = SENTENCE_END2.for(text3);
  sentenceEnd2.lastIndex = 0;
  let kept = "";
  let from = 0;
  for (let end = sentenceEnd2.exec(text3); end; end = sentenceEnd2.exec(text3)) {
    const next = end.index + end[0].length;
    if (!list || !LIST_GOES_ON.test(text3.slice(next))) return (kept + text3.slice(from, end.index)).trim();
    kept += `${text3.slice(from, end.index)}, `;
    from = next;
  }
  return (kept + text3.slice(from)).trim();
}
function matchRollLabel(text3) {
  const slash = text3.indexOf(" / ");
  if (slash > 0 && slash < 40) {
    const english = matchLabel(text3.slice(slash + 3));
    if (english) return english;
  }
  return matchLabel(text3);
}
function matchLabel(text3) {
  if (!mayOpenWithLabel(text3)) return null;
  const numbered = text3.replace(NUMBERING, "");
  const capitals = CAPITALS_BEFORE_WORD.exec(numbered);
  const plain = capitals ? `${capitals[1]}:${numbered.slice(capitals[1].length)}` : numbered;
  if (!startsUpperCase(plain)) return null;
  const word2 = leadingWord(plain).toLowerCase();
  if (!LABEL_FIRST_WORDS.has(word2)) return null;
  const lower = lowerCaseForMatching(plain);
  for (const pattern2 of patternsFor(word2)) {
    const { kind } = pattern2;
    const end = labelEnd(pattern2, lower);
    if (end === null) continue;
    let after = plain.slice(end);
    const qualifier = QUALIFIER.exec(after) ?? CITATION.exec(after);
    if (qualifier) after = after.slice(qualifier[0].length);
    if (after.trim() === "") return { kind, rest: "", bare: true, after: "" };
    const separator = SEPARATOR.exec(after) ?? PUBLIC_COUNT.exec(after) ?? TITLE_NEXT.exec(after);
    if (!separator) continue;
    const again = matchLabel(after.slice(separator[0].length));
    return again?.kind === kind ? again : labelBefore(kind, after.slice(separator[0].length));
  }
  return null;
}
function labelBefore(kind, after) {
  return { kind, rest: listSentence(after), bare: false, after };
}
function findLabelInLine(text3) {
  if (!INLINE_LABEL_CUE.test(text3)) return null;
  const m = INLINE_LABEL.exec(text3);
  if (!m) return null;
  const label = matchRollLabel(text3.slice(m.index + 1));
  return label ? { index: m.index + 1, label } : null;
}
function isEmptyList(text3) {
  return /^(?:none|nil|n\/a|no(?:ne)?\s+(?:apologies|absences|regrets)|there were no(?:ne)?\b|no apologies\b|all\b[^.]{0,40}\b(?:were|was)\s+present)/i.test(text3.trim());
}
function isGroupLabel(text3, alone = false) {
  if (text3.length > 60 || !startsUpperCase(text3) || !alone && !text3.endsWith(":")) return false;
  const label = text3.endsWith(":") ? text3.slice(0, -1) : text3;
  if (label.includes(":")) return false;
  const dash = label.search(/ [\u2013\u2014-] /);
  const words2 = (dash > 0 ? label.slice(0, dash) : label).trim().split(" ");
  const last = words2[words2.length - 1].toLowerCase();
  return words2.length <= 4 && !label.includes(",") && (GROUP_WORDS.has(last) || alone && words2.length === 1 && last === "police");
}
function withoutGroupLead(piece) {
  const lead = GROUP_LEAD.exec(piece);
  return lead && GROUP_WORDS.has(lead[1].slice(lead[1].lastIndexOf(" ") + 1).toLowerCase()) ? piece.slice(lead[0].length) : piece;
}
function matchOfficeAmongOffices(text3) {
  const m = text3.includes(":") ? OFFICE_AMONG_OFFICES.exec(text3) : null;
  return m ? { role: m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase(), rest: m[2].trim() } : null;
}
function matchOfficeLine(text3) {
  const m = text3.includes(":") ? OFFICE_LINE.exec(text3) : null;
  if (!m) return null;
  const written = m[1] === m[1].toUpperCase() ? m[1].toLowerCase() : m[1];
  const role = written.charAt(0).toUpperCase() + written.slice(1);
  return { role, rest: m[2].trim() };
}
var PEOPLE, MODE, MODES, OFFICES, TITLE_BEFORE_NAME, END, PEOPLE_FIRST, MODE_FIRST, FOR_ITEMS, LEADS, FORMS, ROLL_WORD_LAST, INVITATION, LABEL_FIRST_WORDS, patternsByWord, LABEL_END, ROMAN_NUMERAL, NUMBERING, QUALIFIER, CITATION, CAPITALS_BEFORE_WORD, SEPARATOR, FROM_OR_FOR, RECEIVED_FROM, TITLE_NEXT, PUBLIC_COUNT, SENTENCE_END2, LIST_GOES_ON, INLINE_LABEL_CUE, INLINE_LABEL_WORDS, INLINE_LABEL, GROUP_WORDS, GROUP_LEAD, OFFICE_LINE, OFFICE_AMONG_OFFICES;
var init_attendance = __esm({
  "src/lexicon/attendance.ts"() {
    "use strict";
    init_normalise();
    init_letters();
    init_names();
    PEOPLE = "(?:members|board members|committee members|panel members|council members|councilmembers|councillors|cllrs|trustees|governors|directors|commissioners|supervisors|senators|officers|officials|staff|guests|observers|delegates|representatives|advisers|advisors|participants|voting members|non[- ]members|co-opted members|associate members|others|people|persons|attendees|executive team|leadership team|management team|management|executives)";
    MODE = "(?:remote|in[- ]person|virtual|online|physical|on[- ]?site|dial[- ]in|video|phone)";
    MODES = `(?:${MODE}(?:\\s+(?:and|&|/|or)\\s+${MODE})?)`;
    OFFICES = "chair(?:person|man|woman)?|co-?chair|vice[- ]chair(?:man|person)?|scribe|minute[- ]?taker|note[- ]?taker|protocol[- ]keeper|(?:assistant |deputy )?clerk|treasurer|facilitator|time[- ]?keeper|recorder|strata manager|managing agent|moderator|host|tech(?:nical)? lead|recording secretary|minutes secretary";
    TITLE_BEFORE_NAME = "cllrs?|councillors?|mrs?|ms|miss|dr|prof|messrs|shri|smt";
    END = "(?=\\s?(?:\\([^()]{1,40}\\))?\\s?(?=$|[:\\u2013\\u2014]|-(?=\\s|$)|;\\s|\\s-|\\.(?:\\s|$)|\\s\\.(?=[a-z])|\\s(?:(?:parish|town|district|borough|county|city)(?:\\/[a-z]+)?\\s)?(?:" + TITLE_BEFORE_NAME + ")\\.?\\s[a-z]|\\s(?:(?:these|they|apologies)\\s)?(?:were|was|had been|have been)\\s(?:received|noted|given|accepted)\\s(?:from|for)\\s|,\\s|\\s[a-z]\\.\\s?[a-z][a-z]|\\s(?=[a-z-]+ [a-z-]+ <?[^\\s>@]+@)|\\spublic\\s?[\\u2013\\u2014-]))";
    PEOPLE_FIRST = [
      "members",
      "board",
      "committee",
      "panel",
      "council",
      "councilmembers",
      "councillors",
      "cllrs",
      "trustees",
      "governors",
      "directors",
      "commissioners",
      "supervisors",
      "senators",
      "officers",
      "officials",
      "staff",
      "guests",
      "observers",
      "delegates",
      "representatives",
      "advisers",
      "advisors",
      "participants",
      "voting",
      "non",
      "co",
      "associate",
      "others",
      "people",
      "persons",
      "attendees",
      "executive",
      "leadership",
      "management",
      "executives"
    ];
    MODE_FIRST = ["remote", "in", "virtual", "online", "physical", "on", "onsite", "dial", "video", "phone"];
    FOR_ITEMS = "(?:\\s+for\\s+(?:items?\\s+)?\\d{1,2}(?:\\s*(?:,|&|and)\\s*\\d{1,2})*)?";
    LEADS = {
      modes: { pattern: MODES, first: MODE_FIRST },
      people: { pattern: PEOPLE, first: PEOPLE_FIRST }
    };
    FORMS = [
      {
        kind: "apologies",
        first: ["apologies", "apology"],
        pattern: "(?:apologies|apology)(?:\\s+for\\s+absence)?(?:\\s+(?:were|was|had been|have been))?(?:\\s+(?:received|accepted|noted|given|tendered|sent|submitted))?(?:\\s+(?:and|&)\\s+(?:accepted|noted|approved))?(?:\\s+from)?"
      },
      { kind: "apologies", first: ["to"], pattern: "to (?:[a-z]+\\s){0,4}apologies(?:\\s+for\\s+absence)?" },
      // "Invited, did not join: Borja Anglada (Tessara Log\u00edstica)", as meeting reports list the invited who stayed away.
      { kind: "apologies", first: ["invited", "did"], pattern: "(?:invited,?\\s+(?:but\\s+)?)?did not (?:join|attend)" },
      { kind: "apologies", first: ["regrets"], pattern: "regrets" },
      // "Apols:", as committees of clubs shorten it.
      { kind: "apologies", first: ["apols", "apols."], pattern: "apols\\.?" },
      // "Acceptance of apologies for absence", "Accepted apologies": the agenda item that lists them.
      {
        kind: "apologies",
        first: ["acceptance", "receipt", "approval", "acknowledgement", "accepted"],
        pattern: "(?:(?:acceptance|receipt|approval|acknowledgement) of|accepted) apologies(?:\\s+for\\s+absence)?"
      },
      { kind: "apologies", first: ["sent", "received", "tendered"], pattern: "(?:sent|received|tendered) (?:their |his |her )?apologies" },
      { kind: "apologies", first: ["apologies"], pattern: "apologies (?:sent|given|noted)" },
      {
        kind: "apologies",
        lead: "people",
        first: ["absent", "not", "excused"],
        // "Not in: Marek (annual leave)", as a team's notes say who is away; "Members Excused:", as US committees write it.
        pattern: `(?:absent|excused|not present|not in attendance|not in|not here)(?:\\s+(?:with(?:out)?\\s+apolog(?:ies|y)))?`
      },
      { kind: "apologies", first: ["absences"], pattern: "absences" },
      { kind: "apologies", first: ["unable"], pattern: "unable to attend" },
      // "Leave of absence was granted to Shri V. Narayanan \u2026", as Indian public bodies minute their apologies.
      { kind: "apologies", first: ["leave"], pattern: "leave of absence(?:\\s+(?:was|were)\\s+granted\\s+to)?" },
      { kind: "apologies", first: ["excused"], pattern: "excused(?:\\s+absences?)?" },
      // "Out: @t.okafor (PTO until the 20th)", "OOO:", "Away:": chat teams' word for who is not there.
      { kind: "apologies", first: ["out", "ooo", "away"], pattern: "(?:out(?:\\s+of\\s+office)?|ooo|away)" },
      {
        kind: "attendees",
        lead: "modes",
        first: ["attendees", "attendance", "attending", "attended", "participants", "present", "delegates"],
        pattern: `(?:attendees|attendance|attending|attended|participants|present|delegates)(?:\\s+(?:present|in person|remotely|online|virtually|in the room))?`
      },
      { kind: "attendees", first: ["also", "those", ...PEOPLE_FIRST], pattern: `(?:also|those|people|persons|${PEOPLE})\\s+(?:present|attending|in attendance)` },
      { kind: "attendees", lead: "modes", first: PEOPLE_FIRST, pattern: PEOPLE },
      // "In attendance for item 6: Kevin Brophy, \u2026": there for part of the meeting.
      { kind: "attendees", first: ["also", "in"], pattern: `(?:also,?\\s+)?in attendance${FOR_ITEMS}` },
      // "Committee present: Chair (Val Hughes), \u2026": the body itself, present.
      { kind: "attendees", first: ["committee", "board", "council"], pattern: "(?:committee|board|council)\\s+(?:present|in attendance)" },
      { kind: "attendees", first: ["external", "invited"], pattern: "(?:external|invited)(?:\\s+(?:attendees|participants|guests|members|speakers))?" },
      { kind: "attendees", first: ["visitors"], pattern: "visitors" },
      // "Ex officio: Janet Whitfield (Provost)": members by virtue of their office.
      { kind: "attendees", first: ["ex", "ex-officio"], pattern: "ex[- ]officio(?:\\s+members)?" },
      // "By Invitation: Ms Jo Teo (Audit Partner, \u2026)": those asked to attend, as company boards list them.
      { kind: "attendees", first: ["by"], pattern: "by invitation" },
      { kind: "attendees", first: ["invitees", "special"], pattern: "(?:special\\s+)?invitees" },
      // "\u2026 under the chairmanship of the Joint Secretary. The following were present:" over a numbered list.
      { kind: "attendees", first: ["the"], pattern: "the following (?:were|are) (?:present|in attendance)" },
      { kind: "attendees", first: ["also"], pattern: "also attended by" },
      // "Also there for item 4: Nigel Fothergill-Shaw (\u2026)", as clubs write it.
      { kind: "attendees", first: ["also"], pattern: `also (?:there|joined)${FOR_ITEMS}` },
      { kind: "attendees", first: ["attended"], pattern: "attended by" },
      // "Who: Lena, Tom, \u2026", as a team's own notes head the people there (with its colon: "Who<TAB>What<TAB>When" heads a log).
      { kind: "attendees", first: ["who"], pattern: "who(?: attended|(?=\\s?:))" },
      { kind: "attendees", first: ["attendee"], pattern: "attendee list" },
      { kind: "attendees", first: ["attendance"], pattern: "attendance (?:list|register)" },
      { kind: "attendees", first: ["roll"], pattern: "roll call" },
      { kind: "attendees", first: ["sederunt"], pattern: "sederunt" },
      // Over a table of members whose own column says who came.
      { kind: "attendees", first: ["membership"], pattern: "membership and attendance" },
      // A transcription service's export names the speakers it heard.
      { kind: "attendees", first: ["speakers"], pattern: "speakers" },
      { kind: "attendees", first: MODE_FIRST, pattern: MODES }
    ];
    ROLL_WORD_LAST = /\b(?:present|absent|attending|attendance|apologies|regrets|attendees|excused)$/i;
    INVITATION = /^(?:\*\*)?invited\b(?!\s+(?:guests|speakers|attendees|participants|members|observers))/i;
    LABEL_FIRST_WORDS = new Set(FORMS.flatMap(firstWords));
    patternsByWord = /* @__PURE__ */ new Map();
    LABEL_END = new RegExp(END, "y");
    ROMAN_NUMERAL = /^[ivxlc]{1,6}$/i;
    NUMBERING = /^(?:(?:item|minute)\s+\d{1,3}(?:[./]\d{1,3}){0,2}[a-z]?\s*[.:\u2013\u2014-]?\s*|\d{1,3}\.(?=[A-Z])|\(?(?:\d{1,3}(?:[./]\d{1,3})*|[a-z]|[ivxlc]{1,6})\)|(?:[a-z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?[.:)]?(?=\s)|[ivxlc]{1,6}[.:)](?=\s)|[a-z][.)](?=\s))\s*(?:[\u2013\u2014-]\s+)?/i;
    QUALIFIER = /^\s*\([^()]{1,40}\)/;
    CITATION = /^\s*(?:[\u2013\u2014-]\s*)?(?:LGA|Local Government Act)\b[^:]{0,50}(?=:)/;
    CAPITALS_BEFORE_WORD = /^([A-Z]{3,}(?: [A-Z]{2,}){0,5})(?= [A-Z][a-z])/;
    SEPARATOR = /^(?:\s+,(?=\s)|\s*(?::\s*[\u2013\u2014-]?|[\u2013\u2014]|\s-|-(?=\s|$)|;(?=\s)|\.(?=\s|$|[A-Z])))\s*/;
    FROM_OR_FOR = /\s(?:from|for)\s/i;
    RECEIVED_FROM = /^(?:(?:these|they|apologies|regrets)(?:\sfor\sabsence)?\s)?(?:(?:were|was|have been|had been)\s)?(?:received|noted|given|sent|accepted|tendered|provided|intimated)(?:\s(?:and|&)\s(?:accepted|noted|approved))?\s(?:from|for)\s/;
    TITLE_NEXT = letterPattern(String.raw`^[\s,]+(?=(?:(?:parish|town|district|borough|county|city)(?:\/\p{L}+)?\s+)?(?:${TITLE_BEFORE_NAME})\.?\s+\p{Lu}|\p{Lu}\.\s?\p{Lu}\p{Ll}|(?:(?:these|they|apologies)\s+)?(?:were|was|had been|have been)\s+(?:received|noted|given|accepted)\s+(?:from|for)\s|[\p{L}-]+ [\p{L}-]+ <?[^\s>@]+@)`, "iu");
    PUBLIC_COUNT = /^\s+public\s*[\u2013\u2014-]\s*(?:\d{1,3}|none|one|two|three|four|five|six|seven|eight|nine|ten)\b\.?\s*/i;
    SENTENCE_END2 = letterPattern(String.raw`(?<!\b(?:${SHORT_TITLES}|\p{Lu}))\.\s+(?=\p{Lu}\p{Ll})`, "giu");
    LIST_GOES_ON = letterPattern(
      `^(?:(?:(?:borough|county|district|parish|town|city)\\s)?(?:mrs?|ms|miss|dr|cllr|councillor)\\.?\\s(?:(?:mrs?|ms|miss|dr)\\.?\\s)?(?:\\p{Lu}\\.?\\s?){0,3}(?:\\p{Lu}[\\p{L}'\u2019-]+\\s){0,2}\\p{Lu}[\\p{L}'\u2019-]+(?:\\s?[,;]|\\s?\\([^()]{1,40}\\)\\s?(?:[,;.]|$)|\\.?$)|(?:${OFFICES})\\s?:)`,
      "iu"
    );
    INLINE_LABEL_CUE = /PRESENT|ATTEND|APOLOG|ABSENT|resent|ttend|polog|bsent/;
    INLINE_LABEL_WORDS = "(?:The following (?:were|are) present|ALSO PRESENT|Also [Pp]resent|ABSENT|Absent|PRESENT|Present|ATTENDEES|Attendees|ATTENDANCE|Attendance|APOLOGIES|Apologies(?: for [Aa]bsence)?|IN ATTENDANCE|In [Aa]ttendance|THOSE (?:ATTENDING|PRESENT)|Those (?:[Aa]ttending|[Pp]resent)|(?:Board )?[Mm]embers (?:present|absent))";
    INLINE_LABEL = new RegExp(`\\s(?=${INLINE_LABEL_WORDS}\\b\\s?(?:\\([^()]{1,40}\\)\\s?)?:|\\d{1,2}\\\\?\\.\\s${INLINE_LABEL_WORDS}$)`);
    GROUP_WORDS = /* @__PURE__ */ new Set(["side", "members", "officers", "staff", "councillors", "directors", "governors", "trustees", "representatives", "reps", "executives", "observers", "guests", "advisers", "advisors", "partners", "students", "team", "elders", "deacons", "stewards"]);
    GROUP_LEAD = /^((?:[A-Z][\w'-]* ){0,3}[A-Z]?[a-z]+)(?: ?:| [\u2013\u2014-]) +(?=[A-Z])/;
    OFFICE_LINE = new RegExp(`^(${OFFICES})(?:s|\\(s\\))?\\s*:\\s*(\\S.*)$`, "i");
    OFFICE_AMONG_OFFICES = /^((?:branch |company |general |hon\.? |honorary )?secretary|(?!(?:action|lead|responsible|contact|reporting|report|case|presenting) )[a-z']+ officer)\s*:\s*(\S.*)$/i;
  }
});

// src/lexicon/due.ts
function isMeetingFor(before, after) {
  return FOR_THE.test(before) && MEETING_AFTER.test(after);
}
function relativeDue(text3, meetingDate2, cell = false, order = "dmy") {
  if (!meetingDate2) return null;
  const dayAndMonth = text3.includes("/") ? (cell ? DAY_AND_MONTH_CELL : DAY_AND_MONTH).exec(text3.trim()) : null;
  if (dayAndMonth) {
    const [day2, month] = order === "mdy" ? [+dayAndMonth[2], +dayAndMonth[1]] : [+dayAndMonth[1], +dayAndMonth[2]];
    const iso = onOrAfter(meetingDate2, month, day2);
    if (iso) return { iso, raw: dayAndMonth[0] };
  }
  const weekday = WEEKDAY_START.test(text3) ? (cell ? WEEKDAY_CELL : WEEKDAY_DUE).exec(text3) : null;
  if (weekday) {
    const target = WEEKDAY_NUMBER[weekday[1].toLowerCase().replace(/^thur$/, "thu")];
    const from = /* @__PURE__ */ new Date(`${meetingDate2}T00:00:00Z`);
    const ahead = (target - from.getUTCDay() + 7) % 7 || 7;
    return { iso: shift(meetingDate2, ahead), raw: weekday[0] };
  }
  const tomorrow = TOMORROW.exec(text3);
  if (tomorrow) return { iso: shift(meetingDate2, 1), raw: tomorrow[0] };
  const day = cell ? DAY_OF_MONTH_CELL.exec(text3.trim()) : THE_NUMBER.test(text3) ? DAY_OF_MONTH.exec(text3) : null;
  if (day) {
    const iso = `${meetingDate2.slice(0, 8)}${day[1].padStart(2, "0")}`;
    if (!Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && (/* @__PURE__ */ new Date(`${iso}T00:00:00Z`)).getUTCDate() === +day[1]) return { iso, raw: day[0] };
  }
  return null;
}
function onOrAfter(from, month, day) {
  for (const year of [+from.slice(0, 4), +from.slice(0, 4) + 1]) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    const iso = date.toISOString().slice(0, 10);
    if (iso >= from) return iso;
  }
  return null;
}
function shift(iso, days) {
  const date = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
function isDeadlineSentence(sentence) {
  return sentence.length <= 90 && DEADLINE_SENTENCE.test(sentence);
}
var DUE_CUE, FOR_THE, MEETING_AFTER, WEEKDAY_NUMBER, WEEKDAY_DUE, WEEKDAY_CELL, WEEKDAY_START, TOMORROW, DAY_OF_MONTH, DAY_OF_MONTH_CELL, THE_NUMBER, DAY_AND_MONTH, DAY_AND_MONTH_CELL, DEADLINE_SENTENCE;
var init_due = __esm({
  "src/lexicon/due.ts"() {
    "use strict";
    DUE_CUE = /\b(?:by|before|on|until|till|due|deadline(?: of| is)?|for|at|its|next|w\/c|end of|(?:not|no) later than|(?:by|at|before|until|on) the)(?: (?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?,?)?\s*$/i;
    FOR_THE = /\bfor the\s*$/i;
    MEETING_AFTER = /^\s+(?:[a-z]+\s+)?meeting\b/i;
    WEEKDAY_NUMBER = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
    WEEKDAY_DUE = /\b(?:by|before|due|until|till|on|deadline:?) (?:this )?(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?\b(?!,? \d| (?:services?|school|worship|market|club|lunch|roast|opening|trading|league|rota|shifts?)\b)/i;
    WEEKDAY_CELL = /^(?:by |due )?(?:next |this )?(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?\.?$/i;
    WEEKDAY_START = /sun|mon|tue|wed|thu|fri|sat/i;
    TOMORROW = /\btomorrow\b/i;
    DAY_OF_MONTH = /\b(?:by|before|on|until) (?:the|(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]{0,6}\.?) (\d{1,2})(?:st|nd|rd|th)\b(?! of\b| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
    DAY_OF_MONTH_CELL = /^(?:by |due )?(?:the )?(?:(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]*\.? )?(\d{1,2})(?:st|nd|rd|th)$/i;
    THE_NUMBER = / the \d|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\.? \d/i;
    DAY_AND_MONTH = /\b(?:by|before|due|until|on) (\d{1,2})\/(\d{1,2})\b(?![/.]\d)/i;
    DAY_AND_MONTH_CELL = /^(?:by |due )?(\d{1,2})\/(\d{1,2})\.?$/i;
    DEADLINE_SENTENCE = /^(?:(?:to be (?:completed|done|finished|actioned|carried out|in place|ready) )?(?:by|before|no later than|ahead of|prior to|in time for)|deadline:?|due(?: by|:)?) \S[^.!?]{0,60}[.!]?$/i;
  }
});

// src/lexicon/decisions.ts
function mayOpenDecisionMarker(text3) {
  return MARKER_FIRST_WORDS.has(LEADING_LETTERS.exec(text3)[0].toLowerCase());
}
function opensFormalResolution(text3) {
  BE_IT_RESOLVED.lastIndex = 0;
  const found = BE_IT_RESOLVED.test(text3);
  BE_IT_RESOLVED.lastIndex = 0;
  return found;
}
function englishSide(text3) {
  const slash = text3.indexOf(" / ");
  return slash > 0 ? text3.slice(slash + 3) : text3;
}
function mayStartMotion(text3) {
  return MOTION_FIRST_LETTERS.includes(String.fromCharCode(text3.charCodeAt(0) | 32));
}
var DECISION_MARKER, MARKER_FIRST_WORDS, LEADING_LETTERS, DECISION_COLUMN, UNDECIDED_STATUS, DECISION_TAG, VOTE_TALLY, NO_DECISION, MIDLINE_RESOLVED, BE_IT_RESOLVED, MOTION_BLOCK_HEADING, NUMBERED_RESOLUTION, MOVER_LINE, OUTCOME_AFTER_MOVERS, BLOCK_OUTCOME, BLOCK_DECIDED, DECISION_SECTION, DECISION_LEAD, DECISION_PART, PARTS_LEAD_IN, BODY_LEAD_IN, RESOLVES_LEAD_IN, MOTION_RESULT, RESULT_DECIDED, BODY_ACTION_VERB, INLINE_PART, MOVED_SECONDED_CARRIED, DECISION_SENTENCE_FORMS, DECISION_SENTENCES, DECISION_VERB, MOTION_OUTCOME, MOTION_START, ON_MOTION, MOTION_FIRST_LETTERS, MOVER_FIRST_MOTION, MOTION_CARRIED, PROPOSED_BY, PROPOSAL_OUTCOME, CONSENSUS_PROPOSAL, CONSENSUS_OUTCOME, MOTION_WORDING, VOTE_OUTCOME, CLOSING_OUTCOME, AWAITING_DATE, OUTCOME_DECIDED, BODY_DECISION, VOTE_COUNT, MOTION_NOT_DECIDED, COUNT_AFTER, LEADING_SYMBOL, MIDLINE_MOTION, WORDING_OUTCOME, REPORTED_THAT;
var init_decisions = __esm({
  "src/lexicon/decisions.ts"() {
    "use strict";
    DECISION_MARKER = /^(?:(?:PENDERFYNWYD|CYTUNWYD|Penderfynwyd|Cytunwyd) ?\/ ?)?(?:RESOLVED|RESOLUTION|DECISION|DECIDED|AGREED|APPROVED|NOTED|Resolution (?:#|No\.? ?)?([A-Z\d][\w/.-]{0,20})(?=:)|(?:Resolved|Resolution|Decision|Decided|Agreed|Approved|Noted)(?=\s*[:,\u2013\u2014-])|Resolved(?= that )|(?:CONSENSUS|Consensus)(?=\s*:)|(?:Decisions?|DECISIONS?) (?:made|taken|MADE|TAKEN)(?=\s*:)|Ordered(?=, That )|D-\d{1,3}(?=:))\b\s*(?:[:,\u2013\u2014-]\s*)?/;
    MARKER_FIRST_WORDS = /* @__PURE__ */ new Set(["penderfynwyd", "cytunwyd", "resolved", "resolution", "decision", "decisions", "decided", "agreed", "approved", "noted", "consensus", "ordered", "d"]);
    LEADING_LETTERS = /^[A-Za-z]*/;
    DECISION_COLUMN = /^decisions?(?: taken)?$/i;
    UNDECIDED_STATUS = /^\W*(?:pending|proposed|draft|open|rejected|deferred|withdrawn|superseded|tbc|tbd)\b/i;
    DECISION_TAG = /^(.+?)\s+#(?:\[\[)?(?:decision|decided|decisions)(?:\]\])?$|^#(?:\[\[)?(?:decision|decided)(?:\]\])?\s+(.+)$/i;
    VOTE_TALLY = /^(?:ayes?|noes?|nays?|yeas?|abstain(?:ed|s|ing)?|abstentions?|recused)\s*:/i;
    NO_DECISION = /^(?:none|nil|n\/a|no consensus|not reached|deferred|postponed)\b/i;
    MIDLINE_RESOLVED = /[.!?)a-z\d] RESOLVED\b[:\u2013-]? ?(?:[\u2022\u2022-] )?/g;
    BE_IT_RESOLVED = /\b(?:BE IT|[Bb]e it) (?:FURTHER |[Ff]urther )?(?:RESOLVED|[Rr]esolved)\b,?:? ?/g;
    MOTION_BLOCK_HEADING = /^(?:(?:COUNCIL|COMMITTEE|BOARD|Council|Committee|Board) )?(?:RESOLUTION|MOTION|Resolution|Motion)(?: (?:No\.? ?|NO\.? ?|#|[Nn]umber |NUMBER )?(?:[A-Z]{1,6}[/-])?\d[\w/.-]{0,15}(?: [\u2013\u2014-] [^:]{1,80})?)?:?$/;
    NUMBERED_RESOLUTION = /^(?:RESOLUTION|Resolution|MOTION|Motion) (?:(?:No\.? ?|NO\.? ?)?\d{1,3}[a-z]?|#?\d{4}[-/]\d{1,3})(?: \([^()]{1,30}\))?:\s+(\S.*)$/;
    MOVER_LINE = /^(?:moved|mover|proposed|proposer|seconded|seconder)\b/i;
    OUTCOME_AFTER_MOVERS = /\s(carried|adopted|passed|agreed|lost|defeated|failed|withdrawn|fell)\b[^:]*$/i;
    BLOCK_OUTCOME = /^(?:(?:the )?(?:motion|resolution|recommendation) (?:was )?(?:put and )?)?(carried|adopted|passed|agreed|lost|defeated|failed|withdrawn|fell)\b/i;
    BLOCK_DECIDED = /^(?:carried|adopted|passed|agreed)$/i;
    DECISION_SECTION = /^(?:\d{1,2}[.)]?\s+)?(?:key |summary of )?decisions?(?: (?:made|taken|agreed|log|record))?:?$/i;
    DECISION_LEAD = /^(?:resolved|resolution|decision|decided|agreed|approved|noted)$/i;
    DECISION_PART = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})(?:\)|\.(?=\s+[Tt]hat\b))\s+(.+)$/;
    PARTS_LEAD_IN = /^(?:[A-Z][^.:;,]{0,40}, i|I)t was (?:unanimously )?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)(?: that| THAT)?\s?:?$/;
    BODY_LEAD_IN = /^The (?:[A-Z][\w'-]* ){0,3}(?:Board|Committee|Sub-Committee|Panel|Council|Cabinet|Governors|Trustees|Group|Forum|Commission|Authority|Partnership|IJB|Executive|Court|Senate|Assembly)(?: (?:unanimously )?(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)(?: that| THAT| to| TO)?)?\s?:(?: ?[-\u2013])?$/;
    RESOLVES_LEAD_IN = /^This (?:Union|Council|Assembly|Guild|Society|Association|Branch|Conference|Senate|Parliament) Resolves(?: to)?\s?:?$/i;
    MOTION_RESULT = /\b(PASSES|PASSED|CARRIED|FALLS|FALLEN|FAILS|FAILED|LOST|DEFEATED|Passes|Passed|Carried|Falls|Fails|Failed|Lost|Defeated)\b/;
    RESULT_DECIDED = /^(?:passe[sd]|carried)$/i;
    BODY_ACTION_VERB = /^(?:noted|agreed|approved|resolved|decided|endorsed|ratified|adopted|accepted|confirmed|recommended|requested|instructed|delegated|authori[sz]ed|supported|welcomed|considered|received|reviewed|commended)\b/i;
    INLINE_PART = /(?:^|[;,]\s+(?:and\s+)?)\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/g;
    MOVED_SECONDED_CARRIED = /(?:^|(?<=[.:;!?,] ))m\/s\/c(?: \([^()]{1,60}\))? (?=to\b)/;
    DECISION_SENTENCE_FORMS = [
      // "The minutes of Area Meeting held on 12 March 2025, having been circulated, are signed by the clerk."
      // "\u2026 were read and adopted", "\u2026 were taken as read and approved": read before they were approved ("read and
      // signed" tells only that they were signed).
      // "The agenda was adopted as read \u2026": the order of business, agreed as the minutes are.
      { needs: ["minutes", "notes", "agenda"], pattern: /\b(?:the )?(?:minutes|notes|agenda)(?: of [^;]{1,80}?)? (?:(?:were|was) (?:(?:(?:taken as )?read(?:,| and) )?(?:agreed|approved|confirmed|accepted|adopted)|signed)|are signed)\b/ },
      // "We agree to release \u00a310,000 \u2026", "We appoint Bridget Lamb \u2026": a Quaker meeting's minute in its own words.
      // "The minutes of the meeting in hunc effectum \u2026 were also approved as a true record." (A pattern of its own: "also" in
      // the one above makes it far slower to prove safe.)
      { needs: [" also "], pattern: /\b(?:minutes|notes|agenda)\b[^;.]*? (?:were|was) also (?:agreed|approved|confirmed|accepted|adopted)\b/ },
      { needs: ["we "], pattern: /(?:^|(?<=[.!?] ))we (?:agree|appoint|release|accept|approve|adopt)\b/ },
      { needs: ["it was "], pattern: /\bit was (?:unanimously )?(?:agreed|resolved|decided|approved|noted and agreed)\b/ },
      { needs: ["minutes of "], pattern: /\b(?:the )?minutes of (?:the )?(?:last|previous|meeting)\b[^.;]*?\b(?:were|was) (?:(?:taken as )?read(?:,| and) )?(?:agreed|approved|confirmed|accepted|signed|adopted)\b/ },
      // "The Session agreed \u2026": a kirk session, a vestry or a parochial church council decides as the body it is.
      { pattern: /\b(?:the )?(?:board|committee|panel|governors|trustees|council|cabinet|members|group|forum|sub-committee|commission|team|wg|working group|tsc|steering committee|senate|session|vestry|pcc|synod|presbytery|chapter|assembly|meeting) (?:unanimously )?(?:approved|agreed|resolved|endorsed|ratified|adopted|signed off|decided)\b(?! to (?:consider|look|discuss))/ },
      // "Both sides agreed that \u2026", "All agreed to \u2026", "Everyone agreed \u2026": the people at the meeting, all of them.
      { needs: ["all ", "both ", "everyone"], pattern: /(?:^|(?<=[.!?] ))(?:both (?:sides|teams|parties|organi[sz]ations|companies)|all parties|all present|all|everyone) (?:unanimously )?agreed\b(?! to (?:consider|look|discuss))/ },
      // "Treasurer's report accepted \u2013 moved Warren Fitzgibbon, seconded Ray Di Marco, carried.": what was decided, then the
      // motion's movers and outcome after a dash, as clubs minute their formalities.
      { needs: ["seconded"], pattern: /[\u2013\u2014-] (?:moved|proposed)(?: by)? [^,;]{2,60}[,;] seconded(?: by)? [^,;]{2,60}[,;] (?:and )?carried\b/ },
      // "Consensus of the Board to keep the overlay \u2026", "It was the consensus of the Council that \u2026": a work session's decision.
      { needs: ["consensus"], pattern: /(?:^|(?<=[.!?] ))(?:it was the )?consensus of the (?:board|council|commission|committee|commissioners|members|group|meeting) (?:was )?(?:to|that)\b/ },
      // "Agreed to spend \u00a3450 on \u2026", "Agreed that the party will be on \u2026": a sentence of informal minutes opening with the verb.
      // "agreed we'd go for the 5 year lease": the same in notes typed as spoken.
      { needs: ["agreed "], pattern: /(?:^|(?<=[.!?] ))(?:unanimously )?agreed (?:unanimously )?(?:to|that|we['\u2019]d|we would|we will)\b(?! (?:consider|look|discuss))/ },
      // "Minutes agreed - no changes.", "Notes of the last meeting approved.": the record approved, in a sentence without "were".
      { needs: ["minutes ", "notes "], pattern: /(?:^|(?<=[.!?] ))(?:the )?(?:minutes|notes)(?: of (?:(?! be )[^;.]){1,80}?)? (?:agreed|approved|accepted|adopted|confirmed|signed)\b(?! by (?!the (?:meeting|committee|board)))/ },
      // "M/S/C to approve the minutes \u2026", "M/S/C (Ortega/Hale) to pay the bills": moved, seconded and carried, as US union and
      // club minutes shorten a motion.
      { needs: ["m/s/c"], pattern: MOVED_SECONDED_CARRIED },
      // "Approved by General Consent.", "Committee reports approved as submitted by general consent."
      { needs: [" consent"], pattern: /\b(?:approved|adopted|accepted|agreed)(?: as (?:submitted|presented|circulated|amended|written))? by (?:general|unanimous) consent\b/ }
    ];
    DECISION_SENTENCES = DECISION_SENTENCE_FORMS.map((form) => form.pattern);
    DECISION_VERB = /(?:^| )(?:agreed?|appoint|release|resolved|decided|approved|confirmed|accepted|signed|adopted|endorsed|ratified|carried|passed|consent\b|consensus\b|m\/s\/c)/i;
    MOTION_OUTCOME = / (?:was|were) (?:carried|passed)\b/;
    MOTION_START = /^(?:(?:a |the )?motion (?:was )?(?:made |moved |put )?(?:by|from) |motion: (?=to |that |[\w.' -]{1,60}? (?:moved|proposed) )|motion (?:\([^()]{1,40}\):? )?(?=to |that )|(?:it was )?(?:duly )?(?:moved|proposed)(?: by | and seconded\b))/i;
    ON_MOTION = /^On (?:a )?motion (?:of|by|from) /;
    MOTION_FIRST_LETTERS = "atmidp";
    MOVER_FIRST_MOTION = /^(?:(?:Cllrs?|Councillor|Mrs|Mr|Ms|Dr)\.? )?(?:Mrs\.? )?[A-Z][\w'\u2019.-]{0,30}(?: [A-Z][\w'\u2019.-]{0,30}){0,2} (?:proposed|moved)(?:,| that| to| the| acceptance| approval)/;
    MOTION_CARRIED = /\b(?:(?:motion|proposal|resolution) (?:was )?(?:carried|passed|passes|carries|approved|adopted|agreed)|(?:was|were) (?:duly )?(?:carried|passed)(?! (?:out|over|forward|on)\b)|(?:approved|carried|passed|agreed) (?:unanimously|nem\.? ?con|without dissent|\d{1,2} ?[-\u2013] ?\d{1,2}|by \d|by (?:voice vote|acclamation|(?:a )?show of hands|unanimous consent))|unanimously (?:agreed|approved|carried|passed)|all (?:were |members )?in favou?r|(?:carried|passed)(?= ?[.;(]|$))\b/gi;
    PROPOSED_BY = /^(?:Proposed|Moved) by [^\u2013\u2014:]{2,160}?(?:,? and (AGREED|RESOLVED|agreed|resolved))?(?::|\s[\u2013\u2014-])\s+(that\b.*)$/;
    PROPOSAL_OUTCOME = /\b(?:proposal|motion)\b[^.]{0,40}?\b(carried|agreed|adopted|lost|fell|defeated|failed)\b/i;
    CONSENSUS_PROPOSAL = /^(?:PROPOSAL|Proposal):\s+(\S.*)$/;
    CONSENSUS_OUTCOME = /^(?:(?:blocks?|stand[- ]?asides?)\b.*?\b(passed|agreed|adopted|carried|blocked|failed)\b|(not agreed|passed|agreed by consensus|consensus reached|blocked)\b)/i;
    MOTION_WORDING = /^(?:MOTION|Motion):\s+(\S.*)$/;
    VOTE_OUTCOME = /^vote:\s*(approved|carried|passed|adopted|not approved|rejected|failed|defeated)\b/i;
    CLOSING_OUTCOME = /[.;)]\s+(?:(?:result|vote|outcome):\s*)?(passed|carried|approved|adopted|agreed|failed|defeated|lost|rejected|not approved)\b[^.]{0,40}\.?$/i;
    AWAITING_DATE = /\bon:\s*(?:\(?(?:pending|tbc|tbd)\)?|_*|\[date\])\.?$/i;
    OUTCOME_DECIDED = /^(?:passed|agreed|adopted|carried|approved|agreed by consensus|consensus reached)$/i;
    BODY_DECISION = /^(?:The )?(?:Board|Committee|Council|Panel|Trust|Governors|Trustees|Cabinet|Executive|Senate|Court) (?:(?:RECEIVED|CONSIDERED) and )?(?:NOTED|APPROVED|AGREED|RESOLVED|ENDORSED|RATIFIED|ADOPTED)\b:?\s+(\S.*)$/;
    VOTE_COUNT = /\bvote:\s*(\d{1,2})\s*[-\u2013]\s*(\d{1,2})(?:\s*[-\u2013]\s*\d{1,2})?(\s*\([^()]*\)?)?/i;
    MOTION_NOT_DECIDED = /\b(?:(?:motion|proposal|amendment) (?:was )?(?:failed|fails|lost|defeated|withdrawn|fell)|(?:was|were) (?:defeated|withdrawn)|not (?:carried|passed|agreed|approved|seconded)|to adjourn|meeting (?:be )?adjourn(?:ed)?)\b/i;
    COUNT_AFTER = /^ (?:votes?|voting):? \d{1,3} (?:for|in favou?r)\b[^.]*\.?/i;
    LEADING_SYMBOL = /^(?:[\u2600-\u27bf\u{1f300}-\u{1faff}]\ufe0f?|:[a-z\d_+-]{1,40}:|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]) ?/u;
    MIDLINE_MOTION = /[.!?] (?=Motion (?:to|that) )/;
    WORDING_OUTCOME = /[.;)]\s+(CARRIED|ADOPTED|DEFEATED|LOST|FAILED|WITHDRAWN)\b[^.]*$/;
    REPORTED_THAT = /\b(?:reported|advised|informed (?:the )?\w+|explained|said) that\b/i;
  }
});

// src/parse/owner-first.ts
function isNickList(text3) {
  return NICKS.test(text3);
}
function readNicksFirst(text3, isOwner) {
  const m = NICKS_FIRST.exec(text3);
  if (!m || /[ ,&/]/.test(m[1]) && !isOwner(m[1])) return null;
  return { ownersRaw: m[1], text: m[2] };
}
function readOwnerColon(text3, isOwner) {
  const m = OWNER_COLON.exec(text3);
  const owners = m ? m[1].replace(OFFICE_IN_BRACKETS, "") : "";
  if (!m || !looksLikeOwners(owners)) return null;
  if (!owners.includes(" ") && !isOwner(owners) && !isRoleLike(owners)) return null;
  return { ownersRaw: owners, text: m[2] };
}
function readOwnerDash(text3, isOwner) {
  const m = OWNER_DASH.exec(text3) ?? EMAIL_DASH.exec(text3);
  if (!m || DECISION_MARKER.test(text3) || !(looksLikeOwners(m[1]) || GROUP_OWNER.test(m[1]) || m[1].includes("@")) || startsUpperCase(m[2]) && !isImperative(m[2].split(" ", 1)[0]) || !isOwner(m[1])) return null;
  const due = DASHED_DEADLINE.exec(m[2]) ?? DASHED_DATE.exec(m[2]);
  if (due && NO_DATE.test(due[1])) return { ownersRaw: m[1], text: m[2].slice(0, due.index), dueRaw: null };
  return due && (due[0].includes("by") || due[0].includes("due") || isDateAlone(due[1])) ? { ownersRaw: m[1], text: m[2].slice(0, due.index), dueRaw: due[1] } : { ownersRaw: m[1], text: m[2], dueRaw: null };
}
function isDateAlone(text3) {
  const date = findDate(text3, { order: "dmy", reference: "2000-01-01" }) ?? findDate(text3, { order: "mdy", reference: "2000-01-01" });
  return date !== null && date.index === 0 && date.length >= text3.trim().replace(/[.,;]$/, "").length - 1;
}
function readOwnerFirst(text3) {
  const bracketed = text3.startsWith("[") ? BRACKETED_OWNERS.exec(text3) : null;
  if (bracketed) return { ownersRaw: bracketed[1], text: bracketed[2] };
  const words2 = text3.split(" ", 16);
  let i = /^the$/i.test(words2[0]) ? 1 : 0;
  let ownerEnd = -1;
  if (i === 1 && startsLowerCase(words2[1] ?? "")) return officeInLowerCase(words2, text3);
  if (!opensName(words2[i] ?? "")) return null;
  for (; i < words2.length; i++) {
    const word2 = words2[i].replace(/,$/, "");
    if (OWNER_VERBS.has(word2) && i > 0) {
      if (words2[i - 1].endsWith(",") && i === 1) return null;
      if (word2 === "to" && words2[i + 1] === "be") return null;
      if (words2[i + 1] === "be" && /ed$/.test(words2[i + 2] ?? "")) return null;
      break;
    }
    if (word2.endsWith(":") && word2 !== "to:") return null;
    if (i > 0 && /^(?:agreed|is|are|was|were|undertook)$/.test(word2) && words2[i + 1] === "to") {
      ownerEnd = i;
      i++;
      break;
    }
    if (i > 0 && /^(?:was|were)$/.test(word2) && /^(?:directed|requested|asked|tasked)$/.test(words2[i + 1] ?? "") && words2[i + 2] === "to") {
      ownerEnd = i;
      i += 2;
      break;
    }
    if (!(opensName(word2) || OWNER_JOINERS.has(word2.toLowerCase()) || word2 === "/" || word2 === "" || i === 1 && word2 === "member")) return null;
  }
  const verb = words2[i];
  if (verb === void 0 || i === 0) return null;
  if (i === 1 && isImperative(words2[0])) return null;
  const ownerWords = words2.slice(0, ownerEnd >= 0 ? ownerEnd : i);
  const owner = ownerWords.join(" ").replace(/^the\s+/i, "");
  const rest = text3.slice(words2.slice(0, i + 1).join(" ").length).trim();
  if (rest === "" || owner.length > 90) return null;
  return { ownersRaw: owner.replace(/,$/, ""), text: rest };
}
function officeInLowerCase(words2, text3) {
  for (let k = 2; k <= 5 && k < words2.length - 1; k++) {
    if (!OWNER_VERBS.has(words2[k])) continue;
    const office = words2.slice(1, k).join(" ");
    if (words2[k + 1] === "be" || !/^[a-z][a-z -]*$/.test(office) || !isRoleLike(office)) return null;
    return { ownersRaw: `${office[0].toUpperCase()}${office.slice(1)}`, text: text3.slice(words2.slice(0, k + 1).join(" ").length).trim() };
  }
  return null;
}
function looksLikeOwners(text3) {
  const words2 = (text3.endsWith(".") ? text3.slice(0, -1) : text3).split(" ");
  if (words2.length > 12 || !opensName(words2[0])) return false;
  for (let i = 1; i < words2.length; i++) {
    const word2 = words2[i].endsWith(",") ? words2[i].slice(0, -1) : words2[i];
    if (!(opensName(word2) || OWNER_JOINERS.has(word2.toLowerCase()) || word2 === "/")) return false;
  }
  return true;
}
function isOwnerWord(word2, first) {
  return opensName(word2) || word2 === "/" || (first ? LOWER_OWNERS : OWNER_JOINERS).has(word2.toLowerCase());
}
function opensName(word2) {
  return word2.startsWith("@") || startsUpperCase(word2) || opensSurname(word2) || word2.startsWith("(") && word2.endsWith(")") && startsUpperCase(word2.slice(1)) || NAME_MARK.test(word2);
}
function isOwnerVerb(word2) {
  return OWNER_VERBS.has(word2);
}
var GROUP_NOUNS, OWNER_JOINERS, LOWER_OWNERS, OWNER_VERBS, NICKS, NICKS_FIRST, OFFICE_IN_BRACKETS, OWNER_COLON, EMAIL_DASH, DASHED_DATE, NO_DATE, OWNER_DASH, DASHED_DEADLINE, BRACKETED_OWNERS, NAME_MARK;
var init_owner_first = __esm({
  "src/parse/owner-first.ts"() {
    "use strict";
    init_decisions();
    init_dates();
    init_names();
    init_normalise();
    init_actions();
    GROUP_NOUNS = ["governors", "trustees", "members", "partners", "staff", "officers", "directors", "councillors", "cllrs", "commissioners", "volunteers", "residents", "elders"];
    OWNER_JOINERS = /* @__PURE__ */ new Set(["and", "&", "+", "of", "for", "the", "concerned", "panel", "board", "committee", ...GROUP_NOUNS]);
    LOWER_OWNERS = /* @__PURE__ */ new Set(["all", "everyone", ...GROUP_NOUNS]);
    OWNER_VERBS = /* @__PURE__ */ new Set(["to", "will", "shall", "should", "must", "to:"]);
    NICKS = /^[a-z][\w-]{1,20}(?:(?:, | and | & |\/)[a-z][\w-]{1,20}){0,5}$/;
    NICKS_FIRST = /^([a-z][\w-]{1,20}(?:(?:, | and | & |\/)[a-z][\w-]{1,20}){0,5}) (?:to|will) (.+)$/;
    OFFICE_IN_BRACKETS = /\s+\([^()]{1,30}\)$/;
    OWNER_COLON = /^([^:\s][^:]{0,79}):\s+(\S.*)$/;
    EMAIL_DASH = /^([\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}) [\u2013\u2014-] ([A-Za-z].*)$/;
    DASHED_DATE = / [\u2013\u2014-] ([^\u2013\u2014-]{3,20})$/;
    NO_DATE = /^(?:no (?:due )?date|tbd|tbc|n\/a|none)$/i;
    OWNER_DASH = /^((?:[A-Z]|all )[^\u2013\u2014:]{0,59}?) [\u2013\u2014-] ([A-Za-z].*)$/;
    DASHED_DEADLINE = / [\u2013\u2014-] (?:by|due(?: by)?) ([^\u2013\u2014]{3,40})$/;
    BRACKETED_OWNERS = /^\[(?![A-Z]+\])([A-Z][^\]]{0,80})\]:? (?:will |to |should )?(\S.*)$/;
    NAME_MARK = /^[a-z]{1,3}[A-Z]{1,2}$/;
  }
});

// src/parse/action-tags.ts
function readTags(text3, isOwner = () => false) {
  const tags = [];
  let from = 0;
  for (const m of text3.matchAll(TRAILING_TAG)) {
    const at = m.index + m[0].search(/\(|a/i);
    if (at < from) continue;
    const ownersAt = m.index + m[0].length;
    let rest = text3.slice(ownersAt, ownersAt + REST_MAX);
    const bracketed = m[0].includes("(");
    if (bracketed) {
      const close = rest.indexOf(")");
      if (close < 0) continue;
      rest = rest.slice(0, close);
    }
    const body = readTagBody(rest, bracketed || ownersAt + rest.length >= text3.length, isOwner);
    if (!body) continue;
    const end = ownersAt + body.length;
    if (body.kind === "own") tags.push({ at, ownersAt, end, ownersRaw: body.ownersRaw, text: body.text, textAt: ownersAt, narrative: false });
    else if (body.kind !== "none") {
      const wording = tagWording(text3.slice(from, at));
      const tag = { at, ownersAt, end, ownersRaw: body.owners, text: wording.text, textAt: from + wording.offset, narrative: true };
      if (body.status) tag.status = body.status;
      if (wording.deadline) tag.deadline = wording.deadline;
      tags.push(tag);
    }
    from = end;
  }
  return tags;
}
function readTagBody(rest, last, isOwner) {
  if (isNoAction(rest)) return { kind: "none", length: firstSentence2(rest).length };
  if (last && rest.length <= OWNERS_LENGTH) {
    let owners = rest.trim();
    const status = readTrailingStatus(owners, startsWithStatus);
    if (status) owners = status.text;
    if (owners === "" || /\s[-\u2013\u2014]$/.test(owners)) return { kind: "owners", owners: "", length: rest.length };
    if (!/[.;] /.test(owners) && (TAG_OWNERS.test(owners) || looksLikeOwners(owners))) return { kind: "owners", owners: owners.replace(/\.$/, ""), length: rest.length, status: status?.status };
    const nicks = owners.replace(/\.$/, "");
    if (isNickList(nicks) && isOwner(nicks)) return { kind: "owners", owners: nicks, length: rest.length, status: status?.status };
  }
  const span2 = readOwnerSpan(rest, isOwner);
  if (span2) return { kind: "owners", owners: span2.owners, length: span2.end };
  const sentence = firstSentence2(rest);
  if (sentence.split(" ").length < 3) return null;
  const own = readOwnerFirst(sentence) ?? { ownersRaw: null, text: sentence };
  return { kind: "own", ownersRaw: own.ownersRaw, text: own.text, length: sentence.length };
}
function readOwnerSpan(rest, isOwner) {
  const words2 = rest.split(" ", OWNERS_MAX + 1);
  let count3 = 0;
  let closed = false;
  for (let k = 0; k < words2.length && k < OWNERS_MAX; k++) {
    const word2 = words2[k];
    if (k > 0 && (SUB_ITEM.test(word2) || DASH_WORD.test(word2))) {
      closed = true;
      break;
    }
    if (!isOwnerWord(word2.replace(/[.,;:]+$/, ""), k === 0)) break;
    count3 = k + 1;
    const last = word2.charCodeAt(word2.length - 1);
    if (last === 46 && !ABBREVIATION.test(word2) || last === 59 && !listGoesOn(words2, k + 1) || k === words2.length - 1) {
      closed = true;
      break;
    }
  }
  if (count3 === 0) return null;
  if (!closed) {
    if (count3 < words2.length && isOwnerVerb(words2[count3])) return null;
    if (words2[count3 - 1].endsWith(",")) closed = true;
    else count3 = knownPrefix(words2, count3, isOwner);
    if (count3 === 0) return null;
  }
  const taken = words2.slice(0, count3);
  const owners = taken.join(" ").replace(/[.,;:]+$/, "").replace(/(?:\s(?:and|&|of|the|for))+$/, "");
  return owners ? { owners, end: taken.join(" ").length, closed } : null;
}
function opensTag(body) {
  const span2 = readOwnerSpan(body, () => false);
  if (!span2?.closed || span2.end >= body.length) return false;
  const after = body.slice(span2.end).trimStart();
  return SUB_ITEM.test(after.split(" ", 1)[0]) || after.search(TRAILING_TAG) >= 0;
}
function listGoesOn(words2, from) {
  for (let k = from; k < words2.length && k < from + 4; k++) {
    const word2 = words2[k];
    if (k > from && SUB_ITEM.test(word2)) return true;
    if (!startsUpperCase(word2)) return false;
    if (word2.endsWith(".") || word2.endsWith(";") || k === words2.length - 1) return true;
  }
  return false;
}
function knownPrefix(words2, count3, isOwner) {
  let longest = 0;
  for (let c = count3 - 1; c >= 1; c--) {
    const before = words2[c - 1];
    if (!startsUpperCase(words2[c]) || !(before.startsWith("@") || startsUpperCase(before)) || /[,/&]$/.test(before)) continue;
    if (isOwner(words2.slice(0, c).join(" "))) return c;
    if (longest === 0) longest = c;
  }
  return longest;
}
function tagWording(segment) {
  const sentences = segment.split(SENTENCE_END3.for(segment));
  let last = afterSubItem(sentences[sentences.length - 1].trim());
  if (sentences.length > 1 && last === sentences[sentences.length - 1].trim() && isDeadlineSentence(last)) {
    const text3 = afterSubItem(sentences[sentences.length - 2].trim());
    if (text3) return { text: text3, offset: segment.lastIndexOf(text3, segment.lastIndexOf(last)), deadline: last };
  }
  last = last.trim();
  return { text: last, offset: last ? segment.lastIndexOf(last) : segment.length };
}
function afterSubItem(sentence) {
  let cut2 = -1;
  for (const m of sentence.matchAll(SUB_ITEM_INSIDE)) cut2 = m.index + m[0].length;
  return cut2 < 0 ? sentence : sentence.slice(cut2);
}
function firstSentence2(text3) {
  const head = beforeInlineItem(text3);
  const end = head.search(STOP_BEFORE_CAPITAL.for(head));
  return end < 0 ? head : head.slice(0, end + 1);
}
function beforeInlineItem(text3) {
  const item = INLINE_ITEM.exec(text3);
  return item ? text3.slice(0, item.index + 1) : text3;
}
function lastSentence(text3) {
  const sentences = text3.split(SENTENCE_END3.for(text3));
  return sentences[sentences.length - 1].trim();
}
var TAG_OWNERS, SUB_ITEM, SUB_ITEM_INSIDE, ABBREVIATION, DASH_WORD, SENTENCE_END3, INLINE_ITEM, STOP_BEFORE_CAPITAL, OWNERS_MAX, REST_MAX, OWNERS_LENGTH;
var init_action_tags = __esm({
  "src/parse/action-tags.ts"() {
    "use strict";
    init_actions();
    init_due();
    init_status();
    init_owner_first();
    init_normalise();
    init_letters();
    TAG_OWNERS = /^(?:[A-Z][A-Za-z]{0,4}|All(?: [a-z]+)?)(?:(?:, ?| ?\/ ?| ?& ?| and )[A-Z][A-Za-z]{0,4})*\.?$/;
    SUB_ITEM = /^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[ivx]{1,4}\.)$/;
    SUB_ITEM_INSIDE = /(?:^|\s)(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[ivx]{1,4}\.)\s/g;
    ABBREVIATION = /^(?:[A-Z]|Cllrs?|Dr|Mrs?|Ms|Prof|Revd?)\.$/;
    DASH_WORD = /^[-\u2013\u2014]$/;
    SENTENCE_END3 = letterPattern(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, "u");
    INLINE_ITEM = letterPattern(String.raw`[.!?]\s+\d{1,3}\.\s+\p{Lu}`, "u");
    STOP_BEFORE_CAPITAL = letterPattern(String.raw`[.!?]\s+(?=\p{Lu})`, "u");
    OWNERS_MAX = 12;
    REST_MAX = 600;
    OWNERS_LENGTH = 240;
  }
});

// src/parse/roll-lines.ts
function withoutFullStop(text3) {
  return text3.replace(/\.?\s*$/, "");
}
function isHardWrapped(line) {
  return line.length >= WRAP_WIDTH && !/[,;.:)]$/.test(line);
}
function isInCapitals(text3) {
  return TWO_CAPITALS.test(text3) && !LOWER_CASE.test(text3);
}
function numberStyle(line) {
  const numbered = line.kind === "item" && line.marker && /^\d/.test(line.marker) ? line.marker : /^\d{1,3}[.:)]/.exec(line.text)?.[0];
  return numbered ? numbered.slice(-1) : null;
}
function itemNumberOf(line) {
  if (line.kind === "item" && line.marker && /^\d/.test(line.marker)) return Number.parseInt(line.marker, 10);
  return ITEM_NUMBER2.test(line.text) && /^\d/.test(line.text) ? Number.parseInt(line.text, 10) : null;
}
function wrapsOntoNext(lines, index) {
  const after = lines[index + 1];
  return after !== void 0 && !after.blockStart && after.kind === "text" && !after.cells && (cutMidEntry(lines[index].text, after.text) || awaitsName(lines[index].text) || endsInParticle(lines[index].text) || isHardWrapped(lines[index].text) && endsWithFirstName(lines[index].text));
}
function endsWithFirstName(text3) {
  const and = text3.lastIndexOf(" and ");
  const last = text3.slice(Math.max(text3.lastIndexOf(","), text3.lastIndexOf(";"), and < 0 ? -1 : and + 4) + 1).trim();
  return FIRST_NAME.test(last) && !isRoleLike(last) && stripHonorifics(`${last} `) !== "";
}
function endsInParticle(text3) {
  const space = text3.lastIndexOf(" ");
  return space > 0 && isNameParticle(text3.slice(space + 1));
}
function awaitsName(text3) {
  if (!endsWithTitle(text3)) return false;
  const cut2 = Math.max(text3.lastIndexOf(","), text3.lastIndexOf(";"));
  const last = text3.slice(cut2 + 1).trim();
  const titlesEntries = cut2 > 0 && text3.slice(0, cut2).split(/[,;]\s*/).some((entry) => entry.trim().startsWith(`${last} `));
  return !isRoleLike(last) || titlesEntries || text3.length >= WRAP_WIDTH && isRank(last);
}
function cutMidEntry(text3, next) {
  return opensMidEntry(next) || /(?:,|;|:|\band|&|\s[\u2013\u2014-])$/.test(text3);
}
function opensMidEntry(line) {
  return line.startsWith("(") || line.startsWith("@") || startsLowerCase(line);
}
function endsInsideBracket(text3) {
  return text3.lastIndexOf("(") > text3.lastIndexOf(")");
}
function isUnfinished(text3) {
  return /(?:,|\band|&)$/.test(text3.trimEnd());
}
function endsWithTitle(text3) {
  const last = text3.split(/[;,]|\sand\s/).pop().trim();
  return last !== "" && stripHonorifics(`${last} `) === "";
}
function endsMidName(text3) {
  const lastName = text3.split(/[;,]|\s(?:and|&)\s/).pop().trim();
  const bare = stripHonorifics(`${lastName} `);
  return bare !== lastName && CAPITALISED_WORD.test(bare);
}
function isNameAndOffice(text3) {
  const comma = text3.indexOf(", ");
  if (comma < 0 || text3.indexOf(",", comma + 1) >= 0) return false;
  return isPersonalName(stripHonorifics(text3.slice(0, comma))) && isRoleLike(text3.slice(comma + 2).replace(/\s*\([^()]*\)$/, ""));
}
function wrapsOnto(text3, next) {
  if (cutMidEntry(text3, next) || endsInsideBracket(text3)) return true;
  const lastEntry = text3.split(/[;,]/).pop().trim();
  if (isNameAndOffice(next) && isNameAndOffice(text3)) return false;
  const parts = lastEntry.split(/\s[\u2013\u2014-]\s|:\s/);
  const lastPart = parts.pop();
  if (parts.length === 0 && lastPart !== "" && stripHonorifics(`${lastPart} `) === "") return true;
  const lastName = lastPart.split(/\s(?:and|&)\s/).pop();
  if (isRoleLike(lastName)) return false;
  const bare = stripHonorifics(`${lastName} `);
  if (lastName !== "" && bare === "") return true;
  if (isRoleLike(lastPart)) return false;
  if (endsInParticle(bare)) return true;
  return CAPITALISED_WORD.test(bare) && !/[)]$/.test(text3);
}
var ITEM_NUMBER2, WRAP_WIDTH, TWO_CAPITALS, LOWER_CASE, RollNumbering, FIRST_NAME, CAPITALISED_WORD;
var init_roll_lines = __esm({
  "src/parse/roll-lines.ts"() {
    "use strict";
    init_names();
    init_normalise();
    init_letters();
    ITEM_NUMBER2 = /^(?:\d{1,3}[.:)]?|[IVX]{1,5}[.:)])\s+/;
    WRAP_WIDTH = 60;
    TWO_CAPITALS = letterPattern(String.raw`\p{Lu}{2}`, "u");
    LOWER_CASE = letterPattern(String.raw`\p{Ll}`, "u");
    RollNumbering = class {
      /**
       * The number of the last numbered entry ("1. Jo Doe"), 0 before any: the next must carry the next number. A
       * second list may go on with the first one's numbers ("Special invitees:" over "8. Dr Kavita Deshpande").
       */
      numbered = 0;
      /** The number the next entry must carry, or null before the first (any number then). */
      get nextEntry() {
        return this.numbered === 0 ? null : this.numbered + 1;
      }
      /** The number after the label's own ("3) Apologies" \u2192 4), or null for a label with none. */
      nextItem;
      labelStyle;
      /** How the roll's own entries are numbered, once one is. */
      entryStyle = null;
      constructor(label) {
        const number = itemNumberOf(label);
        this.nextItem = number === null ? null : number + 1;
        this.labelStyle = numberStyle(label);
      }
      /** Whether `line` opens the next agenda item; `begun` says entries were read before it with no numbers. */
      isNextItem(line, begun) {
        const number = itemNumberOf(line);
        if (number === null) return false;
        if (this.numbered === 0 && number === this.nextItem) return true;
        if (this.numbered === 0 ? begun : number !== this.numbered + 1) return true;
        const style = numberStyle(line);
        if (number === this.nextItem && style === this.labelStyle && style !== this.entryStyle) return true;
        if (this.numbered === 0) this.entryStyle = style;
        return false;
      }
      /** Counts an entry read from `line`. */
      read(line) {
        const number = itemNumberOf(line);
        if (number !== null) this.numbered = this.numbered === 0 ? number : this.numbered + 1;
      }
    };
    FIRST_NAME = letterPattern(String.raw`^\p{Lu}[\p{Ll}'\u2019-]+$`, "u");
    CAPITALISED_WORD = letterPattern(String.raw`^\p{Lu}[\p{L}'\u2019.-]*$`, "u");
  }
});

// src/parse/line-width.ts
function paragraphWidth(lines) {
  const lengths = [];
  for (const line of lines) if (line.kind === "text" && !line.cells && line.text.length >= 30) lengths.push(line.text.length);
  if (lengths.length < 5) return Infinity;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}
function mayWrapOnto(lines, index) {
  const next = lines[index + 1];
  if (next === void 0) return false;
  let width = widths.get(lines);
  if (width === void 0) widths.set(lines, width = paragraphWidth(lines));
  if (width === Infinity) return true;
  const firstWord = next.text.indexOf(" ");
  return lines[index].text.length + 1 + (firstWord < 0 ? next.text.length : firstWord) > width * 0.85;
}
var widths;
var init_line_width = __esm({
  "src/parse/line-width.ts"() {
    "use strict";
    widths = /* @__PURE__ */ new WeakMap();
  }
});

// src/parse/person-entry.ts
function cleanDescriptor(value2) {
  if (!value2) return null;
  const { role, organisation } = classifyDescriptors([value2]);
  return role ?? organisation;
}
function parsePersonEntry(entry, line, lead = null, options = {}) {
  const loneNames = options.loneNames ?? true;
  const key2 = `${loneNames ? "+" : "-"}${lead ?? ""}\0${entry}`;
  let read = readings.get(key2);
  if (read === void 0) {
    if (readings.size >= MAX_READINGS) readings.clear();
    read = TIGHT_BRACKET.test(entry) ? withTightBrackets(entry, (guarded) => readPersonEntry(guarded, lead, loneNames)) : readPersonEntry(entry, lead, loneNames);
    readings.set(key2, read);
  }
  return read === null ? null : { ...read, line };
}
function withTightBrackets(entry, read) {
  const person2 = read(entry.replace(TIGHT_BRACKETS, `$1${OPEN_STAND_IN}$2${CLOSE_STAND_IN}`));
  if (!person2) return null;
  const restore = (text3) => text3 === null ? null : text3.replaceAll(OPEN_STAND_IN, "(").replaceAll(CLOSE_STAND_IN, ")");
  return { ...person2, name: restore(person2.name), role: restore(person2.role), organisation: restore(person2.organisation), initials: restore(person2.initials) };
}
function readPersonEntry(entry, lead, loneNames) {
  const line = 0;
  let text3 = entry.trim();
  if (LEADING_BULLET_CHARS.includes(text3[0])) text3 = text3.replace(/^[-\u2013\u2014\u2022*]+\s*/, "");
  if (TRAILING_PUNCTUATION_CHARS.includes(text3[text3.length - 1]) && !COMPANY_ABBREVIATION_END.test(text3)) text3 = text3.replace(/[.;,*\u2020\u2021]+$/, "");
  if (text3.includes("(Hons)")) text3 = text3.replace(/(?<=[A-Za-z])\(Hons\)/g, "");
  if (text3.includes("*") && STARRED_MODE.test(text3)) text3 = text3.replace(STARRED_MODE, "");
  let leadRole = null;
  if (lead && text3.startsWith(lead) && text3.length > lead.length + 1) {
    leadRole = lead.replace(/:$/, "");
    text3 = text3.slice(lead.length).replace(/^[\s:\u2013-]+/, "");
  }
  let handle = null;
  if (text3.startsWith("@") && isPersonalName(text3.slice(1).replace(/\s*\(.*$/, ""))) text3 = text3.slice(1);
  if (text3.includes("@")) {
    if (BARE_EMAIL.test(text3)) return { name: text3, initials: null, handle: null, organisation: null, role: leadRole, line };
    text3 = text3.replace(EMAIL2, " ").trim();
    const bracketed = BRACKETED_HANDLE.exec(text3);
    if (bracketed) {
      handle = bracketed[1];
      text3 = `${text3.slice(0, bracketed.index)} ${text3.slice(bracketed.index + bracketed[0].length)}`.replace(/\s+/g, " ").trim();
    }
    const found = LOOSE_HANDLE.exec(text3);
    if (found) {
      handle = found[1];
      text3 = `${text3.slice(0, found.index)} ${text3.slice(found.index + found[0].length)}`.replace(/\s+/g, " ").trim();
    }
  }
  let handleSaid = null;
  if (handle !== null && text3.startsWith("(")) {
    const named = /^\(([^()]+)\)\s*/.exec(text3);
    const comma = named ? named[1].indexOf(", ") : -1;
    if (named && isPersonalName(named[1])) text3 = `${named[1]} ${text3.slice(named[0].length)}`.trim();
    else if (named && comma > 0 && isPersonalName(named[1].slice(0, comma))) text3 = `${named[1].slice(0, comma)}, ${named[1].slice(comma + 2)} ${text3.slice(named[0].length)}`.trim();
    else if (named && named[0].length === text3.length) {
      handleSaid = classifyDescriptors([named[1].trim()]);
      text3 = "";
    }
  }
  const sign = CALL_SIGN.exec(text3);
  if (sign) text3 = `${text3.slice(0, sign.index)}${text3.slice(sign.index + sign[0].length)}`.trim();
  if (text3.includes("(") && BRACKETED_COURTESY.test(text3)) text3 = text3.replace(BRACKETED_COURTESY, "$1");
  if (text3.includes(".") && INITIAL_RUN_IN.test(text3)) text3 = text3.replace(INITIAL_RUN_IN_AT_WORD.for(text3), "$1$2. ");
  const noted = text3.endsWith(")") ? NOTE_AFTER_BRACKET.exec(text3) : null;
  const officeFirst = OFFICE_THEN_BRACKET.exec(noted && isBracketedNote(noted[2].trim()) ? noted[1] : text3);
  const inside = officeFirst ? officeFirst[2].replace(WHO_CLAUSE, "").replace(/\s[-\u2013\u2014]\s(.+)$/, (dashed, note) => isBracketedNote(note.trim()) ? "" : dashed) : "";
  if (officeFirst && !/[,;:\u2013\u2014]|\s-\s/.test(officeFirst[1]) && isRoleLike(officeFirst[1].trim()) && !isRoleLike(inside)) {
    const person2 = parsePersonEntry(inside, line, null, { loneNames: !STANDING.test(inside.trim()) && LONE_FIRST_NAME.test(inside.trim()) });
    if (person2) return { ...person2, role: leadRole ?? person2.role ?? officeFirst[1].trim() };
  }
  const officeThenPerson = officeBeforePerson(text3, loneNames);
  if (officeThenPerson) return { ...officeThenPerson, role: leadRole ?? officeThenPerson.role, handle: handle ?? officeThenPerson.handle };
  const segments = splitTopLevel(text3, SEGMENT_SEPARATOR);
  for (let index = 0; index < segments.length; index++) {
    const read = readNamedSegment(segments[index], loneNames);
    if (!read) continue;
    if (index < segments.length - 1 && isRoleLike(segments[index]) && segments.slice(index + 1).some((segment) => readNamedSegment(segment, false))) continue;
    const before = segments.slice(0, index);
    if (!before.every(isDescriptorFirst)) return null;
    const department = before.length === 2 && HEAD_OF_DEPARTMENT.test(before[0]) && text3.startsWith(`${before[0]}: ${before[1]}:`) ? `${before[0]}: ${before[1]}` : null;
    if (department) return describe(read, segments.slice(index + 1), line, handle, leadRole ?? department);
    return describe(read, [...segments.slice(index + 1), ...before], line, handle, leadRole);
  }
  if (segments.length === 0 && handle) return { name: handle.slice(1), initials: null, handle, organisation: handleSaid?.organisation ?? null, role: leadRole ?? handleSaid?.role ?? null, line };
  return null;
}
function officeBeforePerson(text3, loneNames) {
  const dash = text3.lastIndexOf(" \u2013 ");
  if (dash < 0) return null;
  const before = text3.slice(0, dash).trim();
  const after = text3.slice(dash + 3).trim();
  const opening = before.split(/[,(]/, 1)[0].trim();
  const words2 = opening.toLowerCase().split(/\s+/);
  if (stripHonorifics(before) !== before || !(isRoleLike(opening) || isRoleWord(words2[0]) || isRoleWord(words2[words2.length - 1]))) return null;
  const person2 = parsePersonEntry(after, 0, null, { loneNames });
  if (!person2 || person2.role !== null || person2.organisation !== null) return null;
  const titled = stripHonorifics(after) !== after || person2.initials !== null;
  if (!titled && (!isPersonalName(person2.name) || isRoleLike(person2.name))) return null;
  const parts = splitTopLevel(before, /,\s/g);
  if (!before.includes("(") && !hasOrganisationWord(parts[parts.length - 1])) return { ...person2, role: before, organisation: null };
  const { role, organisation } = classifyDescriptors(parts);
  return { ...person2, role, organisation };
}
function isDescriptorFirst(segment) {
  if (UNIT.test(segment)) return true;
  if (!startsUpperCase(segment) || /\d/.test(segment) || segment.split(" ").length > 6) return false;
  return isRoleLike(segment) || ALL_CAPITALS.test(segment) || hasOrganisationWord(segment);
}
function readNamedSegment(segment, loneNames) {
  const brackets = [];
  let rest = segment.trim();
  for (let m = rest.endsWith(")") ? LAST_BRACKET.exec(rest) : null; m && m.index > 0; m = rest.endsWith(")") ? LAST_BRACKET.exec(rest) : null) {
    brackets.unshift(m[1].trim());
    rest = rest.slice(0, m.index).trimEnd();
  }
  const inner = rest.includes("(") ? /^([^()]*)\(([^()]*)\)(.*)$/.exec(rest) : null;
  let tail = "";
  if (inner) {
    rest = inner[1].trim();
    brackets.unshift(inner[2].trim());
    tail = inner[3].trim();
  }
  const titleless = stripHonorifics(rest);
  const stripped = titleless !== rest.trim() && startsLowerCase(titleless) ? rest.trim() : titleless;
  let name2 = stripped;
  let office = stripped === rest.trim() ? null : officeIn(rest.trim().slice(0, rest.trim().length - stripped.length));
  const prefixed = name2.indexOf(" ") === name2.lastIndexOf(" ") ? null : splitOfficePrefix(name2);
  if (prefixed) [office, name2] = [prefixed.office, prefixed.name];
  let initials = null;
  const trailing = isAscii(name2) && !/[A-Z]{2}/.test(name2) ? null : initialsIn(name2);
  if (trailing) {
    initials = trailing[1];
    const after = name2.slice(trailing.index + trailing[0].length).trim();
    if (after) brackets.push(after);
    name2 = name2.slice(0, trailing.index);
  }
  for (let last = name2.lastIndexOf(" "); last > 0 && name2.indexOf(" ") < last && isPostNominal(name2.slice(last + 1)); last = name2.lastIndexOf(" ")) name2 = name2.slice(0, last);
  const acronym = initials === null ? TRAILING_ACRONYM2.exec(name2) : null;
  if (acronym && isPersonalName(name2.slice(0, acronym.index))) {
    brackets.push(acronym[1]);
    name2 = name2.slice(0, acronym.index);
  }
  let personal = isPersonalName(name2);
  const suffixed = name2.indexOf(" ") === name2.lastIndexOf(" ") || personal && !isRoleWord(name2.slice(name2.lastIndexOf(" ") + 1).toLowerCase()) ? null : splitOfficeSuffix(name2);
  if (suffixed) {
    brackets.push(suffixed.office);
    name2 = suffixed.name;
    personal = true;
  }
  if (!personal) {
    const titled = stripped !== rest.trim() && isPersonalName(name2, 1);
    const nick = loneNames && IRC_NICK.test(name2) && !BOT.test(name2);
    if (!titled && !nick && !(loneNames && rest.trim() === name2 && !tail && isLoneName(name2, segment))) return null;
  }
  if (tail) brackets.push(tail);
  return { name: name2, brackets, initials, office };
}
function initialsIn(name2) {
  for (const pattern2 of [TRAILING_INITIALS, MIDDLE_INITIALS]) {
    const m = pattern2.exec(name2);
    if (m && looksLikeInitialsOf(m[1], name2.slice(0, m.index))) return m;
  }
  return null;
}
function officeIn(title) {
  const councillor = PLACE_COUNCILLOR.exec(title.trim());
  if (councillor) return `${councillor[1][0].toUpperCase()}${councillor[1].slice(1).toLowerCase()} Councillor`;
  const office = title.replace(SOCIAL_TITLE, " ").replace(/\s+/g, " ").trim();
  if (office === "" || !startsUpperCase(office) || isRank(office)) return null;
  return isRoleLike(office) || isRoleWord(office.split(" ")[0].toLowerCase()) ? office : null;
}
function splitOfficePrefix(name2) {
  const words2 = name2.split(" ");
  for (let cut2 = Math.min(words2.length - 2, 5); cut2 >= 1; cut2--) {
    if (!words2.slice(0, cut2).every((word2) => OFFICE_WORD.test(word2)) || PERSONAL_TITLE_WORD.test(words2[cut2 - 1]) || ADDRESS_TITLE.test(words2[cut2 - 1]) || /^(?:of|for|to|the)$/.test(words2[cut2 - 1])) continue;
    const office = words2.slice(0, cut2).join(" ");
    const holder = stripHonorifics(words2.slice(cut2).join(" "));
    if (isRoleLike(office) && isPersonalName(holder)) return { office, name: holder };
  }
  return null;
}
function splitOfficeSuffix(name2) {
  const words2 = name2.split(" ");
  let cut2 = words2.length;
  while (cut2 > 2 && isOfficeWord(words2[cut2 - 1])) cut2--;
  if (cut2 > 2 && cut2 < words2.length && PLACE_COUNCIL.test(words2[cut2]) && /^councillors?$/i.test(words2[words2.length - 1])) cut2--;
  for (; cut2 < words2.length; cut2++) {
    const office = words2.slice(cut2).join(" ");
    const rest = words2.slice(0, cut2);
    if (isRoleLike(office) && !rest.some((word2) => DOTTED_ACRONYM.test(word2)) && isPersonalName(rest.join(" "))) return { office, name: rest.join(" ") };
  }
  return null;
}
function isLoneName(name2, segment) {
  const long = name2.length > 2 || name2.length === 2 && !TWO_LETTER_WORDS.has(name2.toLowerCase());
  return !segment.includes(" - ") && isPersonalName(name2, 1) && !CAPITALS_ONLY.test(name2) && long && !isRoleLike(name2) && stripHonorifics(`${name2} `) !== "";
}
function describe(read, after, line, handle, leadRole) {
  let initials = read.initials;
  const descriptors = [];
  for (const bracket of read.brackets) {
    for (const inner of bracket.includes(",") || bracket.includes(";") ? splitTopLevel(bracket, BRACKET_PARTS) : [bracket]) {
      const nick = inner.includes(":") ? /^(?:irc|nick|github|slack)\s*:\s*(@?[\w.-]+)$/i.exec(inner) : null;
      if (HANDLE.test(inner)) handle ??= inner;
      else if (nick) handle ??= nick[1].startsWith("@") ? nick[1] : `@${nick[1]}`;
      else if (!initials && INITIALS2.test(inner) && sameLetter(inner[0], read.name[0]) && (looksLikeInitialsOf(inner, read.name) || !isRoleLike(inner))) initials = inner;
      else descriptors.push(`(${inner})`);
    }
  }
  for (const part of after) descriptors.push(part);
  const firstAfter = descriptors.findIndex((d) => !d.startsWith("("));
  if (!initials && firstAfter >= 0 && looksLikeInitialsOf(descriptors[firstAfter].replace(/\s*\(.*\)$/, ""), read.name)) {
    const first = descriptors[firstAfter];
    initials = first.replace(/\s*\(.*\)$/, "");
    const brackets = [...first.matchAll(/\(([^()]*)\)/g)].map((m) => `(${m[1]})`);
    descriptors.splice(firstAfter, 1, ...brackets);
  }
  const { role, organisation } = classifyDescriptors(descriptors, leadRole);
  return { name: read.name, initials, handle, organisation, role: withoutArticle(role ?? read.office), line };
}
function isBracketedNote(inner) {
  return ATTENDANCE_NOTE.test(inner) || startsLowerCase(inner) || /\b(?:division|ward)$/i.test(inner) || STAND_IN_NOTE.test(inner);
}
function withoutArticle(office) {
  return office?.startsWith("The ") ? office.slice(4) : office;
}
function classifyDescriptors(descriptors, givenRole = null) {
  let role = givenRole;
  let office = null;
  let organisation = null;
  for (const raw of descriptors) {
    let descriptor = raw.trim();
    if (descriptor.startsWith("(")) descriptor = descriptor.replace(/^\((.*)\)$/, "$1");
    if (IN_THE_CHAIR.test(descriptor)) descriptor = "Chair";
    for (let note = LAST_BRACKET.exec(descriptor); note && note.index > 0 && isBracketedNote(note[1].trim()); note = LAST_BRACKET.exec(descriptor)) {
      descriptor = descriptor.slice(0, note.index).trim();
    }
    const trailing = descriptor.endsWith(")") ? /\s*\(([^()]*)\)$/.exec(descriptor) : null;
    if (trailing && descriptor.length > trailing[0].length) {
      const inner = trailing[1].trim();
      if (isBracketedNote(inner)) descriptor = descriptor.slice(0, trailing.index).trim();
      else if (hasOrganisationWord(inner) && isRoleLike(descriptor.slice(0, trailing.index))) {
        organisation ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      } else if (SEAT_CATEGORY.test(inner) && isRoleLike(descriptor.slice(0, trailing.index))) {
        descriptor = descriptor.slice(0, trailing.index).trim();
      } else if (isRoleLike(inner)) {
        office ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      } else if (SINGLE_WORD_BODY.test(inner) && !STANDING.test(inner) && isRoleLike(descriptor.slice(0, trailing.index))) {
        organisation ??= inner;
        descriptor = descriptor.slice(0, trailing.index).trim();
      }
    }
    if (descriptor === "" || isPostNominal(descriptor) || startsLowerCase(descriptor) && !isRoleLike(descriptor) || ATTENDANCE_NOTE.test(descriptor) && !MINUTE_TAKER.test(descriptor) || ARRIVAL_NOTE.test(descriptor) || STAND_IN_NOTE.test(descriptor) || UNIT.test(descriptor) || /^[\u2013\u2014-]+$|^n\/a$/i.test(descriptor)) continue;
    if (role !== null && CATEGORY.test(role) && !CATEGORY.test(descriptor) && isOfficeAfterName(descriptor)) role = descriptor;
    else if (role === null ? isOfficeAfterName(descriptor) : isRoleLike(descriptor)) role ??= descriptor;
    else organisation ??= descriptor;
  }
  return { role: office ?? role, organisation };
}
function looksLikeInitialsOf(text3, name2) {
  if (text3.length > 4 || text3.length < 2 || !sameLetter(text3[0], name2[0]) || !INITIALS2.test(text3)) return false;
  const letters2 = (isAscii(text3) ? text3 : [...text3].map(baseLetter2).join("")).toUpperCase();
  const words2 = name2.split(/\s+/);
  for (let i = 1; i < words2.length; i++) if (words2[i] !== "" && letters2.includes(baseLetter2(words2[i][0]).toUpperCase())) return true;
  return false;
}
function baseLetter2(letter) {
  return letter.charCodeAt(0) < 128 ? letter : letter.normalize("NFD")[0];
}
function sameLetter(a, b) {
  return a === b || baseLetter2(a) === baseLetter2(b);
}
var ATTENDANCE_NOTE, ARRIVAL_NOTE, MINUTE_TAKER, INITIALS2, HANDLE, LEADING_BULLET_CHARS, TRAILING_PUNCTUATION_CHARS, BRACKET_PARTS, STARRED_MODE, SINGLE_WORD_BODY, LONE_FIRST_NAME, STANDING, COMPANY_ABBREVIATION_END, BRACKETED_COURTESY, TIGHT_BRACKET, TIGHT_BRACKETS, readings, MAX_READINGS, HEAD_OF_DEPARTMENT, UNIT, OFFICE_THEN_BRACKET, NOTE_AFTER_BRACKET, WHO_CLAUSE, EMAIL2, BARE_EMAIL, BRACKETED_HANDLE, LOOSE_HANDLE, SEAT_CATEGORY, CATEGORY, SEGMENT_SEPARATOR, LAST_BRACKET, TRAILING_INITIALS, MIDDLE_INITIALS, TRAILING_ACRONYM2, PLACE_COUNCILLOR, SOCIAL_TITLE, ADDRESS_TITLE, INITIAL_RUN_IN, INITIAL_RUN_IN_AT_WORD, ALL_CAPITALS, CAPITALS_ONLY, OFFICE_WORD, PLACE_COUNCIL, DOTTED_ACRONYM, IRC_NICK, BOT, TWO_LETTER_WORDS, STAND_IN_NOTE;
var init_person_entry = __esm({
  "src/parse/person-entry.ts"() {
    "use strict";
    init_names();
    init_normalise();
    init_split();
    init_letters();
    ATTENDANCE_NOTE = /^(?:minutes|recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker|notes|part|virtual|remote|online|in person|via \w+|by \w+|observer|observing|(?:items?|top) [\w\s,\u2013-]+|for items? [\w\s,\u2013-]+|from ~?[\w\s.:/]+|until ~?[\w\s.:/]+|left ~?[\w\s.:/]+|joined ~?[\w\s.:/]+|arrived ~?[\w\s.:/]+|during ~?[\w\s.:/]+|\d{1,5}|(?:din|pan|reg(?:istration)? no\.?|membership no\.?|no\.)[:.]? ?\d[\d\s/-]{3,}|he\/him|she\/her|they\/them|external|internal|late|joined late|left early|part of (?:the )?meeting|(?:substitute|substituting|deputising|deputizing|standing in) for [\w\s.'\u2019-]+|in place of [\w\s.'\u2019-]+|ward \d{1,3}[a-z]?|(?:pto|ooo|on (?:leave|holiday|vacation)|(?:annual|parental|maternity|paternity|sick) leave|unwell|sick)(?: .*)?)$/i;
    ARRIVAL_NOTE = /\s(?:arrived|left|joined|departed)\s/;
    MINUTE_TAKER = /^(?:recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker)$/i;
    INITIALS2 = letterPattern(String.raw`^(?=(?:\p{Ll}*\p{Lu}){2})(?!.*\p{Ll}{3})\p{Lu}\p{L}{1,4}$`, "u");
    HANDLE = /^@[\w.-]+$/;
    LEADING_BULLET_CHARS = "-\u2013\u2014\u2022*";
    TRAILING_PUNCTUATION_CHARS = ".;,*\u2020\u2021";
    BRACKET_PARTS = /[,;]/g;
    STARRED_MODE = /\s+\*\s?(?:teams|zoom|online|remote|virtual|video|phone|webex|meet)$/i;
    SINGLE_WORD_BODY = /^[A-Z][A-Z&]{1,7}$/;
    LONE_FIRST_NAME = letterPattern(String.raw`^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$`, "u");
    STANDING = /^(?:acting|interim|designate|elect|outgoing|incoming|retiring|temporary|vacant|joint|honorary|co-opted|substitute)$/i;
    COMPANY_ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|Bros|L\.L\.C|P\.C)\.$/;
    BRACKETED_COURTESY = /^((?:Dr|Prof|Engr|Arc|Barr|Hon|Chief)\.?\s)\((?:Mrs?|Ms|Miss|Dr|Prof|Engr)\.?\)\s/;
    TIGHT_BRACKET = /\([^()]*\w\(\w{1,4}\)/;
    TIGHT_BRACKETS = /(\([^()]*\w)\((\w{1,4})\)/g;
    readings = /* @__PURE__ */ new Map();
    MAX_READINGS = 1e4;
    HEAD_OF_DEPARTMENT = /^(?:(?:chief|deputy|executive|senior|general|assistant) )?(?:director|manager|head)$/i;
    UNIT = /^(?:lot|unit|apartment|apt\.?|flat|plot)\s\d{1,4}[a-z]?$/i;
    OFFICE_THEN_BRACKET = /^(?:the\s)?([^()]+)\(([^()]+)\)$/i;
    NOTE_AFTER_BRACKET = /^(.*\))\s*\(([^()]*)\)$/;
    WHO_CLAUSE = /,?\s+who\s.*$/i;
    EMAIL2 = /@?<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g;
    BARE_EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
    BRACKETED_HANDLE = /\s?\(\s?(@[\w][\w.-]*)\s?\)/;
    LOOSE_HANDLE = /(?:^|\s)(@[\w][\w.-]*)(?=[\s,;:]|$)/;
    SEAT_CATEGORY = /\b(?:nominee|representative|appointee)$/i;
    CATEGORY = /^(?:guest|observer|visitor|member|attendee|invitee)s?$/i;
    SEGMENT_SEPARATOR = /[,;\t\u2013\u2014]|(?<!\d):|:(?!\d)|\s-{1,2}\s|\s[\u2010-\u2012\u2015\u2212]\s/g;
    LAST_BRACKET = /\(([^()]*)\)\s*$/;
    TRAILING_INITIALS = letterPattern(String.raw`\s+(\p{Lu}{2,4})$`, "u");
    MIDDLE_INITIALS = letterPattern(String.raw`\s(\p{Lu}{2,4})\s(?=\p{Lu})`, "u");
    TRAILING_ACRONYM2 = /\s([B-DF-HJ-NP-TV-XZ]{2,6})$/;
    PLACE_COUNCILLOR = /^(borough|county|district|town|city) (?:cllr|councillor)\.?$/i;
    SOCIAL_TITLE = /\b(?:the|rt\.?|hon\.?|right|honourable|cllrs?\.?|councillors?|council\s*members?|coun\.|cr\.?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?|prof\.?|professor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|brother|sister|bro\.?|sis\.)(?=\s|$)/gi;
    ADDRESS_TITLE = /^(?:sister|brother|bro\.?|sis\.?|father|mother)$/i;
    INITIAL_RUN_IN = letterPattern(String.raw`\p{Lu}\.\p{Lu}\p{Ll}`, "u");
    INITIAL_RUN_IN_AT_WORD = letterPattern(String.raw`(^|\s)(\p{Lu})\.(?=\p{Lu}\p{Ll})`, "gu");
    ALL_CAPITALS = letterPattern(String.raw`^\p{Lu}{2,}$`, "u");
    CAPITALS_ONLY = letterPattern(String.raw`^\p{Lu}+$`, "u");
    OFFICE_WORD = letterPattern(String.raw`^(?:\p{Lu}|of$|and$|for$|to$|the$|&$)`, "u");
    PLACE_COUNCIL = /^(?:county|borough|district|parish|town|city)$/i;
    DOTTED_ACRONYM = letterPattern(String.raw`\p{L}\.\p{L}\.`, "u");
    IRC_NICK = /^(?!(?:me|us|we|all|and|or|no|tbc|tbd|na)$)[a-z][a-z0-9_-]{1,19}(?: [a-z])?$/;
    BOT = /bot$|^zakim$|^rrsagent$/i;
    TWO_LETTER_WORDS = new Set("no on an in at or to up is it as be by do go he if me my of so us we ok re cc pm am".split(" "));
    STAND_IN_NOTE = /^[A-Z][a-z]+ [a-z]{2,}ing\b/;
  }
});

// src/parse/inline-list.ts
function isBodyName(name2) {
  const words2 = name2.toLowerCase().split(" ");
  return words2.length >= 3 && ORGANISATION_WORDS.has(words2[words2.length - 1]) || COMPANY_FORM.test(name2);
}
function givenNameFirst(piece) {
  const m = SURNAME_FIRST.exec(piece.trim());
  if (!m || isRoleLike(m[1]) || ORGANISATION_WORDS.has(m[1].toLowerCase()) || isTitleWord(m[1]) || isTitleWord(piece.trim().split(" ", 1)[0])) return piece;
  const surname = piece.trim().slice(0, piece.trim().indexOf(","));
  return `${m[1]} ${surname}${m[2]}`;
}
function parseInlineList(text3, line) {
  if (text3.startsWith("(") && BODY_FIRST.test(text3)) return listsByBody(text3, line);
  const named = isDigit2(text3.charCodeAt(0)) ? text3.replace(COUNT_THEN_NAMES, "") : text3;
  const unqualified = named.replace(KIND_BEFORE_NAME.for(named), "");
  const listed = unqualified.includes(" for ") || unqualified.includes(" from ") ? unqualified.replace(AND_FOR, " $1 ") : unqualified;
  const dotted = listed.includes(" \xB7 ") && listed.split(" \xB7 ").every((piece) => piece.startsWith("@")) ? listed.replace(/ \u00b7 /g, ", ") : listed;
  const mentioned = dotted.startsWith("@") && splitTopLevel(dotted, /[,;]/g).length === 1 ? dotted.replace(MENTION_AFTER_SPACE.for(dotted), ", ") : dotted;
  const plain = withoutPublicCount(mentioned).replace(/\.$/, "");
  const officesFirst = splitOfficesBeforeNames(plain);
  const titled = SPACE_THEN_TITLE.test(plain) ? splitOutsideBrackets(plain, REPEATED_TITLE.for(plain)) : plain;
  const split = officesFirst ?? (titled !== plain && !/[,;]/.test(plain) ? nameAfterLastTitled(titled) : titled);
  const cleaned = split.replace(NAME_AFTER_BRACKET.for(plain), ", ").trim();
  const useSemicolons = splitTopLevel(cleaned, SEMICOLON).length > 1;
  const pieces = useSemicolons ? splitTopLevel(cleaned, SEMICOLON_LIST).map(withoutGroupLead).flatMap((piece) => piece.includes(",") ? [givenNameFirst(piece)] : splitAtAnd(piece)) : splitTopLevel(cleaned, LIST_SEPARATOR).map(withoutGroupLead).flatMap(splitAtAnd);
  const entries = distributeTitles(pieces.flatMap((p) => useSemicolons ? splitNameList(p) : [p]));
  const loneNames = entries.filter((entry) => LONE_NAME_OR_NICK.test(nameBeforeNotes(entry)) || FIRST_NAME_AND_MARK.test(nameBeforeNotes(entry))).length * 2 > entries.length;
  const people = [];
  const read = entries.map((entry) => parsePersonEntry(entry, line, null, { loneNames }));
  for (const [index, entry] of entries.entries()) {
    if (people.length > 0 && isBareOffice(entry)) {
      people[people.length - 1].role ??= cleanDescriptor(entry);
      continue;
    }
    if (people.length === 0 && isOfficeOnly(entry)) continue;
    if (people.length > 0 && isPostNominal(entry)) continue;
    const between = !useSemicolons && read[index - 1] && read[index + 1] && LONE_NAME.test(entry) && !ORGANISATION_WORDS.has(entry.toLowerCase()) && !PLURAL_TITLE.test(`${entry} `) && stripHonorifics(entry) === entry;
    const marked = loneNames && !read[index] && FIRST_NAME_AND_MARK.test(entry) ? { name: entry, initials: null, handle: null, organisation: null, role: null, line } : null;
    const person2 = read[index] ?? (between ? parsePersonEntry(entry, line, null, { loneNames: true }) : marked);
    if (person2 && !isBodyName(person2.name)) people.push(person2);
    else if (people.length > 0 && !useSemicolons && /^[A-Z]/.test(entry) && !/\s(?:of|the)\s+public$|\d/i.test(entry)) {
      const previous = people[people.length - 1];
      const office = OFFICE_IN_BRACKETS2.exec(entry);
      const body = office && isRoleLike(office[2]) ? office[1] : entry;
      if (body !== entry) previous.role ??= office[2];
      if (previous.organisation === null || ACRONYM2.test(previous.organisation) && hasOrganisationWord(body)) previous.organisation = body;
    }
  }
  return people;
}
function listsByBody(text3, line) {
  return splitTopLevel(text3, SEMICOLON).flatMap((piece) => {
    const body = BODY_FIRST.exec(piece);
    const people = parseInlineList(body ? piece.slice(body[0].length) : piece, line);
    if (!body) return people;
    for (const person2 of people) {
      if (person2.organisation !== null && ACRONYM2.test(person2.organisation)) person2.role ??= person2.organisation;
      if (person2.organisation === null || person2.organisation === person2.role) person2.organisation = body[1].trim();
    }
    return people;
  });
}
function splitOfficesBeforeNames(text3) {
  if (/[,;()]/.test(text3)) return null;
  const words2 = text3.split(" ");
  if (!isOfficeWord(words2[0]) || isPersonTitle(words2[0])) return null;
  const entries = [];
  let initials = 0;
  let names = 0;
  for (const [index, word2] of words2.entries()) {
    const ofOffice = isOfficeWord(word2) || word2 === "to" || isPersonTitle(word2) || ORGANISATION_WORDS.has(word2.toLowerCase());
    const named = names > 0 && (initials > 0 || names > 1);
    const underPlural = entries.length > 0 && PLURAL_TITLE.test(`${entries[entries.length - 1][0]} `) && !ofOffice;
    if ((named || entries.length === 0) && !ofOffice && !underPlural) {
      entries.push(words2.slice(index));
      break;
    }
    if (named || entries.length === 0) {
      entries.push(underPlural ? [entries[entries.length - 1][0]] : []);
      initials = names = 0;
    }
    if (INITIAL.test(word2)) initials++;
    else if (LONE_NAME.test(word2) && !ofOffice) names++;
    else if (names > 0 || initials > 0 || !ofOffice) return null;
    entries[entries.length - 1].push(word2);
  }
  const people = entries.filter((entry) => isOfficeWord(entry[0]) || isPersonTitle(entry[0]));
  return people.length >= 2 ? entries.map((entry) => entry.join(" ")).join(", ") : null;
}
function nameAfterLastTitled(run2) {
  const pieces = run2.split(", ");
  const namesOf = (piece) => {
    const words2 = stripHonorifics(piece).split(" ");
    const end = words2.findIndex((word2) => !LONE_NAME.test(word2) || isOfficeWord(word2) || ORGANISATION_WORDS.has(word2.toLowerCase()));
    return { words: words2, count: end < 0 ? words2.length : end };
  };
  const read = pieces.map(namesOf);
  const last = read[read.length - 1];
  if (pieces.length < 3 || last.count !== 4 || !read.slice(0, -1).every((piece) => piece.count === 2)) return run2;
  const title = pieces[pieces.length - 1].slice(0, pieces[pieces.length - 1].length - last.words.join(" ").length);
  return [...pieces.slice(0, -1), `${title}${last.words.slice(0, 2).join(" ")}`, last.words.slice(2).join(" ")].join(", ");
}
function splitOutsideBrackets(text3, boundary2) {
  if (!text3.includes("(")) return text3.replace(boundary2, ", ");
  return text3.replace(boundary2, (match, offset) => {
    let depth = 0;
    for (let i = 0; i < offset; i++) depth += text3[i] === "(" ? 1 : text3[i] === ")" ? -1 : 0;
    return depth > 0 ? match : ", ";
  });
}
function nameBeforeNotes(entry) {
  const bracket = entry.search(/\(|\s\*/);
  return bracket > 0 ? entry.slice(0, bracket).trim() : entry;
}
function splitAtAnd(piece) {
  const text3 = piece.replace(/^(?:and|&)\s/i, "").replace(/\s(?:and|&)\s(?:me|myself)$/i, "");
  const parts = splitTopLevel(text3, AND);
  if (parts.length < 2) return parts;
  const isPerson = (part) => !isBareOffice(part) && (parsePersonEntry(part, 0, null, { loneNames: true }) !== null || PLURAL_TITLE.test(part) || stripHonorifics(`${part} `) !== `${part} `.trim());
  const isBody = (part, i) => THE_BODY.test(part) || i > 0 && hasOrganisationWord(part) && !DESCRIBED.test(parts[i - 1]) && !isPerson(part);
  const isPart = (part, i) => isBody(part, i) || isPerson(part);
  const joinsNext = parts.map((part, i) => opensOffice(part, parts[i + 1]));
  if (!joinsNext.includes(true) && parts.every(isPart)) return parts.filter((part, i) => !isBody(part, i));
  if (!isPart(parts[0], 0) && !joinsNext[0]) return [piece];
  const joined = [];
  let from = 0;
  parts.forEach((part, i) => {
    const start = text3.indexOf(part, from);
    from = start + part.length;
    if (joined.length > 0 && (joinsNext[i - 1] || !isPart(part, i))) joined[joined.length - 1].end = from;
    else joined.push({ start, end: from });
  });
  return joined.map(({ start, end }) => text3.slice(start, end));
}
function opensOffice(part, next) {
  if (next === void 0 || part.includes(" ")) return false;
  const office = OFFICE_BEFORE_NAME.exec(next);
  return office !== null && isRoleLike(office[1]) && !isRoleLike(part) && isRoleLike(`${part} and ${office[1]}`);
}
function distributeTitles(pieces) {
  let title = null;
  let office = null;
  return pieces.flatMap((piece) => {
    const plainOffice = PLURAL_OFFICE.exec(piece);
    if (plainOffice) office = plainOffice[1].slice(0, -1);
    else if (office && (!startsUpperCase(piece) || parsePersonEntry(piece, 0)?.role != null)) office = null;
    if (office) return `${piece.slice(plainOffice?.[0].length ?? 0)}, ${office}`;
    const alone = PLURAL_TITLE.exec(`${piece} `);
    if (alone && alone[0].trim() === piece.trim()) {
      title = /^messrs/i.test(alone[1]) ? "Mr" : "Cllr";
      return [];
    }
    const plural = PLURAL_TITLE.exec(piece);
    if (plural) {
      title = /^messrs/i.test(plural[1]) ? "Mr" : "Cllr";
      return `${title} ${piece.slice(plural[0].length)}`;
    }
    if (stripHonorifics(`${piece} `) !== `${piece} `.trim() || !title || !startsUpperCase(piece)) {
      if (stripHonorifics(piece) !== piece) title = null;
      return piece;
    }
    return `${title} ${piece}`;
  });
}
function withoutPublicCount(text3) {
  const count3 = PUBLIC_CUE.test(text3) ? PUBLIC_COUNT2.exec(text3) : null;
  if (!count3) return text3;
  const before = trimSeparators(trimSeparators(text3.slice(0, count3.index)).replace(PUBLIC_LEAD_IN, ""));
  const after = text3.slice(count3.index + count3[0].length);
  return /^\s*[,;]\s*\S/.test(after) ? `${before}, ${after.replace(/^\s*[,;]\s*/, "")}` : before;
}
function trimSeparators(text3) {
  let end = text3.length;
  while (end > 0 && /[\s,;]/.test(text3[end - 1])) end--;
  return text3.slice(0, end);
}
function isOfficeOnly(entry) {
  const words2 = entry.replace(INITIAL_RUN_IN2, "$1 ").split(/\s+/);
  return words2.some((word2) => isOfficeWord(word2) && !/^[A-Z]\.$/.test(word2)) && words2.every((word2) => isOfficeWord(word2) || /^[A-Z]\.$/.test(word2));
}
function isBareOffice(written) {
  const segment = written.replace(INITIAL_RUN_IN2, "$1 ");
  if (!isRoleLike(segment) || POLICE_RANK_AND_NAME.test(segment) || PERSONAL_TITLE.test(segment)) return false;
  if (RANK_BEFORE_OFFICE.test(segment) && isRoleLike(segment.slice(segment.lastIndexOf(" ") + 1))) return true;
  const person2 = parsePersonEntry(segment, 0);
  return person2 === null || isRoleLike(person2.name) || hasOrganisationWord(person2.name);
}
function splitNameList(piece) {
  const title = /^(?:councillors|cllrs|council\s*members)\s+/i.exec(piece)?.[0] ?? "";
  const segments = splitTopLevel(piece.slice(title.length), COMMA_LIST).flatMap((segment) => title ? splitAtAnd(segment) : [segment]);
  if (segments.length < (title ? 2 : 3)) return [piece];
  return segments.every((s) => isPersonalName(stripHonorifics(nameBeforeNotes(s))) && !isRoleLike(nameBeforeNotes(s))) ? segments : [piece];
}
var SEMICOLON, DESCRIBED, THE_BODY, PLURAL_TITLE, PLURAL_OFFICE, AND, LIST_SEPARATOR, SEMICOLON_LIST, COMMA_LIST, PUBLIC_COUNT2, PUBLIC_CUE, OFFICE_IN_BRACKETS2, ACRONYM2, COMPANY_FORM, AND_FOR, COUNT_THEN_NAMES, KIND_BEFORE_NAME, isDigit2, PUBLIC_LEAD_IN, NAME_AFTER_BRACKET, REPEATED_TITLE, SPACE_THEN_TITLE, MENTION_AFTER_SPACE, SURNAME_FIRST, BODY_FIRST, isPersonTitle, INITIAL, OFFICE_BEFORE_NAME, FIRST_NAME_AND_MARK, LONE_NAME, LONE_NAME_OR_NICK, POLICE_RANK_AND_NAME, INITIAL_RUN_IN2, PERSONAL_TITLE, RANK_BEFORE_OFFICE;
var init_inline_list = __esm({
  "src/parse/inline-list.ts"() {
    "use strict";
    init_attendance();
    init_names();
    init_split();
    init_person_entry();
    init_normalise();
    init_letters();
    SEMICOLON = /;/g;
    DESCRIBED = /[,:\u2013\u2014(]|\s-\s/;
    THE_BODY = letterPattern(String.raw`^the\s\p{Lu}`, "u");
    PLURAL_TITLE = /^(?:(?:parish|town|district|borough|county|city)\s)?(councillors|cllrs|messrs|council\s*members|supervisors|commissioners|selectmen|aldermen|legislators|trustees)\.?\s+/i;
    PLURAL_OFFICE = /^(Directors|Stewards|Churchwardens|Elders|Trustees)\s+(?=[A-Z])/;
    AND = /(?<!\b(?:borough|county|district|parish|town|city))\s+(?:and|&)\s+/gi;
    LIST_SEPARATOR = /[,;]/g;
    SEMICOLON_LIST = /\s*;\s*(?:and\s+)?/g;
    COMMA_LIST = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/g;
    PUBLIC_COUNT2 = /\b(?:(?:approximately|about|around|some|over)\s)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|no)\s(?:other\s)?members?\sof\s(?:the\s)?(?:public|press)\b/i;
    PUBLIC_CUE = /public|press|PUBLIC|PRESS|Public|Press/;
    OFFICE_IN_BRACKETS2 = /^(.+?)\s\(([^()]{2,60})\)$/;
    ACRONYM2 = /^[A-Z]{2,6}$/;
    COMPANY_FORM = /\s(?:AS|ASA|BBL|GmbH|AG|SA|BV|NV|AB|Oy|Pty|LLC|SRL|SpA|KG|ApS|A\/S)$/;
    AND_FOR = /\s(and|&)\s(?:(?:noted|accepted|received)\s)?(?:for|from)\s(?:(?:members|trustees|governors|councillors)\s)?/gi;
    COUNT_THEN_NAMES = /^\d{1,4}\b[^,;]{0,60}?,?\s(?:including|incl\.?|among them|namely|of whom)\s/i;
    KIND_BEFORE_NAME = letterPattern(String.raw`(?<![\p{L}'])(?:(?:new|prospective|associate|honorary) )?(?:members?|patients?|residents?|parents?|carers?|pupils?|students?|guests?|visitors?|observers?) (?=\p{Lu}\p{Ll})`, "gu");
    isDigit2 = (code) => code >= 48 && code <= 57;
    PUBLIC_LEAD_IN = /(?:^|\s)(?:together with|along with|plus|and|&|also)$/i;
    NAME_AFTER_BRACKET = letterPattern(String.raw`(?<=\))\s+(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\()`, "gu");
    REPEATED_TITLE = letterPattern(String.raw`(?<=[\p{L}.)])(?<!\band|\b(?:cllrs?|councillors?|mrs?|ms|miss|dr)\.?|\b(?:borough|county|district|parish|town|city))\s+(?=(?:borough|county|district|parish|town|city)\s+(?:cllr|councillor)\.?\s+(?!(?:cllr|mr|mrs|ms|miss|dr)\b)\p{Lu}|(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+(?!(?:cllr|councillor)\b)\p{Lu})|(?<=\p{L}\s(?:(?:borough|county|district|parish|town|city)\s)?councillor)\s+(?=(?:cllr|mr|mrs|ms|miss|dr)\.?\s+\p{Lu})`, "giu");
    SPACE_THEN_TITLE = /\s(?:cllr|councillor|mr|ms|miss|dr)/iu;
    MENTION_AFTER_SPACE = letterPattern(String.raw` (?=@\p{Lu})`, "gu");
    SURNAME_FIRST = letterPattern(String.raw`^(?:\p{Lu}[\p{L}'\u2019-]*|\u00d3|N\u00ed)(?: (?:\p{Lu}[\p{L}'\u2019-]*|${NAME_PARTICLE})){0,2}, (\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}\.?)?)((?: \([^()]*\))?)$`, "u");
    BODY_FIRST = letterPattern(String.raw`^\(([^()]{2,60})\)\s+(?=\p{Lu})`, "u");
    isPersonTitle = (word2) => PERSONAL_TITLE_WORD.test(word2) || /^(?:[bc]?cllrs?|councillors?)\.?$/i.test(word2);
    INITIAL = /^[A-Z]\.?$/;
    OFFICE_BEFORE_NAME = /^([^:\u2013\u2014]{1,60}?)(?::\s|\s[\u2013\u2014-]\s)/;
    FIRST_NAME_AND_MARK = letterPattern(String.raw`^\p{Lu}\p{Ll}+ (?:\p{Ll}{1,3}\p{Lu}{1,2}|\p{Lu}\.?)$`, "u");
    LONE_NAME = letterPattern(String.raw`^\p{Lu}[\p{L}'\u2019-]+$`, "u");
    LONE_NAME_OR_NICK = letterPattern(String.raw`^(?:\p{Lu}[\p{L}'\u2019-]+|(?!(?:me|us|we|all|and|or|no|tbc|tbd|na)$)[a-z][a-z0-9_-]{1,19}(?: [a-z])?)$`, "u");
    POLICE_RANK_AND_NAME = letterPattern(String.raw`^(?:Inspector|Insp\.?|Sergeant|Sgt\.?|Constable|PCSO|PC|Superintendent|Supt\.?)\s\p{Lu}\p{Ll}+$`, "u");
    INITIAL_RUN_IN2 = /^([A-Z]\.)(?=[A-Z])/;
    PERSONAL_TITLE = /^(?:mrs?|ms|miss|dr)\.?\s+\S/i;
    RANK_BEFORE_OFFICE = /^(?:chief|deputy|assistant|senior|associate|acting|interim)\s[^,]*$/i;
  }
});

// src/parse/tasks.ts
function readTask(text3, isOwner = () => true) {
  const fieldsAt = text3.includes(":") ? text3.search(DASHED_FIELDS) : -1;
  if (fieldsAt > 0) {
    const fields = readActionFields(text3.slice(fieldsAt + 3).split(DASHED_SEPARATOR).join("; "));
    if (fields) {
      const task = readTask(text3.slice(0, fieldsAt), isOwner);
      if (fields.ownersRaw !== null) task.ownersRaw = NAMES_NO_ONE.test(fields.ownersRaw) ? null : fields.ownersRaw;
      if (fields.dueRaw !== null) task.dueRaw ??= fields.dueRaw;
      if (fields.status !== null) task.status ??= fields.status;
      return task;
    }
  }
  if (PLUGIN_SIGN.test(text3)) {
    const fields = withoutPluginFields(text3);
    if (fields.text !== text3) {
      const task = readTask(fields.text, isOwner);
      if (fields.dueRaw) task.dueRaw ??= fields.dueRaw;
      return task;
    }
  }
  const dayLink = text3.endsWith("]]") ? DAY_PAGE_LINK.exec(text3) : null;
  if (dayLink) {
    const task = readTask(text3.slice(0, dayLink.index), isOwner);
    task.dueRaw ??= dayLink[1];
    return task;
  }
  const links = text3.startsWith("[[") ? PAGE_LINKS_FIRST.exec(text3) : null;
  const linked = links ? [...links[1].matchAll(/\[\[([^[\]]+)\]\]/g)].map((link) => link[1]) : [];
  if (links && linked.every(isOwner)) return { ownersRaw: linked.join(", "), text: text3.slice(links[0].length).replace(/^(?:to|will)\s+(?=[a-z])/, "") };
  const lozenge = STATUS_LOZENGE.exec(text3);
  if (lozenge) return { ...readTask(text3.slice(0, lozenge.index), isOwner), status: lozenge[1] };
  const dateMention = DATE_MENTION.exec(text3);
  if (dateMention) {
    const task = readTask(text3.slice(0, dateMention.index), isOwner);
    task.dueRaw ??= dateMention[1];
    return task;
  }
  const mentions = readMentions(text3, isOwner);
  if (mentions) return mentions;
  const dashedMentions = text3.includes(" @") ? DASHED_MENTIONS.exec(text3) : null;
  const mentioned = dashedMentions ? dashedMentions[2].split(/ (?=@)/).map((mention) => givenNameFirst(mention.slice(1).trim())) : [];
  if (dashedMentions && mentioned.every(isOwner)) return { ownersRaw: mentioned.join(", "), text: dashedMentions[1].trim(), ...dashedMentions[3] ? { dueRaw: `due ${dashedMentions[3]}` } : {} };
  const mentionAfter = text3.includes("@") ? TRAILING_NAME_MENTION.exec(text3) : null;
  if (mentionAfter && isOwner(mentionAfter[1])) return { ownersRaw: mentionAfter[1], text: text3.slice(0, mentionAfter.index).trim() };
  const ownerDash = OWNER_DASH2.exec(text3);
  if (ownerDash && isOwner(ownerDash[1])) return { ownersRaw: ownerDash[1], text: ownerDash[2].trim() };
  const ownerColon = OWNER_COLON2.exec(text3);
  if (ownerColon && isOwner(ownerColon[1]) && (startsLowerCase(ownerColon[2]) || /^\d/.test(ownerColon[2]) || isImperative(ownerColon[2].split(" ", 1)[0]))) return { ownersRaw: ownerColon[1], text: ownerColon[2].trim() };
  const dashed = DASHED_HANDLES.exec(text3);
  if (dashed) {
    const task = { ownersRaw: dashed[2].trim().replace(/,$/, "").split(/[\s,]+/).join(", "), text: dashed[1].trim() };
    const rest = dashed[3].trim().replace(/^[\u2014\u2013,-]\s*/, "").replace(/^\((.*)\)$/, "$1");
    const due = /^due (.+)$/i.exec(rest);
    if (due) task.dueRaw = due[1];
    else if (rest) task.progress = rest;
    return task;
  }
  const handles = TASK_HANDLES.exec(text3);
  if (handles) return { ownersRaw: handles[1].trim().split(/ and |[\s,+&]+/).join(", "), text: handles[2].trim().replace(/^(?:[-\u2013\u2014]\s+|:\s*|(?:to|will)\s+(?=[a-z]))/, "") };
  const trailing = /^(.+?)\s*\(?((?:@[\w.-]+[\s,]*)+)\)?$/.exec(text3);
  if (trailing) return { ownersRaw: trailing[2].trim().split(/[\s,]+/).join(", "), text: trailing[1].trim() };
  const handlesAndDue = HANDLES_AND_DUE.exec(text3);
  if (handlesAndDue) return { ownersRaw: handlesAndDue[2].trim().replace(/,$/, "").split(/[\s,]+/).join(", "), text: handlesAndDue[1].trim(), dueRaw: handlesAndDue[3].trim() };
  const dashOwner = DASH_OWNER.exec(text3);
  if (dashOwner && isOwner(dashOwner[2])) return { ownersRaw: dashOwner[2], text: dashOwner[1].trim() };
  const closing = readTrailingParenthesis(text3);
  if (closing && !/^[A-Z]+$/.test(closing.inside) && isOwner(closing.inside)) return { ownersRaw: closing.inside, text: closing.text };
  return readOwnerFirst(text3) ?? { ownersRaw: null, text: text3 };
}
function withoutPluginFields(text3) {
  let due = null;
  let scheduled = null;
  const rest = text3.replace(TASK_PLUGIN_FIELD, (_field, sign, date) => {
    if (sign === "\u{1F4C5}") due = date ?? null;
    else if (sign === "\u23F3") scheduled = date ?? null;
    return "";
  });
  return { text: rest.trim(), dueRaw: due ?? scheduled };
}
function readMentions(text3, isOwner) {
  const owners = [];
  let rest = text3;
  for (let m = NAME_MENTION.exec(rest); m; m = NAME_MENTION.exec(rest)) {
    const words2 = m[0].slice(1).split(" ");
    let full = null;
    for (let count3 = words2.length; count3 >= 2 && !full; count3--) if (isOwner(words2.slice(0, count3).join(" "))) full = words2.slice(0, count3).join(" ");
    if (full) {
      owners.push(full);
      rest = rest.slice(1 + full.length).replace(/^,? ?/, "");
      const joined = JOINED_OWNER.exec(rest);
      if (joined && (joined[1].startsWith("@") || isOwner(joined[1]))) {
        if (!joined[1].startsWith("@")) owners.push(joined[1]);
        rest = rest.slice(joined[0].length - (joined[1].startsWith("@") ? joined[1].length : 0));
      }
    } else return null;
  }
  return owners.length > 0 && rest ? { ownersRaw: owners.join(", "), text: rest.trim().replace(/^[-\u2013\u2014]\s+/, "") } : null;
}
var DASHED_HANDLES, DATE_MENTION, OWNER_DASH2, OWNER_COLON2, NAME_MENTION, DASHED_MENTIONS, STATUS_LOZENGE, TRAILING_NAME_MENTION, DASH_OWNER, TASK_HANDLES, HANDLES_AND_DUE, DAY_PAGE_LINK, PAGE_LINKS_FIRST, PLUGIN_SIGN, TASK_PLUGIN_FIELD, DASHED_FIELDS, DASHED_SEPARATOR, JOINED_OWNER;
var init_tasks = __esm({
  "src/parse/tasks.ts"() {
    "use strict";
    init_owner_first();
    init_actions();
    init_normalise();
    init_names();
    init_inline_list();
    init_letters();
    DASHED_HANDLES = /^(.+?) [\u2014\u2013-] ((?:@[\w.-]+,? ?)+)(.*)$/;
    DATE_MENTION = /(?<!\b(?:by|on|before|until|till|for|at|from|of|the|and|to)) @?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}, \d{4})$/i;
    OWNER_DASH2 = letterPattern(String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & | \+ )(?:\p{Lu}[\p{L}'.-]*|${NAME_PARTICLE})){0,6}) [-\u2013\u2014] +(.+)$`, "u");
    OWNER_COLON2 = letterPattern(String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & | \+ )\p{Lu}[\p{L}'.-]*){0,5}): +(\S.*)$`, "u");
    NAME_MENTION = letterPattern(String.raw`^@\p{Lu}[\p{L}'\u2019-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'\u2019-]*|${NAME_PARTICLE})){1,5}`, "u");
    DASHED_MENTIONS = /^(.+?) [\u2014\u2013] (@[A-Z][^\u2014\u2013()\u00b7]+?)(?: [\u2014\u2013\u00b7] [Dd]ue (.+))?$/;
    STATUS_LOZENGE = / (DONE|COMPLETE|COMPLETED|IN PROGRESS|BLOCKED|TO DO|NOT STARTED|ON HOLD|OPEN|CLOSED)$/;
    TRAILING_NAME_MENTION = letterPattern(String.raw`\s@(\p{Lu}[\p{L}'-]*(?: (?:\p{Lu}[\p{L}'-]*|${NAME_PARTICLE})){1,4})$`, "u");
    DASH_OWNER = letterPattern(String.raw`^(.+) [-\u2013\u2014] (\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & )\p{Lu}[\p{L}'.-]*){0,5})$`, "u");
    TASK_HANDLES = /^((?:@[\w.-]+(?: and |[\s,+&]*))+)(.+)$/;
    HANDLES_AND_DUE = /^(.+?)\s*\(((?:@[\w.-]+[\s,]*)+)due ([^()]{3,40})\)$/i;
    DAY_PAGE_LINK = /\s\[\[((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:st|nd|rd|th)?, \d{4})\]\]$/i;
    PAGE_LINKS_FIRST = /^((?:\[\[[^[\]]{1,80}\]\](?: ?(?:,|&|and) ?| )?)+)(?=\S)/;
    PLUGIN_SIGN = /[\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}\u274c\u23eb\u{1f53c}\u{1f53d}\u{1f53a}\u23ec\u{1f501}]/u;
    TASK_PLUGIN_FIELD = /\s*(?:([\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}\u274c])\ufe0f? ?(\d{4}-\d\d-\d\d)|[\u23eb\u{1f53c}\u{1f53d}\u{1f53a}\u23ec]\ufe0f?|\u{1f501}\ufe0f? ?every [\w ]{1,30}?(?= [\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}]|$))(?=\s|$)/gu;
    DASHED_FIELDS = / [\u2014\u2013-] (?=(?:assignees?|assigned to|owners?|due(?: date)?|deadline|status):)/i;
    DASHED_SEPARATOR = / [\u2014\u2013-] /;
    JOINED_OWNER = letterPattern(String.raw`^(?:\+|&|and) (@?\p{Lu}[\p{L}'\u2019-]*) `, "u");
  }
});

// src/parse/action-lines.ts
function extractInlineActions(source, isOwner = () => true, isSomeone = () => false, itemLines = /* @__PURE__ */ new Set()) {
  const actions = [];
  const refsByLine = /* @__PURE__ */ new Map();
  const lines = source.lines;
  let section = null;
  let sectionDepth = 0;
  let bareSection = false;
  let underTopics = false;
  let sectionLetter = null;
  let itemDepth = -1;
  const numbered = /* @__PURE__ */ new Set();
  let rollChecked = -1;
  let sectionList = null;
  let inRoll = false;
  let tagLine = -1;
  let detailDepth = -1;
  let group = null;
  let ownedList = false;
  let nextSteps = false;
  let sectionStart = 0;
  let outlook = false;
  for (let i = 0; i < lines.length; i++) {
    const line = section === "matters-arising" && lines[i].cells?.length === 2 && PARAGRAPH_NUMBER_CELL.test(lines[i].cells[0]) ? { ...lines[i], cells: null, text: lines[i].cells[1] } : lines[i];
    if (line.kind === "heading") underTopics = TOPICS_HEADING.test(line.text);
    const bar = line.cells ? -1 : line.text.indexOf(" | ");
    const fielded = line.cells && line.cells.length >= 2 ? readFieldedTask(line.cells[0], line.cells.slice(1).join(" | ")) : bar > 0 ? readFieldedTask(line.text.slice(0, bar), line.text.slice(bar + 3)) : null;
    if (fielded) {
      const entry = inlineAction({ ownersRaw: fielded.ownersRaw }, fielded.text, null, [line], section === "matters-arising" ? section : "actions-section");
      if (fielded.dueRaw) entry.dueRaw = fielded.dueRaw;
      if (fielded.status) entry.status = fielded.status;
      actions.push(entry);
      continue;
    }
    if (line.cells) {
      const entry = section ? numberedLogLine(lines, i, isOwner) : null;
      if (entry) {
        actions.push(entry);
        i += entry.lines.length - 1;
      } else if (line.blockStart && line.cells.length === 2 && NEXT_ITEM.test(line.text)) section = sectionHeading({ ...line, cells: null }, lines[i + 1]);
      const tagged = entry ? null : ownersAfterTabs(line.cells, isOwner);
      if (tagged) actions.push(inlineAction({ ownersRaw: tagged.owners }, tagged.text, null, [line], section ?? "inline"));
      if (entry || tagged || !endsWithOwnerTag(line.cells)) continue;
    }
    const heading = sectionHeading(line, lines[i + 1]);
    if (heading) {
      if (section === "actions-section" && !nextSteps && actions.slice(sectionStart).some((entry) => entry.ownersRaw !== null)) ownedList = true;
      nextSteps = /next steps/i.test(line.text);
      outlook = nextSteps && ownedList;
      sectionStart = actions.length;
      section = heading;
      sectionDepth = line.kind === "heading" ? line.depth : 0;
      bareSection = isBareHeading(line, lines[i + 1], isOwner);
      sectionLetter = LETTERED_TITLE.exec(line.text)?.[1] ?? null;
      itemDepth = line.kind === "item" ? line.depth : -1;
      sectionList = null;
      detailDepth = -1;
      group = null;
      continue;
    }
    if (section === "actions-section" && line.kind === "text" && line.blockStart && line.text.length <= 60) {
      const named = UNASSIGNED.test(line.text) ? { ownersRaw: null } : looksLikeOwners(line.text) && isOwner(line.text) ? { ownersRaw: line.text } : null;
      if (named) {
        group = { ...named, index: i };
        continue;
      }
    }
    if (section && bareSection && isBareHeading(line, lines[i + 1], isOwner)) section = null;
    if (section && sectionLetter && line.kind === "text" && LETTERED_TITLE.exec(line.text)?.[1] === String.fromCharCode(sectionLetter.charCodeAt(0) + 1)) section = null;
    if (section && (endsSection(line, sectionDepth) || itemLines.has(line) || itemDepth >= 0 && (line.kind === "item" ? line.depth <= itemDepth : !isWrapped(line)))) section = null;
    if (section && line.kind === "item") {
      const isNumbered = /\d/.test(line.marker ?? "");
      if (!sectionList) sectionList = { numbered: isNumbered, depth: line.depth };
      else if (line.depth <= sectionList.depth && isNumbered !== sectionList.numbered) section = null;
    }
    const fields = !line.blockStart && line.kind === "text" && !section ? readActionFields(line.text) : null;
    if (fields?.ownersRaw && fields.dueRaw && isOwner(fields.ownersRaw)) {
      const above = previousParagraph(lines, i, actions);
      if (above) {
        const owned = readOwnerFirst(above.text);
        const entry = inlineAction({ ownersRaw: fields.ownersRaw, narrative: !owned }, owned ? owned.text : above.text, null, [...above.lines, line], "inline");
        entry.dueRaw = fields.dueRaw;
        actions.push(entry);
        continue;
      }
    }
    const closed = ACTION_WORD.test(line.text) ? CLOSED_IN_PROSE.exec(line.text) : null;
    if (closed) {
      actions.push(closedInProse(line, closed.index));
      continue;
    }
    let marked2 = line.checked !== null && line.text.startsWith("@") ? null : readMarked(line.text, true, isOwner);
    const bracketed = !marked2 && opensOwnerBracket(line.text) && i + 1 < lines.length && !lines[i + 1].blockStart && lines[i + 1].kind === "text" ? 1 : 0;
    const first = bracketed ? `${line.text} ${lines[i + 1].text}` : line.text;
    if (bracketed) marked2 = readMarked(first, true, isOwner);
    if (marked2) {
      if (marked2.none) continue;
      if (marked2.number !== void 0) {
        if (numbered.has(marked2.number)) continue;
        numbered.add(marked2.number);
      }
      if (marked2.narrative) {
        const tagged2 = tagsInParagraph(lines, i, actions, tagLine, isOwner, marked2.opening === true);
        if (tagged2) {
          actions.push(...tagged2.entries);
          tagLine = tagged2.end === i ? i : -1;
          i = tagged2.end;
          continue;
        }
        if (marked2.opening) marked2 = readMarked(first, false, isOwner);
      }
      let { text: text3, lines: spanned } = marked2.ended ? { text: marked2.text, lines: [lines[i + bracketed]] } : withContinuation(lines, i + bracketed, marked2.text);
      if (bracketed) spanned.unshift(line);
      const whole = spanned.length > 1 + bracketed && !marked2.narrative ? readMarked(`${first}${text3.slice(marked2.text.length)}`, true, isOwner) : null;
      if (whole && !whole.none && !whole.narrative && (whole.ownersRaw !== null || marked2.ownersRaw === null)) {
        marked2 = whole;
        text3 = whole.text;
      }
      const tag = marked2.ownersRaw === null && !marked2.narrative && !marked2.number && marked2.text !== "" ? ownerContinuation(lines, i, beforeInlineItem(readActionMarker(unbold(line.text))?.body ?? "")) : null;
      const tagged = tag && tag.owners && isOwnerTag(tag.owners, lines[i].blockStart, isOwner) ? previousParagraph(lines, i, actions) : null;
      if (tag && tagged) {
        const owned = readOwnerFirst(tagged.text);
        const entry2 = inlineAction({ ownersRaw: tag.owners.replace(/\.$/, ""), narrative: !owned }, owned ? owned.text : tagged.text, null, [...tagged.lines, ...tag.lines], "inline");
        if (tag.status) entry2.status = tag.status;
        actions.push(entry2);
        i += tag.lines.length - 1;
        continue;
      }
      i += spanned.length - 1;
      const entry = inlineAction(marked2, text3, line.checked, spanned, "inline");
      if (marked2.status) entry.status = marked2.status;
      if (marked2.dueRaw) entry.dueRaw = marked2.dueRaw;
      const tracked = TRACKBOT.exec(lines[i + 1]?.text ?? "");
      if (tracked) {
        entry.id = tracked[1];
        const due = TRACKBOT_DUE.exec(tracked[2]);
        if (due) entry.dueRaw = due[1];
        entry.lines.push(lines[++i].line);
      }
      i = withFieldLines(lines, i, entry);
      actions.push(entry);
      continue;
    }
    if (underTopics && line.checked !== null) continue;
    const glyph = line.checked === null ? TASK_GLYPH.exec(line.text) ?? (line.kind === "item" ? TASK_KEYWORD.exec(line.text) : null) : null;
    const mark = line.checked === null && !glyph ? STATUS_MARK.exec(line.text) : null;
    const markedTask = mark ? readTask(line.text.slice(mark[0].length), isOwner) : null;
    const box = glyph ?? (markedTask?.ownersRaw ? mark : null);
    if (line.checked !== null || box) {
      if (rollChecked !== i - 1 || lines[i - 1]?.kind !== line.kind) inRoll = opensRoll(lines[i - 1]);
      rollChecked = i;
      if (inRoll) continue;
      const checked2 = glyph ? isTickedGlyph(glyph[1]) : box ? isDoneMark(box[1]) : line.checked;
      const joined = box || line.kind === "item" ? withContinuation(lines, i, box ? line.text.slice(box[0].length) : line.text) : { text: line.text, lines: [line] };
      i += joined.lines.length - 1;
      const task = readTask(joined.text, isOwner);
      const carried = CARRIED_OVER.exec(task.text);
      if (carried) {
        task.text = (task.text.slice(0, carried.index) + task.text.slice(carried.index + carried[0].length)).trim();
        task.progress ??= carried[1];
      }
      const reported = section === "matters-arising" && !task.progress ? readTrailingParenthesis(task.text) : null;
      if (reported && startsWithStatus(reported.inside.replace(/^still /i, ""))) {
        task.text = reported.text;
        task.progress = reported.inside;
      }
      const entry = inlineAction(task, task.text, checked2, joined.lines, section === "matters-arising" || carried ? "matters-arising" : "actions-section");
      const note = section === "matters-arising" && !task.progress ? nestedNote(line, lines[i + 1]) ?? arrowNote(lines[i + 1]) : null;
      if (note) {
        task.progress = note.text;
        entry.lines.push(note.line);
        i++;
      }
      if (!glyph && box) entry.mark = box[1];
      if (task.progress) entry.progress = task.progress;
      if (task.dueRaw) entry.dueRaw = task.dueRaw;
      if (task.status) entry.status = task.status;
      i = withFieldLines(lines, i, entry);
      actions.push(entry);
      continue;
    }
    if (section && (line.kind === "item" || line.blockStart || ENUMERATED.test(line.text) || line.kind === "text")) {
      if (detailDepth >= 0 && (line.kind === "item" && line.depth > detailDepth || isWrapped(line))) continue;
      detailDepth = -1;
      const numbered2 = line.text.replace(ENUMERATED, "").replace(SUB_PARAGRAPH_NUMBER, "");
      const minuteRef = section === "matters-arising" ? MINUTE_REF_FIRST.exec(numbered2) ?? ACTION_ID_FIRST.exec(numbered2) ?? NUMBER_SIGN_FIRST.exec(numbered2) : null;
      if (minuteRef) refsByLine.set(line.line, minuteRef[1]);
      const body = minuteRef ? numbered2.slice(minuteRef[0].length) : numbered2;
      const bracketed2 = section === "matters-arising" ? STATUS_IN_BRACKETS.exec(body) : null;
      if (bracketed2 && startsWithStatus(bracketed2[1])) {
        const task = readTask(body.slice(bracketed2[0].length), isOwner);
        if (task.ownersRaw !== null) {
          const { text: text3, lines: spanned } = withContinuation(lines, i, task.text);
          i += spanned.length - 1;
          const entry = inlineAction(task, text3, null, spanned, section);
          entry.progress = bracketed2[1];
          actions.push(entry);
          continue;
        }
      }
      const topic = section === "matters-arising" ? TOPIC_OWNER_PROGRESS.exec(body) : null;
      const topicOwners = topic && startsWithStatus(topic[3]) ? readOwnerFirst(topic[2])?.ownersRaw ?? topic[2] : null;
      if (topic && topicOwners && isOwner(topicOwners)) {
        const spanned = [line];
        let progress = topic[3];
        for (let k = i + 1; k < lines.length && isWrapped(lines[k]) && startsLowerCase(lines[k].text); k++) {
          progress = `${progress} ${lines[k].text}`;
          spanned.push(lines[k]);
        }
        i += spanned.length - 1;
        const entry = inlineAction({ ownersRaw: topicOwners }, topic[1], null, spanned, section);
        entry.progress = progress;
        actions.push(entry);
        continue;
      }
      const setEarlier = section === "matters-arising" ? taskSetEarlier(body, isOwner) : null;
      if (setEarlier) {
        const entry = inlineAction({ ownersRaw: setEarlier.ownersRaw }, setEarlier.text, null, [line], section);
        if (setEarlier.progress) entry.progress = setEarlier.progress;
        actions.push(entry);
        continue;
      }
      const taskOwnerStatus = section === "matters-arising" ? TASK_OWNER_STATUS.exec(body) : null;
      if (taskOwnerStatus && startsWithStatus(taskOwnerStatus[3]) && isOwner(taskOwnerStatus[2]) && !isOwner(taskOwnerStatus[1])) {
        const entry = inlineAction({ ownersRaw: taskOwnerStatus[2] }, taskOwnerStatus[1], null, [line], section);
        entry.progress = taskOwnerStatus[3];
        actions.push(entry);
        continue;
      }
      const reportedBelow = section === "matters-arising" ? progressBelow(lines, i, body, isOwner) : null;
      if (reportedBelow) {
        actions.push(reportedBelow.entry);
        i = reportedBelow.end;
        continue;
      }
      const named = section === "matters-arising" ? NAMED_WITH_OWNERS.exec(body) : null;
      const namedOwners = named ? named[2].replace(RAISED_NOTE, "").replace(/^owners?:\s*/i, "") : "";
      if (named && isOwner(namedOwners) && (named[3] !== ":" || (isImperative(named[1].split(" ", 1)[0]) || !isOwner(named[1])) && !readActionReference(body))) {
        const { text: text3, lines: spanned } = withContinuation(lines, i, body);
        i += spanned.length - 1;
        const entry = inlineAction({ ownersRaw: namedOwners }, named[1], null, spanned, section);
        entry.progress = text3.slice(text3.indexOf(named[4]));
        actions.push(entry);
        if (line.kind === "item") detailDepth = line.depth;
        continue;
      }
      const referenced = section === "matters-arising" ? readActionReference(body) : null;
      if (referenced) {
        const wording = readOwnerFirst(referenced.wording) ?? { ownersRaw: null, text: referenced.wording };
        const entry = inlineAction(wording, wording.text, null, [line], section);
        entry.ref = referenced.ref;
        entry.progress = referenced.progress;
        actions.push(entry);
        continue;
      }
      const ownerLabelled = section === "actions-section" && OWNER_LABEL_FIRST.test(body) ? body.replace(OWNER_LABEL_FIRST, "") : null;
      const unowned = ownerLabelled ? NO_ONE_DASH.exec(ownerLabelled) : null;
      if (unowned) {
        actions.push(withStatus(inlineAction({ ownersRaw: null }, unowned[1], null, [line], section)));
        continue;
      }
      const dashedAlone = section === "actions-section" || section === "matters-arising" && hasDashedStatus(body) ? readOwnerDash(ownerLabelled ?? body, isOwner) : null;
      const dashedOn = dashedAlone && i + 1 < lines.length && isWrapped(lines[i + 1]) && startsLowerCase(lines[i + 1].text) && !readOwnerDash(lines[i + 1].text, isOwner) ? readOwnerDash(`${body} ${lines[i + 1].text}`, isOwner) : null;
      const dashed = dashedOn ?? dashedAlone;
      const read = isWrapped(line) && endsMidName2(lines[i - 1]) ? null : dashed ?? readOwnerFirst(body) ?? readNicksFirst(body, isOwner) ?? (line.kind === "item" ? addressedTask(body, isOwner) : null);
      const owned = read && (isOwner(read.ownersRaw) || section === "matters-arising" && endsWithProgress(read.text)) ? read : null;
      if (owned) {
        const { text: text3, lines: spanned } = dashed ? { text: dashed.text, lines: dashedOn ? [line, lines[i + 1]] : [line] } : withContinuation(lines, i, owned.text);
        i += spanned.length - 1;
        if (opensDetail(line, text3)) detailDepth = line.depth;
        const labelled = section === "matters-arising" ? LABELLED_PROGRESS.exec(text3) : null;
        const dashedProgress = section === "matters-arising" && dashed && !labelled ? DASHED_PROGRESS.exec(text3) : null;
        const progress = (dashedProgress && startsWithStatus(dashedProgress[2]) ? dashedProgress : null) ?? (section === "matters-arising" && !labelled && !SPACED_DASH_IN.test(text3) ? statusSentence(text3) : null);
        const entry = inlineAction(owned, labelled ? labelled[1] : progress ? progress[1] : text3, null, spanned, section);
        if (labelled) entry.progress = labelled[2];
        if (progress) entry.progress = progress[2];
        if (dashed?.dueRaw) entry.dueRaw = dashed.dueRaw;
        i = withFieldLines(lines, i, entry);
        const carried = section === "actions-section" ? CARRIED_OVER.exec(entry.text) : null;
        if (carried) {
          entry.text = (entry.text.slice(0, carried.index) + entry.text.slice(carried.index + carried[0].length)).trim();
          entry.progress ??= carried[1];
          entry.context = "matters-arising";
        }
        actions.push(section === "actions-section" && !carried ? withStatus(entry) : entry);
      } else if (section === "actions-section" && line.kind === "item" && line.depth === itemDepth + 1 && (group?.index === i - 1 || isSectionTask(lines, i, body, isOwner)) && (!outlook || isImperative(body.split(" ", 1)[0]))) {
        const { text: text3, lines: spanned } = withContinuation(lines, i, body);
        i += spanned.length - 1;
        if (opensDetail(line, text3)) detailDepth = line.depth;
        const entry = withStatus(inlineAction({ ownersRaw: group?.ownersRaw ?? null }, text3, null, spanned, section));
        if (group) group.index = i;
        const paren = readTrailingParenthesis(entry.text);
        const fields2 = paren ? readActionFields(paren.inside) : null;
        if (paren && fields2 && (fields2.ownersRaw || fields2.dueRaw)) {
          entry.text = paren.text;
          if (fields2.ownersRaw) entry.ownersRaw = fields2.ownersRaw;
          if (fields2.dueRaw) entry.dueRaw = fields2.dueRaw;
          if (fields2.status) entry.status = fields2.status;
        } else if (paren && isOwner(paren.inside)) {
          entry.ownersRaw = paren.inside;
          entry.text = paren.text;
        }
        i = withFieldLines(lines, i, entry);
        actions.push(entry);
      } else if (section === "matters-arising" && ENUMERATED.test(line.text) && / [-\u2013\u2014] /.test(body)) {
        const progress = body.slice(body.search(/ [-\u2013\u2014] /) + 3);
        if (startsWithStatus(progress)) actions.push(inlineAction({ ownersRaw: null }, body, null, [line], section));
      }
    }
  }
  for (const entry of actions) if (entry.ref === void 0 && refsByLine.has(entry.line)) entry.ref = refsByLine.get(entry.line);
  const marked = actions.filter((entry) => entry.context !== "matters-arising");
  if (!actions.some((entry) => entry.context === "actions-section")) actions.push(...proseTasks(lines, actions, isSomeone, marked).filter((task) => !marked.some((entry) => textSimilarity(entry.text, task.text) >= RESTATED)));
  return actions;
}
function proseTasks(lines, read, isSomeone, marked) {
  const taken = new Set(read.flatMap((entry) => entry.lines));
  const tasks = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== "text" && lines[i].kind !== "item" || lines[i].cells || taken.has(lines[i].line)) continue;
    tasks.push(...proseTasksOn(lines, i, isSomeone, marked));
  }
  return tasks;
}
function proseTasksOn(lines, index, isSomeone, marked) {
  const line = lines[index];
  const text3 = line.text;
  const next = lines[index + 1];
  const continues2 = next !== void 0 && !next.blockStart && next.kind === "text" && !next.cells;
  const opening = continues2 ? LAST_WORDS_OPEN.exec(text3) : null;
  const lastWord = opening ? opening.index + opening[0].search(/[A-Z]/) : -1;
  if (lastWord < 0 && !text3.includes(" to ") && !text3.includes(" will ")) return [];
  const label = SPEAKER2.exec(text3);
  const topic = label !== null && !isSpeaker(label[0].slice(0, -2), isSomeone);
  if (label && !topic) return [];
  const wrapped = lastWord > 0 ? joinWrapped(text3, next.text) : text3;
  const previous = lines[index - 1];
  const opensSentence = line.blockStart || !previous || previous.kind === "heading" || /[.!?:;]["\u201d\u2019)]?$/.test(previous.text) || NEXT_ITEM.test(previous.text) || CAPITALS_LABEL.test(previous.text) || TITLED_INSTRUCTION.test(text3) || MOTION_RESULT_LAST.test(previous.text);
  const starts = opensSentence && (line.kind === "text" || line.kind === "item" && line.depth === 0 && line.checked === null) ? [0] : [];
  if (topic && starts.length > 0) starts.push(label[0].length);
  for (const m of text3.matchAll(SENTENCE_BREAK)) starts.push(m.index + m[0].length);
  for (const m of text3.includes(", ") ? text3.matchAll(TITLED_AFTER_CLAUSE) : []) if (CLAUSE_WORDS.test(text3.slice(0, m.index).split(/[.;,]/).at(-1))) starts.push(m.index + 2);
  if (lastWord > 0) starts.push(lastWord);
  const tasks = [];
  for (const start of starts) {
    const crosses = start === lastWord;
    const owned = taskAt(crosses ? wrapped : text3, start, isSomeone, marked, line.line) ?? (marked.length > 0 ? null : pronounTask(lines, index, start, isSomeone));
    if (!owned) continue;
    const { text: wording, lines: spanned } = crosses ? withContinuation(lines, index + 1, owned.text.slice(Math.max(0, owned.text.length - next.text.length))) : withContinuation(lines, index, owned.text);
    const whole = crosses ? owned.text.slice(0, Math.max(0, owned.text.length - next.text.length)) + wording : wording;
    const end = whole.search(SENTENCE_END4);
    const onThisLine = !crosses && end >= 0 && end < owned.text.length;
    const sentence = end >= 0 ? whole.slice(0, end + 1).replace(/;$/, "") : whole;
    if (sentence.endsWith("?")) continue;
    const task = inlineAction(owned, sentence, null, onThisLine ? [line] : crosses ? [line, ...spanned] : spanned, "inline");
    task.prose = true;
    tasks.push(task);
  }
  return tasks;
}
function pronounTask(lines, index, start, isSomeone) {
  const text3 = lines[index].text;
  PRONOUN_TASK.lastIndex = start;
  const pronoun = PRONOUN_TASK.exec(text3);
  if (!pronoun) return null;
  const paragraph = [text3.slice(0, start)];
  for (let k = index; k > 0 && index - k < 4 && !lines[k].blockStart; k--) {
    const previous = lines[k - 1];
    if (previous.kind !== "text" || NEXT_ITEM.test(previous.text)) break;
    paragraph.unshift(previous.text);
  }
  const before = paragraph.join(" ").trim();
  const sentences = before.split(SENTENCE_BREAK);
  const subject = SENTENCE_SUBJECT.exec(sentences[sentences.length - 1] ?? "");
  return subject && isSomeone(subject[1]) ? { ownersRaw: subject[1], text: text3.slice(start + pronoun[0].length) } : null;
}
function marksSameTask(entry, proseLine, proseOwners) {
  if (entry.line < proseLine || entry.line > proseLine + MARKED_AFTER_PROSE || entry.ownersRaw === null) return false;
  const owner = fold(stripHonorifics(proseOwners));
  return splitOwnerNames(entry.ownersRaw).some((name2) => {
    const folded = fold(stripHonorifics(name2));
    const words2 = folded.split(" ");
    return folded === owner || words2.map((word2) => word2[0]).join("") === owner.replace(/ /g, "") || words2.includes(owner) || owner.split(" ").includes(words2[words2.length - 1]);
  });
}
function splitOwnerNames(raw) {
  return raw.split(/\s*(?:,|;|\/|&|\+|\band\b)\s*/).filter(Boolean);
}
function taskAt(text3, start, isSomeone, marked, lineNumber) {
  DIRECTED.lastIndex = start;
  const directed = DIRECTED.exec(text3);
  WE_ASK.lastIndex = start;
  const asked = directed ? null : WE_ASK.exec(text3);
  PROSE_TASK_START.lastIndex = start;
  if (!directed && !asked && !PROSE_TASK_START.test(text3)) return null;
  const given = directed ?? asked;
  const owned = given ? { ownersRaw: given[1].replace(/^the /, "").trim(), text: text3.slice(start + given[0].length) } : readOwnerFirst(text3.slice(start));
  const toAll = GROUP_OWNER.test(owned?.ownersRaw ?? "") && INSTRUCTION.test(text3.slice(start));
  if (!owned || !directed && !isSomeone(owned.ownersRaw) && !STAFF.test(owned.ownersRaw) && !toAll) return null;
  if (!directed && (asked || !INSTRUCTION.test(text3.slice(start))) && marked.some((entry) => entry.context === "actions-section" || marksSameTask(entry, lineNumber, owned.ownersRaw))) return null;
  return { ownersRaw: owned.ownersRaw, text: owned.text };
}
function progressBelow(lines, index, body, isOwner) {
  let end = index + 1;
  let text3 = body;
  for (; end < lines.length && end <= index + 4 && isWrapped(lines[end]) && !STATUS_LINE.test(lines[end].text); end++) text3 = `${text3} ${lines[end].text}`;
  const spanned = lines.slice(index, end);
  const named = text3.endsWith(")") ? OWNERS_CLOSING.exec(text3) : null;
  const below = lines[end];
  const progress = named && below && isWrapped(below) ? STATUS_LINE.exec(below.text) : null;
  if (!named || !progress || !isOwner(named[2])) return null;
  const entry = inlineAction({ ownersRaw: named[2] }, named[1], null, [...spanned, below], "matters-arising");
  entry.progress = progress[1];
  for (end++; end < lines.length && isWrapped(lines[end]) && startsLowerCase(lines[end].text); end++) {
    entry.progress = `${entry.progress} ${lines[end].text}`;
    entry.lines.push(lines[end].line);
  }
  return { entry, end: end - 1 };
}
function taskSetEarlier(body, isOwner) {
  if (!body.includes(" to ")) return null;
  const matter = MATTER_THEN_TASK.exec(body);
  const owned = readOwnerFirst(matter ? body.slice(matter[0].length) : body);
  if (!owned || !(matter || isOwner(owned.ownersRaw)) || !/ (?:was|were) to /.test(body)) return null;
  const end = owned.text.search(SENTENCE_END4);
  if (end < 0) return { ...owned, progress: null };
  return { ownersRaw: owned.ownersRaw, text: owned.text.slice(0, end + 1), progress: owned.text.slice(end + 1).trim() || null };
}
function inlineAction(found, text3, checked2, spanned, context) {
  const wording = text3.endsWith(")") ? text3.replace(RECORDING_TIME, "") : text3;
  const action = { ownersRaw: found.ownersRaw, text: wording, checked: checked2, line: spanned[0].line, lines: spanned.map((l) => l.line), context };
  if (found.narrative) action.narrative = true;
  return action;
}
function sectionHeading(line, next) {
  if (line.text.length > 80 || !SECTION_WORDS.test(line.text)) return null;
  const lower = lowerCaseForMatching(line.text);
  if (isEarlierActionsSection(lower)) return !OLD_BUSINESS.test(lower) || reportsProgress(next) ? "matters-arising" : null;
  if (SECTION.test(lower) && VOTED_BUSINESS.test(lower) && LETTERED_TITLE.test(next?.text ?? "")) return null;
  if (SECTION.test(lower) && (line.kind === "heading" || line.blockStart && (line.lead !== null || !/^actions?$/i.test(line.text) || next?.kind === "item" || OWNER_DASH_LINE.test(next?.text ?? "") || /s$/i.test(line.text) && next !== void 0 && !next.blockStart && isInstructionLine(next.text)))) return "actions-section";
  if (line.text.endsWith(":") && EARLIER_ACTIONS_LEAD_IN.test(lower)) return "matters-arising";
  if (line.text.endsWith(":") && ACTION_LEAD_IN.test(lower)) return /\b(?:from|arising from) (?:the|our|last|previous|earlier)\b/i.test(line.text) ? "matters-arising" : "actions-section";
  return null;
}
function isSpeaker(label, isSomeone) {
  return /^[A-Z]{2,4}$/.test(label) || !new RegExp("^\\p{Lu}\\p{Ll}+$", "u").test(label) || isSomeone(label);
}
function reportsProgress(line) {
  const at = line ? line.text.search(/ [\u2013\u2014-] |: /) : -1;
  return at > 0 && startsWithStatus(line.text.slice(at).replace(/^\s*[\u2013\u2014:-]\s*/, ""));
}
function isInstructionLine(text3) {
  const owned = readOwnerFirst(text3);
  return owned !== null && text3.slice(0, text3.length - owned.text.length).trimEnd().endsWith(" to");
}
function isBareHeading(line, next, isOwner) {
  if (line.kind !== "text" || !line.blockStart || line.checked !== null || line.cells || line.text.length > 50) return false;
  if (next === void 0 || next.kind !== "item" && next.blockStart) return false;
  return BARE_HEADING.test(line.text) && !TASK_GLYPH.test(line.text) && !isOwner(line.text);
}
function endsSection(line, depth) {
  if (line.kind === "heading") return depth === 0 || line.depth <= depth || NEXT_ITEM.test(line.text);
  return line.kind === "text" && line.blockStart && NEXT_ITEM.test(line.text);
}
function readMarked(lineText2, opening = true, isOwner = () => false) {
  const unbolded = unbold(lineText2);
  if (!mayHoldActionMarker(unbolded)) return null;
  const marker = readActionMarker(unbolded);
  if (!marker) return ACTION_WORD.test(unbolded) ? readTrailingTag(unbolded, isOwner) : null;
  if (marker.abbreviated && !opensWithOwner(marker.body)) return null;
  if (opening && marker.ownersRaw === null && marker.number === null && opensTag(marker.body)) return { ownersRaw: null, text: "", narrative: true, opening: true };
  let body = beforeInlineItem(marker.body);
  const ended = body.length < marker.body.length;
  if (isNoAction(body)) return { ownersRaw: null, text: "", none: true };
  const fieldsAt = body.search(FIELDS_AFTER_SENTENCE);
  const fields = fieldsAt > 0 ? readActionFields(body.slice(fieldsAt).trim()) : null;
  if (fields) body = body.slice(0, fieldsAt).trim();
  const status = readTrailingStatus(body, startsWithStatus);
  if (status) body = status.text;
  const read = marker.number !== null ? { ...readNumbered(body), number: marker.number } : marker.ownersRaw !== null || body === "" ? { ownersRaw: marker.ownersRaw, text: body } : readOwnerFirst(body) ?? readOwnerColon(body, isOwner) ?? readOwnerDash(body, isOwner) ?? readNicksFirst(body, isOwner) ?? readTrailingOwner(body) ?? { ownersRaw: null, text: body };
  if (status) read.status = status.status;
  if (fields?.ownersRaw) read.ownersRaw ??= fields.ownersRaw;
  if (fields?.dueRaw) read.dueRaw = fields.dueRaw;
  if (fields?.status) read.status ??= fields.status;
  if (ended) read.ended = true;
  return read;
}
function unbold(text3) {
  return text3.includes("**") ? text3.replace(/^\*\*|\*\*/g, "") : text3;
}
function readNumbered(body) {
  const m = /^(.*\S)\s\(([^()]{1,160})\)\**$/.exec(body);
  if (m) return { ownersRaw: m[2].trim(), text: m[1] };
  return readOwnerFirst(body) ?? { ownersRaw: null, text: body };
}
function readTrailingTag(text3, isOwner) {
  const tags = readTags(text3, isOwner);
  if (tags.length === 0) return null;
  const last = tags[tags.length - 1];
  if (tags.length === 1 && !last.narrative) return { ownersRaw: last.ownersRaw, text: last.text };
  const read = { ownersRaw: last.ownersRaw, text: last.text, narrative: true };
  if (last.status) read.status = last.status;
  return read;
}
function readTrailingOwner(text3) {
  const m = TRAILING_OWNER.exec(text3);
  return m ? { ownersRaw: m[2], text: m[1].trim() } : null;
}
function opensWithOwner(body) {
  const probe = / (?:to|will)$/.test(body) ? `${body} act` : body;
  return readOwnerFirst(probe) !== null || readNicksFirst(probe, () => true) !== null || readOwnerDash(probe, () => true) !== null;
}
function endsWithOwnerTag(cells) {
  const filled = cells.filter(Boolean);
  return filled.length === 2 && filled[0].includes(" ") && readActionMarker(filled[1]) !== null;
}
function ownersAfterTabs(cells, isOwner) {
  const filled = cells.filter(Boolean);
  if (filled.length !== 2 || !/[.!?]$/.test(filled[0]) || !filled[0].includes(" ") || filled[1].length > 40 || /[.:]/.test(filled[1]) || !isOwner(filled[1])) return null;
  const sentence = lastSentence(filled[0]);
  const owned = readOwnerFirst(sentence);
  const same = owned !== null && fold(owned.ownersRaw).replace(/ /g, "") === fold(filled[1]).replace(/ /g, "");
  return { owners: filled[1], text: same ? owned.text : sentence };
}
function addressedTask(body, isOwner) {
  const read = readOwnerColon(body, isOwner);
  return read && opensWithImperative(read.text) ? read : null;
}
function hasDashedStatus(body) {
  const parts = DASHED_PROGRESS.exec(body);
  return parts !== null && / [\u2013\u2014-] /.test(parts[1]) && startsWithStatus(parts[2]);
}
function statusSentence(text3) {
  for (const m of text3.matchAll(/[.!?] (?=[A-Z])/g)) {
    const rest = text3.slice(m.index + 2);
    if (startsWithStatus(rest)) return [text3, text3.slice(0, m.index + 1), rest];
  }
  return null;
}
function withContinuation(lines, start, first) {
  const spanned = [lines[start]];
  let text3 = first;
  for (let i = start + 1; i < lines.length && i <= start + 8; i++) {
    const next = lines[i];
    if (isDashedStatus(next)) {
      spanned.push(next);
      return { text: `${text3} ${next.marker} ${next.text}`, lines: spanned };
    }
    if (text3 === "" && i === start + 1 && next.kind === "item" && next.marker !== null && /^[-\u2013\u2014]$/.test(next.marker)) {
      text3 = next.text;
      spanned.push(next);
      continue;
    }
    if (next.blockStart || next.cells || next.kind !== "text" || ENUMERATED.test(next.text) || /^[{<*\u2610-\u2612\u21b3]/.test(next.text) || TASK_GLYPH.test(next.text) || STATUS_MARK.test(next.text) || readMarked(next.text) || givesOwnerOrDue(next.text) || EMAIL_DASH_FIRST.test(next.text)) break;
    if (/[.!?]["\u201d\u2019)]?$/.test(text3) && !startsLowerCase(next.text)) break;
    if (startsUpperCase(next.text) && !mayWrapOnto(lines, i - 1) && !readActionFields(next.text) && !ENDS_MID_CLAUSE.test(text3)) break;
    if (endsWithDate(text3) && startsUpperCase(next.text)) break;
    text3 = `${text3} ${next.text}`;
    spanned.push(next);
  }
  return { text: text3, lines: spanned };
}
function endsWithDate(text3) {
  const tail = text3.slice(-DATE_TAIL);
  const last = findDates(tail).at(-1);
  return last !== void 0 && last.hasYear && last.index + last.length === tail.length;
}
function readFieldedTask(wording, after) {
  const fields = readActionFields(wording) ? null : readActionFields(after);
  if (!fields || fields.ownersRaw === null && fields.dueRaw === null) return null;
  const owners = fields.ownersRaw && !NAMES_NO_ONE.test(fields.ownersRaw) ? fields.ownersRaw.split(/;\s*/).map(givenNameFirst).join(", ") : null;
  return { text: wording.replace(TASK_LABEL, "").trim(), ownersRaw: owners, dueRaw: fields.dueRaw, status: fields.status };
}
function arrowNote(next) {
  return next && next.kind === "text" && next.text.startsWith("\u21B3") ? { ...next, text: next.text.slice(1).trim() } : null;
}
function nestedNote(task, next) {
  if (!next || next.kind !== "item" || next.checked !== null || (task.kind === "item" ? next.depth <= task.depth : task.kind !== "text")) return null;
  return TASK_GLYPH.test(next.text) || TASK_KEYWORD.test(next.text) ? null : next;
}
function givesOwnerOrDue(text3) {
  const fields = readActionFields(text3);
  return fields !== null && (fields.ownersRaw !== null || fields.dueRaw !== null);
}
function withFieldLines(lines, end, entry) {
  let i = end;
  for (let fields; i + 1 < lines.length && i < end + 3 && !OWNER_THEN_TASK.test(lines[i + 1].text) && (fields = readActionFields(lines[i + 1].text)); i++) {
    if (fields.ownersRaw !== null) entry.ownersRaw ??= fields.ownersRaw;
    if (fields.dueRaw !== null) entry.dueRaw ??= fields.dueRaw;
    if (fields.status !== null) entry.status ??= fields.status;
    const reported = entry.context === "matters-arising" ? STATUS_LINE.exec(lines[i + 1].text) : null;
    if (reported) entry.progress ??= reported[1];
    entry.lines.push(lines[i + 1].line);
  }
  return i;
}
function endsWithProgress(text3) {
  const dash = text3.search(/ [-\u2013\u2014] /);
  return dash > 0 && startsWithStatus(text3.slice(dash + 3));
}
function closedInProse(line, end) {
  let text3 = line.text.slice(0, end);
  const ref = PROSE_REF.exec(text3);
  if (ref) text3 = text3.slice(ref[0].length);
  const entry = inlineAction({ ownersRaw: null }, text3, true, [line], "matters-arising");
  if (ref) entry.ref = ref[1];
  entry.progress = line.text.slice(end + 1).trim();
  return entry;
}
function previousParagraph(lines, index, actions) {
  const spanned = [];
  const taken = (line) => actions.some((a) => a.lines.includes(line.line));
  for (let j = index - 1; j >= 0 && j >= index - 8; j--) {
    const line = lines[j];
    if (line.cells || line.kind === "heading" || j < index - 1 && taken(line)) break;
    spanned.unshift(line);
    if (line.blockStart) break;
  }
  if (spanned.length === 0 || taken(spanned[0]) || taken(spanned[spanned.length - 1])) return null;
  const text3 = lastSentence(spanned.map((l) => l.text).join(" "));
  return text3 ? { text: text3, lines: spanned } : null;
}
function numberedLogLine(lines, index, isOwner) {
  const line = lines[index];
  const filled = line.cells.filter(Boolean);
  const cells = filled.length === 3 && ENUMERATED_CELL.test(filled[0]) && LOG_NUMBER.test(filled[1]) ? filled.slice(1) : filled;
  if (cells.length < 2 || cells.length > 3 || !LOG_NUMBER.test(cells[0])) return null;
  let wording = cells[1];
  let status = cells[2] ?? null;
  const labelled = status === null ? LABELLED_PROGRESS.exec(wording) : null;
  const said = labelled ?? (status === null ? statusSentence(wording) : null);
  if (said) [wording, status] = [said[1], said[2]];
  const spanned = [line];
  for (let next = lines[index + 1]; status === null && !endsWithProgress(wording) && next?.cells && !next.blockStart && next.cells[0] === ""; next = lines[index + spanned.length]) {
    const more = next.cells.filter(Boolean);
    if (more.length === 0 || more.length > 2 || LOG_NUMBER.test(more[0])) break;
    wording = `${wording} ${more[0]}`;
    status = more[1] ?? null;
    spanned.push(next);
  }
  if (status === null ? !endsWithProgress(wording) : !labelled && !startsWithStatus(status)) return null;
  const owned = readOwnerFirst(wording);
  if (!owned || !isOwner(owned.ownersRaw)) return null;
  const entry = inlineAction(owned, owned.text, null, spanned, "matters-arising");
  entry.ref = cells[0];
  if (status !== null) entry.progress = status;
  return entry;
}
function isWrapped(line) {
  return line.kind === "text" && !line.blockStart;
}
function endsMidName2(line) {
  if (!line) return false;
  const last = line.text.slice(line.text.lastIndexOf(" ") + 1);
  if (isNameParticle(last) || isNameParticle(last.toLowerCase())) return true;
  return isHardWrapped(line.text) && (stripHonorifics(`${last} `) === "" || BY_FIRST_NAME.test(line.text));
}
function opensDetail(line, text3) {
  return line.kind === "item" && text3.endsWith(":");
}
function isSectionTask(lines, index, body, isOwner) {
  let before = index - 1;
  while (before > 0 && before > index - 8 && isWrapped(lines[before])) before--;
  const previous = lines[before]?.kind === "item" ? lines[before] : lines[index - 1];
  if (!sameList(previous, lines[index]) && sectionHeading(lines[index - 1], lines[index]) === null) return false;
  if (SPEAKER2.test(body) || body.endsWith("?") && ADDRESSED2.test(body)) return false;
  return !body.endsWith(":") || !(looksLikeOwners(body.slice(0, -1)) && isOwner(body.slice(0, -1)));
}
function sameList(previous, line) {
  if (previous?.kind !== "item") return false;
  return /\d/.test(previous.marker ?? "") === /\d/.test(line.marker ?? "");
}
function withStatus(entry) {
  const status = readTrailingStatus(entry.text, startsWithStatus);
  const bracket = status ? null : readTrailingParenthesis(entry.text);
  const bracketed = bracket && bracket.inside.split(" ").length <= 3 && startsWithStatus(bracket.inside) ? { text: bracket.text, status: bracket.inside } : null;
  const found = status ?? bracketed;
  if (found) {
    entry.text = found.text;
    entry.status = found.status;
  }
  return entry;
}
function opensRoll(label) {
  if (!label || label.cells || label.checked !== null) return false;
  const roll = matchRollLabel(label.text);
  return roll !== null && roll.rest === "";
}
function ownerContinuation(lines, index, written) {
  const spanned = [lines[index]];
  let text3 = written;
  for (let i = index + 1; i < lines.length && i <= index + 3; i++) {
    const next = lines[i];
    if (next.cells || next.text.length > 160 || next.text.endsWith(":") || (isDashedStatus(next) ? false : next.blockStart || next.kind !== "text")) break;
    const joined = text3 === "" ? next.text : `${text3} ${next.kind === "item" ? `${next.marker} ` : ""}${next.text}`;
    if (!looksLikeOwners(readTrailingStatus(joined, startsWithStatus)?.text ?? joined)) break;
    text3 = joined;
    spanned.push(next);
  }
  const status = readTrailingStatus(text3, startsWithStatus);
  return status ? { owners: status.text, status: status.status, lines: spanned } : { owners: text3, lines: spanned };
}
function isDashedStatus(line) {
  return line.kind === "item" && line.marker !== null && /^[-\u2013\u2014]$/.test(line.marker) && readTrailingStatus(`x - ${line.text}`, startsWithStatus)?.text === "x";
}
function isOwnerTag(owners, ownParagraph, isOwner) {
  if (readOwnerFirst(owners)) return false;
  if (ownParagraph && OWNERS_ONLY.test(owners)) return true;
  const plain = owners.replace(/\.$/, "");
  return (looksLikeOwners(owners) || isNickList(plain)) && isOwner(plain);
}
function tagsInParagraph(lines, index, actions, tagLine, isOwner, opening) {
  const { start, head, offsets } = paragraphHead(lines, index, actions, tagLine, opening);
  const tags = readTags(head, isOwner).filter((tag) => tag.at >= offsets[offsets.length - 1]);
  if (tags.length === 0) return null;
  const last = tags[tags.length - 1];
  const more = last.narrative && last.end >= head.length ? wrappedOwners(lines, index, head, tags, isOwner) : { lines: [lines[index]] };
  const lineOf2 = (offset) => {
    let k = offsets.length - 1;
    while (k > 0 && offsets[k] > offset) k--;
    return start + k;
  };
  const entries = [];
  for (const tag of tags) {
    if (tag.ownersRaw === "" || !tag.text) continue;
    const ownerFirst = tag.narrative ? readOwnerFirst(tag.text) : null;
    const owned = ownerFirst && (isOwner(ownerFirst.ownersRaw) || fold(tag.ownersRaw ?? "").includes(fold(ownerFirst.ownersRaw))) ? ownerFirst : null;
    const spanned = [...lines.slice(lineOf2(tag.textAt), index), ...tag === tags[tags.length - 1] ? more.lines : [lines[index]]];
    const entry = inlineAction({ ownersRaw: tag.ownersRaw, narrative: tag.narrative && !owned }, owned ? owned.text : tag.text, null, spanned, "inline");
    if (tag.status) entry.status = tag.status;
    if (tag.deadline) entry.deadline = tag.deadline;
    entries.push(entry);
  }
  return entries.length > 0 ? { entries, end: more.reread ? index : index + more.lines.length - 1 } : null;
}
function paragraphHead(lines, index, actions, tagLine, opening) {
  const done = actions.length > 0 ? actions[actions.length - 1].lines[actions[actions.length - 1].lines.length - 1] : 0;
  let start = index;
  let crossing = opening;
  while (start > 0 && start > index - 8 && (crossing || !lines[start].blockStart) && start !== tagLine) {
    crossing = false;
    const previous = lines[start - 1];
    const bullet = previous.kind === "item" && lines[start].kind === "text" && !lines[start].blockStart;
    if (previous.cells || previous.kind !== "text" && !bullet || previous.line <= done && (start - 1 !== tagLine || previous.line !== done)) break;
    start--;
    if (bullet) break;
  }
  const offsets = [];
  let head = "";
  for (let k = start; k <= index; k++) {
    offsets.push(k === start ? 0 : head.length + 1);
    head = k === start ? lines[k].text : `${head} ${lines[k].text}`;
  }
  return { start, head, offsets };
}
function wrappedOwners(lines, index, head, tags, isOwner) {
  const last = tags[tags.length - 1];
  const more = ownerContinuation(lines, index, head.slice(last.ownersAt).trim());
  const read = more.lines.length > 1 ? readTags(`${head.slice(0, last.ownersAt)}${more.owners}`, isOwner).find((tag) => tag.at === last.at) : void 0;
  if (read?.narrative) tags[tags.length - 1] = read;
  if (more.status) tags[tags.length - 1].status = more.status;
  const next = lines[index + 1];
  if (tags[tags.length - 1].ownersRaw !== "" || more.lines.length > 1 || !next || next.blockStart || next.kind !== "text" || next.cells) return more;
  const opened = readTags(`${head.slice(0, last.ownersAt)}${next.text}`, isOwner).find((tag) => tag.at === last.at);
  if (!opened?.narrative || !opened.ownersRaw) return more;
  tags[tags.length - 1] = opened;
  return { lines: [lines[index], next], reread: true };
}
var TRAILING_OWNER, MINUTE_REF_FIRST, ACTION_ID_FIRST, NUMBER_SIGN_FIRST, ENUMERATED, CLOSED_IN_PROSE, PROSE_REF, OWNERS_ONLY, TRACKBOT, TRACKBOT_DUE, SPEAKER2, ADDRESSED2, PARAGRAPH_NUMBER_CELL, SUB_PARAGRAPH_NUMBER, CARRIED_OVER, SECTION, RESTATED, CAPITALS_LABEL, MOTION_RESULT_LAST, LAST_WORDS_OPEN, TITLED_AFTER_CLAUSE, CLAUSE_WORDS, SENTENCE_BREAK, SENTENCE_END4, SENTENCE_SUBJECT, MARKED_AFTER_PROSE, OWNER_LABEL_FIRST, OWNER_THEN_TASK, NO_ONE_DASH, OWNERS_CLOSING, MATTER_THEN_TASK, RECORDING_TIME, UNASSIGNED, EMAIL_DASH_FIRST, OLD_BUSINESS, VOTED_BUSINESS, LETTERED_TITLE, OWNER_DASH_LINE, BARE_HEADING, NEXT_ITEM, FIELDS_AFTER_SENTENCE, TOPIC_OWNER_PROGRESS, NAMED_WITH_OWNERS, DASHED_PROGRESS, TASK_OWNER_STATUS, RAISED_NOTE, STATUS_IN_BRACKETS, STATUS_LINE, SPACED_DASH_IN, LABELLED_PROGRESS, ENDS_MID_CLAUSE, DATE_TAIL, TASK_LABEL, LOG_NUMBER, ENUMERATED_CELL, BY_FIRST_NAME;
var init_action_lines = __esm({
  "src/parse/action-lines.ts"() {
    "use strict";
    init_actions();
    init_attendance();
    init_names();
    init_status();
    init_action_tags();
    init_owner_first();
    init_roll_lines();
    init_line_width();
    init_tasks();
    init_inline_list();
    init_normalise();
    init_similarity();
    init_dates();
    init_letters();
    TRAILING_OWNER = /^(.+?)\s*(?:[-\u2013\u2014]\s*|\(|\[)((?:[A-Z][A-Za-z]{0,3}[A-Z]|All)(?:\s*(?:,|\/|&|and)\s*[A-Z][A-Za-z]{0,3}[A-Z])*)[)\]]?\.?$/;
    MINUTE_REF_FIRST = /^(?:MIN\.? )?([A-Z]{0,3}\d{1,4}\/(?:[A-Z]{1,8}\/){0,3}\d{1,4}(?:\.\d{1,2})?|[A-Z]{1,3}\.\d{2}\.\d{1,3})\s+(?:[\u2013\u2014-]\s+)?(?=[A-Z])/;
    ACTION_ID_FIRST = /^([A-Z]{1,3}-?\d{1,3}) [-\u2013\u2014] (?=[A-Z])/;
    NUMBER_SIGN_FIRST = /^(?:No\.\s?|#)(\d{1,4})[:.)]?\s+(?=[A-Z])/;
    ENUMERATED = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+/;
    CLOSED_IN_PROSE = /[;,.] this action (?:is|has been|was|can be) (?:now )?(?:closed|complete|completed|done|discharged)\.?$/i;
    PROSE_REF = /^([A-Z]{1,6}[/-]\d{2}[/-]\d{1,3}) (?:\([^()]{1,80}\))?:? ?/;
    OWNERS_ONLY = letterPattern(String.raw`^\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & |\/)\p{Lu}[\p{L}'.-]*){0,5}\.?$`, "u");
    TRACKBOT = /^<trackbot> Created (ACTION-\d{1,6}) - (.*)\]\.?$/;
    TRACKBOT_DUE = / - due ([^\]]{1,40})$/;
    SPEAKER2 = letterPattern(String.raw`^[\p{L}@][\p{L}\d@./-]{0,30}: `, "u");
    ADDRESSED2 = letterPattern(String.raw`^\p{Lu}[\p{L}'-]{0,30}, `, "u");
    PARAGRAPH_NUMBER_CELL = /^\d{1,2}\.\d{1,2}\.?$/;
    SUB_PARAGRAPH_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s+/;
    CARRIED_OVER = / ?\((carried(?: over| forward)?(?:, [^()]{1,60})?|c\/f|b\/f)\)/i;
    SECTION = ACTION_SECTION;
    RESTATED = 0.5;
    CAPITALS_LABEL = /^[A-Z]{3,}:\s/;
    MOTION_RESULT_LAST = /\b(?:motion|it) (?:passes|passed|carries|carried|fails|failed)$/i;
    LAST_WORDS_OPEN = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))[.!?]["\u201d\u2019)]? +[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?: ${PROSE_TASK_VERB})?$`);
    TITLED_AFTER_CLAUSE = new RegExp(String.raw`, (?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)? ${PROSE_TASK_VERB} [a-z])`, "g");
    CLAUSE_WORDS = /\b[a-z]+\b.*\b[a-z]+\b/;
    SENTENCE_BREAK = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))[.;!?]["\u201d\u2019)]? +(?=[A-Z])`, "g");
    SENTENCE_END4 = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))(?:[.!?](?= +[A-Z])|;(?= (?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4} ${PROSE_TASK_VERB} [a-z]))`);
    SENTENCE_SUBJECT = /^((?:(?:Mr|Mrs|Ms|Dr|Cllr)\.? )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) (?=[a-z])/;
    MARKED_AFTER_PROSE = 4;
    OWNER_LABEL_FIRST = /^(?:owners?|assignee|assigned to|responsible|who)\s?:\s+(?=\S)/i;
    OWNER_THEN_TASK = /^(?:owners?|assignee|assigned to|responsible|who) ?: +(?:[^\s\u2013\u2014]+ ){1,6}[\u2013\u2014-] [a-z]/i;
    NO_ONE_DASH = /^(?:unassigned|tbc|tbd|n\/a|none|no one|nobody)\s[\u2013\u2014-]\s(\S.*)$/i;
    OWNERS_CLOSING = /^([A-Za-z][^()]{2,300}?) \(([A-Z](?:[^()]|\(\w{1,4}\)){0,40})\)$/;
    MATTER_THEN_TASK = /^[A-Z][^:]{2,80}: (?=(?:The )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4} (?:was|were) to [a-z])/;
    RECORDING_TIME = /\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$/;
    UNASSIGNED = /^(?:unassigned|no owner|not assigned|everyone|all)$/i;
    EMAIL_DASH_FIRST = /^[\w.+'-]{1,64}@[\w.-]{1,200} [\u2013\u2014-] /;
    OLD_BUSINESS = /\b(?:old|unfinished) business\b/;
    VOTED_BUSINESS = /^(?:\d{1,2}|[ivx]{1,4})[.)]?\s+action items$/;
    LETTERED_TITLE = /^([A-H])[.)]\s+[A-Z]/;
    OWNER_DASH_LINE = /^[A-Z][\w.'&/ ]{0,40}? [-\u2013\u2014] [A-Z][a-z]/;
    BARE_HEADING = new RegExp("^\\p{Lu}[^.:;,!?]*[\\p{L}\\d)']$", "u");
    NEXT_ITEM = letterPattern(String.raw`^(?:(?:item|minute|top) \d{1,4}|min\.? \d{1,4}(?:\/\d{1,4}){0,2}|(?:[A-Z]{1,6}\d{0,4}|\d{1,4})\/\d{1,4}(?:\/\d{1,4}){0,2}|[A-Z]{1,4}\.\d{2}\.\d{1,3}|\d{4}\.\d{1,3}|\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5})[.:)]?\s+(?:[\u2013\u2014-]\s+)?\p{Lu}`, "iu");
    FIELDS_AFTER_SENTENCE = /(?<=[.;])\s+(?=(?:responsible|owner|lead|deadline|due|due date|by when|timeline)\s?:)/i;
    TOPIC_OWNER_PROGRESS = /^([A-Z][^\u2013\u2014;]{2,80}?) [\u2013\u2014-] ([^;]{1,80}); (\S.*)$/;
    NAMED_WITH_OWNERS = new RegExp(String.raw`^([A-Za-z][^()]{2,80}?) \(((?:[A-Z]|(?:${NAME_PARTICLE} )+[A-Z])(?:[^()]|\(\w{1,4}\)){0,40})\)( [-\u2013\u2014]|:) (\S.*)$`);
    DASHED_PROGRESS = /^(.+) [\u2013\u2014-] ([^\u2013\u2014]+)$/;
    TASK_OWNER_STATUS = /^(\S.{2,200}?) [\u2013\u2014] ([^\u2013\u2014]{2,60}?) [\u2013\u2014] (\S.*)$/;
    RAISED_NOTE = /,\s(?:from|since|raised|carried)\b.*$/;
    STATUS_IN_BRACKETS = /^\[([^\]]{1,24})\]\s+/;
    STATUS_LINE = /^(?:status|progress|update|ai):\s*(\S.*)$/i;
    SPACED_DASH_IN = / [-\u2013\u2014] /;
    LABELLED_PROGRESS = /^(.+?)\s(?:\[[^\]]{1,60}\]\s)?(?:Status|Progress|Update):\s(.+)$/;
    ENDS_MID_CLAUSE = /(?:[-\u2013\u2014,&(]|\s(?:and|or|the|of|to|for|by|with|a|an))$/;
    DATE_TAIL = 32;
    TASK_LABEL = /^(?:task|action(?: item)?|to ?do):\s+/i;
    LOG_NUMBER = /^[A-Z]{0,4}[\d/.-]{1,10}$/;
    ENUMERATED_CELL = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]$/;
    BY_FIRST_NAME = letterPattern(String.raw`\bby \p{Lu}[\p{Ll}'\u2019-]+$`, "u");
  }
});

// src/parse/tables.ts
function fieldOf(cell) {
  const name2 = cell.toLowerCase().replace(/[.:*?]/g, "").replace(/\s+/g, " ").trim();
  for (const [field, pattern2] of FIELD_NAMES) if (pattern2.test(name2)) return field;
  return null;
}
function isActionTableHeader(line) {
  return readHeader(line) !== null;
}
function readHeader(line) {
  if (!line.cells || line.cells.some((cell) => cell.length > 40)) return null;
  const fields = line.cells.map(fieldOf);
  const statuses = fields.flatMap((field, i) => field === "status" ? [i] : []);
  const ragColumn = statuses.length > 1 ? statuses.find((i) => RAG_HEADER.test(line.cells[i].trim())) : void 0;
  if (ragColumn !== void 0) fields[ragColumn] = "rag";
  for (const field of ["status", "progress"]) {
    const first = fields.indexOf(field);
    if (first >= 0) {
      for (let i = first + 1; i < fields.length; i++) if (fields[i] === field) fields[i] = null;
    }
  }
  const minute = fields.indexOf("minute");
  if (minute >= 0 && !fields.includes("text") && fields.includes("due")) fields[minute] = "text";
  else if (minute >= 0 && !fields.includes("id")) fields[minute] = "id";
  const actionBy = fields.includes("owner") && line.cells.some((cell, i) => fields[i] === "owner" && /action/i.test(cell));
  const decision = actionBy && !fields.includes("text") ? line.cells.findIndex((cell) => DECISION_COLUMN.test(cell.trim())) : -1;
  if (decision >= 0) fields[decision] = "text";
  const known = fields.filter(Boolean);
  if (!fields.includes("text") || known.length < 2 || new Set(known).size !== known.length) return null;
  return fields;
}
function findActionTables(source, meetingDate2 = null, order = "dmy") {
  const tables = [];
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const fields = readHeader(lines[i]);
    if (!fields) continue;
    const table2 = { kind: tableKind(lines, i), fields, rows: [], line: lines[i].line };
    let j = i + 1;
    let earlier = table2.kind === "previous";
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line.cells) {
        const below = lines[j + 1]?.cells;
        if (line.text.length < 80 && below && !readHeader(lines[j + 1]) && (!line.blockStart || below.length === fields.length)) {
          earlier = sectionKind(line.text, meetingDate2, order) ?? earlier;
          continue;
        }
        break;
      }
      if (readHeader(line)) continue;
      const continued = continuationRows(lines, j);
      const row2 = readRow(fields, continued > 0 ? { ...line, cells: withContinuations(line.cells, lines.slice(j + 1, j + 1 + continued)) } : line);
      j += continued;
      if (typeof row2 === "string") earlier = (row2 ? sectionKind(row2, meetingDate2, order) : null) ?? earlier;
      else if (row2) {
        row2.earlier = earlier;
        table2.rows.push(row2);
      }
    }
    tables.push(table2);
    i = j - 1;
  }
  return tables;
}
function sectionKind(text3, meetingDate2, order) {
  const date = findDate(text3, { order });
  if (date && meetingDate2 && /\baction/i.test(text3)) return date.iso < meetingDate2;
  if (/\b(?:this meeting|new actions|actions arising|arising from)\b/i.test(text3)) return false;
  if (PREVIOUS.test(text3) && ACTIONS_WORD.test(text3)) return true;
  return null;
}
function readRow(fields, line) {
  const value2 = (field) => {
    const index = fields.indexOf(field);
    const cell = index >= 0 ? line.cells[index]?.trim() : "";
    return cell ? cell : null;
  };
  const text3 = value2("text");
  if (text3 !== null && FILL_IN.test(text3)) return null;
  const filledCells = line.cells.filter(Boolean);
  if (filledCells.length === 1 && !text3) return filledCells[0];
  if (!text3) return null;
  const wording = !fields.includes("owner") && OWNERS_ONLY2.test(text3) ? discussionOf(fields, line.cells) : null;
  const row2 = {
    id: value2("id"),
    minute: value2("minute"),
    text: wording ? taskFor(wording, text3) : text3,
    owner: wording ? text3 : value2("owner"),
    others: value2("others"),
    raised: value2("raised"),
    due: value2("due"),
    progress: value2("progress"),
    status: value2("status"),
    rag: value2("rag"),
    line: line.line,
    earlier: false
  };
  if (row2.due !== null && !fields.includes("status") && !fields.includes("progress") && startsWithStatus(row2.due) && findDate(row2.due) === null) {
    row2.status = row2.due;
    row2.due = null;
  }
  const filled = [row2.owner, row2.others, row2.raised, row2.due, row2.progress, row2.status].some(Boolean);
  const hasOtherColumns = fields.some((f) => f !== "id" && f !== "minute" && f !== "text" && f !== null);
  if (!filled && hasOtherColumns) return row2.id ? "" : text3;
  return row2;
}
function discussionOf(fields, cells) {
  let longest = "";
  cells.forEach((cell, i) => {
    if (fields[i] === null && cell.trim().length > longest.length) longest = cell.trim();
  });
  return longest.length >= 20 ? longest : null;
}
function taskFor(discussion, owners) {
  const first = owners.split(/\s*(?:\/|,|&|and)\s*/)[0];
  for (const sentence of discussion.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const opened = sentence.startsWith(first) ? OWNERS_OPENING.exec(sentence) : null;
    if (opened) return sentence.slice(opened[0].length);
  }
  return discussion;
}
function tableKind(lines, headerIndex) {
  let paragraph = "";
  for (let i = headerIndex - 1; i >= 0 && i >= headerIndex - 3; i--) {
    const line = lines[i];
    if (line.cells) break;
    if (LEGEND.test(line.text)) continue;
    paragraph = i + 1 < headerIndex && !lines[i + 1].blockStart ? `${line.text} ${paragraph}` : line.text;
    if (THIS_MEETING.test(paragraph)) return "log";
    if (PREVIOUS.test(paragraph) && ACTIONS_WORD.test(paragraph)) return "previous";
    if (LOG_LABEL.test(line.text) || line.kind === "item") break;
    if ((line.kind === "heading" || ITEM_TITLE.test(line.text)) && (MATTERS_ARISING.test(line.text) || isEarlierActionsSection(lowerCaseForMatching(line.text)))) return "previous";
    if (line.kind === "heading" || ITEM_TITLE.test(line.text)) break;
  }
  return "log";
}
function continuationRows(lines, index, cells = lines[index].cells) {
  const filled = (row2) => row2.filter(Boolean).length;
  const most2 = Math.max(1, Math.floor(filled(cells) / 2));
  let count3 = 0;
  for (let next = lines[index + 1]; next?.cells && !next.blockStart && filled(next.cells) > 0 && (next.cells[0] === "" ? filled(next.cells) <= most2 : carriesOn(lines[index + count3].cells, next.cells)); next = lines[index + 1 + ++count3]) ;
  return count3;
}
function carriesOn(above, cells) {
  const filled = cells.filter(Boolean).length;
  return cells.length === above.length && filled < above.filter(Boolean).length && cells.every((text3, k) => !text3 || above[k] !== void 0 && (endsMidPhrase(above[k]) || startsLowerCase(text3)));
}
function withContinuations(cells, more) {
  const joined = [...cells];
  for (const row2 of more) {
    row2.cells.forEach((text3, k) => {
      if (text3 && joined[k] !== void 0) joined[k] = `${joined[k]} ${text3}`.trim();
    });
  }
  return joined;
}
var FIELD_NAMES, PREVIOUS, ACTIONS_WORD, THIS_MEETING, ITEM_TITLE, MATTERS_ARISING, FILL_IN, LEGEND, LOG_LABEL, RAG_HEADER, OWNERS_ONLY2, OWNERS_OPENING;
var init_tables = __esm({
  "src/parse/tables.ts"() {
    "use strict";
    init_normalise();
    init_actions();
    init_dates();
    init_status();
    init_decisions();
    FIELD_NAMES = [
      // "S.No", "Sl. No.", "S/N": a serial number, as Indian and Singaporean minutes head the column.
      // "Ticket", "Jira", "Issue": the tracker's key (OPS-4412) names the action.
      ["id", /^(?:no|number|ref|reference|id|#|ticket|ticket no|jira|issue|key|s\.?\s?no\.?|sl\.?\s?no\.?|sr\.?\s?no\.?|s ?\/ ?no|s ?\/ ?n|action (?:no|number|ref|id)|ap|ap no|action point (?:no|number|ref))$/],
      // The item an action was raised under: its id when the table numbers actions no other way.
      ["minute", /^(?:item|item no|minute|minute (?:no|number|ref)|min (?:no|ref))$/],
      ["text", /^(?:actions?|action points?|description|task|tasks|what|action required|agreed actions?|action description|action items?|actions? agreed|details|(?:open )?points?)$/],
      // "PIC": the person in charge.
      ["owner", /^(?:lead|leads|owner|owners|who|responsible|by whom|action by|assigned to|lead officer|person responsible|action owner|responsibility|lead person|pic|person in charge|person-in-charge)$/],
      ["others", /^(?:others|other|support|supporting|with|in support|others involved|support from)$/],
      ["raised", /^(?:start date|start|raised|date raised|date opened|opened|date added|meeting date|date of meeting|meeting|date agreed|raised on|date set|date)$/],
      ["due", /^(?:target completion|target completion date|target date|target|due|due date|when|deadline|by when|completion date|date due|timescale|timescales|by)$/],
      ["progress", /^(?:update|updates|progress|comments?|notes?|latest update|progress update|progress\/update|update\/progress|status ?\/ ?update|update ?\/ ?status|current position|position|outcome|response)$/],
      ["status", /^(?:status|rag|rag status|state|open\/closed|rag rating|complete|completed|done|closed)$/]
    ];
    PREVIOUS = /\b(?:previous|last|earlier|prior|outstanding|action taken|matters arising|carried forward|brought forward|progress on actions|update on actions|action updates|review of action|status of action|(?:considered|reviewed) the rolling action log)\b/i;
    ACTIONS_WORD = /\b(?:action|task|follow[- ]up|open points?)/i;
    THIS_MEETING = /\b(?:this meeting|arising from this|new actions|actions arising(?! from (?:the )?(?:previous|earlier|past|last|prior)))\b/i;
    ITEM_TITLE = /^(?:\d{1,3}|[ivx]{1,5})[.:)]?\s/i;
    MATTERS_ARISING = /\bmatters arising\b/i;
    FILL_IN = /_{5,}/;
    LEGEND = /^(?:b?rag |status |colour )?key\s?:/i;
    LOG_LABEL = /^(?:the )?actions? (?:log|tracker|list|register|table)\b/i;
    RAG_HEADER = /^rag(?: status| rating)?$/i;
    OWNERS_ONLY2 = /^(?:All|[A-Z][A-Za-z]{0,3}[A-Z])(?:\s*(?:\/|,|&|and)\s*(?:All|[A-Z][A-Za-z]{0,3}[A-Z]))*$/;
    OWNERS_OPENING = /^[^\s/,&]+(?:\s*[/,&]\s*[^\s/,&]+|\s+and\s+[^\s/,&]+)* (?:to|will) /;
  }
});

// src/parse/actions.ts
function isMonthOfYear(cell, meetingDate2) {
  const m = /^[A-Za-z]{3,9}\.? (\d{2})$/.exec(cell.trim());
  return m !== null && meetingDate2 !== null && m[1] === meetingDate2.slice(2, 4);
}
function extractActions(source, context) {
  const directory = new Directory([...context.attendees, ...context.apologies], source.text, context.aliases);
  const found = extractInlineActions(source, (raw) => directory.knows(raw), (raw) => directory.namesSomeone(raw), context.itemLines);
  const tables = findActionTables(source, context.meetingDate, context.order);
  const inline2 = tables.some((table2) => table2.kind === "log") ? found.filter((entry) => !entry.prose) : found;
  const updates = [];
  const raisedToday = (row2) => context.meetingDate !== null && row2.raised !== null && parseDateCell(row2.raised, { order: context.order }) === context.meetingDate;
  const todaysRows = [];
  for (const table2 of tables.filter((t) => t.kind === "previous")) {
    for (const row2 of table2.rows) {
      if (raisedToday(row2)) todaysRows.push(row2);
      else updates.push(updateFromRow(withOwnerFromText(row2, directory), directory, context));
    }
  }
  const raisedHere = inline2.filter((a) => a.context !== "matters-arising");
  const logRows = [...tables.filter((t) => t.kind === "log").flatMap((t) => t.rows), ...todaysRows].flatMap((row2) => rowActions(row2, directory));
  const currentRows = logRows.filter((row2) => !row2.earlier || raisedToday(row2));
  const raisedBefore = (row2) => context.meetingDate !== null && row2.raised !== null && (parseDateCell(row2.raised, { order: context.order }) ?? context.meetingDate) < context.meetingDate || underOtherItem(row2, context.itemNumbers);
  const pairs = pairInlineWithRows(raisedHere, currentRows, directory, raisedBefore, context.itemAt);
  const actions = [];
  const pairedRows = new Set(pairs.values());
  const earlier = earlierRows(logRows, pairedRows, context, tables.some((t) => t.kind === "previous"));
  const arising = inline2.filter((a) => a.context === "matters-arising");
  const openRows = currentRows.filter((row2) => !pairedRows.has(row2) && !earlier.has(row2));
  const arisingPairs = arising.length > 0 && openRows.length > 0 ? pairInlineWithRows(arising, openRows, directory) : /* @__PURE__ */ new Map();
  const progressAfterDash = arising.filter((entry) => !entry.progress && splitProgress(entry.text, false)?.[0] === beforeOnlyDash(entry.text)).length >= 2;
  for (const entry of arising) {
    const row2 = arisingPairs.get(entry);
    if (!row2) updates.push(updateFromEntry(entry, directory, context, progressAfterDash));
    else {
      pairs.set(entry, row2);
      pairedRows.add(row2);
      raisedHere.push(entry);
    }
  }
  const reported = new Set(updates.map((update) => fold(update.text)));
  const raisedAlready = /* @__PURE__ */ new Set();
  for (const entry of raisedHere) {
    const row2 = pairs.get(entry) ?? null;
    if (!entry.text && !row2) continue;
    if (!row2 && reported.has(fold(entry.text))) continue;
    const key2 = `${fold(entry.ownersRaw ?? "")}\0${fold(entry.text)}`;
    if (!row2 && raisedAlready.has(key2)) continue;
    raisedAlready.add(key2);
    actions.push(buildAction(entry, row2, directory, context));
  }
  for (const row2 of logRows) {
    if (pairedRows.has(row2)) continue;
    if (earlier.has(row2) || row2.earlier && !raisedToday(row2)) updates.push(updateFromRow(row2, directory, context));
    else actions.push(buildAction(null, row2, directory, context));
  }
  actions.sort((a, b) => a.lines[0] - b.lines[0]);
  updates.sort((a, b) => a.line - b.line);
  const reportedOnce = /* @__PURE__ */ new Set();
  for (let k = 0; k < updates.length; k++) {
    const owners = updates[k].owners.map((owner) => owner.name).join(", ");
    const key2 = `${owners}\0${fold(updates[k].text)}`;
    const carriedAgain = CARRIED_PROGRESS.test(updates[k].progress ?? "") && updates.slice(0, k).some((earlier2) => earlier2.owners.map((owner) => owner.name).join(", ") === owners && textSimilarity(earlier2.text, updates[k].text) >= SAME_TASK);
    if (reportedOnce.has(key2) || carriedAgain) updates.splice(k--, 1);
    else reportedOnce.add(key2);
  }
  directory.settleNames([...actions, ...updates].flatMap((a) => a.owners));
  for (const [person2, initials] of directory.initialsUsed([...actions, ...updates].flatMap((a) => a.owners))) person2.initials = initials;
  const warnings = nearMissWarnings(directory, source.file);
  return { actions, updates, warnings };
}
function rowActions(row2, directory) {
  if (!row2.owner && !row2.id) return [withOwnerFromText(row2, directory)];
  if (row2.owner || !row2.id || !ITEM_TITLE2.test(row2.id)) return [row2];
  const rows = [];
  for (const sentence of row2.text.split(SENTENCE_BREAK2.for(row2.text))) {
    const owned = readOwnerFirst(sentence);
    if (!owned || !directory.knows(owned.ownersRaw)) return [row2];
    rows.push({ ...row2, id: null, text: owned.text, owner: owned.ownersRaw });
  }
  return rows;
}
function withOwnerFromText(row2, directory) {
  const owned = row2.owner ? null : readOwnerFirst(row2.text);
  return owned && directory.knows(owned.ownersRaw) ? { ...row2, text: owned.text, owner: owned.ownersRaw } : row2;
}
function pairInlineWithRows(inline2, rows, directory, raisedBefore = () => false, itemAt = () => null) {
  const candidates = [];
  const rowWords = rows.map((row2) => contentWords(row2.text));
  const rowOwnerCells = rows.map((row2) => [row2.owner, row2.others].filter(Boolean).join(", "));
  const rowMinutes = rows.map((row2) => minuteOf(row2) === null ? null : withoutLetters(minuteOf(row2)));
  for (const entry of inline2) {
    const entryOwners = new Set(directory.resolveNames(entry.ownersRaw));
    const entryWords = entry.text && rows.length > 0 ? contentWords(entry.text) : null;
    const item = itemAt(entry.line);
    const entryItem = item === null ? null : withoutLetters(item);
    for (const [r, row2] of rows.entries()) {
      if (raisedBefore(row2) && readStatus(row2.status).status === "closed") continue;
      let score = entryWords ? wordSimilarity(entryWords, rowWords[r]) : 0;
      if (directory.resolveNames(rowOwnerCells[r]).some((name2) => entryOwners.has(name2))) score += 0.15;
      if (rowMinutes[r] !== null && rowMinutes[r] === entryItem) score += SAME_ITEM;
      if (score >= MATCH_THRESHOLD) candidates.push({ score, entry, row: row2 });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.row.line - b.row.line);
  const pairs = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const { entry, row: row2 } of candidates) {
    if (pairs.has(entry) || used.has(row2)) continue;
    pairs.set(entry, row2);
    used.add(row2);
  }
  const unpairedRows = rows.map((row2, r) => ({ row: row2, owners: directory.resolveNames(rowOwnerCells[r]) })).filter(({ row: row2 }) => !used.has(row2) && !raisedBefore(row2));
  const narratives = inline2.filter((entry) => entry.narrative && !pairs.has(entry));
  for (const entry of narratives) {
    const owners = directory.resolveNames(entry.ownersRaw);
    const same = (names) => names.length === owners.length && names.every((name2) => owners.includes(name2));
    const rowsOfOwner = unpairedRows.filter(({ row: row2, owners: names }) => !used.has(row2) && same(names));
    const entriesOfOwner = narratives.filter((other) => !pairs.has(other) && same(directory.resolveNames(other.ownersRaw)));
    if (owners.length > 0 && rowsOfOwner.length === 1 && entriesOfOwner.length === 1) {
      pairs.set(entry, rowsOfOwner[0].row);
      used.add(rowsOfOwner[0].row);
    }
  }
  return pairs;
}
function earlierRows(rows, paired, { meetingDate: meetingDate2, order, itemNumbers }, reportedApart = false) {
  const items2 = itemNumbers === void 0 ? void 0 : new Set([...itemNumbers].map(withoutLetters));
  const isItem = (minute) => items2.has(withoutLetters(minute));
  const byMinute = items2 !== void 0 && rows.some((row2) => minuteOf(row2) !== null && isItem(minuteOf(row2)));
  const series = new Set([...paired].map((row2) => seriesOf(row2.id)).filter((s) => s !== null));
  const lowest = /* @__PURE__ */ new Map();
  for (const row2 of paired) {
    const key2 = seriesOf(row2.id);
    const n = numberOf(row2.id);
    if (key2 !== null && n !== null && n < (lowest.get(key2) ?? Infinity)) lowest.set(key2, n);
  }
  const marksNew = rows.some((row2) => NEW_STATUS.test(row2.status ?? ""));
  const earlier = /* @__PURE__ */ new Set();
  for (const row2 of rows) {
    if (paired.has(row2)) continue;
    if (marksNew && row2.status && !NEW_STATUS.test(row2.status) && !(byMinute && minuteOf(row2) !== null && isItem(minuteOf(row2)))) {
      earlier.add(row2);
      continue;
    }
    const raised = row2.raised ? parseDateCell(row2.raised, { order }) : null;
    const due = row2.due ? parseDateCell(row2.due, { order, reference: meetingDate2 }) : null;
    const rowSeries = seriesOf(row2.id);
    if (byMinute && minuteOf(row2) !== null && !isItem(minuteOf(row2)) || underOtherItemOfItsKind(row2, itemNumbers) || meetingDate2 && raised && raised < meetingDate2 || meetingDate2 && !raised && due && due < meetingDate2 && !reportedApart || series.size === 1 && rowSeries !== null && !series.has(rowSeries) || rowSeries !== null && (numberOf(row2.id) ?? Infinity) < (lowest.get(rowSeries) ?? -Infinity) || CARRIED.test(`${row2.text} ${row2.due ?? ""} ${row2.status ?? ""} ${row2.progress ?? ""}`) || raisedInEarlierMonth(row2.id, meetingDate2)) {
      earlier.add(row2);
    }
  }
  return earlier;
}
function underOtherItem(row2, itemNumbers) {
  const minute = minuteOf(row2);
  if (minute === null || itemNumbers === void 0 || itemNumbers.size === 0) return false;
  const written = withoutLetters(minute);
  return ![...itemNumbers].map(withoutLetters).some((item) => written === item || written.startsWith(`${item}.`) || written.startsWith(`${item}(`));
}
function underOtherItemOfItsKind(row2, itemNumbers) {
  const minute = minuteOf(row2);
  if (minute === null || itemNumbers === void 0 || !underOtherItem(row2, itemNumbers)) return false;
  const kind = (number) => withoutLetters(number).replace(/\(.*$/, "").replace(/\d/g, "9");
  return [...itemNumbers].some((item) => kind(item) === kind(minute));
}
function withoutLetters(number) {
  return number.replace(/^[A-Za-z]{1,6}[ /]?(?=\d)/, "");
}
function minuteOf(row2) {
  return row2.minute ?? (row2.id && ACTION_OF_MINUTE.test(row2.id) ? row2.id.replace(ACTION_OF_MINUTE, "") : null);
}
function raisedInEarlierMonth(id, meetingDate2) {
  const m = id && meetingDate2 ? YEAR_MONTH_ID.exec(id) : null;
  if (!m || +m[2] < 1 || +m[2] > 12) return false;
  return `20${m[1]}-${m[2]}` < meetingDate2.slice(0, 7);
}
function numberOf(id) {
  const m = id ? /[-/.](\d{1,5})$/.exec(id) : null;
  return m ? +m[1] : null;
}
function seriesOf(id) {
  if (!id || !/[-/.]/.test(id)) return null;
  return id.replace(/[-/.][^-/.]*$/, "");
}
function buildAction(entry, row2, directory, context) {
  const rowTrailing = row2 && !row2.status && !row2.progress ? splitTrailingStatus(row2.text) : null;
  const entryTrailing = entry?.text ? splitTrailingStatus(entry.text) : null;
  const rowText = rowTrailing?.text ?? row2?.text;
  const entryText = entryTrailing?.text ?? entry?.text;
  const text3 = (entry?.narrative && row2 ? rowText : entryText) || rowText;
  const lines = [entry?.line, row2?.line].filter((l) => l !== void 0);
  const rowOwners = row2?.owner ? directory.resolveAll(row2.owner, row2.line) : [];
  const others = row2?.others ? directory.resolveAll(row2.others, row2.line) : [];
  const inlineOwners = entry ? directory.resolveAll(entry.ownersRaw, entry.line) : [];
  const useRow = rowOwners.length > 0;
  const owners = useRow ? [...rowOwners, ...others.filter((o) => !rowOwners.some((r) => r.name === o.name))] : inlineOwners;
  const rowDue = row2?.due && !isMonthOfYear(row2.due, context.meetingDate) ? parseDateCell(row2.due, { order: context.order, reference: context.meetingDate }) ?? relativeDue(row2.due, context.meetingDate, true, context.order)?.iso ?? null : null;
  const inlineDue = entry ? entry.dueRaw !== void 0 ? dueCell(entry.dueRaw, context) : (entry.deadline ? dueInText(entry.deadline, context) : null) ?? dueInText(entry.text, context) : row2 && !row2.due ? dueInText(row2.text, context) : null;
  const statusRaw = row2?.status ?? (row2 && !row2.status && row2.progress && startsWithStatus(row2.progress) ? row2.progress : null) ?? rowTrailing?.status ?? entryTrailing?.status ?? entry?.status ?? null;
  const read = statusRaw ? readStatus(statusRaw, context.closedWords) : { status: entry?.checked ? "closed" : "open", rag: null };
  return {
    id: row2?.id ?? entry?.id ?? null,
    text: text3,
    owners,
    ownersRaw: useRow ? [row2.owner, row2.others].filter(Boolean).join("; ") : entry?.ownersRaw ?? null,
    others,
    raised: row2?.raised && parseDateCell(row2.raised, { order: context.order }) || context.meetingDate,
    due: agreeingDue(row2?.due ?? null, rowDue, inlineDue?.iso ?? null, context) ?? rowDue ?? inlineDue?.iso ?? null,
    dueRaw: row2?.due ?? inlineDue?.raw ?? null,
    status: read.status,
    statusRaw: statusRaw ?? (entry?.checked === true ? "[x]" : entry?.checked === false ? "[ ]" : null),
    rag: read.rag ?? ragOf(row2, context),
    progress: row2?.progress ?? null,
    item: context.itemAt(lines[0]),
    lines,
    origin: entry && row2 ? "both" : entry ? "inline" : "log"
  };
}
function agreeingDue(cell, rowDue, inlineDue, context) {
  if (!cell || !rowDue || !inlineDue || rowDue === inlineDue || !/^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/.test(cell)) return null;
  const other = parseDateCell(cell, { order: context.order === "dmy" ? "mdy" : "dmy", reference: context.meetingDate });
  return other === inlineDue ? other : null;
}
function dueInText(text3, context) {
  const dates = findDates(text3, { order: context.order, reference: context.meetingDate });
  for (const date of dates.reverse()) {
    const before = text3.slice(Math.max(0, date.index - 40), date.index);
    const after = text3.slice(date.index + date.length, date.index + date.length + 40);
    if (RANGE_AFTER.test(after)) continue;
    if (DUE_CUE.test(before) || DUE_CUE.test(before.replace(WEEKDAY_BEFORE, "")) || isMeetingFor(before, after)) {
      return { iso: date.iso, raw: text3.slice(date.index, date.index + date.length) };
    }
  }
  return relativeDue(text3, context.meetingDate, false, context.order);
}
function movedDue(progress, context) {
  for (const date of findDates(progress, { order: context.order, reference: context.meetingDate })) {
    if (/\b(?:deadline|extended|moved|due|revised|postponed|deferred)\b[^.;]{0,30}$/i.test(progress.slice(Math.max(0, date.index - 40), date.index))) return date.iso;
  }
  return null;
}
function dueCell(raw, context) {
  const iso = parseDateCell(raw, { order: context.order, reference: context.meetingDate }) ?? relativeDue(raw, context.meetingDate, true, context.order)?.iso ?? null;
  return iso ? { iso, raw } : null;
}
function ragOf(row2, context) {
  return row2?.rag ? readStatus(row2.rag, context.closedWords).rag : null;
}
function updateFromRow(row2, directory, context) {
  let text3 = row2.text;
  let progress = row2.status && row2.progress ? `${row2.status} \u2013 ${row2.progress}` : row2.progress ?? row2.status;
  const carried = CARRIED.exec(text3);
  if (carried) {
    text3 = text3.replace(CARRIED, " ").trim();
    progress ??= carried[0].trim().replace(/^\(|\)$/g, "");
  } else if (row2.due && CARRIED.test(row2.due)) progress ??= row2.due;
  const owners = [...directory.resolveAll(row2.owner, row2.line), ...directory.resolveAll(row2.others, row2.line)];
  const read = readStatus(row2.status ?? row2.progress ?? (carried ? "c/f" : null), context.closedWords);
  return {
    ref: row2.id,
    text: text3,
    owners: dedupeOwners(owners),
    ownersRaw: [row2.owner, row2.others].filter(Boolean).join("; ") || null,
    due: row2.due ? parseDateCell(row2.due, { order: context.order, reference: context.meetingDate }) : null,
    status: read.status,
    statusRaw: row2.status ?? null,
    rag: read.rag ?? ragOf(row2, context),
    progress,
    item: context.itemAt(row2.line),
    line: row2.line
  };
}
function splitProgress(text3, checked2) {
  const splits = [...text3.matchAll(PROGRESS_SEPARATOR)].map((m) => [text3.slice(0, m.index).trimEnd(), text3.slice(m.index + m[0].length).trim()]).filter(([before, after]) => before !== "" && after !== "");
  const last = splits.at(-1);
  if (!last) return null;
  const saysStatus = ([, after]) => startsWithStatus(after) || endsWithStatus(after);
  return saysStatus(last) || checked2 ? last : splits.find(saysStatus) ?? null;
}
function beforeOnlyDash(text3) {
  const at = text3.indexOf(ONLY_DASH);
  return at > 0 && text3.indexOf(ONLY_DASH, at + 1) < 0 ? text3.slice(0, at).trimEnd() : null;
}
function updateFromEntry(entry, directory, context, progressAfterDash = false) {
  let text3 = entry.text;
  let progress = entry.progress ?? null;
  const before = progressAfterDash ? beforeOnlyDash(text3) : null;
  const split = progress === null ? splitProgress(text3, entry.checked !== null) ?? (before ? [before, text3.slice(text3.indexOf(ONLY_DASH, before.length) + ONLY_DASH.length).trim()] : null) : null;
  if (split) [text3, progress] = split;
  progress ??= entry.mark ?? null;
  const read = entry.checked !== null ? { status: entry.checked ? "closed" : "open", rag: null } : readStatus(progress, context.closedWords);
  return {
    ref: entry.ref ?? null,
    text: text3,
    owners: directory.resolveAll(entry.ownersRaw, entry.line),
    ownersRaw: entry.ownersRaw,
    due: progress ? movedDue(progress, context) : null,
    status: read.status,
    statusRaw: progress,
    rag: read.rag,
    progress,
    item: context.itemAt(entry.line),
    line: entry.line
  };
}
function dedupeOwners(owners) {
  return owners.filter((owner, index) => owners.findIndex((o) => o.name === owner.name) === index);
}
function nearMissWarnings(directory, file) {
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const miss of directory.nearMisses) {
    const canonical = directory.nameOf(miss.person);
    const listMisspelt = canonical !== miss.person.name;
    const [written, line] = listMisspelt ? [miss.person.name, miss.person.line] : [miss.written, miss.line];
    const key2 = `${written}:${line}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    warnings.push({
      file,
      line,
      column: 1,
      severity: "warning",
      ruleId: "name-misspelt",
      messageId: "near-miss",
      reason: `\`${written}\` looks like a misspelling of \`${canonical}\`; read as that person`
    });
  }
  return warnings;
}
var MATCH_THRESHOLD, SAME_ITEM, NEW_STATUS, CARRIED_PROGRESS, SAME_TASK, WEEKDAY_BEFORE, ITEM_TITLE2, SENTENCE_BREAK2, CARRIED, ACTION_OF_MINUTE, YEAR_MONTH_ID, RANGE_AFTER, PROGRESS_SEPARATOR, ONLY_DASH;
var init_actions2 = __esm({
  "src/parse/actions.ts"() {
    "use strict";
    init_normalise();
    init_owners();
    init_dates();
    init_similarity();
    init_action_lines();
    init_owner_first();
    init_status();
    init_due();
    init_tables();
    init_letters();
    MATCH_THRESHOLD = 0.55;
    SAME_ITEM = 0.4;
    NEW_STATUS = /^new\b/i;
    CARRIED_PROGRESS = /^(?:carried|c\/f|b\/f)/i;
    SAME_TASK = 0.8;
    WEEKDAY_BEFORE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? +$/i;
    ITEM_TITLE2 = letterPattern(String.raw`^\d{1,3}\.? \p{L}{2,}`, "u");
    SENTENCE_BREAK2 = letterPattern(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, "u");
    CARRIED = /\s*\(?\b(?:c\/f|carried forward|b\/f|brought forward)\b[^)]*\)?\s*/i;
    ACTION_OF_MINUTE = /\.\d{1,2}$/;
    YEAR_MONTH_ID = /^(?:[A-Z]{1,6}[-/ ]?)?(\d{2})\/(\d{2})[-.](\d{1,3})$/;
    RANGE_AFTER = /^\s?(?:[\u2013\u2014-]|to|until)\s?\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
    PROGRESS_SEPARATOR = /\s[-\u2013\u2014\u2192]\s|[\u2013\u2014]|:\s/g;
    ONLY_DASH = " \u2013 ";
  }
});

// src/parse/closures.ts
function extractClosures(source, order) {
  const closures = [];
  let lastHeading = "";
  for (const line of source.lines) {
    if (line.blockStart && line.text.length < 160 && /^(?:\d{1,3}|[ivx]{1,5})[.:)]?\s/i.test(line.text)) lastHeading = line.text;
    if (line.kind === "heading") lastHeading = line.text;
    const m = ACTION_WORD.test(line.text) && BEEN.test(line.text) ? BLANKET.exec(line.text) : null;
    if (!m) continue;
    const date = findDate(line.text, { order }) ?? findDate(lastHeading, { order });
    closures.push({ text: m[0], refersTo: date?.iso ?? null, line: line.line });
  }
  return closures;
}
var BLANKET, BEEN;
var init_closures = __esm({
  "src/parse/closures.ts"() {
    "use strict";
    init_dates();
    init_actions();
    BLANKET = /\ball (?:the )?(?:outstanding |previous |remaining )?actions(?: from (?:the|that) (?:last|previous)? ?meeting)?(?: on the action log)? (?:have|had) (?:now )?been (?:completed|closed|discharged|done)\b/i;
    BEEN = / been /i;
  }
});

// src/parse/commitments.ts
function extractCommitments(source, itemAt) {
  const byNumber = /* @__PURE__ */ new Map();
  const mention = (number, line, title) => {
    let commitment = byNumber.get(number);
    if (!commitment) {
      commitment = { number, title: null, mentions: [] };
      byNumber.set(number, commitment);
    }
    commitment.title ??= title;
    if (!commitment.mentions.some((m) => m.line === line)) commitment.mentions.push({ line, item: itemAt(line) });
  };
  let commitmentTable = false;
  for (const line of source.lines) {
    if (line.cells) {
      if (/^commitments?$/i.test(line.cells[0] ?? "")) commitmentTable = true;
      else if (commitmentTable) for (const n of numbersIn(line.cells[0] ?? "")) mention(n, line.line, null);
    } else commitmentTable = false;
    const titled = TITLED.exec(line.text);
    if (titled) mention(+titled[1], line.line, titled[2].trim());
    REFERENCE2.lastIndex = 0;
    for (let m = REFERENCE2.exec(line.text); m; m = REFERENCE2.exec(line.text)) {
      for (const n of numbersIn(m[1])) mention(n, line.line, null);
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
function numbersIn(text3) {
  if (!/^\s*\d{1,4}(?:\s*(?:,|&|and|or)\s*\d{1,4})*\s*$/.test(text3)) return [];
  return (text3.match(/\d{1,4}/g) ?? []).map(Number);
}
var REFERENCE2, TITLED;
var init_commitments = __esm({
  "src/parse/commitments.ts"() {
    "use strict";
    REFERENCE2 = /\bcommitments?\s+(?:no\.?\s*|number\s+)?(\d{1,4}(?:\s*(?:,|&|and|or)\s*\d{1,4})*)\b(?!\s*(?:%|per\s*cent|commitments))/gi;
    TITLED = /^commitment\s+(\d{1,4})\s*[-\u2013\u2014:]\s*(.+)$/i;
  }
});

// src/parse/decisions.ts
function extractDecisions(source, itemAt) {
  const decisions = [];
  const lines = source.lines;
  const numbered = /* @__PURE__ */ new Set();
  const addParts = (parts) => {
    for (const part of parts) decisions.push({ text: part.text, item: itemAt(part.line), line: part.line });
  };
  let table2 = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells) {
      const field = line.cells.length === 2 && CONCLUSIONS_FIELD.test(line.cells[0]) ? line.cells[1].trim() : null;
      if (field !== null && field.split(" ").length >= MIN_DECISION_WORDS) {
        if (!NO_DECISION.test(field) && !NOTHING_DECIDED.test(field)) decisions.push({ text: field, item: itemAt(line.line), line: line.line });
        continue;
      }
      const decisionColumn = line.cells.some((cell) => /\baction\b/i.test(cell)) ? -1 : line.cells.findIndex((cell) => DECISION_COLUMN.test(cell.trim()));
      if (decisionColumn >= 0) {
        table2 = { decision: decisionColumn, status: line.cells.findIndex((cell) => /^status$/i.test(cell.trim())), width: line.cells.length };
        continue;
      }
      if (table2 && line.cells.length === table2.width) {
        const text4 = line.cells[table2.decision];
        if (text4 && text4.split(" ").length >= MIN_DECISION_WORDS && !(table2.status >= 0 && UNDECIDED_STATUS.test(line.cells[table2.status] ?? ""))) decisions.push({ text: text4, item: itemAt(line.line), line: line.line });
        continue;
      }
      table2 = null;
      for (const cell of line.cells) for (const text4 of cellDecisions(cell)) decisions.push({ text: text4, item: itemAt(line.line), line: line.line });
      continue;
    }
    table2 = null;
    if ((line.kind === "heading" || line.text.endsWith(":")) && DECISION_SECTION.test(line.text)) {
      const listed = sectionItems(lines, i + 1);
      addParts(listed.items);
      if (listed.items.length > 0) i = listed.end - 1;
      if (listed.items.length > 0 || line.kind === "heading") continue;
    }
    if (line.kind === "heading") continue;
    const numberedResolution = line.text.startsWith("R") || line.text.startsWith("M") ? NUMBERED_RESOLUTION.exec(line.text) : null;
    const opensHere = line.blockStart || i === 0 || /[.:!?]$/.test(lines[i - 1].text) || lines[i - 1].text.length < 60;
    const thatMotion = opensHere && line.text.startsWith("That ") && lines.slice(i + 1, i + 4).some((next) => MOVER_LINE.test(next.text)) ? line.text : void 0;
    const block = MOTION_BLOCK_HEADING.test(englishSide(line.text)) || numberedResolution || thatMotion ? readMotionBlock(lines, i, numberedResolution?.[1] ?? thatMotion) : null;
    if (block) {
      addParts(block.parts);
      i = block.end;
      continue;
    }
    const tagged = line.text.includes("#") ? DECISION_TAG.exec(line.text) : null;
    if (tagged) {
      decisions.push({ text: tagged[1] ?? tagged[2], item: itemAt(line.line), line: line.line });
      continue;
    }
    const bodyDecision = /^(?:The )?[A-Z][a-z]+ [A-Z]{5}/.test(line.text) && !(line.text.endsWith(":") && BODY_LEAD_IN.test(line.text)) ? BODY_DECISION.exec(line.text) : null;
    if (bodyDecision) {
      decisions.push({ text: withWrapped(lines, i, bodyDecision[1]), item: itemAt(line.line), line: line.line });
      continue;
    }
    const proposed = line.text.startsWith("Proposed by ") || line.text.startsWith("Moved by ") ? PROPOSED_BY.exec(line.text) : null;
    if (proposed) {
      const wording = withWrapped(lines, i, proposed[2]);
      if (proposed[1] || proposalCarried(lines, i)) decisions.push({ text: wording, item: itemAt(line.line), line: line.line });
      continue;
    }
    const proposal = line.text.startsWith("P") ? CONSENSUS_PROPOSAL.exec(line.text) : null;
    const moved = line.text.startsWith("M") ? MOTION_WORDING.exec(line.text) : null;
    const outcome = proposal ? readOutcome(lines, i, proposal[1], CONSENSUS_OUTCOME) : moved ? readOutcome(lines, i, moved[1], VOTE_OUTCOME) : null;
    if (outcome) {
      if (outcome.decided) decisions.push({ text: outcome.text, item: itemAt(line.line), line: line.line });
      i = outcome.end;
      continue;
    }
    const paragraphNumber = isDigit3(line.text.charCodeAt(0)) ? PARAGRAPH_NUMBER2.exec(line.text)?.[0] ?? "" : "";
    const opening = paragraphNumber ? line.text.slice(paragraphNumber.length) : line.text;
    const motion = mayStartMotion(opening) ? MOTION_START.exec(opening) : null;
    if (motion) {
      if (readActionMarker(line.text)) continue;
      const found = readMotion(lines, i, motion[0], paragraphNumber);
      if (found) {
        for (const text4 of motionParts(found.text)) decisions.push({ text: text4, item: itemAt(line.line), line: line.line });
        i += found.span - 1;
        continue;
      }
    }
    const after = motion || !line.text.includes(" Motion ") ? null : MIDLINE_MOTION.exec(line.text);
    if (after) {
      const found = readMotion(lines, i, "Motion ", line.text.slice(0, after.index + after[0].length));
      if (found) {
        decisions.push({ text: found.text, item: itemAt(line.line), line: line.line });
        i += found.span - 1;
        continue;
      }
    }
    const unsymbolled = line.text.charCodeAt(0) >= 9728 || line.text.startsWith(":") || line.text.startsWith("[") ? line.text.replace(LEADING_SYMBOL, "") : line.text;
    const text3 = line.lead && DECISION_LEAD.test(line.lead) ? `${line.lead}: ${line.text.slice(line.text.indexOf(line.lead) + line.lead.length).replace(/^[\s:*\u2013\u2014-]+/, "")}` : unsymbolled;
    const unnumbered = isDigit3(text3.charCodeAt(0)) ? text3.replace(PARAGRAPH_NUMBER2, "") : text3;
    if ((unnumbered.startsWith("It was ") || unnumbered.includes(", it was ")) && PARTS_LEAD_IN.test(unnumbered)) {
      const { parts, end } = readParts2(lines, i + 1);
      addParts(parts);
      if (parts.length > 0) {
        i = end;
        continue;
      }
    }
    if (unnumbered.startsWith("This ") && RESOLVES_LEAD_IN.test(unnumbered)) {
      const resolved = readResolves(lines, i);
      addParts(resolved.parts);
      i = resolved.end;
      continue;
    }
    if (unnumbered.startsWith("The ") && /:(?: ?[-\u2013])?$/.test(unnumbered) && BODY_LEAD_IN.test(unnumbered)) {
      const { parts, end } = readParts2(lines, i + 1);
      if (parts.length > 0 && (BODY_ACTION_VERB.test(parts[0].text) || RESOLVED_THAT_LEAD_IN.test(unnumbered))) {
        addParts(parts);
        i = end;
        continue;
      }
    }
    const marker = mayOpenDecisionMarker(unnumbered) ? MARKER.exec(unnumbered) : null;
    if (marker) {
      if (readActionMarker(line.text)) continue;
      const body = unnumbered.slice(marker[0].length).trim();
      if (marker[1] !== void 0) {
        if (numbered.has(marker[1])) continue;
        numbered.add(marker[1]);
      }
      const { parts, end } = readParts2(lines, i + 1);
      const below = body === "" && parts.length === 0 ? wordingBelow(lines, i) : null;
      if (parts.length > 0 && PARTS_SUBJECT.test(body)) {
        addParts(parts);
        i = end;
      } else if (below) {
        decisions.push({ text: below, item: itemAt(lines[i + 1].line), line: lines[i + 1].line });
        i++;
      } else if (body && !/^[A-Z ]{2,20}:?$|^_{3,}/.test(body) && !NO_DECISION.test(body)) {
        for (const part of inlineParts(withWrapped(lines, i, body))) decisions.push({ text: part, item: itemAt(line.line), line: line.line });
      }
      continue;
    }
    const verb = DECISION_VERB.test(text3);
    const lineVerb = text3 === line.text ? verb : DECISION_VERB.test(line.text);
    if (!lineVerb && ON_MOTION.test(line.text)) {
      const whole = withWrapped(lines, i, line.text);
      const sentence2 = DECISION_VERB.test(whole) ? decisionSentence(whole, true) : null;
      if (sentence2) decisions.push({ text: sentence2, item: itemAt(line.line), line: line.line });
      continue;
    }
    const movedOnLine = text3.includes(" moved") || text3.includes(" proposed");
    const moverFirst = movedOnLine && MOVER_FIRST_MOTION.test(text3);
    const moverAfter = movedOnLine && !moverFirst ? moverAfterSentence(line.text) : -1;
    if (!verb && !lineVerb && !moverFirst && moverAfter < 0 || readActionMarker(line.text)) continue;
    if (moverFirst || moverAfter > 0) {
      const found = readMotion(lines, i, "", moverAfter > 0 ? line.text.slice(0, moverAfter) : "");
      if (found) {
        decisions.push({ text: found.text, item: itemAt(line.line), line: line.line });
        i += found.span - 1;
        continue;
      }
    }
    if (verb && opensFormalResolution(text3)) {
      const found = sentencesAfter(BE_IT_RESOLVED, withWrapped(lines, i, text3));
      for (const body of found) decisions.push({ text: body, item: itemAt(line.line), line: line.line });
      if (found.length > 0) continue;
    }
    if (verb && RESOLVED_WORD.test(text3)) {
      const found = midlineResolutions(text3);
      for (const body of found) decisions.push({ text: body, item: itemAt(line.line), line: line.line });
      if (found.length > 0) continue;
    }
    const sentence = lineVerb && decisionSentence(unsymbolled, true) && decisionSentence(withWrapped(lines, i, unsymbolled), true);
    if (sentence && !AWAITING_DATE.test(sentence)) decisions.push({ text: sentence, item: itemAt(line.line), line: line.line });
  }
  return decisions;
}
function sectionItems(lines, start) {
  const items2 = [];
  const depth = lines[start]?.kind === "item" ? lines[start].depth : -1;
  let i = start;
  for (; i < lines.length && lines[i].kind === "item" && lines[i].depth >= depth; i++) {
    if (lines[i].depth > depth) continue;
    const wrapped = [];
    const unmarked = lines[i].text.replace(LEADING_SYMBOL, "").replace(LISTED_MARKER, "");
    items2.push({ text: withWrappedLines(lines, i, unmarked, MAX_WRAPPED_LINES, () => false, wrapped), line: lines[i].line });
    i += wrapped.length;
  }
  return { items: items2, end: i };
}
function readMotionBlock(lines, index, inline2) {
  const isResolution = /resolution/i.test(lines[index].text);
  const parts = [];
  const wordingEnds = (text3, next) => MOVER_LINE.test(next.text) || WORDING_OUTCOME.test(text3) || NUMBERED_RESOLUTION.test(next.text);
  let wording = inline2 ? { text: withWrappedLines(lines, index, inline2, MAX_WRAPPED_LINES, wordingEnds), line: lines[index].line } : null;
  const decided = (carried, end) => ({ parts: !carried || wording && ADJOURNMENT.test(wording.text) ? [] : parts.length > 0 ? parts : wording ? [wording] : [], end });
  const closing = wording ? WORDING_OUTCOME.exec(wording.text) : null;
  if (closing) return decided(BLOCK_DECIDED.test(closing[1]), index);
  for (let i = index + 1; i < lines.length && i <= index + MAX_BLOCK_LINES; i++) {
    const line = lines[i];
    const english = englishSide(line.text);
    if (line.kind === "heading" || MOTION_BLOCK_HEADING.test(english) || NUMBERED_RESOLUTION.test(line.text)) break;
    const outcome = BLOCK_OUTCOME.exec(english);
    if (outcome) return decided(BLOCK_DECIDED.test(outcome[1]), i);
    if (VOTES.test(line.text)) {
      MOTION_CARRIED.lastIndex = 0;
      return decided(MOTION_CARRIED.test(line.text) && !MOTION_NOT_DECIDED.test(line.text), i);
    }
    if (MOVER_LINE.test(english)) {
      const after = OUTCOME_AFTER_MOVERS.exec(english);
      if (after) return decided(BLOCK_DECIDED.test(after[1]), i);
      continue;
    }
    const part = wording?.text.endsWith(":") ? line.kind === "item" ? line.text : BLOCK_PART.exec(line.text)?.[1] : void 0;
    if (part) {
      parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, part, MAX_WRAPPED_LINES, startsPart)), line: line.line });
      continue;
    }
    if (wording === null && line.kind === "text" && /^(?:that\b|["\u201c])/i.test(line.text)) {
      wording = { text: withWrappedLines(lines, i, line.text, MAX_WRAPPED_LINES, endsWording), line: line.line };
      continue;
    }
    if (wording !== null && line.blockStart && line.kind !== "item" && !line.text.startsWith(" ")) break;
  }
  return isResolution && wording ? decided(true, index) : null;
}
function readResolves(lines, index) {
  const listed = sectionItems(lines, index + 1);
  const parts = listed.items;
  const end = listed.items.length > 0 ? listed.end - 1 : index;
  for (let i = end + 1; i < lines.length && i <= end + MAX_BLOCK_LINES && lines[i].kind !== "heading"; i++) {
    const result = MOTION_RESULT.exec(lines[i].text);
    if (result) return { parts: RESULT_DECIDED.test(result[1]) ? parts : [], end };
  }
  return { parts: [], end };
}
function readParts2(lines, start) {
  const parts = [];
  let label = "";
  let opened = false;
  let end = start - 1;
  const wrapped = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i].cells?.length === 2 && /^\(?[\da-z]{1,3}[.)]$/i.test(lines[i].cells[0]) ? { ...lines[i], cells: null, text: lines[i].cells.join(" ") } : lines[i];
    if (line.kind === "heading" || line.cells) break;
    const bullet = line.kind === "item" && line.marker && !/[\da-z]/i.test(line.marker) ? line.marker : null;
    if (bullet || parts.length > 0 && label.length === 1 && !/[\da-z]/i.test(label)) {
      if (!bullet || parts.length > 0 && bullet !== label) break;
      label = bullet;
      wrapped.length = 0;
      parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, line.text, MAX_WRAPPED_LINES, startsPart, wrapped)), line: line.line });
      end = i += wrapped.length;
      continue;
    }
    const text3 = line.kind === "item" && line.marker && !PART.test(line.text) ? `${line.marker} ${line.text}` : line.text;
    const m = PART.exec(text3);
    if (!m) break;
    if (parts.length > 0 && (text3.startsWith("(") !== opened || line.blockStart && (!follows(label, m[1]) || !/[a-z]/.test(m[2])))) break;
    label = m[1];
    opened = text3.startsWith("(");
    wrapped.length = 0;
    parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, m[2], MAX_WRAPPED_LINES, startsPart, wrapped)), line: line.line });
    end = i += wrapped.length;
  }
  return { parts, end };
}
function follows(previous, next) {
  if (/^\d/.test(previous)) return Number(next) === Number(previous) + 1;
  const roman2 = ROMAN.indexOf(previous);
  if (roman2 >= 0 && ROMAN[roman2 + 1] === next) return true;
  return previous.length === 1 && next.length === 1 && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
}
function decisionSentence(text3, hasVerb = DECISION_VERB.test(text3)) {
  if (!hasVerb) return null;
  const lower = lowerCaseForMatching(text3);
  const outcome = MOTION_OUTCOME.exec(lower);
  if (outcome) {
    const start = clauseStart(text3, outcome.index);
    if (/\bthe motion\b/i.test(text3.slice(start, outcome.index)) && !MOTION_NOT_DECIDED.test(text3.slice(start, outcome.index))) return text3.slice(start, sentenceEnd(text3, outcome.index + outcome[0].length)).trim();
  }
  let m = null;
  for (const { needs, pattern: pattern2 } of DECISION_SENTENCE_FORMS) {
    const found = !needs || needs.some((word2) => lower.includes(word2)) ? pattern2.exec(lower) : null;
    if (found && (!m || found.index < m.index)) m = found;
  }
  if (m) {
    if (/\badjourn/i.test(text3.slice(m.index, m.index + 200))) return null;
    const start = m[0].startsWith("m/s/c") ? m.index + m[0].length : clauseStart(text3, m.index);
    if (REPORTED_THAT.test(text3.slice(start, m.index))) return null;
    const end = sentenceEnd(text3, m.index + m[0].length);
    const count3 = COUNT_AFTER.exec(text3.slice(end));
    return text3.slice(start, end + (count3 ? count3[0].length : 0)).trim();
  }
  return null;
}
function clauseStart(text3, index) {
  const before = text3.slice(0, index);
  const boundary2 = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
  const sentence = boundary2 < 0 ? 0 : boundary2 + 2;
  if (/^\s*upon a motion\b/i.test(text3.slice(sentence, index))) return index;
  const part = sentence === 0 ? PART_AND_TOPIC.exec(text3) : null;
  return part && part[0].length <= index ? part[0].length : sentence;
}
function sentenceEnd(text3, from) {
  const rest = text3.slice(from);
  const m = CLAUSE_STOP.exec(rest);
  if (!m) return text3.length;
  return from + m.index + (m[0] === "." ? 1 : 0);
}
function wordingBelow(lines, index) {
  const next = lines[index + 1];
  if (!next || next.kind === "heading" || next.cells || next.text.endsWith(":")) return null;
  const opensThat = next.text.startsWith("That ") || next.text.startsWith("that ");
  if (!opensThat && (next.blockStart || !startsUpperCase(next.text) || MARKER.test(next.text))) return null;
  const text3 = withWrapped(lines, index + 1, next.text);
  return NO_DECISION.test(text3) ? null : text3;
}
function withWrapped(lines, index, first) {
  return withWrappedLines(lines, index, first, MAX_WRAPPED_LINES, (text3, next) => /[.!?:]["\u201d\u2019)]?$/.test(text3) || MARKER.test(next.text) || TITLED_INSTRUCTION.test(next.text));
}
function readOutcome(lines, index, wording, outcomes) {
  let paragraph = wording;
  let end = index;
  for (; end + 1 < lines.length && end < index + MAX_WORDING_LINES && !lines[end + 1].blockStart && lines[end + 1].kind === "text" && !lines[end + 1].cells; end++) paragraph = `${paragraph} ${lines[end + 1].text}`;
  const closing = CLOSING_OUTCOME.exec(paragraph);
  if (closing) return { text: paragraph, decided: OUTCOME_DECIDED.test(closing[1]), end };
  let text3 = wording;
  for (let i = index + 1; i < lines.length && i <= index + MAX_WORDING_LINES; i++) {
    const line = lines[i];
    if (line.kind === "heading" || CONSENSUS_PROPOSAL.test(line.text) || MOTION_WORDING.test(line.text)) return null;
    const outcome = outcomes.exec(line.text);
    if (outcome) return { text: `${text3} ${line.text}`, decided: OUTCOME_DECIDED.test(outcome[1] ?? outcome[2]), end: i };
    text3 = `${text3} ${line.text}`;
  }
  return null;
}
function proposalCarried(lines, index) {
  for (let i = index + 1; i < lines.length && i <= index + MAX_OUTCOME_LINES; i++) {
    if (lines[i].kind === "heading" || PROPOSED_BY.test(lines[i].text) || lines[i].blockStart && ITEM_LINE.test(lines[i].text)) return false;
    const outcome = PROPOSAL_OUTCOME.exec(lines[i].text);
    if (outcome) return BLOCK_DECIDED.test(outcome[1]);
  }
  return false;
}
function midlineResolutions(text3) {
  return sentencesAfter(MIDLINE_RESOLVED, text3).filter((body) => body.length > 3);
}
function sentencesAfter(marker, text3) {
  const found = [];
  marker.lastIndex = 0;
  for (let m = marker.exec(text3); m; m = marker.exec(text3)) {
    const start = m.index + m[0].length;
    const body = text3.slice(start, sentenceEnd(text3, start)).trim();
    if (body) found.push(body);
  }
  return found;
}
function moverAfterSentence(text3) {
  for (const end of text3.matchAll(SENTENCE_BREAK3)) {
    const start = end.index + end[0].length;
    if (MOVER_FIRST_MOTION.test(text3.slice(start))) return start;
  }
  return -1;
}
function readMotion(lines, index, marker, before = "") {
  let text3 = "";
  for (let i = index; i < lines.length && i <= index + MAX_WRAPPED_LINES; i++) {
    const line = lines[i];
    if (i > index && (line.blockStart || line.cells && !MOVER_LINE.test(line.text) || line.kind !== "text" || opensMotion(line.text) || MARKER.test(line.text) || ITEM_TITLE_LINE.test(line.text))) break;
    text3 = text3 ? `${text3} ${line.text}` : line.text.slice(before.length);
    if (MOTION_NOT_DECIDED.test(text3) || RESOLVED_WORD.test(text3)) return null;
    const next = lines[i + 1];
    const last = next === void 0 || i + 1 > index + MAX_WRAPPED_LINES || next.blockStart || next.kind !== "text" || next.cells !== null && !MOVER_LINE.test(next.text) || opensMotion(next.text) || ITEM_TITLE_LINE.test(next.text);
    const vote = VOTE_COUNT.exec(text3);
    if (vote) {
      if (vote[3] && !vote[3].endsWith(")") && !last) continue;
      if (+vote[1] <= +vote[2]) return null;
      const whole = text3.slice(0, vote.index + vote[0].length).trim();
      return { text: /^motion: /i.test(marker) ? whole.slice(marker.length) : whole, span: i - index + 1 };
    }
    const end = carriedSentenceEnd(text3, last, next !== void 0 && (startsUpperCase(next.text) || LETTERED.test(next.text)));
    if (end >= 0) {
      const whole = text3.slice(0, end).trim();
      return { text: /^motion: /i.test(marker) ? whole.slice(marker.length) : whole, span: i - index + 1 };
    }
  }
  return null;
}
function opensMotion(text3) {
  return NEXT_MOTION.test(text3) || (text3.includes(" moved") || text3.includes(" proposed")) && MOVER_FIRST_MOTION.test(text3);
}
function carriedSentenceEnd(text3, last, nextOpens = false) {
  MOTION_CARRIED.lastIndex = 0;
  for (let m = MOTION_CARRIED.exec(text3); m; m = MOTION_CARRIED.exec(text3)) {
    const after = m.index + m[0].length;
    const stop = fullStopAfter(text3, after);
    if (stop >= 0 && stop - after <= MAX_CARRIED_TAIL) return stop + 1;
    if (last && stop < 0 && text3.length - after <= MAX_CARRIED_TAIL) return text3.length;
    if (nextOpens && stop < 0 && text3.trimEnd().length === after) return text3.length;
  }
  return -1;
}
function motionParts(text3) {
  const colon = PARTS_AFTER_COLON.exec(text3);
  if (!colon) return [text3];
  const parts = inlineParts(text3.slice(colon.index + colon[0].indexOf("(")).replace(TRAILING_OUTCOME, ""));
  return parts.length > 1 ? parts : [text3];
}
function fullStopAfter(text3, from) {
  const m = SENTENCE_STOP.exec(text3.slice(from));
  return m ? from + m.index : -1;
}
function cellDecisions(cell) {
  const found = cell.includes(":") ? sentencesAfter(CELL_MARKER, cell) : [];
  if (found.length === 0 && cell.length > 40) {
    const sentence = decisionSentence(cell);
    if (sentence) found.push(sentence);
  }
  return found;
}
function inlineParts(whole) {
  const first = whole.startsWith("(") ? 0 : FIRST_PART_AFTER_LEAD_IN.exec(whole)?.[0].length ?? -1;
  if (first < 0 || !whole.includes(")")) return [whole];
  const text3 = whole.slice(first);
  const starts = [];
  INLINE_PART.lastIndex = 0;
  for (let m = INLINE_PART.exec(text3); m; m = INLINE_PART.exec(text3)) starts.push({ index: m.index, length: m[0].length });
  if (starts.length < 2 || starts[0].index !== 0) return [whole];
  return starts.map((s, k) => withoutTrailingJoin(text3.slice(s.index + s.length, k + 1 < starts.length ? starts[k + 1].index : text3.length).trim())).filter(Boolean);
}
function withoutTrailingJoin(text3) {
  let trimmed = text3.trimEnd();
  const join7 = / (?:and|or)$/i.exec(trimmed);
  if (join7) trimmed = trimmed.slice(0, join7.index).trimEnd();
  return trimmed.endsWith(";") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
function isDigit3(code) {
  return code >= 48 && code <= 57;
}
var MARKER, PARAGRAPH_NUMBER2, PART, RESOLVED_WORD, PARTS_SUBJECT, CONCLUSIONS_FIELD, NOTHING_DECIDED, RESOLVED_THAT_LEAD_IN, NEXT_MOTION, MAX_WRAPPED_LINES, CELL_MARKER, LISTED_MARKER, MIN_DECISION_WORDS, MAX_BLOCK_LINES, VOTES, BLOCK_PART, startsPart, endsWording, ADJOURNMENT, ROMAN, PART_AND_TOPIC, MAX_WORDING_LINES, ITEM_TITLE_LINE, MAX_OUTCOME_LINES, ITEM_LINE, SENTENCE_BREAK3, LETTERED, MAX_CARRIED_TAIL, PARTS_AFTER_COLON, TRAILING_OUTCOME, NOT_AFTER_TITLE, SENTENCE_STOP, ENDS_SENTENCE, CLAUSE_STOP, FIRST_PART_AFTER_LEAD_IN;
var init_decisions2 = __esm({
  "src/parse/decisions.ts"() {
    "use strict";
    init_names();
    init_source();
    init_actions();
    init_normalise();
    init_decisions();
    MARKER = DECISION_MARKER;
    PARAGRAPH_NUMBER2 = /^\d{1,3}(?:\.\d{1,3})+\.?\s+/;
    PART = DECISION_PART;
    RESOLVED_WORD = / RESOLVED/;
    PARTS_SUBJECT = /^(?:(?:[Tt]hat|THAT)(?: the(?: [A-Z][\w'-]*){1,4})?)?:?$/;
    CONCLUSIONS_FIELD = /^(?:conclusions?|outcome)$/i;
    NOTHING_DECIDED = /\bno (?:decision|conclusion)s?\b|^none\b|^for (?:information|noting)\b/i;
    RESOLVED_THAT_LEAD_IN = / (?:unanimously )?(?:resolved|agreed|decided)(?: that| to)?:(?: ?[-\u2013])?$/i;
    NEXT_MOTION = /^(?:(?:(?:A|The) [Mm]otion|M(?:otion|OTION)) (?:was )?(?:made |moved |put )?(?:by|from|to|that) |M(?:otion|OTION): |It was (?:duly )?(?:moved|proposed) )/;
    MAX_WRAPPED_LINES = 8;
    CELL_MARKER = /(?:^|[.!?] ?)(?:Decision|Decided|Agreed|Resolved|RESOLVED|Approved|APPROVED|Resolution):\s*/g;
    LISTED_MARKER = /^(?:Agreed|Decided|Decision|Resolved|Approved)\s*[:\u2013\u2014-]\s+/;
    MIN_DECISION_WORDS = 4;
    MAX_BLOCK_LINES = 30;
    VOTES = /^(?:votes?:?\s)?for:?\s\d{1,4},/i;
    BLOCK_PART = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(.+)$/;
    startsPart = (text3, next) => BLOCK_PART.test(next.text) || TITLED_INSTRUCTION.test(next.text) || ENDS_SENTENCE.test(text3) && startsUpperCase(next.text) || readActionMarker(next.text) !== null;
    endsWording = (text3, next) => startsPart(text3, next) || /\.["\u201d]?$/.test(text3) || BLOCK_OUTCOME.test(englishSide(next.text)) || MOVER_LINE.test(next.text);
    ADJOURNMENT = /\b(?:to adjourn|(?:meeting|session|sitting) (?:be |is |was )?(?:now )?(?:adjourned|terminated|closed)|(?:council|committee|board|meeting) (?:do )?(?:now )?adjourn\b)\b/i;
    ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
    PART_AND_TOPIC = /^(?:\(?[a-z\d]{1,2}[.)]\s+)?(?:[A-Z][^:.;]{0,40}:\s+)?(?=[A-Z])/;
    MAX_WORDING_LINES = 6;
    ITEM_TITLE_LINE = /^\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]/;
    MAX_OUTCOME_LINES = 15;
    ITEM_LINE = /^(?:[A-Z]{1,4}\.?)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?\s/;
    SENTENCE_BREAK3 = /[.!?] (?=[A-Z])/g;
    LETTERED = /^[a-z][.)]\s/;
    MAX_CARRIED_TAIL = 120;
    PARTS_AFTER_COLON = /:\s+\((?:a|1|i)\) /;
    TRAILING_OUTCOME = /\s+(?:CARRIED|Carried|carried)\b[^.]*\.?$/;
    NOT_AFTER_TITLE = String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))`;
    SENTENCE_STOP = new RegExp(String.raw`${NOT_AFTER_TITLE}\.(?=\s+[A-Z(]|\s*$)`);
    ENDS_SENTENCE = new RegExp(String.raw`${NOT_AFTER_TITLE}[a-z\d)]\.$`);
    CLAUSE_STOP = new RegExp(`;|${SENTENCE_STOP.source}`);
    FIRST_PART_AFTER_LEAD_IN = /^[^.;:()]{1,40} (?=\((?:1|a|i)\) (?:[A-Z]|that ))/;
  }
});

// src/lexicon/header.ts
function isDateLabel(cell) {
  return DATE_LABEL_CELL.test(cell);
}
function matchHeaderField(text3) {
  for (const [field, pattern2] of LABELS) {
    const m = pattern2.exec(text3);
    if (m) return { field, value: m[1].trim() };
  }
  const held = HELD.exec(text3);
  if (!held) return null;
  const after = AFTER_PLACE.exec(held[1]);
  const place = (after ? held[1].slice(0, after.index) : held[1]).replace(/[.,;]$/, "").trim();
  return place === "" ? null : { field: "location", value: place };
}
var DATE_LABEL, DATE_LABEL_CELL, LABELS, OTHER_LANGUAGE_TITLE_WORD, HELD, AFTER_PLACE;
var init_header = __esm({
  "src/lexicon/header.ts"() {
    "use strict";
    DATE_LABEL = String.raw`(?:date|meeting date|review date|date of (?:the )?(?:meeting|review|session|call)|when)`;
    DATE_LABEL_CELL = new RegExp(String.raw`^${DATE_LABEL}\s*:?$`, "i");
    LABELS = [
      // "Meeting: Lumora Payments <> Tessara Log\u00edstica \u2013 Partnership Discovery", as meeting reports head themselves.
      ["title", /^(?:meeting|meeting title|meeting name|title)\s?:\s*(\S.*)$/i],
      ["date", new RegExp(String.raw`^${DATE_LABEL}\s?:\s*(\S.*)$`, "i")],
      ["time", /^(?:time|times|start time|meeting time)\s?:\s*(\S.*)$/i],
      ["location", /^(?:location|venue|where|place|meeting place|meeting location|room)\s?:\s*(\S.*)$/i]
    ];
    OTHER_LANGUAGE_TITLE_WORD = /(?:^|\s)(?:cyngor|cymuned|cofnodion|pwyllgor|cyfarfod|bwrdd|tref|municipalit\u00e9|conseil|proc\u00e8s-verbal|s\u00e9ance|comit\u00e9|ville)(?=\s|$)/i;
    HELD = /^(?:the meeting was |this meeting was |meeting )?held (?:at|in|via|on|over|by) (\S.*)$/i;
    AFTER_PLACE = /\s(?:on|at|from)\s(?=(?:mon|tue|wed|thu|fri|sat|sun|\d))|,\s(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[.:]\d{2}|\d{1,2}\s?[ap]\.?m\b|\d{1,2}[/.]\d{1,2}[/.]\d|\d{4}-\d)/i;
  }
});

// src/parse/header.ts
function minutesStart(lines, order) {
  const start = mailHeaderLines(lines);
  if (start >= lines.length || !GREETING.test(lines[start].text)) return start;
  for (let i = start + 1; i <= start + COVERING_NOTE_LINES && i < lines.length; i++) {
    if (lines[i].blockStart && SIGN_OFF.test(lines[i].text)) return i + 1;
  }
  for (let i = start + 1; i <= start + COVERING_NOTE_LINES && i < lines.length; i++) {
    if (lines[i].blockStart && findDate(lines[i].text, { order, reference: "2000-01-01" })) return i;
  }
  return start;
}
function mailHeaderLines(lines) {
  let end = 0;
  if (lines.length > 1 && /^from:\s/i.test(lines[0].text) && MAIL_HEADER.test(lines[1].text)) {
    while (end < lines.length && MAIL_HEADER.test(lines[end].text)) end++;
  }
  return end;
}
function mailSentDate(lines, order) {
  for (const line of lines.slice(0, mailHeaderLines(lines))) {
    const sent = /^(?:sent|date):\s/i.test(line.text) ? findDate(line.text, { order }) : null;
    if (sent?.hasYear) return sent.iso;
  }
  return null;
}
function extractHeader(source, stop, order) {
  const start = Math.min(minutesStart(source.lines, order), stop);
  const head = source.lines.slice(start, Math.min(stop + 1, start + HEADER_LINES2)).flatMap((line, index) => headerPart(line, start + index < stop));
  const front = source.frontMatter;
  const dateFromFront = frontDate(front.date, order);
  const frontTitleText = typeof front.title === "string" ? front.title.trim() : "";
  let dateIn = dateFinder(order);
  const frontTitleDate = frontTitleText ? dateIn(frontTitleText) : null;
  let dateIndex = dateLineIndex(head, dateIn);
  const postedOn = dateIndex < 0 ? dateFromFront ?? mailSentDate(source.lines, order) ?? (frontTitleDate ? null : lastDayOfNamedYear(head)) : null;
  if (postedOn) {
    dateIn = dateFinder(order, postedOn);
    dateIndex = dateLineIndex(head, dateIn);
  }
  const dateLine = dateIndex >= 0 ? head[dateIndex] : null;
  const ownDate = (dateLine ? dateIn(dateLine.text).iso : null) ?? frontTitleDate?.iso ?? null;
  const date = ownDate ?? dateFromFront ?? fallbackDate(source, order);
  const h1 = topHeading(source.lines, stop);
  const frontTitlePart = frontTitleText ? titlePart({ ...head[0], text: frontTitleText, cells: null }, true, dateIn) : null;
  const frontTitle = frontTitlePart && (frontTitleDate ? frontTitlePart : frontTitleText);
  const labelled = headerFields(head);
  const labelledTitle = labelled.title ? titlePart({ ...head[0], text: labelled.title, cells: null }, true, dateIn) : null;
  const title = frontTitle ?? labelledTitle ?? (h1 ? withBodyLines(titlePart(h1, true, dateIn), head, h1, dateIndex, dateIn) : null) ?? titleFrom(head, dateIndex, dateIn);
  const dateSentence = dateLine ? withWrappedLines(head, dateIndex, dateLine.text, 1, (text3) => SENTENCE_END5.test(text3)) : null;
  const timeText = labelled.time ?? (dateSentence ?? [...head.map((line) => line.text), ...frontTitleDate ? [frontTitleText] : []].join(" "));
  return {
    title,
    date,
    time: readTime(timeText) ?? (labelled.time ? readClock(labelled.time) : clockAfterDate(dateLine?.text ?? (frontTitleDate ? frontTitleText : ""), dateIn)),
    location: labelled.location ?? readLocation(head, dateIndex, dateIn, title),
    dateLine: ownDate === null && dateFromFront ? 0 : dateLine?.line ?? null,
    overriddenFrontDate: ownDate !== null && dateFromFront !== null && dateFromFront !== ownDate ? dateFromFront : null
  };
}
function withBodyLines(title, head, h1, dateIndex, dateIn) {
  const from = head.indexOf(h1);
  if (title === null || from < 0 || dateIndex <= from) return title;
  const parts = [title];
  for (let i = from + 1; i < dateIndex; i++) {
    const line = head[i];
    if (!(line.kind === "heading" || MINUTES_OF_BODY.test(line.text) || TRAILING_KIND.test(line.text) || / meeting$/i.test(line.text))) continue;
    const part = titlePart(line, false, dateIn);
    if (part && !parts.some((p) => fold(p).includes(fold(part)))) parts.push(part);
  }
  return parts.join(" ");
}
function topHeading(lines, stop) {
  for (let i = 0; i < stop && i < lines.length; i++) if (lines[i].kind === "heading" && lines[i].depth === 1) return lines[i];
  return void 0;
}
function dateFinder(order, before = null) {
  const seen = /* @__PURE__ */ new Map();
  return (text3) => {
    let date = seen.get(text3);
    if (date === void 0) {
      date = findDate(text3, { order, before });
      seen.set(text3, date);
    }
    return date;
  };
}
function dateLineIndex(head, dateIn) {
  return head.findIndex((line) => dateIn(line.text) !== null && (!line.cells || isLabelRow(line)));
}
function lastDayOfNamedYear(head) {
  const years = new Set(head.flatMap((line) => line.text.match(YEAR) ?? []));
  return years.size === 1 ? `${[...years][0]}-12-31` : null;
}
function isLabelRow(line) {
  const filled = line.cells.filter((cell) => cell !== "" && cell !== ":");
  return filled.length === 2 && isDateLabel(filled[0]);
}
function headerPart(line, beforeStop) {
  const capital = line.cells ? null : findLabelInLine(line.text);
  if (beforeStop && !capital) return [line];
  return capital && capital.index > 0 ? [{ ...line, text: line.text.slice(0, capital.index).trim() }] : [];
}
function frontDate(value2, order) {
  if (value2 instanceof Date && !Number.isNaN(value2.getTime())) return value2.toISOString().slice(0, 10);
  if (typeof value2 === "string") return findDate(value2, { order })?.iso ?? null;
  return null;
}
function fallbackDate(source, order) {
  for (const line of source.lines.slice(0, 25)) {
    if ((line.kind === "heading" || /\b(?:held|meeting)\b/i.test(line.text)) && !/\b(?:previous|last|next|earlier|prior)\b/i.test(line.text)) {
      const date = findDate(line.text, { order });
      if (date) return date.iso;
    }
  }
  return null;
}
function titleFrom(head, dateIndex, dateIn) {
  const parts = [];
  const end = dateIndex >= 0 ? dateIndex + 1 : Math.min(head.length, 3);
  let inHeldClause = false;
  for (let i = 0; i < end; i++) {
    if (head[i].blockStart) inHeldClause = false;
    if (inHeldClause) continue;
    if (HELD_AT.test(head[i].text)) inHeldClause = true;
    if (i > 0 && i !== dateIndex && parts.length > 0 && isNoteLine(head[i].text)) continue;
    if (i === dateIndex && parts.length > 0 && opensWithDate(head[i].text, dateIn)) continue;
    const part = titlePart(head[i], i === dateIndex, dateIn);
    if (!part || parts.length > 0 && (KIND_OF_MEETING.test(part) || MEETING_OF_THE_BODY.test(part))) continue;
    const meetingOf = MEETING_OF.exec(part);
    if (meetingOf && parts.some((p) => fold(p).includes(fold(part.slice(meetingOf[0].length))))) continue;
    if (parts.some((p) => fold(p).includes(fold(part)))) continue;
    if (!head[i].blockStart && startsLowerCase(part)) continue;
    parts.push(part);
  }
  const english = parts.filter((part) => !OTHER_LANGUAGE_TITLE_WORD.test(part));
  if (english.length > 0 && english.length < parts.length) parts.splice(0, parts.length, ...english);
  const below = parts.length === 0 && dateIndex >= 0 ? head[dateIndex + 1] : void 0;
  const under = below && !isNoteLine(below.text) ? titlePart(below, false, dateIn) : null;
  if (under) parts.push(under);
  const title = parts.join(" ").trim();
  return title === "" ? null : title;
}
function opensWithDate(text3, dateIn) {
  const date = dateIn(text3);
  return date !== null && /^(?:(?:[a-z]+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)?[\s,]*$/i.test(text3.slice(0, date.index));
}
function titlePart(line, isDateLine, dateIn) {
  let text3 = line.text;
  if (line.cells) return null;
  if (isDateLine) {
    const date = dateIn(text3);
    if (date && /\/\s*(?:[a-z]+day,?\s*)?$/i.test(text3.slice(0, date.index))) return null;
    const before = date ? text3.slice(0, date.index).replace(WEEKDAY, "").replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s?$/i, "").replace(/^[\s,\u2013\u2014|-]+|[\s,@\u2013\u2014|-]+$/g, "") : text3;
    const after = date ? withoutTime(text3.slice(date.index + date.length)).replace(CLOCK_AFTER_DATE, "") : "";
    text3 = date && before === "" ? after.replace(/^[\s,\u2013\u2014|-]*(?:(?:at|from|on)(?:\s|$))?[\s,\u2013\u2014|-]*/i, "") : before;
  }
  const minutesOf = MINUTES_OF.exec(lowerCaseForMatching(text3));
  if (minutesOf && minutesOf[0].length > 0) {
    text3 = text3.slice(minutesOf[0].length).replace(/\s+(?:meeting\s+)?(?:held|on|at)\b.*$/i, "").replace(/\s+meeting$/i, "").replace(/\s+of the company$/i, "");
    if (/^[\s,\u2013\u2014-]*(?:meeting|the meeting|discussion|proceedings)?[\s,\u2013\u2014-]*$/i.test(text3)) return null;
    if (/^[a-z]+$/.test(text3)) return null;
  } else if (isDateLine) {
    text3 = text3.replace(/\bminutes\b/gi, "").replace(/\b(?:held )?on\s*$/i, "");
  }
  if (text3.startsWith("#")) text3 = text3.replace(/^#[\w.-]+:\s*/, "");
  text3 = text3.replace(HELD_AT, "");
  text3 = text3.replace(TRAILING_KIND, "").replace(/\s*\(\s*\)?$/, "").replace(/\s(?:date|time|venue)$/i, "").replace(/\s(?:[\u2013\u2014-]\s)?(?:ordinary|extraordinary|regular|special)(?:\smeeting)?$/i, "");
  text3 = text3.replace(TRAILING_DAY_AND_MONTH, "");
  text3 = text3.replace(/\s*[\u2013\u2014-]\s*$/, "").replace(/^[\s,\u2013\u2014\u2022\u00b7|-]+|[\s,:\u2013\u2014-]+$/g, "");
  const lower = lowerCaseForMatching(text3);
  if (text3.startsWith("(") && text3.endsWith(")")) return null;
  if (text3 === "" || NOISE.test(lower) || REGISTRATION.test(lower) || /^\d/.test(text3) || MONTH_AND_YEAR.test(text3) || MEETING_KIND_ONLY.test(text3) || text3.length > 120 || !/[A-Za-z]/.test(text3)) return null;
  return isShouting(text3) && !LOWER_CASE_WORD.test(line.text) ? titleCase(text3) : text3;
}
function isNoteLine(text3) {
  return /https?:\/\/|\S@\S/.test(text3) || text3.endsWith(".") && text3.split(" ").length >= 6 || /^[A-Z][A-Za-z .]{0,24}:\s/.test(text3);
}
function isShouting(text3) {
  const letters2 = text3.replace(/[^A-Za-z]/g, "");
  return letters2.length > 3 && letters2 === letters2.toUpperCase();
}
function titleCase(text3) {
  return text3.split(/(\s+)/).map((word2, index) => {
    const lower = word2.toLowerCase();
    if (index > 0 && SMALL_WORDS.has(lower)) return lower;
    if (/^(?:ST|MT)$/.test(word2)) return word2[0] + word2[1].toLowerCase();
    if (/^[A-Z]{2,4}$/.test(word2) && !/[AEIOUY]/.test(word2.slice(1))) return word2;
    if (/^\([A-Z]{2,8}\)$/.test(word2)) return word2;
    return lower.replace(WORD_START.for(lower), (_, before, letter) => before + letter.toUpperCase());
  }).join("");
}
function withoutTime(text3) {
  for (const pattern2 of [TIME_RANGE, TIME_SINGLE]) {
    const m = pattern2.exec(lowerCaseForMatching(text3));
    if (m) text3 = text3.slice(0, m.index) + text3.slice(m.index + m[0].length);
  }
  return text3;
}
function readTime(text3) {
  const lower = lowerCaseForMatching(text3);
  const range = TIME_RANGE.exec(lower);
  if (range) {
    const groups = range.groups;
    const endMeridiem = groups.m2 ?? groups.n2;
    const startMeridiem = groups.m1 ?? groups.n1 ?? endMeridiem;
    return { start: toClock(range[1], range[2] ?? "00", startMeridiem), end: toClock(range[5], range[6] ?? "00", endMeridiem) };
  }
  const single = TIME_SINGLE.exec(lower);
  if (!single) return null;
  const start = single[3] ? toClock(single[1], single[2] ?? "00", single[3]) : toClock(single[4], single[5], single.groups?.after);
  return start ? { start, end: null } : null;
}
function readClock(value2) {
  return startAt(LABELLED_CLOCK.exec(value2));
}
function clockAfterDate(text3, dateIn) {
  const date = dateIn(text3);
  return startAt(date ? CLOCK_AFTER_DATE.exec(text3.slice(date.index + date.length)) : null);
}
function startAt(clock) {
  const start = clock ? toClock(clock[1], clock[2], void 0) : null;
  return start ? { start, end: null } : null;
}
function headerFields(head) {
  const fields = {};
  for (const line of head) {
    const text3 = line.cells ? line.cells.filter(Boolean).join(" ") : line.text;
    const found = matchHeaderField(text3);
    if (found) fields[found.field] ??= found.value;
  }
  return fields;
}
function readLocation(head, dateIndex, dateIn, title) {
  if (dateIndex < 0) return null;
  const dateLine = head[dateIndex].text;
  const date = dateIn(dateLine);
  let rest = dateLine.slice(date.index + date.length);
  const wrapped = head[dateIndex + 1];
  if (wrapped && !wrapped.blockStart && !wrapped.cells && !wrapped.text.includes(":") && wrapped.text.length < 60) rest = `${rest} ${wrapped.text}`;
  rest = withoutTime(rest).replace(WEEKDAY, "");
  rest = rest.replace(/^[\s,.;:\u2013\u2014-]*(?:(?:at|in)\s+)?/i, "").replace(/^[\s,.;:\u2013\u2014-]*(?:(?:at|in)\s+)?/i, "").trim();
  const isTitle = title !== null && fold(rest).includes(fold(title));
  if (/[a-z]{3,}/i.test(rest) && !isTitle && !NOISE.test(lowerCaseForMatching(rest)) && !/^(?:meeting|minutes|notes|agenda)\b/i.test(rest)) return rest.replace(/[.,;]$/, "");
  const next = head[dateIndex + 1];
  if (next && !next.cells && !/:/.test(next.text) && !dateIn(next.text) && !matchRollLabel(next.text) && /,|\b(?:room|hall|house|centre|center|chamber|office|library|teams|zoom|online|street|road|building|virtual)\b/i.test(next.text)) {
    return next.text;
  }
  return null;
}
var HEADER_LINES2, MERIDIEM, CLOCK, TIME_RANGE, TIME_SINGLE, CLOCK_AFTER_DATE, SENTENCE_END5, LABELLED_CLOCK, WEEKDAY, MINUTES_OF, MEETING_KIND_ONLY, LOWER_CASE_WORD, MONTH_AND_YEAR, TRAILING_KIND, REGISTRATION, NOISE, GREETING, SIGN_OFF, COVERING_NOTE_LINES, MAIL_HEADER, MINUTES_OF_BODY, YEAR, MEETING_OF_THE_BODY, MEETING_OF, KIND_OF_MEETING, HELD_AT, TRAILING_DAY_AND_MONTH, WORD_START, SMALL_WORDS;
var init_header2 = __esm({
  "src/parse/header.ts"() {
    "use strict";
    init_source();
    init_dates();
    init_attendance();
    init_header();
    init_normalise();
    init_letters();
    HEADER_LINES2 = 12;
    MERIDIEM = "(am|pm|a\\.m\\.|p\\.m\\.)";
    CLOCK = (n) => `(\\d{1,2})(?:[.:](\\d{2})\\s?${MERIDIEM.replace("(", `(?<m${n}>`)}?|\\s?${MERIDIEM.replace("(", `(?<n${n}>`)})`;
    TIME_RANGE = new RegExp(`\\b${CLOCK(1)}\\s?(?:[-\\u2013\\u2014]|to|until)\\s?${CLOCK(2)}`);
    TIME_SINGLE = new RegExp(`\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*${MERIDIEM}|\\b(?:at|from)\\s+(\\d{1,2})[.:](\\d{2})\\b(?:\\s?${MERIDIEM.replace("(", "(?<after>")})?`);
    CLOCK_AFTER_DATE = /^,?\s(\d{1,2}):(\d{2})(?![\d:])/;
    SENTENCE_END5 = /(?:(?<![ap]\.m)\.|[!?])\s*$/i;
    LABELLED_CLOCK = /^(\d{1,2})[.:](\d{2})\b/;
    WEEKDAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=,?\s\d))\b,?/gi;
    MINUTES_OF = /^(?:draft |approved |unconfirmed |confirmed )?(?:minutes?|notes|protocol|proceedings|meeting (?:summary|notes|minutes|recap)|summary|record of (?:the )?decisions(?: taken| made)?)\b(?: (?:of|for|at))?(?: (?:the|a|an))?(?: (?:\d{1,4}(?:st|nd|rd|th) )?(?:meeting|minutes) of(?: the)?)?\s*/;
    MEETING_KIND_ONLY = /^(?:ordinary|extraordinary|annual|special|regular|monthly|date|time|venue|open|closed|public|private|confidential|action|summary|formal)$/i;
    LOWER_CASE_WORD = /(?:^|\s)[a-z]{3,}\b/;
    MONTH_AND_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{4}$/i;
    TRAILING_KIND = /\s(?:meeting\s)?(?:minutes|notes|recap|summary)(?:\sby\s[\w.]+)?$/i;
    REGISTRATION = /\b(?:registered charity|charity (?:no|number)|company (?:no|number)|registration (?:no|number)|registered (?:no|number)|org\.? (?:no|nr|number)|registered in england|strata plan \d+|c\/o|p\.?\s?o\.? box|postboks|p\.m\.b)\b|^(?:certified|established|founded|incorporated|chartered) (?:by |in )?.{0,60}\d{4}$/;
    NOISE = /^(?:draft |approved |unconfirmed |confirmed |public |part [ab12] )?(?:minutes|agenda|notes|meeting notes|confidential|official|not protectively marked|official[- ]sensitive)$|^(?:minutes [\u2013-] )?(?:[a-z]+ )?meeting (?:no\.? ?)?\d{1,3}\/\d{4}(?: \(\w+\))?$|^public document pack$|^[\s-]*(?:draft|unconfirmed|approved|confirmed|confidential)[\s-]*$|^(?:(?:agenda )?item|appendix|annex|enclosure|paper) [a-z\d][\w.]{0,6}$|^(?:f\.\s?no|file\sno|ref(?:erence)?(?:\sno)?)\.?:?\s\S+$|^(?:(?:approved|agreed|confirmed|ratified|signed) (?:by|at|on)|(?:subject to|awaiting) (?:approval|ratification))\b/;
    GREETING = /^(?:hi|hello|dear|good (?:morning|afternoon|evening))\b[^.]{0,40}$/i;
    SIGN_OFF = /^(?:(?:thanks|regards|best|cheers|kind regards|many thanks),?\s)?[A-Z][a-z]+(?: [A-Z][a-z]+)?,?(?: x{1,3})?$/;
    COVERING_NOTE_LINES = 8;
    MAIL_HEADER = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments|message-id|in-reply-to|references|list-id):\s/i;
    MINUTES_OF_BODY = /^(?:draft |approved |unconfirmed |confirmed )?minutes of\s/i;
    YEAR = /(?<![\d.])(?:19|20)\d\d(?![\d.\/-]?\d)/g;
    MEETING_OF_THE_BODY = /^(?:the )?(?:(?:ordinary|extraordinary|annual|regular|special|general|public|monthly|quarterly|full)\s)*meeting of the (?:board|council|committee|trustees|governors|panel)\b/i;
    MEETING_OF = /^(?:(?:ordinary|extraordinary|annual|regular|special|general|public|monthly|quarterly|full)\s)*meeting of (?:the )?/i;
    KIND_OF_MEETING = /^(?:(?:ordinary|extraordinary|annual|special|regular|monthly|general)(?: (?:general|council|board|committee|membership|members'?))?|committee|board|trustees'?|members'?|membership) meeting$|^(?:ordinary|extraordinary|special|regular|monthly) council$|^full council(?: meeting)?$/i;
    HELD_AT = /(?:^|\s)held\s(?:in|at|on|via|by)\b.*$/i;
    TRAILING_DAY_AND_MONTH = /\s[\u2013\u2014-]\s(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?)$/i;
    WORD_START = letterPattern(String.raw`(^|[-(]|^\p{L}['\u2019])(\p{L})`, "gu");
    SMALL_WORDS = /* @__PURE__ */ new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);
  }
});

// src/parse/items.ts
function extractItems(source, rollLines = /* @__PURE__ */ new Set(), opened) {
  const candidates = [];
  for (const line of source.lines) {
    const candidate = rollLines.has(line) ? null : readCandidate(line);
    if (candidate) candidates.push(candidate);
  }
  const agenda = itemsFromTable(source.lines);
  if (candidates.length === 0) return agenda.length > 0 ? agenda : itemsFromTemplate(source.lines, opened);
  const kept = candidates.filter((c) => !isSummarySection(c, source.lines));
  const chosen = minutesAfterAgenda(chooseRun(kept), kept, source.lines);
  if (chosen.length <= 1 && agenda.length >= 2) return agenda;
  if (chosen.length === 1 && /^\d+$/.test(chosen[0].number) && +chosen[0].number > 1) return agenda;
  let next = 0;
  const items2 = [];
  let current = null;
  for (const [index, line] of source.lines.entries()) {
    const candidate = chosen[next];
    if (candidate?.line === line) {
      next++;
      current = { number: candidate.number, title: withWrappedTitle(line, candidate.title, source.lines[index + 1]), line: line.line, subItems: [] };
      items2.push(current);
      opened?.push(line);
      continue;
    }
    if (!current || !line.blockStart || line.cells || !maySubItem(line.text)) continue;
    const sub = SUB_ITEM2.exec(line.text);
    if (sub && looksLikeTitle(sub[4]) && (line.kind !== "item" || line.depth === 0)) {
      current.subItems.push({ number: sub[1] ?? sub[2] ?? sub[3], title: cleanTitle(sub[4]), line: line.line });
    }
  }
  return items2;
}
function chooseRun(candidates) {
  const best = (list) => {
    const byLeading = longestRun(list, leadingReading);
    const byTrailing = longestRun(list, trailingReading);
    return byLeading.length > byTrailing.length ? byLeading : byTrailing;
  };
  const isMinuteNumber = (candidate) => MEETING_AND_MINUTE.test(candidate.number);
  const others = best(candidates.filter((candidate) => !isMinuteNumber(candidate)));
  const minutes = candidates.filter(isMinuteNumber);
  if (minutes.length < MIN_MINUTE_RUN) return others;
  const run2 = best(minutes);
  const meeting = run2[0]?.number.split(".")[0];
  const ownItem = candidates.some((candidate) => candidate.number === meeting || candidate.number === `${meeting}.0`);
  return run2.length >= MIN_MINUTE_RUN && run2.length > others.length && !ownItem ? run2 : others;
}
function minutesAfterAgenda(run2, candidates, lines) {
  if (run2.length < MIN_MINUTE_RUN || !isCompact(run2, lines)) return run2;
  const end = lines.indexOf(run2[run2.length - 1].line);
  const later = chooseRun(candidates.filter((candidate) => lines.indexOf(candidate.line) > end && !run2.includes(candidate)));
  return later.length >= MIN_MINUTE_RUN && !isCompact(later, lines) && familyOf(later[0].number) !== familyOf(run2[0].number) ? later : run2;
}
function isCompact(run2, lines) {
  const at = run2.map((candidate) => lines.indexOf(candidate.line));
  return at.every((index, i) => i === 0 || index === at[i - 1] + 1);
}
function mayBeNumbered(text3) {
  const first = text3.charCodeAt(0);
  if (isDigit4(first)) return true;
  if (!isAsciiLetter(first)) return false;
  if (ROMAN_OR_WORD_START.includes(String.fromCharCode(first | 32))) return true;
  for (let k = 1; k <= 9; k++) {
    const code = text3.charCodeAt(k);
    if (code === 47 || code === 46 && k > 1 && isDigit4(text3.charCodeAt(k + 1))) return true;
    if (!isAsciiLetter(code) && !isDigit4(code) && !(code === 32 && isDigit4(text3.charCodeAt(k + 1)))) return false;
  }
  return false;
}
function isDigit4(code) {
  return code >= 48 && code <= 57;
}
function isAsciiLetter(code) {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}
function maySubItem(text3) {
  const first = text3.charCodeAt(0);
  const second = text3.charCodeAt(1);
  return first === 40 || second === 46 || second === 41 || isDigit4(first);
}
function readCandidate(line) {
  if (!line.blockStart && !(isDigit4(line.text.charCodeAt(0)) && /^\d{1,3}\.\s/.test(line.text) && line.text.length <= 90 && !/\.$/.test(line.text))) return null;
  if (line.kind === "item" && !/\d/.test(line.marker ?? "")) return null;
  let text3 = line.kind === "item" && line.marker && /\d/.test(line.marker) ? `${line.marker} ${line.text}` : line.text;
  if (line.cells) {
    if (/^\S+[.:)]?\s\S/.test(line.cells[0]) && !/^[A-Za-z]{2,5} \d{2}\/\d{1,3}$/.test(line.cells[0])) text3 = line.cells[0];
    else if (line.cells.filter(Boolean).length > 2) return null;
  }
  if (!mayBeNumbered(text3)) return null;
  const space = text3.indexOf(" ");
  if (space > 0 && text3.charCodeAt(space + 1) === 91) text3 = text3.replace(/^(\S+\s)(?:\[\d{1,3}\]|\[@?[\w.-]{1,39}\]\s)/, "$1");
  const m = NUMBERED2.exec(text3);
  if (!m || /^[a-z]+ \d/i.test(m[1]) && !/^[A-Z](?:[A-Za-z]*[A-Z])? /.test(m[1])) return null;
  const label = matchRollLabel(m[2]);
  const title = label && !label.bare && label.after ? m[2].slice(0, m[2].length - label.after.length).replace(/[\s:\u2013\u2014-]+$/, "") : m[2];
  if (!(looksLikeTitle(title) || line.kind === "heading" && LOWER_CASE_NAME.test(title)) || DATE_TITLE.test(m[2]) || GENERATED_SUMMARY.test(m[2]) || DATE_NUMBER.test(m[1]) && !MINUTE_PREFIX.test(text3)) return null;
  const numberEnd = text3.indexOf(m[1]) + m[1].length;
  const punctuated = /[.:)\u2013\u2014-]/.test(text3.slice(numberEnd, numberEnd + 2)) || numberEnd > m[1].length;
  if (!punctuated && !line.cells && line.kind !== "heading" && !/[/.]/.test(m[1]) && !/\s{2,}|\t/.test(text3)) {
    if (!/^\d+\s+[A-Z]/.test(text3) || text3.length > 90) return null;
  }
  return { number: m[1], title: cleanTitle(title), line, ordinal: ordinalOf(m[1]) };
}
function itemsFromTable(lines) {
  const items2 = [];
  let column = -1;
  for (const line of lines) {
    if (!line.cells) {
      if (line.blockStart) column = -1;
      continue;
    }
    if (column < 0) {
      column = line.cells.findIndex((cell2) => ITEM_COLUMN.test(cell2));
      continue;
    }
    const cell = line.cells[column]?.trim();
    if (!cell || /^-+$/.test(cell)) continue;
    const numbered = NUMBERED2.exec(cell);
    items2.push({ number: numbered ? numbered[1] : null, title: cleanTitle(numbered ? numbered[2] : cell), line: line.line, subItems: [] });
  }
  return items2;
}
function itemsFromTemplate(lines, opened) {
  const items2 = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].cells;
    const title = lines[i - 1];
    if (!cells || !TOPIC_DETAILS.test(cells[0]) || !cells.slice(1).some((cell) => TOPIC_DETAILS.test(cell)) || title.cells || !looksLikeTitle(title.text)) continue;
    items2.push({ number: null, title: cleanTitle(title.text), line: title.line, subItems: [] });
    opened?.push(title);
  }
  return items2;
}
function isSummarySection(candidate, lines) {
  if (!/^(?:resolutions|action items|actions)$/i.test(candidate.title)) return false;
  const next = lines[lines.indexOf(candidate.line) + 1];
  return next !== void 0 && /^(?:action|resolution) #?\d/i.test(next.text);
}
function looksLikeTitle(text3) {
  if (text3.length > 160) return false;
  if (!TITLE_OPENING.test(text3)) return false;
  return !(text3.length > 80 && /\.$/.test(text3));
}
function cleanTitle(title) {
  return title.replace(/\s*:$/, "").trim();
}
function withWrappedTitle(line, title, next) {
  if (!next || next.kind !== "text" || next.blockStart || next.cells || !line.text.endsWith(title)) return title;
  const inCapitals = line.text.length >= CAPITALS_WRAP_WIDTH && isCapitals(title) && isCapitals(next.text) && next.text.length < title.length;
  return endsMidPhrase(title) || inCapitals || line.text.length >= WRAP_WIDTH2 && startsLowerCase(next.text) ? `${title} ${next.text}` : title;
}
function ordinalOf(number) {
  if (/^\d+$/.test(number)) return +number;
  if (ROMAN2.test(number)) return romanValue(number);
  const last = /(\d+)$/.exec(number);
  return last ? +last[1] : null;
}
function romanValue(roman2) {
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman2.length; i++) {
    const value2 = values[roman2[i]];
    const next = values[roman2[i + 1]] ?? 0;
    total += value2 < next ? -value2 : value2;
  }
  return total > 0 ? total : null;
}
function longestRun(candidates, reading) {
  const best = /* @__PURE__ */ new Map();
  let winner = null;
  for (const candidate of candidates) {
    const { family, ordinal } = reading(candidate);
    if (ordinal === null) continue;
    const previous = best.get(`${family}:${ordinal - 1}`) ?? null;
    const run2 = { length: (previous?.length ?? 0) + 1, candidate, previous };
    const key2 = `${family}:${ordinal}`;
    if ((best.get(key2)?.length ?? 0) < run2.length) best.set(key2, run2);
    if (!winner || run2.length > winner.length) winner = run2;
  }
  const chain = [];
  for (let run2 = winner; run2; run2 = run2.previous) chain.push(run2.candidate);
  return chain.reverse();
}
function trailingReading(candidate) {
  return { family: familyOf(candidate.number), ordinal: candidate.ordinal };
}
function leadingReading(candidate) {
  const m = /^([A-Z]{0,4}\.?)(\d{1,4})\/((?:[A-Z]{1,8}\/){0,3}\d{2,4}(?:\/\d{2,4})?)$/i.exec(candidate.number);
  return m ? { family: `${m[1]}#/${m[3]}`, ordinal: +m[2] } : trailingReading(candidate);
}
function familyOf(number) {
  if (/^\d+$/.test(number)) return "n";
  if (ROMAN2.test(number)) return "r";
  return number.replace(/\d+$/, "#");
}
var NUMBERED2, ITEM_COLUMN, GENERATED_SUMMARY, DATE_TITLE, MINUTE_PREFIX, DATE_NUMBER, SUB_ITEM2, ROMAN2, MEETING_AND_MINUTE, MIN_MINUTE_RUN, ROMAN_OR_WORD_START, TOPIC_DETAILS, LOWER_CASE_NAME, TITLE_OPENING, WRAP_WIDTH2, CAPITALS_WRAP_WIDTH, isCapitals;
var init_items = __esm({
  "src/parse/items.ts"() {
    "use strict";
    init_attendance();
    init_letters();
    init_normalise();
    NUMBERED2 = /^(?:(?:agenda\s)?item\s(?:no\.?\s)?(?=\d)|(?:minute|min\.?|top|case)\s(?=\d))?((?<=item\s(?:no\.?\s)?)\d{1,3}\.\d{1,2}|(?:[A-Z]{1,6}\/)?\d{1,4}(?:\/\d{1,4}){0,2}|[A-Z]{1,4}\.?\d{2,4}\/\d{1,4}|[A-Z]{2,4} \d{4}\/\d{2}\/\d{2}|[A-Z]{2,5} \d{2}\/\d{1,3}|[A-Z]{1,4}\.\d{2}\.\d{1,3}|[A-Z]{2,5}\.\d{1,3}|\d{4}\.\d{1,3}|\d{2}\.\d{2}|\d{1,3}\.\d{1,2}|\d{1,4}(?:\/[A-Z]{1,8}){1,3}\/\d{2,4}|[IVXLC]{1,6})(?:[.:)]|\s?[\u2013\u2014-](?=\s))?\s(\S.*)$/i;
    ITEM_COLUMN = /^(?:agenda\s)?(?:item|topic|subject|discussion item)s?$/i;
    GENERATED_SUMMARY = /^summary of (?:action items|actions|resolutions|decisions)$/i;
    DATE_TITLE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s\d{2,4}\b/i;
    MINUTE_PREFIX = /^min(?:ute)?\.?\s/i;
    DATE_NUMBER = /^\d{1,4}\/\d{1,2}\/(?:19|20)\d{2}$/;
    SUB_ITEM2 = /^(?:\(([a-z]{1,3}|\d{1,2})\)|([A-Za-z])[.)]|(\d{1,3}\.\d{1,2})\.?)\s+(\S.*)$/;
    ROMAN2 = /^[IVXLC]+$/;
    MEETING_AND_MINUTE = /^\d{1,3}\.\d{1,2}$/;
    MIN_MINUTE_RUN = 3;
    ROMAN_OR_WORD_START = "ivxlcamt";
    TOPIC_DETAILS = /^(?:time allotted|time|duration|presenter|presented by|lead)$/i;
    LOWER_CASE_NAME = /^[a-z][\w.]*-[\w.-]+/;
    TITLE_OPENING = letterPattern(String.raw`^[\p{Lu}\d"'\u2018\u201c(]`, "u");
    WRAP_WIDTH2 = 70;
    CAPITALS_WRAP_WIDTH = 60;
    isCapitals = (text3) => /[A-Z]{2}/.test(text3) && text3 === text3.toUpperCase();
  }
});

// src/parse/locate.ts
function locateItems(items2) {
  const starts = items2.map((item) => item.line);
  return (line) => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = low + high >> 1;
      if (starts[mid] <= line) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 ? items2[found].number : null;
  };
}
var init_locate = __esm({
  "src/parse/locate.ts"() {
    "use strict";
  }
});

// src/parse/people.ts
function extractPeople(source) {
  const people = { attendees: [], apologies: [], sections: [], duplicates: [], unread: [], entryLines: /* @__PURE__ */ new Set(), unableToAttend: /* @__PURE__ */ new Set() };
  const lines = source.lines;
  labels = [];
  surnameFirstRolls = lines.filter((line) => SURNAME_FIRST_LINE.test(line.text)).length >= 2;
  rollHeader = null;
  const officeHolders = [];
  const invited = [];
  for (let i = 0; i < lines.length; i++) {
    const office = lines[i].kind !== "heading" ? officeOf(lines[i]) ?? (anyOffice(lines[i - 1]) || anyOffice(lines[i + 1]) ? matchOfficeAmongOffices(lines[i].text) : null) : null;
    if (office) {
      for (const person2 of parseInlineList(office.rest, lines[i].line)) officeHolders.push({ ...person2, role: person2.role ?? office.role });
      continue;
    }
    let label = readLabel(lines[i]);
    if (label && i > 0 && !lines[i].blockStart && VOTE_TALLY.test(lines[i - 1].text)) continue;
    const absentNote = label?.kind === "attendees" && label.inline.endsWith(")") ? ABSENT_IN_BRACKET.exec(label.inline) : null;
    if (label && absentNote) {
      addList(people, "apologies", parseInlineList(absentNote[1].replace(HANDLE_AFTER_NAME, " ($1)"), lines[i].line));
      label = { ...label, inline: label.inline.slice(0, absentNote.index) };
    }
    if (label) {
      for (; label.then; label = label.then) {
        people.sections.push({ kind: label.kind, line: lines[i].line, index: i });
        addList(people, label.kind, parseInlineList(label.inline, lines[i].line));
      }
      people.sections.push({ kind: label.kind, line: lines[i].line, index: i });
      const found = [];
      const absent = [];
      const invitation = label.kind === "attendees" && isInvitationLabel(lines[i].text);
      i = readSection(lines, i, label, found, people.unread, people.entryLines, absent) - 1;
      if (invitation) invited.push(...found);
      else addList(people, label.kind, found);
      addList(people, "apologies", absent);
      continue;
    }
    if (lines[i].kind !== "heading") readSentences(lines, i, people);
  }
  for (const roll of frontMatterRolls(source)) addList(people, roll.kind, roll.people);
  if (people.attendees.length === 0) addList(people, "attendees", invited);
  const unlabelled = findUnlabelledRoll(lines, people.entryLines);
  if (unlabelled.length > 0) people.attendees.unshift(...unlabelled);
  assignOffices(people, officeHolders);
  labels = [];
  const attendees = dedupe(people.attendees).filter((person2) => !people.unableToAttend.has(fold(person2.name)));
  const apologies = dedupe(people.apologies);
  for (const late of lateArrivals(lines, apologies)) {
    apologies.splice(apologies.indexOf(late), 1);
    attendees.push(late);
  }
  if (attendees.length > 0) attendees.push(...joinedUnlisted(lines, [...attendees, ...apologies]));
  namesFromLegend(lines, [...attendees, ...apologies]);
  return { ...people, attendees, apologies };
}
function frontMatterRolls(source) {
  const rolls = [];
  for (const [key2, value2] of Object.entries(source.frontMatter)) {
    const entries = (Array.isArray(value2) ? value2 : [value2]).filter((entry) => typeof entry === "string");
    const label = entries.length > 0 && key2.length <= 30 ? matchRollLabel(`${key2[0].toUpperCase()}${key2.slice(1)}:`) : null;
    if (!label || label.rest !== "") continue;
    const at = new RegExp(`^${key2.replace(/[^\w -]/g, "\\$&")}\\s*:`, "m").exec(source.text);
    const line = at ? source.text.slice(0, at.index).split("\n").length : 1;
    const people = entries.flatMap((entry) => parseInlineList(entry.trim().replace(PAGE_LINK2, "$1"), line));
    rolls.push({ kind: label.kind, people });
  }
  return rolls;
}
function joinedUnlisted(lines, listed) {
  const joined = [];
  const surnames = new Set(listed.map((person2) => surnameOf(person2.name)));
  for (const line of lines) {
    const m = line.kind === "text" && !line.cells && (line.text.includes(" joined") || line.text.includes(" arrived")) ? JOINED_LATE.exec(line.text) : null;
    const person2 = m && isPersonalName(stripHonorifics(m[1])) ? parsePersonEntry(`${m[1]}${m[2] ?? ""}`, line.line) : null;
    if (person2 && !surnames.has(surnameOf(person2.name))) {
      joined.push(person2);
      surnames.add(surnameOf(person2.name));
    }
  }
  return joined;
}
function namesFromLegend(lines, people) {
  if (!people.some((person2) => person2.handle !== null && person2.name === person2.handle.slice(1))) return;
  const names = /* @__PURE__ */ new Map();
  let columns = null;
  for (const line of lines) {
    if (!line.cells) {
      columns = null;
      continue;
    }
    const header = line.cells.map((cell) => cell.toLowerCase());
    const handle = header.findIndex((cell) => HANDLE_COLUMN.test(cell));
    const name2 = header.findIndex((cell) => /^(?:full )?name$/.test(cell));
    if (handle >= 0 && name2 >= 0) columns = { handle, name: name2 };
    else if (columns && line.cells[columns.handle]?.startsWith("@") && line.cells[columns.name]) names.set(line.cells[columns.handle].slice(1).toLowerCase(), line.cells[columns.name]);
  }
  for (const person2 of people) {
    const named = person2.handle !== null && person2.name === person2.handle.slice(1) ? names.get(person2.name.toLowerCase()) : void 0;
    if (named) person2.name = named;
  }
}
function surnameOf(name2) {
  return fold(name2.slice(name2.lastIndexOf(" ") + 1));
}
function lateArrivals(lines, absent) {
  if (absent.length === 0) return [];
  const late = /* @__PURE__ */ new Set();
  for (const line of lines) {
    if (line.kind === "heading" || line.cells || !line.text.includes(" arrived") && !line.text.includes(" joined the meeting")) continue;
    for (const m of line.text.matchAll(ARRIVED)) {
      const named = fold(stripHonorifics(m[1].replace(/^Member /, "")));
      const person2 = absent.find((p) => fold(p.name) === named || fold(p.name).endsWith(` ${named}`));
      if (person2) late.add(person2);
    }
  }
  return [...late];
}
function addList(people, kind, found) {
  const seen = /* @__PURE__ */ new Set();
  for (const person2 of found) {
    const key2 = fold(person2.name);
    if (seen.has(key2)) people.duplicates.push(person2);
    seen.add(key2);
  }
  addAll(people[kind], found);
}
function readSentences(lines, index, people) {
  const line = lines[index];
  const text3 = line.text;
  if (!hasPeopleCue(line)) return;
  const apologies = APOLOGY_CUE.test(text3) ? apologySentence(text3) : null;
  if (apologies !== null) {
    people.sections.push({ kind: "apologies", line: line.line, index });
    const taken = [];
    const unable = !APOLOGY_WORD.test(text3);
    const found = parseInlineList(stripCommentary(firstSentence(unable ? apologies : withWrappedList(lines, index, apologies, taken))), line.line);
    if (unable) for (const person2 of found) people.unableToAttend.add(fold(person2.name));
    addAll(people.apologies, found);
    for (const wrapped of taken) people.entryLines.add(wrapped);
  }
  const onLeave = text3.includes(" leave of absence") ? ON_LEAVE.exec(text3) : null;
  if (onLeave) addAll(people.apologies, parseInlineList(onLeave[1], line.line));
  const deputy = text3.includes(" represented by ") ? REPRESENTED_BY.exec(text3) : null;
  if (deputy) addAll(people.attendees, parseInlineList(deputy[1], line.line));
  if (!ATTENDANCE_CUE.test(text3)) return;
  for (let rest = text3, m = ATTENDANCE_SENTENCE.exec(rest); m; rest = rest.slice(m.index + m[0].length), m = ATTENDANCE_SENTENCE.exec(rest)) {
    people.sections.push({ kind: "attendees", line: line.line, index });
    addAll(people.attendees, parseInlineList(stripCommentary(m[1] ?? m[2]), line.line));
  }
}
function apologySentence(text3) {
  if (!APOLOGY_WORD.test(text3)) return text3.includes(" to attend") ? UNABLE_TO_ATTEND.exec(text3)?.[1] ?? null : null;
  const sentence = APOLOGY_SENTENCE.exec(lowerCaseForMatching(text3));
  if (sentence) return withoutLateness(text3.slice(text3.length - (sentence[1] ?? sentence[2]).length)).replace(BE_ACCEPTED, ".");
  const sent = SENT_APOLOGIES.exec(text3);
  return sent ? sent[1] : null;
}
function withoutLateness(list) {
  return FOR_LATENESS.test(list) ? list.split(",").filter((piece) => !FOR_LATENESS.test(piece)).join(",") : list;
}
function withWrappedList(lines, index, list, taken) {
  return withWrappedLines(lines, index, list, MAX_WRAPPED_LINES2, (text3) => /[.!?]\s*$/.test(text3) && !endsWithTitle(text3) || firstSentence(text3) !== text3.trim(), taken);
}
function stripCommentary(text3) {
  const who = WHO.exec(text3) ?? REASON.exec(text3);
  return who ? trimSeparators(text3.slice(0, who.index)) : text3;
}
function assignOffices(people, holders) {
  if (holders.length === 0) return;
  const byName = new Map(people.attendees.map((person2) => [fold(person2.name), person2]));
  const absent = new Set(people.apologies.map((person2) => fold(person2.name)));
  const noRoll = people.attendees.length === 0;
  for (const holder of holders) {
    const key2 = fold(holder.name);
    const listed = byName.get(key2) ?? people.attendees.find((person2) => person2.handle !== null && fold(person2.handle.replace(/^@/, "")) === key2.replace(/^@/, ""));
    if (listed) listed.role ??= holder.role;
    else if (!key2.includes(" ") && people.attendees.filter((person2) => fold(person2.name).split(" ")[0] === key2).length === 1) continue;
    else if (!absent.has(key2) && (people.sections.some((section) => section.kind === "attendees") || noRoll)) {
      const after = people.attendees.findIndex((person2) => person2.line > holder.line);
      people.attendees.splice(after < 0 ? people.attendees.length : after, 0, holder);
      byName.set(key2, holder);
    }
  }
}
function cellWrappedUnder(lines, index, row2) {
  const cells = [...row2];
  let k = index + 1;
  for (; k < lines.length && !lines[k].blockStart && !lines[k].cells && lines[k].columns?.length === 2 && lines[k].columns[0] === ""; k++) {
    cells[cells.length - 1] = `${cells[cells.length - 1]} ${lines[k].columns[1]}`;
  }
  return k > index + 1 ? { cells, lines: k - index - 1 } : null;
}
function addressOf(address, name2) {
  const local = address.slice(0, address.indexOf("@")).toLowerCase().replace(/[^a-z]/g, "");
  const words2 = fold(name2).split(" ").map((word2) => word2.replace(/[^a-z]/g, "")).filter(Boolean);
  return words2.length > 1 && (local === words2.join("") || local === words2[0][0] + words2[words2.length - 1]);
}
function findUnlabelledRoll(lines, read) {
  for (let i = 0; i < Math.min(lines.length, UNLABELLED_ROLL_LINES); i++) {
    const line = lines[i];
    if (line.kind === "heading" && i > 0) break;
    if (line.kind !== "text" || line.cells || read.has(line) || readLabel(line)) continue;
    const people = rollLine(line);
    if (people.length < UNLABELLED_ROLL_MIN) continue;
    for (let j = i + 1; j < lines.length && !lines[j].blockStart; j++) people.push(...rollLine(lines[j], 1));
    return people;
  }
  return [];
}
function rollLine(line, minimum = UNLABELLED_ROLL_MIN) {
  const entries = splitTopLevel(line.text.replace(/[.,]$/, ""), LIST_SEPARATOR);
  if (entries.length < minimum) return [];
  const people = [];
  let misses = 0;
  for (const entry of entries) {
    const person2 = parsePersonEntry(entry, line.line, null, { loneNames: false });
    if (person2 && !person2.role && !person2.organisation) people.push(person2);
    else if (++misses * 10 > entries.length) return [];
  }
  return people.length * 10 >= entries.length * 9 ? people : [];
}
function readLabel(line) {
  return lineFacts(line).label;
}
function hasPeopleCue(line) {
  return lineFacts(line).cue;
}
function lineFacts(line) {
  let facts = labels[line.line];
  if (facts?.line !== line) {
    const cue = PEOPLE_CUE.test(line.text);
    facts = { line, label: findLabel(line, cue), cue };
    labels[line.line] = facts;
  }
  return facts;
}
function findLabel(line, cue) {
  if (line.cells && line.cells.length > 2) {
    const label2 = matchRollLabel(line.cells[0]);
    return label2 && label2.after === "" ? { kind: label2.kind, inline: line.cells.slice(1).filter(Boolean).join(", ") } : null;
  }
  const cellLabel = line.cells?.length === 2 ? matchRollLabel(line.cells[0]) : null;
  if (cellLabel && cellLabel.after === "") return labelOf({ kind: cellLabel.kind, rest: listSentence(line.cells[1]), bare: false, after: line.cells[1] });
  const lowerItemLabel = (line.kind === "item" || line.kind === "text") && LOWER_LABEL.test(line.text) ? matchRollLabel(`${line.text[0].toUpperCase()}${line.text.slice(1)}`) : null;
  const label = matchRollLabel(line.text) ?? lowerItemLabel ?? (line.kind === "heading" || !cue ? null : findLabelInLine(line.text)?.label ?? null);
  if (label) return labelOf(label);
  if ((line.kind === "heading" || ITEM_NUMBER2.test(line.text)) && line.text.length < 60) {
    const title = /^(?:\d{1,3}[.:)]?\s+|[IVX]{1,5}[.:)]\s+)?(attend\w*|present|apolog\w*)\b/i.exec(line.text);
    if (title) return { kind: /^apolog/i.test(title[1]) ? "apologies" : "attendees", inline: "" };
  }
  return null;
}
function labelOf(label) {
  if (isEmptyList(label.rest)) return { kind: label.kind, inline: "", empty: true };
  const next = label.after === "" ? null : findLabelInLine(label.after);
  if (next) return { kind: label.kind, inline: listSentence(label.after.slice(0, next.index)), then: labelOf(next.label) };
  const sentence = label.rest === "" ? null : apologySentence(label.rest);
  const inline2 = sentence !== null ? firstSentence(sentence) : LIST_CUE.test(label.rest) ? label.rest : stripCommentary(label.rest);
  return { kind: label.kind, inline: inline2 };
}
function officeOf(line) {
  if (!line || line.kind === "heading") return null;
  return matchOfficeLine(line.cells?.length === 2 ? `${line.cells[0].replace(/:$/, "")}: ${line.cells[1]}` : line.text);
}
function anyOffice(line) {
  return officeOf(line) !== null || line !== void 0 && line.kind !== "heading" && matchOfficeAmongOffices(line.text) !== null;
}
function opensField(line) {
  const field = line.lead?.replace(/:$/, "");
  return field !== void 0 && field.length <= 30 && line.text.startsWith(`${field}:`) && !isRoleLike(field);
}
function readSection(lines, start, label, into, unread, entryLines, absent) {
  let i = start + 1;
  if (label.empty) return i;
  if (!label.inline) i = afterIntroduction(lines, i);
  const next = lines[i];
  const paragraph = !label.inline && next !== void 0 && isListParagraph(lines, i);
  if (label.inline || paragraph) {
    const entryPerLine = inColumnOfItsOwn(lines[start]);
    const firstEntry = entryPerLine && !paragraph ? labelLineEntry(lines[start]) : null;
    let text3 = paragraph ? (label.kind === "apologies" && next.text.startsWith("That ") ? apologySentence(next.text) : null) ?? listSentence(next.text) : firstEntry ?? label.inline;
    let oneEntry = firstEntry !== null;
    const readList = () => oneEntry || entryPerLine && NAME_DASH_OFFICE.test(text3) && !holdsList(text3) ? [parsePersonEntry(text3, line)].filter((person2) => person2 !== null) : parseInlineList(text3, line);
    if (paragraph && !withoutFullStop(next.text).endsWith(withoutFullStop(text3))) {
      addAll(into, parseInlineList(text3, next.line));
      return i;
    }
    let line = paragraph ? next.line : lines[start].line;
    const read = [];
    const found = into.length;
    if (paragraph) read.push(lines[i++]);
    while (i < lines.length && (!lines[i].blockStart || isUnfinished(text3)) && lines[i].kind !== "heading" && !lines[i].cells && !readLabel(lines[i]) && !matchOfficeLine(lines[i].text) && !PAGE_FIELD.test(lines[i].text) && !REPORT_FIGURES.test(lines[i].text) && !opensField(lines[i])) {
      read.push(lines[i]);
      const goesOn2 = entryPerLine ? endsMidName(text3) || endsInsideBracket(text3) || text3.endsWith(",") || lines[i].text.startsWith("(") : !ENDS_WITH_ADDRESS.test(text3) && !REMARK.test(lines[i].text) && (wrapsOnto(text3, lines[i].text) || isHardWrapped(lines[i - 1].text));
      if (text3.length < 2e3 && goesOn2) text3 = joinWrapped(text3, lines[i].text);
      else {
        addAll(into, readList());
        const columns = entryPerLine ? columnsAsEntry(lines[i], 0) : null;
        text3 = columns ?? lines[i].text;
        oneEntry = columns !== null;
        line = lines[i].line;
      }
      i++;
    }
    const nextLabel = i < lines.length && !lines[i].blockStart && !lines[i].cells && !matchRollLabel(lines[i].text) ? findLabelInLine(lines[i].text) : null;
    if (nextLabel) text3 = `${text3} ${lines[i].text.slice(0, nextLabel.index)}`;
    addAll(into, readList());
    if (into.length > found) for (const each of read) entryLines.add(each);
    if (paragraph) return i;
    if (lines[start].cells && lines[i]?.cells?.[0] && !isPersonalName(stripHonorifics(lines[i].cells[0]))) return i;
  }
  const sideBySide2 = label.inline ? null : readSideBySide(lines, i);
  if (sideBySide2) {
    for (const entry of sideBySide2.entries) addAll(into, readEntryLine(entry));
    for (let k = i; k < sideBySide2.end; k++) entryLines.add(lines[k]);
    i = sideBySide2.end;
  }
  let header = null;
  let pending = [];
  const unticked = [];
  let ticked = false;
  const numbering = new RollNumbering(lines[start]);
  for (; i < lines.length; i++) {
    const line = lines[i];
    const group = !label.inline && !line.cells && line.text.includes(": ") && (!line.blockStart || into.length > 0) ? GROUP_LINE.exec(line.text) : null;
    const groupPeople = group && isGroupLabel(`${group[1]}:`) ? parseInlineList(group[2], line.line) : [];
    if (groupPeople.length > 0 && (isList(group[2], groupPeople) || !readSeat(line))) {
      addAll(into, groupPeople);
      entryLines.add(line);
      continue;
    }
    if (line.kind === "heading" || readLabel(line) && !readSeat(line) || label.inline && matchOfficeLine(line.text) || REPORT_FIGURES.test(line.text) || opensField(line)) break;
    if (line.cells && isActionTableHeader(line)) break;
    if (label.inline && lines[start].kind === "item" && line.kind === "item" && line.depth <= lines[start].depth) break;
    if (label.inline && line.kind === "item" && lines[i + 1]?.kind === "item" && lines[i + 1].depth > line.depth) break;
    if (hasPeopleCue(line) && apologySentence(line.text) !== null) break;
    if (JOINED_LATE.test(line.text)) break;
    if (numbering.isNextItem(line, label.inline !== "" || into.length > 0)) break;
    if (into.length > 0 && isInCapitals(line.text) && !into.some((person2) => isInCapitals(person2.name))) break;
    const row2 = line.cells ?? (line.columns?.length === 2 && !/\d/.test(line.columns[0]) ? line.columns : null);
    if (row2 && !header && into.length === 0 && row2.some((cell) => NAME_COLUMN.test(cell)) && !row2.some((cell) => isPersonalName(stripHonorifics(cell)))) {
      header = row2.map((cell) => cell.toLowerCase());
      rollHeader = header;
      continue;
    }
    if (row2 && !header && into.length === 0 && rollHeader?.length === row2.length && i === start + 1 && !lines[start].blockStart) header = rollHeader;
    if (into.length > 0 && !line.cells && NOTE_IN_BRACKETS.test(line.text)) continue;
    if (!header && into.length === 0 && !line.cells && NAME_COLUMN.test(line.text)) continue;
    if (!line.cells && isGroupLabel(line.text, true)) continue;
    const grouped = line.cells && line.cells.length > 1 && isGroupLabel(line.cells[0]) ? { ...line, cells: null, text: line.cells.slice(1).join(" ") } : null;
    const under = header && row2 && !line.cells ? cellWrappedUnder(lines, i, row2) : null;
    const closing = lines[i + 1];
    const wraps = !under && !line.cells && closing && !closing.blockStart && closing.kind === "text" && !closing.cells && (endsInsideBracket(line.text) ? closing.text.includes(")") : descriptorWrapsOnto(line.text, closing.text));
    const wrapped = wraps ? { ...line, text: joinWrapped(line.text, closing.text) } : null;
    let entry = grouped ?? wrapped ?? (under ? { ...line, cells: under.cells } : row2 && !line.cells ? { ...line, cells: row2 } : line);
    if (under) {
      for (let k = 1; k <= under.lines; k++) entryLines.add(lines[i + k]);
      i += under.lines;
    }
    const nameColumn = header ? header.findIndex((cell) => NAME_COLUMN.test(cell)) : -1;
    let continued = header && entry.cells ? continuationRows(lines, i, entry.cells) : 0;
    const handleColumn = header ? header.findIndex((cell) => HANDLE_COLUMN.test(cell)) : -1;
    if (lines.slice(i + 1, i + 1 + continued).some((next2) => next2.cells[nameColumn] || handleColumn >= 0 && next2.cells[handleColumn]?.startsWith("@"))) continued = 0;
    if (continued > 0) {
      entry = { ...entry, cells: withContinuations(entry.cells, lines.slice(i + 1, i + 1 + continued)) };
      for (let k = 1; k <= continued; k++) entryLines.add(lines[i + k]);
    }
    let found;
    if (header && entry.cells) {
      const marked = personFromRow(header, entry, footnotedArrivals(lines, i));
      found = marked.present;
      addAll(absent, marked.absent);
      i += continued;
      if (marked.absent.length > 0 && found.length === 0) {
        entryLines.add(line);
        continue;
      }
    } else {
      const apology = entry.cells ? null : APOLOGIES_AFTER_NAME.exec(entry.text);
      const excused = apology && apology.index > 0 ? readEntryLine({ ...entry, text: entry.text.slice(0, apology.index) }, numbering.nextEntry) : [];
      if (excused.length > 0) {
        addAll(absent, excused);
        entryLines.add(line);
        continue;
      }
      found = readEntryLine(entry.cells ? rowAsEntry(entry) : entry, numbering.nextEntry);
    }
    if (found.length === 0 && entry !== line && !wrapped) found = readEntryLine(line, numbering.nextEntry);
    if (found.length > 0) {
      numbering.read(line);
      if (line.checked === false) addAll(unticked, found);
      ticked ||= line.checked === true;
      addAll(into, found);
      entryLines.add(line);
      if (wrapped) entryLines.add(lines[++i]);
      unread.push(...pending);
      pending = [];
      continue;
    }
    if (line.text.length < 3) continue;
    if (line.kind !== "item" && !line.cells && !BARE_BOX.test(line.text) || pending.length >= MAX_UNREAD_RUN) break;
    pending.push(line);
  }
  if (ticked && label.kind === "attendees" && unticked.length > 0) {
    into.splice(0, into.length, ...into.filter((person2) => !unticked.includes(person2)));
    addAll(absent, unticked);
  }
  return i - pending.length;
}
function descriptorWrapsOnto(text3, next) {
  if (!DESCRIBED_ENTRY.test(text3) || DESCRIBED_ENTRY.test(next)) return false;
  return JOINING_END.test(text3) || startsLowerCase(next) || hasOrganisationWord(next) && !next.includes(", ");
}
function readSeat(line) {
  const seat = line.text.includes(": ") ? SEAT_THEN_NAME.exec(line.text) : null;
  if (!seat || matchRollLabel(seat[1])?.bare || endsWithRollWord(seat[1]) || isRoleLike(seat[1]) || isRoleLike(seat[2]) || parsePersonEntry(seat[1], line.line, null, { loneNames: false })) return null;
  const person2 = parsePersonEntry(seat[2], line.line, null, { loneNames: false });
  if (!person2 || !isPersonalName(person2.name)) return null;
  const body = seat[1].slice(seat[1].search(/ [\u2013\u2014-] /) + 3);
  const organisation = body !== seat[1] && hasOrganisationWord(body) ? body : null;
  return { ...person2, role: person2.role ?? seat[1], organisation: person2.organisation ?? organisation };
}
function readSideBySide(lines, start) {
  const isPerson = (cell) => {
    const person2 = parsePersonEntry(cell, 0, null, { loneNames: false });
    return person2 !== null && (PERSONAL_TITLE_FIRST.test(cell) || cell.startsWith(person2.name) && NAME_FIRST.test(cell.slice(person2.name.length)));
  };
  let i = start;
  const first = lines[i];
  if (first?.columns?.length === 2 && !first.columns.some(isPerson)) i++;
  const columns = [[], []];
  let pairs = 0;
  for (; i < lines.length && lines[i].columns?.length === 2 && lines[i].kind === "text" && (i === start || !lines[i].blockStart || i === start + 1); i++) {
    const line = lines[i];
    const cells = line.columns;
    if (cells.every(isPerson)) pairs++;
    cells.forEach((cell, c) => {
      const column = columns[c];
      const above = column[column.length - 1];
      if (!cell) return;
      if (above && !isPerson(cell) && (startsLowerCase(cell) || !cell.includes(" "))) column[column.length - 1] = { ...above, text: `${above.text} ${cell}` };
      else column.push({ ...line, text: cell, columns: null });
    });
  }
  return pairs >= 2 ? { entries: [...columns[0], ...columns[1]], end: i } : null;
}
function readEntryLine(line, nextNumber = 1) {
  if (BARE_BOX.test(line.text)) line = { ...line, kind: "item", marker: "-", text: line.text.replace(BARE_BOX, "") };
  if (ITEM_WORD.test(line.text)) return [];
  if (ITEM_NUMBER2.test(line.text) && line.kind !== "item") {
    const number = Number.parseInt(line.text, 10);
    if (Number.isNaN(number) || nextNumber !== null && number !== nextNumber) return [];
    const person3 = parsePersonEntry(line.text.replace(ITEM_NUMBER2, ""), line.line, null, { loneNames: false });
    return person3 && !isRoleLike(person3.name) ? [person3] : [];
  }
  const surnameFirst = surnameFirstRolls && SURNAME_FIRST_LINE.test(line.text) ? givenNameFirst(line.text) : line.text;
  if (surnameFirst !== line.text) {
    const person3 = parsePersonEntry(surnameFirst, line.line, line.lead);
    return person3 ? [person3] : [];
  }
  if (line.text.includes(";") && isSemicolonList(line)) return parseInlineList(line.text, line.line);
  const segments = splitTopLevel(withoutPublicCount(line.text), LIST_SEPARATOR);
  const titledAfter = segments.slice(1).some((segment) => stripHonorifics(segment.trim()) !== segment.trim());
  if (segments.length >= 3 && !segments.some(isBareOffice) && (!NAME_DASH_OFFICE.test(segments[0]) || titledAfter)) {
    const people = segments.filter((segment) => parsePersonEntry(segment, line.line) !== null).length;
    if (people * 3 >= segments.length * 2) return parseInlineList(line.text, line.line);
  }
  if (segments.length === 2 && segments.every((segment) => stripHonorifics(segment) !== segment && !isBareOffice(segment) && parsePersonEntry(segment, line.line))) {
    return parseInlineList(line.text, line.line);
  }
  const seated = readSeat(line);
  if (seated) return [seated];
  const loneNames = line.kind === "item" && !/\d/.test(line.marker ?? "") && !line.text.includes(":");
  const person2 = parsePersonEntry(line.text, line.line, line.lead, { loneNames }) ?? (WHO.test(line.text) ? parsePersonEntry(stripCommentary(line.text), line.line, line.lead, { loneNames: false }) : null);
  return person2 ? [person2] : [];
}
function columnsAsEntry(line, from) {
  const columns = line.columns?.slice(from).filter(Boolean);
  return columns && columns.length === 2 && !columns[0].includes(",") ? columns.join(" \u2013 ") : null;
}
function labelLineEntry(line) {
  const columns = line.columns;
  if (!columns) return null;
  const label = matchRollLabel(columns[0]);
  if (label?.after === "") return columnsAsEntry(line, 1);
  return label && columns.length === 2 && label.rest !== "" && !label.rest.includes(",") ? `${label.rest} \u2013 ${columns[1]}` : null;
}
function holdsList(text3) {
  return isList(text3, parseInlineList(text3, 0));
}
function isList(text3, people) {
  return splitTopLevel(text3, SEMICOLON).length > 1 || people.length >= 3;
}
function inColumnOfItsOwn(line) {
  const first = line.cells?.[0] ?? (line.columns && line.columns.length >= 2 ? line.columns[0] : null);
  return first !== null && (matchRollLabel(first)?.after === "" || line.cells === null && labelLineEntry(line) !== null);
}
function afterIntroduction(lines, index) {
  for (let i = index; i < lines.length && i < index + 4; i++) {
    const line = lines[i];
    if (line.kind !== "text" || line.cells || i > index && line.blockStart) return index;
    if (line.text.endsWith(":")) {
      const next = lines[i + 1];
      return next && (next.kind === "item" || !next.blockStart && next.kind === "text" && POINTS_TO_LIST.test(line.text)) ? i + 1 : index;
    }
  }
  return index;
}
function isListParagraph(lines, index) {
  const whole = lines[index];
  if (whole.kind !== "text" || whole.cells || whole.columns?.length === 2) return false;
  const first = listSentence(whole.text);
  const line = first === whole.text ? whole : { ...whole, text: first };
  const titledAfterStop = TITLE_AFTER_STOP.test(line.text);
  const cue = LIST_CUE.test(line.text) || endsInsideBracket(line.text) && wrapsOntoNext(lines, index) && LIST_CUE.test(lines[index + 1].text);
  if (!cue && !titledAfterStop) return false;
  if (/^\d|^[IVXLC]+[.:)]\s/.test(line.text) || ITEM_WORD.test(line.text) || readLabel(line) || matchOfficeLine(line.text) && !/[,;]/.test(line.text)) return false;
  return titledAfterStop || endsInsideBracket(line.text) || wrapsOntoNext(lines, index) || splitTopLevel(line.text, LIST_SEPARATOR).length >= MANY_ENTRIES || readEntryLine(line).length !== 1 || isListWithAnd(line) || isInitialledPair(line, lines[index + 1]) || isWrappedList(lines, index);
}
function isWrappedList(lines, index) {
  const next = lines[index + 1];
  if (next === void 0 || next.blockStart || next.kind !== "text" || next.cells || !isHardWrapped(lines[index].text) || OPENS_WITH_BULLET.test(next.text)) return false;
  const segments = splitTopLevel(lines[index].text, LIST_SEPARATOR);
  return segments.length >= 2 && segments.every((segment) => !isBareOffice(segment) && isPlainPerson(parsePersonEntry(segment, lines[index].line)));
}
function isPlainPerson(person2) {
  return person2 !== null && !hasOrganisationWord(person2.name);
}
function isInitialledPair(line, next) {
  if (next?.blockStart === false) return false;
  const segments = splitTopLevel(line.text, LIST_SEPARATOR);
  if (segments.length !== 2) return false;
  const [first, second] = segments;
  const titled = stripHonorifics(second) !== second && !isBareOffice(second) && parsePersonEntry(second, line.line) !== null;
  return titled ? isPersonalName(first) : segments.every((segment) => isInitialledEntry(segment, line.line));
}
function isListWithAnd(line) {
  if (!/\s(?:and|&)\s/.test(line.text)) return false;
  const people = parseInlineList(listSentence(line.text), line.line);
  if (people.length !== 2) return people.length >= 3;
  const and = line.text.lastIndexOf(" and ");
  return isMarkedPerson(people[1], line.text.slice(and + 5)) || line.text.charAt(and - 1) === ")";
}
function isMarkedPerson(person2, entry) {
  return person2.initials !== null || person2.handle !== null || person2.role !== null || stripHonorifics(entry) !== entry.trim();
}
function isInitialledEntry(entry, line) {
  const person2 = entry.includes("(") ? parsePersonEntry(entry, line) : null;
  return person2 !== null && (person2.initials !== null || person2.handle !== null);
}
function isSemicolonList(line) {
  const pieces = splitTopLevel(line.text, SEMICOLON);
  return pieces.length >= 2 && pieces.every((piece) => parsePersonEntry(piece, line.line, null, { loneNames: false }) !== null);
}
function rowAsEntry(line) {
  const cells = line.cells.filter((cell, index) => cell && !DASH_CELL.test(cell) && !(index === 0 && ENTRY_NUMBER_CELL.test(cell)));
  if (cells.length > 1 && isCategory(cells[0])) cells.shift();
  return { ...line, text: cells.join(", "), cells: null };
}
function isCategory(cell) {
  return cell.endsWith("s") && !cell.includes(" ") && isRoleWord(cell.slice(0, -1).toLowerCase());
}
function nameAsWritten(cell, line) {
  const name2 = stripHonorifics(cell.replace(/\s*\([^)]*\)\s*/g, " ").trim());
  if (!ANY_LETTER.test(name2) || name2.split(/\s+/).length > 6) return null;
  return { name: name2, initials: null, handle: null, organisation: null, role: null, line };
}
function footnotedArrivals(lines, index) {
  return lines.slice(index + 1, index + 40).some((line) => ARRIVAL_NOTE2.test(line.text));
}
function personFromRow(header, line, starredArrived = false) {
  const cell = (pattern2) => {
    const index = header.findIndex((h) => pattern2.test(h));
    return index >= 0 ? line.cells[index]?.trim() || null : null;
  };
  const written = cell(HANDLE_COLUMN);
  const handle = written ? `@${written.replace(/^@/, "")}` : null;
  const name2 = cell(NAME_COLUMN) ?? (handle && /^@[\w.-]+$/.test(handle) ? handle : null);
  if (!name2) return { present: [], absent: [] };
  const person2 = VACANT.test(name2) ? null : parsePersonEntry(name2, line.line) ?? nameAsWritten(name2, line.line);
  if (!person2) return { present: [], absent: [] };
  if (handle && /^@[\w.-]+$/.test(handle)) person2.handle ??= handle;
  person2.role ??= cleanDescriptor(cell(/^(?:role|position|(?:job )?title|office|post|capacity|designation|seat|portfolio)$/)?.split(" / ")[0] ?? null);
  person2.role ??= cleanDescriptor(cell(/^(?:category|constituency|membership type)$/));
  person2.organisation ??= cleanDescriptor(cell(/^(?:organi[sz]ation|org|body|agency|representing|company|affiliation|employer|institution|partner|beneficiary)$/));
  person2.initials ??= cell(/^(?:initials|abbreviation|abbr\.?|acronym|short name|code)$/);
  const attended = cell(ATTENDED_COLUMN);
  const deputy = attended ? DEPUTY.exec(attended) : null;
  if (deputy) {
    const standIn = parsePersonEntry(deputy[1], line.line);
    return { present: standIn ? [standIn] : [], absent: [person2] };
  }
  const absent = attended !== null && MARKED_ABSENT.test(attended) && !(starredArrived && attended.endsWith("*"));
  return absent ? { present: [], absent: [person2] } : { present: [person2], absent: [] };
}
function addAll(into, people) {
  for (const person2 of people) into.push(person2);
}
function dedupe(people) {
  const seen = /* @__PURE__ */ new Set();
  const named = people.filter((person2) => !person2.name.includes("@"));
  people = people.filter((person2) => {
    const owner = person2.name.includes("@") ? named.find((other) => addressOf(person2.name, other.name)) : void 0;
    if (owner) owner.role ??= person2.role;
    return owner === void 0;
  });
  const surnames = new Set(people.filter((person2) => person2.name.includes(" ")).map((person2) => fold(person2.name.slice(person2.name.lastIndexOf(" ") + 1))));
  const givenNames = /* @__PURE__ */ new Map();
  for (const person2 of people) {
    if (!person2.name.includes(" ")) continue;
    const given = fold(person2.name.slice(0, person2.name.indexOf(" ")));
    givenNames.set(given, (givenNames.get(given) ?? 0) + 1);
  }
  return people.filter((person2) => {
    const key2 = fold(person2.name);
    if (seen.has(key2) || !person2.name.includes(" ") && (surnames.has(key2) || givenNames.get(key2) === 1)) return false;
    seen.add(key2);
    return true;
  });
}
var POINTS_TO_LIST, REMARK, NOTE_IN_BRACKETS, NAME_COLUMN, MAX_UNREAD_RUN, SEAT_THEN_NAME, LOWER_LABEL, ENDS_WITH_ADDRESS, BARE_BOX, WHO, LIST_CUE, MANY_ENTRIES, TITLE_AFTER_STOP, ITEM_WORD, ATTENDANCE_SENTENCE, REPRESENTED_BY, SENT_APOLOGIES, UNABLE_TO_ATTEND, ON_LEAVE, PEOPLE_CUE, APOLOGY_CUE, ATTENDANCE_CUE, APOLOGY_WORD, APOLOGY_SENTENCE, NAME_DASH_OFFICE, ABSENT_IN_BRACKET, HANDLE_AFTER_NAME, PAGE_LINK2, ARRIVED, JOINED_LATE, FOR_LATENESS, BE_ACCEPTED, MAX_WRAPPED_LINES2, REASON, UNLABELLED_ROLL_LINES, UNLABELLED_ROLL_MIN, labels, surnameFirstRolls, rollHeader, SURNAME_FIRST_LINE, APOLOGIES_AFTER_NAME, PAGE_FIELD, REPORT_FIGURES, GROUP_LINE, DESCRIBED_ENTRY, JOINING_END, PERSONAL_TITLE_FIRST, NAME_FIRST, OPENS_WITH_BULLET, DASH_CELL, ENTRY_NUMBER_CELL, ANY_LETTER, ARRIVAL_NOTE2, HANDLE_COLUMN, ATTENDED_COLUMN, VACANT, MARKED_ABSENT, DEPUTY;
var init_people = __esm({
  "src/parse/people.ts"() {
    "use strict";
    init_attendance();
    init_decisions();
    init_names();
    init_source();
    init_normalise();
    init_split();
    init_inline_list();
    init_person_entry();
    init_tables();
    init_roll_lines();
    init_letters();
    POINTS_TO_LIST = /\b(?:following|below|as follows|including)\b/i;
    REMARK = /^(?:A|The|There|It)\s[^,;]*\b(?:was|were|is|are)\b[^,;]*\.$/;
    NOTE_IN_BRACKETS = /^\((?:[^()]|\([^()]{1,30}\)){1,80}\)$/;
    NAME_COLUMN = /^(?:(?:full\s+)?name|attendee|(?:(?:board|committee|council|panel)\s+)?member(?:\s+name)?|person|participant|delegate|representative|who)s?$/i;
    MAX_UNREAD_RUN = 2;
    SEAT_THEN_NAME = /^([^:.!?]{2,60}?):\s+(\S.{2,120})$/;
    LOWER_LABEL = /^[a-z]{4,12}:\s/;
    ENDS_WITH_ADDRESS = /\S@[\w-]+(?:\.[\w-]+)+>?$/;
    BARE_BOX = /^\[[ xX\u2713]\]\s/;
    WHO = /\swho\s/i;
    LIST_CUE = /[,;]|\s(?:and|&)\s/;
    MANY_ENTRIES = 4;
    TITLE_AFTER_STOP = /\.\s(?:[A-Z][a-z]+\s)?(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr)\b/;
    ITEM_WORD = /^(?:agenda\s)?(?:item|minute)\s\d/i;
    ATTENDANCE_SENTENCE = /\b(?:was|were) attended by (.+?)(?:\.(?:\s|$)|$)|\b(?:also )?present (?:were|was) (.+?)(?:\.(?:\s|$)|$)/i;
    REPRESENTED_BY = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Cllr|Councillor)\.? [A-Z][\w'\u2019-]+ (?:was|were) represented by ([^.;]+)/;
    SENT_APOLOGIES = /(?:^|\.\s+)([^.]+?)(?: also)? (?:sent|gave|offered|tendered) (?:(?:their|his|her) )?apologies\b/i;
    UNABLE_TO_ATTEND = /(?:^|\.\s+)([^.]+?),? (?:(?:had|has) )?(?:expressed (?:his|her|their) inability to attend|(?:was|were) unable to attend|could not attend)\b/;
    ON_LEAVE = /(?:^|\.\s+)([^.]+?),? (?:remains|remain|is|are|was|were|continues|continue) on (?:a )?leave of absence\b/;
    PEOPLE_CUE = /[Aa]polog|APOLOG|[Aa]bsent:|ABSENT|ttended by| represented by|[Pp]resent(?: w|:)|RESENT|ATTEND|ttendance:| to attend| leave of absence/;
    APOLOGY_CUE = /[Aa]polog|APOLOG| to attend/;
    ATTENDANCE_CUE = /ttended by|[Pp]resent w|RESENT W/;
    APOLOGY_WORD = /apolog/i;
    APOLOGY_SENTENCE = /\b(?:apologies|an apology)(?: for absence)?(?: (?:were|was|had been|have been))?(?: (?:received|noted|given|tendered|sent|submitted|reported|provided|intimated))?(?: and (?:accepted|noted))?(?: for absence)?(?: before the meeting| in advance)? from (.+)$|\bapologies(?: (?:for|of) absence)? (?:were|had been|have been) (?:received|accepted|noted|given|provided)(?: and (?:accepted|noted|approved))? for (.+)$/;
    NAME_DASH_OFFICE = new RegExp(" [\\u2013\\u2014-] \\p{Lu}", "u");
    ABSENT_IN_BRACKET = /\s\((?:absent|apologies|regrets|excused|not present):?\s+([^()]+)\)$/i;
    HANDLE_AFTER_NAME = /, (@[\w.-]+)(?=,|$)/g;
    PAGE_LINK2 = /^\[\[([^[\]]+)\]\]$/;
    ARRIVED = /(?:^|[.;] )((?:[A-Z][\w'\u2019-]*\.? ){0,3}[A-Z][\w'\u2019-]+) (?:arrived|joined the meeting)\b/g;
    JOINED_LATE = /^((?:[A-Z][\w'\u2019-]*\.? ){1,3}[A-Z][\w'\u2019-]+)( \([^()]{1,80}\))? (?:arrived|joined)(?: the (?:meeting|call))?(?: at| during| for| from| after| in time|[.,])/;
    FOR_LATENESS = /\bfor (?:lateness|late arrival|arriving late)\b/i;
    BE_ACCEPTED = /,?\s+be (?:accepted|noted|received|approved)\b[^.]*\.?$/i;
    MAX_WRAPPED_LINES2 = 6;
    REASON = /\s(?:due to|owing to|because of|is|are)\s/i;
    UNLABELLED_ROLL_LINES = 12;
    UNLABELLED_ROLL_MIN = 4;
    labels = [];
    surnameFirstRolls = false;
    rollHeader = null;
    SURNAME_FIRST_LINE = letterPattern(String.raw`^(?:(?:${NAME_PARTICLE}|\u00d3|N\u00ed) )*\p{Lu}[\p{L}'\u2019-]*, \p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}\.?)?(?: \([^()]*\))?$`, "u");
    APOLOGIES_AFTER_NAME = /\s(?:[(\u2013\u2014-]\s?)?(?:sent )?(?:apologies|apols|regrets)\b(?! for lateness)/i;
    PAGE_FIELD = /^[A-Z][a-z]+(?: [a-z\d]+){0,4}: \S/;
    REPORT_FIGURES = /^[A-Z][\w ]{1,30}: (?:\d|.*\d%)/;
    GROUP_LINE = /^([A-Z][^:]{0,60}?): (\S.*)$/;
    DESCRIBED_ENTRY = /\s[\u2013\u2014-](?:\s|$)/;
    JOINING_END = /(?:\s[\u2013\u2014-]|\s(?:and|of|for|&|the|in)|,)$/;
    PERSONAL_TITLE_FIRST = /^(?:mrs?|ms|miss|mx|dr|prof(?:essor)?|cllr|councillor|sir|dame|lord|lady|rev(?:d|erend)?|canon)\.?\s/i;
    NAME_FIRST = /^(?:$|,|\s\()/;
    OPENS_WITH_BULLET = /^(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf]|\[[ xX\u2713]\])/;
    DASH_CELL = /^[-\u2013\u2014]$/;
    ENTRY_NUMBER_CELL = /^\d{1,3}[.)]?$/;
    ANY_LETTER = letterPattern(String.raw`\p{L}`, "u");
    ARRIVAL_NOTE2 = /^(?:\*\s*)?(?:arrived|joined)\b.{0,60}$/i;
    HANDLE_COLUMN = /^(?:github|github handle|handle|username|irc|nick|slack)$/i;
    ATTENDED_COLUMN = /^(?:attended|present|attendance|attending|in attendance|p ?\/ ?a|present ?\/ ?absent)\??$/;
    VACANT = /^(?:vacant|vacancy)$/i;
    MARKED_ABSENT = /^(?:n|no|x|\u2717|\u2718|a|d|absent|apologies|apols?|not present)(?!\w)/i;
    DEPUTY = /^(?:deputy|represented by|substitute|sub)\s*[:\u2013\u2014-]?\s*(\S.*)$/i;
  }
});

// src/parse/index.ts
function parseMinutes(text3, options = {}) {
  const source = readSource(text3, options);
  return parseSource(source, options);
}
function parseSource(source, options = {}) {
  const order = options.dateOrder ?? detectDateOrder(source.text, isoDatesStated(source));
  const people = extractPeople(source);
  const itemLines = [];
  const items2 = extractItems(source, people.entryLines, itemLines);
  const firstItem = itemLines.length > 0 ? source.lines.indexOf(itemLines[0]) : -1;
  const firstSection = people.sections.reduce((first, s) => Math.min(first, s.index), firstItem >= 0 ? firstItem : Infinity);
  const header = extractHeader(source, firstSection, order);
  const itemAt = locateItems(items2);
  const { actions, updates, warnings } = extractActions(source, {
    meetingDate: header.date,
    order,
    itemAt,
    itemNumbers: new Set(items2.flatMap((item) => item.number === null ? [] : [item.number])),
    itemLines: new Set(itemLines),
    attendees: people.attendees,
    apologies: people.apologies,
    aliases: options.aliases,
    closedWords: options.closedWords
  });
  return {
    file: source.file,
    title: header.title,
    date: header.date,
    time: header.time,
    location: header.location,
    attendees: people.attendees,
    apologies: people.apologies,
    items: items2,
    actions,
    updates,
    commitments: extractCommitments(source, itemAt),
    decisions: extractDecisions(source, itemAt),
    closures: extractClosures(source, order),
    warnings: [...source.unacceptedChanges ? [unacceptedChangesWarning(source.file)] : [], ...header.overriddenFrontDate ? [frontDateWarning(source.file, header)] : [], ...source.truncated.map((line) => longLineWarning(source.file, line)), ...people.duplicates.map((person2) => duplicateWarning(source.file, person2)), ...people.unread.map((line) => unreadEntryWarning(source.file, line)), ...warnings].sort((a, b) => a.line - b.line),
    ...source.pageStarts ? { pageStarts: source.pageStarts } : {}
  };
}
function isoDatesStated(source) {
  const stated = [];
  const front = source.frontMatter.date;
  if (front instanceof Date && !Number.isNaN(front.getTime())) stated.push(front.toISOString().slice(0, 10));
  for (const text3 of [typeof front === "string" ? front : "", source.file.slice(source.file.lastIndexOf("/") + 1)]) {
    const m = ISO_DATE.exec(text3);
    if (m) stated.push(`${m[1]}-${m[2]}-${m[3]}`);
  }
  return stated;
}
function frontDateWarning(file, header) {
  return {
    file,
    line: header.dateLine ?? 1,
    column: 1,
    severity: "warning",
    ruleId: "meeting-date",
    messageId: "front-matter-date-differs",
    reason: `Front matter gives the date \`${header.overriddenFrontDate}\`, the minutes \`${header.date}\`; using the minutes' date`
  };
}
function unacceptedChangesWarning(file) {
  return {
    file,
    line: 1,
    column: 1,
    severity: "warning",
    ruleId: "tracked-changes",
    messageId: "unaccepted-changes",
    reason: "The document has tracked changes that are not accepted; read as if accepted"
  };
}
function unreadEntryWarning(file, line) {
  return {
    file,
    line: line.line,
    column: 1,
    severity: "warning",
    ruleId: "roll-entry",
    messageId: "unread-entry",
    reason: `\`${line.text.slice(0, 80)}\` in a list of people reads as no one; write it as \`Name (Role, Organisation)\``
  };
}
function duplicateWarning(file, person2) {
  return {
    file,
    line: person2.line,
    column: 1,
    severity: "warning",
    ruleId: "duplicate-attendee",
    messageId: "duplicate-person",
    reason: `\`${person2.name}\` is listed twice; remove the repeat`
  };
}
function longLineWarning(file, line) {
  return {
    file,
    line,
    column: MAX_LINE_LENGTH + 1,
    severity: "warning",
    ruleId: "line-too-long",
    messageId: "truncated",
    reason: `Line is longer than ${MAX_LINE_LENGTH} characters; only the first ${MAX_LINE_LENGTH} were read`
  };
}
var ISO_DATE;
var init_parse = __esm({
  "src/parse/index.ts"() {
    "use strict";
    init_read();
    init_source();
    init_actions2();
    init_closures();
    init_commitments();
    init_decisions2();
    init_header2();
    init_items();
    init_locate();
    init_people();
    init_dates();
    ISO_DATE = /(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)/;
  }
});

// src/cli/parse-job.ts
function runParseJob(job, settings) {
  const text3 = decodeMinutes(job.file, job.bytes);
  const meeting = parseMinutes(text3, { file: job.file, dateOrder: settings.dateOrder, aliases: settings.aliases, closedWords: settings.closedWords });
  if (settings.shape === "register") return JSON.stringify({ ...meeting, attendees: [], apologies: [], items: [], decisions: [] });
  if (settings.shape === "report") return JSON.stringify({ ...meeting, items: [], decisions: [] });
  return JSON.stringify(meeting);
}
function meetingFromJson(json2, file) {
  return withFile(JSON.parse(json2), file);
}
function withFile(meeting, file) {
  meeting.file = file;
  for (const warning of meeting.warnings) warning.file = file;
  return meeting;
}
function parseFailure(file, error) {
  const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0];
  return new InputError(file, `could not be parsed (${reason}); the other files were still read (this is a fault in vawg: please report it with the file)`);
}
var init_parse_job = __esm({
  "src/cli/parse-job.ts"() {
    "use strict";
    init_parse();
    init_file();
  }
});

// src/cli/parse-pool.ts
var import_node_fs6, import_node_url, import_node_worker_threads, LONG_PARSE_BYTES, ParsePool, WORKER_DEPTH, WORKER;
var init_parse_pool = __esm({
  "src/cli/parse-pool.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_url = require("node:url");
    import_node_worker_threads = require("node:worker_threads");
    init_file();
    init_parse_job();
    LONG_PARSE_BYTES = 256 * 1024;
    ParsePool = class {
      /** `worker` is the worker's script; tests give one of their own. */
      constructor(settings, threads, worker = WORKER) {
        this.settings = settings;
        this.worker = worker;
        this.canStart = (0, import_node_fs6.existsSync)((0, import_node_url.fileURLToPath)(worker));
        this.threads = this.canStart ? threads : 1;
      }
      settings;
      worker;
      queue = [];
      /** Jobs sent to each worker and not yet answered, oldest first (a worker answers in order). */
      sent = /* @__PURE__ */ new Map();
      workers = [];
      threads;
      canStart;
      turnScheduled = false;
      /** How many worker threads are running: none until the first job that needs one. */
      get threadsStarted() {
        return this.workers.length;
      }
      /** The JSON of the file's model; rejects with an InputError when the bytes are not text or the parse failed. */
      parse(job) {
        const long = this.canStart && job.bytes.length >= LONG_PARSE_BYTES;
        if (this.threads <= 1 && !long) return this.runHere(job);
        if (this.workers.length === 0) this.start(Math.max(1, this.threads - 1));
        return new Promise((resolve13, reject) => {
          this.queue.push({ ...job, resolve: resolve13, reject });
          this.next();
        });
      }
      /** Stops the threads; jobs still queued are dropped. */
      async close() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
        this.workers = [];
      }
      runHere(job) {
        try {
          return Promise.resolve(runParseJob(job, this.settings));
        } catch (error) {
          return Promise.reject(error instanceof InputError ? error : parseFailure(job.file, error));
        }
      }
      start(count3) {
        for (let i = 0; i < count3; i++) {
          const worker = new import_node_worker_threads.Worker(this.worker, { workerData: this.settings });
          const sent = [];
          worker.on("message", (reply) => {
            const job = sent.shift();
            if ("json" in reply) job.resolve(reply.json);
            else job.reject(new InputError(job.file, reply.problem));
            this.next();
          });
          worker.on("error", (error) => {
            this.sent.delete(worker);
            const [failed, ...held] = sent.splice(0);
            failed?.reject(parseFailure(failed.file, error));
            for (const job of held.reverse()) this.queue.unshift(job);
            this.next();
          });
          this.sent.set(worker, sent);
          this.workers.push(worker);
        }
      }
      /**
       * Keeps every worker two jobs deep, so it never waits on this thread, and takes one short job here
       * per turn of the event loop (when threads allow), so the workers' replies are handled between them.
       */
      next() {
        for (const [worker, sent] of this.sent) {
          while (sent.length < WORKER_DEPTH && this.queue.length > 0) {
            const job = this.queue.shift();
            sent.push(job);
            worker.postMessage({ file: job.file, bytes: job.bytes });
          }
        }
        if (this.queue.length > 0 && !this.turnScheduled) {
          this.turnScheduled = true;
          setImmediate(() => this.turnHere());
        }
      }
      turnHere() {
        this.turnScheduled = false;
        const noWorkers = this.sent.size === 0;
        const index = noWorkers ? 0 : this.threads > 1 ? this.queue.findIndex((job) => job.bytes.length < LONG_PARSE_BYTES) : -1;
        if (index >= 0 && index < this.queue.length) {
          const [job] = this.queue.splice(index, 1);
          this.runHere(job).then(job.resolve, job.reject);
        }
        this.next();
      }
    };
    WORKER_DEPTH = 2;
    WORKER = new URL("./parse-worker.js", __vawgFileUrl);
  }
});

// src/cli/real-files.ts
function fileIdentity(path2) {
  try {
    const info = (0, import_node_fs7.statSync)(path2, { bigint: true });
    return info.isFile() ? `${info.dev}:${info.ino}` : null;
  } catch {
    return null;
  }
}
function uniqueRealFiles(files, cwd) {
  const identities = files.map((file) => file === "-" ? null : fileIdentity((0, import_node_path6.resolve)(cwd, file)));
  const chosen = /* @__PURE__ */ new Map();
  for (const [index, file] of files.entries()) {
    const identity = identities[index];
    if (identity === null) continue;
    const seen = chosen.get(identity);
    if (seen === void 0 || !isOwnName(seen, cwd) && isOwnName(file, cwd)) chosen.set(identity, file);
  }
  return files.filter((file, index) => identities[index] === null || chosen.get(identities[index]) === file);
}
function isOwnName(file, cwd) {
  try {
    return (0, import_node_fs7.realpathSync)((0, import_node_path6.resolve)(cwd, file)) === (0, import_node_path6.resolve)(cwd, file);
  } catch {
    return false;
  }
}
function refuseInputAsOutput(out, inputs, cwd, flag = "--out") {
  if (out === void 0 || out === "-" || out === "/dev/stdout") return;
  const target = fileIdentity((0, import_node_path6.resolve)(cwd, out));
  if (target === null) return;
  for (const input of inputs) {
    if (input === "-" || fileIdentity((0, import_node_path6.resolve)(cwd, input)) !== target) continue;
    const same = (0, import_node_path6.resolve)(cwd, input) === (0, import_node_path6.resolve)(cwd, out) ? `is the input ${input}` : `is the same file as the input ${input}`;
    throw new UsageError(`${flag} ${out} ${same}; refusing to overwrite it`);
  }
}
function refuseFolderHoldingInputs(dir, inputs, cwd) {
  const real = (path2) => {
    try {
      return (0, import_node_fs7.realpathSync)((0, import_node_path6.resolve)(cwd, path2));
    } catch {
      return null;
    }
  };
  const folder = real(dir);
  if (folder === null) return;
  for (const input of inputs) {
    const file = input === "-" ? null : real(input);
    if (file !== null && file.startsWith(folder.endsWith(import_node_path6.sep) ? folder : `${folder}${import_node_path6.sep}`)) {
      throw new UsageError(`--out-dir ${dir} holds the input ${input}; write the digests to a folder of their own`);
    }
  }
}
function configFiles(config) {
  return config.file ? [config.file] : [];
}
var import_node_fs7, import_node_path6;
var init_real_files = __esm({
  "src/cli/real-files.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path6 = require("node:path");
    init_io();
  }
});

// src/read/position.ts
function describeLine(layout, line) {
  if (isWordFile(layout.file)) return { text: `paragraph ${line}`, short: `\xB6${line}`, inFile: false };
  if (isPdfFile(layout.file)) {
    const page = pageOf(layout.pageStarts ?? [], line);
    if (!page) return { text: `line ${line}`, short: `l.${line}`, inFile: false };
    return { text: `page ${page.page}, line ${page.line}`, short: `p.${page.page} l.${page.line}`, inFile: false };
  }
  return { text: `line ${line}`, short: String(line), inFile: true };
}
function placeOf(layout, lines) {
  if (lines.length === 0) return layout.file;
  const first = describeLine(layout, lines[0]);
  if (first.inFile) return `${layout.file}:${lines.join(",")}`;
  if (isWordFile(layout.file)) return `${layout.file} \xB6${lines.join(",")}`;
  return `${layout.file} ${lines.map((line) => describeLine(layout, line).short).join(", ")}`;
}
function pageOf(pageStarts, line) {
  let page = -1;
  while (page + 1 < pageStarts.length && pageStarts[page + 1] <= line) page++;
  return page < 0 ? null : { page: page + 1, line: line - pageStarts[page] + 1 };
}
var init_position = __esm({
  "src/read/position.ts"() {
    "use strict";
    init_pdf();
    init_word();
  }
});

// src/cli/report.ts
function formatDiagnostic(d, layout = { file: d.file }) {
  if (WHOLE_FILE_RULES.has(d.ruleId)) return oneLine(`vawg: ${d.severity}: ${d.file}: ${d.reason} [${d.ruleId}]`);
  const position = describeLine({ ...layout, file: d.file }, d.line);
  if (!position.inFile) return oneLine(`vawg: ${d.severity}: ${d.file}, ${position.text}: ${d.reason} [${d.ruleId}]`);
  return oneLine(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.reason} [${d.ruleId}]`);
}
var WHOLE_FILE_RULES;
var init_report = __esm({
  "src/cli/report.ts"() {
    "use strict";
    init_terminal();
    init_position();
    WHOLE_FILE_RULES = /* @__PURE__ */ new Set(["tracked-changes"]);
  }
});

// src/emit/yaml.ts
var yaml_exports = {};
__export(yaml_exports, {
  emitYaml: () => emitYaml,
  yamlText: () => yamlText
});
function emitYaml(meetings, options = {}) {
  const value2 = options.single && meetings.length === 1 ? meetings[0] : meetings;
  return yamlText(value2);
}
function yamlText(value2) {
  const yaml2 = yamlLibrary();
  const doc = new yaml2.Document(value2, { aliasDuplicateObjects: false });
  let escaped = false;
  yaml2.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && UNESCAPED2.test(node.value)) {
        node.type = "QUOTE_DOUBLE";
        escaped = true;
      }
    }
  });
  const text3 = doc.toString({ lineWidth: 0 });
  return escaped ? text3.replace(new RegExp(UNESCAPED2.source, "g"), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`) : text3;
}
var UNESCAPED2;
var init_yaml = __esm({
  "src/emit/yaml.ts"() {
    "use strict";
    init_libraries();
    UNESCAPED2 = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  }
});

// src/emit/action-log.ts
function ownerNames(owners) {
  return owners.map((owner) => owner.name).join(", ");
}
function statusLabel(action) {
  return action.statusRaw && action.statusRaw !== "[ ]" && action.statusRaw !== "[x]" ? `${action.status} (${action.statusRaw})` : action.status;
}
function actionLogRows(meetings) {
  return meetings.flatMap(
    (meeting) => meeting.actions.map((action) => [
      meeting.date ?? oneLine(meeting.file),
      action.id ?? "",
      action.text,
      ownerNames(action.owners) || (action.ownersRaw ?? ""),
      action.raised ?? "",
      action.due ?? action.dueRaw ?? "",
      statusLabel(action),
      action.rag ?? "",
      action.progress ?? "",
      action.item ?? "",
      oneLine(placeOf(meeting, action.lines))
    ])
  );
}
var ACTION_LOG_COLUMNS;
var init_action_log2 = __esm({
  "src/emit/action-log.ts"() {
    "use strict";
    init_position();
    init_terminal();
    ACTION_LOG_COLUMNS = [
      { key: "meeting", title: "Meeting" },
      { key: "id", title: "ID" },
      { key: "text", title: "Action" },
      { key: "owners", title: "Owner(s)" },
      { key: "raised", title: "Raised" },
      { key: "due", title: "Due" },
      { key: "status", title: "Status" },
      { key: "rag", title: "RAG" },
      { key: "progress", title: "Progress" },
      { key: "item", title: "Item" },
      { key: "source", title: "Source" }
    ];
  }
});

// src/emit/markdown-text.ts
function markdownText(text3) {
  return safeForTerminal(text3).replace(/[\t\n]+/g, " ").replace(MARKUP, "\\$&").replace(REFERENCE3, "\\&").replace(BARE_LINK, (_all, colon, slashes, www, dot, at) => colon ? `${colon}${JOINER}${slashes}` : www ? `${www}${JOINER}${dot}` : `${at}${JOINER}`);
}
function markdownLine(text3) {
  return markdownText(text3).trimStart().replace(BLOCK_START, (marker) => /\d/.test(marker) ? `${marker}\\` : `\\${marker}`);
}
function markdownCell(text3) {
  return safeForTerminal(text3.replace(/\r\n?/g, "\n")).split("\n").map(markdownText).join("<br>");
}
var MARKUP, REFERENCE3, JOINER, BARE_LINK, BLOCK_START;
var init_markdown_text = __esm({
  "src/emit/markdown-text.ts"() {
    "use strict";
    init_terminal();
    MARKUP = /[\\`*_~[\]<#|]/g;
    REFERENCE3 = /&(?=#?[A-Za-z0-9]+;)/g;
    JOINER = "&#8288;";
    BARE_LINK = /(:)(\/\/)|(?<![a-z0-9])(www)(\.)|(@)()/gi;
    BLOCK_START = /^([-+>=]|\d+(?=[.)]))/;
  }
});

// src/emit/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  emitMarkdown: () => emitMarkdown,
  markdownTable: () => markdownTable
});
function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map(markdownCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}
function person(p) {
  const details = [p.role, p.organisation].filter(Boolean).join(", ");
  return `- ${markdownText(p.name)}${p.initials ? ` (${markdownText(p.initials)})` : ""}${details ? ` \u2014 ${markdownText(details)}` : ""}`;
}
function emitMarkdown(meetings) {
  return meetings.map(meetingSummary).join("\n\n---\n\n") + "\n";
}
function meetingSummary(meeting) {
  const text3 = markdownText;
  const out = [`# ${text3(meeting.title ?? oneLine(meeting.file))}`];
  const when = [meeting.date, meeting.time?.start && `${meeting.time.start}${meeting.time.end ? `\u2013${meeting.time.end}` : ""}`, meeting.location].filter(Boolean);
  if (when.length) out.push(markdownLine(when.join(" \xB7 ")));
  if (meeting.attendees.length) out.push(`## Attendees (${meeting.attendees.length})`, meeting.attendees.map(person).join("\n"));
  if (meeting.apologies.length) out.push(`## Apologies (${meeting.apologies.length})`, meeting.apologies.map(person).join("\n"));
  if (meeting.items.length) out.push("## Agenda", meeting.items.map((i) => i.number === null ? `- ${text3(i.title)}` : `- **${text3(i.number)}** ${text3(i.title)}`).join("\n"));
  if (meeting.decisions.length) out.push("## Decisions", meeting.decisions.map((d) => `- ${text3(d.text)}${d.item ? ` (item ${text3(d.item)})` : ""}`).join("\n"));
  if (meeting.actions.length) {
    const rows = actionLogRows([meeting]).map((row2) => row2.slice(1));
    out.push(`## Actions (${meeting.actions.length})`, markdownTable(ACTION_LOG_COLUMNS.slice(1).map((c) => c.title), rows));
  }
  if (meeting.updates.length) {
    out.push(
      `## Updates on earlier actions (${meeting.updates.length})`,
      markdownTable(
        ["Ref", "Action", "Owner(s)", "Status", "Progress", "Source"],
        meeting.updates.map((u) => [u.ref ?? "", u.text, ownerNames(u.owners) || (u.ownersRaw ?? ""), u.status, u.progress ?? "", oneLine(placeOf(meeting, [u.line]))])
      )
    );
  }
  if (meeting.commitments.length) {
    out.push("## Commitments", meeting.commitments.map((c) => `- Commitment ${text3(String(c.number))}${c.title ? ` \u2014 ${text3(c.title)}` : ""} (${mentionPlaces(meeting, c.mentions.map((m) => m.line))})`).join("\n"));
  }
  return out.join("\n\n");
}
function mentionPlaces(meeting, lines) {
  if (describeLine(meeting, lines[0] ?? 1).inFile) return `lines ${lines.join(", ")}`;
  return lines.map((line) => describeLine(meeting, line).text).join("; ");
}
var init_markdown2 = __esm({
  "src/emit/markdown.ts"() {
    "use strict";
    init_action_log2();
    init_markdown_text();
    init_position();
    init_terminal();
  }
});

// src/emit/csv.ts
var csv_exports = {};
__export(csv_exports, {
  csvCell: () => csvCell,
  csvText: () => csvText,
  emitCsv: () => emitCsv,
  neutraliseFormula: () => neutraliseFormula
});
function emitCsv(meetings, options = {}) {
  return csvText([ACTION_LOG_COLUMNS.map((c) => c.title), ...actionLogRows(meetings)], options);
}
function csvText(rows, { escapeFormulas = true, bom = true } = {}) {
  const safe = rows.map((row2) => row2.map((cell) => csvCell(cell, escapeFormulas)));
  return csvLibrary().stringify(safe, { record_delimiter: "windows", bom, quoted_match: /[\r\n]/ });
}
function csvCell(cell, escapeFormulas = true) {
  const text3 = cell.split("\r\n").map((part) => safeForTerminal(part.replace(/\r/g, "\n"))).join("\r\n");
  return escapeFormulas ? neutraliseFormula(text3) : text3;
}
function neutraliseFormula(cell) {
  return FORMULA_START.test(cell) && !NOT_A_FORMULA.test(cell) ? `'${cell}` : cell;
}
var FORMULA_START, NOT_A_FORMULA;
var init_csv = __esm({
  "src/emit/csv.ts"() {
    "use strict";
    init_libraries();
    init_action_log2();
    init_terminal();
    FORMULA_START = /^[=+\-@\t\r]/;
    NOT_A_FORMULA = /^[-+]$|^[-+]?\d+(?:[.,]\d+)?%?$/;
  }
});

// src/cli/commands/parse.ts
var parse_exports = {};
__export(parse_exports, {
  runParse: () => runParse
});
async function runParse(files, options, config, io) {
  if (files.length === 0) throw new UsageError("parse needs one or more minutes files (- for stdin)");
  refuseInputAsOutput(options.out, [...files, ...configFiles(config)], io.cwd);
  const meetings = [];
  let failed = false;
  const settings = { dateOrder: options.dateOrder ?? config.dateOrder ?? void 0, aliases: config.aliases, closedWords: config.closedWords, shape: "full" };
  const pool = new ParsePool(settings, 1);
  try {
    for (const file of files) {
      try {
        const bytes = await readMinutesBytes(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd });
        const meeting = meetingFromJson(await pool.parse({ file, bytes }), file);
        if (!options.quiet) for (const warning of meeting.warnings) io.stderr(`${formatDiagnostic(warning, meeting)}
`);
        meetings.push(meeting);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr(`vawg: ${oneLine(error.message)}
`);
        failed = true;
      }
    }
  } finally {
    await pool.close();
  }
  const output = await emit(meetings, options, files.length === 1);
  if (meetings.length > 0 || files.length > 1) {
    if (options.out) await io.writeFile(options.out, output);
    else io.stdout(output);
  }
  return failed ? EXIT.failure : EXIT.ok;
}
async function emit(meetings, options, single) {
  switch (options.format) {
    case "json":
      return emitJson(meetings, { single });
    case "yaml":
      return (await Promise.resolve().then(() => (init_yaml(), yaml_exports))).emitYaml(meetings, { single });
    case "md":
      return (await Promise.resolve().then(() => (init_markdown2(), markdown_exports))).emitMarkdown(meetings);
    case "csv":
      return (await Promise.resolve().then(() => (init_csv(), csv_exports))).emitCsv(meetings, { escapeFormulas: options.escapeFormulas, bom: options.bom });
  }
}
var init_parse2 = __esm({
  "src/cli/commands/parse.ts"() {
    "use strict";
    init_json();
    init_terminal();
    init_file();
    init_io();
    init_parse_job();
    init_parse_pool();
    init_real_files();
    init_report();
  }
});

// src/emit/action-columns.ts
function registerSource(entry, layoutOf2 = (file) => ({ file })) {
  return placeOf(layoutOf2(entry.raisedAt.file), [entry.raisedAt.line]);
}
function layoutColumns(columns, withBody = false) {
  const chosen = columns ?? DEFAULT_COLUMNS;
  return withBody && !chosen.includes("body") ? ["body", ...chosen] : chosen;
}
function unknownColumns(names) {
  return names.filter((name2) => !Object.hasOwn(REGISTER_COLUMNS, name2));
}
function columnTitles(columns) {
  return columns.map((name2) => REGISTER_COLUMNS[name2].title);
}
function columnCells(entry, columns, dates = "iso", layoutOf2 = (file) => ({ file })) {
  const date = dates === "long" ? longDate : (iso) => iso;
  return columns.map((name2) => REGISTER_COLUMNS[name2].cell(entry, date, layoutOf2));
}
function groupEntries(entries, by, dates = "iso") {
  const date = (iso) => iso === null ? null : dates === "long" ? longDate(iso) : iso;
  const groups = /* @__PURE__ */ new Map();
  const add2 = (key2, title, order, entry) => {
    const group = groups.get(key2) ?? { title, order, entries: [] };
    group.entries.push(entry);
    groups.set(key2, group);
  };
  for (const entry of entries) {
    const meeting = date(entry.raisedAt.date) ?? oneLine(entry.raisedAt.file);
    const meetingOrder = `${entry.raisedAt.date ?? "9999"} ${entry.raisedAt.file}`;
    if (by === "meeting") add2(entry.raisedAt.file, meeting, meetingOrder, entry);
    else if (by === "item") add2(`${entry.raisedAt.file}\0${entry.item ?? ""}`, `${entry.item ? `Item ${entry.item}` : "No item"} \u2014 ${meeting}`, meetingOrder, entry);
    else if (entry.owners.length === 0) add2(`\0${entry.ownersRaw ?? ""}`, entry.ownersRaw || "No owner", "\uFFFF", entry);
    else for (const owner of entry.owners) add2(`${owner.name}`, owner.name, owner.name.toLocaleLowerCase("en"), entry);
  }
  return [...groups.values()].map((group, index) => ({ group, index })).sort((a, b) => a.group.order < b.group.order ? -1 : a.group.order > b.group.order ? 1 : a.index - b.index).map(({ group }) => ({ title: group.title, entries: group.entries }));
}
var REGISTER_COLUMNS, DEFAULT_COLUMNS;
var init_action_columns = __esm({
  "src/emit/action-columns.ts"() {
    "use strict";
    init_position();
    init_dates();
    init_action_log2();
    init_terminal();
    REGISTER_COLUMNS = {
      body: { title: "Body", cell: (entry) => entry.body ?? "(no title)" },
      id: { title: "ID", cell: (entry) => entry.id ?? "" },
      item: { title: "Item", cell: (entry) => entry.item ?? "" },
      action: { title: "Action", cell: (entry) => entry.text },
      owner: { title: "Owner(s)", cell: (entry) => ownerNames(entry.owners) || (entry.ownersRaw ?? "") },
      due: { title: "Due", cell: (entry, date) => entry.due ? date(entry.due) : entry.dueRaw ?? "" },
      status: { title: "Status", cell: (entry) => entry.rag ? `${entry.status} (${entry.rag})` : entry.status },
      rag: { title: "RAG", cell: (entry) => entry.rag ?? "" },
      raised: { title: "Raised", cell: (entry, date) => entry.raisedAt.date ? date(entry.raisedAt.date) : "" },
      carried: { title: "Carried", cell: (entry) => String(entry.carried) },
      update: {
        title: "Last update",
        cell: (entry, date) => entry.lastUpdate ? `${entry.lastUpdate.date ? date(entry.lastUpdate.date) : ""} ${entry.lastUpdate.progress ?? ""}`.trim() : ""
      },
      source: { title: "Source", cell: (entry, _date, layoutOf2) => oneLine(registerSource(entry, layoutOf2)) }
    };
    DEFAULT_COLUMNS = ["id", "action", "owner", "due", "status", "raised", "carried", "update", "source"];
  }
});

// node_modules/chalk/source/vendor/ansi-styles/index.js
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value2 = Math.max(red, green, blue) * 2;
        if (value2 === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value2 === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ANSI_BACKGROUND_OFFSET, wrapAnsi16, wrapAnsi256, wrapAnsi16m, styles, modifierNames, foregroundColorNames, backgroundColorNames, colorNames, ansiStyles, ansi_styles_default;
var init_ansi_styles = __esm({
  "node_modules/chalk/source/vendor/ansi-styles/index.js"() {
    ANSI_BACKGROUND_OFFSET = 10;
    wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
    wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
    wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
    styles = {
      modifier: {
        reset: [0, 0],
        // 21 isn't widely supported and 22 does the same thing
        bold: [1, 22],
        dim: [2, 22],
        italic: [3, 23],
        underline: [4, 24],
        overline: [53, 55],
        inverse: [7, 27],
        hidden: [8, 28],
        strikethrough: [9, 29]
      },
      color: {
        black: [30, 39],
        red: [31, 39],
        green: [32, 39],
        yellow: [33, 39],
        blue: [34, 39],
        magenta: [35, 39],
        cyan: [36, 39],
        white: [37, 39],
        // Bright color
        blackBright: [90, 39],
        gray: [90, 39],
        // Alias of `blackBright`
        grey: [90, 39],
        // Alias of `blackBright`
        redBright: [91, 39],
        greenBright: [92, 39],
        yellowBright: [93, 39],
        blueBright: [94, 39],
        magentaBright: [95, 39],
        cyanBright: [96, 39],
        whiteBright: [97, 39]
      },
      bgColor: {
        bgBlack: [40, 49],
        bgRed: [41, 49],
        bgGreen: [42, 49],
        bgYellow: [43, 49],
        bgBlue: [44, 49],
        bgMagenta: [45, 49],
        bgCyan: [46, 49],
        bgWhite: [47, 49],
        // Bright color
        bgBlackBright: [100, 49],
        bgGray: [100, 49],
        // Alias of `bgBlackBright`
        bgGrey: [100, 49],
        // Alias of `bgBlackBright`
        bgRedBright: [101, 49],
        bgGreenBright: [102, 49],
        bgYellowBright: [103, 49],
        bgBlueBright: [104, 49],
        bgMagentaBright: [105, 49],
        bgCyanBright: [106, 49],
        bgWhiteBright: [107, 49]
      }
    };
    modifierNames = Object.keys(styles.modifier);
    foregroundColorNames = Object.keys(styles.color);
    backgroundColorNames = Object.keys(styles.bgColor);
    colorNames = [...foregroundColorNames, ...backgroundColorNames];
    ansiStyles = assembleStyles();
    ansi_styles_default = ansiStyles;
  }
});

// node_modules/chalk/source/vendor/supports-color/index.js
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : import_node_process.default.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (import_node_process.default.platform === "win32") {
    const osRelease = import_node_os2.default.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key2) => key2 in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var import_node_process, import_node_os2, import_node_tty, env, flagForceColor, supportsColor, supports_color_default;
var init_supports_color = __esm({
  "node_modules/chalk/source/vendor/supports-color/index.js"() {
    import_node_process = __toESM(require("node:process"), 1);
    import_node_os2 = __toESM(require("node:os"), 1);
    import_node_tty = __toESM(require("node:tty"), 1);
    ({ env } = import_node_process.default);
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      flagForceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      flagForceColor = 1;
    }
    supportsColor = {
      stdout: createSupportsColor({ isTTY: import_node_tty.default.isatty(1) }),
      stderr: createSupportsColor({ isTTY: import_node_tty.default.isatty(2) })
    };
    supports_color_default = supportsColor;
  }
});

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
var init_utilities = __esm({
  "node_modules/chalk/source/utilities.js"() {
  }
});

// node_modules/chalk/source/index.js
function createChalk(options) {
  return chalkFactory(options);
}
var stdoutColor, stderrColor, GENERATOR, STYLER, IS_EMPTY, levelMapping, styles2, applyOptions, Chalk, chalkFactory, getModelAnsi, usedModels, proto, createStyler, createBuilder, applyStyle, chalk, chalkStderr;
var init_source2 = __esm({
  "node_modules/chalk/source/index.js"() {
    init_ansi_styles();
    init_supports_color();
    init_utilities();
    ({ stdout: stdoutColor, stderr: stderrColor } = supports_color_default);
    GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
    STYLER = /* @__PURE__ */ Symbol("STYLER");
    IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
    levelMapping = [
      "ansi",
      "ansi",
      "ansi256",
      "ansi16m"
    ];
    styles2 = /* @__PURE__ */ Object.create(null);
    applyOptions = (object, options = {}) => {
      if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
        throw new Error("The `level` option should be an integer from 0 to 3");
      }
      const colorLevel = stdoutColor ? stdoutColor.level : 0;
      object.level = options.level === void 0 ? colorLevel : options.level;
    };
    Chalk = class {
      constructor(options) {
        return chalkFactory(options);
      }
    };
    chalkFactory = (options) => {
      const chalk2 = (...strings) => strings.join(" ");
      applyOptions(chalk2, options);
      Object.setPrototypeOf(chalk2, createChalk.prototype);
      return chalk2;
    };
    Object.setPrototypeOf(createChalk.prototype, Function.prototype);
    for (const [styleName, style] of Object.entries(ansi_styles_default)) {
      styles2[styleName] = {
        get() {
          const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
          Object.defineProperty(this, styleName, { value: builder });
          return builder;
        }
      };
    }
    styles2.visible = {
      get() {
        const builder = createBuilder(this, this[STYLER], true);
        Object.defineProperty(this, "visible", { value: builder });
        return builder;
      }
    };
    getModelAnsi = (model, level, type, ...arguments_) => {
      if (model === "rgb") {
        if (level === "ansi16m") {
          return ansi_styles_default[type].ansi16m(...arguments_);
        }
        if (level === "ansi256") {
          return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
        }
        return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
      }
      if (model === "hex") {
        return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
      }
      return ansi_styles_default[type][model](...arguments_);
    };
    usedModels = ["rgb", "hex", "ansi256"];
    for (const model of usedModels) {
      styles2[model] = {
        get() {
          const { level } = this;
          return function(...arguments_) {
            const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
      const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
      styles2[bgModel] = {
        get() {
          const { level } = this;
          return function(...arguments_) {
            const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
    }
    proto = Object.defineProperties(() => {
    }, {
      ...styles2,
      level: {
        enumerable: true,
        get() {
          return this[GENERATOR].level;
        },
        set(level) {
          this[GENERATOR].level = level;
        }
      }
    });
    createStyler = (open, close, parent) => {
      let openAll;
      let closeAll;
      if (parent === void 0) {
        openAll = open;
        closeAll = close;
      } else {
        openAll = parent.openAll + open;
        closeAll = close + parent.closeAll;
      }
      return {
        open,
        close,
        openAll,
        closeAll,
        parent
      };
    };
    createBuilder = (self, _styler, _isEmpty) => {
      const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
      Object.setPrototypeOf(builder, proto);
      builder[GENERATOR] = self;
      builder[STYLER] = _styler;
      builder[IS_EMPTY] = _isEmpty;
      return builder;
    };
    applyStyle = (self, string) => {
      if (self.level <= 0 || !string) {
        return self[IS_EMPTY] ? "" : string;
      }
      let styler = self[STYLER];
      if (styler === void 0) {
        return string;
      }
      const { openAll, closeAll } = styler;
      if (string.includes("\x1B")) {
        while (styler !== void 0) {
          string = stringReplaceAll(string, styler.close, styler.open);
          styler = styler.parent;
        }
      }
      const lfIndex = string.indexOf("\n");
      if (lfIndex !== -1) {
        string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
      }
      return openAll + string + closeAll;
    };
    Object.defineProperties(createChalk.prototype, styles2);
    chalk = createChalk();
    chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });
  }
});

// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, linuxPalette, csi, escape, pattern;
var init_ansi_regex = __esm({
  "node_modules/ansi-regex/index.js"() {
    ST = String.raw`(?:\u001B\u005C|\u009C)`;
    stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
    osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
    controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
    linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
    csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
    escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
    pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
  }
});

// node_modules/strip-ansi/index.js
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esm({
  "node_modules/strip-ansi/index.js"() {
    init_ansi_regex();
    regex = ansiRegex();
  }
});

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint, ambiguousMaximumCodePoint, ambiguousRanges, fullwidthMinimalCodePoint, fullwidthMaximumCodePoint, fullwidthRanges, wideMinimalCodePoint, wideMaximumCodePoint, wideRanges;
var init_lookup_data = __esm({
  "node_modules/get-east-asian-width/lookup-data.js"() {
    ambiguousMinimalCodePoint = 161;
    ambiguousMaximumCodePoint = 1114109;
    ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
    fullwidthMinimalCodePoint = 12288;
    fullwidthMaximumCodePoint = 65510;
    fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint = 4352;
    wideMaximumCodePoint = 262141;
    wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
  }
});

// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities2 = __esm({
  "node_modules/get-east-asian-width/utilities.js"() {
    isInRange = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
  }
});

// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esm({
  "node_modules/get-east-asian-width/lookup.js"() {
    init_lookup_data();
    init_utilities2();
    commonCjkCodePoint = 19968;
    [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
    isAmbiguous = (codePoint) => {
      if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
        return false;
      }
      return isInRange(ambiguousRanges, codePoint);
    };
    isFullwidth = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
        return false;
      }
      return isInRange(fullwidthRanges, codePoint);
    };
    isWide = (codePoint) => {
      if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
        return false;
      }
      return isInRange(wideRanges, codePoint);
    };
  }
});

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}
var init_get_east_asian_width = __esm({
  "node_modules/get-east-asian-width/index.js"() {
    init_lookup();
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports2, module2) {
    module2.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/string-width/index.js
function stringWidth(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
var import_emoji_regex, segmenter, defaultIgnorableCodePointRegex;
var init_string_width = __esm({
  "node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    import_emoji_regex = __toESM(require_emoji_regex(), 1);
    segmenter = new Intl.Segmenter();
    defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
  }
});

// src/emit/fit-table.ts
function stringWidth2(text3) {
  return isAscii(text3) ? text3.length : stringWidth(text3);
}
function fitTable(columns, rows, width = Infinity) {
  const kept = columns.map((_, i) => i).filter((i) => rows.some((row2) => row2[i] !== ""));
  const shown = kept.map((i) => columns[i]);
  const cells = rows.map((row2) => kept.map((i) => row2[i]));
  const widths2 = shown.map((column, c) => cells.reduce((most2, row2) => Math.max(most2, stringWidth2(row2[c])), stringWidth2(column.title)));
  let over = widths2.reduce((sum, w) => sum + w, 0) + GAP2.length * Math.max(0, widths2.length - 1) - width;
  for (let c = shown.length - 1; c >= 0 && over > 0; c--) {
    if (!shown[c].flexible) continue;
    const narrowest = Math.min(widths2[c], Math.max(shown[c].min ?? 12, stringWidth2(shown[c].title)));
    const cut2 = Math.min(over, widths2[c] - narrowest);
    widths2[c] -= cut2;
    over -= cut2;
  }
  const line = (row2) => row2.map((cell, c) => pad(cell, widths2[c])).join(GAP2).trimEnd();
  const lines = cells.map((row2) => {
    const parts = row2.map((cell, c) => {
      const flexible = shown[c].flexible;
      return flexible === "wrap" ? wrap(cell, widths2[c]) : [flexible === "cut" ? cut(cell, widths2[c]) : flexible === "cut-start" ? cutStart(cell, widths2[c]) : cell];
    });
    const height = Math.max(...parts.map((part) => part.length));
    return Array.from({ length: height }, (_, n) => line(parts.map((part) => part[n] ?? ""))).join("\n");
  });
  return { header: line(shown.map((column) => column.title)), rows: lines };
}
function pad(text3, width) {
  return text3 + " ".repeat(Math.max(0, width - stringWidth2(text3)));
}
function cut(text3, width) {
  if (stringWidth2(text3) <= width) return text3;
  return `${isAscii(text3) ? text3.slice(0, width - 1) : within([...text3], width - 1).join("")}\u2026`;
}
function cutStart(text3, width) {
  if (stringWidth2(text3) <= width) return text3;
  return `\u2026${isAscii(text3) ? text3.slice(text3.length - width + 1) : within([...text3].reverse(), width - 1).reverse().join("")}`;
}
function within(characters, width) {
  let cells = 0;
  let count3 = 0;
  for (const character of characters) {
    cells += stringWidth2(character);
    if (cells > width) break;
    count3++;
  }
  return characters.slice(0, count3);
}
function wrap(text3, width) {
  if (stringWidth2(text3) <= width) return [text3];
  const lines = [];
  let current = "";
  for (const word2 of text3.split(" ")) {
    const joined = current === "" ? word2 : `${current} ${word2}`;
    if (stringWidth2(joined) <= width) current = joined;
    else {
      if (current !== "") lines.push(current);
      let rest = [...word2];
      while (stringWidth2(rest.join("")) > width) {
        const piece = within(rest, width);
        const taken = piece.length > 0 ? piece.length : 1;
        lines.push(rest.slice(0, taken).join(""));
        rest = rest.slice(taken);
      }
      current = rest.join("");
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
var GAP2;
var init_fit_table = __esm({
  "src/emit/fit-table.ts"() {
    "use strict";
    init_string_width();
    init_normalise();
    GAP2 = "  ";
  }
});

// src/emit/register.ts
function emitRegisterJson(entries) {
  return jsonText(entries);
}
function emitRegisterYaml(entries) {
  return yamlText(entries);
}
function emitRegisterCsv(entries, options = {}) {
  const columns = layoutColumns(options.columns, options.withBody);
  const header = columnTitles(columns);
  if (!options.groupBy) return csvText([header, ...entries.map((entry) => columnCells(entry, columns, options.dates, options.layoutOf))], options);
  const rows = groupEntries(entries, options.groupBy, options.dates).flatMap((group) => group.entries.map((entry) => [group.title, ...columnCells(entry, columns, options.dates, options.layoutOf)]));
  return csvText([[GROUP_TITLES[options.groupBy], ...header], ...rows], options);
}
function emitRegisterMarkdown(entries, options = {}) {
  const columns = layoutColumns(options.columns, options.withBody);
  const table2 = (some) => markdownTable(columnTitles(columns), some.map((entry) => columnCells(entry, columns, options.dates, options.layoutOf)));
  if (!options.groupBy) return `${table2(entries)}
`;
  return `${groupEntries(entries, options.groupBy, options.dates).map((group) => `## ${markdownLine(group.title)}

${table2(group.entries)}
`).join("\n")}`;
}
function emitRegisterTable(entries, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const columns = [
    { title: "ID" },
    { title: "Action", flexible: "wrap", min: 24 },
    { title: "Owner(s)" },
    { title: "Due" },
    { title: "Status" },
    { title: "Raised" },
    { title: "Carried" },
    { title: "Last update", flexible: "cut", min: 16 },
    { title: "Source", flexible: "cut-start", min: 24 }
  ];
  const names = layoutColumns(void 0, options.withBody);
  const titles = columnTitles(names);
  const written = entries.map((entry) => columnCells(entry, names, "iso", options.layoutOf));
  const rows = written.map((row2) => row2.map(oneLine));
  const shown = options.withBody ? [{ title: titles[0], flexible: "cut", min: 16 }, ...columns] : columns;
  const table2 = fitTable(shown, rows, options.width);
  const out = [paint.bold(table2.header)];
  entries.forEach((entry, index) => {
    const overdue = entry.status === "open" && entry.due !== null && entry.due < options.asOf;
    const text3 = table2.rows[index];
    out.push(entry.status === "closed" ? paint.dim(text3) : overdue ? paint.red(text3) : text3);
  });
  out.push(paint.dim(`${entries.length} action${entries.length === 1 ? "" : "s"}`));
  return `${out.join("\n")}
`;
}
var GROUP_TITLES;
var init_register = __esm({
  "src/emit/register.ts"() {
    "use strict";
    init_source2();
    init_fit_table();
    init_action_columns();
    init_csv();
    init_json();
    init_markdown2();
    init_markdown_text();
    init_terminal();
    init_yaml();
    GROUP_TITLES = { owner: "Owner", item: "Item", meeting: "Meeting" };
  }
});

// src/emit/register-html.ts
function emitRegisterHtml(entries, options = {}) {
  const shown = layoutColumns(options.columns, options.withBody);
  const row2 = (entry) => `<tr>${columnCells(entry, shown, options.dates, options.layoutOf).map((cell) => `<td>${cellHtml(cell)}</td>`).join("")}</tr>`;
  const head = `<thead>
<tr>${columnTitles(shown).map((title2) => `<th scope="col">${cellHtml(title2)}</th>`).join("")}</tr>
</thead>`;
  const bodies = options.groupBy ? groupEntries(entries, options.groupBy, options.dates).map(
    (group) => `<tbody>
<tr><th scope="rowgroup" colspan="${shown.length}">${cellHtml(group.title)}</th></tr>
${group.entries.map(row2).join("\n")}
</tbody>`
  ) : [`<tbody>
${entries.map(row2).join("\n")}
</tbody>`];
  const table2 = `<table>
${head}
${bodies.join("\n")}
</table>
`;
  if (!options.page) return table2;
  const title = cellHtml(options.title ?? "Action log");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25em .5em;text-align:left;vertical-align:top}</style>
</head>
<body>
<h1>${title}</h1>
${table2}</body>
</html>
`;
}
function cellHtml(text3) {
  return escapeHtml(safeForTerminal(text3));
}
var init_register_html = __esm({
  "src/emit/register-html.ts"() {
    "use strict";
    init_action_columns();
    init_html_escape();
    init_terminal();
  }
});

// src/lexicon/bodies.ts
function bodyKey(title) {
  const named = fold(title).replace(LEADING, "");
  const end = NAME_END.exec(named);
  const words2 = (end ? named.slice(0, end.index) : named).split(" ").filter((word2) => word2 !== "the" && word2 !== "and" && word2 !== "");
  while (words2.length > 1 && (TRAILING_WORDS.has(words2[words2.length - 1]) || /^(?:19|20)\d\d$/.test(words2[words2.length - 1]))) words2.pop();
  return words2.join(" ");
}
function bodyName(title) {
  const key2 = bodyKey(title).split(" ");
  const spans = [];
  for (const token of title.matchAll(/[^\s\-\u2013\u2014:,;()[\]|/]+/g)) {
    for (const word2 of fold(token[0]).split(" ")) if (word2 !== "") spans.push({ word: word2, start: token.index, end: token.index + token[0].length });
  }
  for (let first = 0; first < spans.length; first++) {
    let at = first;
    let matched = 0;
    while (at < spans.length && matched < key2.length) {
      if (spans[at].word === key2[matched]) matched++;
      else if (matched === 0 || spans[at].word !== "the" && spans[at].word !== "and") break;
      at++;
    }
    if (matched === key2.length) {
      const name2 = title.slice(spans[first].start, spans[at - 1].end);
      return name2.split("(").length > name2.split(")").length && title[spans[at - 1].end] === ")" ? `${name2})` : name2;
    }
  }
  return title;
}
var KIND, STATE, MONTH2, LEADING, NAME_END, TRAILING_WORDS;
var init_bodies = __esm({
  "src/lexicon/bodies.ts"() {
    "use strict";
    init_normalise();
    KIND = "(?:ordinary|extraordinary|annual|special|regular|monthly|annual general|extraordinary general|general|full)";
    STATE = "(?:draft|approved|unconfirmed|confirmed|public)";
    MONTH2 = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
    LEADING = new RegExp(`^(?:${STATE} )?(?:(?:minutes|notes) (?:of |for )?)?(?:(?:the|a|an) )?(?:(?:${KIND} |${MONTH2} )?meeting (?:of |for )?)?(?:the )?`);
    NAME_END = new RegExp(`(?: ${KIND}| ${MONTH2})? meeting (?:of|for) | held (?:at|in|on|via) `);
    TRAILING_WORDS = /* @__PURE__ */ new Set([
      ..."january february march april may june july august september october november december".split(" "),
      ..."meeting minutes notes agenda draft approved unconfirmed confirmed ordinary extraordinary annual special regular monthly".split(" ")
    ]);
  }
});

// src/register/entry-index.ts
function addTo(map, key2, value2) {
  const set = map.get(key2);
  if (set) set.add(value2);
  else map.set(key2, /* @__PURE__ */ new Set([value2]));
}
function push(map, key2, value2) {
  const list = map.get(key2);
  if (list) list.push(value2);
  else map.set(key2, [value2]);
}
var EntryIndex;
var init_entry_index = __esm({
  "src/register/entry-index.ts"() {
    "use strict";
    init_normalise();
    init_similarity();
    EntryIndex = class {
      byId = /* @__PURE__ */ new Map();
      openByWord = /* @__PURE__ */ new Map();
      numbers = /* @__PURE__ */ new Map();
      words = /* @__PURE__ */ new Map();
      /** Owners' names folded, which updates compare with theirs. */
      owners = /* @__PURE__ */ new Map();
      // An action's wording comes back in the updates of later meetings, and the same few owners recur:
      // each distinct text and name is analysed once. The sets are shared, so never changed.
      wordsByText = /* @__PURE__ */ new Map();
      foldedNames = /* @__PURE__ */ new Map();
      add(entry) {
        const words2 = this.wordsOf(entry.text);
        this.words.set(entry, words2);
        this.owners.set(entry, this.ownersOf(entry.owners));
        this.numbers.set(entry, this.numbers.size);
        if (entry.id) push(this.byId, fold(entry.id), entry);
        if (entry.status === "open") for (const word2 of words2) addTo(this.openByWord, word2, entry);
      }
      /** Keeps the word index to open actions. */
      closed(entry) {
        for (const word2 of this.words.get(entry) ?? []) this.openByWord.get(word2)?.delete(entry);
      }
      /** An update can reopen an action. */
      opened(entry) {
        for (const word2 of this.words.get(entry) ?? []) addTo(this.openByWord, word2, entry);
      }
      /** Whether the entry was among the first `limit` added. */
      isBefore(entry, limit) {
        return (this.numbers.get(entry) ?? Infinity) < limit;
      }
      /** Content words of a text (see contentWords). */
      wordsOf(text3) {
        let words2 = this.wordsByText.get(text3);
        if (!words2) this.wordsByText.set(text3, words2 = contentWords(text3));
        return words2;
      }
      /** Owners' names, folded for comparison. */
      ownersOf(owners) {
        const names = /* @__PURE__ */ new Set();
        for (const { name: name2 } of owners) {
          let folded = this.foldedNames.get(name2);
          if (folded === void 0) this.foldedNames.set(name2, folded = fold(name2));
          names.add(folded);
        }
        return names;
      }
      withId(id) {
        return this.byId.get(fold(id)) ?? [];
      }
      /** Open entries sharing one of the update's three rarest words. */
      candidates(words2) {
        const sets = [...words2].map((word2) => this.openByWord.get(word2)).filter((set) => set !== void 0 && set.size > 0);
        sets.sort((a, b) => a.size - b.size);
        const found = /* @__PURE__ */ new Set();
        for (const set of sets.slice(0, 3)) for (const entry of set) found.add(entry);
        return [...found];
      }
    };
  }
});

// src/register/register.ts
function orderMeetings(meetings) {
  return [...meetings].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}
function buildRegister(meetings, options = {}) {
  const entries = [];
  const warnings = [];
  const index = new EntryIndex();
  const recentByBody = /* @__PURE__ */ new Map();
  const raisedOn = /* @__PURE__ */ new Map();
  const carried = new CarriedCount();
  const add2 = (entry, position) => {
    entries.push(entry);
    index.add(entry);
    carried.track(entry, position);
  };
  const ordered = orderMeetings(meetings);
  ordered.forEach((meeting, position) => {
    const limit = entries.length;
    const body = options.body === void 0 ? fold(meeting.title ?? "") : "";
    const bodyName3 = options.body === void 0 ? meeting.title : options.body;
    const recent = (recentByBody.get(body) ?? []).flat();
    for (const update of meeting.updates) {
      const entry = findEntry(index, limit, recent, update);
      if (entry) {
        const was = entry.status;
        applyUpdate(entry, update, meeting);
        index.owners.set(entry, index.ownersOf(entry.owners));
        if (entry.status !== was) {
          if (entry.status === "closed") index.closed(entry);
          else index.opened(entry);
        }
        carried.track(entry, position);
      } else {
        add2(entryFromUpdate(update, meeting, bodyName3), position);
        warnings.push({
          file: meeting.file,
          line: update.line,
          column: 1,
          severity: "warning",
          ruleId: "update-unmatched",
          messageId: "unmatched-update",
          reason: `Update \`${shorten(update.text)}\` matches no action in the meetings read; kept as an action raised earlier`
        });
      }
    }
    for (const closure of meeting.closures) {
      const previous = ordered[position - 1];
      const target = closure.refersTo ?? previous?.date ?? null;
      for (const entry of target && raisedOn.get(target) || []) {
        if (entry.status !== "open") continue;
        const step = { kind: "closed-by-statement", date: meeting.date, file: meeting.file, line: closure.line, status: "closed", progress: closure.text };
        entry.status = "closed";
        index.closed(entry);
        carried.track(entry, position);
        entry.history.push(step);
        entry.lastUpdate = step;
      }
    }
    const raised = [];
    for (const action of meeting.actions) {
      const entry = entryFromAction(action, meeting, bodyName3);
      add2(entry, position);
      raised.push(entry);
      if (meeting.date) push2(raisedOn, meeting.date, entry);
    }
    recentByBody.set(body, [...recentByBody.get(body) ?? [], raised].slice(-RECENT_MEETINGS));
  });
  carried.finish(ordered.length - 1);
  return { entries, warnings };
}
function push2(map, key2, value2) {
  const list = map.get(key2);
  if (list) list.push(value2);
  else map.set(key2, [value2]);
}
function findEntry(index, limit, recent, update) {
  const earlier = (entry) => index.isBefore(entry, limit);
  if (update.ref) {
    const byId = index.withId(update.ref).filter(earlier);
    if (byId.length === 1) return byId[0];
  }
  const updateOwners = index.ownersOf(update.owners);
  const updateWords = index.wordsOf(update.text);
  return closest(recent, index, updateWords, updateOwners) ?? closest(index.candidates(updateWords).filter(earlier), index, updateWords, updateOwners);
}
function closest(entries, index, updateWords, updateOwners) {
  let best = null;
  let bestScore = UPDATE_MATCH;
  for (const entry of entries) {
    let score = wordSimilarity(index.words.get(entry), updateWords);
    for (const owner of index.owners.get(entry)) {
      if (updateOwners.has(owner)) {
        score += 0.1;
        break;
      }
    }
    if (score > bestScore || score === bestScore && best?.status === "closed" && entry.status === "open") {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
function applyUpdate(entry, update, meeting) {
  const step = { kind: "update", date: meeting.date, file: meeting.file, line: update.line, status: update.status, progress: update.progress };
  entry.history.push(step);
  entry.lastUpdate = step;
  entry.status = update.status;
  entry.statusRaw = update.statusRaw ?? update.progress;
  entry.rag = update.rag ?? entry.rag;
  entry.progress = update.progress ?? entry.progress;
  if (update.owners.length > 0 && !sameOwners(entry.owners, update.owners)) {
    step.owners = update.owners.map((o) => o.name);
    entry.owners = update.owners;
    entry.ownersRaw = update.ownersRaw;
  }
  if (update.due && update.due !== entry.due) {
    step.due = update.due;
    entry.due = update.due;
  }
}
function sameOwners(a, b) {
  const names = new Set(a.map((o) => fold(o.name)));
  return b.every((o) => names.has(fold(o.name)));
}
function entryFromAction(action, meeting, body) {
  const raisedAt = { date: meeting.date, file: meeting.file, line: action.lines[0] };
  const raised = { kind: "raised", ...raisedAt, status: action.status, progress: action.progress };
  return {
    id: action.id,
    item: action.item,
    text: action.text,
    owners: action.owners,
    ownersRaw: action.ownersRaw,
    due: action.due,
    dueRaw: action.dueRaw,
    status: action.status,
    statusRaw: action.statusRaw,
    rag: action.rag,
    progress: action.progress,
    raisedAt,
    raisedElsewhere: false,
    lastUpdate: null,
    history: [raised],
    carried: 0,
    commitments: commitmentsOf(action, meeting),
    body
  };
}
function entryFromUpdate(update, meeting, body) {
  const place = { date: meeting.date, file: meeting.file, line: update.line };
  const step = { kind: "update", ...place, status: update.status, progress: update.progress };
  return {
    id: update.ref,
    item: update.item,
    text: update.text,
    owners: update.owners,
    ownersRaw: update.ownersRaw,
    due: update.due,
    dueRaw: null,
    status: update.status,
    statusRaw: update.statusRaw ?? update.progress,
    rag: update.rag,
    progress: update.progress,
    raisedAt: place,
    raisedElsewhere: true,
    lastUpdate: step,
    history: [step],
    carried: 0,
    commitments: commitmentsIn(update.text),
    body
  };
}
function commitmentsOf(action, meeting) {
  const named = commitmentsIn(action.text);
  if (named.length > 0 || action.item === null) return named;
  let nearest = null;
  for (const commitment of meeting.commitments) {
    for (const mention of commitment.mentions) {
      if (mention.item === action.item && mention.line <= action.lines[0] && (!nearest || mention.line > nearest.line)) {
        nearest = { number: commitment.number, line: mention.line };
      }
    }
  }
  return nearest ? [nearest.number] : [];
}
function commitmentsIn(text3) {
  const numbers = /* @__PURE__ */ new Set();
  for (const m of text3.matchAll(/\bcommitments?\s+(\d{1,4}(?:\s*(?:,|&|and)\s*\d{1,4})*)/gi)) {
    for (const n of m[1].match(/\d+/g) ?? []) numbers.add(+n);
  }
  return [...numbers];
}
function shorten(text3) {
  return text3.length > 60 ? `${text3.slice(0, 57)}\u2026` : text3;
}
var UPDATE_MATCH, RECENT_MEETINGS, CarriedCount;
var init_register2 = __esm({
  "src/register/register.ts"() {
    "use strict";
    init_normalise();
    init_similarity();
    init_entry_index();
    UPDATE_MATCH = 0.6;
    RECENT_MEETINGS = 3;
    CarriedCount = class {
      /** Open entries, with the position of the meeting from which they have been open. */
      openSince = /* @__PURE__ */ new Map();
      /** Called whenever an entry is added or its status may have changed, at that meeting's position. */
      track(entry, position) {
        const since = this.openSince.get(entry);
        if (entry.status === "open" && since === void 0) this.openSince.set(entry, position);
        else if (entry.status !== "open" && since !== void 0) {
          entry.carried += position - since;
          this.openSince.delete(entry);
        }
      }
      /** Ends the stretches still open at the last meeting. */
      finish(lastPosition) {
        for (const [entry, since] of this.openSince) entry.carried += lastPosition - since;
      }
    };
  }
});

// src/register/bodies.ts
function remembered(read) {
  const known = /* @__PURE__ */ new Map();
  return (title) => {
    let value2 = known.get(title);
    if (value2 === void 0) {
      if (known.size > 1e4) known.clear();
      value2 = read(title);
      known.set(title, value2);
    }
    return value2;
  };
}
function groupBodies(meetings, options = {}) {
  const warnings = [];
  const configuredName = /* @__PURE__ */ new Map();
  const keyOf2 = /* @__PURE__ */ new Map();
  const untitled = [];
  for (const meeting of meetings) {
    const configured = options.configured?.(meeting) ?? null;
    const key2 = keyOfTitle(configured ?? meeting.title ?? "");
    if (configured !== null) configuredName.set(key2, configured);
    if (key2 === "") untitled.push(meeting);
    else keyOf2.set(meeting, key2);
  }
  mergeNearTitles(keyOf2, configuredName, warnings);
  placeUntitled(untitled, keyOf2, warnings);
  const groups = /* @__PURE__ */ new Map();
  for (const meeting of meetings) push3(groups, keyOf2.get(meeting), meeting);
  const bodies = [...groups].map(([key2, members]) => ({ name: configuredName.get(key2) ?? commonName(members), meetings: orderMeetings(members) }));
  bodies.sort((a, b) => a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name));
  return { bodies, warnings };
}
function buildBodyRegisters(meetings, options = {}) {
  const { bodies, warnings } = groupBodies(meetings, options);
  const registers = bodies.map((body) => ({ ...body, register: buildRegister(body.meetings, { body: body.name }) }));
  return { bodies: registers, warnings: [...warnings, ...registers.flatMap((b) => b.register.warnings)] };
}
function selectBody(bodies, wanted) {
  const key2 = bodyKey(wanted);
  const keyed = bodies.filter((b) => b.name !== null);
  const exact = keyed.filter((b) => bodyKey(b.name) === key2);
  const matches = exact.length > 0 || key2 === "" ? exact : keyed.filter((b) => bodyKey(b.name).includes(key2));
  return matches.length === 1 ? { body: matches[0] } : { matches };
}
function mergeNearTitles(keyOf2, configured, warnings) {
  const members = /* @__PURE__ */ new Map();
  for (const [meeting, key2] of keyOf2) push3(members, key2, meeting);
  if (members.size < 2) return;
  const weight = (key2) => configured.has(key2) ? Infinity : members.get(key2).length;
  const byWeight = [...members.keys()].sort((a, b) => weight(b) - weight(a));
  const kept = /* @__PURE__ */ new Map();
  const into = /* @__PURE__ */ new Map();
  for (const key2 of byWeight) {
    const near = configured.has(key2) ? void 0 : slipShapes(key2).flatMap((shape) => kept.get(shape) ?? []).find((other) => isSlip(key2, other));
    if (near === void 0) {
      for (const shape of slipShapes(key2)) push3(kept, shape, key2);
      continue;
    }
    into.set(key2, near);
    const [first, ...more] = members.get(key2);
    warnings.push({
      file: first.file,
      line: 1,
      column: 1,
      severity: "warning",
      ruleId: "body-title",
      messageId: "near-title",
      reason: `Title \`${first.title ?? key2}\`${more.length > 0 ? ` (${more.length + 1} meetings)` : ""} read as the body \`${configured.get(near) ?? commonName(members.get(near)) ?? near}\`, whose name differs only by a letter or two`
    });
  }
  for (const [meeting, key2] of keyOf2) {
    const target = into.get(key2);
    if (target !== void 0) keyOf2.set(meeting, target);
  }
}
function slipShapes(key2) {
  const words2 = key2.split(" ");
  const blanked = words2.flatMap((word2, i) => word2.length < 4 || /\d/.test(word2) ? [] : [[...words2.slice(0, i), "*", ...words2.slice(i + 1)].join(" ")]);
  return [`=${words2.join("")}`, ...blanked];
}
function push3(map, key2, value2) {
  const list = map.get(key2);
  if (list) list.push(value2);
  else map.set(key2, [value2]);
}
function isSlip(a, b) {
  if (a.replace(/ /g, "") === b.replace(/ /g, "")) return true;
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.flatMap((word2, i) => word2 === wordsB[i] ? [] : [[word2, wordsB[i]]]);
  if (differing.length !== 1) return false;
  const [x, y] = differing[0];
  if (/\d/.test(x) || /\d/.test(y) || Math.min(x.length, y.length) < 4) return false;
  return editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1) || isSwap(x, y);
}
function isSwap(x, y) {
  if (x.length !== y.length) return false;
  const at = [...x].findIndex((letter, i) => letter !== y[i]);
  return at >= 0 && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}
function placeUntitled(untitled, keyOf2, warnings) {
  const all = new Set(keyOf2.values());
  const byFolder = /* @__PURE__ */ new Map();
  for (const [meeting, key2] of keyOf2) {
    const folder = (0, import_node_path7.dirname)(meeting.file);
    byFolder.set(folder, (byFolder.get(folder) ?? /* @__PURE__ */ new Set()).add(key2));
  }
  const apart = [];
  for (const meeting of untitled) {
    const beside = byFolder.get((0, import_node_path7.dirname)(meeting.file)) ?? /* @__PURE__ */ new Set();
    const key2 = beside.size === 1 ? [...beside][0] : all.size === 1 ? [...all][0] : "";
    keyOf2.set(meeting, key2);
    if (key2 === "" && all.size > 0) apart.push(meeting);
  }
  if (apart.length === 0) return;
  const one = apart.length === 1;
  warnings.push({
    file: apart[0].file,
    line: 1,
    column: 1,
    severity: "warning",
    ruleId: "body-title",
    messageId: "no-title",
    reason: `${one ? "The meeting has" : `This meeting and ${apart.length - 1} more have`} no title, and the minutes beside ${one ? "it" : "them"} belong to several bodies; ${one ? "its" : "their"} actions are kept as a body of their own (name it with \`body:\` in vawg.config.yaml)`
  });
}
function commonName(meetings) {
  const names = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const meeting of meetings) {
    if (meeting.title === null) continue;
    const name2 = bodyName2(meeting.title);
    names.set(meeting, name2);
    counts.set(name2, (counts.get(name2) ?? 0) + 1);
  }
  const most2 = Math.max(0, ...counts.values());
  const latestFirst = orderMeetings(meetings).reverse();
  const chosen = latestFirst.find((meeting) => counts.get(names.get(meeting) ?? "") === most2);
  return chosen ? names.get(chosen) : null;
}
var import_node_path7, keyOfTitle, bodyName2;
var init_bodies2 = __esm({
  "src/register/bodies.ts"() {
    "use strict";
    import_node_path7 = require("node:path");
    init_bodies();
    init_normalise();
    init_register2();
    keyOfTitle = remembered(bodyKey);
    bodyName2 = remembered(bodyName);
  }
});

// src/resolve/owner-match.ts
function ownerMatches(owner, wanted, aliases = {}) {
  const targets = new Set([wanted, aliasFor(aliases, wanted) ?? wanted].map(keyOf));
  for (const [alias, name3] of Object.entries(aliases)) if (keyOf(name3) === keyOf(owner.name)) targets.add(keyOf(alias));
  targets.delete("");
  const name2 = keyOf(aliasFor(aliases, owner.name) ?? owner.name);
  const raw = keyOf(owner.raw);
  for (const target of targets) {
    if (target === name2 || target === raw || raw.startsWith(`${target} `)) return true;
    if (name2.split(" ").includes(target)) return true;
  }
  const initials = owner.kind === "person" ? initialsOf2(owner.name) : "";
  return initials.length > 1 && [wanted, aliasFor(aliases, wanted) ?? wanted].some((text3) => initialsKey(text3) === initials);
}
function keyOf(text3) {
  return fold(stripHonorifics(text3.trim()));
}
function initialsOf2(name2) {
  return initialsKey(
    stripHonorifics(name2).split(/[\s-]+/).filter(Boolean).map((part) => [...part][0]).join("")
  );
}
function initialsKey(text3) {
  return text3.trim().normalize("NFD").replace(/[\u0300-\u036f.]/g, "").toUpperCase();
}
var init_owner_match = __esm({
  "src/resolve/owner-match.ts"() {
    "use strict";
    init_config();
    init_names();
    init_normalise();
  }
});

// src/register/filter.ts
function filterRegister(entries, filter, aliases = {}) {
  const state = filter.state ?? "open";
  const asOf = filter.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  return entries.filter((entry) => {
    if (state !== "all" && entry.status !== state) return false;
    if (filter.owner && !entry.owners.some((owner) => ownerMatches(owner, filter.owner, aliases))) return false;
    if (filter.overdue && !(entry.status === "open" && entry.due !== null && entry.due < asOf)) return false;
    if (filter.dueBefore && !(entry.due !== null && entry.due < filter.dueBefore)) return false;
    if (filter.since && !(entry.raisedAt.date !== null && entry.raisedAt.date >= filter.since)) return false;
    if (filter.commitment !== void 0 && !entry.commitments.includes(filter.commitment)) return false;
    if (filter.body && !bodyKey(entry.body ?? "").includes(bodyKey(filter.body))) return false;
    return true;
  });
}
function sortRegister(entries, key2) {
  const compare = {
    due: (a, b) => byNullable(a.due, b.due),
    age: (a, b) => byNullable(a.raisedAt.date, b.raisedAt.date),
    owner: (a, b) => (a.owners[0]?.name ?? "\uFFFF").localeCompare(b.owners[0]?.name ?? "\uFFFF"),
    meeting: () => 0
  }[key2];
  return entries.map((entry, index) => ({ entry, index })).sort((a, b) => compare(a.entry, b.entry) || a.index - b.index).map((x) => x.entry);
}
function byNullable(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
var init_filter = __esm({
  "src/register/filter.ts"() {
    "use strict";
    init_bodies();
    init_owner_match();
  }
});

// node_modules/is-safe-filename/index.js
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
var unsafeFilenameFixtures;
var init_is_safe_filename = __esm({
  "node_modules/is-safe-filename/index.js"() {
    unsafeFilenameFixtures = Object.freeze([
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
  }
});

// node_modules/env-paths/index.js
function envPaths(name2, { suffix = "nodejs" } = {}) {
  assertSafeFilename(name2);
  if (suffix) {
    name2 += `-${suffix}`;
  }
  assertSafeFilename(name2);
  if (import_node_process2.default.platform === "darwin") {
    return macos(name2);
  }
  if (import_node_process2.default.platform === "win32") {
    return windows(name2);
  }
  return linux(name2);
}
var import_node_path8, import_node_os3, import_node_process2, homedir2, tmpdir, env2, macos, windows, linux;
var init_env_paths = __esm({
  "node_modules/env-paths/index.js"() {
    import_node_path8 = __toESM(require("node:path"), 1);
    import_node_os3 = __toESM(require("node:os"), 1);
    import_node_process2 = __toESM(require("node:process"), 1);
    init_is_safe_filename();
    homedir2 = import_node_os3.default.homedir();
    tmpdir = import_node_os3.default.tmpdir();
    ({ env: env2 } = import_node_process2.default);
    macos = (name2) => {
      const library = import_node_path8.default.join(homedir2, "Library");
      return {
        data: import_node_path8.default.join(library, "Application Support", name2),
        config: import_node_path8.default.join(library, "Preferences", name2),
        cache: import_node_path8.default.join(library, "Caches", name2),
        log: import_node_path8.default.join(library, "Logs", name2),
        temp: import_node_path8.default.join(tmpdir, name2)
      };
    };
    windows = (name2) => {
      const appData = env2.APPDATA || import_node_path8.default.join(homedir2, "AppData", "Roaming");
      const localAppData = env2.LOCALAPPDATA || import_node_path8.default.join(homedir2, "AppData", "Local");
      return {
        // Data/config/cache/log are invented by me as Windows isn't opinionated about this
        data: import_node_path8.default.join(localAppData, name2, "Data"),
        config: import_node_path8.default.join(appData, name2, "Config"),
        cache: import_node_path8.default.join(localAppData, name2, "Cache"),
        log: import_node_path8.default.join(localAppData, name2, "Log"),
        temp: import_node_path8.default.join(tmpdir, name2)
      };
    };
    linux = (name2) => {
      const username = import_node_path8.default.basename(homedir2);
      return {
        data: import_node_path8.default.join(env2.XDG_DATA_HOME || import_node_path8.default.join(homedir2, ".local", "share"), name2),
        config: import_node_path8.default.join(env2.XDG_CONFIG_HOME || import_node_path8.default.join(homedir2, ".config"), name2),
        cache: import_node_path8.default.join(env2.XDG_CACHE_HOME || import_node_path8.default.join(homedir2, ".cache"), name2),
        // https://wiki.debian.org/XDGBaseDirectorySpecification#state
        log: import_node_path8.default.join(env2.XDG_STATE_HOME || import_node_path8.default.join(homedir2, ".local", "state"), name2),
        temp: import_node_path8.default.join(tmpdir, username, name2)
      };
    };
  }
});

// src/cache/cache-dir.ts
function defaultCacheDir(env3) {
  return env3.VAWG_CACHE_DIR || envPaths("vawg", { suffix: "" }).cache;
}
var init_cache_dir = __esm({
  "src/cache/cache-dir.ts"() {
    "use strict";
    init_env_paths();
  }
});

// src/cache/trust.ts
function folderProblem(path2, follow) {
  let info;
  try {
    info = follow ? (0, import_node_fs8.statSync)(path2, { throwIfNoEntry: false }) : (0, import_node_fs8.lstatSync)(path2, { throwIfNoEntry: false });
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
    link = (0, import_node_fs8.lstatSync)(path2, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
  if (link === void 0) return void 0;
  if (link.isSymbolicLink()) return { problem: `${path2} is a symbolic link` };
  if (!link.isFile()) return { problem: `${path2} is not a regular file` };
  let fd;
  try {
    fd = (0, import_node_fs8.openSync)(path2, import_node_fs8.constants.O_RDONLY | (import_node_fs8.constants.O_NOFOLLOW ?? 0) | (import_node_fs8.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return error.code === "ELOOP" ? { problem: `${path2} is a symbolic link` } : void 0;
  }
  try {
    const info = (0, import_node_fs8.fstatSync)(fd);
    if (!info.isFile()) return { problem: `${path2} is not a regular file` };
    if (info.size > maxBytes) return { problem: `${path2} is larger than any file vawg writes there` };
    const problem = ownershipProblem(path2, info);
    if (problem) return { problem };
    return { bytes: readWhole(fd, info.size) };
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs8.closeSync)(fd);
  }
}
function distrustWarning(problem) {
  return `vawg: warning: not using the cache: ${oneLine(problem)} (vawg uses only cache files and folders that are yours and that no one else can write; set VAWG_CACHE_DIR to another folder, or use --no-cache)
`;
}
function warnOnce(text3, write2) {
  const registry = globalThis;
  const warned = registry[WARNED] ??= /* @__PURE__ */ new Set();
  if (warned.has(text3)) return;
  warned.add(text3);
  write2(text3);
}
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
    const read = (0, import_node_fs8.readSync)(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}
var import_node_fs8, WARNED, PRIVATE_FOLDER, PRIVATE_FILE;
var init_trust = __esm({
  "src/cache/trust.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    init_terminal();
    WARNED = /* @__PURE__ */ Symbol.for("vawg.cache-warnings");
    PRIVATE_FOLDER = 448;
    PRIVATE_FILE = 384;
  }
});

// src/cache/meeting-cache.ts
function sha256(text3) {
  return (0, import_node_crypto.createHash)("sha256").update(text3).digest("hex");
}
var import_node_crypto, import_node_fs9, import_node_path9, MeetingCache, MAX_ENTRY, FORMAT;
var init_meeting_cache = __esm({
  "src/cache/meeting-cache.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_temporaries();
    init_trust();
    MeetingCache = class {
      constructor(dir) {
        this.dir = dir;
        this.problem = folderProblem(dir, true);
      }
      dir;
      /** Subfolders this process has made, so each is made once, not once per entry. */
      made = /* @__PURE__ */ new Set();
      /** Why each subfolder read so far may not be used (undefined when it may), so each is checked once. */
      folders = /* @__PURE__ */ new Map();
      /** Why the whole cache may not be used: its folder is not the user's alone. Then nothing is read or written. */
      problem;
      /** The first reason an entry or subfolder was not used, for one warning at the end of a run. */
      entryProblem;
      /** The key of one file's parse. `recipe` is everything besides the bytes that changes the result. */
      static key(bytes, recipe2) {
        return (0, import_node_crypto.createHash)("sha256").update(`${FORMAT}
${recipe2}
`).update(bytes).digest("hex");
      }
      /** The stored JSON of a parse, or undefined when there is none or it is damaged. */
      get(key2) {
        if (this.problem || this.distrusted((0, import_node_path9.join)(this.dir, key2.slice(0, 2)))) return void 0;
        const read = readTrusted(this.path(key2), MAX_ENTRY);
        if (read && "problem" in read) this.entryProblem ??= read.problem;
        if (!read || !("bytes" in read)) return void 0;
        const entry = read.bytes.toString("utf8");
        const newline = entry.indexOf("\n");
        const [format2, entryKey, checksum] = entry.slice(0, newline).split(" ");
        const payload = entry.slice(newline + 1);
        if (newline < 0 || format2 !== FORMAT || entryKey !== key2 || checksum !== sha256(payload)) return void 0;
        return payload;
      }
      /**
       * Stores a parse through a temporary file and a rename, so a reader never sees half an entry and
       * two runs writing the same entry at once both leave a whole one. Returns false when the cache
       * folder cannot be written (read-only home, full disk): the run goes on without it. Asynchronous,
       * so that the writes go on beside the parsing of the next files.
       */
      async set(key2, payload) {
        const path2 = this.path(key2);
        const temporary = temporaryPath(path2);
        const folder = (0, import_node_path9.join)(this.dir, key2.slice(0, 2));
        if (this.problem || this.distrusted(folder)) return false;
        try {
          if (!this.made.has(folder)) {
            await import_node_fs9.promises.mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
            removeStaleTemporaries(folder);
            this.made.add(folder);
          }
          await import_node_fs9.promises.writeFile(temporary, `${FORMAT} ${key2} ${sha256(payload)}
${payload}`, { mode: PRIVATE_FILE, flag: "wx" });
          await import_node_fs9.promises.rename(temporary, path2);
          return true;
        } catch {
          await import_node_fs9.promises.unlink(temporary).catch(() => void 0);
          return false;
        }
      }
      /** Whether a subfolder is not the user's alone (checked once; one that does not exist yet is fine). */
      distrusted(folder) {
        if (!this.folders.has(folder)) this.folders.set(folder, folderProblem(folder, false));
        const problem = this.folders.get(folder);
        this.entryProblem ??= problem;
        return problem !== void 0;
      }
      path(key2) {
        return (0, import_node_path9.join)(this.dir, key2.slice(0, 2), `${key2.slice(2)}.json`);
      }
    };
    MAX_ENTRY = 256 * 1024 * 1024;
    FORMAT = "vawg-cache-2";
  }
});

// src/model/schema-check.ts
function compileSchema(root) {
  const defs = /* @__PURE__ */ new Map();
  const ref = (pointer) => {
    const name2 = /^#\/\$defs\/([^/]+)$/.exec(pointer)?.[1];
    const target = name2 === void 0 ? void 0 : root.$defs?.[name2];
    if (!name2 || !target) throw new Error(`unknown schema reference ${pointer}`);
    return (value2) => {
      if (!defs.has(name2)) defs.set(name2, compile(target));
      return defs.get(name2)(value2);
    };
  };
  const compile = (schema) => {
    const checks = [];
    if (schema.properties || schema.required || schema.additionalProperties !== void 0) checks.push(properties(schema, compile));
    for (const [keyword, argument] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword) || OBJECT_KEYWORDS.has(keyword)) continue;
      if (keyword === "$ref") checks.push(ref(argument));
      else if (keyword === "oneOf") checks.push(oneOf(argument.map(compile)));
      else if (keyword === "items") checks.push(items(compile(argument)));
      else if (Object.hasOwn(KEYWORDS, keyword)) checks.push(KEYWORDS[keyword](argument));
      else throw new Error(`unknown schema keyword ${keyword}`);
    }
    return (value2) => {
      for (const check2 of checks) if (!check2(value2)) return false;
      return true;
    };
  };
  return compile(root);
}
function isType(value2, type) {
  switch (type) {
    case "null":
      return value2 === null;
    case "string":
      return typeof value2 === "string";
    case "integer":
      return Number.isInteger(value2);
    case "number":
      return typeof value2 === "number" && Number.isFinite(value2);
    case "boolean":
      return typeof value2 === "boolean";
    case "array":
      return Array.isArray(value2);
    case "object":
      return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
    default:
      throw new Error(`unknown schema type ${type}`);
  }
}
function oneOf(checks) {
  return (value2) => checks.filter((check2) => check2(value2)).length === 1;
}
function items(check2) {
  return (value2) => !Array.isArray(value2) || value2.every(check2);
}
function properties(schema, compile) {
  const known = new Map(Object.entries(schema.properties ?? {}).map(([name2, sub]) => [name2, compile(sub)]));
  const required = schema.required ?? [];
  if (typeof (schema.additionalProperties ?? false) !== "boolean") throw new Error("unknown schema form of additionalProperties");
  const closed = schema.additionalProperties === false;
  return (value2) => {
    if (typeof value2 !== "object" || value2 === null || Array.isArray(value2)) return true;
    const record = value2;
    for (const name2 of required) if (!Object.hasOwn(record, name2)) return false;
    for (const name2 of Object.keys(record)) {
      const check2 = known.get(name2);
      if (check2 ? !check2(record[name2]) : closed) return false;
    }
    return true;
  };
}
var ANNOTATIONS, KEYWORDS, OBJECT_KEYWORDS;
var init_schema_check = __esm({
  "src/model/schema-check.ts"() {
    "use strict";
    ANNOTATIONS = /* @__PURE__ */ new Set(["$schema", "$id", "$defs", "title", "description"]);
    KEYWORDS = {
      type: (types) => {
        const list = Array.isArray(types) ? types : [types];
        return (value2) => list.some((type) => isType(value2, type));
      },
      enum: (values) => (value2) => values.includes(value2),
      pattern: (source) => {
        const pattern2 = new RegExp(source, "u");
        return (value2) => typeof value2 !== "string" || pattern2.test(value2);
      },
      minimum: (minimum) => (value2) => typeof value2 !== "number" || value2 >= minimum,
      minItems: (count3) => (value2) => !Array.isArray(value2) || value2.length >= count3
    };
    OBJECT_KEYWORDS = /* @__PURE__ */ new Set(["properties", "required", "additionalProperties"]);
  }
});

// src/cache/meeting-shape.ts
function hasMeetingShape(value2) {
  check ??= loadCheck();
  return check(value2);
}
function loadCheck() {
  try {
    return compileSchema(JSON.parse((0, import_node_fs10.readFileSync)(new URL("../../schema/meeting.schema.json", __vawgFileUrl), "utf8")));
  } catch {
    return () => false;
  }
}
var import_node_fs10, check;
var init_meeting_shape = __esm({
  "src/cache/meeting-shape.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    init_schema_check();
  }
});

// node_modules/fdir/dist/index.mjs
function cleanPath(path2) {
  let normalized = (0, import_path.normalize)(path2);
  if (normalized.length > 1 && normalized[normalized.length - 1] === import_path.sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path2, separator) {
  return path2.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path2) {
  return path2 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path2);
}
function normalizePath(path2, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path2.includes("/") || path2.startsWith(".");
  if (resolvePaths) path2 = (0, import_path.resolve)(path2);
  if (normalizePath$1 || pathNeedsCleaning) path2 = cleanPath(path2);
  if (path2 === ".") return "";
  const needsSeperator = path2[path2.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path2 + pathSeparator : path2, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes((0, import_path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path2, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = (0, import_path.dirname)(path2);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = (0, import_path.dirname)(parent);
  }
  state.symlinks.set(path2, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var import_module, import_path, nativeFs, __require, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    import_module = require("module");
    import_path = require("path");
    nativeFs = __toESM(require("fs"), 1);
    __require = /* @__PURE__ */ (0, import_module.createRequire)(__vawgFileUrl);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path2 = directoryPath || ".";
      if (filters.every((filter) => filter(path2, true))) paths.push(path2);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path2, state, callback$1) {
      const { queue, fs: fs2, options: { suppressErrors } } = state;
      queue.enqueue();
      fs2.realpath(path2, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs2.stat(resolvedPath, (error$1, stat3) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat3.isDirectory() && isRecursive(path2, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat3, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path2, state, callback$1) {
      const { queue, fs: fs2, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs2.realpathSync(path2);
        const stat3 = fs2.statSync(resolvedPath);
        if (stat3.isDirectory() && isRecursive(path2, resolvedPath, state)) return;
        callback$1(stat3, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs: fs2 } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs: fs2 } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path2 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path2)) continue;
            this.pushDirectory(path2, paths, filters);
            this.walkDirectory(this.state, path2, path2, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path2 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path2, this.state, (stat3, resolvedPath) => {
              if (stat3.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path2 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path2 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path2;
                const filename = (0, import_path.basename)(resolvedPath);
                const directoryPath$1 = normalizePath((0, import_path.dirname)(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require.resolve("picomatch");
      pm = __require("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: import_path.sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path2) => isMatch(path2));
        return this;
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path2, { windows: windows2 } = {}) => {
      const segs = path2.split(windows2 ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value3 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value3;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value3);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value2 = input.slice(n);
        parts.push(value2);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value2;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value2 = `[${args.join("-")}]`;
      try {
        new RegExp(value2);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value2;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel2 = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value2 = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value2 += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value2 += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value2 += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value2);
              value2 = "";
              continue;
            }
          }
        }
        value2 += ch;
      }
      parts.push(value2);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value2 = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value2)) {
          value2 = value2.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value2)) {
        return;
      }
      return value2.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel2(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value2 = pattern2.trim();
      let match = parseRepeatedExtglob(value2);
      while (match) {
        depth++;
        value2 = match.body.trim();
        match = parseRepeatedExtglob(value2);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel2(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value2;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value3 = "", num = 0) => {
        state.consumed += value3;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count3 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push4 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value3) => {
        const token = { ...EXTGLOB_CHARS[value3], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push4({ type, value: value3, output: state.output ? "" : ONE_CHAR });
        push4({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push4({ type: "paren", extglob: true, value: value2, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push4({ type: "paren", extglob: true, value: value2, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value2 = advance();
        if (value2 === "\0") {
          continue;
        }
        if (value2 === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value2 += "\\";
            push4({ type: "text", value: value2 });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value2 += "\\";
            }
          }
          if (opts.unescape === true) {
            value2 = advance();
          } else {
            value2 += advance();
          }
          if (state.brackets === 0) {
            push4({ type: "text", value: value2 });
            continue;
          }
        }
        if (state.brackets > 0 && (value2 !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value2 === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value2 === "[" && peek() !== ":" || value2 === "-" && peek() === "]") {
            value2 = `\\${value2}`;
          }
          if (value2 === "]" && (prev.value === "[" || prev.value === "[^")) {
            value2 = `\\${value2}`;
          }
          if (opts.posix === true && value2 === "!" && prev.value === "[") {
            value2 = "^";
          }
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (state.quotes === 1 && value2 !== '"') {
          value2 = utils.escapeRegex(value2);
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (value2 === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push4({ type: "text", value: value2 });
          }
          continue;
        }
        if (value2 === "(") {
          increment("parens");
          push4({ type: "paren", value: value2 });
          continue;
        }
        if (value2 === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push4({ type: "paren", value: value2, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value2 === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value2 = `\\${value2}`;
          } else {
            increment("brackets");
          }
          push4({ type: "bracket", value: value2 });
          continue;
        }
        if (value2 === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push4({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push4({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value2 = `/${value2}`;
          }
          prev.value += value2;
          append({ value: value2 });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value2 === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value: value2,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push4(open);
          continue;
        }
        if (value2 === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push4({ type: "text", value: value2, output: value2 });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value2 = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push4({ type: "brace", value: value2, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value2 === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push4({ type: "text", value: value2 });
          continue;
        }
        if (value2 === ",") {
          let output = value2;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push4({ type: "comma", value: value2, output });
          continue;
        }
        if (value2 === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push4({ type: "slash", value: value2, output: SLASH_LITERAL });
          continue;
        }
        if (value2 === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value2;
            prev.value += value2;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push4({ type: "text", value: value2, output: DOT_LITERAL });
            continue;
          }
          push4({ type: "dot", value: value2, output: DOT_LITERAL });
          continue;
        }
        if (value2 === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value2);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value2;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value2}`;
            }
            push4({ type: "text", value: value2, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push4({ type: "qmark", value: value2, output: QMARK_NO_DOT });
            continue;
          }
          push4({ type: "qmark", value: value2, output: QMARK });
          continue;
        }
        if (value2 === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value2);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value2 === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value2);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push4({ type: "plus", value: value2, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push4({ type: "plus", value: value2 });
            continue;
          }
          push4({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value2 === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push4({ type: "at", extglob: true, value: value2, output: "" });
            continue;
          }
          push4({ type: "text", value: value2 });
          continue;
        }
        if (value2 !== "*") {
          if (value2 === "$" || value2 === "^") {
            value2 = `\\${value2}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value2 += match[0];
            state.index += match[0].length;
          }
          push4({ type: "text", value: value2 });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value2;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value2);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value2);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value2);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push4({ type: "star", value: value2, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push4({ type: "star", value: value2, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value2;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value2;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push4({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push4({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value2;
          state.output += prev.output;
          state.globstar = true;
          consume(value2);
          continue;
        }
        const token = { type: "star", value: value2, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push4(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value2;
          push4(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push4(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push4({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex2 = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex2, options, { glob: glob2, posix: posix3 });
        const result = { glob: glob2, state, regex: regex2, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex2, options, { glob: glob2, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex2, options, posix3);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix3 = options && options.windows) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex2.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch3.parse(p, options));
      return parse(pattern2, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module2.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module2.exports = picomatch3;
  }
});

// node_modules/tinyglobby/dist/index.mjs
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => import_path2.posix.relative(cwd, p) || ".";
  return (p) => import_path2.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = import_path2.posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path2) {
  return path2.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path2) {
  var _result$parts;
  const result = import_picomatch.default.scan(path2, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path2];
}
function isDynamicPattern(pattern2, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern2);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value2) {
  return typeof value2 === "string" ? [value2] : value2 !== null && value2 !== void 0 ? value2 : [];
}
function normalizePattern(pattern2, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern2;
  if (pattern2[pattern2.length - 1] === "/") result = pattern2.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = (0, import_path2.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? import_path2.posix.relative(escapedCwd, result) : import_path2.posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = import_path2.posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? import_path2.posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern2 of options.ignore) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") ignorePatterns.push(normalizePattern(pattern2, options, props, true));
  }
  for (const pattern2 of patterns) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") matchPatterns.push(normalizePattern(pattern2, options, props, false));
    else if (pattern2[1] !== "!" || pattern2[2] === "(") ignorePatterns.push(normalizePattern(pattern2.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore2 = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format2 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format2 : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore2(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path2 = format2(p, isDirectory);
      const matches = matcher(path2) && !ignore2(path2);
      if (matches) log(`matched ${path2}`);
      return matches;
    } : (p, isDirectory) => {
      const path2 = format2(p, isDirectory);
      return matcher(path2) && !ignore2(path2);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key2 in defaultOptions) if (opts[key2] === void 0) Object.assign(opts, { [key2]: defaultOptions[key2] });
  opts.cwd = (opts.cwd instanceof URL ? (0, import_url.fileURLToPath)(opts.cwd) : (0, import_path2.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || import_fs.readdir,
    readdirSync: opts.fs.readdirSync || import_fs.readdirSync,
    realpath: opts.fs.realpath || import_fs.realpath,
    realpathSync: opts.fs.realpathSync || import_fs.realpathSync,
    stat: opts.fs.stat || import_fs.stat,
    statSync: opts.fs.statSync || import_fs.statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative6] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative6) : [];
}
var import_fs, import_path2, import_url, import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    import_fs = require("fs");
    import_path2 = require("path");
    import_url = require("url");
    init_dist();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path2) => path2.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path2) => path2.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE2 = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value2) => {
      Object.defineProperty(object, key2, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern2, start) => {
      const { length } = pattern2;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern2[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern2[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern2[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern2[index + 1] !== "]") {
          index++;
          let to = pattern2[index];
          if (to === ESCAPE) {
            to = pattern2[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern2[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern2[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern2[end - 1] === ":") {
            const name2 = pattern2.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body += POSIX_CLASSES[name2];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern2[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern2) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern2;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern2[index];
        if (char === ESCAPE) {
          const escaped = pattern2[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE2) {
            out += pattern2.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern2, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE2 : run2,
        ESCAPE + SPACE2
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern2) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern2) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern2) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern2)) {
        pattern2 = "**";
      }
      const { source, sources } = extractBrackets(pattern2);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern2);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern2)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH,
        path2[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path2.length - 1;
      const cut2 = path2.lastIndexOf(
        SLASH,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut2 < 0 ? EMPTY : path2.slice(0, cut2 + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern2) => pattern2 && isString(pattern2);
    var splitPattern2 = (pattern2) => (pattern2[pattern2.length - 1] === "\r" ? pattern2.slice(0, -1) : pattern2).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern2, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern2;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex2 = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex2);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count3 = 0;
      while (str[str.length - count3 - 1] === ESCAPE) {
        count3++;
      }
      return count3 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE2) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE2 : body.slice(0, end);
    };
    var createRule = (pattern2, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern2[0] === BOM ? pattern2.slice(1) : pattern2;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE2 || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern2,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern2, index) {
        if (pattern2 && pattern2[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern2._rules._rules);
          this._basenameCount += pattern2._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern2);
        const raw = isStr ? pattern2 : pattern2.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern2.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern2) {
        this._added = false;
        this._split = isString(pattern2);
        this._stripBOM = !this._split || pattern2[0] === BOM;
        makeArray(
          this._split ? splitPattern2(pattern2) : pattern2
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename7 = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename7 : path2
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern2) {
        if (this._rules.add(pattern2)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern2) {
        return this.add(pattern2);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache) {
        const cached = cache[path2];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli/ignores.ts
function withoutIgnored(found, config, cwd, exclusions = []) {
  if (found.length === 0) return found;
  const isDocument = (0, import_picomatch2.default)(REPOSITORY_DOCUMENTS, { dot: true, nocase: true });
  const ignoredByConfig = config.ignores.length > 0 ? (0, import_picomatch2.default)(config.ignores, { dot: true }) : () => false;
  const excluded = exclusions.length > 0 ? (0, import_picomatch2.default)(exclusions, { dot: true }) : null;
  const gitignored = config.gitignore ? gitignoreReader() : null;
  return found.filter((file) => {
    const fromConfig = posix2((0, import_node_path10.relative)(config.root, file));
    if (!fromConfig.startsWith("../") && (isDocument(fromConfig) || ignoredByConfig(fromConfig))) return false;
    if (excluded && excluded(posix2((0, import_node_path10.relative)(cwd, file)))) return false;
    return !gitignored?.(file);
  });
}
function gitignoreReader() {
  const byFolder = /* @__PURE__ */ new Map();
  const rulesOf = (folder) => {
    if (!byFolder.has(folder)) {
      const file = (0, import_node_path10.join)(folder, ".gitignore");
      byFolder.set(folder, (0, import_node_fs11.existsSync)(file) ? (0, import_ignore.default)().add((0, import_node_fs11.readFileSync)(file, "utf8")) : null);
    }
    return byFolder.get(folder);
  };
  const roots = /* @__PURE__ */ new Map();
  const repositoryOf = (folder) => {
    if (!roots.has(folder)) {
      const parent = (0, import_node_path10.dirname)(folder);
      roots.set(folder, (0, import_node_fs11.existsSync)((0, import_node_path10.join)(folder, ".git")) ? folder : parent === folder ? null : repositoryOf(parent));
    }
    return roots.get(folder);
  };
  return (file) => {
    const root = repositoryOf((0, import_node_path10.dirname)(file));
    if (root === null) return false;
    for (let folder = (0, import_node_path10.dirname)(file); ; folder = (0, import_node_path10.dirname)(folder)) {
      if (rulesOf(folder)?.ignores(posix2((0, import_node_path10.relative)(folder, file)))) return true;
      if (folder === root) return false;
    }
  };
}
function posix2(path2) {
  return import_node_path10.sep === "/" ? path2 : path2.split(import_node_path10.sep).join("/");
}
var import_node_fs11, import_node_path10, import_ignore, import_picomatch2, REPOSITORY_DOCUMENTS;
var init_ignores = __esm({
  "src/cli/ignores.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path10 = require("node:path");
    import_ignore = __toESM(require_ignore(), 1);
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    REPOSITORY_DOCUMENTS = ["**/README*", "**/CHANGELOG*", "**/CONTRIBUTING*", "**/CODE_OF_CONDUCT*", "**/SECURITY*", "**/LICENSE*", "**/.github/**"];
  }
});

// src/cli/inputs.ts
async function expandInputs(args, cwd, leaveOut = (found) => found) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const broken = /* @__PURE__ */ new Map();
  const isExclusion = (arg) => arg.length > 1 && arg.startsWith("!") && !(0, import_node_fs12.existsSync)((0, import_node_path11.resolve)(cwd, arg));
  const exclusions = args.filter(isExclusion).map((arg) => arg.slice(1));
  for (const arg of args) {
    if (arg === "-") {
      files.add("-");
      continue;
    }
    if (isExclusion(arg)) continue;
    const info = await (0, import_promises.stat)((0, import_node_path11.resolve)(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(MINUTES_GLOB, { cwd: (0, import_node_path11.resolve)(cwd, arg), absolute: true, ignore: ["**/node_modules/**", "**/.git/**"], fs: watchLinks(broken) });
      for (const file of leaveOut(found, exclusions)) files.add(display(file, cwd));
    } else if (info) files.add(arg);
    else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, absolute: true, ignore: ["**/node_modules/**"], fs: watchLinks(broken) });
      if (found.length === 0) missing.push(arg);
      for (const file of leaveOut(found, exclusions)) files.add(display(file, cwd));
    } else missing.push(arg);
  }
  return { files: uniqueRealFiles([...files].sort(), cwd), missing, brokenLinks: brokenLinkList(broken, cwd) };
}
async function expandConfigGlobs(globs, root, cwd, leaveOut = (found) => found) {
  const broken = /* @__PURE__ */ new Map();
  const found = leaveOut(await glob(globs, { cwd: root, absolute: true, ignore: ["**/node_modules/**"], fs: watchLinks(broken) }), []);
  return { files: uniqueRealFiles(found.map((file) => display(file, cwd)).sort(), cwd), missing: [], brokenLinks: brokenLinkList(broken, cwd) };
}
function watchLinks(broken) {
  const watched = (path2, callback2) => (0, import_node_fs12.realpath)(path2, (error, resolved) => {
    if (error) broken.set(path2, error.code === "ELOOP" ? "it leads round in a loop" : error.code === "ENOENT" ? "what it points to does not exist" : `it cannot be followed (${error.code})`);
    callback2(error, resolved);
  });
  return { realpath: watched };
}
function brokenLinkList(broken, cwd) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const [link, problem] of broken) {
    if ((0, import_node_path11.extname)(link) !== "" && !MINUTES_EXTENSIONS.has((0, import_node_path11.extname)(link).toLowerCase())) continue;
    const place = realPlace(link);
    const seen = byPlace.get(place);
    const shown = display(link, cwd);
    if (!seen || shown.length < seen.link.length) byPlace.set(place, { link: shown, problem });
  }
  return [...byPlace.values()].sort((a, b) => a.link < b.link ? -1 : 1);
}
function realPlace(link) {
  try {
    return (0, import_node_path11.join)((0, import_node_fs12.realpathSync)((0, import_node_path11.dirname)(link)), (0, import_node_path11.basename)(link));
  } catch {
    return link;
  }
}
function display(file, cwd) {
  const rel = (0, import_node_path11.relative)(cwd, file);
  return rel.startsWith("..") || (0, import_node_path11.isAbsolute)(rel) ? file : rel;
}
async function listMinutes(paths, config, io, { keepOrder = false } = {}) {
  if (paths.length === 0 && config.minutes.length === 0) throw new UsageError("no minutes given: name files, folders or globs, or set `minutes:` in vawg.config.yaml");
  const leaveOut = (found, exclusions) => withoutIgnored(found, config, io.cwd, exclusions);
  const inputs = paths.length === 0 ? await expandConfigGlobs(config.minutes, config.root, io.cwd, leaveOut) : await expandInputs(paths, io.cwd, leaveOut);
  for (const missing of inputs.missing) io.stderr(`vawg: ${oneLine(missing)}: no such file, folder or matching glob
`);
  for (const { link, problem } of inputs.brokenLinks) io.stderr(`vawg: warning: ${oneLine(link)}: link skipped, ${problem}
`);
  return { files: keepOrder ? paths.filter((p) => !inputs.missing.includes(p)) : inputs.files, missing: inputs.missing.length > 0 };
}
var import_node_fs12, import_promises, import_node_path11, MINUTES_GLOB, MINUTES_EXTENSIONS;
var init_inputs = __esm({
  "src/cli/inputs.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_promises = require("node:fs/promises");
    import_node_path11 = require("node:path");
    init_dist2();
    init_terminal();
    init_io();
    init_ignores();
    init_real_files();
    MINUTES_GLOB = "**/*.{txt,md,markdown,html,htm,docx,pdf}";
    MINUTES_EXTENSIONS = /* @__PURE__ */ new Set([".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"]);
  }
});

// src/cli/progress.ts
var Progress, MAX_WIDTH, MIN_WIDTH, drawing;
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    Progress = class {
      constructor(write2, total, label, columns, now = Date.now) {
        this.write = write2;
        this.total = total;
        this.label = label;
        this.columns = columns;
        this.now = now;
        this.started = now();
      }
      write;
      total;
      label;
      columns;
      now;
      started;
      drawnAt = 0;
      shown = false;
      /** Whether a bar may be drawn at all: stderr is a terminal, and the run is not in CI or quiet. */
      static wanted(stderrIsTTY, env3, quiet) {
        return stderrIsTTY && !quiet && !env3.CI && env3.TERM !== "dumb";
      }
      /** Clears the bar being drawn, if any: for Ctrl-C, so the shell's prompt starts on a clean line. */
      static clear() {
        drawing?.end();
      }
      update(done) {
        const time = this.now();
        if (time - this.started < 1e3 || time - this.drawnAt < 100) return;
        this.drawnAt = time;
        this.shown = true;
        drawing = this;
        const count3 = `${done}/${this.total}`;
        const width = Math.min(MAX_WIDTH, this.columns - this.label.length - count3.length - 5);
        const filled = Math.round(done / this.total * width);
        const bar = width >= MIN_WIDTH ? ` [${"#".repeat(filled)}${"-".repeat(width - filled)}]` : "";
        const line = `${this.label}${bar} ${count3}`;
        this.write(`\r${line.length < this.columns ? line : count3}\x1B[K`);
      }
      /** Clears the bar, so what is printed next starts on a clean line. */
      end() {
        if (this.shown) this.write("\r\x1B[K");
        this.shown = false;
        if (drawing === this) drawing = void 0;
      }
    };
    MAX_WIDTH = 30;
    MIN_WIDTH = 10;
  }
});

// src/cli/load-meetings.ts
async function loadMeetings(paths, config, options, io) {
  const listed = await listMinutes(paths, config, io, { keepOrder: options.keepOrder });
  const files = listed.files;
  refuseInputAsOutput(options.out, [...files, ...configFiles(config)], io.cwd);
  if (options.outDir !== void 0) refuseFolderHoldingInputs(options.outDir, [...files, ...configFiles(config)], io.cwd);
  const settings = { dateOrder: config.dateOrder ?? void 0, aliases: config.aliases, closedWords: config.closedWords, shape: options.shape ?? "full" };
  const cache = options.cache === false ? void 0 : openCache(io);
  const cacheWrites = [];
  const threads = Math.min((0, import_node_os4.availableParallelism)(), options.jobs ?? Math.floor(files.length / FILES_PER_THREAD));
  const pool = new ParsePool(settings, Math.max(1, threads));
  const progress = Progress.wanted(io.stderrIsTTY, io.env, options.quiet) ? new Progress(io.stderr, files.length, "vawg: reading minutes", io.stderrColumns) : void 0;
  const meetings = new Array(files.length);
  const messages = files.map(() => []);
  let done = 0;
  const finish = (index, meeting) => {
    meetings[index] = meeting;
    if (!options.quiet) {
      for (const warning of meeting.warnings) messages[index].push(formatDiagnostic(warning, meeting));
      if (!meeting.date) messages[index].push(noDateWarning(meeting.file));
    }
    progress?.update(++done);
  };
  let failed = listed.missing;
  let unstored = 0;
  const inputError = (index, error) => {
    messages[index].push(`vawg: ${error.message}`);
    failed = true;
    progress?.update(++done);
  };
  const parsing = /* @__PURE__ */ new Set();
  let yielded = Date.now();
  try {
    for (const [index, file] of files.entries()) {
      if (Date.now() - yielded > 50) {
        await new Promise((resolve13) => setImmediate(resolve13));
        yielded = Date.now();
      }
      try {
        const bytes = await readMinutesBytes(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd });
        const key2 = cache ? MeetingCache.key(bytes, recipe(file, settings)) : void 0;
        const stored = key2 && cache?.get(key2);
        const cached = stored ? readStored(stored, file) : void 0;
        if (cached) {
          finish(index, cached);
          continue;
        }
        const job = pool.parse({ file, bytes }).then((json2) => {
          if (key2) cacheWrites.push(cache.set(key2, json2));
          finish(index, meetingFromJson(json2, file));
        }).catch((error) => inputError(index, error)).finally(() => parsing.delete(job));
        parsing.add(job);
        if (parsing.size >= PARSE_AHEAD) await Promise.race(parsing);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        inputError(index, error);
      }
    }
    await Promise.all(parsing);
    unstored = (await Promise.all(cacheWrites)).filter((stored) => !stored).length;
  } finally {
    progress?.end();
    await pool.close();
  }
  for (const lines of messages) for (const line of lines) io.stderr(`${oneLine(line)}
`);
  if (cache?.entryProblem) warnOnce(distrustWarning(cache.entryProblem), io.stderr);
  if (unstored > 0 && !options.quiet) {
    io.stderr(`vawg: warning: ${unstored} of ${cacheWrites.length} parses could not be stored in the cache in ${oneLine(cache.dir)}, so those files will be parsed again next time (check that folder can be written, or use --no-cache)
`);
  }
  return { meetings: meetings.filter((meeting) => meeting !== void 0), failed, files };
}
function noDateWarning(file) {
  const message = "no meeting date found; the meeting is ordered last [meeting-date]";
  return describeLine({ file }, 1).inFile ? `${file}:1:1: warning: ${message}` : `vawg: warning: ${file}: ${message}`;
}
function openCache(io) {
  const cache = new MeetingCache(defaultCacheDir(io.env));
  if (!cache.problem) return cache;
  warnOnce(distrustWarning(cache.problem), io.stderr);
  return void 0;
}
function readStored(json2, file) {
  try {
    const value2 = JSON.parse(json2);
    return hasMeetingShape(value2) ? withFile(value2, file) : void 0;
  } catch {
    return void 0;
  }
}
function recipe(file, settings) {
  return JSON.stringify([BUILD, settings, isMarkdownFile(file), isHtmlFile(file), isWordFile(file), isPdfFile(file)]);
}
var import_node_os4, FILES_PER_THREAD, PARSE_AHEAD, BUILD;
var init_load_meetings = __esm({
  "src/cli/load-meetings.ts"() {
    "use strict";
    import_node_os4 = require("node:os");
    init_cache_dir();
    init_meeting_cache();
    init_meeting_shape();
    init_trust();
    init_terminal();
    init_read();
    init_file();
    init_position();
    init_report();
    init_inputs();
    init_real_files();
    init_parse_job();
    init_parse_pool();
    init_progress();
    FILES_PER_THREAD = 2500;
    PARSE_AHEAD = 64;
    BUILD = true ? "ac37665a9e0aef2c" : "source";
  }
});

// src/emit/xlsx.ts
var xlsx_exports = {};
__export(xlsx_exports, {
  attendanceWorkbook: () => attendanceWorkbook,
  registerWorkbook: () => registerWorkbook
});
async function registerWorkbook(entries, options = {}) {
  const columns = [
    ...options.withBody ? [{ header: "Body" }] : [],
    { header: "ID" },
    { header: "Action" },
    { header: "Owner(s)" },
    { header: "Due", numFmt: DATE_FORMAT },
    { header: "Due as written" },
    { header: "Status" },
    { header: "RAG" },
    { header: "Raised", numFmt: DATE_FORMAT },
    { header: "Carried" },
    { header: "Last update" },
    { header: "Source" }
  ];
  const rows = entries.map((entry) => [
    ...options.withBody ? [entry.body ?? "(no title)"] : [],
    entry.id ?? "",
    entry.text,
    ownerNames(entry.owners) || (entry.ownersRaw ?? ""),
    dateCell(entry.due),
    entry.due === null ? entry.dueRaw ?? "" : "",
    entry.status,
    entry.rag ? RAG_STYLE[entry.rag].word : "",
    dateCell(entry.raisedAt.date),
    entry.carried,
    entry.lastUpdate ? `${entry.lastUpdate.date ?? ""} ${entry.lastUpdate.progress ?? ""}`.trim() : "",
    registerSource(entry, options.layoutOf)
  ]);
  return workbook("Actions", columns, rows, columns.findIndex((column) => column.header === "RAG"));
}
async function attendanceWorkbook(attendance) {
  const mark = { present: "P", apologies: "A", absent: "-" };
  const columns = [
    { header: "Name" },
    { header: "Organisation" },
    ...attendance.meetings.map((meeting) => ({ header: meeting.date ?? meeting.file })),
    { header: "Present" },
    { header: "Rate", numFmt: "0%" }
  ];
  const rows = attendance.people.map((person2) => [person2.name, person2.organisation ?? "", ...person2.presence.map((p) => mark[p]), person2.present, person2.rate]);
  return workbook("Attendance", columns, rows, -1);
}
async function workbook(name2, columns, rows, ragColumn) {
  const book = new (excelLibrary()).Workbook();
  book.creator = "vawg";
  const sheet = book.addWorksheet(name2, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, c) => ({
    header: text(column.header),
    key: String(c),
    width: Math.min(MAX_WIDTH2, Math.max(column.header.length, ...rows.map((row2) => displayLength(row2[c]))) + 2),
    style: column.numFmt ? { numFmt: column.numFmt } : {}
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row2 of rows) {
    const added = sheet.addRow(row2.map((value2) => typeof value2 === "string" ? text(value2) : value2));
    const rag = ragColumn >= 0 ? RAG_BY_WORD.get(String(row2[ragColumn])) : void 0;
    if (rag) {
      const cell = added.getCell(ragColumn + 1);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: rag.fill } };
      cell.font = { color: { argb: rag.font } };
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
function dateCell(iso) {
  return iso ? /* @__PURE__ */ new Date(`${iso}T00:00:00Z`) : null;
}
function text(value2) {
  return csvCell(value2, false);
}
function displayLength(value2) {
  if (value2 instanceof Date) return 10;
  return value2 === null ? 0 : Math.max(...String(value2).split("\n").map((line) => line.length));
}
var DATE_FORMAT, MAX_WIDTH2, RAG_STYLE, RAG_BY_WORD;
var init_xlsx = __esm({
  "src/emit/xlsx.ts"() {
    "use strict";
    init_libraries();
    init_action_log2();
    init_csv();
    init_action_columns();
    DATE_FORMAT = "yyyy-mm-dd";
    MAX_WIDTH2 = 60;
    RAG_STYLE = {
      red: { word: "Red", fill: "FFFFC7CE", font: "FF9C0006" },
      amber: { word: "Amber", fill: "FFFFEB9C", font: "FF9C5700" },
      green: { word: "Green", fill: "FFC6EFCE", font: "FF006100" },
      blue: { word: "Blue", fill: "FFDDEBF7", font: "FF1F4E78" }
    };
    RAG_BY_WORD = new Map(Object.values(RAG_STYLE).map((style) => [style.word, style]));
  }
});

// src/emit/ics.ts
var ics_exports = {};
__export(ics_exports, {
  actionUid: () => actionUid,
  emitRegisterIcs: () => emitRegisterIcs
});
function emitRegisterIcs(entries, options = {}) {
  const { escape: escape2, foldLines } = calendarLibrary();
  const text3 = (value2) => escape2(safeForTerminal(value2), false);
  const stamp = stampOf(options.now ?? /* @__PURE__ */ new Date());
  const seen = /* @__PURE__ */ new Map();
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vawg//action log//EN", "CALSCALE:GREGORIAN"];
  for (const entry of entries) {
    if (entry.due === null) continue;
    const uid = actionUid(entry);
    const count3 = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, count3);
    const owners = ownerNames(entry.owners) || (entry.ownersRaw ?? "");
    lines.push(
      "BEGIN:VTODO",
      `UID:${count3 === 1 ? uid : uid.replace("@", `-${count3}@`)}`,
      `DTSTAMP:${stamp}`,
      `DUE;VALUE=DATE:${entry.due.replace(/-/g, "")}`,
      `SUMMARY:${text3(owners ? `${owners}: ${entry.text}` : entry.text)}`,
      `DESCRIPTION:${text3(description(entry, owners))}`,
      `STATUS:${entry.status === "closed" ? "COMPLETED" : "NEEDS-ACTION"}`,
      "END:VTODO"
    );
  }
  lines.push("END:VCALENDAR");
  return `${foldLines(lines.join("\r\n"))}\r
`;
}
function description(entry, owners) {
  const update = entry.lastUpdate;
  return [
    entry.id && `ID: ${entry.id}`,
    `Action: ${entry.text}`,
    `Owner: ${owners || "none named"}`,
    `Status: ${entry.rag ? `${entry.status} (${entry.rag})` : entry.status}`,
    entry.body && `Body: ${entry.body}`,
    `Raised: ${entry.raisedAt.date ?? "undated meeting"} at ${entry.raisedAt.file}:${entry.raisedAt.line}`,
    update && `Last update: ${[update.date, update.progress].filter(Boolean).join(" ")} (${update.file}:${update.line})`
  ].filter(Boolean).join("\n");
}
function actionUid(entry) {
  const identity = [bodyKey(entry.body ?? ""), entry.raisedAt.date ?? (0, import_node_path12.basename)(entry.raisedAt.file), entry.id ? `id:${fold(entry.id)}` : `text:${fold(entry.text)}`].join("\0");
  return `${(0, import_node_crypto2.createHash)("sha256").update(identity).digest("hex").slice(0, 32)}@vawg`;
}
function stampOf(date) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
var import_node_crypto2, import_node_path12;
var init_ics = __esm({
  "src/emit/ics.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_node_path12 = require("node:path");
    init_libraries();
    init_bodies();
    init_normalise();
    init_action_log2();
    init_terminal();
  }
});

// src/cli/commands/actions.ts
var actions_exports = {};
__export(actions_exports, {
  runActions: () => runActions
});
async function runActions(paths, options, config, io) {
  if (options.format === "xlsx" && !options.out) throw new UsageError(WORKBOOK_NEEDS_OUT);
  checkLayout(options);
  const { meetings, failed } = await loadMeetings(paths, config, { ...options, shape: "register" }, io);
  const { bodies, warnings } = buildBodyRegisters(meetings, { configured: (meeting) => configuredBody(config, (0, import_node_path13.resolve)(io.cwd, meeting.file)) });
  const chosen = options.body === void 0 ? bodies : [pickBody(bodies, options.body)];
  if (!options.quiet) for (const warning of warnings) io.stderr(`${formatDiagnostic(warning, meetings.find((meeting) => meeting.file === warning.file))}
`);
  const asOf = options.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const entries = chosen.flatMap((body) => body.register.entries);
  const listed = sortRegister(filterRegister(entries, { ...options, body: void 0, asOf }, config.aliases), options.sort);
  const withBody = bodies.filter((body) => body.register.entries.length > 0).length > 1;
  const pages = new Map(meetings.flatMap((meeting) => meeting.pageStarts ? [[meeting.file, meeting.pageStarts]] : []));
  const output = await emit2(listed, options, io, asOf, { withBody, layoutOf: (file) => ({ file, pageStarts: pages.get(file) }) });
  if (options.out) await io.writeFile(options.out, output);
  else if (typeof output === "string") io.stdout(output);
  return failed ? EXIT.failure : EXIT.ok;
}
function pickBody(bodies, wanted) {
  const found = selectBody(bodies, wanted);
  if ("body" in found) return found.body;
  const list = (some) => some.map((b) => `\`${oneLine(b.name ?? "(no title)")}\``).join(", ");
  if (found.matches.length > 1) throw new UsageError(`--body \`${oneLine(wanted)}\` matches several bodies: ${list(found.matches)}; give more of the name`);
  const named = bodies.filter((b) => b.name !== null);
  throw new UsageError(`no body \`${oneLine(wanted)}\` in the minutes read; ${named.length ? `they hold ${list(named)}` : "none of them has a title"}`);
}
function checkLayout(options) {
  if (options.columns?.length === 0) throw new UsageError(`--columns: name at least one of ${Object.keys(REGISTER_COLUMNS).join(", ")}`);
  const unknown = unknownColumns(options.columns ?? []);
  if (unknown.length) throw new UsageError(`--columns: unknown column ${unknown.map((name2) => `\`${oneLine(name2)}\``).join(", ")}; expected some of ${Object.keys(REGISTER_COLUMNS).join(", ")}`);
  const layout = [options.columns && "--columns", options.groupBy && "--group-by", options.dates && "--dates"].filter(Boolean);
  if (layout.length && !["md", "csv", "html"].includes(options.format)) throw new UsageError(`${layout.join(", ")}: for --format md, csv or html, not ${options.format}`);
  if (options.page && options.format !== "html") throw new UsageError("--page: for --format html");
}
async function emit2(entries, options, io, asOf, rows) {
  switch (options.format) {
    case "xlsx":
      return (await Promise.resolve().then(() => (init_xlsx(), xlsx_exports))).registerWorkbook(entries, rows);
    case "json":
      return emitRegisterJson(entries);
    case "yaml":
      return emitRegisterYaml(entries);
    case "ics":
      return (await Promise.resolve().then(() => (init_ics(), ics_exports))).emitRegisterIcs(entries);
    case "html":
      return emitRegisterHtml(entries, { ...rows, ...layoutOf(options), page: options.page });
    case "csv":
      return emitRegisterCsv(entries, { escapeFormulas: options.escapeFormulas, bom: options.bom, ...rows, ...layoutOf(options) });
    case "md":
      return emitRegisterMarkdown(entries, { ...rows, ...layoutOf(options) });
    case "table":
      return emitRegisterTable(entries, { color: wantsColor(io, options.color), asOf, width: tableWidth(io), ...rows });
  }
}
function layoutOf(options) {
  return { columns: options.columns, groupBy: options.groupBy, dates: options.dates };
}
var import_node_path13;
var init_actions3 = __esm({
  "src/cli/commands/actions.ts"() {
    "use strict";
    import_node_path13 = require("node:path");
    init_config();
    init_action_columns();
    init_register();
    init_register_html();
    init_terminal();
    init_bodies2();
    init_filter();
    init_report();
    init_io();
    init_load_meetings();
  }
});

// src/emit/digest.ts
function emitDigestMarkdown(digest, options) {
  return digestLines(digest, options, { text: markdownText, line: markdownLine, heading: (level, text3) => `${"#".repeat(level)} ${markdownLine(text3)}` }).join("\n");
}
function emitDigestText(digest, options) {
  const plain = (text3) => safeForTerminal(text3).replace(/[\t\n]+/g, " ");
  return digestLines(digest, options, { text: plain, line: plain, heading: (_level, text3) => `${plain(text3)}
${"-".repeat(plain(text3).length)}` }).join("\n");
}
function digestLines(digest, options, write2) {
  const open = digest.actions.length;
  const overdue = digest.actions.filter((action) => action.daysOverdue > 0);
  const others = digest.actions.filter((action) => action.daysOverdue === 0);
  const out = [
    write2.heading(1, `Open actions: ${digest.owner}`),
    "",
    write2.line(`As of ${longDate(options.asOf)}: ${open} open action${open === 1 ? "" : "s"}, ${overdue.length} overdue.`),
    ""
  ];
  if (overdue.length) out.push(write2.heading(2, "Overdue"), "", ...overdue.flatMap((action, i) => actionLines(action, i + 1, write2)));
  if (others.length) out.push(write2.heading(2, overdue.length ? "Other open actions" : "Open actions"), "", ...others.flatMap((action, i) => actionLines(action, i + 1, write2)));
  return out;
}
function actionLines({ entry, daysOverdue }, number, write2) {
  const due = entry.due ? `${longDate(entry.due)}${daysOverdue ? ` (${daysOverdue} day${daysOverdue === 1 ? "" : "s"} overdue)` : ""}` : entry.dueRaw ? entry.dueRaw : "no date given";
  const update = entry.lastUpdate;
  const raised = `${entry.raisedElsewhere ? "Reported" : "Raised"} at ${[entry.body, entry.raisedAt.date ? longDate(entry.raisedAt.date) : null].filter(Boolean).join(", ") || "a meeting"} (${entry.raisedAt.file}:${entry.raisedAt.line})`;
  const owners = ownerNames(entry.owners);
  return [
    `${number}. ${write2.text(entry.text)}${entry.id ? ` (ID ${write2.text(entry.id)})` : ""}`,
    `   - Due: ${write2.text(due)}`,
    `   - Status: ${write2.text(entry.rag ? `${entry.status} (${entry.rag})` : entry.status)}`,
    ...entry.owners.length > 1 ? [`   - Owners: ${write2.text(owners)}`] : [],
    `   - Last update: ${update ? write2.text(`${update.date ? longDate(update.date) : "undated"}: ${update.progress ?? update.status} (${update.file}:${update.line})`) : "none"}`,
    `   - ${write2.text(raised)}`,
    ""
  ];
}
function emitDigestsCsv(digests, addresses, options) {
  const header = ["Owner", "Email", "Overdue", "Days overdue", "ID", "Action", "Due", "Status", "Last update", "Last update date", "Body", "Raised", "Source"];
  const rows = digests.flatMap(
    (digest, i) => digest.actions.map(({ entry, daysOverdue }) => [
      digest.owner,
      addresses[i] ?? "",
      daysOverdue > 0 ? "yes" : "no",
      String(daysOverdue),
      entry.id ?? "",
      entry.text,
      entry.due ?? entry.dueRaw ?? "",
      entry.rag ? `${entry.status} (${entry.rag})` : entry.status,
      entry.lastUpdate?.progress ?? "",
      entry.lastUpdate?.date ?? "",
      entry.body ?? "",
      entry.raisedAt.date ?? "",
      `${entry.raisedAt.file}:${entry.raisedAt.line}`
    ])
  );
  return csvText([header, ...rows], options);
}
async function emitDigestEml(digest, options) {
  const MailComposer = mailComposer();
  const count3 = digest.actions.length;
  const text3 = emitDigestText(digest, options).replace(/\r?\n/g, "\r\n");
  const id = (0, import_node_crypto3.createHash)("sha256").update(`${digest.owner}\0${options.to ?? ""}\0${text3}`).digest("hex").slice(0, 32);
  const mail2 = new MailComposer({
    ...options.to ? { to: { name: safeForTerminal(digest.owner).replace(/[\r\n]/g, " "), address: options.to } } : {},
    ...options.from ? { from: options.from } : {},
    subject: `Open actions for ${oneHeaderLine(digest.owner)}, ${longDate(options.asOf)}: ${count3} open, ${digest.overdue} overdue`,
    text: text3,
    messageId: `<${id}@vawg.invalid>`,
    date: options.now ?? /* @__PURE__ */ new Date(),
    textEncoding: "quoted-printable",
    headers: { "X-Unsent": "1" }
  });
  return new Promise((resolve13, reject) => mail2.compile().build((error, message) => error ? reject(error) : resolve13(new Uint8Array(message))));
}
function oneHeaderLine(text3) {
  return safeForTerminal(text3).replace(/\s+/g, " ").trim();
}
var import_node_crypto3;
var init_digest = __esm({
  "src/emit/digest.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    init_libraries();
    init_dates();
    init_action_log2();
    init_csv();
    init_markdown_text();
    init_terminal();
  }
});

// src/remind/digests.ts
function buildDigests(entries, options) {
  const digests = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.status !== "open") continue;
    const owners = entry.owners.length ? entry.owners : [null];
    for (const owner of owners) {
      if (options.owner !== void 0 && (owner === null || !ownerMatches(owner, options.owner, options.aliases))) continue;
      const name2 = owner?.name ?? NO_OWNER2;
      const key2 = fold(name2) || name2;
      const digest = digests.get(key2) ?? { owner: name2, kind: owner?.kind ?? "none", actions: [], overdue: 0 };
      const daysOverdue = entry.due !== null && entry.due < options.asOf ? daysBetween(entry.due, options.asOf) : 0;
      digest.actions.push({ entry, daysOverdue });
      if (daysOverdue > 0) digest.overdue++;
      digests.set(key2, digest);
    }
  }
  for (const digest of digests.values()) digest.actions.sort(byUrgency);
  return [...digests.values()].sort((a, b) => a.kind === "none" ? 1 : b.kind === "none" ? -1 : a.owner.localeCompare(b.owner, "en"));
}
function byUrgency(a, b) {
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
  const [x, y] = [a.entry.due, b.entry.due];
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  return 0;
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function addressOf2(owner, people, aliases = {}) {
  const wanted = exactKey(owner);
  for (const [name2, address] of Object.entries(people)) {
    if (exactKey(name2) === wanted || exactKey(aliasFor(aliases, name2) ?? "") === wanted) return address;
  }
  return null;
}
function exactKey(name2) {
  return name2.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en");
}
var NO_OWNER2;
var init_digests = __esm({
  "src/remind/digests.ts"() {
    "use strict";
    init_config();
    init_owner_match();
    init_normalise();
    NO_OWNER2 = "No owner named";
  }
});

// src/remind/file-names.ts
function digestFileNames(owners, extension) {
  const taken = /* @__PURE__ */ new Set();
  return owners.map((owner) => {
    const stem2 = slug2(owner);
    let name2 = `${stem2}.${extension}`;
    for (let n = 2; taken.has(name2.toLowerCase()); n++) name2 = `${stem2}-${n}.${extension}`;
    taken.add(name2.toLowerCase());
    return name2;
  });
}
function slug2(text3) {
  const stem2 = slugLibrary()(text3.replace(/[^\p{L}\p{N}]+/gu, " "), { lower: true, strict: true, trim: true }).slice(0, MAX_STEM).replace(/^-+|-+$/g, "");
  if (stem2 === "") return "owner";
  return RESERVED.test(stem2) ? `${stem2}-owner` : stem2;
}
var RESERVED, MAX_STEM;
var init_file_names = __esm({
  "src/remind/file-names.ts"() {
    "use strict";
    init_libraries();
    RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
    MAX_STEM = 60;
  }
});

// src/cli/commands/remind.ts
var remind_exports = {};
__export(remind_exports, {
  MAIL_MERGE_FILE: () => MAIL_MERGE_FILE,
  runRemind: () => runRemind
});
async function runRemind(paths, options, config, io) {
  const { meetings, failed, files } = await loadMeetings(paths, config, { ...options, shape: "register", outDir: options.outDir }, io);
  const { bodies, warnings } = buildBodyRegisters(meetings, { configured: (meeting) => configuredBody(config, (0, import_node_path14.resolve)(io.cwd, meeting.file)) });
  if (!options.quiet) for (const warning of warnings) io.stderr(`${formatDiagnostic(warning)}
`);
  const asOf = options.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const digests = buildDigests(
    bodies.flatMap((body) => body.register.entries),
    { asOf, owner: options.owner, aliases: config.aliases }
  );
  if (digests.length === 0) {
    io.stderr(`vawg: no open actions${options.owner === void 0 ? "" : ` owned by \`${oneLine(options.owner)}\``} in the minutes read; nothing written
`);
    return failed ? EXIT.failure : EXIT.ok;
  }
  const outputs = await digestFiles(digests, options, config, asOf);
  const inputs = [...files, ...configFiles(config)];
  for (const [name2] of outputs) refuseInputAsOutput((0, import_node_path14.join)(options.outDir, name2), inputs, io.cwd, "--out-dir: the digest");
  await io.makeDirectory(options.outDir);
  for (const [name2, data] of outputs) {
    await io.writeFile((0, import_node_path14.join)(options.outDir, name2), data);
    io.stdout(`${oneLine((0, import_node_path14.join)(options.outDir, name2))}
`);
  }
  if (options.format === "eml" && !options.quiet) {
    const unaddressed = digests.filter((digest) => addressOf2(digest.owner, config.people, config.aliases) === null).map((digest) => `\`${oneLine(digest.owner)}\``);
    if (unaddressed.length) io.stderr(`vawg: no address in \`people:\` for ${unaddressed.join(", ")}; their messages have no To:
`);
  }
  return failed ? EXIT.failure : EXIT.ok;
}
async function digestFiles(digests, options, config, asOf) {
  const addresses = digests.map((digest) => addressOf2(digest.owner, config.people, config.aliases));
  if (options.format === "csv") return [[MAIL_MERGE_FILE, emitDigestsCsv(digests, addresses, { asOf, escapeFormulas: options.escapeFormulas, bom: options.bom })]];
  const names = digestFileNames(digests.map((digest) => digest.owner), options.format);
  const now = /* @__PURE__ */ new Date();
  return Promise.all(
    digests.map(async (digest, i) => [
      names[i],
      options.format === "eml" ? await emitDigestEml(digest, { asOf, to: addresses[i], from: options.from, now }) : `${emitDigestMarkdown(digest, { asOf })}
`
    ])
  );
}
var import_node_path14, MAIL_MERGE_FILE;
var init_remind = __esm({
  "src/cli/commands/remind.ts"() {
    "use strict";
    import_node_path14 = require("node:path");
    init_config();
    init_digest();
    init_terminal();
    init_bodies2();
    init_digests();
    init_file_names();
    init_report();
    init_io();
    init_load_meetings();
    init_real_files();
    MAIL_MERGE_FILE = "reminders.csv";
  }
});

// src/emit/attendance.ts
function table(attendance) {
  const header = ["Name", "Organisation", ...attendance.meetings.map((m) => m.date ?? oneLine(m.file)), "Present", "Rate"];
  const rows = attendance.people.map((p) => [p.name, p.organisation ?? "", ...p.presence.map((x) => MARK[x]), String(p.present), percent(p.rate)]);
  return { header, rows };
}
function percent(rate) {
  return `${Math.round(rate * 100)}%`;
}
function emitAttendanceCsv(attendance, options = {}) {
  const { header, rows } = table(attendance);
  return csvText([header, ...rows], options);
}
function emitAttendanceMarkdown(attendance) {
  const { header, rows } = table(attendance);
  const orgs = markdownTable(["Organisation", "Present", "Possible", "Rate"], attendance.organisations.map((o) => [o.organisation, String(o.present), String(o.possible), percent(o.rate)]));
  return `${markdownTable(header, rows)}

P present \xB7 A apologies \xB7 - absent

${orgs}
`;
}
function emitAttendanceTable(attendance) {
  const { header, rows } = escapedTable(table(attendance));
  const widths2 = header.map((h, i) => rows.reduce((width, r) => Math.max(width, r[i].length), h.length));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths2[i])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}
`;
}
function emitAttendanceJson(attendance) {
  return jsonText(attendance);
}
function escapedTable({ header, rows }) {
  return { header: header.map(oneLine), rows: rows.map((row2) => row2.map(oneLine)) };
}
var MARK;
var init_attendance2 = __esm({
  "src/emit/attendance.ts"() {
    "use strict";
    init_csv();
    init_json();
    init_markdown2();
    init_terminal();
    MARK = { present: "P", apologies: "A", absent: "-" };
  }
});

// src/emit/diff.ts
function describe2(entry) {
  const owners = ownerNames(entry.owners);
  return `${entry.id ? `[${entry.id}] ` : ""}${entry.text}${owners ? ` \u2014 ${owners}` : ""}${entry.due ? ` (due ${entry.due})` : ""}`;
}
function sections(diff) {
  return [
    ["Actions raised", diff.raised.map(describe2)],
    ["Actions closed", diff.closed.map(describe2)],
    ["Status changes", diff.statusChanges.map((c) => `${describe2(c.entry)}: ${c.from} \u2192 ${c.to}`)],
    ["Still open, carried forward", diff.carriedForward.map((e) => `${describe2(e)} (carried ${e.carried})`)],
    ["Updates matching no earlier action", diff.unmatchedUpdates.map(describe2)],
    ["Joined", diff.joined],
    ["Left", diff.left],
    ["Sent apologies", diff.apologies],
    ["Commitments newly discussed", diff.newCommitments.map((n) => `Commitment ${n}`)]
  ];
}
function emitDiffMarkdown(diff) {
  const title = `# Changes from ${markdownText(name(diff.old))} to ${markdownText(name(diff.new))}`;
  if (diff.sameMeeting) return `${title}

${SAME_MEETING}
`;
  const body = sections(diff).map(([heading, lines]) => `## ${heading} (${lines.length})

${lines.length ? lines.map((l) => `- ${markdownText(l)}`).join("\n") : "_None._"}`);
  return `${[title, ...body].join("\n\n")}
`;
}
function emitDiffText(diff) {
  const out = [`Changes from ${name(diff.old)} (${oneLine(diff.old.file)}) to ${name(diff.new)} (${oneLine(diff.new.file)})`];
  if (diff.sameMeeting) return `${out[0]}

${SAME_MEETING}
`;
  for (const [heading, lines] of sections(diff)) {
    out.push("", `${heading}: ${lines.length}`);
    for (const line of lines) out.push(`  - ${oneLine(line)}`);
  }
  return `${out.join("\n")}
`;
}
function emitDiffJson(diff) {
  return jsonText(diff);
}
function name(meeting) {
  return meeting.date ?? oneLine(meeting.file);
}
var SAME_MEETING;
var init_diff = __esm({
  "src/emit/diff.ts"() {
    "use strict";
    init_action_log2();
    init_json();
    init_markdown_text();
    init_terminal();
    SAME_MEETING = "Both files hold the same meeting: nothing changed.";
  }
});

// src/register/attendance.ts
function buildAttendance(meetings, aliases = {}) {
  const ordered = orderMeetings(meetings);
  const canonical = (name2) => aliasFor(aliases, name2) ?? name2;
  const rows = /* @__PURE__ */ new Map();
  const row2 = (name2) => {
    const k = fold(canonical(name2));
    let r = rows.get(k);
    if (!r) {
      r = { name: canonical(name2), organisation: null, presence: ordered.map(() => "absent"), present: 0, rate: 0 };
      rows.set(k, r);
    }
    return r;
  };
  ordered.forEach((meeting, index) => {
    for (const person2 of meeting.apologies) {
      const r = row2(person2.name);
      r.presence[index] = "apologies";
      r.organisation = person2.organisation ?? r.organisation;
    }
    for (const person2 of meeting.attendees) {
      const r = row2(person2.name);
      r.presence[index] = "present";
      r.organisation = person2.organisation ?? r.organisation;
    }
  });
  const people = [...rows.values()].map((r) => {
    const present = r.presence.filter((p) => p === "present").length;
    return { ...r, present, rate: ordered.length ? present / ordered.length : 0 };
  });
  const byOrg = /* @__PURE__ */ new Map();
  for (const person2 of people) {
    if (!person2.organisation) continue;
    const totals = byOrg.get(person2.organisation) ?? { present: 0, possible: 0 };
    totals.present += person2.present;
    totals.possible += ordered.length;
    byOrg.set(person2.organisation, totals);
  }
  return {
    meetings: ordered.map((m) => ({ file: m.file, date: m.date })),
    people: people.sort((a, b) => a.name.localeCompare(b.name)),
    organisations: [...byOrg.entries()].map(([organisation, t]) => ({ organisation, ...t, rate: t.possible ? t.present / t.possible : 0 })).sort((a, b) => a.organisation.localeCompare(b.organisation))
  };
}
var init_attendance3 = __esm({
  "src/register/attendance.ts"() {
    "use strict";
    init_config();
    init_normalise();
    init_register2();
  }
});

// src/register/diff.ts
function diffMeetings(first, second, options = {}) {
  const reordered = first.date !== null && second.date !== null && first.date > second.date;
  const [older, newer] = reordered ? [second, first] : [first, second];
  const meetings = { old: { file: older.file, date: older.date }, new: { file: newer.file, date: newer.date }, reordered };
  if (isSameMeeting(older, newer)) {
    return { ...meetings, sameMeeting: true, raised: [], closed: [], statusChanges: [], carriedForward: [], unmatchedUpdates: [], joined: [], left: [], apologies: [], newCommitments: [] };
  }
  const person2 = (p) => fold(aliasFor(options.aliases ?? {}, p.name) ?? p.name);
  const listed = (meeting) => new Set([...meeting.attendees, ...meeting.apologies].map(person2));
  const before = buildRegister([older]).entries;
  const after = buildRegister([older, newer]).entries;
  const statusBefore = new Map(before.map((e) => [key(e), e.status]));
  const fromNew = (e) => e.raisedAt.file === newer.file;
  const changes = [];
  for (const entry of after) {
    const previous = statusBefore.get(key(entry));
    if (previous && previous !== entry.status) changes.push({ entry, from: previous, to: entry.status });
  }
  return {
    ...meetings,
    sameMeeting: false,
    raised: after.filter((e) => fromNew(e) && !e.raisedElsewhere),
    closed: after.filter((e) => e.status === "closed" && (statusBefore.get(key(e)) === "open" || fromNew(e) && !e.raisedElsewhere)),
    statusChanges: changes,
    carriedForward: after.filter((e) => e.status === "open" && !fromNew(e)),
    unmatchedUpdates: after.filter((e) => fromNew(e) && e.raisedElsewhere),
    joined: notIn(newer.attendees, listed(older), person2),
    left: notIn(older.attendees, listed(newer), person2),
    apologies: newer.apologies.map((p) => p.name),
    newCommitments: newer.commitments.map((c) => c.number).filter((n) => !older.commitments.some((c) => c.number === n))
  };
}
function key(entry) {
  return `${entry.raisedAt.file}:${entry.raisedAt.line}:${entry.text}`;
}
function notIn(people, known, person2) {
  return people.filter((p) => !known.has(person2(p))).map((p) => p.name);
}
function isSameMeeting(a, b) {
  if (a.file === b.file) return true;
  const withoutFile = (meeting) => JSON.stringify({ ...meeting, file: "", warnings: [] });
  return withoutFile(a) === withoutFile(b);
}
var init_diff2 = __esm({
  "src/register/diff.ts"() {
    "use strict";
    init_config();
    init_normalise();
    init_register2();
  }
});

// src/cli/commands/diff-attendance.ts
var diff_attendance_exports = {};
__export(diff_attendance_exports, {
  runAttendance: () => runAttendance,
  runDiff: () => runDiff
});
async function write(io, out, text3, terminal) {
  if (out) await io.writeFile(out, text3);
  else io.stdout(terminal ? safeForTerminal(text3).replace(/\u0000/g, "") : text3);
}
async function runDiff(older, newer, options, config, io) {
  const { meetings, failed } = await loadMeetings([older, newer], config, { ...options, keepOrder: true }, io);
  if (failed || meetings.length !== 2) return EXIT.failure;
  const diff = diffMeetings(meetings[0], meetings[1], { aliases: config.aliases });
  if (diff.reordered && !options.quiet) {
    const named = (m) => `${oneLine(m.file)} (${m.date})`;
    io.stderr(`vawg: warning: ${named(diff.new)} was given before the earlier meeting ${named(diff.old)}; comparing them in date order
`);
  }
  const text3 = options.format === "json" ? emitDiffJson(diff) : options.format === "md" ? emitDiffMarkdown(diff) : emitDiffText(diff);
  await write(io, options.out, text3, options.format === "text");
  return EXIT.ok;
}
async function runAttendance(paths, options, config, io) {
  if (options.format === "xlsx" && !options.out) throw new UsageError(WORKBOOK_NEEDS_OUT);
  const { meetings, failed } = await loadMeetings(paths, config, options, io);
  if (meetings.length === 0) throw new UsageError("no minutes could be read");
  const attendance = buildAttendance(meetings, config.aliases);
  if (options.format === "xlsx") {
    await io.writeFile(options.out, await (await Promise.resolve().then(() => (init_xlsx(), xlsx_exports))).attendanceWorkbook(attendance));
    return failed ? EXIT.failure : EXIT.ok;
  }
  const text3 = { table: emitAttendanceTable, md: emitAttendanceMarkdown, json: emitAttendanceJson, csv: (a) => emitAttendanceCsv(a, { escapeFormulas: options.escapeFormulas, bom: options.bom }) }[options.format](attendance);
  await write(io, options.out, text3, options.format === "table");
  return failed ? EXIT.failure : EXIT.ok;
}
var init_diff_attendance = __esm({
  "src/cli/commands/diff-attendance.ts"() {
    "use strict";
    init_attendance2();
    init_diff();
    init_terminal();
    init_attendance3();
    init_diff2();
    init_io();
    init_load_meetings();
  }
});

// src/emit/report/periods.ts
function choosePeriods(meetings) {
  const label = (meeting, kind2) => {
    if (!meeting.date) return "Undated";
    if (kind2 === "month") return meeting.date.slice(0, 7);
    if (kind2 === "quarter") return `${meeting.date.slice(0, 4)} Q${Math.floor((Number(meeting.date.slice(5, 7)) - 1) / 3) + 1}`;
    return meeting.date.slice(0, 4);
  };
  const kinds = ["month", "quarter", "year"];
  const kind = meetings.length <= MAX_PERIODS ? "meeting" : kinds.find((k) => new Set(meetings.map((m) => label(m, k))).size <= MAX_PERIODS) ?? "year";
  const names = kind === "meeting" ? meetingLabels(meetings) : [];
  const periodOf = new Map(meetings.map((m, index) => [m.file, kind === "meeting" ? names[index] : label(m, kind)]));
  return { kind, periodOf, periods: [...new Set(periodOf.values())] };
}
function meetingLabels(meetings) {
  const used = /* @__PURE__ */ new Map();
  return meetings.map((meeting) => {
    const base = meeting.date ?? (0, import_node_path15.basename)(meeting.file);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return seen === 1 ? base : `${base} (${seen})`;
  });
}
function countPerPeriod(counts, periods, periodOf) {
  const totals = new Map(periods.map((period) => [period, { period, meetings: 0, raised: 0, closed: 0, open: 0, commitments: 0 }]));
  for (const count3 of counts) {
    const total = totals.get(periodOf.get(count3.file));
    total.meetings++;
    total.raised += count3.raised;
    total.closed += count3.closed;
    total.commitments += count3.commitments;
    total.open = count3.open;
  }
  return [...totals.values()];
}
var import_node_path15, MAX_PERIODS;
var init_periods = __esm({
  "src/emit/report/periods.ts"() {
    "use strict";
    import_node_path15 = require("node:path");
    MAX_PERIODS = 40;
  }
});

// src/emit/report/figures.ts
function ragWord(rag) {
  return rag === null ? "Not rated" : rag[0].toUpperCase() + rag.slice(1);
}
function computeFigures(bodies, asOf) {
  const meetings = orderMeetings(bodies.flatMap((body) => body.meetings));
  const entries = bodies.flatMap((body) => body.register.entries);
  const counts = countPerMeeting(meetings, entries);
  const dated = counts.filter((m) => m.date !== null);
  const open = filterRegister(entries, { state: "open" });
  const overdue = sortRegister(filterRegister(open, { overdue: true, asOf }), "due");
  const { kind, periodOf, periods } = choosePeriods(meetings);
  const ages = open.flatMap((entry) => entry.raisedAt.date ? [daysBetween2(entry.raisedAt.date, asOf)] : []);
  return {
    asOf,
    meetings: counts,
    latest: dated.at(-1) ?? counts.at(-1) ?? null,
    open,
    overdue,
    medianAgeDays: median2(ages),
    byOwner: countByOwner(open),
    ages: ageBands(open, asOf),
    periodKind: kind,
    periods: countPerPeriod(counts, periods, periodOf),
    attendance: countAttendance(bodies, periodOf)
  };
}
function countPerMeeting(meetings, entries) {
  const position = new Map(meetings.map((meeting, index) => [meeting.file, index]));
  const counts = meetings.map((m) => ({ file: m.file, title: m.title, date: m.date, raised: 0, closed: 0, open: 0, commitments: m.commitments.length }));
  const change = new Array(meetings.length).fill(0);
  for (const entry of entries) {
    let wasOpen = false;
    for (const step of entry.history) {
      const at = position.get(step.file);
      if (at === void 0) continue;
      if (step.kind === "raised") counts[at].raised++;
      const isOpen = step.status === "open";
      if (wasOpen && !isOpen) counts[at].closed++;
      change[at] += Number(isOpen) - Number(wasOpen);
      wasOpen = isOpen;
    }
  }
  let running = 0;
  counts.forEach((count3, index) => {
    running += change[index];
    count3.open = running;
  });
  return counts;
}
function countByOwner(open) {
  const counts = /* @__PURE__ */ new Map();
  for (const entry of open) {
    const owners = entry.owners.length ? entry.owners.map((o) => o.name) : ["(no owner)"];
    for (const owner of new Set(owners)) {
      const key2 = `${fold(owner)}\0${ragWord(entry.rag)}`;
      const count3 = counts.get(key2) ?? { owner, rag: ragWord(entry.rag), count: 0 };
      count3.count++;
      counts.set(key2, count3);
    }
  }
  return [...counts.values()];
}
function ageBands(open, asOf) {
  const bands = [...AGE_BANDS.map(([band]) => ({ band, count: 0 })), { band: "Undated", count: 0 }];
  for (const entry of open) {
    if (!entry.raisedAt.date) {
      bands[bands.length - 1].count++;
      continue;
    }
    const days = daysBetween2(entry.raisedAt.date, asOf);
    bands[AGE_BANDS.findIndex(([, limit]) => days < limit)].count++;
  }
  return bands;
}
function countAttendance(bodies, periodOf) {
  const cells = /* @__PURE__ */ new Map();
  for (const body of bodies) {
    const listed = /* @__PURE__ */ new Map();
    for (const meeting of body.meetings) for (const { name: name2 } of [...meeting.attendees, ...meeting.apologies]) if (!listed.has(fold(name2))) listed.set(fold(name2), name2);
    for (const meeting of orderMeetings(body.meetings)) {
      const period = periodOf.get(meeting.file);
      const present = new Set(meeting.attendees.map((p) => fold(p.name)));
      const apologies = new Set(meeting.apologies.map((p) => fold(p.name)));
      for (const [key2, person2] of listed) {
        const id = `${key2}\0${period}`;
        const cell = cells.get(id) ?? { person: person2, period, present: 0, apologies: 0, meetings: 0 };
        cell.meetings++;
        if (present.has(key2)) cell.present++;
        else if (apologies.has(key2)) cell.apologies++;
        cells.set(id, cell);
      }
    }
  }
  return [...cells.values()];
}
function daysBetween2(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function median2(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
var RAG_WORDS, AGE_BANDS;
var init_figures = __esm({
  "src/emit/report/figures.ts"() {
    "use strict";
    init_filter();
    init_register2();
    init_normalise();
    init_periods();
    RAG_WORDS = ["Red", "Amber", "Green", "Blue", "Not rated"];
    AGE_BANDS = [
      ["Under 1 month", 31],
      ["1\u20133 months", 92],
      ["3\u20136 months", 183],
      ["6\u201312 months", 366],
      ["Over a year", Infinity]
    ];
  }
});

// src/emit/report/charts.ts
async function renderCharts(figures) {
  const { vega, vegaLite } = await chartLibraries();
  const charts2 = [];
  for (const { spec, ...chart } of planCharts(figures)) {
    const compiled = vegaLite.compile({ $schema: "https://vega.github.io/schema/vega-lite/v6.json", ...spec, config: CONFIG }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: "none" });
    const svg = await view.toSVG();
    view.finalize();
    charts2.push({ ...chart, svg: labelSvg(svg, chart) });
  }
  return charts2;
}
function labelSvg(svg, chart) {
  const plain = svg.replace(/ (?:role|aria-[a-z]+)="[^"]*"/g, "");
  const title = `<title id="${chart.id}-title">${escapeXml(chart.title)}</title><desc id="${chart.id}-desc">${escapeXml(chart.description)}</desc>`;
  return plain.replace(/^<svg /, `<svg role="img" aria-labelledby="${chart.id}-title" aria-describedby="${chart.id}-desc" `).replace(/^(<svg[^>]*>)/, `$1${title}`);
}
function escapeXml(text3) {
  return text3.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function planCharts(figures) {
  return [ownersChart(figures), overTimeChart(figures), agesChart(figures), attendanceChart(figures), commitmentsChart(figures)];
}
function ownersChart(figures) {
  const totals = /* @__PURE__ */ new Map();
  for (const row2 of figures.byOwner) totals.set(row2.owner, (totals.get(row2.owner) ?? 0) + row2.count);
  const named = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_OWNERS).map(([owner]) => owner);
  const others = totals.size - named.length;
  const otherLabel = `Other owners (${others})`;
  const keep = new Set(named);
  const merged = /* @__PURE__ */ new Map();
  for (const row2 of figures.byOwner) {
    const owner = keep.has(row2.owner) ? row2.owner : otherLabel;
    const key2 = `${owner}\0${row2.rag}`;
    merged.set(key2, { owner, rag: row2.rag, count: (merged.get(key2)?.count ?? 0) + row2.count });
  }
  const values = [...merged.values()].map((row2) => ({ ...row2, order: RAG_WORDS.indexOf(row2.rag) }));
  const order = others > 0 ? [...named, otherLabel] : named;
  return {
    id: "chart-owners",
    title: "Open actions by owner",
    description: `Open actions per owner, in bars split by RAG status (Red, Amber, Green, Blue, Not rated); the ${Math.min(MAX_OWNERS, totals.size)} owners with the most${others ? `, then ${others} other owners together` : ""}. An action with several owners counts for each.`,
    spec: {
      width: WIDTH - 220,
      height: { step: 18 },
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "owner", type: "nominal", sort: order, title: null },
        x: { field: "count", type: "quantitative", aggregate: "sum", title: "Open actions", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "rag", type: "nominal", title: "RAG", scale: { domain: RAG_WORDS, range: RAG_COLOURS } },
        order: { field: "order" }
      }
    },
    table: { columns: ["Owner", ...RAG_WORDS, "Total"], rows: order.map((owner) => [owner, ...RAG_WORDS.map((rag) => merged.get(`${owner}\0${rag}`)?.count ?? 0), values.filter((v) => v.owner === owner).reduce((sum, v) => sum + v.count, 0)]) }
  };
}
function overTimeChart(figures) {
  const per = periodWord(figures);
  const series = ["Open at end", "Raised", "Closed"];
  const values = figures.periods.flatMap((p) => [
    { period: p.period, series: series[0], count: p.open },
    { period: p.period, series: series[1], count: p.raised },
    { period: p.period, series: series[2], count: p.closed }
  ]);
  return {
    id: "chart-over-time",
    title: `Actions open, raised and closed per ${per}`,
    description: `For each ${per}: the actions still open at its end, and those raised and closed at its meetings, as three lines told apart by colour, dash and point shape.`,
    spec: {
      width: WIDTH - 140,
      height: 220,
      data: { values },
      mark: { type: "line", point: { filled: true, size: 40 } },
      encoding: {
        x: { field: "period", type: "ordinal", sort: null, title: capitalise(per), axis: { labelAngle: -45, labelOverlap: "greedy" } },
        y: { field: "count", type: "quantitative", title: "Actions", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "series", type: "nominal", title: null, sort: series, scale: { domain: series, range: SERIES_COLOURS } },
        strokeDash: { field: "series", type: "nominal", sort: series, title: null, scale: { domain: series, range: [[1, 0], [6, 3], [2, 2]] } },
        shape: { field: "series", type: "nominal", sort: series, title: null, scale: { domain: series, range: ["circle", "square", "triangle-up"] } }
      }
    },
    table: { columns: [capitalise(per), "Meetings", "Open at end", "Raised", "Closed"], rows: figures.periods.map((p) => [p.period, p.meetings, p.open, p.raised, p.closed]) }
  };
}
function agesChart(figures) {
  return {
    id: "chart-ages",
    title: "Age of open actions",
    description: `Open actions by the time since the meeting that raised them, as of ${figures.asOf}.`,
    spec: {
      width: WIDTH - 140,
      height: 180,
      data: { values: figures.ages },
      mark: { type: "bar", color: "#0072B2" },
      encoding: {
        x: { field: "band", type: "ordinal", sort: null, title: "Open for", axis: { labelAngle: 0 } },
        y: { field: "count", type: "quantitative", title: "Open actions", axis: { tickMinStep: 1, format: "d" } }
      }
    },
    table: { columns: ["Open for", "Open actions"], rows: figures.ages.map((a) => [a.band, a.count]) }
  };
}
function attendanceChart(figures) {
  const per = periodWord(figures);
  const listed = /* @__PURE__ */ new Map();
  for (const cell of figures.attendance) listed.set(cell.person, (listed.get(cell.person) ?? 0) + cell.present + cell.apologies);
  const people = [...listed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_HEAT_MAP_PEOPLE).map(([person2]) => person2).sort((a, b) => a.localeCompare(b));
  const shown = new Set(people);
  const values = figures.attendance.filter((c) => shown.has(c.person)).map((c) => ({ ...c, share: c.meetings ? c.present / c.meetings : 0 }));
  const left = listed.size - people.length;
  return {
    id: "chart-attendance",
    title: `Attendance per person and ${per}`,
    description: `Share of the meetings each person could attend at which they were present, per ${per}: darker is less often. ${left ? `The ${people.length} people named at the most meetings; ${left} more are left out.` : ""}`.trim(),
    spec: {
      width: { step: Math.max(8, Math.min(28, Math.floor((WIDTH - 220) / Math.max(1, figures.periods.length)))) },
      height: { step: 16 },
      data: { values },
      mark: "rect",
      encoding: {
        x: { field: "period", type: "ordinal", sort: figures.periods.map((p) => p.period), title: capitalise(per), axis: { labelAngle: -45, labelOverlap: "greedy" } },
        y: { field: "person", type: "nominal", sort: people, title: null },
        color: { field: "share", type: "quantitative", title: "Present", scale: { scheme: "viridis", domain: [0, 1] }, legend: { format: ".0%" } }
      }
    },
    table: { columns: ["Person", capitalise(per), "Present", "Apologies", "Meetings"], rows: values.map((c) => [c.person, c.period, c.present, c.apologies, c.meetings]) }
  };
}
function commitmentsChart(figures) {
  const per = periodWord(figures);
  return {
    id: "chart-commitments",
    title: `Commitments mentioned per ${per}`,
    description: `How many numbered commitments the minutes mention, per ${per}.`,
    spec: {
      width: WIDTH - 140,
      height: 160,
      data: { values: figures.periods },
      mark: { type: "bar", color: "#CC79A7" },
      encoding: {
        x: { field: "period", type: "ordinal", sort: null, title: capitalise(per), axis: { labelAngle: -45, labelOverlap: "greedy" } },
        y: { field: "commitments", type: "quantitative", title: "Commitments mentioned", axis: { tickMinStep: 1, format: "d" } }
      }
    },
    table: { columns: [capitalise(per), "Commitments mentioned"], rows: figures.periods.map((p) => [p.period, p.commitments]) }
  };
}
function periodWord(figures) {
  return figures.periodKind;
}
function capitalise(word2) {
  return word2[0].toUpperCase() + word2.slice(1);
}
var RAG_COLOURS, SERIES_COLOURS, MAX_OWNERS, MAX_HEAT_MAP_PEOPLE, WIDTH, CONFIG;
var init_charts = __esm({
  "src/emit/report/charts.ts"() {
    "use strict";
    init_libraries();
    init_figures();
    RAG_COLOURS = ["#D55E00", "#E69F00", "#009E73", "#0072B2", "#999999"];
    SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73"];
    MAX_OWNERS = 15;
    MAX_HEAT_MAP_PEOPLE = 30;
    WIDTH = 640;
    CONFIG = {
      // The page names each chart itself (role="img", title and desc), not each mark.
      aria: false,
      font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 180 },
      legend: { labelFontSize: 11, titleFontSize: 12 },
      view: { stroke: null }
    };
  }
});

// src/emit/report/style.ts
var REPORT_CSS;
var init_style = __esm({
  "src/emit/report/style.ts"() {
    "use strict";
    REPORT_CSS = `
:root { color: #1a1a1a; background: #fff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0; }
.lead { margin: 0; color: #333; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; margin: 0; }
.figures div { border: 1px solid #bbb; border-radius: 6px; padding: .6rem .8rem; }
.figures dt { font-size: .85rem; color: #333; }
.figures dd { margin: .2rem 0 0; font-size: 1.8rem; font-weight: 700; }
.figures .note, .note { display: block; font-size: .8rem; font-weight: 400; color: #444; }
.chart { margin: 1.5rem 0; break-inside: avoid; }
.chart figcaption p { margin: .2rem 0 .5rem; color: #333; }
.svg svg { max-width: 100%; height: auto; }
details { margin: .3rem 0; }
summary { cursor: pointer; color: #00527f; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eef3f7; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
table.actions { width: 100%; }
td.action { min-width: 18rem; }
.id { font-weight: 600; }
.late { color: #a33100; font-weight: 600; }
.late-word { font-weight: 400; }
.rag { display: inline-block; padding: 0 .35rem; border-radius: 3px; border-left: .6rem solid #999; background: #f3f3f3; font-weight: 600; }
.rag-red { border-left-color: #D55E00; }
.rag-amber { border-left-color: #E69F00; }
.rag-green { border-left-color: #009E73; }
.rag-blue { border-left-color: #0072B2; }
.count { font-weight: 400; color: #444; }
.cut { background: #fff4d6; border-left: 4px solid #E69F00; padding: .4rem .6rem; }
a { color: #00527f; }
footer { margin-top: 2rem; font-size: .85rem; color: #444; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  :root { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .figures div { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  summary { color: inherit; }
}
`;
  }
});

// src/emit/report/page.ts
function renderPage(figures, charts2, options) {
  const { meetings } = figures;
  const dated = meetings.filter((m) => m.date !== null);
  const span2 = dated.length ? ` from ${dated[0].date} to ${dated.at(-1).date}` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${text2(options.generator)}">
<title>${text2(options.title)} \u2014 actions as of ${figures.asOf}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${text2(options.title)}</h1>
<p class="lead">Actions as of <strong>${figures.asOf}</strong>, over ${count(meetings.length, "meeting")}${span2}.</p>
</header>
${headline(figures)}
<section aria-labelledby="charts-heading">
<h2 id="charts-heading">Charts</h2>
${charts2.map(chartFigure).join("\n")}
</section>
${actionTable("overdue", "Overdue actions", `Open actions due before ${figures.asOf}, the longest overdue first.`, figures.overdue, figures, options)}
${actionTable("open", "All open actions", "Every open action, in the order the meetings raised them.", figures.open, figures, options)}
<footer><p>Made by ${text2(options.generator)} from ${count(meetings.length, "minutes file")}. Each action links to the line of the minutes it was read from.</p></footer>
</main>
</body>
</html>
`;
}
function headline(figures) {
  const latest = figures.latest;
  const at = latest ? ` (${text2(latest.title ?? (0, import_node_path16.basename)(latest.file))}, ${latest.date ?? "undated"})` : "";
  const item = (label, value2, note = "") => `<div><dt>${label}</dt><dd>${value2}${note ? `<span class="note">${note}</span>` : ""}</dd></div>`;
  return `<section aria-labelledby="headline-heading">
<h2 id="headline-heading">Headline figures</h2>
<dl class="figures">
${item("Open actions", String(figures.open.length))}
${item("Overdue", String(figures.overdue.length), `as of ${figures.asOf}`)}
${item("Raised at the latest meeting", latest ? String(latest.raised) : "\u2014", at)}
${item("Closed at the latest meeting", latest ? String(latest.closed) : "\u2014", at)}
${item("Median age of open actions", figures.medianAgeDays === null ? "\u2014" : count(figures.medianAgeDays, "day"), "since the meeting that raised them")}
</dl>
</section>`;
}
function chartFigure(chart) {
  const head = chart.table.columns.map((c) => `<th scope="col">${text2(c)}</th>`).join("");
  const rows = chart.table.rows.map((row2) => `<tr>${row2.map((cell, i) => i === 0 ? `<th scope="row">${text2(String(cell))}</th>` : `<td class="number">${cell}</td>`).join("")}</tr>`).join("\n");
  return `<figure id="${chart.id}" class="chart">
<figcaption><h3>${text2(chart.title)}</h3><p>${text2(chart.description)}</p></figcaption>
<div class="svg">${chart.svg}</div>
<details><summary>The numbers behind \u201C${text2(chart.title)}\u201D</summary>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></details>
</figure>`;
}
function actionTable(id, title, about, entries, figures, options) {
  const shown = entries.slice(0, options.maxRows);
  const cut2 = entries.length > shown.length ? `<p class="cut">Showing the first ${shown.length} of ${entries.length} actions, to keep this page small; <code>vawg actions${id === "overdue" ? ` --overdue --as-of ${figures.asOf}` : " --open"}</code> lists them all.</p>` : "";
  const body = shown.length === 0 ? `<p>None.</p>` : `<table class="actions">
<caption>${text2(title)} (${entries.length})</caption>
<thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Last update</th><th scope="col">Raised</th><th scope="col">Carried</th></tr></thead>
<tbody>
${shown.map((entry) => actionRow(entry, figures.asOf, options)).join("\n")}
</tbody></table>`;
  return `<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${text2(title)} <span class="count">${entries.length}</span></h2>
<p>${text2(about)}</p>
${cut2}${body}
</section>`;
}
function actionRow(entry, asOf, options) {
  const late = entry.due !== null && entry.due < asOf;
  const owners = entry.owners.length ? entry.owners.map((o) => text2(o.name)).join(", ") : text2(entry.ownersRaw ?? "\u2014");
  const last = entry.lastUpdate;
  return `<tr>
<td class="action">${entry.id ? `<span class="id">${text2(entry.id)}</span> ` : ""}${text2(entry.text)}${history(entry.history, options)}</td>
<td>${owners}</td>
<td class="date${late ? " late" : ""}">${entry.due ?? "\u2014"}${late ? `<br><span class="late-word">${count(daysBetween2(entry.due, asOf), "day")} overdue</span>` : ""}</td>
<td>${entry.rag ? `<span class="rag rag-${entry.rag}">${ragWord(entry.rag)}</span> ` : ""}${text2(entry.statusRaw ?? entry.status)}</td>
<td>${last ? `${last.date ?? "undated"}${last.progress ? `: ${text2(last.progress)}` : ""}` : "\u2014"}</td>
<td class="date">${entry.raisedAt.date ?? "undated"}<br>${sourceLink(entry.raisedAt.file, entry.raisedAt.line, options)}${entry.raisedElsewhere ? ' <span class="note">(raised at a meeting not read)</span>' : ""}</td>
<td class="number">${entry.carried}</td>
</tr>`;
}
function history(steps, options) {
  const kind = { raised: "Raised", update: "Updated", "closed-by-statement": "Closed by a statement" };
  const items2 = steps.map((step) => {
    const changes = [step.owners ? `owner now ${step.owners.map(text2).join(", ")}` : "", step.due ? `due now ${step.due}` : ""].filter(Boolean).join("; ");
    return `<li>${step.date ?? "undated"}: ${kind[step.kind]}, ${step.status}${step.progress ? ` \u2014 ${text2(step.progress)}` : ""}${changes ? ` (${changes})` : ""} ${sourceLink(step.file, step.line, options)}</li>`;
  });
  return `<details><summary>History (${steps.length})</summary><ol>${items2.join("")}</ol></details>`;
}
function sourceLink(file, line, options) {
  return `<a href="${text2(options.sourceHref(file))}#L${line}">${text2((0, import_node_path16.basename)(file))}:${line}</a>`;
}
function count(n, noun) {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}
function text2(value2) {
  return escapeHtml(value2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""));
}
var import_node_path16;
var init_page = __esm({
  "src/emit/report/page.ts"() {
    "use strict";
    import_node_path16 = require("node:path");
    init_figures();
    init_style();
    init_html_escape();
  }
});

// src/emit/report/index.ts
async function buildReport(bodies, options) {
  const figures = computeFigures(bodies, options.asOf);
  const charts2 = await renderCharts(figures);
  return renderPage(figures, charts2, {
    title: options.title ?? defaultTitle(bodies),
    sourceHref: options.sourceHref ?? pathHref,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
    generator: options.generator ?? "vawg"
  });
}
function defaultTitle(bodies) {
  const names = bodies.filter((b) => b.register.entries.length > 0 || b.meetings.length > 0).map((b) => b.name ?? "Untitled minutes");
  if (names.length === 0) return "Action report";
  return names.length <= 3 ? `Action report: ${names.join("; ")}` : `Action report: ${names.length} bodies`;
}
function pathHref(file) {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
var DEFAULT_MAX_ROWS;
var init_report2 = __esm({
  "src/emit/report/index.ts"() {
    "use strict";
    init_charts();
    init_figures();
    init_page();
    DEFAULT_MAX_ROWS = 1e3;
  }
});

// src/cli/commands/report.ts
var report_exports = {};
__export(report_exports, {
  runDashboard: () => runDashboard
});
async function runDashboard(paths, options, config, io) {
  chartLibraries().catch(() => void 0);
  const { meetings, failed } = await loadMeetings(paths, config, { ...options, shape: "report" }, io);
  if (meetings.length === 0) throw new UsageError("no minutes could be read");
  const { bodies, warnings } = buildBodyRegisters(meetings, { configured: (meeting) => configuredBody(config, (0, import_node_path17.resolve)(io.cwd, meeting.file)) });
  if (!options.quiet) for (const warning of warnings) io.stderr(`${formatDiagnostic(warning)}
`);
  const folder = options.out && !isStandardOutput(options.out) ? (0, import_node_path17.dirname)((0, import_node_path17.resolve)(io.cwd, options.out)) : io.cwd;
  const html2 = await buildReport(bodies, {
    asOf: options.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    title: options.title,
    sourceHref: (file) => pathHref((0, import_node_path17.relative)(folder, (0, import_node_path17.resolve)(io.cwd, file)).split(import_node_path17.sep).join("/")),
    generator: `vawg ${VERSION}`
  });
  if (options.out) await io.writeFile(options.out, html2);
  else io.stdout(html2);
  return failed ? EXIT.failure : EXIT.ok;
}
function isStandardOutput(out) {
  return out === "-" || out === "/dev/stdout";
}
var import_node_path17;
var init_report3 = __esm({
  "src/cli/commands/report.ts"() {
    "use strict";
    import_node_path17 = require("node:path");
    init_config();
    init_report2();
    init_bodies2();
    init_libraries();
    init_report();
    init_io();
    init_load_meetings();
    init_version();
  }
});

// src/check/directives.ts
function ruleIds(text3) {
  const end = text3.search(/\s--\s|\s--$|-->/);
  return (end >= 0 ? text3.slice(0, end) : text3).split(/[\s,]+/).filter((id) => /^[a-z][\w-]*$/.test(id));
}
var DIRECTIVE, Directives;
var init_directives = __esm({
  "src/check/directives.ts"() {
    "use strict";
    DIRECTIVE = /vawg-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/;
    Directives = class {
      constructor(file, rawLines) {
        this.file = file;
        rawLines.forEach((raw, index) => {
          if (!raw.includes("vawg-")) return;
          const m = DIRECTIVE.exec(raw);
          if (!m) return;
          const line = index + 1;
          this.directives.push({ kind: m[1], ids: ruleIds(m[2]), line, column: m.index + 1, from: line, to: line, used: false });
        });
        for (const directive of this.directives) {
          if (directive.kind === "disable-next-line") {
            let target = directive.line;
            while (target < rawLines.length && rawLines[target].trim() === "") target++;
            directive.from = directive.to = target + 1;
          } else if (directive.kind === "disable") {
            const ends = (other) => other.ids.length === 0 || directive.ids.length > 0 && directive.ids.every((id) => other.ids.includes(id));
            const enable = this.directives.find((other) => other.kind === "enable" && other.line > directive.line && ends(other));
            [directive.from, directive.to] = enable ? [directive.line, enable.line - 1] : [1, rawLines.length];
          }
        }
      }
      file;
      directives = [];
      /** True when a directive silences this rule on this line; the directive is then marked used. */
      silences(ruleId, line) {
        let silenced = false;
        for (const directive of this.directives) {
          if (directive.kind === "enable" || line < directive.from || line > directive.to) continue;
          if (directive.ids.length > 0 && !directive.ids.includes(ruleId)) continue;
          directive.used = true;
          silenced = true;
        }
        return silenced;
      }
      /** A finding for each rule id a directive names that is no rule: a misspelt id silences nothing. */
      unknownRules(known) {
        return this.directives.flatMap(
          (directive) => directive.ids.filter((id) => !known.includes(id)).map((id) => this.finding(directive, "error", "unknown-rule", `Unknown rule \`${id}\` in a vawg-${directive.kind} comment; it silences nothing (rules: ${known.join(", ")})`))
        );
      }
      /** A finding for each disable directive that silenced nothing. */
      unused() {
        return this.directives.filter((directive) => directive.kind !== "enable" && !directive.used).map((directive) => this.finding(directive, "error", "unused-directive", `Unused vawg-${directive.kind} comment: ${directive.ids.length > 0 ? `no ${directive.ids.map((id) => `\`${id}\``).join(" or ")} finding` : "no finding"} to silence`));
      }
      finding(directive, severity, messageId, reason) {
        return { file: this.file, line: directive.line, column: directive.column, severity, ruleId: "directive", messageId, reason };
      }
    };
  }
});

// src/check/run.ts
function checkMinutes(inputs, config, options) {
  const parsed = inputs.map((input) => parseOne(input, config));
  const meetings = parsed.flatMap((p) => "meeting" in p ? [p.meeting] : []);
  const configured = (meeting) => options.cwd === void 0 ? config.body : configuredBody(config, (0, import_node_path18.resolve)(options.cwd, meeting.file));
  const register = buildBodyRegisters(meetings, { configured }).bodies.flatMap((body) => body.register.entries);
  return parsed.map((p) => {
    if ("failure" in p) return { file: p.input.file, findings: [p.failure] };
    const findings = checkOne(p.input, p.source, p.meeting, config, options, register);
    return p.source.pageStarts ? { file: p.input.file, findings, pageStarts: p.source.pageStarts } : { file: p.input.file, findings };
  });
}
function parseOne(input, config) {
  try {
    const source = readSource(input.text, { file: input.file });
    const meeting = parseSource(source, { file: input.file, dateOrder: config.dateOrder ?? void 0, aliases: config.aliases, closedWords: config.closedWords });
    return { input, source, meeting };
  } catch (error) {
    const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0];
    const failure = { file: input.file, line: 1, column: 1, severity: "error", ruleId: "parse", messageId: "parse-failed", reason: `The file could not be parsed (${reason}); this is a fault in vawg: please report it with the file` };
    return { input, failure };
  }
}
function checkOne(input, source, meeting, config, options, register) {
  const rawLines = input.text.split(/\r\n|\r|\n/).map((line) => line.slice(0, MAX_LINE_LENGTH));
  const directives = new Directives(input.file, rawLines);
  const allRules = options.rules ?? RULES;
  const findings = directives.unknownRules(allRules.map((rule) => rule.id));
  for (const rule of allRules) {
    if (config.rules[rule.id] === "off") continue;
    const severity = config.rules[rule.id] === "error" || config.rules[rule.id] === "warning" ? config.rules[rule.id] : rule.severity;
    rule.check({ meeting, lines: source.lines, rawLines, config, asOf: options.asOf, register }, (place, messageId, reason) => {
      if (directives.silences(rule.id, place.line)) return;
      findings.push({ file: input.file, line: place.line, column: place.column ?? 1, severity, ruleId: rule.id, messageId, reason });
    });
  }
  if (options.reportUnusedDirectives) findings.push(...directives.unused());
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
var import_node_path18;
var init_run = __esm({
  "src/check/run.ts"() {
    "use strict";
    import_node_path18 = require("node:path");
    init_config();
    init_parse();
    init_read();
    init_source();
    init_bodies2();
    init_directives();
    init_rules();
  }
});

// src/emit/workflow-command.ts
function workflowData(text3) {
  return safeForTerminal(text3.replace(/[%\r\n]/g, (char) => DATA[char]));
}
function workflowProperty(text3) {
  return safeForTerminal(text3.replace(/[%\r\n:,]/g, (char) => PROPERTY2[char]));
}
var DATA, PROPERTY2;
var init_workflow_command = __esm({
  "src/emit/workflow-command.ts"() {
    "use strict";
    init_terminal();
    DATA = { "%": "%25", "\r": "%0D", "\n": "%0A" };
    PROPERTY2 = { ...DATA, ":": "%3A", ",": "%2C" };
  }
});

// src/check/report/github.ts
function github(results) {
  const lines = results.flatMap(
    (result) => result.findings.map((f) => {
      const level = f.severity === "error" ? "error" : "warning";
      const title = `title=${workflowProperty(`vawg ${f.ruleId}`)}`;
      const position = describeLine(result, f.line);
      if (!position.inFile) return `::${level} file=${workflowProperty(f.file)},${title}::${workflowData(`${position.text}: ${f.reason}`)}`;
      return `::${level} file=${workflowProperty(f.file)},line=${f.line},col=${f.column},${title}::${workflowData(f.reason)}`;
    })
  );
  return lines.length ? `${lines.join("\n")}
` : "";
}
var init_github = __esm({
  "src/check/report/github.ts"() {
    "use strict";
    init_workflow_command();
    init_position();
  }
});

// src/check/report/json.ts
function json(results) {
  return jsonText(results.map((result) => ({ file: result.file, findings: result.findings.map((f) => ({ ...f, position: describeLine(result, f.line).text })) })));
}
var init_json2 = __esm({
  "src/check/report/json.ts"() {
    "use strict";
    init_json();
    init_position();
  }
});

// src/check/report/sarif.ts
function sarif(results, rules, version) {
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "vawg",
            version,
            informationUri: "https://github.com/vawg/vawg#rules",
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.severity === "error" ? "error" : "warning" }
            }))
          }
        },
        results: results.flatMap(
          (result) => result.findings.map((f) => ({
            ruleId: f.ruleId,
            // Findings that no rule makes (a directive naming no rule, a file the parser failed on) have no index.
            ...rules.some((rule) => rule.id === f.ruleId) ? { ruleIndex: rules.findIndex((rule) => rule.id === f.ruleId) } : {},
            level: f.severity === "error" ? "error" : "warning",
            ...located(result, f)
          }))
        )
      }
    ]
  };
  return jsonText(log2);
}
function located(layout, f) {
  const artifactLocation = { uri: fileUri(f.file) };
  const position = describeLine(layout, f.line);
  if (position.inFile) return { message: { text: f.reason }, locations: [{ physicalLocation: { artifactLocation, region: { startLine: f.line, startColumn: f.column } } }] };
  return {
    message: { text: `${position.text}: ${f.reason}` },
    locations: [{ physicalLocation: { artifactLocation }, logicalLocations: [{ name: position.text, fullyQualifiedName: `${f.file} ${position.text}`, kind: "element" }] }]
  };
}
function fileUri(path2) {
  return path2.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}
var init_sarif = __esm({
  "src/check/report/sarif.ts"() {
    "use strict";
    init_json();
    init_position();
  }
});

// src/check/report/stylish.ts
function stylish(results, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const out = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push(paint.underline(oneLine(result.file)));
    const places = result.findings.map((f) => {
      const position = describeLine(result, f.line);
      return position.inFile ? `${f.line}:${f.column}` : position.text;
    });
    const width = places.reduce((most2, place) => Math.max(most2, place.length), 0);
    for (const [index, f] of result.findings.entries()) {
      if (f.severity === "error") errors++;
      else warnings++;
      const severity = f.severity === "error" ? paint.red("error  ") : paint.yellow("warning");
      out.push(`  ${paint.dim(places[index].padEnd(width))}  ${severity}  ${oneLine(f.reason)}  ${paint.dim(f.ruleId)}`);
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  out.push(errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  return `${out.join("\n")}
`;
}
var init_stylish = __esm({
  "src/check/report/stylish.ts"() {
    "use strict";
    init_source2();
    init_terminal();
    init_position();
  }
});

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  runCheck: () => runCheck
});
async function runCheck(paths, options, config, io) {
  const { files, missing } = await listMinutes(paths, config, io);
  refuseInputAsOutput(options.out, [...files, ...configFiles(config)], io.cwd);
  let unreadable = missing;
  const unknownRules = Object.keys(config.rules).filter((id) => !RULES.some((rule) => rule.id === id));
  if (unknownRules.length > 0) throw new UsageError(`${config.file ?? "configuration"}: unknown rule \`${unknownRules[0]}\` in \`rules\` (rules: ${RULES.map((r) => r.id).join(", ")})`);
  if (files.length === 0 && !unreadable) throw new UsageError(`no minutes files (.txt, .md) found in ${paths.join(", ") || "the configured globs"}`);
  const inputs = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: await readMinutesFile(file, { maxSize: options.maxSize, stdin: io.readStdin, cwd: io.cwd }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`vawg: ${oneLine(error.message)}
`);
      unreadable = true;
    }
  }
  const asOf = options.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  let results = checkMinutes(inputs, config, { asOf, cwd: io.cwd, reportUnusedDirectives: options.reportUnusedDisableDirectives });
  const errors = count2(results, "error");
  const warnings = count2(results, "warning");
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));
  const output = format(results, options.format, wantsColor(io, options.color));
  if (options.out) await io.writeFile(options.out, output);
  else io.stdout(output);
  if (unreadable) return EXIT.usage;
  const tooManyWarnings = !options.quiet && options.maxWarnings !== void 0 && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`vawg: too many warnings (${warnings}). Maximum allowed is ${options.maxWarnings}.
`);
  return errors > 0 || tooManyWarnings ? EXIT.failure : EXIT.ok;
}
function count2(results, severity) {
  return results.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === severity).length, 0);
}
function format(results, kind, color) {
  switch (kind) {
    case "stylish":
      return stylish(results, { color });
    case "json":
      return json(results);
    case "github":
      return github(results);
    case "sarif":
      return sarif(results, RULES, VERSION);
  }
}
var init_check = __esm({
  "src/cli/commands/check.ts"() {
    "use strict";
    init_run();
    init_github();
    init_json2();
    init_sarif();
    init_stylish();
    init_rules();
    init_terminal();
    init_file();
    init_inputs();
    init_real_files();
    init_io();
    init_version();
  }
});

// src/cli/bin.ts
var bin_exports = {};
__export(bin_exports, {
  main: () => main
});
module.exports = __toCommonJS(bin_exports);
init_terminal();
init_io();

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/program.ts
init_file();
init_dates();
init_config();
init_rules();

// src/cli/config-file.ts
var import_node_fs4 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path5 = require("node:path");
init_libraries();
init_config();
var CONFIG_NAMES = ["vawg.config.yaml", "vawg.config.yml", ".vawgrc.yaml", ".vawgrc.yml"];
function findConfig(cwd, home = (0, import_node_os.homedir)()) {
  const start = (0, import_node_path5.resolve)(cwd);
  const last = boundary(start, (0, import_node_path5.resolve)(home)) ?? start;
  for (let dir = start; ; dir = (0, import_node_path5.dirname)(dir)) {
    for (const name2 of CONFIG_NAMES) {
      const path2 = (0, import_node_path5.join)(dir, name2);
      if ((0, import_node_fs4.existsSync)(path2)) return path2;
    }
    if (dir === last || (0, import_node_path5.dirname)(dir) === dir) return null;
  }
}
function boundary(start, home) {
  for (let dir = start; ; dir = (0, import_node_path5.dirname)(dir)) {
    if (dir === home || (0, import_node_fs4.existsSync)((0, import_node_path5.join)(dir, ".git"))) return dir;
    if ((0, import_node_path5.dirname)(dir) === dir) return null;
  }
}
async function loadConfig(cwd, explicit) {
  const path2 = explicit ? (0, import_node_path5.resolve)(cwd, explicit) : findConfig(cwd);
  if (!path2) return emptyConfig(cwd);
  let text3;
  try {
    text3 = (0, import_node_fs4.readFileSync)(path2, "utf8");
  } catch {
    throw new ConfigError(path2, "cannot be read");
  }
  let data;
  try {
    data = yamlLibrary().parse(text3);
  } catch (error) {
    throw new ConfigError(path2, `is not valid YAML: ${error.message.split("\n")[0]}`);
  }
  return { ...validateConfig(data, path2, (0, import_node_path5.dirname)(path2)), file: path2 };
}

// src/cli/program.ts
init_terminal();
init_io();
init_version();
var EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  a file could not be read (the others are still processed)
  2  usage error: unknown option, bad value, bad configuration or refused output path`;
async function run(argv, io) {
  const program2 = buildProgram(io);
  let code = EXIT.ok;
  program2.hook("postAction", (_this, action) => {
    code = action.exitCode ?? EXIT.ok;
  });
  try {
    await program2.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`vawg: ${oneLine(error.message)}
`);
      return EXIT.usage;
    }
    throw error;
  }
}
function buildProgram(io) {
  const program2 = new Command("vawg").description("Turn meeting minutes into a trustworthy, queryable action log.").version(VERSION, "-V, --version").addHelpText("after", EXIT_CODES_HELP).exitOverride().configureOutput({
    writeOut: (text3) => io.stdout(text3),
    writeErr: (text3) => io.stderr(text3),
    // One line, like every other error: "vawg: unknown option '--x' (run vawg help for usage)".
    outputError: (text3, write2) => write2(`vawg: ${oneLine(text3.trim().replace(/^error: /, ""))} (run vawg help for usage)
`)
  });
  program2.command("parse").description("Print the meeting model of each minutes file (.txt, .md, or - for stdin)").argument("[files...]", "minutes files").addOption(new Option("-f, --format <format>", "output format").choices(["json", "yaml", "md", "csv"]).default("json")).option("-o, --out <file>", "write to this file (atomically) instead of stdout").addOption(new Option("--date-order <order>", "how to read numeric dates like 04/05/2024 (default: detected, else day first)").choices(["dmy", "mdy"])).option("--no-escape-formulas", "CSV: leave cells starting with = + - @ as they are (unsafe in spreadsheets)").option("--no-bom", "CSV: leave out the UTF-8 byte order mark that Excel needs to read accents and \xA3").addOption(maxSizeOption()).option("-q, --quiet", "do not print parse warnings").addOption(configOption()).addOption(printConfigOption()).addOption(noCodeCacheOption()).addHelpText("after", EXIT_CODES_HELP).exitOverride().action(async function(files, options) {
    const config = await configure(options, io);
    if (!config) return;
    this.exitCode = await (await Promise.resolve().then(() => (init_parse2(), parse_exports))).runParse(files, { ...options, quiet: Boolean(options.quiet) }, config, io);
  });
  withSharedOptions(program2.command("actions"), { csv: true }).description("The register of actions across meetings: raised, updated and closed, meeting by meeting").argument("[paths...]", "minutes files, folders (searched for .txt/.md) or globs; default: the config's minutes").option("--open", "only open actions (the default)").option("--closed", "only closed actions").option("--all", "open and closed actions").option("--owner <name>", "only actions owned by this person, initials, organisation or alias").option("--overdue", "only open actions past their due date").option("--as-of <date>", "the date --overdue counts from (default today); YYYY-MM-DD or as the minutes write dates").option("--due-before <date>", "only actions due before this date").option("--since <date>", "only actions raised on or after this date").option("--commitment <n>", "only actions about this commitment number", positiveInteger).option("--body <name>", "only actions of this body (its name, or a unique part of it), when the minutes read hold several").addOption(new Option("--sort <key>", "order of the list").choices(["due", "age", "owner", "meeting"]).default("meeting")).addOption(new Option("-f, --format <format>", "output format (xlsx needs --out; ics is a calendar of the actions with a due date)").choices(["table", "json", "yaml", "csv", "md", "html", "xlsx", "ics"]).default("table")).option("--columns <names>", "md, csv, html: these columns, in this order (id,action,owner,due,status,update,raised,carried,source,item,rag,body)", commaList).addOption(new Option("--group-by <key>", "md, csv, html: group the actions by owner, agenda item or meeting").choices(["owner", "item", "meeting"])).addOption(new Option("--dates <style>", "md, csv, html: iso (2025-06-03) or long (3 June 2025)").choices(["iso", "long"])).option("--page", "html: a whole page rather than a fragment to paste into a document").option("--color", "colour the table even when stdout is not a terminal").option("--no-color", "never colour the table (also: NO_COLOR)").addHelpText("after", EXIT_CODES_HELP).exitOverride().action(async function(paths, options) {
    const config = await configure(options, io);
    if (!config) return;
    readDateOptions(options, ["asOf", "dueBefore", "since"], config);
    const state = options.all ? "all" : options.closed ? "closed" : "open";
    if ([options.open, options.closed, options.all].filter(Boolean).length > 1) throw new UsageError("choose one of --open, --closed and --all");
    const body = options.body ?? void 0;
    this.exitCode = await (await Promise.resolve().then(() => (init_actions3(), actions_exports))).runActions(paths, { ...options, state, body, quiet: Boolean(options.quiet) }, config, io);
  });
  withSharedOptions(program2.command("remind"), { csv: true, out: false }).description("Each owner's open actions, overdue first: a digest per owner (md, eml) or a mail-merge file (csv) in --out-dir; never sends mail").argument("[paths...]", "minutes files, folders or globs; default: the config's minutes").option("--out-dir <folder>", "the folder to write the digests in (made if missing; never one holding the minutes)").addOption(new Option("-f, --format <format>", "md: a digest per owner; eml: an e-mail draft per owner (To: from the config's people:); csv: one mail-merge file").choices(["md", "eml", "csv"]).default("md")).option("--as-of <date>", "the day the digests are for, which decides what is overdue (default today)").option("--owner <name>", "only this owner's digest: a name, initials, first name, organisation or alias").option("--from <address>", "eml: the From: address (default: none, for the mail program to fill in)").addHelpText("after", EXIT_CODES_HELP).exitOverride().action(async function(paths, options) {
    const config = await configure(options, io);
    if (!config) return;
    if (options.outDir === void 0) throw new UsageError("remind writes a file per owner: name their folder with --out-dir FOLDER");
    if (options.from !== void 0 && !isEmailAddress(options.from)) throw new UsageError(`--from: expected one e-mail address, not \`${options.from}\``);
    readDateOptions(options, ["asOf"], config);
    this.exitCode = await (await Promise.resolve().then(() => (init_remind(), remind_exports))).runRemind(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
  });
  withSharedOptions(program2.command("diff")).description("What changed from one meeting to the next: actions raised, closed and carried, people, commitments").argument("[old]", "minutes of the earlier meeting").argument("[new]", "minutes of the later meeting").addOption(new Option("-f, --format <format>", "output format").choices(["text", "md", "json"]).default("text")).addHelpText("after", EXIT_CODES_HELP).exitOverride().action(async function(older, newer, options) {
    const config = await configure(options, io);
    if (!config) return;
    if (older === void 0 || newer === void 0) throw new UsageError("diff needs two minutes files: the earlier meeting, then the later one");
    this.exitCode = await (await Promise.resolve().then(() => (init_diff_attendance(), diff_attendance_exports))).runDiff(older, newer, { ...options, quiet: Boolean(options.quiet) }, config, io);
  });
  withSharedOptions(program2.command("attendance"), { csv: true }).description("People \xD7 meetings: present, apologies or absent, with attendance rates per person and organisation").argument("[paths...]", "minutes files, folders or globs; default: the config's minutes").addOption(new Option("-f, --format <format>", "output format (xlsx needs --out)").choices(["table", "csv", "md", "json", "xlsx"]).default("table")).addHelpText("after", EXIT_CODES_HELP).exitOverride().action(async function(paths, options) {
    const config = await configure(options, io);
    if (!config) return;
    this.exitCode = await (await Promise.resolve().then(() => (init_diff_attendance(), diff_attendance_exports))).runAttendance(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
  });
  withSharedOptions(program2.command("report")).description("The board's dashboard: one self-contained HTML page with headline figures, charts, and the overdue and open actions").argument("[paths...]", "minutes files, folders or globs; default: the config's minutes").option("--as-of <date>", "the date overdue actions and ages count from (default today); YYYY-MM-DD or as the minutes write dates").option("--title <text>", "the page's heading (default: the bodies' names)").addHelpText("after", EXIT_CODES_HELP).exitOverride().action(async function(paths, options) {
    const config = await configure(options, io);
    if (!config) return;
    readDateOptions(options, ["asOf"], config);
    this.exitCode = await (await Promise.resolve().then(() => (init_report3(), report_exports))).runDashboard(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
  });
  program2.command("check").description("Lint minutes for CI: missing dates and sections, malformed ACTIONs, unknown owners, misspelt names, overdue actions\u2026").argument("[paths...]", "minutes files, folders or globs; default: the config's minutes").addOption(new Option("-f, --format <format>", "report format").choices(["stylish", "json", "github", "sarif"]).default("stylish")).option("--max-warnings <n>", "exit 1 when there are more warnings than this", nonNegativeInteger).option("-q, --quiet", "report errors only").option("--as-of <date>", "the date overdue actions count from (default today); YYYY-MM-DD or as the minutes write dates").option("--report-unused-disable-directives", "report vawg-disable comments that silence nothing, as errors").option("--color", "colour the stylish report even when stdout is not a terminal").option("--no-color", "never colour the report (also: NO_COLOR)").option("-o, --out <file>", "write the report to this file (atomically) instead of stdout").addOption(maxSizeOption()).addOption(configOption()).addOption(printConfigOption()).addOption(noCodeCacheOption()).addHelpText("after", `
Rules:
${RULES.map((rule) => `  ${rule.id.padEnd(22)} ${rule.severity.padEnd(8)} ${rule.description}`).join("\n")}

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  errors, or more warnings than --max-warnings
  2  usage or configuration error, or a file could not be read`).exitOverride().action(async function(paths, options) {
    const config = await configure(options, io);
    if (!config) return;
    readDateOptions(options, ["asOf"], config);
    this.exitCode = await (await Promise.resolve().then(() => (init_check(), check_exports))).runCheck(paths, { ...options, quiet: Boolean(options.quiet) }, config, io);
  });
  program2.helpCommand(false);
  program2.command("help").description("display help for command").argument("[command]", "the command to explain").exitOverride().action((name2) => {
    const command = name2 === void 0 ? program2 : program2.commands.find((each) => each.name() === name2);
    if (!command) throw new UsageError(`unknown command '${name2}' (run vawg help for usage)`);
    command.outputHelp();
  });
  return program2;
}
function commaList(value2) {
  return value2.split(",").map((part) => part.trim()).filter(Boolean);
}
function nonNegativeInteger(value2) {
  if (!/^\d+$/.test(value2)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value2);
}
function readDateOptions(options, names, config) {
  for (const name2 of names) {
    const value2 = options[name2];
    if (typeof value2 !== "string") continue;
    const flag = `--${name2.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(value2) ? value2 : parseDateCell(value2, { order: config.dateOrder ?? "dmy" });
    if (iso === null && /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value2)) throw new UsageError(`${flag}: there is no such day as ${value2}`);
    if (iso === null) throw new UsageError(`${flag}: expected a date such as 2025-06-10, 10/06/2025 or 10 June 2025, not \`${value2}\``);
    const date = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new UsageError(`${flag}: there is no such day as ${value2}`);
    options[name2] = iso;
  }
}
function positiveInteger(value2) {
  if (!/^0*[1-9]\d*$/.test(value2)) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return Number(value2);
}
function megabytes2(value2) {
  const n = Number(value2);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number of megabytes");
  return Math.round(n * 1024 * 1024);
}
function maxSizeOption() {
  return new Option("--max-size <megabytes>", "largest file to read, in MB").argParser(megabytes2).default(DEFAULT_MAX_SIZE, String(DEFAULT_MAX_SIZE / 1024 / 1024));
}
function configOption() {
  return new Option("--config <file>", "configuration file (default: the nearest vawg.config.yaml or .vawgrc.yaml, searched up to the repository root or home folder)");
}
function printConfigOption() {
  return new Option("--print-config", "print the configuration in force, and the file it came from, then stop");
}
async function configure(options, io) {
  const config = await loadConfig(io.cwd, options.config);
  if (io.debug) io.stderr(`vawg: configuration: ${config.file ? oneLine(config.file) : "none found, using the defaults"}
`);
  if (!options.printConfig) return config;
  const { file, ...settings } = config;
  io.stdout(`${JSON.stringify({ file, ...settings }, null, 2)}
`);
  return null;
}
function noCodeCacheOption() {
  return new Option("--no-cache", "compile vawg afresh instead of using the compiled code kept in the user cache ($VAWG_CACHE_DIR)");
}
function withSharedOptions(command, { csv: csv2 = false, out = true } = {}) {
  const options = [
    ...out ? [new Option("-o, --out <file>", "write to this file (atomically) instead of stdout")] : [],
    ...csv2 ? [
      new Option("--no-escape-formulas", "CSV: leave cells starting with = + - @ as they are (unsafe in spreadsheets)"),
      new Option("--no-bom", "CSV: leave out the UTF-8 byte order mark that Excel needs to read accents and \xA3")
    ] : [],
    maxSizeOption(),
    configOption(),
    printConfigOption(),
    new Option("-q, --quiet", "do not print warnings"),
    new Option("--no-cache", "parse every file again instead of reusing parses stored in the user cache ($VAWG_CACHE_DIR), and compile vawg afresh"),
    new Option("-j, --jobs <n>", "threads to parse on, this one included, at most one per core (default: one per core from 2,500 files per thread)").argParser(positiveInteger)
  ];
  for (const option of options) command.addOption(option);
  return command;
}

// src/cli/bin.ts
init_progress();
async function main() {
  const argv = process.argv.slice(2);
  const debug = argv.includes("--debug");
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.once("SIGINT", () => {
    removeTemporaries();
    Progress.clear();
    process.exit(130);
  });
  try {
    process.exitCode = await run(argv.filter((arg) => arg !== "--debug"), nodeIo({ debug }));
  } catch (error) {
    process.stderr.write(`vawg: internal error: ${oneLine(String(error.message))}${debug ? `
${error.stack}` : " (run with --debug for details)"}
`);
    process.exitCode = 2;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
