/** vawg's library API: parse minutes into a typed meeting model and emit it. */
export { parseMinutes, parseSource } from './parse/index.js';
export { readMinutesFile, InputError, DEFAULT_MAX_SIZE } from './read/file.js';
export { decodeBytes, DecodeError } from './read/decode.js';
export { emitJson } from './emit/json.js';
export { emitYaml } from './emit/yaml.js';
export { emitMarkdown } from './emit/markdown.js';
export { emitCsv } from './emit/csv.js';
export type * from './model/types.js';
