import { createRequire as __vawgRequire } from 'node:module'; const require = __vawgRequire(import.meta.url);

// src/cli/parse-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/libraries.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var yaml = null;
function yamlLibrary() {
  yaml ??= load("yaml");
  return yaml;
}
var iconv = null;
function iconvLibrary() {
  iconv ??= load("iconv-lite");
  return iconv;
}
var html = null;
function htmlLibrary() {
  html ??= load("parse5");
  return html;
}

// src/read/decode.ts
function decodeWindows1252(bytes) {
  return iconvLibrary().decode(bytes, "windows-1252");
}
var DecodeError = class extends Error {
  constructor(problem, message) {
    super(message);
    this.problem = problem;
    this.name = "DecodeError";
  }
  problem;
};
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

// src/text/letters.ts
var NEEDS_FULL_CLASSES = /[^\u0000-\u00ff\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u27bf]/;
var LATIN1 = {
  L: { cased: "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff", caseless: "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff" },
  Lu: { cased: "A-Z\\u00c0-\\u00d6\\u00d8-\\u00de", caseless: "A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff" },
  Ll: { cased: "a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff", caseless: "A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff" },
  // Marks (combining accents) all lie beyond Latin-1.
  M: { cased: "", caseless: "" }
};
var LetterPattern = class {
  constructor(source, flags) {
    this.source = source;
    this.flags = flags;
  }
  source;
  flags;
  latin1;
  full;
  /** The pattern to run on `text` (the same object for every text of the same kind, so `lastIndex` carries on). */
  for(text) {
    if (NEEDS_FULL_CLASSES.test(text)) return this.full ??= new RegExp(this.source, this.flags);
    return this.latin1 ??= new RegExp(latin1Source(this.source, this.flags.includes("i")), this.flags);
  }
  test(text) {
    const pattern = this.for(text);
    pattern.lastIndex = 0;
    return pattern.test(text);
  }
  exec(text) {
    const pattern = this.for(text);
    if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
    return pattern.exec(text);
  }
};
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

// src/text/normalise.ts
var SPACES = /[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
var ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
function cleanLine(line) {
  return needsCleaning(line) ? cleanSpaces(line) : line.trim();
}
var NEEDS_CLEANING = /[\t\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;
function needsCleaning(line) {
  return NEEDS_CLEANING.test(line);
}
function cleanSpaces(line) {
  return line.replace(ZERO_WIDTH, "").replace(SPACES, " ").replace(/[ \t]+/g, " ").trim();
}
function lowerCaseForMatching(text) {
  if (text.includes("\u0130") || text.includes("\u212A")) return text.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase());
  return text.toLowerCase();
}
function stripInlineMarkup(text) {
  if (!text.includes("[") && !text.includes("<") && !text.includes("*") && !text.includes("_")) return text;
  return text.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, "$1").replace(/<(https?:\/\/[^>\s]+|[^>\s@]+@[^>\s]+)>/g, "$1").replace(/\*\*([^*\n]+)\*\*/g, "$1").replace(/__([^_\n]+)__/g, "$1");
}
function fold(text) {
  if (isPlainWords(text)) return text.toLowerCase();
  if (isAscii(text)) return foldAscii(text);
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\u2018\u2019\u201b']/g, "").replace(/[^a-z0-9@\s]/g, " ").replace(/\s+/g, " ").trim();
}
function isPlainWords(text) {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 64) afterSpace = false;
    else return false;
  }
  return !afterSpace || text === "";
}
function isAscii(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
function foldAscii(text) {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if (code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 64) {
      if (gap && out !== "") out += " ";
      gap = false;
      out += String.fromCharCode(code);
    } else if (code !== 39) gap = true;
  }
  return out;
}
function words(text) {
  const folded = fold(text);
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
function startsUpperCase(text) {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text.slice(0, 2));
}
function startsLowerCase(text) {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(text.slice(0, 2));
}
var UPPER_FIRST = letterPattern(String.raw`^\p{Lu}`, "u");
var LOWER_FIRST = letterPattern(String.raw`^\p{Ll}`, "u");
var OPEN_END = /\s(?:the|of|to|on|for|and|with|a|an|in|at|by|from|or)$/;
function endsMidPhrase(text) {
  return OPEN_END.test(text);
}
function joinWrapped(first, second) {
  return HYPHEN_AT_WRAP.test(first) && startsUpperCase(second) ? `${first}${second}` : `${first} ${second}`;
}
var HYPHEN_AT_WRAP = new RegExp("\\p{L}-$", "u");

// src/read/pdf.ts
var MAX_PAGES = 5e3;
var PAGE_STARTS = "<!-- vawg page starts: ";
function pageStartsOf(html2) {
  const at = html2.lastIndexOf(PAGE_STARTS);
  if (at < 0 || html2.length - at > 64 + 8 * MAX_PAGES) return void 0;
  const numbers = html2.slice(at + PAGE_STARTS.length).replace(/-->\s*$/, "").trim().split(" ").map(Number);
  return numbers.every(Number.isInteger) ? numbers : void 0;
}
function isPdfFile(file) {
  return /\.pdf$/i.test(file);
}

// src/read/word.ts
var UNACCEPTED_CHANGES = '<meta name="vawg-tracked-changes" content="not accepted">';
function isWordFile(file) {
  return /\.docx$/i.test(file);
}

// src/read/file.ts
var DEFAULT_MAX_SIZE = 20 * 1024 * 1024;
var InputError = class extends Error {
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
    this.name = "InputError";
  }
  file;
  problem;
};
function decodeMinutes(file, bytes) {
  try {
    return decodeBytes(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file, error.message);
    throw error;
  }
}

// src/read/source.ts
var MAX_LINE_LENGTH = 4e3;
function splitLines(text) {
  const plain = spaceSeparators(text);
  return plain.includes("\r") ? plain.split(/\r\n|\r|\n/) : plain.split("\n");
}
function spaceSeparators(text) {
  return text.includes("\u2028") || text.includes("\u2029") ? text.replace(/[\u2028\u2029]/g, " ") : text;
}
function capLine(text, line, truncated) {
  if (text.length <= MAX_LINE_LENGTH) return text;
  truncated.push(line);
  return text.slice(0, MAX_LINE_LENGTH);
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
  let text = first;
  for (let i = index + 1; i < lines.length && i <= index + max; i++) {
    const next = lines[i];
    if (next.blockStart || next.kind !== "text" || next.cells || ended(text, next)) break;
    text = `${text} ${next.text}`;
    taken?.push(next);
  }
  return text;
}

// src/read/html-block.ts
var BLOCK_TAGS = new Set(
  "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(
    " "
  )
);
var TAG_START = /^ {0,3}<\/?([a-zA-Z][a-zA-Z0-9]*)(?:[\s/>]|$)/;
var TABLE_TAG = /<(\/?)table(?=[\s/>]|$)/gi;
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
var BREAKS = /* @__PURE__ */ new Set([...BLOCK_TAGS, "br", "pre"]);
var SKIPPED = /* @__PURE__ */ new Set(["script", "style", "template", "textarea", "title", "head"]);
function readHtmlBlock(rawLines, firstLine, truncated) {
  const { parseFragment } = htmlLibrary();
  const fragment = parseFragment(rawLines.join("\n"), { sourceCodeLocationInfo: true });
  const reader = new HtmlLines(firstLine - 1, truncated);
  for (const child of fragment.childNodes) reader.visit(child, 0);
  reader.flush();
  return reader.lines;
}
var HtmlLines = class {
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
      for (const child of element.childNodes) this.visit(child, listDepth);
      if (bold && this.pending) this.pending.lead = cleanHtmlText(this.pending.text).replace(/:$/, "").trim() || null;
      return;
    }
    const carried = (tag === "p" || tag === "div") && this.isEmpty() && this.next.kind === "item" ? this.next : null;
    this.flush();
    if (carried) this.next = carried;
    if (/^h[1-6]$/.test(tag)) this.next = { kind: "heading", depth: Number(tag[1]), marker: null, lead: null };
    if (tag === "li") this.next = { kind: "item", depth: Math.max(listDepth - 1, 0), marker: listMarker(element), lead: null };
    const depth = tag === "ul" || tag === "ol" ? listDepth + 1 : listDepth;
    for (const child of element.childNodes) this.visit(child, depth);
    this.flush();
  }
  /** The line so far holds no words. */
  isEmpty() {
    return this.pending === null || this.pending.text.trim() === "";
  }
  addText(node) {
    const value = node.value;
    if (this.isEmpty()) {
      const first = value.search(/\S/);
      if (first < 0) return;
      const location = node.sourceCodeLocation;
      let line = (location?.startLine ?? 1) + this.offset;
      for (let i = 0; i < first; i++) if (value.charCodeAt(i) === 10) line++;
      this.pending = { text: "", line, ...this.next };
    }
    this.pending.text += value;
  }
  flush() {
    const pending = this.pending;
    this.pending = null;
    this.next = { kind: "text", depth: 0, marker: null, lead: null };
    if (pending === null) return;
    const text = cleanHtmlText(pending.text);
    if (text === "") return;
    const line = makeLine({ line: pending.line, kind: pending.kind, depth: pending.depth, marker: pending.marker, lead: pending.lead, checked: pending.checked ?? null, text: capLine(text, pending.line, this.truncated) });
    line.blockStart = true;
    this.lines.push(line);
  }
  /**
   * Each row of a table as cells; a table inside a cell follows its row as rows of its own. A layout
   * table (minutes set out in a grid, a cell holding a whole section) is read as the lines it holds.
   */
  readTable(table) {
    const rows = rowsOf(table).map((row2) => {
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
          const texts = spanned ? mergeHeader(spanned.map((r) => r.texts)) : placed.texts.map((text, column) => placed.copies[column] ? "" : text);
          if (texts.some(Boolean)) this.lines.push(makeLine({ line: at, text: capLine(texts.filter(Boolean).join(" "), at, this.truncated), cells: texts, blockStart: true }));
        }
      }
      for (const inner of nested) this.readTable(inner);
    }
    const caption = table.childNodes.find((child) => child.tagName === "caption");
    if (caption) this.visit(caption, 0);
  }
  /** A layout row's paragraphs as lines, a lone short first cell ("4.", "14/09/2") opening the next cell's first line. */
  pushLayoutRow(cells, at) {
    const paragraphs = cells.map((cell) => cell.filter(Boolean));
    const label = paragraphs.length > 1 && paragraphs[0].length === 1 && paragraphs[0][0].length <= 16 ? paragraphs[0][0] : null;
    const next = label === null ? -1 : paragraphs.findIndex((cell, index) => index > 0 && cell.length > 0);
    paragraphs.forEach((cell, index) => {
      if (index === 0 && next > 0) return;
      cell.forEach((text, i) => {
        const line = index === next && i === 0 ? `${label} ${text}` : text;
        this.lines.push(makeLine({ line: at, text: capLine(line, at, this.truncated), blockStart: true }));
      });
    });
  }
};
var MAX_SPAN = 64;
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
    for (const { cell, text } of cells) {
      fillFromAbove();
      const columns = span(cell, "colspan");
      const spannedRows = span(cell, "rowspan");
      placed.rowSpan = Math.max(placed.rowSpan, spannedRows);
      for (let i = 0; i < columns; i++, column++) {
        placed.texts[column] = text;
        placed.copies[column] = i > 0;
        reaching[column] = spannedRows > 1 ? { text, left: spannedRows - 1 } : void 0;
      }
    }
    fillFromAbove();
    return placed;
  });
}
function span(cell, name) {
  const value = Number(cell.attrs.find((attr) => attr.name === name)?.value ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
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
  return paragraphs.length > 1 && paragraphs.reduce((sum, text) => sum + text.length, 0) > SECTION_LENGTH;
}
var SECTION_LENGTH = 500;
function rowsOf(table) {
  const rows = [];
  for (const child of table.childNodes) {
    const tag = child.tagName;
    if (tag === "tr") rows.push(child);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot") rows.push(...child.childNodes.filter((row2) => row2.tagName === "tr"));
  }
  return rows;
}
function isCell(node) {
  const tag = node.tagName;
  return tag === "td" || tag === "th";
}
function cellParagraphs(cell, nested) {
  const paragraphs = [];
  let text = "";
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeName === "#text") {
        text += child.value;
        continue;
      }
      if (!("tagName" in child)) continue;
      const tag = child.tagName;
      if (tag === "table") nested.push(child);
      else if (SKIPPED.has(tag)) continue;
      else if (BREAKS.has(tag)) {
        paragraphs.push(text);
        text = "";
        walk(child);
        paragraphs.push(text);
        text = "";
      } else walk(child);
    }
  };
  walk(cell);
  paragraphs.push(text);
  return paragraphs.map(cleanHtmlText).filter(Boolean);
}
function cleanHtmlText(text) {
  return cleanLine(text.includes("\n") ? text.replace(/[\r\n]+/g, " ") : text);
}
function listMarker(item) {
  const list = item.parentNode;
  if (list?.tagName !== "ol") return "-";
  const start = Number(list.attrs.find((attr) => attr.name === "start")?.value ?? 1);
  const index = list.childNodes.filter((child) => child.tagName === "li").indexOf(item);
  const number = (Number.isInteger(start) ? start : 1) + index;
  const type = list.attrs.find((attr) => attr.name === "type")?.value;
  if ((type === "a" || type === "A") && number >= 1 && number <= 26) return `${String.fromCharCode((type === "a" ? 96 : 64) + number)}.`;
  return `${number}.`;
}

// src/read/html.ts
var PAGE_CHROME = /* @__PURE__ */ new Set([...SKIPPED, "nav", "header", "footer", "noscript", "iframe", "svg", "button", "select", "form"]);
var CONTENT_CHROME = /* @__PURE__ */ new Set([...SKIPPED, "nav", "noscript", "iframe", "svg", "button", "select", "form"]);
function readHtml(file, text) {
  const { parse } = htmlLibrary();
  const document = parse(text, { sourceCodeLocationInfo: true });
  const content = mainContent(document);
  const truncated = [];
  const reader = new HtmlLines(0, truncated, content.tagName === "body" || content.tagName === "html" ? PAGE_CHROME : CONTENT_CHROME);
  for (const child of content.childNodes) reader.visit(child, 0);
  reader.flush();
  const lines = reader.lines;
  const source = { file, lines, frontMatter: {}, text: lines.map((line) => line.text).join("\n"), truncated };
  if (isWordFile(file) && text.startsWith(UNACCEPTED_CHANGES)) source.unacceptedChanges = true;
  return source;
}
function mainContent(document) {
  const main = findAll(document, "main")[0];
  if (main) return main;
  const articles = findAll(document, "article");
  if (articles.length > 0) return articles.reduce((best, article) => textLength(article) > textLength(best) ? article : best);
  const html2 = document.childNodes.find((node) => node.tagName === "html");
  return html2.childNodes.find((node) => node.tagName === "body") ?? html2;
}
function findAll(node, tag, found = []) {
  for (const child of node.childNodes) {
    if (!("tagName" in child)) continue;
    if (child.tagName === tag) found.push(child);
    else findAll(child, tag, found);
  }
  return found;
}
function textLength(node) {
  let length = 0;
  for (const child of node.childNodes) {
    if (child.nodeName === "#text") length += child.value.trim().length;
    else if ("childNodes" in child && !SKIPPED.has(child.tagName)) length += textLength(child);
  }
  return length;
}
function isHtmlFile(file) {
  return /\.html?$/i.test(file);
}

// src/read/front-matter.ts
var BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
var MAX_FRONT_MATTER_LENGTH = 16 * 1024;
var MAX_FRONT_MATTER_ENTRIES = 500;
function splitFrontMatter(text) {
  const match = BLOCK.exec(text);
  if (!match || !withinBounds(match[1])) return { body: text, frontMatter: {}, lineOffset: 0 };
  let data;
  try {
    data = yamlLibrary().parse(spaceSeparators(match[1]));
  } catch {
    return { body: text, frontMatter: {}, lineOffset: 0 };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { body: text, frontMatter: {}, lineOffset: 0 };
  const lineOffset = splitLines(match[0]).length - (match[0].endsWith("\n") ? 1 : 0);
  return { body: text.slice(match[0].length), frontMatter: data, lineOffset };
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

// src/read/long-line.ts
var ITEM_NUMBER = `(?<=\\s)(?:\\d{1,3}(?:\\.\\d{1,2}){1,2}\\.?|\\d{1,3}\\\\?\\.|\\d{1,3}\\)|\\d{1,4}\\/\\d{2}|\\(?[a-z]\\)|\\(?[ivx]{2,4}\\))(?=\\s{1,3}[A-Z0-9\u201C\u2018"'(])`;
var SECTION_LABEL = "(?<=\\s)(?=Present\\s?[:\u2013\u2014-]|(?:PRESENT|Apologies|APOLOGIES|Also [Pp]resent|Also in [Aa]ttendance|In [Aa]ttendance|RESOLVED|Resolved|ACTIONS?|Actions?|Declarations? of|DECLARATIONS?)[\\s:.\u2013\u2014-])";
var BULLET_MARK = "(?<=\\s)(?=[\u2022\xB7\u25AA\u25CF\uF0A7\uF0B7]\\s)";
var CUT_LENGTH = 1500;
var BOUNDARY = new RegExp(`${ITEM_NUMBER}|${SECTION_LABEL}|${BULLET_MARK}`, "g");
var SENTENCE_END = /(?<=[a-z]{2}[.!?])\s+(?=[A-Z])/g;
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
  const word = piece.trim();
  return word.length > 0 && word.length <= 10 && !word.includes(" ") && (/\d/.test(word) || word.endsWith(")"));
}
function pushPiece(pieces, piece) {
  const text = piece.trim();
  if (text === "") return;
  if (pieces.length > 0) pieces.push("");
  if (text.length <= MAX_LINE_LENGTH) {
    pieces.push(text);
    return;
  }
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    pieces.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(text.slice(start));
}

// src/lexicon/names.ts
var IN_THE_CHAIR = /^in the chair$/i;
var CALL_SIGN = /\s\(?((?:[A-Z]{1,2}|\d[A-Z])\d[A-Z]{2,3})\)?(?=[\s,;]|$)/;
var OPEN_STAND_IN = "\uE000";
var CLOSE_STAND_IN = "\uE001";
var STOOD_IN = /\ue000[^\ue001]*\ue001/g;
var HONORIFICS = [
  /(?:rt\.?\s+hon\.?|right\s+honourable|mayor\s+pro\s+tem(?:pore)?|(?:deputy|vice)\s+mayor|council\s*members?|(?:local\s+)?(?:borough|county|district|parish|town|city)(?:\s+(?:and|&)\s+(?:borough|county|district|parish|town|city))?\s+(?:councillors?|cllrs?\.?)|[bc]?cllrs?\.?|councillors?|coun\.|cr\.?|cyng\.?|(?:y\s+)?cynghorydd|(?:bc|cc)(?=\s+[a-z]\b))\s+/y,
  /(?:dr\.?|mr\.?|mrs\.?|ms\.?|m\/s|miss|mx\.?|(?:associate|assoc\.?|adjunct|emeritus|emerita|honorary|visiting)\s+(?:prof\.?|professor)|prof\.?|professor|hon\.|honourable|honorable|engr\.?|arc\.|barr\.?|alhaj[ai]|hajiya|brother|sister|bro\.?|sis\.|father|mother|rabbi|imam|pastor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|fr\.?|eng\.|cpa|shri|sri(?=\s+\S+\s+\S)|smt\.?)\s+/y,
  /(?:(?:det\.?|detective)\s+(?:chief\s+)?(?:supt\.?|superintendent|insp\.?|inspector|sgt\.?|sergeant|con\.?|constable)|ch\.?\s+supt\.?|chief\s+inspector|chief\s+superintendent|chief|battalion\s+chief|(?:fire\s+)?captain|lieutenant|lt\.?|commander|firefighter|officer|inspector|superintendent|sergeant|sgt\.?|constable|pcso|ps|p\.?c\.?|dcs|dci|ds|supt\.?|insp\.?)\s+(?:\d{2,5}[a-z]{0,3}\s+)?/y,
  /(?:director|president|chair|trustee|governor|alderman|supervisor|commissioner|selectman|selectwoman|legislator|senator|sen\.|representative|rep\.|assembly(?:member|man|woman)|congress(?:man|woman)|judge|hhj|mayor|acc|dcc|aco|assistant\s+chief\s+constable|deputy\s+chief\s+constable|chief\s+constable)\s+/y
];
var THE = /the\s+/y;
var SHORT_TITLES = "Mrs?|Ms|Mx|Dr|St|Cllrs?|Coun|Cr|Revd?|Prof|Fr|Eng|Engr|Barr|Arc|Hon|Rt|Sgt|Insp|Supt|Messrs|Bro|Sis|No";
var PERSONAL_TITLE_WORD = /^(?:mrs?|ms|miss|mx|dr|m\/s)\.?$/i;
var NAME_PARTICLE = String.raw`(?:del|der|den|de|da|di|du|ter|ten|op|van|von|la|le|bin|al|el|['\u2019]t)`;
var NAME_WORD = letterPattern(String.raw`^(?:[\p{Lu}][\p{L}\p{M}'\u2019.-]*|(?:de|da|di|du|do|dos|das|del|della|dei|degli|der|den|ter|ten|op|['\u2019]t|van|von|zu|la|le|bin|binti|binte|bte|al|el|ibn|ap|wa|mac|st\.?|[dl]['\u2019][\p{Lu}][\p{L}\p{M}'\u2019-]*)|[\p{Lu}]['\u2019][\p{Lu}][\p{L}\p{M}'\u2019-]*)$`, "u");
var HONORIFIC_FIRST_WORDS = new Set(
  "the local rt right m p associate assoc adjunct emeritus emerita honorary visiting cllr cllrs bcllr ccllr councillor councillors cyng y cynghorydd bc cc council councilmember coun cr borough county district parish town city vice dr mr mrs ms miss mx prof professor hon honourable honorable engr arc barr alhaji alhaja hajiya brother sister bro sis father mother rabbi imam pastor sir dame lord lady baroness baron rev revd reverend canon fr eng cpa shri sri smt det detective ch chief battalion fire captain lieutenant lt commander firefighter officer inspector superintendent sergeant sgt constable pc pcso ps dcs dci ds supt insp director president chair trustee governor alderman supervisor commissioner selectman selectwoman legislator senator sen representative rep assemblymember assemblyman assemblywoman congressman congresswoman judge hhj mayor acc dcc aco assistant deputy".split(" ")
);
var PARTICLES = /* @__PURE__ */ new Set(["de", "da", "di", "du", "do", "dos", "das", "del", "della", "dei", "degli", "der", "den", "ter", "ten", "op", "'t", "\u2019t", "van", "von", "zu", "la", "le", "bin", "binti", "binte", "bte", "al", "el", "ibn", "ap", "wa", "mac", "st", "st."]);
var ROLE_ABBREVIATIONS = new Set("ht dht senco dsl pcso rfo ceo cao cfo coo cto cio dpo sro sid ned dc adc gsl gsm esl ysc".split(" "));
var ROLE_WORDS = new Set(
  "chair co-chair cochair vice-chair chairman chairwoman chairperson president vice-president treasurer secretary clerk governor trustee director officer manager member lead head headteacher headmaster headmistress principal executive councillor mayor commissioner coordinator co-ordinator adviser advisor administrator assistant analyst consultant nurse inspector superintendent commander representative rep observer minutes minute-taker notetaker note-taker facilitator editor convenor convener leader solicitor accountant auditor controller registrar dean provost bursar chancellor speaker champion ambassador liaison specialist practitioner worker volunteer guest deputy vice partner maintainer engineer steward moderator scribe chief constable associate psychiatrist physician surgeon doctor therapist psychologist pharmacist paramedic midwife counsellor caseworker advocate attorney organizer organiser presenter attendee host co-host guardian sponsor contact agent sergeant sergeant-at-arms librarian matron sister educator archivist warden churchwarden ranger keeper verger caretaker trainee intern apprentice captain coach umpire referee boatman groundsman counsel professional cathaoirleach chathaoirleach sec ad vicar rector curate chaplain priest minister pastor deacon nominee examiner planner architect surveyor inspector economist officer-in-charge person".split(" ").concat([...ROLE_ABBREVIATIONS])
);
var POST_NOMINALS = new Set(
  "phd dphil md rn rgn rmn dnp mph mba msc bsc llb llm jd edd aud dds dmd dvm pharmd cpa cfa esq obe mbe cbe kbe dbe bem qpm qfsm kpm dl mca mp msp mla mpp kc qc frcp frcs frcgp frcpsych frsa fca aca fcca acca fcipd mcipd cmgr fnse mni fmedsci freng frs fba lcsw lmft msw ceng aia faia mrcp mrcgp frcn fiet miet mcips fcips mrics frics mrtpi frtpi cmli fcilex psyd frse frsc fbps ba ma bsc ba bed med be meng bcom mcom llb bn mn mbbs mphil mres bvsc bappsc mphty minfstud gdlp bfa mfa bmus mba mpa fracp fracs franzca franzcp fahms faha fassa faa ftse fieaust aalia ao ac am oam psm apm".split(" ")
);
function isPostNominal(text) {
  const words2 = text.split(/[\s,]+/).filter(Boolean);
  return words2.length > 0 && words2.every((word) => POST_NOMINALS.has(word.replace(/[.-]/g, "").toLowerCase()));
}
function isTitleWord(word) {
  return stripHonorifics(`${word} Doe`) === "Doe";
}
function stripHonorifics(name) {
  if (!HONORIFIC_FIRST_WORDS.has(leadingLetters(name).toLowerCase())) return name.trim();
  const lower = lowerCaseForMatching(name);
  let start = 0;
  for (; ; ) {
    THE.lastIndex = start;
    const at = THE.test(lower) ? THE.lastIndex : start;
    const title = HONORIFICS.find((pattern) => {
      pattern.lastIndex = at;
      return pattern.test(lower);
    });
    if (!title) break;
    start = title.lastIndex;
    if (lower.startsWith("/ ", start)) start += 2;
  }
  return name.slice(start).trim();
}
function leadingLetters(text) {
  let end = 0;
  while (end < text.length && (text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122) end++;
  return text.slice(0, end);
}
var IRISH_PARTICLES = /* @__PURE__ */ new Set(["\xD3", "N\xED", "Nic", "Ua", "U\xED", "Mac", "Mhic"]);
function isNameParticle(word) {
  return PARTICLES.has(word) || IRISH_PARTICLES.has(word);
}
function isPersonalName(text, minWords = 2) {
  const trimmed = text.trim();
  const parts = SPACE_RUN_OR_OTHER_SPACE.test(trimmed) ? trimmed.split(/\s+/) : trimmed.split(" ");
  if (parts.length < minWords || parts.length > 5) return false;
  if (PARTICLES.has(parts[0]) || PARTICLES.has(parts[parts.length - 1])) return false;
  const nameWord = NAME_WORD.for(trimmed);
  for (const part of parts) if (!nameWord.test(part) || NOT_NAME_WORDS.has(part.toLowerCase())) return false;
  return true;
}
var SPACE_RUN_OR_OTHER_SPACE = / \s|[^\S ]/;
var NOT_NAME_WORDS = new Set(
  "the and of for to all from with until after before since chair clerk officer director manager member members governor governors trustee trustees secretary treasurer president executive council committee board team group service services trust panel partnership minutes apologies present attendees attendance action actions agenda item items meeting date police nhs ltd limited plc analytics labs systems software solutions technologies consulting holdings industries enterprises ventures pro tem data financial responsible".split(" ")
);
var RANK = /^(?:chief|battalion chief|(?:deputy |assistant )?chief constable|(?:fire )?captain|lieutenant|lt\.?|commander|firefighter|officer|inspector|chief inspector|superintendent|chief superintendent|sergeant|sgt\.?|constable|pc|pcso|ps|dc|ds|dci|dcs|supt\.?|insp\.?)(?: \d{2,5}[a-z]{0,3})?$/i;
function isRank(title) {
  return RANK.test(title.trim());
}
var ELIDED_PARTICLE = letterPattern(String.raw`^[dl]['\u2019]\p{Lu}`, "u");
function opensSurname(word) {
  return isNameParticle(word) || ELIDED_PARTICLE.test(word);
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
var isRoleLike = judgedOnce(judgeRoleLike);
var PRO_TEM = /\spro\stem(?:pore)?$/i;
var OVER_WHAT = letterPattern(String.raw`^(?:\p{Lu}|and$|&$)`, "u");
function judgeRoleLike(descriptor) {
  const plain = (descriptor.includes("(") ? descriptor.replace(/\([^)]*\)/g, " ") : descriptor.includes(OPEN_STAND_IN) ? descriptor.replace(STOOD_IN, "") : descriptor).trim().replace(PRO_TEM, "");
  const parts = plain.toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  if (parts.length > 1 && (parts[0] === "university" || parts[0] === "college") && ROLE_WORDS.has(parts[1])) return true;
  if (/^(?:office|department|ministry|university|college|friends|bureau|directorate)\b/i.test(plain) && (parts.includes("of") || !isRoleWord(parts[parts.length - 1]))) return false;
  const first = plain.split(/\s/, 1)[0];
  if (parts.length <= 5 && ROLE_ABBREVIATIONS.has(parts[0]) && first === first.toUpperCase()) return true;
  const ofAt = parts.findIndex((word) => word === "of" || word === "for" || word === "to" || word === "in");
  for (let i = 0; i < ofAt; i++) if (ROLE_WORDS.has(parts[i]) || parts[i].endsWith("s") && ROLE_WORDS.has(parts[i].slice(0, -1))) return true;
  if (isRoleWord(parts[parts.length - 1])) return true;
  if (parts.length > 1 && parts[parts.length - 1] === "general" && ROLE_WORDS.has(parts[parts.length - 2])) return true;
  if (parts.length > 1 && /at[- ]large$/.test(plain.toLowerCase()) && isRoleWord(parts[0])) return true;
  if (/^(?:vp|svp|evp|avp)$/.test(parts[0])) return true;
  if (parts.length > 1 && /^(?:director|head|manager)$/.test(parts[0]) && ORGANISATION_WORDS.has(parts[parts.length - 1])) return true;
  if (parts.length > 1 && parts.length <= 5 && /^(?:director|head|manager|coordinator|co-ordinator)$/.test(parts[0]) && plain.split(/\s+/).slice(1).every((word) => OVER_WHAT.for(word).test(word))) return true;
  if (parts.some((word) => ORGANISATION_WORDS.has(word))) return false;
  const joined = parts.findIndex((word) => word === "and" || word === "&");
  if (joined > 0 && isRoleWord(parts[joined - 1])) return true;
  return parts[0].includes("/") && isRoleWord(parts[0].split("/")[0]);
}
var isOfficeAfterName = judgedOnce(judgeOfficeAfterName);
function judgeOfficeAfterName(descriptor) {
  if (isRoleLike(descriptor)) return true;
  const parts = descriptor.toLowerCase().split(/\s+/);
  const last = parts[parts.length - 1];
  return parts.length <= 4 && !parts.some((word) => ORGANISATION_WORDS.has(word)) && /(?:er|or|ist|ian)$/.test(last) && last.length >= 6 && !PLACE_ENDING.test(last);
}
var PLACE_ENDING = /(?:ches|ces|cas|mins)ter$|water$|over$|moor$/;
var PROFESSION_ENDING = /.{3}(?:grapher|ologist|ician)$/;
function isRoleWord(word) {
  return ROLE_WORDS.has(word) || ROLE_WORDS.has(word.slice(word.lastIndexOf("-") + 1)) || word.endsWith("-elect") && ROLE_WORDS.has(word.slice(0, -6)) || PROFESSION_ENDING.test(word);
}
var OFFICE_QUALIFIERS = new Set(
  "vice deputy assistant acting interim joint co senior chief executive parish town district borough county city footpath tree responsible financial of and for the &".split(" ")
);
function isOfficeWord(word) {
  const lower = word.toLowerCase();
  return isRoleWord(lower) || OFFICE_QUALIFIERS.has(lower);
}
var ORGANISATION_WORDS = new Set(
  "council councils trust association society university college school academy police nhs ltd limited plc inc llc llp group company foundation partnership services service authority agency department centre center church club bank network alliance institute institution hospital hospice practice charity federation union consortium corporation cic ccg icb commission analytics labs systems software solutions technologies consulting holdings industries enterprises ventures data management properties realty centres centers clinic clinics hospitals schools".split(" ")
);
function hasOrganisationWord(text) {
  return text.toLowerCase().split(/\s+/).some((word) => ORGANISATION_WORDS.has(word));
}

// src/read/text-tables.ts
var NUMBER_THEN_TAB = /^(?:\*\*)?(?:(?:[A-Z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\\?[.:)]?|[IVXLC]{1,6}\\?[.:)]|\(?(?:[a-z]|[ivx]{2,5})\))$/;
var BULLET = /^[\u2022\u25aa\u25e6\u00b7o\u2013-]$/;
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
var GRID_BORDER = /^\+(?:[-=:]+\+)+$/;
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
var GAP = /\S( {2,})(?=\S)/g;
var TWO_SPACES = / {2}/;
var OPEN_LIST = /(?:[,&/]| and)$/;
var LIST_JOINER = /^[^\d,&/]*(?:[,&/]| and )/;
var SECTION_LINE = /^\S(?:\S| (?! ))*$/;
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
  const text = lines[j].trimEnd();
  return text.length < 80 && indentOf(text) === starts[0] && SECTION_LINE.test(text.slice(starts[0])) && lines[j + 1] !== void 0 && fitsColumns2(lines[j + 1], starts) === "row";
}
function wrapsInto(above, text, width) {
  if (above === "" || text === "") return false;
  if (OPEN_LIST.test(above) || isNameParticle(above.slice(above.lastIndexOf(" ") + 1))) return true;
  const space = text.indexOf(" ");
  if (space >= 0 && !LIST_JOINER.test(text)) return false;
  return above.length + 1 + (space >= 0 ? space : text.length) > width - 2;
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

// src/read/markdown.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
var SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
var RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
var TASK = /^\[([ xX])\][ \t]+/;
var QUOTE = /^ {0,3}>[ \t]?/;
var DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
var ATTRIBUTE_LIST = /^ {0,3}\{:[^{}]*\}\s*$/;
var HTML_START = /^ {0,3}</;
var COLUMN_HEADER_START = /^[^\s#>*+|-](?:\S| (?! )){0,40} {2}/;
var HTML_BLOCK = /^ {0,3}<(?:!--|\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>\s*$)/;
var PROPERTY = /^(\s*(?:[-*+][ \t]+)?)([A-Za-z][\w-]{0,30}):: ?(.*)$/;
var BOOKKEEPING_PROPERTIES = /* @__PURE__ */ new Set(["id", "collapsed", "heading", "background-color", "icon", "template", "template-including-parent", "filters", "public", "exclude-from-graph-view"]);
var HEADING_SHORTCODE = new RegExp("^(?::[a-z\\d_+-]{1,40}:|\\p{Extended_Pictographic}[\\ufe0f\\u200d\\p{Extended_Pictographic}]{0,8})\\s+", "u");
var PAGE_LINK = /\[\[([^\[\]]+)\]\]/g;
var LINKS_SIDE_BY_SIDE = /(\]\]|\))[ \t]+(?=\[\[)/g;
var DRAWER_START = /^\s*:LOGBOOK:\s*$/;
var DRAWER_END = /^\s*:END:\s*$/;
function outlinerField(raw) {
  const property = PROPERTY.exec(raw);
  if (!property) return raw;
  const key = property[2].toLowerCase();
  if (BOOKKEEPING_PROPERTIES.has(key)) return null;
  const value = property[3].replace(LINKS_SIDE_BY_SIDE, "$1, ").replace(PAGE_LINK, "$1");
  return key === "title" ? `# ${value}` : `${property[1]}${property[2][0].toUpperCase()}${property[2].slice(1)}: ${value}`;
}
var CALLOUT = /^\[![\w-]{1,20}\][+-]?(?:[ \t]+(.*))?$/;
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
function readMarkdown(file, text) {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text);
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
      const { text: text2, lead } = inline(title);
      line = makeLine({ line: lineNumber, kind: "heading", depth: heading[1].length, text: text2, lead });
    } else if (item && item[3] !== void 0) {
      let content = item[3];
      const task = TASK.exec(content);
      if (task) content = content.slice(task[0].length);
      const indent = item[1].replace(/\t/g, "    ").length;
      const { text: text2, lead } = inline(content);
      line = makeLine({ line: lineNumber, kind: "item", depth: Math.floor(indent / 2), marker: /\d/.test(item[2]) ? item[2].replace(")", ".") : "-", checked: task ? task[1] !== " " : null, text: text2, lead });
    } else {
      const cells = raw.includes("	") && !SETEXT.test(rawLines[index + 1] ?? "") ? splitTabs(raw, widthAbove(lines, lineNumber)) : null;
      if (cells) {
        lines.push(row(cells, lineNumber, truncated));
        continue;
      }
      const { text: text2, lead } = inline(raw);
      line = makeLine({ line: lineNumber, text: text2, lead });
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
  return { file, lines, frontMatter, text, truncated };
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
  const table = readTextTableAt(rawLines, index);
  if (!table) return index;
  for (const [at, cells] of table.rows) if (cells) lines.push(row(cells, lineNumberOf(at), truncated));
  return table.end;
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
var ESCAPED = 57600;
var MARKUP_CHARACTERS = ["!", "[", "<", "*", "_", "~", "\\", "&"];
function hasInlineMarkup(text) {
  return MARKUP_CHARACTERS.some((char) => text.includes(char)) || text.endsWith("  ");
}
function inline(text) {
  if (!hasInlineMarkup(text)) return { text: cleanLine(text), lead: null };
  const lead = /^(\*\*|__)(?![*_])(.+?)\1/.exec(text.trim());
  const escapes = text.includes("\\");
  const plain = (escapes ? text.replace(/\\([!-/:-@[-`{-~])/g, (_, char) => String.fromCharCode(ESCAPED + char.charCodeAt(0))) : text).replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1").replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1").replace(/<br ?\/?>/gi, " ").replace(/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g, "").replace(/<!--.*?-->/g, "").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2").replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2").replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1").replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name) => ({ amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " ", "#39": "'" })[name] ?? _).replace(/ {2,}$|\\$/, "");
  const restored = escapes ? plain.replace(/[\ue100-\ue17f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED)) : plain;
  return { text: cleanLine(restored), lead: lead ? cleanLine(inline(lead[2]).text).replace(/:$/, "").trim() : null };
}

// src/lexicon/status.ts
var OPEN_FIRST = /^(?:not\s+(?:yet\s+)?(?:complete|completed|done|closed|started)|incomplete|in\s+progress|ongoing|on-going|(?:still\s+)?open|outstanding|chasing|pending|overdue|on\s+track|at\s+risk|delayed|c\/f|carried\s+(?:forward|over)|brought\s+forward|b\/f|partially|partly|awaiting|underway|started|deferred|postponed|on\s+hold|blocked|keep\s+open)\b|^(?:\[ \]|[\u23f3\u274c\u2717\u2718\u2610\u231b\ud83d\udd04])/iu;
var CLOSED_FIRST = /^(?:closed|complete|completed|done|discharged|finished|achieved|\[x\]|[\u2713\u2714\u2705\u2611])(?![\w-])/iu;
var RAG = { g: "green", green: "green", a: "amber", amber: "amber", r: "red", red: "red", b: "blue", blue: "blue" };
function readStatus(raw, extraClosedWords = []) {
  const text = (raw ?? "").trim().replace(/^[\s\-\u2013\u2014:]+/, "");
  const ragWord = /^(green|amber|red|blue|[GARB])(?:\b|$)/i.exec(text);
  const rag = ragWord && (ragWord[1].length > 1 || text.length === 1 || /^[GARB]\s*[\-\u2013\u2014(/]/.test(text)) ? RAG[ragWord[1].toLowerCase()] : null;
  if (OPEN_FIRST.test(text)) return { status: "open", rag };
  if (CLOSED_FIRST.test(text) || rag === "blue") return { status: "closed", rag };
  if (extraClosedWords.some((word) => text.toLowerCase().startsWith(word.toLowerCase()))) return { status: "closed", rag };
  const last = lastClause(text);
  if (last && CLOSED_FIRST.test(last) && !OPEN_FIRST.test(last)) return { status: "closed", rag };
  return { status: "open", rag };
}
function endsWithStatus(text) {
  const last = lastClause(text.trim());
  return last !== null && (CLOSED_FIRST.test(last) || OPEN_FIRST.test(last));
}
function startsWithStatus(text) {
  return OPEN_FIRST.test(text.trim()) || CLOSED_FIRST.test(text.trim());
}
var MAX_STATUS_CLAUSE = 16;
function lastClause(text) {
  const cut = Math.max(text.lastIndexOf(";"), text.lastIndexOf(","), text.lastIndexOf(". "));
  if (cut < 0) return null;
  const clause = text.slice(cut + 1).trim().replace(/[.!]$/, "").replace(/^[\u2013\u2014-]\s*/, "");
  return clause.length > 0 && clause.length <= MAX_STATUS_CLAUSE ? clause : null;
}
var TRAILING_STATUS = / [\u2013\u2014-] ([^\s\u2013\u2014-][^\u2013\u2014]{0,20}?)\.?$/;
var RAG_ALONE = /^(?:green|amber|red|blue|[GARB])$/i;
function splitTrailingStatus(text) {
  if (!text.includes(" - ") && !text.includes(" \u2013 ") && !text.includes(" \u2014 ")) return null;
  const m = TRAILING_STATUS.exec(text);
  if (!m) return null;
  const word = m[1].trim();
  const whole = OPEN_FIRST.exec(word) ?? CLOSED_FIRST.exec(word);
  if (whole && whole[0].length === word.length || RAG_ALONE.test(word)) return { text: text.slice(0, m.index).trimEnd(), status: word };
  return null;
}

// src/read/page-furniture.ts
var PAGE_NUMBER_LINE = /(?:^|\s{3,}|\s[|\u2013\u2014-]\s)page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
var RULE2 = /^([-_=*])\1{9,}$/;
var HEADER_LINES = 6;
var FIRST_PAGE_HEADER_LINES = 2;
function findPageFurniture(lines) {
  const furniture = /* @__PURE__ */ new Set();
  const footers = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].length < 160 && /\d$/.test(lines[i].trimEnd()) && PAGE_NUMBER_LINE.test(lines[i].trim())) footers.push(i);
  if (footers.length === 0) return furniture;
  const seen = /* @__PURE__ */ new Map();
  for (const footer of footers) {
    for (let k = footer + 1; k < lines.length && k <= footer + HEADER_LINES; k++) {
      const text = normalised(lines[k]);
      if (text !== "") seen.set(text, (seen.get(text) ?? 0) + 1);
    }
  }
  const isBlankOrRule = (line) => line.trim() === "" || RULE2.test(line.trim());
  for (let k = 0, seenLines = 0; k < lines.length && seenLines < FIRST_PAGE_HEADER_LINES; k++) {
    if (isBlankOrRule(lines[k])) continue;
    seenLines++;
    const text = normalised(lines[k]);
    if ((text.includes("#") || /\bminutes\b/i.test(text)) && (seen.get(text) ?? 0) >= 2) furniture.add(k);
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

// src/read/wiki-markup.ts
var HEADING2 = /^h([1-6])\.\s+(\S.*)$/;
var HEADER_ROW = /^\|\|.*\|\|\s*$/;
var MACRO = /(?<!\{)\{[a-z][a-zA-Z-]*(?::[^{}]*)?\}(?!\})/g;
var MENTION = /\[~([\w.-]+)\]/g;
var ICONS = { "(/)": "\u2714", "(x)": "\u2718", "(!)": "\u26A0", "(?)": "\u2753" };
var ICON = /\((?:\/|x|!|\?)\)/g;
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
function wikiMarkupHeading(text) {
  const m = text.startsWith("h") ? HEADING2.exec(text) : null;
  return m ? { depth: Number(m[1]), title: m[2].trim() } : null;
}

// src/read/plain-text.ts
var ITEM_AFTER_PAGE = new RegExp("^\\s*(?:(?:case|item|minute|min\\.?)\\s+)?\\d{1,4}(?:[./]\\d{1,4}){0,2}[.:)]?\\s+\\p{Lu}", "iu");
var BULLET_CHARACTERS = "-*+\u2022\u25CF\u25AA\u25E6\u2023\xB7\u2013\u2014\u2192\u25BA\u27A4";
var BULLET2 = new RegExp(`^([${BULLET_CHARACTERS}])(?:\\s+|$)`);
var TASK2 = /^\[([ xX])\]\s+/;
var LEAD = /^\*\*([^*\n]+?)\*\*\s*:?\s*/;
var RULE3 = /^([-*_=])(?:\s*\1){2,}$/;
var PAGE_FOOTER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/i;
var PIPE_DELIMITER = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
var PLUS_DELIMITER = /^[-=]{2,}(?:\+[-=]{2,})+\+?$/;
function readPlainText(file, text) {
  const { body, frontMatter, lineOffset } = splitFrontMatter(text);
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
  return { file, lines, frontMatter, text, truncated };
}
var BOT_STAMP = /\s*\([\w.|-]{1,30}, \d{2}:\d{2}:\d{2}\)$/;
function withoutBotStamp(line) {
  return line.endsWith(")") ? line.replace(BOT_STAMP, "") : line;
}
var WIDE_GAP = / {3,}/;
var SECOND_COLUMN_INDENT = /^ {24,}\S/;
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
  const count = (line, i) => line.includes("+") && i > 0 && PLUS_DELIMITER.test(line.trim()) ? pipes(lines[i - 1]) : pipes(line);
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = count(lines[i], i);
    if (here === 0 || here !== count(lines[i + 1], i + 1)) continue;
    if (here === 1 && count(lines[i + 2] ?? "", i + 2) !== 1 && count(lines[i - 1] ?? "", i - 1) !== 1 && !PIPE_DELIMITER.test(lines[i].trim()) && !PIPE_DELIMITER.test(lines[i + 1].trim())) continue;
    rows.add(i);
    rows.add(i + 1);
  }
  return rows;
}
function wikiHeading(text) {
  if (!text.startsWith("==") || !text.endsWith("==")) return null;
  let open = 0;
  while (text[open] === "=") open++;
  let close = 0;
  while (text[text.length - 1 - close] === "=") close++;
  const title = text.slice(open, text.length - close).trim();
  return open === close && open <= 6 && title !== "" && !title.includes("=") ? { depth: open - 1, title } : null;
}

// src/read/index.ts
function readSource(text, options = {}) {
  const file = options.file ?? "-";
  const markdown = options.markdown ?? isMarkdownFile(file);
  const pdf = options.markdown === void 0 && isPdfFile(file);
  const html2 = options.markdown === void 0 && (isHtmlFile(file) || isWordFile(file) || pdf);
  const source = html2 ? readHtml(file, text) : markdown ? readMarkdown(file, text) : readPlainText(file, text);
  if (pdf) source.pageStarts = pageStartsOf(text);
  if (source.text.includes("\u2028") || source.text.includes("\u2029")) source.text = source.text.replace(/[\u2028\u2029]/g, " ");
  return source;
}
function isMarkdownFile(file) {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(file);
}

// src/lexicon/actions.ts
var ACTION_WORD = /action/i;
var ACTION_POINT = /^A[PI](?:\s?\(([^()]{1,60})\))?\s?(?::|[-\u2013\u2014](?=\s))\s*(.*)$/;
var ADDRESSED = /^@([A-Za-z][\w.'-]{0,30}):\s+([a-z]+)\b(.*)$/;
var IMPERATIVES = new Set(
  "ask pursue send draft review check contact write update prepare circulate chase confirm arrange email schedule create file post share investigate reach talk add remove fix submit publish book organise organize coordinate invite find get provide report respond raise bring put move follow set open close document research liaise collect compile obtain request notify inform remind ensure identify agree establish explore look work issue order recruit install repair replace renew apply upload deploy merge release announce translate summarise summarize present sign print pay buy purchase deliver distribute design test clarify reply return mail finish complete draw compose assess audit visit meet call phone text lead run hold host pull switch give make take start plan sort train produce finalise finalize quote spec connect sync align introduce demo migrate enable disable configure escalate track capture analyse analyze estimate scope validate verify approve nominate brief amend revise rewrite edit refresh seek secure negotiate source help facilitate outline consult engage inspect measure clean tidy paint trim mend forward thank claim invoice reconcile transfer allocate register archive delete rename prioritise prioritize triage assign reassign benchmark refactor ship launch pilot prototype define decide determine settle convene monitor cut bump backport rebase nudge pair vote trial propose recommend advise collate discuss consider explain attend join".split(" ")
);
var NAMES_NO_ONE = /^(?:unassigned|not assigned|no owner|no one|nobody|none|tbc|tbd|n\/a)$/i;
function opensWithImperative(text) {
  const space = text.indexOf(" ");
  return space > 0 && IMPERATIVES.has(text.slice(0, space)) && !NOUN_READING.test(text.slice(space + 1));
}
function isImperative(word) {
  return IMPERATIVES.has(word.toLowerCase());
}
var NOUN_READING = /^(?:is|are|was|were|has|have|had|will|would|should|can|could|may|might|of|seems?)\b/;
function mayHoldActionMarker(text) {
  return ACTION_WORD.test(text) || text.startsWith("AP") || text.startsWith("AI") || text.startsWith("@") || opensWordedMarker(text) || FOLLOW_UP.test(text);
}
var WITH_OWNER = /^actions?\s*\(([^()]{0,200})\)\s*([:\-\u2013\u2014.]+\s*)?(.*)$/i;
var FOR_OWNER = /^actions?(?: items?| points?)? for ([^:]{1,160}):\s*(.*)$/i;
var NAMED_OWNER = /^(?:ACTION|Action) ([A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|&|and))*):\s*(\S.*)$/;
var NOT_OWNER = /^(?:items?|points?|log|required|taken|summary|list|plan|updates?|arising|agreed|notes?|no|number|ref|tracker|officers?|owners?|lead|by|for)\b/i;
var OFFICER_DASH = /^action (?:officers?|owners?|by|lead):\s*([^:\u2013\u2014]{1,80}?)\s+[-\u2013\u2014](?:\s+(.*))?$/i;
var NUMBERED = /^action #(\d{1,3}):\s*(.*)$/i;
var FOLLOW_UP = /^follow[- ]?up(?: action)?\s*:\s*(\S.*)$/i;
var PLAIN = /^(?:agreed |new )?actions?(?: points?| items?)?\s*(?::|[-\u2013\u2014](?=\s|$))\s*(.*)$/i;
var PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+/;
var WORDED_MARKER = /^(?:directions? (?:given )?to staff|to do(?!:? \[[ xX]?\]))\s*(?::|[-\u2013\u2014](?=\s))\s*(\S.*)$/i;
var opensWordedMarker = (text) => {
  const c = text.charCodeAt(0) | 32;
  return (c === 100 || c === 116) && WORDED_MARKER.test(text);
};
var NO_ACTION = /^(?:none|nothing|nil|n\/a|no (?:new |further )?actions?|not applicable)\b/i;
function readActionMarker(lineText2) {
  const text = isDigit(lineText2.charCodeAt(0)) ? lineText2.replace(PARAGRAPH_NUMBER, "") : lineText2;
  const point = text.startsWith("AP") || text.startsWith("AI") ? ACTION_POINT.exec(text) : null;
  if (point) return { ownersRaw: point[1]?.trim() ?? null, body: point[2].trim(), number: null, emptyOwner: false, abbreviated: point[1] === void 0 };
  const addressed = text.startsWith("@") ? ADDRESSED.exec(text) : null;
  if (addressed && opensWithImperative(`${addressed[2]}${addressed[3]}`)) return { ownersRaw: addressed[1], body: `${addressed[2]}${addressed[3]}`.trim(), number: null, emptyOwner: false };
  const worded = opensWordedMarker(text) ? WORDED_MARKER.exec(text) : null;
  if (worded) return { ownersRaw: null, body: worded[1].trim(), number: null, emptyOwner: false };
  const followUp = (text.charCodeAt(0) | 32) === 102 ? FOLLOW_UP.exec(text) : null;
  if (followUp) return { ownersRaw: null, body: followUp[1].trim(), number: null, emptyOwner: false };
  const c = text.charCodeAt(0) | 32;
  if (c !== 97 && c !== 110 || !ACTION_WORD.test(text)) return null;
  const withOwner = WITH_OWNER.exec(text);
  if (withOwner && !withOwner[2] && NOUN_READING.test(withOwner[3])) return null;
  if (withOwner) return { ownersRaw: withOwner[1].trim() || null, body: withOwner[3].trim(), number: null, emptyOwner: withOwner[1].trim() === "" };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { ownersRaw: null, body: numbered[2].trim(), number: numbered[1], emptyOwner: false };
  const officer = OFFICER_DASH.exec(text);
  if (officer) return { ownersRaw: officer[1].trim(), body: (officer[2] ?? "").trim(), number: null, emptyOwner: false };
  const forOwner = FOR_OWNER.exec(text);
  if (forOwner) return { ownersRaw: forOwner[1].trim(), body: forOwner[2].trim(), number: null, emptyOwner: false };
  const named = NAMED_OWNER.exec(text);
  if (named && !NOT_OWNER.test(named[1])) return { ownersRaw: named[1], body: named[2].trim(), number: null, emptyOwner: false };
  const plain = PLAIN.exec(text);
  if (plain) return { ownersRaw: null, body: plain[1].trim(), number: null, emptyOwner: false };
  return null;
}
var OPEN_OWNER_BRACKET = /^(?:actions?\s*\([^()]{0,200}|action (?:officers?|owners?|by|lead):[^:\u2013\u2014]{0,120}|actions?(?: items?| points?)? for [^:]{1,120})$/i;
function opensOwnerBracket(lineText2) {
  return (lineText2.charCodeAt(0) | 32) === 97 && OPEN_OWNER_BRACKET.test(lineText2);
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
var REFERENCE = /^action (\d{1,4}(?:[/.-]\d{1,4})?) \(([^()]{1,300})\):? (.+)$/i;
function readActionReference(text) {
  const m = REFERENCE.exec(text);
  return m ? { ref: m[1], wording: m[2].trim(), progress: m[3].trim() } : null;
}
function isNoAction(body) {
  return NO_ACTION.test(body);
}
var TRAILING_TAG = /[.!?]\s+\(?(?:[Aa]ctions?|ACTIONS?)\s*[:\u2013\u2014-]\s*|[.!?]\s+ACTIONS? (?=[A-Z][A-Za-z]{1,3}\b)/g;
var TOPICS_HEADING = /^(?:talking points|agenda(?: items)?|discussion (?:topics|points|items)|topics(?: discussed)?)$/i;
var ACTION_SECTION = /^(?:\d{1,3}[.:)]?\s+|[ivx]{1,5}[.:)]\s+)?(?:summary of |new |agreed |management |board |staff )?(?:actions?(?: items?| points?| agreed| arising| list| log| summary| required)?|next steps|follow[- ]ups?(?: tasks| items| actions)?|to ?dos?|tasks|directions? (?:given )?to staff)\s*:?$/;
var HEADING_NUMBER = /^(?:\d{1,3}[.:)]? |[a-h][.)] |(?:[a-z]{1,5}|\d{1,4})\/[\d/]{1,10}\.? {1,2}|[a-z]{1,4}\.\d{2}\.\d{1,3} |min\.? \d{1,4}\/(?:[a-z]{1,8}\/){1,3}\d{2,4}: )/;
function isEarlierActionsSection(lower) {
  return EARLIER_ACTIONS_SECTION.test(lower.replace(HEADING_NUMBER, ""));
}
var EARLIER_ACTIONS_SECTION = /^(?:the following )?(?:matters arising|(?:old|unfinished) business(?: [\u2013\u2014-] [^:]{1,40})?|business arising(?: from (?:the )?(?:previous|last) (?:minutes|meeting))?|actions? from (?:the )?(?:previous|last) (?:meetings?|time|checkpoint|session|call|catch-up|review)|(?:outstanding|pending|completed|closed|open) action(?: item| point)?s|previous (?:actions?(?: items| points)?|ais)|follow[- ]ups? (?:on|of|to) (?:the )?(?:prior|previous|earlier|outstanding|open) action(?: item| point)?s|review(?: of)? (?:(?:previous|outstanding|open) )?action(?: item| point)?s|action log review|progress on actions|actions? (?:update|review)|(?:review of )?(?:the )?last (?:week|meeting|sync|time|retro|retrospective|sprint|session|call)['\u2019]s (?:action(?: item| point)?s|tasks|to-?dos)|(?:actions?|action items) from (?:the )?(?:review of )?[a-z]{2,8}-\d{1,6}(?: \([^()]{1,30}\))?(?: [\u2013\u2014-] review)?|(?:actions?|action items|action points|follow[- ]ups) from (?:the |our )?(?:last|previous|prior) (?:sync|call|week|meetings?)|(?:actions?|action items|action points) carried (?:over |forward )?from [\w ,]{3,30}|carried (?:over |forward )?from (?:the )?(?:last|previous) (?:week|meeting|sync|call)|carried (?:over|forward)|outstanding from (?:last time|(?:the )?last meeting|(?:the )?previous meeting)|status (?:of|on) (?:the )?(?:action |open |outstanding )?(?:items|actions)(?: from (?:the )?[\w ,]{3,40})?|(?:actions?|follow[- ]ups) from the [a-z]{3,9}(?: \d{4})? meeting(?: were reported)?|(?:actions?|action items|action points|follow[- ]ups|follow[- ]up items) from (?:the )?(?:meeting (?:of|on) )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}(?: \d{4})?|[a-z]{3,9} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)(?: meeting)?)(?: from [\w /.,]+)?(?: ?\([^()]*\))? ?:?$/;
var SECTION_WORDS = /action|previous ais|matters arising|business arising|old business|unfinished business|follow|next steps|to ?do|task|to staff|carried|status o/i;
var EARLIER_ACTIONS_LEAD_IN = /\b(?:open|outstanding|previous|earlier|existing) (?:actions|action items|action points|tasks)\b[^:]{0,40}:$/;
var ACTION_LEAD_IN = /\b(?:the following|these) (?:follow[- ]up items|actions|action items|action points|tasks|next steps)\b[^:]{0,40}:$/;
var TRAILING_PHRASE = / [-\u2013\u2014] ([^\s\u2013\u2014-][^\u2013\u2014]{0,19})$/;
var RAG_WORD = /^(?:red|amber|green|blue|[RAGB])$/i;
function readTrailingStatus(text, isStatus) {
  const tail = text.length > 24 ? text.slice(-24) : text;
  const m = TRAILING_PHRASE.exec(tail);
  if (!m) return null;
  const phrase = m[1].replace(/\.$/, "").trim();
  const words2 = phrase.split(" ");
  const ok = (phrase.length === 1 ? /^[RAGB]$/.test(phrase) : RAG_WORD.test(phrase)) || words2.length <= 3 && isStatus(phrase) && (words2.length === 1 || !isStatus(words2[0]));
  return ok ? { text: text.slice(0, text.length - tail.length + m.index).trimEnd(), status: phrase } : null;
}
function readTrailingParenthesis(text) {
  const closer = text.endsWith("]") ? "]" : ")";
  const end = text.endsWith(`${closer}.`) ? text.length - 2 : text.endsWith(closer) ? text.length - 1 : -1;
  if (end < 0) return null;
  const open = text.lastIndexOf(closer === "]" ? "[" : "(", end);
  if (open <= 0 || end - open > 160 || text.charCodeAt(open - 1) !== 32) return null;
  const inside = text.slice(open + 1, end).trim();
  const before = text.slice(0, open).trim();
  return inside && before && !inside.includes(")") ? { text: before, inside } : null;
}
var TASK_GLYPH = /^(?:to ?do:\s*)?([\u2610\u2611\u2612]|\[[ xX]?\])\s?/i;
var STATUS_MARK = /^(\u2705|\u2714\ufe0f?|\u2611\ufe0f|\u23f3|\u231b|\u274c|\u2717|\u2718|\u26a0\ufe0f?|\u2b1c|\u{1f532}|\u{1f504}|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|hourglass(?:_flowing_sand)?|x|black_square_button|white_square_button|white_large_square|arrows_counterclockwise):)\s?/u;
function isDoneMark(mark) {
  return /^(?:\u2705|\u2714|\u2611|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)/u.test(mark);
}
var TASK_KEYWORD = /^(?:\{\{\[\[)?(TODO|DOING|NOW|LATER|WAITING|IN-PROGRESS|DONE|CANCEL+ED)(?:\]\]\}\})?(?: \[#[A-C]\])? (?![A-Z]{2}|[-\u2013\u2014])/;
function isTickedGlyph(glyph) {
  if (/^[A-Z]/.test(glyph)) return /^(?:DONE|CANCEL+ED)$/.test(glyph);
  return glyph !== "\u2610" && glyph !== "[ ]" && glyph !== "[]";
}
var FIELD_LABEL = /(?:^|[\s;,|]\s*)(lead(?: officer)?|owners?|responsible(?: officer| person)?|assigned to|assignees?|action by|by whom|who|due(?: date| by)?|deadline|scheduled|target(?: date)?|timescales?|timelines?|by when|completion date|status):\s*/gi;
var OWNER_FIELD = /^(?:lead|owner|responsible|assign|action by|by whom|who)/i;
var STATUS_FIELD = /^status/i;
function readActionFields(text) {
  if (!/^[A-Za-z ]{2,20}:/.test(text)) return null;
  const found = [...text.matchAll(FIELD_LABEL)];
  if (found.length === 0 || found[0].index !== 0) return null;
  const fields = { ownersRaw: null, dueRaw: null, status: null };
  for (let k = 0; k < found.length; k++) {
    const start = found[k].index + found[k][0].length;
    const value = text.slice(start, found[k + 1]?.index ?? text.length).replace(/[\s;,|]+$/, "").replace(/^<([^<>]+)>$/, "$1");
    if (!value) continue;
    const label = found[k][1];
    if (OWNER_FIELD.test(label)) fields.ownersRaw ??= value;
    else if (STATUS_FIELD.test(label)) fields.status ??= value;
    else fields.dueRaw ??= value;
  }
  return fields.ownersRaw !== null || fields.dueRaw !== null || fields.status !== null ? fields : null;
}
var PROSE_TASK_VERB = "(?:to|will|agreed to|undertook to|(?:was|were) (?:directed|requested|asked|tasked) to)";
var PROSE_TASK_START = new RegExp(String.raw`(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|[A-Z][a-z]+ member [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&|of)){0,4}) ${PROSE_TASK_VERB} (?:also |now )?(?!be\b|have\b|not\b|the\b|a\b|an\b)[a-z]`, "y");
var INSTRUCTION = /^(?:All [a-z]+|The [a-z]+(?: [a-z]+){0,3}|(?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4}) to (?:also |now )?[a-z]/;
var TITLED_INSTRUCTION = /^(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?|(?:The )?Clerk) (?:to|will) [a-z]/;
var DIRECTED = /(?:(?:The )?(?:Board|Council|City Council|Commission|Committee) )?[Dd]irected (staff|(?:the )?[A-Z][\w.'\u2019-]*(?: (?:of|for|and|&|the|[A-Z][\w.'\u2019-]*)){0,6}) to (?=[a-z])/y;
var STAFF = /^(?:staff|officers|management)$/i;
var GROUP_OWNER = /^(?:all|everyone|everybody|all members|staff)\b/i;
var WE_ASK = /We ask ((?:[A-Z][\w.'\u2019-]*(?: |$)){1,4})to (?=[a-z])/y;
var PRONOUN_TASK = /(?:He|She) (?:will|agreed to) (?:also )?(?!be\b|have\b|not\b)(?=[a-z])/y;

// src/text/phrase-count.ts
var PhraseCounter = class {
  constructor(text) {
    this.text = text;
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
  count(name) {
    const words2 = name.match(LETTERS.for(name));
    if (!words2 || !name.startsWith(words2[0])) return 0;
    const runs = this.index();
    let rarest = 0;
    for (let k = 1; k < words2.length; k++) if ((runs.get(words2[k])?.length ?? 0) < (runs.get(words2[rarest])?.length ?? 0)) rarest = k;
    let count = 0;
    for (const at of runs.get(words2[rarest]) ?? []) if (at >= rarest && this.writtenAt(name, this.starts[at - rarest])) count++;
    return count;
  }
  /**
   * Whether the text has `name` at `start` (where a run of letters starts), a run of whitespace for
   * each of its spaces, and no letter after it.
   */
  writtenAt(name, start) {
    const text = this.text;
    let t = start;
    for (let n = 0; n < name.length; ) {
      if (SPACE.test(name[n])) {
        if (!SPACE.test(text[t] ?? "")) return false;
        while (n < name.length && SPACE.test(name[n])) n++;
        while (t < text.length && SPACE.test(text[t])) t++;
      } else if (text[t++] !== name[n++]) return false;
    }
    return !LETTER_FIRST.test(text.slice(t, t + 2));
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
var LETTERS = letterPattern(String.raw`\p{L}+`, "gu");
var LETTER_FIRST = letterPattern(String.raw`^\p{L}`, "u");
var SPACE = /\s/;

// src/text/split.ts
function splitTopLevel(text, separator) {
  const masked = maskParentheses(text);
  const global = globalOf(separator);
  global.lastIndex = 0;
  const parts = [];
  let start = 0;
  for (let m = global.exec(masked); m; m = global.exec(masked)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    pushTrimmed(parts, text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  pushTrimmed(parts, text.slice(start));
  return parts;
}
function pushTrimmed(parts, part) {
  const trimmed = part.trim();
  if (trimmed) parts.push(trimmed);
}
function maskParentheses(text) {
  if (!text.includes("(")) return text;
  let masked = "";
  let depth = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) {
      if (depth === 0) {
        masked += text.slice(runStart, i);
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
  return masked + (depth > 0 ? "".repeat(text.length - runStart) : text.slice(runStart));
}
var globalForms = /* @__PURE__ */ new WeakMap();
function globalOf(separator) {
  if (separator.global) return separator;
  let global = globalForms.get(separator);
  if (!global) {
    global = new RegExp(separator.source, `${separator.flags}g`);
    globalForms.set(separator, global);
  }
  return global;
}

// src/resolve/owner-memo.ts
var OwnerMemo = class {
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
    let person = this.close.get(folded);
    if (person === void 0) {
      person = this.rules.closeTo(folded);
      this.close.set(folded, person);
    }
    return person;
  }
  /** `rules.count(name)`, remembered. */
  count(name) {
    let count = this.counts.get(name);
    if (count === void 0) {
      count = this.rules.count(name);
      this.counts.set(name, count);
    }
    return count;
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

// src/resolve/person-index.ts
var MAX_NEAR_CANDIDATES = 64;
var PersonIndex = class {
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
  keysOf(person) {
    let keys = this.keys.get(person);
    if (!keys) {
      keys = nameKeys(person.name);
      this.keys.set(person, keys);
    }
    return keys;
  }
  /** A table of the people by one key; `keyOf` gives a person's key, or null for none. */
  table(keyOf) {
    const map = /* @__PURE__ */ new Map();
    for (const person of this.people) {
      const key = keyOf(person);
      if (key !== null) add(map, key, person);
    }
    return map;
  }
  /** The first person for each key, for keys that name one person. */
  firstOf(keyOf) {
    const map = /* @__PURE__ */ new Map();
    for (const person of this.people) {
      const key = keyOf(person);
      if (key !== null && !map.has(key)) map.set(key, person);
    }
    return map;
  }
  /** A listed person's name, folded whole. */
  folded(person) {
    return this.keysOf(person).full;
  }
  handle(lowerCased) {
    this.handles ??= this.firstOf((person) => person.handle?.toLowerCase() ?? null);
    return this.handles.get(lowerCased) ?? null;
  }
  full(folded) {
    this.fullNames ??= this.firstOf((person) => this.keysOf(person).full);
    return this.fullNames.get(folded) ?? null;
  }
  initials(text) {
    this.byInitials ??= this.table((person) => person.initials);
    return this.byInitials.get(text) ?? [];
  }
  looseInitials(upperCased) {
    this.byLooseInitials ??= this.table((person) => person.initials?.toUpperCase() ?? null);
    return this.byLooseInitials.get(upperCased) ?? [];
  }
  /**
   * People listed without initials whose name gives these, accents aside ("EN" or "\u00c9N" for \u00c9lodie N\u00fa\u00f1ez); failing
   * that, whose name gives them written another way ("SOR" for Siobhan O'Rourke).
   */
  derivedInitials(upperCased) {
    this.byDerived ??= this.table((person) => person.initials ? null : this.keysOf(person).derived);
    const key = isAscii(upperCased) ? upperCased : [...upperCased].map(baseLetter).join("");
    const found = this.byDerived.get(key);
    if (found) return found;
    if (!this.byVariant) {
      this.byVariant = /* @__PURE__ */ new Map();
      for (const person of this.people) if (!person.initials) for (const variant of this.keysOf(person).variants) add(this.byVariant, variant, person);
    }
    return this.byVariant.get(key) ?? [];
  }
  /**
   * People listed without initials whose name of four words or more opens with these ("MO" for Marcus Ong Jun Hao):
   * an English given name and the surname before the other given names, as Singaporean and Malaysian names go.
   */
  leadingInitials(upperCased) {
    this.byLeading ??= this.table((person) => {
      const keys = this.keysOf(person);
      return person.initials || keys.words < 4 ? null : keys.derived.slice(0, 2);
    });
    return this.byLeading.get(upperCased) ?? [];
  }
  first(folded) {
    this.byFirst ??= this.table((person) => this.keysOf(person).first);
    return this.byFirst.get(folded) ?? [];
  }
  last(folded) {
    this.byLast ??= this.table((person) => this.keysOf(person).last);
    return this.byLast.get(folded) ?? [];
  }
  /** People whose name ends in these words, two or more but not the whole name ("van der Berg", "N\u00ed Bhriain"). */
  tail(folded) {
    if (!this.byTail) {
      const byTail = /* @__PURE__ */ new Map();
      for (const person of this.people) {
        const words2 = this.keysOf(person).full.split(" ");
        for (let start = 1; start <= words2.length - 2; start++) add(byTail, words2.slice(start).join(" "), person);
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
      for (const person of this.people) {
        const keys = this.keysOf(person);
        for (const shape of shapes(keys.full, keys.words)) add(byShape, shape, person);
      }
      this.byShape = byShape;
    }
    const words2 = folded.split(" ").length;
    const found = /* @__PURE__ */ new Set();
    for (let length = folded.length - limit; length <= folded.length + limit; length++) {
      for (const shape of shapes(folded, words2, length)) {
        for (const person of this.byShape.get(shape) ?? []) {
          found.add(person);
          if (found.size > MAX_NEAR_CANDIDATES) return null;
        }
      }
    }
    return [...found];
  }
};
function nameKeys(name) {
  let keys = keysByName.get(name);
  if (!keys) {
    if (keysByName.size >= MAX_NAMES) keysByName.clear();
    const words2 = name.split(/\s+/);
    const full = fold(name);
    const derived = initialsOf(name);
    const given = words2.length > 2 && new RegExp("^\\p{Lu}\\.?$", "u").test(words2[0]) ? words2[1] : words2[0];
    keys = { full, first: fold(given), last: fold(words2[words2.length - 1]), words: full.split(" ").length, derived, variants: initialVariants(name, derived) };
    keysByName.set(name, keys);
  }
  return keys;
}
var keysByName = /* @__PURE__ */ new Map();
var MAX_NAMES = 1e4;
function initialsOf(name) {
  let initials = "";
  for (const part of name.split(/[\s-]+/)) if (startsUpperCase(part)) initials += baseLetter(part[0]);
  return initials.toUpperCase();
}
function initialVariants(name, derived) {
  const words2 = name.split(/\s+/);
  const variants = /* @__PURE__ */ new Set();
  variants.add(initialsOf(name.replace(new RegExp("\\b(O['\\u2019]|Mc|Mac)(?=\\p{Lu})", "gu"), "$1 ")));
  if (words2.length > 1 && words2[0].includes("-")) variants.add(initialsOf([words2[0].split("-")[0], ...words2.slice(1)].join(" ")));
  variants.add(words2.map((word) => baseLetter(word[0] ?? "")).join("").toUpperCase());
  if (name.includes(".")) variants.add(initialsOf(name.replace(/\./g, " ")));
  variants.delete(derived);
  return [...variants].filter((variant) => variant.length > 1);
}
function baseLetter(letter) {
  return letter.charCodeAt(0) < 128 ? letter : letter.normalize("NFD")[0];
}
function organisationsOf(people) {
  const organisations = /* @__PURE__ */ new Set();
  for (const person of people) {
    if (!person.organisation) continue;
    const bracketed = person.organisation.includes("(");
    const org = (bracketed ? person.organisation.replace(/\s*\([^)]*\)\s*$/, "") : person.organisation).trim();
    organisations.add(fold(org));
    const acronym = bracketed ? /\(([A-Z][A-Za-z&]{1,7})\)/.exec(person.organisation) : null;
    if (acronym) organisations.add(fold(acronym[1]));
    if (/^[A-Z&]{2,8}$/.test(org)) organisations.add(fold(org));
  }
  return organisations;
}
function shapes(full, words2, length = full.length) {
  const last = full.slice(full.lastIndexOf(" ") + 1);
  return [`${words2} ${length} ${full[0]}`, `${words2} ${length} ~${last[0]}`];
}
function add(map, key, person) {
  const list = map.get(key);
  if (list) list.push(person);
  else map.set(key, [person]);
}

// src/resolve/owners.ts
var INITIALS_AS_WRITTEN = new RegExp("^\\p{Lu}(?:\\p{Ll}{0,2}\\p{Lu}){1,3}$", "u");
var SHORT_NAME = new RegExp("^\\p{Lu}\\p{Ll}$", "u");
var FIRST_AND_INITIAL = new RegExp("^(\\S{2,}) (\\p{L})\\.?$", "u");
var EMAIL = /^([\w.'-]{1,64})(?:\+[\w.-]*)?@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
var OWNER_SEPARATOR = /\s*(?:,|;|\/|&|\+|\band\b)\s*|\s+(?=@)/gi;
var OWNER_LABEL = /^\s*(?:owners?|lead|by)\s*:\s*/i;
var NO_OWNER = /^(?:tbc|tbd|n\/a|-|none)$/i;
var LONE_CONJUNCTION = /^(?:and|&)$/i;
var INITIAL_AND_SURNAME = /^([a-z])\.? (\S.*)$/;
var BODY = /\b(?:committee|team|group|board|panel|partnership|council|service|forum|network|office|unit)$/i;
var BODY_OF = /^(?:office|department|ministry|directorate|bureau|university|college) (?:of|for) /i;
var TRAILING_ACRONYM = /\s+[A-Z]{2,6}$/;
var TRAILING_ORG_ACRONYM = /\s+[A-Z][A-Za-z]{0,5}[A-Z]$/;
var ACRONYM = /^[A-Z][A-Za-z&]{2,9}$/;
var OFFICE_INITIALS = /^[A-Z]{2,4}$/;
var OFFICE_FIELD = /^(.+?) \(([A-Z][a-z]+(?: (?:and|&|[A-Z][a-z]+)){0,3})\)$/;
var TRAILING_NOTE = /(?:\s+\([^)]*\)|\((?![A-Za-z]{1,4}\))[^)]*\))\s*$/;
var INITIALS = letterPattern(String.raw`^\p{Lu}\p{L}{0,4}$`, "u");
var CAPITALS = letterPattern(String.raw`^\p{Lu}+$|\p{Lu}.*\p{Lu}`, "u");
var ACRONYM_CAPITALS = /^[A-Z&]+$|[A-Z].*[A-Z]/;
var NICK = /^[a-z][\w-]{1,20}$/;
var ONE_WORD = /^[A-Z][a-z]+$/;
var Directory = class {
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
      count: (name) => this.phrases.count(name)
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
    this.roles = new Set(people.flatMap((person) => person.role ? [fold(person.role)] : []));
    this.aliases = new Map(Object.entries(aliases).map(([alias, name]) => [fold(alias), name]));
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
      const person = this.personOf.get(owner);
      if (person) owner.name = this.nameOf(person);
    }
  }
  /**
   * The initials the minutes use for people the roll lists without them ("Action: SOR" for Dr Siobhan O'Rourke), as
   * written, by person: the first way they are written where the minutes write one person's initials two ways.
   */
  initialsUsed(owners) {
    const used = /* @__PURE__ */ new Map();
    for (const owner of owners) {
      const person = this.personOf.get(owner);
      if (!person || person.initials || !INITIALS_AS_WRITTEN.test(owner.raw)) continue;
      if (used.has(person) && used.get(person) !== owner.raw) continue;
      used.set(person, owner.raw);
    }
    return used;
  }
  /** The spelling of a person's name used in owners (the minutes' most frequent one). */
  nameOf(person) {
    return this.canonical.get(person) ?? person.name;
  }
  /** True when the text names the organisation of someone listed. */
  isKnownOrganisation(text) {
    return this.organisations.has(fold(text));
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
      const key = fold(owner.name);
      if (seen.has(key)) return false;
      seen.add(key);
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
    const text = this.unadorned(raw);
    if (GROUP_OWNER.test(text)) return { name: text, kind: "group", raw };
    const person = this.findPerson(text) ?? this.findPerson(text.replace(TRAILING_ACRONYM, "")) ?? this.holderNamed(text);
    if (person) {
      const owner = { name: this.nameOf(person), kind: "person", raw };
      this.personOf.set(owner, person);
      return owner;
    }
    if (this.isKnownOrganisation(text)) return { name: text, kind: "organisation", raw };
    if (isRoleLike(text)) return { name: text, kind: "role", raw };
    if (BODY.test(text) || BODY_OF.test(text)) return { name: text, kind: "organisation", raw };
    if (endsInOrganisationWord(text)) return { name: text, kind: "organisation", raw };
    const withoutOrg = text.replace(TRAILING_ORG_ACRONYM, "");
    if (withoutOrg !== text && isPersonalName(withoutOrg)) return { name: withoutOrg, kind: "person", raw };
    if (isPersonalName(text)) return { name: text, kind: "person", raw };
    if (OFFICE_INITIALS.test(text) && this.initialsOfOffices().has(text)) return { name: text, kind: "role", raw };
    if (ACRONYM.test(text) && ACRONYM_CAPITALS.test(text)) return { name: text, kind: "organisation", raw };
    return { name: text, kind: "unknown", raw };
  }
  initialsOfOffices() {
    this.officeInitials ??= new Set(
      this.people.flatMap((person) => person.role ? [person.role.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join("")] : [])
    );
    return this.officeInitials;
  }
  /** "Finance Director Bhatt", "Public Works Director Okafor": an office, then the name of the one who holds it. */
  holderNamed(text) {
    const words2 = text.split(" ");
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
    const text = isRoleLike(plain) ? plain : stripHonorifics(plain);
    return (this.aliases.size > 0 ? this.aliases.get(fold(text)) : void 0) || text;
  }
  /** The person meant by @handle, nick, initials, full name, a unique surname (of one word or several) or first name, or a near miss of a full name. */
  findPerson(text) {
    if (text === "") return null;
    if (text.startsWith("@")) return this.index.handle(text.toLowerCase()) ?? this.byHandleShape(text.slice(1).toLowerCase());
    const email = EMAIL.exec(text);
    if (email) return this.findPerson(email[1].replace(/[._]+/g, " "));
    const byNick = NICK.test(text) ? this.index.handle(`@${text}`) : null;
    if (byNick) return byNick;
    const byInitials = looksLikeInitials(text) ? this.byInitials(text) : null;
    if (byInitials) return byInitials;
    const folded = fold(text);
    const exact = this.index.full(folded);
    if (exact) return exact;
    if (!/\s/.test(text.trim()) && (folded.length > 2 || SHORT_NAME.test(text))) return this.bySingleName(folded);
    const byTail = this.index.tail(folded);
    if (byTail.length === 1) return byTail[0];
    const initialled = INITIAL_AND_SURNAME.exec(folded);
    if (initialled) {
      const tails = initialled[2].includes(" ") ? this.index.tail(initialled[2]) : [];
      const person = initialled[2].includes(" ") ? tails.length === 1 ? tails[0] : null : this.bySingleName(initialled[2]);
      if (person && fold(person.name).startsWith(initialled[1])) return person;
    }
    const firstAndInitial = FIRST_AND_INITIAL.exec(folded);
    if (firstAndInitial) {
      const named = this.index.first(firstAndInitial[1]).filter((person) => fold(person.name).split(" ").at(-1).startsWith(firstAndInitial[2]));
      if (named.length === 1) return named[0];
    }
    if (folded.length >= 6 && folded.split(" ").length >= 2) return this.nearMiss(text, folded);
    return null;
  }
  /** The one person with these initials: as listed, in any case, or (for people listed without) made from the name. */
  byInitials(text) {
    const exact = this.index.initials(text);
    if (exact.length === 1) return exact[0];
    if (exact.length > 1) return null;
    const loose = this.index.looseInitials(text.toUpperCase());
    if (loose.length === 1) return loose[0];
    const derived = this.index.derivedInitials(text.toUpperCase());
    if (derived.length > 0) return derived.length === 1 ? derived[0] : null;
    const leading = text.length === 2 ? this.index.leadingInitials(text.toUpperCase()) : [];
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
    for (const person of this.people) {
      const words2 = fold(person.name).replace(/[^a-z ]/g, "").split(" ").filter(Boolean);
      if (words2.length < 2) continue;
      const first = words2[0];
      const last = words2[words2.length - 1];
      const rest = fold(person.name).replace(/[^a-z -]/g, "").split(/[\s-]+/).filter(Boolean).slice(1);
      const shaped = h === first || h === last || h === first + last || h === words2.join("") || h === words2.slice(0, -1).join("") || h === first + last[0] || h.length >= 4 && h[0] === first[0] && last.startsWith(h.slice(1)) || h.length >= 4 && h === first[0] + words2.slice(1).join("") || rest.length > 1 && h === first + rest.map((word) => word[0]).join("");
      if (!shaped) continue;
      if (found) return null;
      found = person;
    }
    return found;
  }
  /** "Hong Tang" for "Hong Tan", "Besty" for "Betsy": the person, noting the spelling the minutes prefer and reporting it. */
  nearMiss(text, folded) {
    this.memo.metNearMiss();
    const person = this.memo.closeTo(folded);
    if (!person) return null;
    if (this.memo.count(text) > this.memo.count(person.name)) this.canonical.set(person, text);
    const key = `${this.line}
${text}`;
    if (this.line > 0 && !this.reported.has(key)) {
      this.reported.add(key);
      this.nearMisses.push({ written: text, person, line: this.line });
    }
    return person;
  }
  /** The one listed person whose name is within two edits, one in five letters, of `folded`, or null. */
  personCloseTo(folded) {
    const limit = Math.min(2, Math.floor(folded.length / 5));
    const candidates = this.index.nearCandidates(folded, limit);
    const close = candidates ? candidates.filter((p) => editDistance(this.index.folded(p), folded, limit) <= limit) : [];
    return close.length === 1 ? close[0] : null;
  }
};
function looksLikeInitials(text) {
  return INITIALS.test(text) && CAPITALS.test(text);
}
var CAPITALISED_WORDS = letterPattern(String.raw`^\p{Lu}\S*(?: (?:\p{Lu}\S*|and|&|of|the|for))+$`, "u");
function endsInOrganisationWord(text) {
  const space = text.lastIndexOf(" ");
  return space > 0 && ORGANISATION_WORDS.has(text.slice(space + 1).toLowerCase()) && CAPITALISED_WORDS.test(text);
}

// src/text/dates.ts
var MONTHS = {
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
var MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var ORDINAL = "(?:st|nd|rd|th)?";
var PATTERNS = [
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
var FIRST_DIGIT = /\d/;
function findDates(text, options = {}) {
  const digit = text.search(FIRST_DIGIT);
  if (digit < 0) return [];
  const order = options.order ?? "dmy";
  const found = [];
  const normalised2 = text.includes("\xA0") ? text.replace(/\u00a0/g, " ") : text;
  for (const { regex, read, lead } of PATTERNS) {
    regex.lastIndex = Math.max(0, digit - lead);
    for (let m = regex.exec(normalised2); m; m = regex.exec(normalised2)) {
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
function findDate(text, options = {}) {
  return findDates(text, options)[0] ?? null;
}
function parseDateCell(text, options = {}) {
  const trimmed = text.trim().replace(/[.,;]$/, "");
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
var MONTH_FIRST = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\b`, "g");
var DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?,? \\d{4}\\b`, "g");
var MONTH_DAY = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, "g");
var DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b(?!\\.?,? \\d{4})`, "g");
var NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
var SPACED_YEAR = / \d{4}\b/;
var COMMA_YEAR = /, \d{4}\b/;
function detectDateOrder(text, knownDates = []) {
  let numericDayFirst = 0;
  let numericMonthFirst = 0;
  let agreesMonthFirst = 0;
  let agreesDayFirst = 0;
  let ambiguous = false;
  for (const m of text.matchAll(NUMERIC)) {
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
  const hasYear = SPACED_YEAR.test(text);
  const lower = hasYear ? lowerCaseForMatching(text) : "";
  const monthFirst = hasYear && COMMA_YEAR.test(text) ? (lower.match(MONTH_FIRST) ?? []).length : 0;
  const dayFirst = hasYear ? (lower.match(DAY_FIRST) ?? []).length : 0;
  if (monthFirst !== dayFirst) return monthFirst > dayFirst ? "mdy" : "dmy";
  if (agreesMonthFirst !== agreesDayFirst) return agreesMonthFirst > agreesDayFirst ? "mdy" : "dmy";
  if (YEAR_FIRST_SLASHED.test(text)) return "mdy";
  if (!ambiguous) return "dmy";
  const words2 = lower || lowerCaseForMatching(text);
  return (words2.match(MONTH_DAY) ?? []).length > (words2.match(DAY_MONTH) ?? []).length ? "mdy" : "dmy";
}
var YEAR_FIRST_SLASHED = /\b(?:19|20)\d{2}\/\d{1,2}\/\d{1,2}\b/;

// src/text/similarity.ts
var STOP_WORDS = new Set(
  "a an and are as at be by for from in into is it its of on or the their this to with will be all any our your".split(" ")
);
function contentWords(text) {
  const set = new Set(words(text).filter((word) => !STOP_WORDS.has(word)).map(stem));
  for (const run of text.match(/(?:\b[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+/g) ?? []) {
    set.add(run.split(/\s+/).map((word) => word[0].toLowerCase()).join(""));
  }
  return set;
}
function textSimilarity(a, b) {
  return wordSimilarity(contentWords(a), contentWords(b));
}
function wordSimilarity(a, b) {
  if (a.size === 0 && b.size === 0) return 0.3;
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return 0.7 * (common / Math.min(a.size, b.size)) + 0.3 * (2 * common / (a.size + b.size));
}
function stem(word) {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|e|s)$/, "");
}

// src/lexicon/attendance.ts
var PEOPLE = "(?:members|board members|committee members|panel members|council members|councilmembers|councillors|cllrs|trustees|governors|directors|commissioners|supervisors|senators|officers|officials|staff|guests|observers|delegates|representatives|advisers|advisors|participants|voting members|non[- ]members|co-opted members|associate members|others|people|persons|attendees|executive team|leadership team|management team|management|executives)";
var MODE = "(?:remote|in[- ]person|virtual|online|physical|on[- ]?site|dial[- ]in|video|phone)";
var MODES = `(?:${MODE}(?:\\s+(?:and|&|/|or)\\s+${MODE})?)`;
var OFFICES = "chair(?:person|man|woman)?|co-?chair|vice[- ]chair(?:man|person)?|scribe|minute[- ]?taker|note[- ]?taker|protocol[- ]keeper|(?:assistant |deputy )?clerk|treasurer|facilitator|time[- ]?keeper|recorder|strata manager|managing agent|moderator|host|tech(?:nical)? lead|recording secretary|minutes secretary";
var TITLE_BEFORE_NAME = "cllrs?|councillors?|mrs?|ms|miss|dr|prof|messrs|shri|smt";
var END = "(?=\\s?(?:\\([^()]{1,40}\\))?\\s?(?=$|[:\\u2013\\u2014]|-(?=\\s|$)|;\\s|\\s-|\\.(?:\\s|$)|\\s\\.(?=[a-z])|\\s(?:(?:parish|town|district|borough|county|city)(?:\\/[a-z]+)?\\s)?(?:" + TITLE_BEFORE_NAME + ")\\.?\\s[a-z]|\\s(?:(?:these|they|apologies)\\s)?(?:were|was|had been|have been)\\s(?:received|noted|given|accepted)\\s(?:from|for)\\s|,\\s|\\s[a-z]\\.\\s?[a-z][a-z]|\\s(?=[a-z-]+ [a-z-]+ <?[^\\s>@]+@)|\\spublic\\s?[\\u2013\\u2014-]))";
var PEOPLE_FIRST = [
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
var MODE_FIRST = ["remote", "in", "virtual", "online", "physical", "on", "onsite", "dial", "video", "phone"];
var FOR_ITEMS = "(?:\\s+for\\s+(?:items?\\s+)?\\d{1,2}(?:\\s*(?:,|&|and)\\s*\\d{1,2})*)?";
var LEADS = {
  modes: { pattern: MODES, first: MODE_FIRST },
  people: { pattern: PEOPLE, first: PEOPLE_FIRST }
};
var FORMS = [
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
var ROLL_WORD_LAST = /\b(?:present|absent|attending|attendance|apologies|regrets|attendees|excused)$/i;
var INVITATION = /^(?:\*\*)?invited\b(?!\s+(?:guests|speakers|attendees|participants|members|observers))/i;
function isInvitationLabel(text) {
  return INVITATION.test(text);
}
function endsWithRollWord(text) {
  return ROLL_WORD_LAST.test(text);
}
var LABEL_FIRST_WORDS = new Set(FORMS.flatMap(firstWords));
function firstWords(form) {
  return form.lead ? [...LEADS[form.lead].first, ...form.first] : form.first;
}
function formPattern(form, word) {
  const lead = form.lead && LEADS[form.lead];
  return lead && lead.first.includes(word) ? `(?:${lead.pattern}\\s+)?${form.pattern}` : form.pattern;
}
var patternsByWord = /* @__PURE__ */ new Map();
var LABEL_END = new RegExp(END, "y");
function patternsFor(word) {
  let patterns = patternsByWord.get(word);
  if (!patterns) {
    patterns = [];
    for (const kind of ["apologies", "attendees"]) {
      const forms = FORMS.filter((form) => form.kind === kind && firstWords(form).includes(word)).map((form) => formPattern(form, word));
      if (forms.length > 0) patterns.push({ kind, label: new RegExp(`^(?:${forms.join("|")})`) });
    }
    patternsByWord.set(word, patterns);
  }
  return patterns;
}
function wholePattern(pattern) {
  pattern.whole ??= new RegExp(`${pattern.label.source}${END}`);
  return pattern.whole;
}
function endsLabel(lower, at) {
  LABEL_END.lastIndex = at;
  return LABEL_END.test(lower);
}
function labelEnd(pattern, lower) {
  const first = pattern.label.exec(lower)?.[0].length;
  if (first === void 0) return null;
  if (endsLabel(lower, first)) return first;
  pattern.exact ??= new RegExp(`${pattern.label.source}$`);
  const ends = [];
  for (let end = 1; end <= lower.length; end++) {
    if (end !== first && endsLabel(lower, end) && pattern.exact.test(lower.slice(0, end))) ends.push(end);
  }
  if (ends.length <= 1) return ends[0] ?? null;
  return wholePattern(pattern).exec(lower)?.[0].length ?? null;
}
function leadingWord(text) {
  let end = 0;
  for (let c = text.charCodeAt(0); c >= 97 && c <= 122 || c >= 65 && c <= 90; c = text.charCodeAt(++end)) ;
  return text.slice(0, end);
}
function mayOpenWithLabel(text) {
  const word = leadingWord(text);
  if (word === "") return /^[\d(]/.test(text);
  const lower = word.toLowerCase();
  if (LABEL_FIRST_WORDS.has(lower) || lower === "item" || lower === "minute") return true;
  const after = text.charCodeAt(word.length);
  if (after === 46 || after === 41) return true;
  if (after === 47) return word.length <= 6;
  return after === 58 && ROMAN_NUMERAL.test(word);
}
var ROMAN_NUMERAL = /^[ivxlc]{1,6}$/i;
var NUMBERING = /^(?:(?:item|minute)\s+\d{1,3}(?:[./]\d{1,3}){0,2}[a-z]?\s*[.:\u2013\u2014-]?\s*|\d{1,3}\.(?=[A-Z])|\(?(?:\d{1,3}(?:[./]\d{1,3})*|[a-z]|[ivxlc]{1,6})\)|(?:[a-z]{1,6}\/)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?[.:)]?(?=\s)|[ivxlc]{1,6}[.:)](?=\s)|[a-z][.)](?=\s))\s*(?:[\u2013\u2014-]\s+)?/i;
var QUALIFIER = /^\s*\([^()]{1,40}\)/;
var CITATION = /^\s*(?:[\u2013\u2014-]\s*)?(?:LGA|Local Government Act)\b[^:]{0,50}(?=:)/;
var CAPITALS_BEFORE_WORD = /^([A-Z]{3,}(?: [A-Z]{2,}){0,5})(?= [A-Z][a-z])/;
var SEPARATOR = /^(?:\s+,(?=\s)|\s*(?::\s*[\u2013\u2014-]?|[\u2013\u2014]|\s-|-(?=\s|$)|;(?=\s)|\.(?=\s|$|[A-Z])))\s*/;
var FROM_OR_FOR = /\s(?:from|for)\s/i;
var RECEIVED_FROM = /^(?:(?:these|they|apologies|regrets)(?:\sfor\sabsence)?\s)?(?:(?:were|was|have been|had been)\s)?(?:received|noted|given|sent|accepted|tendered|provided|intimated)(?:\s(?:and|&)\s(?:accepted|noted|approved))?\s(?:from|for)\s/;
var TITLE_NEXT = letterPattern(String.raw`^[\s,]+(?=(?:(?:parish|town|district|borough|county|city)(?:\/\p{L}+)?\s+)?(?:${TITLE_BEFORE_NAME})\.?\s+\p{Lu}|\p{Lu}\.\s?\p{Lu}\p{Ll}|(?:(?:these|they|apologies)\s+)?(?:were|was|had been|have been)\s+(?:received|noted|given|accepted)\s+(?:from|for)\s|[\p{L}-]+ [\p{L}-]+ <?[^\s>@]+@)`, "iu");
var PUBLIC_COUNT = /^\s+public\s*[\u2013\u2014-]\s*(?:\d{1,3}|none|one|two|three|four|five|six|seven|eight|nine|ten)\b\.?\s*/i;
var SENTENCE_END2 = letterPattern(String.raw`(?<!\b(?:${SHORT_TITLES}|\p{Lu}))\.\s+(?=\p{Lu}\p{Ll})`, "giu");
var LIST_GOES_ON = letterPattern(
  `^(?:(?:(?:borough|county|district|parish|town|city)\\s)?(?:mrs?|ms|miss|dr|cllr|councillor)\\.?\\s(?:(?:mrs?|ms|miss|dr)\\.?\\s)?(?:\\p{Lu}\\.?\\s?){0,3}(?:\\p{Lu}[\\p{L}'\u2019-]+\\s){0,2}\\p{Lu}[\\p{L}'\u2019-]+(?:\\s?[,;]|\\s?\\([^()]{1,40}\\)\\s?(?:[,;.]|$)|\\.?$)|(?:${OFFICES})\\s?:)`,
  "iu"
);
function firstSentence(text) {
  return sentenceUpTo(text, false);
}
function listSentence(text) {
  const verb = FROM_OR_FOR.test(text) ? RECEIVED_FROM.exec(lowerCaseForMatching(text)) : null;
  return sentenceUpTo(verb ? text.slice(verb[0].length) : text, true);
}
function sentenceUpTo(text, list) {
  const sentenceEnd2 = SENTENCE_END2.for(text);
  sentenceEnd2.lastIndex = 0;
  let kept = "";
  let from = 0;
  for (let end = sentenceEnd2.exec(text); end; end = sentenceEnd2.exec(text)) {
    const next = end.index + end[0].length;
    if (!list || !LIST_GOES_ON.test(text.slice(next))) return (kept + text.slice(from, end.index)).trim();
    kept += `${text.slice(from, end.index)}, `;
    from = next;
  }
  return (kept + text.slice(from)).trim();
}
function matchRollLabel(text) {
  const slash = text.indexOf(" / ");
  if (slash > 0 && slash < 40) {
    const english = matchLabel(text.slice(slash + 3));
    if (english) return english;
  }
  return matchLabel(text);
}
function matchLabel(text) {
  if (!mayOpenWithLabel(text)) return null;
  const numbered = text.replace(NUMBERING, "");
  const capitals = CAPITALS_BEFORE_WORD.exec(numbered);
  const plain = capitals ? `${capitals[1]}:${numbered.slice(capitals[1].length)}` : numbered;
  if (!startsUpperCase(plain)) return null;
  const word = leadingWord(plain).toLowerCase();
  if (!LABEL_FIRST_WORDS.has(word)) return null;
  const lower = lowerCaseForMatching(plain);
  for (const pattern of patternsFor(word)) {
    const { kind } = pattern;
    const end = labelEnd(pattern, lower);
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
var INLINE_LABEL_CUE = /PRESENT|ATTEND|APOLOG|ABSENT|resent|ttend|polog|bsent/;
var INLINE_LABEL_WORDS = "(?:The following (?:were|are) present|ALSO PRESENT|Also [Pp]resent|ABSENT|Absent|PRESENT|Present|ATTENDEES|Attendees|ATTENDANCE|Attendance|APOLOGIES|Apologies(?: for [Aa]bsence)?|IN ATTENDANCE|In [Aa]ttendance|THOSE (?:ATTENDING|PRESENT)|Those (?:[Aa]ttending|[Pp]resent)|(?:Board )?[Mm]embers (?:present|absent))";
var INLINE_LABEL = new RegExp(`\\s(?=${INLINE_LABEL_WORDS}\\b\\s?(?:\\([^()]{1,40}\\)\\s?)?:|\\d{1,2}\\\\?\\.\\s${INLINE_LABEL_WORDS}$)`);
function findLabelInLine(text) {
  if (!INLINE_LABEL_CUE.test(text)) return null;
  const m = INLINE_LABEL.exec(text);
  if (!m) return null;
  const label = matchRollLabel(text.slice(m.index + 1));
  return label ? { index: m.index + 1, label } : null;
}
function isEmptyList(text) {
  return /^(?:none|nil|n\/a|no(?:ne)?\s+(?:apologies|absences|regrets)|there were no(?:ne)?\b|no apologies\b|all\b[^.]{0,40}\b(?:were|was)\s+present)/i.test(text.trim());
}
var GROUP_WORDS = /* @__PURE__ */ new Set(["side", "members", "officers", "staff", "councillors", "directors", "governors", "trustees", "representatives", "reps", "executives", "observers", "guests", "advisers", "advisors", "partners", "students", "team", "elders", "deacons", "stewards"]);
function isGroupLabel(text, alone = false) {
  if (text.length > 60 || !startsUpperCase(text) || !alone && !text.endsWith(":")) return false;
  const label = text.endsWith(":") ? text.slice(0, -1) : text;
  if (label.includes(":")) return false;
  const dash = label.search(/ [\u2013\u2014-] /);
  const words2 = (dash > 0 ? label.slice(0, dash) : label).trim().split(" ");
  const last = words2[words2.length - 1].toLowerCase();
  return words2.length <= 4 && !label.includes(",") && (GROUP_WORDS.has(last) || alone && words2.length === 1 && last === "police");
}
var GROUP_LEAD = /^((?:[A-Z][\w'-]* ){0,3}[A-Z]?[a-z]+)(?: ?:| [\u2013\u2014-]) +(?=[A-Z])/;
function withoutGroupLead(piece) {
  const lead = GROUP_LEAD.exec(piece);
  return lead && GROUP_WORDS.has(lead[1].slice(lead[1].lastIndexOf(" ") + 1).toLowerCase()) ? piece.slice(lead[0].length) : piece;
}
var OFFICE_LINE = new RegExp(`^(${OFFICES})(?:s|\\(s\\))?\\s*:\\s*(\\S.*)$`, "i");
var OFFICE_AMONG_OFFICES = /^((?:branch |company |general |hon\.? |honorary )?secretary|(?!(?:action|lead|responsible|contact|reporting|report|case|presenting) )[a-z']+ officer)\s*:\s*(\S.*)$/i;
function matchOfficeAmongOffices(text) {
  const m = text.includes(":") ? OFFICE_AMONG_OFFICES.exec(text) : null;
  return m ? { role: m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase(), rest: m[2].trim() } : null;
}
function matchOfficeLine(text) {
  const m = text.includes(":") ? OFFICE_LINE.exec(text) : null;
  if (!m) return null;
  const written = m[1] === m[1].toUpperCase() ? m[1].toLowerCase() : m[1];
  const role = written.charAt(0).toUpperCase() + written.slice(1);
  return { role, rest: m[2].trim() };
}

// src/lexicon/due.ts
var DUE_CUE = /\b(?:by|before|on|until|till|due|deadline(?: of| is)?|for|at|its|next|w\/c|end of|(?:not|no) later than|(?:by|at|before|until|on) the)(?: (?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?,?)?\s*$/i;
var FOR_THE = /\bfor the\s*$/i;
var MEETING_AFTER = /^\s+(?:[a-z]+\s+)?meeting\b/i;
function isMeetingFor(before, after) {
  return FOR_THE.test(before) && MEETING_AFTER.test(after);
}
var WEEKDAY_NUMBER = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
var WEEKDAY_DUE = /\b(?:by|before|due|until|till|on|deadline:?) (?:this )?(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?\b(?!,? \d| (?:services?|school|worship|market|club|lunch|roast|opening|trading|league|rota|shifts?)\b)/i;
var WEEKDAY_CELL = /^(?:by |due )?(?:next |this )?(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(?:day|nesday|rsday|urday)?\.?$/i;
var WEEKDAY_START = /sun|mon|tue|wed|thu|fri|sat/i;
var TOMORROW = /\btomorrow\b/i;
var DAY_OF_MONTH = /\b(?:by|before|on|until) (?:the|(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]{0,6}\.?) (\d{1,2})(?:st|nd|rd|th)\b(?! of\b| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
var DAY_OF_MONTH_CELL = /^(?:by |due )?(?:the )?(?:(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]*\.? )?(\d{1,2})(?:st|nd|rd|th)$/i;
var THE_NUMBER = / the \d|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\.? \d/i;
var DAY_AND_MONTH = /\b(?:by|before|due|until|on) (\d{1,2})\/(\d{1,2})\b(?![/.]\d)/i;
var DAY_AND_MONTH_CELL = /^(?:by |due )?(\d{1,2})\/(\d{1,2})\.?$/i;
function relativeDue(text, meetingDate, cell = false, order = "dmy") {
  if (!meetingDate) return null;
  const dayAndMonth = text.includes("/") ? (cell ? DAY_AND_MONTH_CELL : DAY_AND_MONTH).exec(text.trim()) : null;
  if (dayAndMonth) {
    const [day2, month] = order === "mdy" ? [+dayAndMonth[2], +dayAndMonth[1]] : [+dayAndMonth[1], +dayAndMonth[2]];
    const iso = onOrAfter(meetingDate, month, day2);
    if (iso) return { iso, raw: dayAndMonth[0] };
  }
  const weekday = WEEKDAY_START.test(text) ? (cell ? WEEKDAY_CELL : WEEKDAY_DUE).exec(text) : null;
  if (weekday) {
    const target = WEEKDAY_NUMBER[weekday[1].toLowerCase().replace(/^thur$/, "thu")];
    const from = /* @__PURE__ */ new Date(`${meetingDate}T00:00:00Z`);
    const ahead = (target - from.getUTCDay() + 7) % 7 || 7;
    return { iso: shift(meetingDate, ahead), raw: weekday[0] };
  }
  const tomorrow = TOMORROW.exec(text);
  if (tomorrow) return { iso: shift(meetingDate, 1), raw: tomorrow[0] };
  const day = cell ? DAY_OF_MONTH_CELL.exec(text.trim()) : THE_NUMBER.test(text) ? DAY_OF_MONTH.exec(text) : null;
  if (day) {
    const iso = `${meetingDate.slice(0, 8)}${day[1].padStart(2, "0")}`;
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
var DEADLINE_SENTENCE = /^(?:(?:to be (?:completed|done|finished|actioned|carried out|in place|ready) )?(?:by|before|no later than|ahead of|prior to|in time for)|deadline:?|due(?: by|:)?) \S[^.!?]{0,60}[.!]?$/i;
function isDeadlineSentence(sentence) {
  return sentence.length <= 90 && DEADLINE_SENTENCE.test(sentence);
}

// src/lexicon/decisions.ts
var DECISION_MARKER = /^(?:(?:PENDERFYNWYD|CYTUNWYD|Penderfynwyd|Cytunwyd) ?\/ ?)?(?:RESOLVED|RESOLUTION|DECISION|DECIDED|AGREED|APPROVED|NOTED|Resolution (?:#|No\.? ?)?([A-Z\d][\w/.-]{0,20})(?=:)|(?:Resolved|Resolution|Decision|Decided|Agreed|Approved|Noted)(?=\s*[:,\u2013\u2014-])|Resolved(?= that )|(?:CONSENSUS|Consensus)(?=\s*:)|(?:Decisions?|DECISIONS?) (?:made|taken|MADE|TAKEN)(?=\s*:)|Ordered(?=, That )|D-\d{1,3}(?=:))\b\s*(?:[:,\u2013\u2014-]\s*)?/;
var MARKER_FIRST_WORDS = /* @__PURE__ */ new Set(["penderfynwyd", "cytunwyd", "resolved", "resolution", "decision", "decisions", "decided", "agreed", "approved", "noted", "consensus", "ordered", "d"]);
function mayOpenDecisionMarker(text) {
  return MARKER_FIRST_WORDS.has(LEADING_LETTERS.exec(text)[0].toLowerCase());
}
var LEADING_LETTERS = /^[A-Za-z]*/;
var DECISION_COLUMN = /^decisions?(?: taken)?$/i;
var UNDECIDED_STATUS = /^\W*(?:pending|proposed|draft|open|rejected|deferred|withdrawn|superseded|tbc|tbd)\b/i;
var DECISION_TAG = /^(.+?)\s+#(?:\[\[)?(?:decision|decided|decisions)(?:\]\])?$|^#(?:\[\[)?(?:decision|decided)(?:\]\])?\s+(.+)$/i;
var VOTE_TALLY = /^(?:ayes?|noes?|nays?|yeas?|abstain(?:ed|s|ing)?|abstentions?|recused)\s*:/i;
var NO_DECISION = /^(?:none|nil|n\/a|no consensus|not reached|deferred|postponed)\b/i;
var MIDLINE_RESOLVED = /[.!?)a-z\d] RESOLVED\b[:\u2013-]? ?(?:[\u2022\u2022-] )?/g;
var BE_IT_RESOLVED = /\b(?:BE IT|[Bb]e it) (?:FURTHER |[Ff]urther )?(?:RESOLVED|[Rr]esolved)\b,?:? ?/g;
function opensFormalResolution(text) {
  BE_IT_RESOLVED.lastIndex = 0;
  const found = BE_IT_RESOLVED.test(text);
  BE_IT_RESOLVED.lastIndex = 0;
  return found;
}
var MOTION_BLOCK_HEADING = /^(?:(?:COUNCIL|COMMITTEE|BOARD|Council|Committee|Board) )?(?:RESOLUTION|MOTION|Resolution|Motion)(?: (?:No\.? ?|NO\.? ?|#|[Nn]umber |NUMBER )?(?:[A-Z]{1,6}[/-])?\d[\w/.-]{0,15}(?: [\u2013\u2014-] [^:]{1,80})?)?:?$/;
var NUMBERED_RESOLUTION = /^(?:RESOLUTION|Resolution|MOTION|Motion) (?:(?:No\.? ?|NO\.? ?)?\d{1,3}[a-z]?|#?\d{4}[-/]\d{1,3})(?: \([^()]{1,30}\))?:\s+(\S.*)$/;
function englishSide(text) {
  const slash = text.indexOf(" / ");
  return slash > 0 ? text.slice(slash + 3) : text;
}
var MOVER_LINE = /^(?:moved|mover|proposed|proposer|seconded|seconder)\b/i;
var OUTCOME_AFTER_MOVERS = /\s(carried|adopted|passed|agreed|lost|defeated|failed|withdrawn|fell)\b[^:]*$/i;
var BLOCK_OUTCOME = /^(?:(?:the )?(?:motion|resolution|recommendation) (?:was )?(?:put and )?)?(carried|adopted|passed|agreed|lost|defeated|failed|withdrawn|fell)\b/i;
var BLOCK_DECIDED = /^(?:carried|adopted|passed|agreed)$/i;
var DECISION_SECTION = /^(?:\d{1,2}[.)]?\s+)?(?:key |summary of )?decisions?(?: (?:made|taken|agreed|log|record))?:?$/i;
var DECISION_LEAD = /^(?:resolved|resolution|decision|decided|agreed|approved|noted)$/i;
var DECISION_PART = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})(?:\)|\.(?=\s+[Tt]hat\b))\s+(.+)$/;
var PARTS_LEAD_IN = /^(?:[A-Z][^.:;,]{0,40}, i|I)t was (?:unanimously )?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)(?: that| THAT)?\s?:?$/;
var BODY_LEAD_IN = /^The (?:[A-Z][\w'-]* ){0,3}(?:Board|Committee|Sub-Committee|Panel|Council|Cabinet|Governors|Trustees|Group|Forum|Commission|Authority|Partnership|IJB|Executive|Court|Senate|Assembly)(?: (?:unanimously )?(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)(?: that| THAT| to| TO)?)?\s?:(?: ?[-\u2013])?$/;
var RESOLVES_LEAD_IN = /^This (?:Union|Council|Assembly|Guild|Society|Association|Branch|Conference|Senate|Parliament) Resolves(?: to)?\s?:?$/i;
var MOTION_RESULT = /\b(PASSES|PASSED|CARRIED|FALLS|FALLEN|FAILS|FAILED|LOST|DEFEATED|Passes|Passed|Carried|Falls|Fails|Failed|Lost|Defeated)\b/;
var RESULT_DECIDED = /^(?:passe[sd]|carried)$/i;
var BODY_ACTION_VERB = /^(?:noted|agreed|approved|resolved|decided|endorsed|ratified|adopted|accepted|confirmed|recommended|requested|instructed|delegated|authori[sz]ed|supported|welcomed|considered|received|reviewed|commended)\b/i;
var INLINE_PART = /(?:^|[;,]\s+(?:and\s+)?)\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/g;
var MOVED_SECONDED_CARRIED = /(?:^|(?<=[.:;!?,] ))m\/s\/c(?: \([^()]{1,60}\))? (?=to\b)/;
var DECISION_SENTENCE_FORMS = [
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
var DECISION_SENTENCES = DECISION_SENTENCE_FORMS.map((form) => form.pattern);
var DECISION_VERB = /(?:^| )(?:agreed?|appoint|release|resolved|decided|approved|confirmed|accepted|signed|adopted|endorsed|ratified|carried|passed|consent\b|consensus\b|m\/s\/c)/i;
var MOTION_OUTCOME = / (?:was|were) (?:carried|passed)\b/;
var MOTION_START = /^(?:(?:a |the )?motion (?:was )?(?:made |moved |put )?(?:by|from) |motion: (?=to |that |[\w.' -]{1,60}? (?:moved|proposed) )|motion (?:\([^()]{1,40}\):? )?(?=to |that )|(?:it was )?(?:duly )?(?:moved|proposed)(?: by | and seconded\b))/i;
var ON_MOTION = /^On (?:a )?motion (?:of|by|from) /;
var MOTION_FIRST_LETTERS = "atmidp";
function mayStartMotion(text) {
  return MOTION_FIRST_LETTERS.includes(String.fromCharCode(text.charCodeAt(0) | 32));
}
var MOVER_FIRST_MOTION = /^(?:(?:Cllrs?|Councillor|Mrs|Mr|Ms|Dr)\.? )?(?:Mrs\.? )?[A-Z][\w'\u2019.-]{0,30}(?: [A-Z][\w'\u2019.-]{0,30}){0,2} (?:proposed|moved)(?:,| that| to| the| acceptance| approval)/;
var MOTION_CARRIED = /\b(?:(?:motion|proposal|resolution) (?:was )?(?:carried|passed|passes|carries|approved|adopted|agreed)|(?:was|were) (?:duly )?(?:carried|passed)(?! (?:out|over|forward|on)\b)|(?:approved|carried|passed|agreed) (?:unanimously|nem\.? ?con|without dissent|\d{1,2} ?[-\u2013] ?\d{1,2}|by \d|by (?:voice vote|acclamation|(?:a )?show of hands|unanimous consent))|unanimously (?:agreed|approved|carried|passed)|all (?:were |members )?in favou?r|(?:carried|passed)(?= ?[.;(]|$))\b/gi;
var PROPOSED_BY = /^(?:Proposed|Moved) by [^\u2013\u2014:]{2,160}?(?:,? and (AGREED|RESOLVED|agreed|resolved))?(?::|\s[\u2013\u2014-])\s+(that\b.*)$/;
var PROPOSAL_OUTCOME = /\b(?:proposal|motion)\b[^.]{0,40}?\b(carried|agreed|adopted|lost|fell|defeated|failed)\b/i;
var CONSENSUS_PROPOSAL = /^(?:PROPOSAL|Proposal):\s+(\S.*)$/;
var CONSENSUS_OUTCOME = /^(?:(?:blocks?|stand[- ]?asides?)\b.*?\b(passed|agreed|adopted|carried|blocked|failed)\b|(not agreed|passed|agreed by consensus|consensus reached|blocked)\b)/i;
var MOTION_WORDING = /^(?:MOTION|Motion):\s+(\S.*)$/;
var VOTE_OUTCOME = /^vote:\s*(approved|carried|passed|adopted|not approved|rejected|failed|defeated)\b/i;
var CLOSING_OUTCOME = /[.;)]\s+(?:(?:result|vote|outcome):\s*)?(passed|carried|approved|adopted|agreed|failed|defeated|lost|rejected|not approved)\b[^.]{0,40}\.?$/i;
var AWAITING_DATE = /\bon:\s*(?:\(?(?:pending|tbc|tbd)\)?|_*|\[date\])\.?$/i;
var OUTCOME_DECIDED = /^(?:passed|agreed|adopted|carried|approved|agreed by consensus|consensus reached)$/i;
var BODY_DECISION = /^(?:The )?(?:Board|Committee|Council|Panel|Trust|Governors|Trustees|Cabinet|Executive|Senate|Court) (?:(?:RECEIVED|CONSIDERED) and )?(?:NOTED|APPROVED|AGREED|RESOLVED|ENDORSED|RATIFIED|ADOPTED)\b:?\s+(\S.*)$/;
var VOTE_COUNT = /\bvote:\s*(\d{1,2})\s*[-\u2013]\s*(\d{1,2})(?:\s*[-\u2013]\s*\d{1,2})?(\s*\([^()]*\)?)?/i;
var MOTION_NOT_DECIDED = /\b(?:(?:motion|proposal|amendment) (?:was )?(?:failed|fails|lost|defeated|withdrawn|fell)|(?:was|were) (?:defeated|withdrawn)|not (?:carried|passed|agreed|approved|seconded)|to adjourn|meeting (?:be )?adjourn(?:ed)?)\b/i;
var COUNT_AFTER = /^ (?:votes?|voting):? \d{1,3} (?:for|in favou?r)\b[^.]*\.?/i;
var LEADING_SYMBOL = /^(?:[\u2600-\u27bf\u{1f300}-\u{1faff}]\ufe0f?|:[a-z\d_+-]{1,40}:|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]) ?/u;
var MIDLINE_MOTION = /[.!?] (?=Motion (?:to|that) )/;
var WORDING_OUTCOME = /[.;)]\s+(CARRIED|ADOPTED|DEFEATED|LOST|FAILED|WITHDRAWN)\b[^.]*$/;
var REPORTED_THAT = /\b(?:reported|advised|informed (?:the )?\w+|explained|said) that\b/i;

// src/parse/owner-first.ts
var GROUP_NOUNS = ["governors", "trustees", "members", "partners", "staff", "officers", "directors", "councillors", "cllrs", "commissioners", "volunteers", "residents", "elders"];
var OWNER_JOINERS = /* @__PURE__ */ new Set(["and", "&", "+", "of", "for", "the", "concerned", "panel", "board", "committee", ...GROUP_NOUNS]);
var LOWER_OWNERS = /* @__PURE__ */ new Set(["all", "everyone", ...GROUP_NOUNS]);
var OWNER_VERBS = /* @__PURE__ */ new Set(["to", "will", "shall", "should", "must", "to:"]);
var NICKS = /^[a-z][\w-]{1,20}(?:(?:, | and | & |\/)[a-z][\w-]{1,20}){0,5}$/;
var NICKS_FIRST = /^([a-z][\w-]{1,20}(?:(?:, | and | & |\/)[a-z][\w-]{1,20}){0,5}) (?:to|will) (.+)$/;
function isNickList(text) {
  return NICKS.test(text);
}
function readNicksFirst(text, isOwner) {
  const m = NICKS_FIRST.exec(text);
  if (!m || /[ ,&/]/.test(m[1]) && !isOwner(m[1])) return null;
  return { ownersRaw: m[1], text: m[2] };
}
function readOwnerColon(text, isOwner) {
  const m = OWNER_COLON.exec(text);
  const owners = m ? m[1].replace(OFFICE_IN_BRACKETS, "") : "";
  if (!m || !looksLikeOwners(owners)) return null;
  if (!owners.includes(" ") && !isOwner(owners) && !isRoleLike(owners)) return null;
  return { ownersRaw: owners, text: m[2] };
}
var OFFICE_IN_BRACKETS = /\s+\([^()]{1,30}\)$/;
var OWNER_COLON = /^([^:\s][^:]{0,79}):\s+(\S.*)$/;
function readOwnerDash(text, isOwner) {
  const m = OWNER_DASH.exec(text) ?? EMAIL_DASH.exec(text);
  if (!m || DECISION_MARKER.test(text) || !(looksLikeOwners(m[1]) || GROUP_OWNER.test(m[1]) || m[1].includes("@")) || startsUpperCase(m[2]) && !isImperative(m[2].split(" ", 1)[0]) || !isOwner(m[1])) return null;
  const due = DASHED_DEADLINE.exec(m[2]) ?? DASHED_DATE.exec(m[2]);
  if (due && NO_DATE.test(due[1])) return { ownersRaw: m[1], text: m[2].slice(0, due.index), dueRaw: null };
  return due && (due[0].includes("by") || due[0].includes("due") || isDateAlone(due[1])) ? { ownersRaw: m[1], text: m[2].slice(0, due.index), dueRaw: due[1] } : { ownersRaw: m[1], text: m[2], dueRaw: null };
}
function isDateAlone(text) {
  const date = findDate(text, { order: "dmy", reference: "2000-01-01" }) ?? findDate(text, { order: "mdy", reference: "2000-01-01" });
  return date !== null && date.index === 0 && date.length >= text.trim().replace(/[.,;]$/, "").length - 1;
}
var EMAIL_DASH = /^([\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}) [\u2013\u2014-] ([A-Za-z].*)$/;
var DASHED_DATE = / [\u2013\u2014-] ([^\u2013\u2014-]{3,20})$/;
var NO_DATE = /^(?:no (?:due )?date|tbd|tbc|n\/a|none)$/i;
var OWNER_DASH = /^((?:[A-Z]|all )[^\u2013\u2014:]{0,59}?) [\u2013\u2014-] ([A-Za-z].*)$/;
var DASHED_DEADLINE = / [\u2013\u2014-] (?:by|due(?: by)?) ([^\u2013\u2014]{3,40})$/;
var BRACKETED_OWNERS = /^\[(?![A-Z]+\])([A-Z][^\]]{0,80})\]:? (?:will |to |should )?(\S.*)$/;
function readOwnerFirst(text) {
  const bracketed = text.startsWith("[") ? BRACKETED_OWNERS.exec(text) : null;
  if (bracketed) return { ownersRaw: bracketed[1], text: bracketed[2] };
  const words2 = text.split(" ", 16);
  let i = /^the$/i.test(words2[0]) ? 1 : 0;
  let ownerEnd = -1;
  if (i === 1 && startsLowerCase(words2[1] ?? "")) return officeInLowerCase(words2, text);
  if (!opensName(words2[i] ?? "")) return null;
  for (; i < words2.length; i++) {
    const word = words2[i].replace(/,$/, "");
    if (OWNER_VERBS.has(word) && i > 0) {
      if (words2[i - 1].endsWith(",") && i === 1) return null;
      if (word === "to" && words2[i + 1] === "be") return null;
      if (words2[i + 1] === "be" && /ed$/.test(words2[i + 2] ?? "")) return null;
      break;
    }
    if (word.endsWith(":") && word !== "to:") return null;
    if (i > 0 && /^(?:agreed|is|are|was|were|undertook)$/.test(word) && words2[i + 1] === "to") {
      ownerEnd = i;
      i++;
      break;
    }
    if (i > 0 && /^(?:was|were)$/.test(word) && /^(?:directed|requested|asked|tasked)$/.test(words2[i + 1] ?? "") && words2[i + 2] === "to") {
      ownerEnd = i;
      i += 2;
      break;
    }
    if (!(opensName(word) || OWNER_JOINERS.has(word.toLowerCase()) || word === "/" || word === "" || i === 1 && word === "member")) return null;
  }
  const verb = words2[i];
  if (verb === void 0 || i === 0) return null;
  if (i === 1 && isImperative(words2[0])) return null;
  const ownerWords = words2.slice(0, ownerEnd >= 0 ? ownerEnd : i);
  const owner = ownerWords.join(" ").replace(/^the\s+/i, "");
  const rest = text.slice(words2.slice(0, i + 1).join(" ").length).trim();
  if (rest === "" || owner.length > 90) return null;
  return { ownersRaw: owner.replace(/,$/, ""), text: rest };
}
function officeInLowerCase(words2, text) {
  for (let k = 2; k <= 5 && k < words2.length - 1; k++) {
    if (!OWNER_VERBS.has(words2[k])) continue;
    const office = words2.slice(1, k).join(" ");
    if (words2[k + 1] === "be" || !/^[a-z][a-z -]*$/.test(office) || !isRoleLike(office)) return null;
    return { ownersRaw: `${office[0].toUpperCase()}${office.slice(1)}`, text: text.slice(words2.slice(0, k + 1).join(" ").length).trim() };
  }
  return null;
}
function looksLikeOwners(text) {
  const words2 = (text.endsWith(".") ? text.slice(0, -1) : text).split(" ");
  if (words2.length > 12 || !opensName(words2[0])) return false;
  for (let i = 1; i < words2.length; i++) {
    const word = words2[i].endsWith(",") ? words2[i].slice(0, -1) : words2[i];
    if (!(opensName(word) || OWNER_JOINERS.has(word.toLowerCase()) || word === "/")) return false;
  }
  return true;
}
function isOwnerWord(word, first) {
  return opensName(word) || word === "/" || (first ? LOWER_OWNERS : OWNER_JOINERS).has(word.toLowerCase());
}
function opensName(word) {
  return word.startsWith("@") || startsUpperCase(word) || opensSurname(word) || word.startsWith("(") && word.endsWith(")") && startsUpperCase(word.slice(1)) || NAME_MARK.test(word);
}
var NAME_MARK = /^[a-z]{1,3}[A-Z]{1,2}$/;
function isOwnerVerb(word) {
  return OWNER_VERBS.has(word);
}

// src/parse/action-tags.ts
var TAG_OWNERS = /^(?:[A-Z][A-Za-z]{0,4}|All(?: [a-z]+)?)(?:(?:, ?| ?\/ ?| ?& ?| and )[A-Z][A-Za-z]{0,4})*\.?$/;
var SUB_ITEM = /^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[ivx]{1,4}\.)$/;
var SUB_ITEM_INSIDE = /(?:^|\s)(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[ivx]{1,4}\.)\s/g;
var ABBREVIATION = /^(?:[A-Z]|Cllrs?|Dr|Mrs?|Ms|Prof|Revd?)\.$/;
var DASH_WORD = /^[-\u2013\u2014]$/;
var SENTENCE_END3 = letterPattern(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, "u");
var INLINE_ITEM = letterPattern(String.raw`[.!?]\s+\d{1,3}\.\s+\p{Lu}`, "u");
var STOP_BEFORE_CAPITAL = letterPattern(String.raw`[.!?]\s+(?=\p{Lu})`, "u");
var OWNERS_MAX = 12;
var REST_MAX = 600;
var OWNERS_LENGTH = 240;
function readTags(text, isOwner = () => false) {
  const tags = [];
  let from = 0;
  for (const m of text.matchAll(TRAILING_TAG)) {
    const at = m.index + m[0].search(/\(|a/i);
    if (at < from) continue;
    const ownersAt = m.index + m[0].length;
    let rest = text.slice(ownersAt, ownersAt + REST_MAX);
    const bracketed = m[0].includes("(");
    if (bracketed) {
      const close = rest.indexOf(")");
      if (close < 0) continue;
      rest = rest.slice(0, close);
    }
    const body = readTagBody(rest, bracketed || ownersAt + rest.length >= text.length, isOwner);
    if (!body) continue;
    const end = ownersAt + body.length;
    if (body.kind === "own") tags.push({ at, ownersAt, end, ownersRaw: body.ownersRaw, text: body.text, textAt: ownersAt, narrative: false });
    else if (body.kind !== "none") {
      const wording = tagWording(text.slice(from, at));
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
  let count = 0;
  let closed = false;
  for (let k = 0; k < words2.length && k < OWNERS_MAX; k++) {
    const word = words2[k];
    if (k > 0 && (SUB_ITEM.test(word) || DASH_WORD.test(word))) {
      closed = true;
      break;
    }
    if (!isOwnerWord(word.replace(/[.,;:]+$/, ""), k === 0)) break;
    count = k + 1;
    const last = word.charCodeAt(word.length - 1);
    if (last === 46 && !ABBREVIATION.test(word) || last === 59 && !listGoesOn(words2, k + 1) || k === words2.length - 1) {
      closed = true;
      break;
    }
  }
  if (count === 0) return null;
  if (!closed) {
    if (count < words2.length && isOwnerVerb(words2[count])) return null;
    if (words2[count - 1].endsWith(",")) closed = true;
    else count = knownPrefix(words2, count, isOwner);
    if (count === 0) return null;
  }
  const taken = words2.slice(0, count);
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
    const word = words2[k];
    if (k > from && SUB_ITEM.test(word)) return true;
    if (!startsUpperCase(word)) return false;
    if (word.endsWith(".") || word.endsWith(";") || k === words2.length - 1) return true;
  }
  return false;
}
function knownPrefix(words2, count, isOwner) {
  let longest = 0;
  for (let c = count - 1; c >= 1; c--) {
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
    const text = afterSubItem(sentences[sentences.length - 2].trim());
    if (text) return { text, offset: segment.lastIndexOf(text, segment.lastIndexOf(last)), deadline: last };
  }
  last = last.trim();
  return { text: last, offset: last ? segment.lastIndexOf(last) : segment.length };
}
function afterSubItem(sentence) {
  let cut = -1;
  for (const m of sentence.matchAll(SUB_ITEM_INSIDE)) cut = m.index + m[0].length;
  return cut < 0 ? sentence : sentence.slice(cut);
}
function firstSentence2(text) {
  const head = beforeInlineItem(text);
  const end = head.search(STOP_BEFORE_CAPITAL.for(head));
  return end < 0 ? head : head.slice(0, end + 1);
}
function beforeInlineItem(text) {
  const item = INLINE_ITEM.exec(text);
  return item ? text.slice(0, item.index + 1) : text;
}
function lastSentence(text) {
  const sentences = text.split(SENTENCE_END3.for(text));
  return sentences[sentences.length - 1].trim();
}

// src/parse/roll-lines.ts
var ITEM_NUMBER2 = /^(?:\d{1,3}[.:)]?|[IVX]{1,5}[.:)])\s+/;
function withoutFullStop(text) {
  return text.replace(/\.?\s*$/, "");
}
var WRAP_WIDTH = 60;
function isHardWrapped(line) {
  return line.length >= WRAP_WIDTH && !/[,;.:)]$/.test(line);
}
function isInCapitals(text) {
  return TWO_CAPITALS.test(text) && !LOWER_CASE.test(text);
}
var TWO_CAPITALS = letterPattern(String.raw`\p{Lu}{2}`, "u");
var LOWER_CASE = letterPattern(String.raw`\p{Ll}`, "u");
var RollNumbering = class {
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
var FIRST_NAME = letterPattern(String.raw`^\p{Lu}[\p{Ll}'\u2019-]+$`, "u");
function endsWithFirstName(text) {
  const and = text.lastIndexOf(" and ");
  const last = text.slice(Math.max(text.lastIndexOf(","), text.lastIndexOf(";"), and < 0 ? -1 : and + 4) + 1).trim();
  return FIRST_NAME.test(last) && !isRoleLike(last) && stripHonorifics(`${last} `) !== "";
}
function endsInParticle(text) {
  const space = text.lastIndexOf(" ");
  return space > 0 && isNameParticle(text.slice(space + 1));
}
function awaitsName(text) {
  if (!endsWithTitle(text)) return false;
  const cut = Math.max(text.lastIndexOf(","), text.lastIndexOf(";"));
  const last = text.slice(cut + 1).trim();
  const titlesEntries = cut > 0 && text.slice(0, cut).split(/[,;]\s*/).some((entry) => entry.trim().startsWith(`${last} `));
  return !isRoleLike(last) || titlesEntries || text.length >= WRAP_WIDTH && isRank(last);
}
function cutMidEntry(text, next) {
  return opensMidEntry(next) || /(?:,|;|:|\band|&|\s[\u2013\u2014-])$/.test(text);
}
function opensMidEntry(line) {
  return line.startsWith("(") || line.startsWith("@") || startsLowerCase(line);
}
function endsInsideBracket(text) {
  return text.lastIndexOf("(") > text.lastIndexOf(")");
}
function isUnfinished(text) {
  return /(?:,|\band|&)$/.test(text.trimEnd());
}
function endsWithTitle(text) {
  const last = text.split(/[;,]|\sand\s/).pop().trim();
  return last !== "" && stripHonorifics(`${last} `) === "";
}
function endsMidName(text) {
  const lastName = text.split(/[;,]|\s(?:and|&)\s/).pop().trim();
  const bare = stripHonorifics(`${lastName} `);
  return bare !== lastName && CAPITALISED_WORD.test(bare);
}
function isNameAndOffice(text) {
  const comma = text.indexOf(", ");
  if (comma < 0 || text.indexOf(",", comma + 1) >= 0) return false;
  return isPersonalName(stripHonorifics(text.slice(0, comma))) && isRoleLike(text.slice(comma + 2).replace(/\s*\([^()]*\)$/, ""));
}
var CAPITALISED_WORD = letterPattern(String.raw`^\p{Lu}[\p{L}'\u2019.-]*$`, "u");
function wrapsOnto(text, next) {
  if (cutMidEntry(text, next) || endsInsideBracket(text)) return true;
  const lastEntry = text.split(/[;,]/).pop().trim();
  if (isNameAndOffice(next) && isNameAndOffice(text)) return false;
  const parts = lastEntry.split(/\s[\u2013\u2014-]\s|:\s/);
  const lastPart = parts.pop();
  if (parts.length === 0 && lastPart !== "" && stripHonorifics(`${lastPart} `) === "") return true;
  const lastName = lastPart.split(/\s(?:and|&)\s/).pop();
  if (isRoleLike(lastName)) return false;
  const bare = stripHonorifics(`${lastName} `);
  if (lastName !== "" && bare === "") return true;
  if (isRoleLike(lastPart)) return false;
  if (endsInParticle(bare)) return true;
  return CAPITALISED_WORD.test(bare) && !/[)]$/.test(text);
}

// src/parse/line-width.ts
function paragraphWidth(lines) {
  const lengths = [];
  for (const line of lines) if (line.kind === "text" && !line.cells && line.text.length >= 30) lengths.push(line.text.length);
  if (lengths.length < 5) return Infinity;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}
var widths = /* @__PURE__ */ new WeakMap();
function mayWrapOnto(lines, index) {
  const next = lines[index + 1];
  if (next === void 0) return false;
  let width = widths.get(lines);
  if (width === void 0) widths.set(lines, width = paragraphWidth(lines));
  if (width === Infinity) return true;
  const firstWord = next.text.indexOf(" ");
  return lines[index].text.length + 1 + (firstWord < 0 ? next.text.length : firstWord) > width * 0.85;
}

// src/parse/person-entry.ts
var ATTENDANCE_NOTE = /^(?:minutes|recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker|notes|part|virtual|remote|online|in person|via \w+|by \w+|observer|observing|(?:items?|top) [\w\s,\u2013-]+|for items? [\w\s,\u2013-]+|from ~?[\w\s.:/]+|until ~?[\w\s.:/]+|left ~?[\w\s.:/]+|joined ~?[\w\s.:/]+|arrived ~?[\w\s.:/]+|during ~?[\w\s.:/]+|\d{1,5}|(?:din|pan|reg(?:istration)? no\.?|membership no\.?|no\.)[:.]? ?\d[\d\s/-]{3,}|he\/him|she\/her|they\/them|external|internal|late|joined late|left early|part of (?:the )?meeting|(?:substitute|substituting|deputising|deputizing|standing in) for [\w\s.'\u2019-]+|in place of [\w\s.'\u2019-]+|ward \d{1,3}[a-z]?|(?:pto|ooo|on (?:leave|holiday|vacation)|(?:annual|parental|maternity|paternity|sick) leave|unwell|sick)(?: .*)?)$/i;
var ARRIVAL_NOTE = /\s(?:arrived|left|joined|departed)\s/;
var MINUTE_TAKER = /^(?:recording secretary|clerk to the meeting|minute[- ]?taker|note[- ]?taker)$/i;
var INITIALS2 = letterPattern(String.raw`^(?=(?:\p{Ll}*\p{Lu}){2})(?!.*\p{Ll}{3})\p{Lu}\p{L}{1,4}$`, "u");
var HANDLE = /^@[\w.-]+$/;
var LEADING_BULLET_CHARS = "-\u2013\u2014\u2022*";
var TRAILING_PUNCTUATION_CHARS = ".;,*\u2020\u2021";
var BRACKET_PARTS = /[,;]/g;
var STARRED_MODE = /\s+\*\s?(?:teams|zoom|online|remote|virtual|video|phone|webex|meet)$/i;
var SINGLE_WORD_BODY = /^[A-Z][A-Z&]{1,7}$/;
var LONE_FIRST_NAME = letterPattern(String.raw`^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$`, "u");
var STANDING = /^(?:acting|interim|designate|elect|outgoing|incoming|retiring|temporary|vacant|joint|honorary|co-opted|substitute)$/i;
var COMPANY_ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|Bros|L\.L\.C|P\.C)\.$/;
function cleanDescriptor(value) {
  if (!value) return null;
  const { role, organisation } = classifyDescriptors([value]);
  return role ?? organisation;
}
function parsePersonEntry(entry, line, lead = null, options = {}) {
  const loneNames = options.loneNames ?? true;
  const key = `${loneNames ? "+" : "-"}${lead ?? ""}\0${entry}`;
  let read = readings.get(key);
  if (read === void 0) {
    if (readings.size >= MAX_READINGS) readings.clear();
    read = TIGHT_BRACKET.test(entry) ? withTightBrackets(entry, (guarded) => readPersonEntry(guarded, lead, loneNames)) : readPersonEntry(entry, lead, loneNames);
    readings.set(key, read);
  }
  return read === null ? null : { ...read, line };
}
var BRACKETED_COURTESY = /^((?:Dr|Prof|Engr|Arc|Barr|Hon|Chief)\.?\s)\((?:Mrs?|Ms|Miss|Dr|Prof|Engr)\.?\)\s/;
var TIGHT_BRACKET = /\([^()]*\w\(\w{1,4}\)/;
var TIGHT_BRACKETS = /(\([^()]*\w)\((\w{1,4})\)/g;
function withTightBrackets(entry, read) {
  const person = read(entry.replace(TIGHT_BRACKETS, `$1${OPEN_STAND_IN}$2${CLOSE_STAND_IN}`));
  if (!person) return null;
  const restore = (text) => text === null ? null : text.replaceAll(OPEN_STAND_IN, "(").replaceAll(CLOSE_STAND_IN, ")");
  return { ...person, name: restore(person.name), role: restore(person.role), organisation: restore(person.organisation), initials: restore(person.initials) };
}
var readings = /* @__PURE__ */ new Map();
var MAX_READINGS = 1e4;
function readPersonEntry(entry, lead, loneNames) {
  const line = 0;
  let text = entry.trim();
  if (LEADING_BULLET_CHARS.includes(text[0])) text = text.replace(/^[-\u2013\u2014\u2022*]+\s*/, "");
  if (TRAILING_PUNCTUATION_CHARS.includes(text[text.length - 1]) && !COMPANY_ABBREVIATION_END.test(text)) text = text.replace(/[.;,*\u2020\u2021]+$/, "");
  if (text.includes("(Hons)")) text = text.replace(/(?<=[A-Za-z])\(Hons\)/g, "");
  if (text.includes("*") && STARRED_MODE.test(text)) text = text.replace(STARRED_MODE, "");
  let leadRole = null;
  if (lead && text.startsWith(lead) && text.length > lead.length + 1) {
    leadRole = lead.replace(/:$/, "");
    text = text.slice(lead.length).replace(/^[\s:\u2013-]+/, "");
  }
  let handle = null;
  if (text.startsWith("@") && isPersonalName(text.slice(1).replace(/\s*\(.*$/, ""))) text = text.slice(1);
  if (text.includes("@")) {
    if (BARE_EMAIL.test(text)) return { name: text, initials: null, handle: null, organisation: null, role: leadRole, line };
    text = text.replace(EMAIL2, " ").trim();
    const bracketed = BRACKETED_HANDLE.exec(text);
    if (bracketed) {
      handle = bracketed[1];
      text = `${text.slice(0, bracketed.index)} ${text.slice(bracketed.index + bracketed[0].length)}`.replace(/\s+/g, " ").trim();
    }
    const found = LOOSE_HANDLE.exec(text);
    if (found) {
      handle = found[1];
      text = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.replace(/\s+/g, " ").trim();
    }
  }
  let handleSaid = null;
  if (handle !== null && text.startsWith("(")) {
    const named = /^\(([^()]+)\)\s*/.exec(text);
    const comma = named ? named[1].indexOf(", ") : -1;
    if (named && isPersonalName(named[1])) text = `${named[1]} ${text.slice(named[0].length)}`.trim();
    else if (named && comma > 0 && isPersonalName(named[1].slice(0, comma))) text = `${named[1].slice(0, comma)}, ${named[1].slice(comma + 2)} ${text.slice(named[0].length)}`.trim();
    else if (named && named[0].length === text.length) {
      handleSaid = classifyDescriptors([named[1].trim()]);
      text = "";
    }
  }
  const sign = CALL_SIGN.exec(text);
  if (sign) text = `${text.slice(0, sign.index)}${text.slice(sign.index + sign[0].length)}`.trim();
  if (text.includes("(") && BRACKETED_COURTESY.test(text)) text = text.replace(BRACKETED_COURTESY, "$1");
  if (text.includes(".") && INITIAL_RUN_IN.test(text)) text = text.replace(INITIAL_RUN_IN_AT_WORD.for(text), "$1$2. ");
  const noted = text.endsWith(")") ? NOTE_AFTER_BRACKET.exec(text) : null;
  const officeFirst = OFFICE_THEN_BRACKET.exec(noted && isBracketedNote(noted[2].trim()) ? noted[1] : text);
  const inside = officeFirst ? officeFirst[2].replace(WHO_CLAUSE, "").replace(/\s[-\u2013\u2014]\s(.+)$/, (dashed, note) => isBracketedNote(note.trim()) ? "" : dashed) : "";
  if (officeFirst && !/[,;:\u2013\u2014]|\s-\s/.test(officeFirst[1]) && isRoleLike(officeFirst[1].trim()) && !isRoleLike(inside)) {
    const person = parsePersonEntry(inside, line, null, { loneNames: !STANDING.test(inside.trim()) && LONE_FIRST_NAME.test(inside.trim()) });
    if (person) return { ...person, role: leadRole ?? person.role ?? officeFirst[1].trim() };
  }
  const officeThenPerson = officeBeforePerson(text, loneNames);
  if (officeThenPerson) return { ...officeThenPerson, role: leadRole ?? officeThenPerson.role, handle: handle ?? officeThenPerson.handle };
  const segments = splitTopLevel(text, SEGMENT_SEPARATOR);
  for (let index = 0; index < segments.length; index++) {
    const read = readNamedSegment(segments[index], loneNames);
    if (!read) continue;
    if (index < segments.length - 1 && isRoleLike(segments[index]) && segments.slice(index + 1).some((segment) => readNamedSegment(segment, false))) continue;
    const before = segments.slice(0, index);
    if (!before.every(isDescriptorFirst)) return null;
    const department = before.length === 2 && HEAD_OF_DEPARTMENT.test(before[0]) && text.startsWith(`${before[0]}: ${before[1]}:`) ? `${before[0]}: ${before[1]}` : null;
    if (department) return describe(read, segments.slice(index + 1), line, handle, leadRole ?? department);
    return describe(read, [...segments.slice(index + 1), ...before], line, handle, leadRole);
  }
  if (segments.length === 0 && handle) return { name: handle.slice(1), initials: null, handle, organisation: handleSaid?.organisation ?? null, role: leadRole ?? handleSaid?.role ?? null, line };
  return null;
}
function officeBeforePerson(text, loneNames) {
  const dash = text.lastIndexOf(" \u2013 ");
  if (dash < 0) return null;
  const before = text.slice(0, dash).trim();
  const after = text.slice(dash + 3).trim();
  const opening = before.split(/[,(]/, 1)[0].trim();
  const words2 = opening.toLowerCase().split(/\s+/);
  if (stripHonorifics(before) !== before || !(isRoleLike(opening) || isRoleWord(words2[0]) || isRoleWord(words2[words2.length - 1]))) return null;
  const person = parsePersonEntry(after, 0, null, { loneNames });
  if (!person || person.role !== null || person.organisation !== null) return null;
  const titled = stripHonorifics(after) !== after || person.initials !== null;
  if (!titled && (!isPersonalName(person.name) || isRoleLike(person.name))) return null;
  const parts = splitTopLevel(before, /,\s/g);
  if (!before.includes("(") && !hasOrganisationWord(parts[parts.length - 1])) return { ...person, role: before, organisation: null };
  const { role, organisation } = classifyDescriptors(parts);
  return { ...person, role, organisation };
}
var HEAD_OF_DEPARTMENT = /^(?:(?:chief|deputy|executive|senior|general|assistant) )?(?:director|manager|head)$/i;
function isDescriptorFirst(segment) {
  if (UNIT.test(segment)) return true;
  if (!startsUpperCase(segment) || /\d/.test(segment) || segment.split(" ").length > 6) return false;
  return isRoleLike(segment) || ALL_CAPITALS.test(segment) || hasOrganisationWord(segment);
}
var UNIT = /^(?:lot|unit|apartment|apt\.?|flat|plot)\s\d{1,4}[a-z]?$/i;
var OFFICE_THEN_BRACKET = /^(?:the\s)?([^()]+)\(([^()]+)\)$/i;
var NOTE_AFTER_BRACKET = /^(.*\))\s*\(([^()]*)\)$/;
var WHO_CLAUSE = /,?\s+who\s.*$/i;
var EMAIL2 = /@?<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g;
var BARE_EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
var BRACKETED_HANDLE = /\s?\(\s?(@[\w][\w.-]*)\s?\)/;
var LOOSE_HANDLE = /(?:^|\s)(@[\w][\w.-]*)(?=[\s,;:]|$)/;
var SEAT_CATEGORY = /\b(?:nominee|representative|appointee)$/i;
var CATEGORY = /^(?:guest|observer|visitor|member|attendee|invitee)s?$/i;
var SEGMENT_SEPARATOR = /[,;\t\u2013\u2014]|(?<!\d):|:(?!\d)|\s-{1,2}\s|\s[\u2010-\u2012\u2015\u2212]\s/g;
var LAST_BRACKET = /\(([^()]*)\)\s*$/;
var TRAILING_INITIALS = letterPattern(String.raw`\s+(\p{Lu}{2,4})$`, "u");
var MIDDLE_INITIALS = letterPattern(String.raw`\s(\p{Lu}{2,4})\s(?=\p{Lu})`, "u");
var TRAILING_ACRONYM2 = /\s([B-DF-HJ-NP-TV-XZ]{2,6})$/;
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
  let name = stripped;
  let office = stripped === rest.trim() ? null : officeIn(rest.trim().slice(0, rest.trim().length - stripped.length));
  const prefixed = name.indexOf(" ") === name.lastIndexOf(" ") ? null : splitOfficePrefix(name);
  if (prefixed) [office, name] = [prefixed.office, prefixed.name];
  let initials = null;
  const trailing = isAscii(name) && !/[A-Z]{2}/.test(name) ? null : initialsIn(name);
  if (trailing) {
    initials = trailing[1];
    const after = name.slice(trailing.index + trailing[0].length).trim();
    if (after) brackets.push(after);
    name = name.slice(0, trailing.index);
  }
  for (let last = name.lastIndexOf(" "); last > 0 && name.indexOf(" ") < last && isPostNominal(name.slice(last + 1)); last = name.lastIndexOf(" ")) name = name.slice(0, last);
  const acronym = initials === null ? TRAILING_ACRONYM2.exec(name) : null;
  if (acronym && isPersonalName(name.slice(0, acronym.index))) {
    brackets.push(acronym[1]);
    name = name.slice(0, acronym.index);
  }
  let personal = isPersonalName(name);
  const suffixed = name.indexOf(" ") === name.lastIndexOf(" ") || personal && !isRoleWord(name.slice(name.lastIndexOf(" ") + 1).toLowerCase()) ? null : splitOfficeSuffix(name);
  if (suffixed) {
    brackets.push(suffixed.office);
    name = suffixed.name;
    personal = true;
  }
  if (!personal) {
    const titled = stripped !== rest.trim() && isPersonalName(name, 1);
    const nick = loneNames && IRC_NICK.test(name) && !BOT.test(name);
    if (!titled && !nick && !(loneNames && rest.trim() === name && !tail && isLoneName(name, segment))) return null;
  }
  if (tail) brackets.push(tail);
  return { name, brackets, initials, office };
}
function initialsIn(name) {
  for (const pattern of [TRAILING_INITIALS, MIDDLE_INITIALS]) {
    const m = pattern.exec(name);
    if (m && looksLikeInitialsOf(m[1], name.slice(0, m.index))) return m;
  }
  return null;
}
var PLACE_COUNCILLOR = /^(borough|county|district|town|city) (?:cllr|councillor)\.?$/i;
var SOCIAL_TITLE = /\b(?:the|rt\.?|hon\.?|right|honourable|cllrs?\.?|councillors?|council\s*members?|coun\.|cr\.?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?|prof\.?|professor|sir|dame|lord|lady|baroness|baron|rev(?:d|\.)?|reverend|canon|brother|sister|bro\.?|sis\.)(?=\s|$)/gi;
function officeIn(title) {
  const councillor = PLACE_COUNCILLOR.exec(title.trim());
  if (councillor) return `${councillor[1][0].toUpperCase()}${councillor[1].slice(1).toLowerCase()} Councillor`;
  const office = title.replace(SOCIAL_TITLE, " ").replace(/\s+/g, " ").trim();
  if (office === "" || !startsUpperCase(office) || isRank(office)) return null;
  return isRoleLike(office) || isRoleWord(office.split(" ")[0].toLowerCase()) ? office : null;
}
var ADDRESS_TITLE = /^(?:sister|brother|bro\.?|sis\.?|father|mother)$/i;
function splitOfficePrefix(name) {
  const words2 = name.split(" ");
  for (let cut = Math.min(words2.length - 2, 5); cut >= 1; cut--) {
    if (!words2.slice(0, cut).every((word) => OFFICE_WORD.test(word)) || PERSONAL_TITLE_WORD.test(words2[cut - 1]) || ADDRESS_TITLE.test(words2[cut - 1]) || /^(?:of|for|to|the)$/.test(words2[cut - 1])) continue;
    const office = words2.slice(0, cut).join(" ");
    const holder = stripHonorifics(words2.slice(cut).join(" "));
    if (isRoleLike(office) && isPersonalName(holder)) return { office, name: holder };
  }
  return null;
}
function splitOfficeSuffix(name) {
  const words2 = name.split(" ");
  let cut = words2.length;
  while (cut > 2 && isOfficeWord(words2[cut - 1])) cut--;
  if (cut > 2 && cut < words2.length && PLACE_COUNCIL.test(words2[cut]) && /^councillors?$/i.test(words2[words2.length - 1])) cut--;
  for (; cut < words2.length; cut++) {
    const office = words2.slice(cut).join(" ");
    const rest = words2.slice(0, cut);
    if (isRoleLike(office) && !rest.some((word) => DOTTED_ACRONYM.test(word)) && isPersonalName(rest.join(" "))) return { office, name: rest.join(" ") };
  }
  return null;
}
var INITIAL_RUN_IN = letterPattern(String.raw`\p{Lu}\.\p{Lu}\p{Ll}`, "u");
var INITIAL_RUN_IN_AT_WORD = letterPattern(String.raw`(^|\s)(\p{Lu})\.(?=\p{Lu}\p{Ll})`, "gu");
var ALL_CAPITALS = letterPattern(String.raw`^\p{Lu}{2,}$`, "u");
var CAPITALS_ONLY = letterPattern(String.raw`^\p{Lu}+$`, "u");
var OFFICE_WORD = letterPattern(String.raw`^(?:\p{Lu}|of$|and$|for$|to$|the$|&$)`, "u");
var PLACE_COUNCIL = /^(?:county|borough|district|parish|town|city)$/i;
var DOTTED_ACRONYM = letterPattern(String.raw`\p{L}\.\p{L}\.`, "u");
var IRC_NICK = /^(?!(?:me|us|we|all|and|or|no|tbc|tbd|na)$)[a-z][a-z0-9_-]{1,19}(?: [a-z])?$/;
var BOT = /bot$|^zakim$|^rrsagent$/i;
function isLoneName(name, segment) {
  const long = name.length > 2 || name.length === 2 && !TWO_LETTER_WORDS.has(name.toLowerCase());
  return !segment.includes(" - ") && isPersonalName(name, 1) && !CAPITALS_ONLY.test(name) && long && !isRoleLike(name) && stripHonorifics(`${name} `) !== "";
}
var TWO_LETTER_WORDS = new Set("no on an in at or to up is it as be by do go he if me my of so us we ok re cc pm am".split(" "));
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
var STAND_IN_NOTE = /^[A-Z][a-z]+ [a-z]{2,}ing\b/;
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
function looksLikeInitialsOf(text, name) {
  if (text.length > 4 || text.length < 2 || !sameLetter(text[0], name[0]) || !INITIALS2.test(text)) return false;
  const letters = (isAscii(text) ? text : [...text].map(baseLetter2).join("")).toUpperCase();
  const words2 = name.split(/\s+/);
  for (let i = 1; i < words2.length; i++) if (words2[i] !== "" && letters.includes(baseLetter2(words2[i][0]).toUpperCase())) return true;
  return false;
}
function baseLetter2(letter) {
  return letter.charCodeAt(0) < 128 ? letter : letter.normalize("NFD")[0];
}
function sameLetter(a, b) {
  return a === b || baseLetter2(a) === baseLetter2(b);
}

// src/parse/inline-list.ts
var SEMICOLON = /;/g;
var DESCRIBED = /[,:\u2013\u2014(]|\s-\s/;
var THE_BODY = letterPattern(String.raw`^the\s\p{Lu}`, "u");
var PLURAL_TITLE = /^(?:(?:parish|town|district|borough|county|city)\s)?(councillors|cllrs|messrs|council\s*members|supervisors|commissioners|selectmen|aldermen|legislators|trustees)\.?\s+/i;
var PLURAL_OFFICE = /^(Directors|Stewards|Churchwardens|Elders|Trustees)\s+(?=[A-Z])/;
var AND = /(?<!\b(?:borough|county|district|parish|town|city))\s+(?:and|&)\s+/gi;
var LIST_SEPARATOR = /[,;]/g;
var SEMICOLON_LIST = /\s*;\s*(?:and\s+)?/g;
var COMMA_LIST = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/g;
var PUBLIC_COUNT2 = /\b(?:(?:approximately|about|around|some|over)\s)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|no)\s(?:other\s)?members?\sof\s(?:the\s)?(?:public|press)\b/i;
var PUBLIC_CUE = /public|press|PUBLIC|PRESS|Public|Press/;
var OFFICE_IN_BRACKETS2 = /^(.+?)\s\(([^()]{2,60})\)$/;
var ACRONYM2 = /^[A-Z]{2,6}$/;
function isBodyName(name) {
  const words2 = name.toLowerCase().split(" ");
  return words2.length >= 3 && ORGANISATION_WORDS.has(words2[words2.length - 1]) || COMPANY_FORM.test(name);
}
var COMPANY_FORM = /\s(?:AS|ASA|BBL|GmbH|AG|SA|BV|NV|AB|Oy|Pty|LLC|SRL|SpA|KG|ApS|A\/S)$/;
var AND_FOR = /\s(and|&)\s(?:(?:noted|accepted|received)\s)?(?:for|from)\s(?:(?:members|trustees|governors|councillors)\s)?/gi;
var COUNT_THEN_NAMES = /^\d{1,4}\b[^,;]{0,60}?,?\s(?:including|incl\.?|among them|namely|of whom)\s/i;
var KIND_BEFORE_NAME = letterPattern(String.raw`(?<![\p{L}'])(?:(?:new|prospective|associate|honorary) )?(?:members?|patients?|residents?|parents?|carers?|pupils?|students?|guests?|visitors?|observers?) (?=\p{Lu}\p{Ll})`, "gu");
var isDigit2 = (code) => code >= 48 && code <= 57;
var PUBLIC_LEAD_IN = /(?:^|\s)(?:together with|along with|plus|and|&|also)$/i;
var NAME_AFTER_BRACKET = letterPattern(String.raw`(?<=\))\s+(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\()`, "gu");
var REPEATED_TITLE = letterPattern(String.raw`(?<=[\p{L}.)])(?<!\band|\b(?:cllrs?|councillors?|mrs?|ms|miss|dr)\.?|\b(?:borough|county|district|parish|town|city))\s+(?=(?:borough|county|district|parish|town|city)\s+(?:cllr|councillor)\.?\s+(?!(?:cllr|mr|mrs|ms|miss|dr)\b)\p{Lu}|(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+(?!(?:cllr|councillor)\b)\p{Lu})|(?<=\p{L}\s(?:(?:borough|county|district|parish|town|city)\s)?councillor)\s+(?=(?:cllr|mr|mrs|ms|miss|dr)\.?\s+\p{Lu})`, "giu");
var SPACE_THEN_TITLE = /\s(?:cllr|councillor|mr|ms|miss|dr)/iu;
var MENTION_AFTER_SPACE = letterPattern(String.raw` (?=@\p{Lu})`, "gu");
var SURNAME_FIRST = letterPattern(String.raw`^(?:\p{Lu}[\p{L}'\u2019-]*|\u00d3|N\u00ed)(?: (?:\p{Lu}[\p{L}'\u2019-]*|${NAME_PARTICLE})){0,2}, (\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}\.?)?)((?: \([^()]*\))?)$`, "u");
function givenNameFirst(piece) {
  const m = SURNAME_FIRST.exec(piece.trim());
  if (!m || isRoleLike(m[1]) || ORGANISATION_WORDS.has(m[1].toLowerCase()) || isTitleWord(m[1]) || isTitleWord(piece.trim().split(" ", 1)[0])) return piece;
  const surname = piece.trim().slice(0, piece.trim().indexOf(","));
  return `${m[1]} ${surname}${m[2]}`;
}
var BODY_FIRST = letterPattern(String.raw`^\(([^()]{2,60})\)\s+(?=\p{Lu})`, "u");
function parseInlineList(text, line) {
  if (text.startsWith("(") && BODY_FIRST.test(text)) return listsByBody(text, line);
  const named = isDigit2(text.charCodeAt(0)) ? text.replace(COUNT_THEN_NAMES, "") : text;
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
    const person = read[index] ?? (between ? parsePersonEntry(entry, line, null, { loneNames: true }) : marked);
    if (person && !isBodyName(person.name)) people.push(person);
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
function listsByBody(text, line) {
  return splitTopLevel(text, SEMICOLON).flatMap((piece) => {
    const body = BODY_FIRST.exec(piece);
    const people = parseInlineList(body ? piece.slice(body[0].length) : piece, line);
    if (!body) return people;
    for (const person of people) {
      if (person.organisation !== null && ACRONYM2.test(person.organisation)) person.role ??= person.organisation;
      if (person.organisation === null || person.organisation === person.role) person.organisation = body[1].trim();
    }
    return people;
  });
}
var isPersonTitle = (word) => PERSONAL_TITLE_WORD.test(word) || /^(?:[bc]?cllrs?|councillors?)\.?$/i.test(word);
var INITIAL = /^[A-Z]\.?$/;
function splitOfficesBeforeNames(text) {
  if (/[,;()]/.test(text)) return null;
  const words2 = text.split(" ");
  if (!isOfficeWord(words2[0]) || isPersonTitle(words2[0])) return null;
  const entries = [];
  let initials = 0;
  let names = 0;
  for (const [index, word] of words2.entries()) {
    const ofOffice = isOfficeWord(word) || word === "to" || isPersonTitle(word) || ORGANISATION_WORDS.has(word.toLowerCase());
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
    if (INITIAL.test(word)) initials++;
    else if (LONE_NAME.test(word) && !ofOffice) names++;
    else if (names > 0 || initials > 0 || !ofOffice) return null;
    entries[entries.length - 1].push(word);
  }
  const people = entries.filter((entry) => isOfficeWord(entry[0]) || isPersonTitle(entry[0]));
  return people.length >= 2 ? entries.map((entry) => entry.join(" ")).join(", ") : null;
}
function nameAfterLastTitled(run) {
  const pieces = run.split(", ");
  const namesOf = (piece) => {
    const words2 = stripHonorifics(piece).split(" ");
    const end = words2.findIndex((word) => !LONE_NAME.test(word) || isOfficeWord(word) || ORGANISATION_WORDS.has(word.toLowerCase()));
    return { words: words2, count: end < 0 ? words2.length : end };
  };
  const read = pieces.map(namesOf);
  const last = read[read.length - 1];
  if (pieces.length < 3 || last.count !== 4 || !read.slice(0, -1).every((piece) => piece.count === 2)) return run;
  const title = pieces[pieces.length - 1].slice(0, pieces[pieces.length - 1].length - last.words.join(" ").length);
  return [...pieces.slice(0, -1), `${title}${last.words.slice(0, 2).join(" ")}`, last.words.slice(2).join(" ")].join(", ");
}
function splitOutsideBrackets(text, boundary) {
  if (!text.includes("(")) return text.replace(boundary, ", ");
  return text.replace(boundary, (match, offset) => {
    let depth = 0;
    for (let i = 0; i < offset; i++) depth += text[i] === "(" ? 1 : text[i] === ")" ? -1 : 0;
    return depth > 0 ? match : ", ";
  });
}
function nameBeforeNotes(entry) {
  const bracket = entry.search(/\(|\s\*/);
  return bracket > 0 ? entry.slice(0, bracket).trim() : entry;
}
function splitAtAnd(piece) {
  const text = piece.replace(/^(?:and|&)\s/i, "").replace(/\s(?:and|&)\s(?:me|myself)$/i, "");
  const parts = splitTopLevel(text, AND);
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
    const start = text.indexOf(part, from);
    from = start + part.length;
    if (joined.length > 0 && (joinsNext[i - 1] || !isPart(part, i))) joined[joined.length - 1].end = from;
    else joined.push({ start, end: from });
  });
  return joined.map(({ start, end }) => text.slice(start, end));
}
var OFFICE_BEFORE_NAME = /^([^:\u2013\u2014]{1,60}?)(?::\s|\s[\u2013\u2014-]\s)/;
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
function withoutPublicCount(text) {
  const count = PUBLIC_CUE.test(text) ? PUBLIC_COUNT2.exec(text) : null;
  if (!count) return text;
  const before = trimSeparators(trimSeparators(text.slice(0, count.index)).replace(PUBLIC_LEAD_IN, ""));
  const after = text.slice(count.index + count[0].length);
  return /^\s*[,;]\s*\S/.test(after) ? `${before}, ${after.replace(/^\s*[,;]\s*/, "")}` : before;
}
function trimSeparators(text) {
  let end = text.length;
  while (end > 0 && /[\s,;]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}
var FIRST_NAME_AND_MARK = letterPattern(String.raw`^\p{Lu}\p{Ll}+ (?:\p{Ll}{1,3}\p{Lu}{1,2}|\p{Lu}\.?)$`, "u");
var LONE_NAME = letterPattern(String.raw`^\p{Lu}[\p{L}'\u2019-]+$`, "u");
var LONE_NAME_OR_NICK = letterPattern(String.raw`^(?:\p{Lu}[\p{L}'\u2019-]+|(?!(?:me|us|we|all|and|or|no|tbc|tbd|na)$)[a-z][a-z0-9_-]{1,19}(?: [a-z])?)$`, "u");
var POLICE_RANK_AND_NAME = letterPattern(String.raw`^(?:Inspector|Insp\.?|Sergeant|Sgt\.?|Constable|PCSO|PC|Superintendent|Supt\.?)\s\p{Lu}\p{Ll}+$`, "u");
var INITIAL_RUN_IN2 = /^([A-Z]\.)(?=[A-Z])/;
var PERSONAL_TITLE = /^(?:mrs?|ms|miss|dr)\.?\s+\S/i;
var RANK_BEFORE_OFFICE = /^(?:chief|deputy|assistant|senior|associate|acting|interim)\s[^,]*$/i;
function isOfficeOnly(entry) {
  const words2 = entry.replace(INITIAL_RUN_IN2, "$1 ").split(/\s+/);
  return words2.some((word) => isOfficeWord(word) && !/^[A-Z]\.$/.test(word)) && words2.every((word) => isOfficeWord(word) || /^[A-Z]\.$/.test(word));
}
function isBareOffice(written) {
  const segment = written.replace(INITIAL_RUN_IN2, "$1 ");
  if (!isRoleLike(segment) || POLICE_RANK_AND_NAME.test(segment) || PERSONAL_TITLE.test(segment)) return false;
  if (RANK_BEFORE_OFFICE.test(segment) && isRoleLike(segment.slice(segment.lastIndexOf(" ") + 1))) return true;
  const person = parsePersonEntry(segment, 0);
  return person === null || isRoleLike(person.name) || hasOrganisationWord(person.name);
}
function splitNameList(piece) {
  const title = /^(?:councillors|cllrs|council\s*members)\s+/i.exec(piece)?.[0] ?? "";
  const segments = splitTopLevel(piece.slice(title.length), COMMA_LIST).flatMap((segment) => title ? splitAtAnd(segment) : [segment]);
  if (segments.length < (title ? 2 : 3)) return [piece];
  return segments.every((s) => isPersonalName(stripHonorifics(nameBeforeNotes(s))) && !isRoleLike(nameBeforeNotes(s))) ? segments : [piece];
}

// src/parse/tasks.ts
var DASHED_HANDLES = /^(.+?) [\u2014\u2013-] ((?:@[\w.-]+,? ?)+)(.*)$/;
var DATE_MENTION = /(?<!\b(?:by|on|before|until|till|for|at|from|of|the|and|to)) @?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}, \d{4})$/i;
var OWNER_DASH2 = letterPattern(String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & | \+ )(?:\p{Lu}[\p{L}'.-]*|${NAME_PARTICLE})){0,6}) [-\u2013\u2014] +(.+)$`, "u");
var OWNER_COLON2 = letterPattern(String.raw`^(\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & | \+ )\p{Lu}[\p{L}'.-]*){0,5}): +(\S.*)$`, "u");
var NAME_MENTION = letterPattern(String.raw`^@\p{Lu}[\p{L}'\u2019-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'\u2019-]*|${NAME_PARTICLE})){1,5}`, "u");
var DASHED_MENTIONS = /^(.+?) [\u2014\u2013] (@[A-Z][^\u2014\u2013()\u00b7]+?)(?: [\u2014\u2013\u00b7] [Dd]ue (.+))?$/;
var STATUS_LOZENGE = / (DONE|COMPLETE|COMPLETED|IN PROGRESS|BLOCKED|TO DO|NOT STARTED|ON HOLD|OPEN|CLOSED)$/;
var TRAILING_NAME_MENTION = letterPattern(String.raw`\s@(\p{Lu}[\p{L}'-]*(?: (?:\p{Lu}[\p{L}'-]*|${NAME_PARTICLE})){1,4})$`, "u");
var DASH_OWNER = letterPattern(String.raw`^(.+) [-\u2013\u2014] (\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & )\p{Lu}[\p{L}'.-]*){0,5})$`, "u");
var TASK_HANDLES = /^((?:@[\w.-]+(?: and |[\s,+&]*))+)(.+)$/;
var HANDLES_AND_DUE = /^(.+?)\s*\(((?:@[\w.-]+[\s,]*)+)due ([^()]{3,40})\)$/i;
var DAY_PAGE_LINK = /\s\[\[((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:st|nd|rd|th)?, \d{4})\]\]$/i;
var PAGE_LINKS_FIRST = /^((?:\[\[[^[\]]{1,80}\]\](?: ?(?:,|&|and) ?| )?)+)(?=\S)/;
var PLUGIN_SIGN = /[\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}\u274c\u23eb\u{1f53c}\u{1f53d}\u{1f53a}\u23ec\u{1f501}]/u;
var TASK_PLUGIN_FIELD = /\s*(?:([\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}\u274c])\ufe0f? ?(\d{4}-\d\d-\d\d)|[\u23eb\u{1f53c}\u{1f53d}\u{1f53a}\u23ec]\ufe0f?|\u{1f501}\ufe0f? ?every [\w ]{1,30}?(?= [\u{1f4c5}\u23f3\u2705\u2795\u{1f6eb}]|$))(?=\s|$)/gu;
var DASHED_FIELDS = / [\u2014\u2013-] (?=(?:assignees?|assigned to|owners?|due(?: date)?|deadline|status):)/i;
var DASHED_SEPARATOR = / [\u2014\u2013-] /;
function readTask(text, isOwner = () => true) {
  const fieldsAt = text.includes(":") ? text.search(DASHED_FIELDS) : -1;
  if (fieldsAt > 0) {
    const fields = readActionFields(text.slice(fieldsAt + 3).split(DASHED_SEPARATOR).join("; "));
    if (fields) {
      const task = readTask(text.slice(0, fieldsAt), isOwner);
      if (fields.ownersRaw !== null) task.ownersRaw = NAMES_NO_ONE.test(fields.ownersRaw) ? null : fields.ownersRaw;
      if (fields.dueRaw !== null) task.dueRaw ??= fields.dueRaw;
      if (fields.status !== null) task.status ??= fields.status;
      return task;
    }
  }
  if (PLUGIN_SIGN.test(text)) {
    const fields = withoutPluginFields(text);
    if (fields.text !== text) {
      const task = readTask(fields.text, isOwner);
      if (fields.dueRaw) task.dueRaw ??= fields.dueRaw;
      return task;
    }
  }
  const dayLink = text.endsWith("]]") ? DAY_PAGE_LINK.exec(text) : null;
  if (dayLink) {
    const task = readTask(text.slice(0, dayLink.index), isOwner);
    task.dueRaw ??= dayLink[1];
    return task;
  }
  const links = text.startsWith("[[") ? PAGE_LINKS_FIRST.exec(text) : null;
  const linked = links ? [...links[1].matchAll(/\[\[([^[\]]+)\]\]/g)].map((link) => link[1]) : [];
  if (links && linked.every(isOwner)) return { ownersRaw: linked.join(", "), text: text.slice(links[0].length).replace(/^(?:to|will)\s+(?=[a-z])/, "") };
  const lozenge = STATUS_LOZENGE.exec(text);
  if (lozenge) return { ...readTask(text.slice(0, lozenge.index), isOwner), status: lozenge[1] };
  const dateMention = DATE_MENTION.exec(text);
  if (dateMention) {
    const task = readTask(text.slice(0, dateMention.index), isOwner);
    task.dueRaw ??= dateMention[1];
    return task;
  }
  const mentions = readMentions(text, isOwner);
  if (mentions) return mentions;
  const dashedMentions = text.includes(" @") ? DASHED_MENTIONS.exec(text) : null;
  const mentioned = dashedMentions ? dashedMentions[2].split(/ (?=@)/).map((mention) => givenNameFirst(mention.slice(1).trim())) : [];
  if (dashedMentions && mentioned.every(isOwner)) return { ownersRaw: mentioned.join(", "), text: dashedMentions[1].trim(), ...dashedMentions[3] ? { dueRaw: `due ${dashedMentions[3]}` } : {} };
  const mentionAfter = text.includes("@") ? TRAILING_NAME_MENTION.exec(text) : null;
  if (mentionAfter && isOwner(mentionAfter[1])) return { ownersRaw: mentionAfter[1], text: text.slice(0, mentionAfter.index).trim() };
  const ownerDash = OWNER_DASH2.exec(text);
  if (ownerDash && isOwner(ownerDash[1])) return { ownersRaw: ownerDash[1], text: ownerDash[2].trim() };
  const ownerColon = OWNER_COLON2.exec(text);
  if (ownerColon && isOwner(ownerColon[1]) && (startsLowerCase(ownerColon[2]) || /^\d/.test(ownerColon[2]) || isImperative(ownerColon[2].split(" ", 1)[0]))) return { ownersRaw: ownerColon[1], text: ownerColon[2].trim() };
  const dashed = DASHED_HANDLES.exec(text);
  if (dashed) {
    const task = { ownersRaw: dashed[2].trim().replace(/,$/, "").split(/[\s,]+/).join(", "), text: dashed[1].trim() };
    const rest = dashed[3].trim().replace(/^[\u2014\u2013,-]\s*/, "").replace(/^\((.*)\)$/, "$1");
    const due = /^due (.+)$/i.exec(rest);
    if (due) task.dueRaw = due[1];
    else if (rest) task.progress = rest;
    return task;
  }
  const handles = TASK_HANDLES.exec(text);
  if (handles) return { ownersRaw: handles[1].trim().split(/ and |[\s,+&]+/).join(", "), text: handles[2].trim().replace(/^(?:[-\u2013\u2014]\s+|:\s*|(?:to|will)\s+(?=[a-z]))/, "") };
  const trailing = /^(.+?)\s*\(?((?:@[\w.-]+[\s,]*)+)\)?$/.exec(text);
  if (trailing) return { ownersRaw: trailing[2].trim().split(/[\s,]+/).join(", "), text: trailing[1].trim() };
  const handlesAndDue = HANDLES_AND_DUE.exec(text);
  if (handlesAndDue) return { ownersRaw: handlesAndDue[2].trim().replace(/,$/, "").split(/[\s,]+/).join(", "), text: handlesAndDue[1].trim(), dueRaw: handlesAndDue[3].trim() };
  const dashOwner = DASH_OWNER.exec(text);
  if (dashOwner && isOwner(dashOwner[2])) return { ownersRaw: dashOwner[2], text: dashOwner[1].trim() };
  const closing = readTrailingParenthesis(text);
  if (closing && !/^[A-Z]+$/.test(closing.inside) && isOwner(closing.inside)) return { ownersRaw: closing.inside, text: closing.text };
  return readOwnerFirst(text) ?? { ownersRaw: null, text };
}
function withoutPluginFields(text) {
  let due = null;
  let scheduled = null;
  const rest = text.replace(TASK_PLUGIN_FIELD, (_field, sign, date) => {
    if (sign === "\u{1F4C5}") due = date ?? null;
    else if (sign === "\u23F3") scheduled = date ?? null;
    return "";
  });
  return { text: rest.trim(), dueRaw: due ?? scheduled };
}
var JOINED_OWNER = letterPattern(String.raw`^(?:\+|&|and) (@?\p{Lu}[\p{L}'\u2019-]*) `, "u");
function readMentions(text, isOwner) {
  const owners = [];
  let rest = text;
  for (let m = NAME_MENTION.exec(rest); m; m = NAME_MENTION.exec(rest)) {
    const words2 = m[0].slice(1).split(" ");
    let full = null;
    for (let count = words2.length; count >= 2 && !full; count--) if (isOwner(words2.slice(0, count).join(" "))) full = words2.slice(0, count).join(" ");
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

// src/parse/action-lines.ts
var TRAILING_OWNER = /^(.+?)\s*(?:[-\u2013\u2014]\s*|\(|\[)((?:[A-Z][A-Za-z]{0,3}[A-Z]|All)(?:\s*(?:,|\/|&|and)\s*[A-Z][A-Za-z]{0,3}[A-Z])*)[)\]]?\.?$/;
var MINUTE_REF_FIRST = /^(?:MIN\.? )?([A-Z]{0,3}\d{1,4}\/(?:[A-Z]{1,8}\/){0,3}\d{1,4}(?:\.\d{1,2})?|[A-Z]{1,3}\.\d{2}\.\d{1,3})\s+(?:[\u2013\u2014-]\s+)?(?=[A-Z])/;
var ACTION_ID_FIRST = /^([A-Z]{1,3}-?\d{1,3}) [-\u2013\u2014] (?=[A-Z])/;
var NUMBER_SIGN_FIRST = /^(?:No\.\s?|#)(\d{1,4})[:.)]?\s+(?=[A-Z])/;
var ENUMERATED = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+/;
var CLOSED_IN_PROSE = /[;,.] this action (?:is|has been|was|can be) (?:now )?(?:closed|complete|completed|done|discharged)\.?$/i;
var PROSE_REF = /^([A-Z]{1,6}[/-]\d{2}[/-]\d{1,3}) (?:\([^()]{1,80}\))?:? ?/;
var OWNERS_ONLY = letterPattern(String.raw`^\p{Lu}[\p{L}'.-]*(?:(?:,? | and | & |\/)\p{Lu}[\p{L}'.-]*){0,5}\.?$`, "u");
var TRACKBOT = /^<trackbot> Created (ACTION-\d{1,6}) - (.*)\]\.?$/;
var TRACKBOT_DUE = / - due ([^\]]{1,40})$/;
var SPEAKER = letterPattern(String.raw`^[\p{L}@][\p{L}\d@./-]{0,30}: `, "u");
var ADDRESSED2 = letterPattern(String.raw`^\p{Lu}[\p{L}'-]{0,30}, `, "u");
var PARAGRAPH_NUMBER_CELL = /^\d{1,2}\.\d{1,2}\.?$/;
var SUB_PARAGRAPH_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s+/;
var CARRIED_OVER = / ?\((carried(?: over| forward)?(?:, [^()]{1,60})?|c\/f|b\/f)\)/i;
var SECTION = ACTION_SECTION;
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
      let { text, lines: spanned } = marked2.ended ? { text: marked2.text, lines: [lines[i + bracketed]] } : withContinuation(lines, i + bracketed, marked2.text);
      if (bracketed) spanned.unshift(line);
      const whole = spanned.length > 1 + bracketed && !marked2.narrative ? readMarked(`${first}${text.slice(marked2.text.length)}`, true, isOwner) : null;
      if (whole && !whole.none && !whole.narrative && (whole.ownersRaw !== null || marked2.ownersRaw === null)) {
        marked2 = whole;
        text = whole.text;
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
      const entry = inlineAction(marked2, text, line.checked, spanned, "inline");
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
          const { text, lines: spanned } = withContinuation(lines, i, task.text);
          i += spanned.length - 1;
          const entry = inlineAction(task, text, null, spanned, section);
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
        const { text, lines: spanned } = withContinuation(lines, i, body);
        i += spanned.length - 1;
        const entry = inlineAction({ ownersRaw: namedOwners }, named[1], null, spanned, section);
        entry.progress = text.slice(text.indexOf(named[4]));
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
        const { text, lines: spanned } = dashed ? { text: dashed.text, lines: dashedOn ? [line, lines[i + 1]] : [line] } : withContinuation(lines, i, owned.text);
        i += spanned.length - 1;
        if (opensDetail(line, text)) detailDepth = line.depth;
        const labelled = section === "matters-arising" ? LABELLED_PROGRESS.exec(text) : null;
        const dashedProgress = section === "matters-arising" && dashed && !labelled ? DASHED_PROGRESS.exec(text) : null;
        const progress = (dashedProgress && startsWithStatus(dashedProgress[2]) ? dashedProgress : null) ?? (section === "matters-arising" && !labelled && !SPACED_DASH_IN.test(text) ? statusSentence(text) : null);
        const entry = inlineAction(owned, labelled ? labelled[1] : progress ? progress[1] : text, null, spanned, section);
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
        const { text, lines: spanned } = withContinuation(lines, i, body);
        i += spanned.length - 1;
        if (opensDetail(line, text)) detailDepth = line.depth;
        const entry = withStatus(inlineAction({ ownersRaw: group?.ownersRaw ?? null }, text, null, spanned, section));
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
var RESTATED = 0.5;
function proseTasks(lines, read, isSomeone, marked) {
  const taken = new Set(read.flatMap((entry) => entry.lines));
  const tasks = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== "text" && lines[i].kind !== "item" || lines[i].cells || taken.has(lines[i].line)) continue;
    tasks.push(...proseTasksOn(lines, i, isSomeone, marked));
  }
  return tasks;
}
var CAPITALS_LABEL = /^[A-Z]{3,}:\s/;
var MOTION_RESULT_LAST = /\b(?:motion|it) (?:passes|passed|carries|carried|fails|failed)$/i;
var LAST_WORDS_OPEN = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))[.!?]["\u201d\u2019)]? +[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?: ${PROSE_TASK_VERB})?$`);
var TITLED_AFTER_CLAUSE = new RegExp(String.raw`, (?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)? ${PROSE_TASK_VERB} [a-z])`, "g");
var CLAUSE_WORDS = /\b[a-z]+\b.*\b[a-z]+\b/;
var SENTENCE_BREAK = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))[.;!?]["\u201d\u2019)]? +(?=[A-Z])`, "g");
var SENTENCE_END4 = new RegExp(String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))(?:[.!?](?= +[A-Z])|;(?= (?:The )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|and|&)){0,4} ${PROSE_TASK_VERB} [a-z]))`);
function proseTasksOn(lines, index, isSomeone, marked) {
  const line = lines[index];
  const text = line.text;
  const next = lines[index + 1];
  const continues2 = next !== void 0 && !next.blockStart && next.kind === "text" && !next.cells;
  const opening = continues2 ? LAST_WORDS_OPEN.exec(text) : null;
  const lastWord = opening ? opening.index + opening[0].search(/[A-Z]/) : -1;
  if (lastWord < 0 && !text.includes(" to ") && !text.includes(" will ")) return [];
  const label = SPEAKER.exec(text);
  const topic = label !== null && !isSpeaker(label[0].slice(0, -2), isSomeone);
  if (label && !topic) return [];
  const wrapped = lastWord > 0 ? joinWrapped(text, next.text) : text;
  const previous = lines[index - 1];
  const opensSentence = line.blockStart || !previous || previous.kind === "heading" || /[.!?:;]["\u201d\u2019)]?$/.test(previous.text) || NEXT_ITEM.test(previous.text) || CAPITALS_LABEL.test(previous.text) || TITLED_INSTRUCTION.test(text) || MOTION_RESULT_LAST.test(previous.text);
  const starts = opensSentence && (line.kind === "text" || line.kind === "item" && line.depth === 0 && line.checked === null) ? [0] : [];
  if (topic && starts.length > 0) starts.push(label[0].length);
  for (const m of text.matchAll(SENTENCE_BREAK)) starts.push(m.index + m[0].length);
  for (const m of text.includes(", ") ? text.matchAll(TITLED_AFTER_CLAUSE) : []) if (CLAUSE_WORDS.test(text.slice(0, m.index).split(/[.;,]/).at(-1))) starts.push(m.index + 2);
  if (lastWord > 0) starts.push(lastWord);
  const tasks = [];
  for (const start of starts) {
    const crosses = start === lastWord;
    const owned = taskAt(crosses ? wrapped : text, start, isSomeone, marked, line.line) ?? (marked.length > 0 ? null : pronounTask(lines, index, start, isSomeone));
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
  const text = lines[index].text;
  PRONOUN_TASK.lastIndex = start;
  const pronoun = PRONOUN_TASK.exec(text);
  if (!pronoun) return null;
  const paragraph = [text.slice(0, start)];
  for (let k = index; k > 0 && index - k < 4 && !lines[k].blockStart; k--) {
    const previous = lines[k - 1];
    if (previous.kind !== "text" || NEXT_ITEM.test(previous.text)) break;
    paragraph.unshift(previous.text);
  }
  const before = paragraph.join(" ").trim();
  const sentences = before.split(SENTENCE_BREAK);
  const subject = SENTENCE_SUBJECT.exec(sentences[sentences.length - 1] ?? "");
  return subject && isSomeone(subject[1]) ? { ownersRaw: subject[1], text: text.slice(start + pronoun[0].length) } : null;
}
var SENTENCE_SUBJECT = /^((?:(?:Mr|Mrs|Ms|Dr|Cllr)\.? )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) (?=[a-z])/;
function marksSameTask(entry, proseLine, proseOwners) {
  if (entry.line < proseLine || entry.line > proseLine + MARKED_AFTER_PROSE || entry.ownersRaw === null) return false;
  const owner = fold(stripHonorifics(proseOwners));
  return splitOwnerNames(entry.ownersRaw).some((name) => {
    const folded = fold(stripHonorifics(name));
    const words2 = folded.split(" ");
    return folded === owner || words2.map((word) => word[0]).join("") === owner.replace(/ /g, "") || words2.includes(owner) || owner.split(" ").includes(words2[words2.length - 1]);
  });
}
var MARKED_AFTER_PROSE = 4;
function splitOwnerNames(raw) {
  return raw.split(/\s*(?:,|;|\/|&|\+|\band\b)\s*/).filter(Boolean);
}
function taskAt(text, start, isSomeone, marked, lineNumber) {
  DIRECTED.lastIndex = start;
  const directed = DIRECTED.exec(text);
  WE_ASK.lastIndex = start;
  const asked = directed ? null : WE_ASK.exec(text);
  PROSE_TASK_START.lastIndex = start;
  if (!directed && !asked && !PROSE_TASK_START.test(text)) return null;
  const given = directed ?? asked;
  const owned = given ? { ownersRaw: given[1].replace(/^the /, "").trim(), text: text.slice(start + given[0].length) } : readOwnerFirst(text.slice(start));
  const toAll = GROUP_OWNER.test(owned?.ownersRaw ?? "") && INSTRUCTION.test(text.slice(start));
  if (!owned || !directed && !isSomeone(owned.ownersRaw) && !STAFF.test(owned.ownersRaw) && !toAll) return null;
  if (!directed && (asked || !INSTRUCTION.test(text.slice(start))) && marked.some((entry) => entry.context === "actions-section" || marksSameTask(entry, lineNumber, owned.ownersRaw))) return null;
  return { ownersRaw: owned.ownersRaw, text: owned.text };
}
var OWNER_LABEL_FIRST = /^(?:owners?|assignee|assigned to|responsible|who)\s?:\s+(?=\S)/i;
var OWNER_THEN_TASK = /^(?:owners?|assignee|assigned to|responsible|who) ?: +(?:[^\s\u2013\u2014]+ ){1,6}[\u2013\u2014-] [a-z]/i;
var NO_ONE_DASH = /^(?:unassigned|tbc|tbd|n\/a|none|no one|nobody)\s[\u2013\u2014-]\s(\S.*)$/i;
var OWNERS_CLOSING = /^([A-Za-z][^()]{2,300}?) \(([A-Z](?:[^()]|\(\w{1,4}\)){0,40})\)$/;
function progressBelow(lines, index, body, isOwner) {
  let end = index + 1;
  let text = body;
  for (; end < lines.length && end <= index + 4 && isWrapped(lines[end]) && !STATUS_LINE.test(lines[end].text); end++) text = `${text} ${lines[end].text}`;
  const spanned = lines.slice(index, end);
  const named = text.endsWith(")") ? OWNERS_CLOSING.exec(text) : null;
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
var MATTER_THEN_TASK = /^[A-Z][^:]{2,80}: (?=(?:The )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4} (?:was|were) to [a-z])/;
function taskSetEarlier(body, isOwner) {
  if (!body.includes(" to ")) return null;
  const matter = MATTER_THEN_TASK.exec(body);
  const owned = readOwnerFirst(matter ? body.slice(matter[0].length) : body);
  if (!owned || !(matter || isOwner(owned.ownersRaw)) || !/ (?:was|were) to /.test(body)) return null;
  const end = owned.text.search(SENTENCE_END4);
  if (end < 0) return { ...owned, progress: null };
  return { ownersRaw: owned.ownersRaw, text: owned.text.slice(0, end + 1), progress: owned.text.slice(end + 1).trim() || null };
}
function inlineAction(found, text, checked2, spanned, context) {
  const wording = text.endsWith(")") ? text.replace(RECORDING_TIME, "") : text;
  const action = { ownersRaw: found.ownersRaw, text: wording, checked: checked2, line: spanned[0].line, lines: spanned.map((l) => l.line), context };
  if (found.narrative) action.narrative = true;
  return action;
}
var RECORDING_TIME = /\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$/;
var UNASSIGNED = /^(?:unassigned|no owner|not assigned|everyone|all)$/i;
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
var EMAIL_DASH_FIRST = /^[\w.+'-]{1,64}@[\w.-]{1,200} [\u2013\u2014-] /;
function isSpeaker(label, isSomeone) {
  return /^[A-Z]{2,4}$/.test(label) || !new RegExp("^\\p{Lu}\\p{Ll}+$", "u").test(label) || isSomeone(label);
}
var OLD_BUSINESS = /\b(?:old|unfinished) business\b/;
function reportsProgress(line) {
  const at = line ? line.text.search(/ [\u2013\u2014-] |: /) : -1;
  return at > 0 && startsWithStatus(line.text.slice(at).replace(/^\s*[\u2013\u2014:-]\s*/, ""));
}
var VOTED_BUSINESS = /^(?:\d{1,2}|[ivx]{1,4})[.)]?\s+action items$/;
var LETTERED_TITLE = /^([A-H])[.)]\s+[A-Z]/;
var OWNER_DASH_LINE = /^[A-Z][\w.'&/ ]{0,40}? [-\u2013\u2014] [A-Z][a-z]/;
function isInstructionLine(text) {
  const owned = readOwnerFirst(text);
  return owned !== null && text.slice(0, text.length - owned.text.length).trimEnd().endsWith(" to");
}
function isBareHeading(line, next, isOwner) {
  if (line.kind !== "text" || !line.blockStart || line.checked !== null || line.cells || line.text.length > 50) return false;
  if (next === void 0 || next.kind !== "item" && next.blockStart) return false;
  return BARE_HEADING.test(line.text) && !TASK_GLYPH.test(line.text) && !isOwner(line.text);
}
var BARE_HEADING = new RegExp("^\\p{Lu}[^.:;,!?]*[\\p{L}\\d)']$", "u");
function endsSection(line, depth) {
  if (line.kind === "heading") return depth === 0 || line.depth <= depth || NEXT_ITEM.test(line.text);
  return line.kind === "text" && line.blockStart && NEXT_ITEM.test(line.text);
}
var NEXT_ITEM = letterPattern(String.raw`^(?:(?:item|minute|top) \d{1,4}|min\.? \d{1,4}(?:\/\d{1,4}){0,2}|(?:[A-Z]{1,6}\d{0,4}|\d{1,4})\/\d{1,4}(?:\/\d{1,4}){0,2}|[A-Z]{1,4}\.\d{2}\.\d{1,3}|\d{4}\.\d{1,3}|\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5})[.:)]?\s+(?:[\u2013\u2014-]\s+)?\p{Lu}`, "iu");
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
var FIELDS_AFTER_SENTENCE = /(?<=[.;])\s+(?=(?:responsible|owner|lead|deadline|due|due date|by when|timeline)\s?:)/i;
function unbold(text) {
  return text.includes("**") ? text.replace(/^\*\*|\*\*/g, "") : text;
}
function readNumbered(body) {
  const m = /^(.*\S)\s\(([^()]{1,160})\)\**$/.exec(body);
  if (m) return { ownersRaw: m[2].trim(), text: m[1] };
  return readOwnerFirst(body) ?? { ownersRaw: null, text: body };
}
function readTrailingTag(text, isOwner) {
  const tags = readTags(text, isOwner);
  if (tags.length === 0) return null;
  const last = tags[tags.length - 1];
  if (tags.length === 1 && !last.narrative) return { ownersRaw: last.ownersRaw, text: last.text };
  const read = { ownersRaw: last.ownersRaw, text: last.text, narrative: true };
  if (last.status) read.status = last.status;
  return read;
}
function readTrailingOwner(text) {
  const m = TRAILING_OWNER.exec(text);
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
var TOPIC_OWNER_PROGRESS = /^([A-Z][^\u2013\u2014;]{2,80}?) [\u2013\u2014-] ([^;]{1,80}); (\S.*)$/;
var NAMED_WITH_OWNERS = new RegExp(String.raw`^([A-Za-z][^()]{2,80}?) \(((?:[A-Z]|(?:${NAME_PARTICLE} )+[A-Z])(?:[^()]|\(\w{1,4}\)){0,40})\)( [-\u2013\u2014]|:) (\S.*)$`);
var DASHED_PROGRESS = /^(.+) [\u2013\u2014-] ([^\u2013\u2014]+)$/;
var TASK_OWNER_STATUS = /^(\S.{2,200}?) [\u2013\u2014] ([^\u2013\u2014]{2,60}?) [\u2013\u2014] (\S.*)$/;
function hasDashedStatus(body) {
  const parts = DASHED_PROGRESS.exec(body);
  return parts !== null && / [\u2013\u2014-] /.test(parts[1]) && startsWithStatus(parts[2]);
}
var RAISED_NOTE = /,\s(?:from|since|raised|carried)\b.*$/;
var STATUS_IN_BRACKETS = /^\[([^\]]{1,24})\]\s+/;
var STATUS_LINE = /^(?:status|progress|update|ai):\s*(\S.*)$/i;
var SPACED_DASH_IN = / [-\u2013\u2014] /;
function statusSentence(text) {
  for (const m of text.matchAll(/[.!?] (?=[A-Z])/g)) {
    const rest = text.slice(m.index + 2);
    if (startsWithStatus(rest)) return [text, text.slice(0, m.index + 1), rest];
  }
  return null;
}
var LABELLED_PROGRESS = /^(.+?)\s(?:\[[^\]]{1,60}\]\s)?(?:Status|Progress|Update):\s(.+)$/;
function withContinuation(lines, start, first) {
  const spanned = [lines[start]];
  let text = first;
  for (let i = start + 1; i < lines.length && i <= start + 8; i++) {
    const next = lines[i];
    if (isDashedStatus(next)) {
      spanned.push(next);
      return { text: `${text} ${next.marker} ${next.text}`, lines: spanned };
    }
    if (text === "" && i === start + 1 && next.kind === "item" && next.marker !== null && /^[-\u2013\u2014]$/.test(next.marker)) {
      text = next.text;
      spanned.push(next);
      continue;
    }
    if (next.blockStart || next.cells || next.kind !== "text" || ENUMERATED.test(next.text) || /^[{<*\u2610-\u2612\u21b3]/.test(next.text) || TASK_GLYPH.test(next.text) || STATUS_MARK.test(next.text) || readMarked(next.text) || givesOwnerOrDue(next.text) || EMAIL_DASH_FIRST.test(next.text)) break;
    if (/[.!?]["\u201d\u2019)]?$/.test(text) && !startsLowerCase(next.text)) break;
    if (startsUpperCase(next.text) && !mayWrapOnto(lines, i - 1) && !readActionFields(next.text) && !ENDS_MID_CLAUSE.test(text)) break;
    if (endsWithDate(text) && startsUpperCase(next.text)) break;
    text = `${text} ${next.text}`;
    spanned.push(next);
  }
  return { text, lines: spanned };
}
var ENDS_MID_CLAUSE = /(?:[-\u2013\u2014,&(]|\s(?:and|or|the|of|to|for|by|with|a|an))$/;
var DATE_TAIL = 32;
function endsWithDate(text) {
  const tail = text.slice(-DATE_TAIL);
  const last = findDates(tail).at(-1);
  return last !== void 0 && last.hasYear && last.index + last.length === tail.length;
}
var TASK_LABEL = /^(?:task|action(?: item)?|to ?do):\s+/i;
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
function givesOwnerOrDue(text) {
  const fields = readActionFields(text);
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
function endsWithProgress(text) {
  const dash = text.search(/ [-\u2013\u2014] /);
  return dash > 0 && startsWithStatus(text.slice(dash + 3));
}
function closedInProse(line, end) {
  let text = line.text.slice(0, end);
  const ref = PROSE_REF.exec(text);
  if (ref) text = text.slice(ref[0].length);
  const entry = inlineAction({ ownersRaw: null }, text, true, [line], "matters-arising");
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
  const text = lastSentence(spanned.map((l) => l.text).join(" "));
  return text ? { text, lines: spanned } : null;
}
var LOG_NUMBER = /^[A-Z]{0,4}[\d/.-]{1,10}$/;
var ENUMERATED_CELL = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]$/;
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
var BY_FIRST_NAME = letterPattern(String.raw`\bby \p{Lu}[\p{Ll}'\u2019-]+$`, "u");
function opensDetail(line, text) {
  return line.kind === "item" && text.endsWith(":");
}
function isSectionTask(lines, index, body, isOwner) {
  let before = index - 1;
  while (before > 0 && before > index - 8 && isWrapped(lines[before])) before--;
  const previous = lines[before]?.kind === "item" ? lines[before] : lines[index - 1];
  if (!sameList(previous, lines[index]) && sectionHeading(lines[index - 1], lines[index]) === null) return false;
  if (SPEAKER.test(body) || body.endsWith("?") && ADDRESSED2.test(body)) return false;
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
  let text = written;
  for (let i = index + 1; i < lines.length && i <= index + 3; i++) {
    const next = lines[i];
    if (next.cells || next.text.length > 160 || next.text.endsWith(":") || (isDashedStatus(next) ? false : next.blockStart || next.kind !== "text")) break;
    const joined = text === "" ? next.text : `${text} ${next.kind === "item" ? `${next.marker} ` : ""}${next.text}`;
    if (!looksLikeOwners(readTrailingStatus(joined, startsWithStatus)?.text ?? joined)) break;
    text = joined;
    spanned.push(next);
  }
  const status = readTrailingStatus(text, startsWithStatus);
  return status ? { owners: status.text, status: status.status, lines: spanned } : { owners: text, lines: spanned };
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
  const lineOf = (offset) => {
    let k = offsets.length - 1;
    while (k > 0 && offsets[k] > offset) k--;
    return start + k;
  };
  const entries = [];
  for (const tag of tags) {
    if (tag.ownersRaw === "" || !tag.text) continue;
    const ownerFirst = tag.narrative ? readOwnerFirst(tag.text) : null;
    const owned = ownerFirst && (isOwner(ownerFirst.ownersRaw) || fold(tag.ownersRaw ?? "").includes(fold(ownerFirst.ownersRaw))) ? ownerFirst : null;
    const spanned = [...lines.slice(lineOf(tag.textAt), index), ...tag === tags[tags.length - 1] ? more.lines : [lines[index]]];
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

// src/parse/tables.ts
var FIELD_NAMES = [
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
var PREVIOUS = /\b(?:previous|last|earlier|prior|outstanding|action taken|matters arising|carried forward|brought forward|progress on actions|update on actions|action updates|review of action|status of action|(?:considered|reviewed) the rolling action log)\b/i;
var ACTIONS_WORD = /\b(?:action|task|follow[- ]up|open points?)/i;
var THIS_MEETING = /\b(?:this meeting|arising from this|new actions|actions arising(?! from (?:the )?(?:previous|earlier|past|last|prior)))\b/i;
var ITEM_TITLE = /^(?:\d{1,3}|[ivx]{1,5})[.:)]?\s/i;
var MATTERS_ARISING = /\bmatters arising\b/i;
var FILL_IN = /_{5,}/;
var LEGEND = /^(?:b?rag |status |colour )?key\s?:/i;
var LOG_LABEL = /^(?:the )?actions? (?:log|tracker|list|register|table)\b/i;
var RAG_HEADER = /^rag(?: status| rating)?$/i;
function fieldOf(cell) {
  const name = cell.toLowerCase().replace(/[.:*?]/g, "").replace(/\s+/g, " ").trim();
  for (const [field, pattern] of FIELD_NAMES) if (pattern.test(name)) return field;
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
function findActionTables(source, meetingDate = null, order = "dmy") {
  const tables = [];
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const fields = readHeader(lines[i]);
    if (!fields) continue;
    const table = { kind: tableKind(lines, i), fields, rows: [], line: lines[i].line };
    let j = i + 1;
    let earlier = table.kind === "previous";
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line.cells) {
        const below = lines[j + 1]?.cells;
        if (line.text.length < 80 && below && !readHeader(lines[j + 1]) && (!line.blockStart || below.length === fields.length)) {
          earlier = sectionKind(line.text, meetingDate, order) ?? earlier;
          continue;
        }
        break;
      }
      if (readHeader(line)) continue;
      const continued = continuationRows(lines, j);
      const row2 = readRow(fields, continued > 0 ? { ...line, cells: withContinuations(line.cells, lines.slice(j + 1, j + 1 + continued)) } : line);
      j += continued;
      if (typeof row2 === "string") earlier = (row2 ? sectionKind(row2, meetingDate, order) : null) ?? earlier;
      else if (row2) {
        row2.earlier = earlier;
        table.rows.push(row2);
      }
    }
    tables.push(table);
    i = j - 1;
  }
  return tables;
}
function sectionKind(text, meetingDate, order) {
  const date = findDate(text, { order });
  if (date && meetingDate && /\baction/i.test(text)) return date.iso < meetingDate;
  if (/\b(?:this meeting|new actions|actions arising|arising from)\b/i.test(text)) return false;
  if (PREVIOUS.test(text) && ACTIONS_WORD.test(text)) return true;
  return null;
}
function readRow(fields, line) {
  const value = (field) => {
    const index = fields.indexOf(field);
    const cell = index >= 0 ? line.cells[index]?.trim() : "";
    return cell ? cell : null;
  };
  const text = value("text");
  if (text !== null && FILL_IN.test(text)) return null;
  const filledCells = line.cells.filter(Boolean);
  if (filledCells.length === 1 && !text) return filledCells[0];
  if (!text) return null;
  const wording = !fields.includes("owner") && OWNERS_ONLY2.test(text) ? discussionOf(fields, line.cells) : null;
  const row2 = {
    id: value("id"),
    minute: value("minute"),
    text: wording ? taskFor(wording, text) : text,
    owner: wording ? text : value("owner"),
    others: value("others"),
    raised: value("raised"),
    due: value("due"),
    progress: value("progress"),
    status: value("status"),
    rag: value("rag"),
    line: line.line,
    earlier: false
  };
  if (row2.due !== null && !fields.includes("status") && !fields.includes("progress") && startsWithStatus(row2.due) && findDate(row2.due) === null) {
    row2.status = row2.due;
    row2.due = null;
  }
  const filled = [row2.owner, row2.others, row2.raised, row2.due, row2.progress, row2.status].some(Boolean);
  const hasOtherColumns = fields.some((f) => f !== "id" && f !== "minute" && f !== "text" && f !== null);
  if (!filled && hasOtherColumns) return row2.id ? "" : text;
  return row2;
}
var OWNERS_ONLY2 = /^(?:All|[A-Z][A-Za-z]{0,3}[A-Z])(?:\s*(?:\/|,|&|and)\s*(?:All|[A-Z][A-Za-z]{0,3}[A-Z]))*$/;
function discussionOf(fields, cells) {
  let longest = "";
  cells.forEach((cell, i) => {
    if (fields[i] === null && cell.trim().length > longest.length) longest = cell.trim();
  });
  return longest.length >= 20 ? longest : null;
}
var OWNERS_OPENING = /^[^\s/,&]+(?:\s*[/,&]\s*[^\s/,&]+|\s+and\s+[^\s/,&]+)* (?:to|will) /;
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
  let count = 0;
  for (let next = lines[index + 1]; next?.cells && !next.blockStart && filled(next.cells) > 0 && (next.cells[0] === "" ? filled(next.cells) <= most2 : carriesOn(lines[index + count].cells, next.cells)); next = lines[index + 1 + ++count]) ;
  return count;
}
function carriesOn(above, cells) {
  const filled = cells.filter(Boolean).length;
  return cells.length === above.length && filled < above.filter(Boolean).length && cells.every((text, k) => !text || above[k] !== void 0 && (endsMidPhrase(above[k]) || startsLowerCase(text)));
}
function withContinuations(cells, more) {
  const joined = [...cells];
  for (const row2 of more) {
    row2.cells.forEach((text, k) => {
      if (text && joined[k] !== void 0) joined[k] = `${joined[k]} ${text}`.trim();
    });
  }
  return joined;
}

// src/parse/actions.ts
var MATCH_THRESHOLD = 0.55;
var SAME_ITEM = 0.4;
var NEW_STATUS = /^new\b/i;
var CARRIED_PROGRESS = /^(?:carried|c\/f|b\/f)/i;
var SAME_TASK = 0.8;
function isMonthOfYear(cell, meetingDate) {
  const m = /^[A-Za-z]{3,9}\.? (\d{2})$/.exec(cell.trim());
  return m !== null && meetingDate !== null && m[1] === meetingDate.slice(2, 4);
}
var WEEKDAY_BEFORE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? +$/i;
var ITEM_TITLE2 = letterPattern(String.raw`^\d{1,3}\.? \p{L}{2,}`, "u");
var SENTENCE_BREAK2 = letterPattern(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, "u");
var CARRIED = /\s*\(?\b(?:c\/f|carried forward|b\/f|brought forward)\b[^)]*\)?\s*/i;
function extractActions(source, context) {
  const directory = new Directory([...context.attendees, ...context.apologies], source.text, context.aliases);
  const found = extractInlineActions(source, (raw) => directory.knows(raw), (raw) => directory.namesSomeone(raw), context.itemLines);
  const tables = findActionTables(source, context.meetingDate, context.order);
  const inline2 = tables.some((table) => table.kind === "log") ? found.filter((entry) => !entry.prose) : found;
  const updates = [];
  const raisedToday = (row2) => context.meetingDate !== null && row2.raised !== null && parseDateCell(row2.raised, { order: context.order }) === context.meetingDate;
  const todaysRows = [];
  for (const table of tables.filter((t) => t.kind === "previous")) {
    for (const row2 of table.rows) {
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
    const key = `${fold(entry.ownersRaw ?? "")}\0${fold(entry.text)}`;
    if (!row2 && raisedAlready.has(key)) continue;
    raisedAlready.add(key);
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
    const key = `${owners}\0${fold(updates[k].text)}`;
    const carriedAgain = CARRIED_PROGRESS.test(updates[k].progress ?? "") && updates.slice(0, k).some((earlier2) => earlier2.owners.map((owner) => owner.name).join(", ") === owners && textSimilarity(earlier2.text, updates[k].text) >= SAME_TASK);
    if (reportedOnce.has(key) || carriedAgain) updates.splice(k--, 1);
    else reportedOnce.add(key);
  }
  directory.settleNames([...actions, ...updates].flatMap((a) => a.owners));
  for (const [person, initials] of directory.initialsUsed([...actions, ...updates].flatMap((a) => a.owners))) person.initials = initials;
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
      if (directory.resolveNames(rowOwnerCells[r]).some((name) => entryOwners.has(name))) score += 0.15;
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
    const same = (names) => names.length === owners.length && names.every((name) => owners.includes(name));
    const rowsOfOwner = unpairedRows.filter(({ row: row2, owners: names }) => !used.has(row2) && same(names));
    const entriesOfOwner = narratives.filter((other) => !pairs.has(other) && same(directory.resolveNames(other.ownersRaw)));
    if (owners.length > 0 && rowsOfOwner.length === 1 && entriesOfOwner.length === 1) {
      pairs.set(entry, rowsOfOwner[0].row);
      used.add(rowsOfOwner[0].row);
    }
  }
  return pairs;
}
function earlierRows(rows, paired, { meetingDate, order, itemNumbers }, reportedApart = false) {
  const items = itemNumbers === void 0 ? void 0 : new Set([...itemNumbers].map(withoutLetters));
  const isItem = (minute) => items.has(withoutLetters(minute));
  const byMinute = items !== void 0 && rows.some((row2) => minuteOf(row2) !== null && isItem(minuteOf(row2)));
  const series = new Set([...paired].map((row2) => seriesOf(row2.id)).filter((s) => s !== null));
  const lowest = /* @__PURE__ */ new Map();
  for (const row2 of paired) {
    const key = seriesOf(row2.id);
    const n = numberOf(row2.id);
    if (key !== null && n !== null && n < (lowest.get(key) ?? Infinity)) lowest.set(key, n);
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
    const due = row2.due ? parseDateCell(row2.due, { order, reference: meetingDate }) : null;
    const rowSeries = seriesOf(row2.id);
    if (byMinute && minuteOf(row2) !== null && !isItem(minuteOf(row2)) || underOtherItemOfItsKind(row2, itemNumbers) || meetingDate && raised && raised < meetingDate || meetingDate && !raised && due && due < meetingDate && !reportedApart || series.size === 1 && rowSeries !== null && !series.has(rowSeries) || rowSeries !== null && (numberOf(row2.id) ?? Infinity) < (lowest.get(rowSeries) ?? -Infinity) || CARRIED.test(`${row2.text} ${row2.due ?? ""} ${row2.status ?? ""} ${row2.progress ?? ""}`) || raisedInEarlierMonth(row2.id, meetingDate)) {
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
var ACTION_OF_MINUTE = /\.\d{1,2}$/;
var YEAR_MONTH_ID = /^(?:[A-Z]{1,6}[-/ ]?)?(\d{2})\/(\d{2})[-.](\d{1,3})$/;
function raisedInEarlierMonth(id, meetingDate) {
  const m = id && meetingDate ? YEAR_MONTH_ID.exec(id) : null;
  if (!m || +m[2] < 1 || +m[2] > 12) return false;
  return `20${m[1]}-${m[2]}` < meetingDate.slice(0, 7);
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
  const text = (entry?.narrative && row2 ? rowText : entryText) || rowText;
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
    text,
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
var RANGE_AFTER = /^\s?(?:[\u2013\u2014-]|to|until)\s?\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
function dueInText(text, context) {
  const dates = findDates(text, { order: context.order, reference: context.meetingDate });
  for (const date of dates.reverse()) {
    const before = text.slice(Math.max(0, date.index - 40), date.index);
    const after = text.slice(date.index + date.length, date.index + date.length + 40);
    if (RANGE_AFTER.test(after)) continue;
    if (DUE_CUE.test(before) || DUE_CUE.test(before.replace(WEEKDAY_BEFORE, "")) || isMeetingFor(before, after)) {
      return { iso: date.iso, raw: text.slice(date.index, date.index + date.length) };
    }
  }
  return relativeDue(text, context.meetingDate, false, context.order);
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
  let text = row2.text;
  let progress = row2.status && row2.progress ? `${row2.status} \u2013 ${row2.progress}` : row2.progress ?? row2.status;
  const carried = CARRIED.exec(text);
  if (carried) {
    text = text.replace(CARRIED, " ").trim();
    progress ??= carried[0].trim().replace(/^\(|\)$/g, "");
  } else if (row2.due && CARRIED.test(row2.due)) progress ??= row2.due;
  const owners = [...directory.resolveAll(row2.owner, row2.line), ...directory.resolveAll(row2.others, row2.line)];
  const read = readStatus(row2.status ?? row2.progress ?? (carried ? "c/f" : null), context.closedWords);
  return {
    ref: row2.id,
    text,
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
var PROGRESS_SEPARATOR = /\s[-\u2013\u2014\u2192]\s|[\u2013\u2014]|:\s/g;
function splitProgress(text, checked2) {
  const splits = [...text.matchAll(PROGRESS_SEPARATOR)].map((m) => [text.slice(0, m.index).trimEnd(), text.slice(m.index + m[0].length).trim()]).filter(([before, after]) => before !== "" && after !== "");
  const last = splits.at(-1);
  if (!last) return null;
  const saysStatus = ([, after]) => startsWithStatus(after) || endsWithStatus(after);
  return saysStatus(last) || checked2 ? last : splits.find(saysStatus) ?? null;
}
var ONLY_DASH = " \u2013 ";
function beforeOnlyDash(text) {
  const at = text.indexOf(ONLY_DASH);
  return at > 0 && text.indexOf(ONLY_DASH, at + 1) < 0 ? text.slice(0, at).trimEnd() : null;
}
function updateFromEntry(entry, directory, context, progressAfterDash = false) {
  let text = entry.text;
  let progress = entry.progress ?? null;
  const before = progressAfterDash ? beforeOnlyDash(text) : null;
  const split = progress === null ? splitProgress(text, entry.checked !== null) ?? (before ? [before, text.slice(text.indexOf(ONLY_DASH, before.length) + ONLY_DASH.length).trim()] : null) : null;
  if (split) [text, progress] = split;
  progress ??= entry.mark ?? null;
  const read = entry.checked !== null ? { status: entry.checked ? "closed" : "open", rag: null } : readStatus(progress, context.closedWords);
  return {
    ref: entry.ref ?? null,
    text,
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
    const key = `${written}:${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
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

// src/parse/closures.ts
var BLANKET = /\ball (?:the )?(?:outstanding |previous |remaining )?actions(?: from (?:the|that) (?:last|previous)? ?meeting)?(?: on the action log)? (?:have|had) (?:now )?been (?:completed|closed|discharged|done)\b/i;
var BEEN = / been /i;
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

// src/parse/commitments.ts
var REFERENCE2 = /\bcommitments?\s+(?:no\.?\s*|number\s+)?(\d{1,4}(?:\s*(?:,|&|and|or)\s*\d{1,4})*)\b(?!\s*(?:%|per\s*cent|commitments))/gi;
var TITLED = /^commitment\s+(\d{1,4})\s*[-\u2013\u2014:]\s*(.+)$/i;
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
function numbersIn(text) {
  if (!/^\s*\d{1,4}(?:\s*(?:,|&|and|or)\s*\d{1,4})*\s*$/.test(text)) return [];
  return (text.match(/\d{1,4}/g) ?? []).map(Number);
}

// src/parse/decisions.ts
var MARKER = DECISION_MARKER;
var PARAGRAPH_NUMBER2 = /^\d{1,3}(?:\.\d{1,3})+\.?\s+/;
var PART = DECISION_PART;
var RESOLVED_WORD = / RESOLVED/;
var PARTS_SUBJECT = /^(?:(?:[Tt]hat|THAT)(?: the(?: [A-Z][\w'-]*){1,4})?)?:?$/;
var CONCLUSIONS_FIELD = /^(?:conclusions?|outcome)$/i;
var NOTHING_DECIDED = /\bno (?:decision|conclusion)s?\b|^none\b|^for (?:information|noting)\b/i;
var RESOLVED_THAT_LEAD_IN = / (?:unanimously )?(?:resolved|agreed|decided)(?: that| to)?:(?: ?[-\u2013])?$/i;
var NEXT_MOTION = /^(?:(?:(?:A|The) [Mm]otion|M(?:otion|OTION)) (?:was )?(?:made |moved |put )?(?:by|from|to|that) |M(?:otion|OTION): |It was (?:duly )?(?:moved|proposed) )/;
var MAX_WRAPPED_LINES = 8;
var CELL_MARKER = /(?:^|[.!?] ?)(?:Decision|Decided|Agreed|Resolved|RESOLVED|Approved|APPROVED|Resolution):\s*/g;
function extractDecisions(source, itemAt) {
  const decisions = [];
  const lines = source.lines;
  const numbered = /* @__PURE__ */ new Set();
  const addParts = (parts) => {
    for (const part of parts) decisions.push({ text: part.text, item: itemAt(part.line), line: part.line });
  };
  let table = null;
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
        table = { decision: decisionColumn, status: line.cells.findIndex((cell) => /^status$/i.test(cell.trim())), width: line.cells.length };
        continue;
      }
      if (table && line.cells.length === table.width) {
        const text2 = line.cells[table.decision];
        if (text2 && text2.split(" ").length >= MIN_DECISION_WORDS && !(table.status >= 0 && UNDECIDED_STATUS.test(line.cells[table.status] ?? ""))) decisions.push({ text: text2, item: itemAt(line.line), line: line.line });
        continue;
      }
      table = null;
      for (const cell of line.cells) for (const text2 of cellDecisions(cell)) decisions.push({ text: text2, item: itemAt(line.line), line: line.line });
      continue;
    }
    table = null;
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
        for (const text2 of motionParts(found.text)) decisions.push({ text: text2, item: itemAt(line.line), line: line.line });
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
    const text = line.lead && DECISION_LEAD.test(line.lead) ? `${line.lead}: ${line.text.slice(line.text.indexOf(line.lead) + line.lead.length).replace(/^[\s:*\u2013\u2014-]+/, "")}` : unsymbolled;
    const unnumbered = isDigit3(text.charCodeAt(0)) ? text.replace(PARAGRAPH_NUMBER2, "") : text;
    if ((unnumbered.startsWith("It was ") || unnumbered.includes(", it was ")) && PARTS_LEAD_IN.test(unnumbered)) {
      const { parts, end } = readParts(lines, i + 1);
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
      const { parts, end } = readParts(lines, i + 1);
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
      const { parts, end } = readParts(lines, i + 1);
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
    const verb = DECISION_VERB.test(text);
    const lineVerb = text === line.text ? verb : DECISION_VERB.test(line.text);
    if (!lineVerb && ON_MOTION.test(line.text)) {
      const whole = withWrapped(lines, i, line.text);
      const sentence2 = DECISION_VERB.test(whole) ? decisionSentence(whole, true) : null;
      if (sentence2) decisions.push({ text: sentence2, item: itemAt(line.line), line: line.line });
      continue;
    }
    const movedOnLine = text.includes(" moved") || text.includes(" proposed");
    const moverFirst = movedOnLine && MOVER_FIRST_MOTION.test(text);
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
    if (verb && opensFormalResolution(text)) {
      const found = sentencesAfter(BE_IT_RESOLVED, withWrapped(lines, i, text));
      for (const body of found) decisions.push({ text: body, item: itemAt(line.line), line: line.line });
      if (found.length > 0) continue;
    }
    if (verb && RESOLVED_WORD.test(text)) {
      const found = midlineResolutions(text);
      for (const body of found) decisions.push({ text: body, item: itemAt(line.line), line: line.line });
      if (found.length > 0) continue;
    }
    const sentence = lineVerb && decisionSentence(unsymbolled, true) && decisionSentence(withWrapped(lines, i, unsymbolled), true);
    if (sentence && !AWAITING_DATE.test(sentence)) decisions.push({ text: sentence, item: itemAt(line.line), line: line.line });
  }
  return decisions;
}
function sectionItems(lines, start) {
  const items = [];
  const depth = lines[start]?.kind === "item" ? lines[start].depth : -1;
  let i = start;
  for (; i < lines.length && lines[i].kind === "item" && lines[i].depth >= depth; i++) {
    if (lines[i].depth > depth) continue;
    const wrapped = [];
    const unmarked = lines[i].text.replace(LEADING_SYMBOL, "").replace(LISTED_MARKER, "");
    items.push({ text: withWrappedLines(lines, i, unmarked, MAX_WRAPPED_LINES, () => false, wrapped), line: lines[i].line });
    i += wrapped.length;
  }
  return { items, end: i };
}
var LISTED_MARKER = /^(?:Agreed|Decided|Decision|Resolved|Approved)\s*[:\u2013\u2014-]\s+/;
var MIN_DECISION_WORDS = 4;
var MAX_BLOCK_LINES = 30;
var VOTES = /^(?:votes?:?\s)?for:?\s\d{1,4},/i;
var BLOCK_PART = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(.+)$/;
var startsPart = (text, next) => BLOCK_PART.test(next.text) || TITLED_INSTRUCTION.test(next.text) || ENDS_SENTENCE.test(text) && startsUpperCase(next.text) || readActionMarker(next.text) !== null;
var endsWording = (text, next) => startsPart(text, next) || /\.["\u201d]?$/.test(text) || BLOCK_OUTCOME.test(englishSide(next.text)) || MOVER_LINE.test(next.text);
var ADJOURNMENT = /\b(?:to adjourn|(?:meeting|session|sitting) (?:be |is |was )?(?:now )?(?:adjourned|terminated|closed)|(?:council|committee|board|meeting) (?:do )?(?:now )?adjourn\b)\b/i;
function readMotionBlock(lines, index, inline2) {
  const isResolution = /resolution/i.test(lines[index].text);
  const parts = [];
  const wordingEnds = (text, next) => MOVER_LINE.test(next.text) || WORDING_OUTCOME.test(text) || NUMBERED_RESOLUTION.test(next.text);
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
function readParts(lines, start) {
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
    const text = line.kind === "item" && line.marker && !PART.test(line.text) ? `${line.marker} ${line.text}` : line.text;
    const m = PART.exec(text);
    if (!m) break;
    if (parts.length > 0 && (text.startsWith("(") !== opened || line.blockStart && (!follows(label, m[1]) || !/[a-z]/.test(m[2])))) break;
    label = m[1];
    opened = text.startsWith("(");
    wrapped.length = 0;
    parts.push({ text: withoutTrailingJoin(withWrappedLines(lines, i, m[2], MAX_WRAPPED_LINES, startsPart, wrapped)), line: line.line });
    end = i += wrapped.length;
  }
  return { parts, end };
}
var ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
function follows(previous, next) {
  if (/^\d/.test(previous)) return Number(next) === Number(previous) + 1;
  const roman = ROMAN.indexOf(previous);
  if (roman >= 0 && ROMAN[roman + 1] === next) return true;
  return previous.length === 1 && next.length === 1 && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
}
function decisionSentence(text, hasVerb = DECISION_VERB.test(text)) {
  if (!hasVerb) return null;
  const lower = lowerCaseForMatching(text);
  const outcome = MOTION_OUTCOME.exec(lower);
  if (outcome) {
    const start = clauseStart(text, outcome.index);
    if (/\bthe motion\b/i.test(text.slice(start, outcome.index)) && !MOTION_NOT_DECIDED.test(text.slice(start, outcome.index))) return text.slice(start, sentenceEnd(text, outcome.index + outcome[0].length)).trim();
  }
  let m = null;
  for (const { needs, pattern } of DECISION_SENTENCE_FORMS) {
    const found = !needs || needs.some((word) => lower.includes(word)) ? pattern.exec(lower) : null;
    if (found && (!m || found.index < m.index)) m = found;
  }
  if (m) {
    if (/\badjourn/i.test(text.slice(m.index, m.index + 200))) return null;
    const start = m[0].startsWith("m/s/c") ? m.index + m[0].length : clauseStart(text, m.index);
    if (REPORTED_THAT.test(text.slice(start, m.index))) return null;
    const end = sentenceEnd(text, m.index + m[0].length);
    const count = COUNT_AFTER.exec(text.slice(end));
    return text.slice(start, end + (count ? count[0].length : 0)).trim();
  }
  return null;
}
function clauseStart(text, index) {
  const before = text.slice(0, index);
  const boundary = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
  const sentence = boundary < 0 ? 0 : boundary + 2;
  if (/^\s*upon a motion\b/i.test(text.slice(sentence, index))) return index;
  const part = sentence === 0 ? PART_AND_TOPIC.exec(text) : null;
  return part && part[0].length <= index ? part[0].length : sentence;
}
var PART_AND_TOPIC = /^(?:\(?[a-z\d]{1,2}[.)]\s+)?(?:[A-Z][^:.;]{0,40}:\s+)?(?=[A-Z])/;
function sentenceEnd(text, from) {
  const rest = text.slice(from);
  const m = CLAUSE_STOP.exec(rest);
  if (!m) return text.length;
  return from + m.index + (m[0] === "." ? 1 : 0);
}
function wordingBelow(lines, index) {
  const next = lines[index + 1];
  if (!next || next.kind === "heading" || next.cells || next.text.endsWith(":")) return null;
  const opensThat = next.text.startsWith("That ") || next.text.startsWith("that ");
  if (!opensThat && (next.blockStart || !startsUpperCase(next.text) || MARKER.test(next.text))) return null;
  const text = withWrapped(lines, index + 1, next.text);
  return NO_DECISION.test(text) ? null : text;
}
function withWrapped(lines, index, first) {
  return withWrappedLines(lines, index, first, MAX_WRAPPED_LINES, (text, next) => /[.!?:]["\u201d\u2019)]?$/.test(text) || MARKER.test(next.text) || TITLED_INSTRUCTION.test(next.text));
}
function readOutcome(lines, index, wording, outcomes) {
  let paragraph = wording;
  let end = index;
  for (; end + 1 < lines.length && end < index + MAX_WORDING_LINES && !lines[end + 1].blockStart && lines[end + 1].kind === "text" && !lines[end + 1].cells; end++) paragraph = `${paragraph} ${lines[end + 1].text}`;
  const closing = CLOSING_OUTCOME.exec(paragraph);
  if (closing) return { text: paragraph, decided: OUTCOME_DECIDED.test(closing[1]), end };
  let text = wording;
  for (let i = index + 1; i < lines.length && i <= index + MAX_WORDING_LINES; i++) {
    const line = lines[i];
    if (line.kind === "heading" || CONSENSUS_PROPOSAL.test(line.text) || MOTION_WORDING.test(line.text)) return null;
    const outcome = outcomes.exec(line.text);
    if (outcome) return { text: `${text} ${line.text}`, decided: OUTCOME_DECIDED.test(outcome[1] ?? outcome[2]), end: i };
    text = `${text} ${line.text}`;
  }
  return null;
}
var MAX_WORDING_LINES = 6;
function proposalCarried(lines, index) {
  for (let i = index + 1; i < lines.length && i <= index + MAX_OUTCOME_LINES; i++) {
    if (lines[i].kind === "heading" || PROPOSED_BY.test(lines[i].text) || lines[i].blockStart && ITEM_LINE.test(lines[i].text)) return false;
    const outcome = PROPOSAL_OUTCOME.exec(lines[i].text);
    if (outcome) return BLOCK_DECIDED.test(outcome[1]);
  }
  return false;
}
var ITEM_TITLE_LINE = /^\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]/;
var MAX_OUTCOME_LINES = 15;
var ITEM_LINE = /^(?:[A-Z]{1,4}\.?)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?\s/;
function midlineResolutions(text) {
  return sentencesAfter(MIDLINE_RESOLVED, text).filter((body) => body.length > 3);
}
function sentencesAfter(marker, text) {
  const found = [];
  marker.lastIndex = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const start = m.index + m[0].length;
    const body = text.slice(start, sentenceEnd(text, start)).trim();
    if (body) found.push(body);
  }
  return found;
}
function moverAfterSentence(text) {
  for (const end of text.matchAll(SENTENCE_BREAK3)) {
    const start = end.index + end[0].length;
    if (MOVER_FIRST_MOTION.test(text.slice(start))) return start;
  }
  return -1;
}
var SENTENCE_BREAK3 = /[.!?] (?=[A-Z])/g;
function readMotion(lines, index, marker, before = "") {
  let text = "";
  for (let i = index; i < lines.length && i <= index + MAX_WRAPPED_LINES; i++) {
    const line = lines[i];
    if (i > index && (line.blockStart || line.cells && !MOVER_LINE.test(line.text) || line.kind !== "text" || opensMotion(line.text) || MARKER.test(line.text) || ITEM_TITLE_LINE.test(line.text))) break;
    text = text ? `${text} ${line.text}` : line.text.slice(before.length);
    if (MOTION_NOT_DECIDED.test(text) || RESOLVED_WORD.test(text)) return null;
    const next = lines[i + 1];
    const last = next === void 0 || i + 1 > index + MAX_WRAPPED_LINES || next.blockStart || next.kind !== "text" || next.cells !== null && !MOVER_LINE.test(next.text) || opensMotion(next.text) || ITEM_TITLE_LINE.test(next.text);
    const vote = VOTE_COUNT.exec(text);
    if (vote) {
      if (vote[3] && !vote[3].endsWith(")") && !last) continue;
      if (+vote[1] <= +vote[2]) return null;
      const whole = text.slice(0, vote.index + vote[0].length).trim();
      return { text: /^motion: /i.test(marker) ? whole.slice(marker.length) : whole, span: i - index + 1 };
    }
    const end = carriedSentenceEnd(text, last, next !== void 0 && (startsUpperCase(next.text) || LETTERED.test(next.text)));
    if (end >= 0) {
      const whole = text.slice(0, end).trim();
      return { text: /^motion: /i.test(marker) ? whole.slice(marker.length) : whole, span: i - index + 1 };
    }
  }
  return null;
}
function opensMotion(text) {
  return NEXT_MOTION.test(text) || (text.includes(" moved") || text.includes(" proposed")) && MOVER_FIRST_MOTION.test(text);
}
var LETTERED = /^[a-z][.)]\s/;
var MAX_CARRIED_TAIL = 120;
function carriedSentenceEnd(text, last, nextOpens = false) {
  MOTION_CARRIED.lastIndex = 0;
  for (let m = MOTION_CARRIED.exec(text); m; m = MOTION_CARRIED.exec(text)) {
    const after = m.index + m[0].length;
    const stop = fullStopAfter(text, after);
    if (stop >= 0 && stop - after <= MAX_CARRIED_TAIL) return stop + 1;
    if (last && stop < 0 && text.length - after <= MAX_CARRIED_TAIL) return text.length;
    if (nextOpens && stop < 0 && text.trimEnd().length === after) return text.length;
  }
  return -1;
}
function motionParts(text) {
  const colon = PARTS_AFTER_COLON.exec(text);
  if (!colon) return [text];
  const parts = inlineParts(text.slice(colon.index + colon[0].indexOf("(")).replace(TRAILING_OUTCOME, ""));
  return parts.length > 1 ? parts : [text];
}
var PARTS_AFTER_COLON = /:\s+\((?:a|1|i)\) /;
var TRAILING_OUTCOME = /\s+(?:CARRIED|Carried|carried)\b[^.]*\.?$/;
function fullStopAfter(text, from) {
  const m = SENTENCE_STOP.exec(text.slice(from));
  return m ? from + m.index : -1;
}
var NOT_AFTER_TITLE = String.raw`(?<!\b(?:${SHORT_TITLES}|[A-Z]))`;
var SENTENCE_STOP = new RegExp(String.raw`${NOT_AFTER_TITLE}\.(?=\s+[A-Z(]|\s*$)`);
var ENDS_SENTENCE = new RegExp(String.raw`${NOT_AFTER_TITLE}[a-z\d)]\.$`);
var CLAUSE_STOP = new RegExp(`;|${SENTENCE_STOP.source}`);
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
  const text = whole.slice(first);
  const starts = [];
  INLINE_PART.lastIndex = 0;
  for (let m = INLINE_PART.exec(text); m; m = INLINE_PART.exec(text)) starts.push({ index: m.index, length: m[0].length });
  if (starts.length < 2 || starts[0].index !== 0) return [whole];
  return starts.map((s, k) => withoutTrailingJoin(text.slice(s.index + s.length, k + 1 < starts.length ? starts[k + 1].index : text.length).trim())).filter(Boolean);
}
var FIRST_PART_AFTER_LEAD_IN = /^[^.;:()]{1,40} (?=\((?:1|a|i)\) (?:[A-Z]|that ))/;
function withoutTrailingJoin(text) {
  let trimmed = text.trimEnd();
  const join = / (?:and|or)$/i.exec(trimmed);
  if (join) trimmed = trimmed.slice(0, join.index).trimEnd();
  return trimmed.endsWith(";") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
function isDigit3(code) {
  return code >= 48 && code <= 57;
}

// src/lexicon/header.ts
var DATE_LABEL = String.raw`(?:date|meeting date|review date|date of (?:the )?(?:meeting|review|session|call)|when)`;
function isDateLabel(cell) {
  return DATE_LABEL_CELL.test(cell);
}
var DATE_LABEL_CELL = new RegExp(String.raw`^${DATE_LABEL}\s*:?$`, "i");
var LABELS = [
  // "Meeting: Lumora Payments <> Tessara Log\u00edstica \u2013 Partnership Discovery", as meeting reports head themselves.
  ["title", /^(?:meeting|meeting title|meeting name|title)\s?:\s*(\S.*)$/i],
  ["date", new RegExp(String.raw`^${DATE_LABEL}\s?:\s*(\S.*)$`, "i")],
  ["time", /^(?:time|times|start time|meeting time)\s?:\s*(\S.*)$/i],
  ["location", /^(?:location|venue|where|place|meeting place|meeting location|room)\s?:\s*(\S.*)$/i]
];
var OTHER_LANGUAGE_TITLE_WORD = /(?:^|\s)(?:cyngor|cymuned|cofnodion|pwyllgor|cyfarfod|bwrdd|tref|municipalit\u00e9|conseil|proc\u00e8s-verbal|s\u00e9ance|comit\u00e9|ville)(?=\s|$)/i;
var HELD = /^(?:the meeting was |this meeting was |meeting )?held (?:at|in|via|on|over|by) (\S.*)$/i;
var AFTER_PLACE = /\s(?:on|at|from)\s(?=(?:mon|tue|wed|thu|fri|sat|sun|\d))|,\s(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[.:]\d{2}|\d{1,2}\s?[ap]\.?m\b|\d{1,2}[/.]\d{1,2}[/.]\d|\d{4}-\d)/i;
function matchHeaderField(text) {
  for (const [field, pattern] of LABELS) {
    const m = pattern.exec(text);
    if (m) return { field, value: m[1].trim() };
  }
  const held = HELD.exec(text);
  if (!held) return null;
  const after = AFTER_PLACE.exec(held[1]);
  const place = (after ? held[1].slice(0, after.index) : held[1]).replace(/[.,;]$/, "").trim();
  return place === "" ? null : { field: "location", value: place };
}

// src/parse/header.ts
var HEADER_LINES2 = 12;
var MERIDIEM = "(am|pm|a\\.m\\.|p\\.m\\.)";
var CLOCK = (n) => `(\\d{1,2})(?:[.:](\\d{2})\\s?${MERIDIEM.replace("(", `(?<m${n}>`)}?|\\s?${MERIDIEM.replace("(", `(?<n${n}>`)})`;
var TIME_RANGE = new RegExp(`\\b${CLOCK(1)}\\s?(?:[-\\u2013\\u2014]|to|until)\\s?${CLOCK(2)}`);
var TIME_SINGLE = new RegExp(`\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*${MERIDIEM}|\\b(?:at|from)\\s+(\\d{1,2})[.:](\\d{2})\\b(?:\\s?${MERIDIEM.replace("(", "(?<after>")})?`);
var CLOCK_AFTER_DATE = /^,?\s(\d{1,2}):(\d{2})(?![\d:])/;
var SENTENCE_END5 = /(?:(?<![ap]\.m)\.|[!?])\s*$/i;
var LABELLED_CLOCK = /^(\d{1,2})[.:](\d{2})\b/;
var WEEKDAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=,?\s\d))\b,?/gi;
var MINUTES_OF = /^(?:draft |approved |unconfirmed |confirmed )?(?:minutes?|notes|protocol|proceedings|meeting (?:summary|notes|minutes|recap)|summary|record of (?:the )?decisions(?: taken| made)?)\b(?: (?:of|for|at))?(?: (?:the|a|an))?(?: (?:\d{1,4}(?:st|nd|rd|th) )?(?:meeting|minutes) of(?: the)?)?\s*/;
var MEETING_KIND_ONLY = /^(?:ordinary|extraordinary|annual|special|regular|monthly|date|time|venue|open|closed|public|private|confidential|action|summary|formal)$/i;
var LOWER_CASE_WORD = /(?:^|\s)[a-z]{3,}\b/;
var MONTH_AND_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{4}$/i;
var TRAILING_KIND = /\s(?:meeting\s)?(?:minutes|notes|recap|summary)(?:\sby\s[\w.]+)?$/i;
var REGISTRATION = /\b(?:registered charity|charity (?:no|number)|company (?:no|number)|registration (?:no|number)|registered (?:no|number)|org\.? (?:no|nr|number)|registered in england|strata plan \d+|c\/o|p\.?\s?o\.? box|postboks|p\.m\.b)\b|^(?:certified|established|founded|incorporated|chartered) (?:by |in )?.{0,60}\d{4}$/;
var NOISE = /^(?:draft |approved |unconfirmed |confirmed |public |part [ab12] )?(?:minutes|agenda|notes|meeting notes|confidential|official|not protectively marked|official[- ]sensitive)$|^(?:minutes [\u2013-] )?(?:[a-z]+ )?meeting (?:no\.? ?)?\d{1,3}\/\d{4}(?: \(\w+\))?$|^public document pack$|^[\s-]*(?:draft|unconfirmed|approved|confirmed|confidential)[\s-]*$|^(?:(?:agenda )?item|appendix|annex|enclosure|paper) [a-z\d][\w.]{0,6}$|^(?:f\.\s?no|file\sno|ref(?:erence)?(?:\sno)?)\.?:?\s\S+$|^(?:(?:approved|agreed|confirmed|ratified|signed) (?:by|at|on)|(?:subject to|awaiting) (?:approval|ratification))\b/;
var GREETING = /^(?:hi|hello|dear|good (?:morning|afternoon|evening))\b[^.]{0,40}$/i;
var SIGN_OFF = /^(?:(?:thanks|regards|best|cheers|kind regards|many thanks),?\s)?[A-Z][a-z]+(?: [A-Z][a-z]+)?,?(?: x{1,3})?$/;
var COVERING_NOTE_LINES = 8;
var MAIL_HEADER = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments|message-id|in-reply-to|references|list-id):\s/i;
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
  const dateSentence = dateLine ? withWrappedLines(head, dateIndex, dateLine.text, 1, (text) => SENTENCE_END5.test(text)) : null;
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
var MINUTES_OF_BODY = /^(?:draft |approved |unconfirmed |confirmed )?minutes of\s/i;
function topHeading(lines, stop) {
  for (let i = 0; i < stop && i < lines.length; i++) if (lines[i].kind === "heading" && lines[i].depth === 1) return lines[i];
  return void 0;
}
function dateFinder(order, before = null) {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    let date = seen.get(text);
    if (date === void 0) {
      date = findDate(text, { order, before });
      seen.set(text, date);
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
var YEAR = /(?<![\d.])(?:19|20)\d\d(?![\d.\/-]?\d)/g;
function isLabelRow(line) {
  const filled = line.cells.filter((cell) => cell !== "" && cell !== ":");
  return filled.length === 2 && isDateLabel(filled[0]);
}
function headerPart(line, beforeStop) {
  const capital = line.cells ? null : findLabelInLine(line.text);
  if (beforeStop && !capital) return [line];
  return capital && capital.index > 0 ? [{ ...line, text: line.text.slice(0, capital.index).trim() }] : [];
}
function frontDate(value, order) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return findDate(value, { order })?.iso ?? null;
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
function opensWithDate(text, dateIn) {
  const date = dateIn(text);
  return date !== null && /^(?:(?:[a-z]+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)?[\s,]*$/i.test(text.slice(0, date.index));
}
function titlePart(line, isDateLine, dateIn) {
  let text = line.text;
  if (line.cells) return null;
  if (isDateLine) {
    const date = dateIn(text);
    if (date && /\/\s*(?:[a-z]+day,?\s*)?$/i.test(text.slice(0, date.index))) return null;
    const before = date ? text.slice(0, date.index).replace(WEEKDAY, "").replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s?$/i, "").replace(/^[\s,\u2013\u2014|-]+|[\s,@\u2013\u2014|-]+$/g, "") : text;
    const after = date ? withoutTime(text.slice(date.index + date.length)).replace(CLOCK_AFTER_DATE, "") : "";
    text = date && before === "" ? after.replace(/^[\s,\u2013\u2014|-]*(?:(?:at|from|on)(?:\s|$))?[\s,\u2013\u2014|-]*/i, "") : before;
  }
  const minutesOf = MINUTES_OF.exec(lowerCaseForMatching(text));
  if (minutesOf && minutesOf[0].length > 0) {
    text = text.slice(minutesOf[0].length).replace(/\s+(?:meeting\s+)?(?:held|on|at)\b.*$/i, "").replace(/\s+meeting$/i, "").replace(/\s+of the company$/i, "");
    if (/^[\s,\u2013\u2014-]*(?:meeting|the meeting|discussion|proceedings)?[\s,\u2013\u2014-]*$/i.test(text)) return null;
    if (/^[a-z]+$/.test(text)) return null;
  } else if (isDateLine) {
    text = text.replace(/\bminutes\b/gi, "").replace(/\b(?:held )?on\s*$/i, "");
  }
  if (text.startsWith("#")) text = text.replace(/^#[\w.-]+:\s*/, "");
  text = text.replace(HELD_AT, "");
  text = text.replace(TRAILING_KIND, "").replace(/\s*\(\s*\)?$/, "").replace(/\s(?:date|time|venue)$/i, "").replace(/\s(?:[\u2013\u2014-]\s)?(?:ordinary|extraordinary|regular|special)(?:\smeeting)?$/i, "");
  text = text.replace(TRAILING_DAY_AND_MONTH, "");
  text = text.replace(/\s*[\u2013\u2014-]\s*$/, "").replace(/^[\s,\u2013\u2014\u2022\u00b7|-]+|[\s,:\u2013\u2014-]+$/g, "");
  const lower = lowerCaseForMatching(text);
  if (text.startsWith("(") && text.endsWith(")")) return null;
  if (text === "" || NOISE.test(lower) || REGISTRATION.test(lower) || /^\d/.test(text) || MONTH_AND_YEAR.test(text) || MEETING_KIND_ONLY.test(text) || text.length > 120 || !/[A-Za-z]/.test(text)) return null;
  return isShouting(text) && !LOWER_CASE_WORD.test(line.text) ? titleCase(text) : text;
}
var MEETING_OF_THE_BODY = /^(?:the )?(?:(?:ordinary|extraordinary|annual|regular|special|general|public|monthly|quarterly|full)\s)*meeting of the (?:board|council|committee|trustees|governors|panel)\b/i;
function isNoteLine(text) {
  return /https?:\/\/|\S@\S/.test(text) || text.endsWith(".") && text.split(" ").length >= 6 || /^[A-Z][A-Za-z .]{0,24}:\s/.test(text);
}
var MEETING_OF = /^(?:(?:ordinary|extraordinary|annual|regular|special|general|public|monthly|quarterly|full)\s)*meeting of (?:the )?/i;
var KIND_OF_MEETING = /^(?:(?:ordinary|extraordinary|annual|special|regular|monthly|general)(?: (?:general|council|board|committee|membership|members'?))?|committee|board|trustees'?|members'?|membership) meeting$|^(?:ordinary|extraordinary|special|regular|monthly) council$|^full council(?: meeting)?$/i;
var HELD_AT = /(?:^|\s)held\s(?:in|at|on|via|by)\b.*$/i;
var TRAILING_DAY_AND_MONTH = /\s[\u2013\u2014-]\s(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?)$/i;
function isShouting(text) {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length > 3 && letters === letters.toUpperCase();
}
var WORD_START = letterPattern(String.raw`(^|[-(]|^\p{L}['\u2019])(\p{L})`, "gu");
var SMALL_WORDS = /* @__PURE__ */ new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);
function titleCase(text) {
  return text.split(/(\s+)/).map((word, index) => {
    const lower = word.toLowerCase();
    if (index > 0 && SMALL_WORDS.has(lower)) return lower;
    if (/^(?:ST|MT)$/.test(word)) return word[0] + word[1].toLowerCase();
    if (/^[A-Z]{2,4}$/.test(word) && !/[AEIOUY]/.test(word.slice(1))) return word;
    if (/^\([A-Z]{2,8}\)$/.test(word)) return word;
    return lower.replace(WORD_START.for(lower), (_, before, letter) => before + letter.toUpperCase());
  }).join("");
}
function withoutTime(text) {
  for (const pattern of [TIME_RANGE, TIME_SINGLE]) {
    const m = pattern.exec(lowerCaseForMatching(text));
    if (m) text = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  }
  return text;
}
function readTime(text) {
  const lower = lowerCaseForMatching(text);
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
function readClock(value) {
  return startAt(LABELLED_CLOCK.exec(value));
}
function clockAfterDate(text, dateIn) {
  const date = dateIn(text);
  return startAt(date ? CLOCK_AFTER_DATE.exec(text.slice(date.index + date.length)) : null);
}
function startAt(clock) {
  const start = clock ? toClock(clock[1], clock[2], void 0) : null;
  return start ? { start, end: null } : null;
}
function headerFields(head) {
  const fields = {};
  for (const line of head) {
    const text = line.cells ? line.cells.filter(Boolean).join(" ") : line.text;
    const found = matchHeaderField(text);
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

// src/parse/items.ts
var NUMBERED2 = /^(?:(?:agenda\s)?item\s(?:no\.?\s)?(?=\d)|(?:minute|min\.?|top|case)\s(?=\d))?((?<=item\s(?:no\.?\s)?)\d{1,3}\.\d{1,2}|(?:[A-Z]{1,6}\/)?\d{1,4}(?:\/\d{1,4}){0,2}|[A-Z]{1,4}\.?\d{2,4}\/\d{1,4}|[A-Z]{2,4} \d{4}\/\d{2}\/\d{2}|[A-Z]{2,5} \d{2}\/\d{1,3}|[A-Z]{1,4}\.\d{2}\.\d{1,3}|[A-Z]{2,5}\.\d{1,3}|\d{4}\.\d{1,3}|\d{2}\.\d{2}|\d{1,3}\.\d{1,2}|\d{1,4}(?:\/[A-Z]{1,8}){1,3}\/\d{2,4}|[IVXLC]{1,6})(?:[.:)]|\s?[\u2013\u2014-](?=\s))?\s(\S.*)$/i;
var ITEM_COLUMN = /^(?:agenda\s)?(?:item|topic|subject|discussion item)s?$/i;
var GENERATED_SUMMARY = /^summary of (?:action items|actions|resolutions|decisions)$/i;
var DATE_TITLE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s\d{2,4}\b/i;
var MINUTE_PREFIX = /^min(?:ute)?\.?\s/i;
var DATE_NUMBER = /^\d{1,4}\/\d{1,2}\/(?:19|20)\d{2}$/;
var SUB_ITEM2 = /^(?:\(([a-z]{1,3}|\d{1,2})\)|([A-Za-z])[.)]|(\d{1,3}\.\d{1,2})\.?)\s+(\S.*)$/;
var ROMAN2 = /^[IVXLC]+$/;
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
  const items = [];
  let current = null;
  for (const [index, line] of source.lines.entries()) {
    const candidate = chosen[next];
    if (candidate?.line === line) {
      next++;
      current = { number: candidate.number, title: withWrappedTitle(line, candidate.title, source.lines[index + 1]), line: line.line, subItems: [] };
      items.push(current);
      opened?.push(line);
      continue;
    }
    if (!current || !line.blockStart || line.cells || !maySubItem(line.text)) continue;
    const sub = SUB_ITEM2.exec(line.text);
    if (sub && looksLikeTitle(sub[4]) && (line.kind !== "item" || line.depth === 0)) {
      current.subItems.push({ number: sub[1] ?? sub[2] ?? sub[3], title: cleanTitle(sub[4]), line: line.line });
    }
  }
  return items;
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
  const run = best(minutes);
  const meeting = run[0]?.number.split(".")[0];
  const ownItem = candidates.some((candidate) => candidate.number === meeting || candidate.number === `${meeting}.0`);
  return run.length >= MIN_MINUTE_RUN && run.length > others.length && !ownItem ? run : others;
}
var MEETING_AND_MINUTE = /^\d{1,3}\.\d{1,2}$/;
function minutesAfterAgenda(run, candidates, lines) {
  if (run.length < MIN_MINUTE_RUN || !isCompact(run, lines)) return run;
  const end = lines.indexOf(run[run.length - 1].line);
  const later = chooseRun(candidates.filter((candidate) => lines.indexOf(candidate.line) > end && !run.includes(candidate)));
  return later.length >= MIN_MINUTE_RUN && !isCompact(later, lines) && familyOf(later[0].number) !== familyOf(run[0].number) ? later : run;
}
function isCompact(run, lines) {
  const at = run.map((candidate) => lines.indexOf(candidate.line));
  return at.every((index, i) => i === 0 || index === at[i - 1] + 1);
}
var MIN_MINUTE_RUN = 3;
function mayBeNumbered(text) {
  const first = text.charCodeAt(0);
  if (isDigit4(first)) return true;
  if (!isAsciiLetter(first)) return false;
  if (ROMAN_OR_WORD_START.includes(String.fromCharCode(first | 32))) return true;
  for (let k = 1; k <= 9; k++) {
    const code = text.charCodeAt(k);
    if (code === 47 || code === 46 && k > 1 && isDigit4(text.charCodeAt(k + 1))) return true;
    if (!isAsciiLetter(code) && !isDigit4(code) && !(code === 32 && isDigit4(text.charCodeAt(k + 1)))) return false;
  }
  return false;
}
var ROMAN_OR_WORD_START = "ivxlcamt";
function isDigit4(code) {
  return code >= 48 && code <= 57;
}
function isAsciiLetter(code) {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}
function maySubItem(text) {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return first === 40 || second === 46 || second === 41 || isDigit4(first);
}
function readCandidate(line) {
  if (!line.blockStart && !(isDigit4(line.text.charCodeAt(0)) && /^\d{1,3}\.\s/.test(line.text) && line.text.length <= 90 && !/\.$/.test(line.text))) return null;
  if (line.kind === "item" && !/\d/.test(line.marker ?? "")) return null;
  let text = line.kind === "item" && line.marker && /\d/.test(line.marker) ? `${line.marker} ${line.text}` : line.text;
  if (line.cells) {
    if (/^\S+[.:)]?\s\S/.test(line.cells[0]) && !/^[A-Za-z]{2,5} \d{2}\/\d{1,3}$/.test(line.cells[0])) text = line.cells[0];
    else if (line.cells.filter(Boolean).length > 2) return null;
  }
  if (!mayBeNumbered(text)) return null;
  const space = text.indexOf(" ");
  if (space > 0 && text.charCodeAt(space + 1) === 91) text = text.replace(/^(\S+\s)(?:\[\d{1,3}\]|\[@?[\w.-]{1,39}\]\s)/, "$1");
  const m = NUMBERED2.exec(text);
  if (!m || /^[a-z]+ \d/i.test(m[1]) && !/^[A-Z](?:[A-Za-z]*[A-Z])? /.test(m[1])) return null;
  const label = matchRollLabel(m[2]);
  const title = label && !label.bare && label.after ? m[2].slice(0, m[2].length - label.after.length).replace(/[\s:\u2013\u2014-]+$/, "") : m[2];
  if (!(looksLikeTitle(title) || line.kind === "heading" && LOWER_CASE_NAME.test(title)) || DATE_TITLE.test(m[2]) || GENERATED_SUMMARY.test(m[2]) || DATE_NUMBER.test(m[1]) && !MINUTE_PREFIX.test(text)) return null;
  const numberEnd = text.indexOf(m[1]) + m[1].length;
  const punctuated = /[.:)\u2013\u2014-]/.test(text.slice(numberEnd, numberEnd + 2)) || numberEnd > m[1].length;
  if (!punctuated && !line.cells && line.kind !== "heading" && !/[/.]/.test(m[1]) && !/\s{2,}|\t/.test(text)) {
    if (!/^\d+\s+[A-Z]/.test(text) || text.length > 90) return null;
  }
  return { number: m[1], title: cleanTitle(title), line, ordinal: ordinalOf(m[1]) };
}
function itemsFromTable(lines) {
  const items = [];
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
    items.push({ number: numbered ? numbered[1] : null, title: cleanTitle(numbered ? numbered[2] : cell), line: line.line, subItems: [] });
  }
  return items;
}
var TOPIC_DETAILS = /^(?:time allotted|time|duration|presenter|presented by|lead)$/i;
function itemsFromTemplate(lines, opened) {
  const items = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].cells;
    const title = lines[i - 1];
    if (!cells || !TOPIC_DETAILS.test(cells[0]) || !cells.slice(1).some((cell) => TOPIC_DETAILS.test(cell)) || title.cells || !looksLikeTitle(title.text)) continue;
    items.push({ number: null, title: cleanTitle(title.text), line: title.line, subItems: [] });
    opened?.push(title);
  }
  return items;
}
function isSummarySection(candidate, lines) {
  if (!/^(?:resolutions|action items|actions)$/i.test(candidate.title)) return false;
  const next = lines[lines.indexOf(candidate.line) + 1];
  return next !== void 0 && /^(?:action|resolution) #?\d/i.test(next.text);
}
var LOWER_CASE_NAME = /^[a-z][\w.]*-[\w.-]+/;
var TITLE_OPENING = letterPattern(String.raw`^[\p{Lu}\d"'\u2018\u201c(]`, "u");
function looksLikeTitle(text) {
  if (text.length > 160) return false;
  if (!TITLE_OPENING.test(text)) return false;
  return !(text.length > 80 && /\.$/.test(text));
}
function cleanTitle(title) {
  return title.replace(/\s*:$/, "").trim();
}
var WRAP_WIDTH2 = 70;
function withWrappedTitle(line, title, next) {
  if (!next || next.kind !== "text" || next.blockStart || next.cells || !line.text.endsWith(title)) return title;
  const inCapitals = line.text.length >= CAPITALS_WRAP_WIDTH && isCapitals(title) && isCapitals(next.text) && next.text.length < title.length;
  return endsMidPhrase(title) || inCapitals || line.text.length >= WRAP_WIDTH2 && startsLowerCase(next.text) ? `${title} ${next.text}` : title;
}
var CAPITALS_WRAP_WIDTH = 60;
var isCapitals = (text) => /[A-Z]{2}/.test(text) && text === text.toUpperCase();
function ordinalOf(number) {
  if (/^\d+$/.test(number)) return +number;
  if (ROMAN2.test(number)) return romanValue(number);
  const last = /(\d+)$/.exec(number);
  return last ? +last[1] : null;
}
function romanValue(roman) {
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]];
    const next = values[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
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
    const run = { length: (previous?.length ?? 0) + 1, candidate, previous };
    const key = `${family}:${ordinal}`;
    if ((best.get(key)?.length ?? 0) < run.length) best.set(key, run);
    if (!winner || run.length > winner.length) winner = run;
  }
  const chain = [];
  for (let run = winner; run; run = run.previous) chain.push(run.candidate);
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

// src/parse/locate.ts
function locateItems(items) {
  const starts = items.map((item) => item.line);
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
    return found >= 0 ? items[found].number : null;
  };
}

// src/parse/people.ts
var POINTS_TO_LIST = /\b(?:following|below|as follows|including)\b/i;
var REMARK = /^(?:A|The|There|It)\s[^,;]*\b(?:was|were|is|are)\b[^,;]*\.$/;
var NOTE_IN_BRACKETS = /^\((?:[^()]|\([^()]{1,30}\)){1,80}\)$/;
var NAME_COLUMN = /^(?:(?:full\s+)?name|attendee|(?:(?:board|committee|council|panel)\s+)?member(?:\s+name)?|person|participant|delegate|representative|who)s?$/i;
var MAX_UNREAD_RUN = 2;
var SEAT_THEN_NAME = /^([^:.!?]{2,60}?):\s+(\S.{2,120})$/;
var LOWER_LABEL = /^[a-z]{4,12}:\s/;
var ENDS_WITH_ADDRESS = /\S@[\w-]+(?:\.[\w-]+)+>?$/;
var BARE_BOX = /^\[[ xX\u2713]\]\s/;
var WHO = /\swho\s/i;
var LIST_CUE = /[,;]|\s(?:and|&)\s/;
var MANY_ENTRIES = 4;
var TITLE_AFTER_STOP = /\.\s(?:[A-Z][a-z]+\s)?(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr)\b/;
var ITEM_WORD = /^(?:agenda\s)?(?:item|minute)\s\d/i;
var ATTENDANCE_SENTENCE = /\b(?:was|were) attended by (.+?)(?:\.(?:\s|$)|$)|\b(?:also )?present (?:were|was) (.+?)(?:\.(?:\s|$)|$)/i;
var REPRESENTED_BY = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Cllr|Councillor)\.? [A-Z][\w'\u2019-]+ (?:was|were) represented by ([^.;]+)/;
var SENT_APOLOGIES = /(?:^|\.\s+)([^.]+?)(?: also)? (?:sent|gave|offered|tendered) (?:(?:their|his|her) )?apologies\b/i;
var UNABLE_TO_ATTEND = /(?:^|\.\s+)([^.]+?),? (?:(?:had|has) )?(?:expressed (?:his|her|their) inability to attend|(?:was|were) unable to attend|could not attend)\b/;
var ON_LEAVE = /(?:^|\.\s+)([^.]+?),? (?:remains|remain|is|are|was|were|continues|continue) on (?:a )?leave of absence\b/;
var PEOPLE_CUE = /[Aa]polog|APOLOG|[Aa]bsent:|ABSENT|ttended by| represented by|[Pp]resent(?: w|:)|RESENT|ATTEND|ttendance:| to attend| leave of absence/;
var APOLOGY_CUE = /[Aa]polog|APOLOG| to attend/;
var ATTENDANCE_CUE = /ttended by|[Pp]resent w|RESENT W/;
var APOLOGY_WORD = /apolog/i;
var APOLOGY_SENTENCE = /\b(?:apologies|an apology)(?: for absence)?(?: (?:were|was|had been|have been))?(?: (?:received|noted|given|tendered|sent|submitted|reported|provided|intimated))?(?: and (?:accepted|noted))?(?: for absence)?(?: before the meeting| in advance)? from (.+)$|\bapologies(?: (?:for|of) absence)? (?:were|had been|have been) (?:received|accepted|noted|given|provided)(?: and (?:accepted|noted|approved))? for (.+)$/;
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
      for (const person of parseInlineList(office.rest, lines[i].line)) officeHolders.push({ ...person, role: person.role ?? office.role });
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
  const attendees = dedupe(people.attendees).filter((person) => !people.unableToAttend.has(fold(person.name)));
  const apologies = dedupe(people.apologies);
  for (const late of lateArrivals(lines, apologies)) {
    apologies.splice(apologies.indexOf(late), 1);
    attendees.push(late);
  }
  if (attendees.length > 0) attendees.push(...joinedUnlisted(lines, [...attendees, ...apologies]));
  namesFromLegend(lines, [...attendees, ...apologies]);
  return { ...people, attendees, apologies };
}
var NAME_DASH_OFFICE = new RegExp(" [\\u2013\\u2014-] \\p{Lu}", "u");
var ABSENT_IN_BRACKET = /\s\((?:absent|apologies|regrets|excused|not present):?\s+([^()]+)\)$/i;
var HANDLE_AFTER_NAME = /, (@[\w.-]+)(?=,|$)/g;
var PAGE_LINK2 = /^\[\[([^[\]]+)\]\]$/;
function frontMatterRolls(source) {
  const rolls = [];
  for (const [key, value] of Object.entries(source.frontMatter)) {
    const entries = (Array.isArray(value) ? value : [value]).filter((entry) => typeof entry === "string");
    const label = entries.length > 0 && key.length <= 30 ? matchRollLabel(`${key[0].toUpperCase()}${key.slice(1)}:`) : null;
    if (!label || label.rest !== "") continue;
    const at = new RegExp(`^${key.replace(/[^\w -]/g, "\\$&")}\\s*:`, "m").exec(source.text);
    const line = at ? source.text.slice(0, at.index).split("\n").length : 1;
    const people = entries.flatMap((entry) => parseInlineList(entry.trim().replace(PAGE_LINK2, "$1"), line));
    rolls.push({ kind: label.kind, people });
  }
  return rolls;
}
var ARRIVED = /(?:^|[.;] )((?:[A-Z][\w'\u2019-]*\.? ){0,3}[A-Z][\w'\u2019-]+) (?:arrived|joined the meeting)\b/g;
var JOINED_LATE = /^((?:[A-Z][\w'\u2019-]*\.? ){1,3}[A-Z][\w'\u2019-]+)( \([^()]{1,80}\))? (?:arrived|joined)(?: the (?:meeting|call))?(?: at| during| for| from| after| in time|[.,])/;
function joinedUnlisted(lines, listed) {
  const joined = [];
  const surnames = new Set(listed.map((person) => surnameOf(person.name)));
  for (const line of lines) {
    const m = line.kind === "text" && !line.cells && (line.text.includes(" joined") || line.text.includes(" arrived")) ? JOINED_LATE.exec(line.text) : null;
    const person = m && isPersonalName(stripHonorifics(m[1])) ? parsePersonEntry(`${m[1]}${m[2] ?? ""}`, line.line) : null;
    if (person && !surnames.has(surnameOf(person.name))) {
      joined.push(person);
      surnames.add(surnameOf(person.name));
    }
  }
  return joined;
}
function namesFromLegend(lines, people) {
  if (!people.some((person) => person.handle !== null && person.name === person.handle.slice(1))) return;
  const names = /* @__PURE__ */ new Map();
  let columns = null;
  for (const line of lines) {
    if (!line.cells) {
      columns = null;
      continue;
    }
    const header = line.cells.map((cell) => cell.toLowerCase());
    const handle = header.findIndex((cell) => HANDLE_COLUMN.test(cell));
    const name = header.findIndex((cell) => /^(?:full )?name$/.test(cell));
    if (handle >= 0 && name >= 0) columns = { handle, name };
    else if (columns && line.cells[columns.handle]?.startsWith("@") && line.cells[columns.name]) names.set(line.cells[columns.handle].slice(1).toLowerCase(), line.cells[columns.name]);
  }
  for (const person of people) {
    const named = person.handle !== null && person.name === person.handle.slice(1) ? names.get(person.name.toLowerCase()) : void 0;
    if (named) person.name = named;
  }
}
function surnameOf(name) {
  return fold(name.slice(name.lastIndexOf(" ") + 1));
}
function lateArrivals(lines, absent) {
  if (absent.length === 0) return [];
  const late = /* @__PURE__ */ new Set();
  for (const line of lines) {
    if (line.kind === "heading" || line.cells || !line.text.includes(" arrived") && !line.text.includes(" joined the meeting")) continue;
    for (const m of line.text.matchAll(ARRIVED)) {
      const named = fold(stripHonorifics(m[1].replace(/^Member /, "")));
      const person = absent.find((p) => fold(p.name) === named || fold(p.name).endsWith(` ${named}`));
      if (person) late.add(person);
    }
  }
  return [...late];
}
function addList(people, kind, found) {
  const seen = /* @__PURE__ */ new Set();
  for (const person of found) {
    const key = fold(person.name);
    if (seen.has(key)) people.duplicates.push(person);
    seen.add(key);
  }
  addAll(people[kind], found);
}
function readSentences(lines, index, people) {
  const line = lines[index];
  const text = line.text;
  if (!hasPeopleCue(line)) return;
  const apologies = APOLOGY_CUE.test(text) ? apologySentence(text) : null;
  if (apologies !== null) {
    people.sections.push({ kind: "apologies", line: line.line, index });
    const taken = [];
    const unable = !APOLOGY_WORD.test(text);
    const found = parseInlineList(stripCommentary(firstSentence(unable ? apologies : withWrappedList(lines, index, apologies, taken))), line.line);
    if (unable) for (const person of found) people.unableToAttend.add(fold(person.name));
    addAll(people.apologies, found);
    for (const wrapped of taken) people.entryLines.add(wrapped);
  }
  const onLeave = text.includes(" leave of absence") ? ON_LEAVE.exec(text) : null;
  if (onLeave) addAll(people.apologies, parseInlineList(onLeave[1], line.line));
  const deputy = text.includes(" represented by ") ? REPRESENTED_BY.exec(text) : null;
  if (deputy) addAll(people.attendees, parseInlineList(deputy[1], line.line));
  if (!ATTENDANCE_CUE.test(text)) return;
  for (let rest = text, m = ATTENDANCE_SENTENCE.exec(rest); m; rest = rest.slice(m.index + m[0].length), m = ATTENDANCE_SENTENCE.exec(rest)) {
    people.sections.push({ kind: "attendees", line: line.line, index });
    addAll(people.attendees, parseInlineList(stripCommentary(m[1] ?? m[2]), line.line));
  }
}
function apologySentence(text) {
  if (!APOLOGY_WORD.test(text)) return text.includes(" to attend") ? UNABLE_TO_ATTEND.exec(text)?.[1] ?? null : null;
  const sentence = APOLOGY_SENTENCE.exec(lowerCaseForMatching(text));
  if (sentence) return withoutLateness(text.slice(text.length - (sentence[1] ?? sentence[2]).length)).replace(BE_ACCEPTED, ".");
  const sent = SENT_APOLOGIES.exec(text);
  return sent ? sent[1] : null;
}
var FOR_LATENESS = /\bfor (?:lateness|late arrival|arriving late)\b/i;
function withoutLateness(list) {
  return FOR_LATENESS.test(list) ? list.split(",").filter((piece) => !FOR_LATENESS.test(piece)).join(",") : list;
}
var BE_ACCEPTED = /,?\s+be (?:accepted|noted|received|approved)\b[^.]*\.?$/i;
var MAX_WRAPPED_LINES2 = 6;
function withWrappedList(lines, index, list, taken) {
  return withWrappedLines(lines, index, list, MAX_WRAPPED_LINES2, (text) => /[.!?]\s*$/.test(text) && !endsWithTitle(text) || firstSentence(text) !== text.trim(), taken);
}
function stripCommentary(text) {
  const who = WHO.exec(text) ?? REASON.exec(text);
  return who ? trimSeparators(text.slice(0, who.index)) : text;
}
var REASON = /\s(?:due to|owing to|because of|is|are)\s/i;
function assignOffices(people, holders) {
  if (holders.length === 0) return;
  const byName = new Map(people.attendees.map((person) => [fold(person.name), person]));
  const absent = new Set(people.apologies.map((person) => fold(person.name)));
  const noRoll = people.attendees.length === 0;
  for (const holder of holders) {
    const key = fold(holder.name);
    const listed = byName.get(key) ?? people.attendees.find((person) => person.handle !== null && fold(person.handle.replace(/^@/, "")) === key.replace(/^@/, ""));
    if (listed) listed.role ??= holder.role;
    else if (!key.includes(" ") && people.attendees.filter((person) => fold(person.name).split(" ")[0] === key).length === 1) continue;
    else if (!absent.has(key) && (people.sections.some((section) => section.kind === "attendees") || noRoll)) {
      const after = people.attendees.findIndex((person) => person.line > holder.line);
      people.attendees.splice(after < 0 ? people.attendees.length : after, 0, holder);
      byName.set(key, holder);
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
function addressOf(address, name) {
  const local = address.slice(0, address.indexOf("@")).toLowerCase().replace(/[^a-z]/g, "");
  const words2 = fold(name).split(" ").map((word) => word.replace(/[^a-z]/g, "")).filter(Boolean);
  return words2.length > 1 && (local === words2.join("") || local === words2[0][0] + words2[words2.length - 1]);
}
var UNLABELLED_ROLL_LINES = 12;
var UNLABELLED_ROLL_MIN = 4;
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
    const person = parsePersonEntry(entry, line.line, null, { loneNames: false });
    if (person && !person.role && !person.organisation) people.push(person);
    else if (++misses * 10 > entries.length) return [];
  }
  return people.length * 10 >= entries.length * 9 ? people : [];
}
var labels = [];
var surnameFirstRolls = false;
var rollHeader = null;
var SURNAME_FIRST_LINE = letterPattern(String.raw`^(?:(?:${NAME_PARTICLE}|\u00d3|N\u00ed) )*\p{Lu}[\p{L}'\u2019-]*, \p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}\.?)?(?: \([^()]*\))?$`, "u");
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
var APOLOGIES_AFTER_NAME = /\s(?:[(\u2013\u2014-]\s?)?(?:sent )?(?:apologies|apols|regrets)\b(?! for lateness)/i;
var PAGE_FIELD = /^[A-Z][a-z]+(?: [a-z\d]+){0,4}: \S/;
var REPORT_FIGURES = /^[A-Z][\w ]{1,30}: (?:\d|.*\d%)/;
var GROUP_LINE = /^([A-Z][^:]{0,60}?): (\S.*)$/;
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
    let text = paragraph ? (label.kind === "apologies" && next.text.startsWith("That ") ? apologySentence(next.text) : null) ?? listSentence(next.text) : firstEntry ?? label.inline;
    let oneEntry = firstEntry !== null;
    const readList = () => oneEntry || entryPerLine && NAME_DASH_OFFICE.test(text) && !holdsList(text) ? [parsePersonEntry(text, line)].filter((person) => person !== null) : parseInlineList(text, line);
    if (paragraph && !withoutFullStop(next.text).endsWith(withoutFullStop(text))) {
      addAll(into, parseInlineList(text, next.line));
      return i;
    }
    let line = paragraph ? next.line : lines[start].line;
    const read = [];
    const found = into.length;
    if (paragraph) read.push(lines[i++]);
    while (i < lines.length && (!lines[i].blockStart || isUnfinished(text)) && lines[i].kind !== "heading" && !lines[i].cells && !readLabel(lines[i]) && !matchOfficeLine(lines[i].text) && !PAGE_FIELD.test(lines[i].text) && !REPORT_FIGURES.test(lines[i].text) && !opensField(lines[i])) {
      read.push(lines[i]);
      const goesOn = entryPerLine ? endsMidName(text) || endsInsideBracket(text) || text.endsWith(",") || lines[i].text.startsWith("(") : !ENDS_WITH_ADDRESS.test(text) && !REMARK.test(lines[i].text) && (wrapsOnto(text, lines[i].text) || isHardWrapped(lines[i - 1].text));
      if (text.length < 2e3 && goesOn) text = joinWrapped(text, lines[i].text);
      else {
        addAll(into, readList());
        const columns = entryPerLine ? columnsAsEntry(lines[i], 0) : null;
        text = columns ?? lines[i].text;
        oneEntry = columns !== null;
        line = lines[i].line;
      }
      i++;
    }
    const nextLabel = i < lines.length && !lines[i].blockStart && !lines[i].cells && !matchRollLabel(lines[i].text) ? findLabelInLine(lines[i].text) : null;
    if (nextLabel) text = `${text} ${lines[i].text.slice(0, nextLabel.index)}`;
    addAll(into, readList());
    if (into.length > found) for (const each of read) entryLines.add(each);
    if (paragraph) return i;
    if (lines[start].cells && lines[i]?.cells?.[0] && !isPersonalName(stripHonorifics(lines[i].cells[0]))) return i;
  }
  const sideBySide = label.inline ? null : readSideBySide(lines, i);
  if (sideBySide) {
    for (const entry of sideBySide.entries) addAll(into, readEntryLine(entry));
    for (let k = i; k < sideBySide.end; k++) entryLines.add(lines[k]);
    i = sideBySide.end;
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
    if (into.length > 0 && isInCapitals(line.text) && !into.some((person) => isInCapitals(person.name))) break;
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
    into.splice(0, into.length, ...into.filter((person) => !unticked.includes(person)));
    addAll(absent, unticked);
  }
  return i - pending.length;
}
function descriptorWrapsOnto(text, next) {
  if (!DESCRIBED_ENTRY.test(text) || DESCRIBED_ENTRY.test(next)) return false;
  return JOINING_END.test(text) || startsLowerCase(next) || hasOrganisationWord(next) && !next.includes(", ");
}
var DESCRIBED_ENTRY = /\s[\u2013\u2014-](?:\s|$)/;
var JOINING_END = /(?:\s[\u2013\u2014-]|\s(?:and|of|for|&|the|in)|,)$/;
var PERSONAL_TITLE_FIRST = /^(?:mrs?|ms|miss|mx|dr|prof(?:essor)?|cllr|councillor|sir|dame|lord|lady|rev(?:d|erend)?|canon)\.?\s/i;
var NAME_FIRST = /^(?:$|,|\s\()/;
function readSeat(line) {
  const seat = line.text.includes(": ") ? SEAT_THEN_NAME.exec(line.text) : null;
  if (!seat || matchRollLabel(seat[1])?.bare || endsWithRollWord(seat[1]) || isRoleLike(seat[1]) || isRoleLike(seat[2]) || parsePersonEntry(seat[1], line.line, null, { loneNames: false })) return null;
  const person = parsePersonEntry(seat[2], line.line, null, { loneNames: false });
  if (!person || !isPersonalName(person.name)) return null;
  const body = seat[1].slice(seat[1].search(/ [\u2013\u2014-] /) + 3);
  const organisation = body !== seat[1] && hasOrganisationWord(body) ? body : null;
  return { ...person, role: person.role ?? seat[1], organisation: person.organisation ?? organisation };
}
function readSideBySide(lines, start) {
  const isPerson = (cell) => {
    const person = parsePersonEntry(cell, 0, null, { loneNames: false });
    return person !== null && (PERSONAL_TITLE_FIRST.test(cell) || cell.startsWith(person.name) && NAME_FIRST.test(cell.slice(person.name.length)));
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
    const person2 = parsePersonEntry(line.text.replace(ITEM_NUMBER2, ""), line.line, null, { loneNames: false });
    return person2 && !isRoleLike(person2.name) ? [person2] : [];
  }
  const surnameFirst = surnameFirstRolls && SURNAME_FIRST_LINE.test(line.text) ? givenNameFirst(line.text) : line.text;
  if (surnameFirst !== line.text) {
    const person2 = parsePersonEntry(surnameFirst, line.line, line.lead);
    return person2 ? [person2] : [];
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
  const person = parsePersonEntry(line.text, line.line, line.lead, { loneNames }) ?? (WHO.test(line.text) ? parsePersonEntry(stripCommentary(line.text), line.line, line.lead, { loneNames: false }) : null);
  return person ? [person] : [];
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
function holdsList(text) {
  return isList(text, parseInlineList(text, 0));
}
function isList(text, people) {
  return splitTopLevel(text, SEMICOLON).length > 1 || people.length >= 3;
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
var OPENS_WITH_BULLET = /^(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf]|\[[ xX\u2713]\])/;
function isPlainPerson(person) {
  return person !== null && !hasOrganisationWord(person.name);
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
function isMarkedPerson(person, entry) {
  return person.initials !== null || person.handle !== null || person.role !== null || stripHonorifics(entry) !== entry.trim();
}
function isInitialledEntry(entry, line) {
  const person = entry.includes("(") ? parsePersonEntry(entry, line) : null;
  return person !== null && (person.initials !== null || person.handle !== null);
}
function isSemicolonList(line) {
  const pieces = splitTopLevel(line.text, SEMICOLON);
  return pieces.length >= 2 && pieces.every((piece) => parsePersonEntry(piece, line.line, null, { loneNames: false }) !== null);
}
var DASH_CELL = /^[-\u2013\u2014]$/;
var ENTRY_NUMBER_CELL = /^\d{1,3}[.)]?$/;
function rowAsEntry(line) {
  const cells = line.cells.filter((cell, index) => cell && !DASH_CELL.test(cell) && !(index === 0 && ENTRY_NUMBER_CELL.test(cell)));
  if (cells.length > 1 && isCategory(cells[0])) cells.shift();
  return { ...line, text: cells.join(", "), cells: null };
}
function isCategory(cell) {
  return cell.endsWith("s") && !cell.includes(" ") && isRoleWord(cell.slice(0, -1).toLowerCase());
}
var ANY_LETTER = letterPattern(String.raw`\p{L}`, "u");
function nameAsWritten(cell, line) {
  const name = stripHonorifics(cell.replace(/\s*\([^)]*\)\s*/g, " ").trim());
  if (!ANY_LETTER.test(name) || name.split(/\s+/).length > 6) return null;
  return { name, initials: null, handle: null, organisation: null, role: null, line };
}
function footnotedArrivals(lines, index) {
  return lines.slice(index + 1, index + 40).some((line) => ARRIVAL_NOTE2.test(line.text));
}
var ARRIVAL_NOTE2 = /^(?:\*\s*)?(?:arrived|joined)\b.{0,60}$/i;
function personFromRow(header, line, starredArrived = false) {
  const cell = (pattern) => {
    const index = header.findIndex((h) => pattern.test(h));
    return index >= 0 ? line.cells[index]?.trim() || null : null;
  };
  const written = cell(HANDLE_COLUMN);
  const handle = written ? `@${written.replace(/^@/, "")}` : null;
  const name = cell(NAME_COLUMN) ?? (handle && /^@[\w.-]+$/.test(handle) ? handle : null);
  if (!name) return { present: [], absent: [] };
  const person = VACANT.test(name) ? null : parsePersonEntry(name, line.line) ?? nameAsWritten(name, line.line);
  if (!person) return { present: [], absent: [] };
  if (handle && /^@[\w.-]+$/.test(handle)) person.handle ??= handle;
  person.role ??= cleanDescriptor(cell(/^(?:role|position|(?:job )?title|office|post|capacity|designation|seat|portfolio)$/)?.split(" / ")[0] ?? null);
  person.role ??= cleanDescriptor(cell(/^(?:category|constituency|membership type)$/));
  person.organisation ??= cleanDescriptor(cell(/^(?:organi[sz]ation|org|body|agency|representing|company|affiliation|employer|institution|partner|beneficiary)$/));
  person.initials ??= cell(/^(?:initials|abbreviation|abbr\.?|acronym|short name|code)$/);
  const attended = cell(ATTENDED_COLUMN);
  const deputy = attended ? DEPUTY.exec(attended) : null;
  if (deputy) {
    const standIn = parsePersonEntry(deputy[1], line.line);
    return { present: standIn ? [standIn] : [], absent: [person] };
  }
  const absent = attended !== null && MARKED_ABSENT.test(attended) && !(starredArrived && attended.endsWith("*"));
  return absent ? { present: [], absent: [person] } : { present: [person], absent: [] };
}
var HANDLE_COLUMN = /^(?:github|github handle|handle|username|irc|nick|slack)$/i;
var ATTENDED_COLUMN = /^(?:attended|present|attendance|attending|in attendance|p ?\/ ?a|present ?\/ ?absent)\??$/;
var VACANT = /^(?:vacant|vacancy)$/i;
var MARKED_ABSENT = /^(?:n|no|x|\u2717|\u2718|a|d|absent|apologies|apols?|not present)(?!\w)/i;
var DEPUTY = /^(?:deputy|represented by|substitute|sub)\s*[:\u2013\u2014-]?\s*(\S.*)$/i;
function addAll(into, people) {
  for (const person of people) into.push(person);
}
function dedupe(people) {
  const seen = /* @__PURE__ */ new Set();
  const named = people.filter((person) => !person.name.includes("@"));
  people = people.filter((person) => {
    const owner = person.name.includes("@") ? named.find((other) => addressOf(person.name, other.name)) : void 0;
    if (owner) owner.role ??= person.role;
    return owner === void 0;
  });
  const surnames = new Set(people.filter((person) => person.name.includes(" ")).map((person) => fold(person.name.slice(person.name.lastIndexOf(" ") + 1))));
  const givenNames = /* @__PURE__ */ new Map();
  for (const person of people) {
    if (!person.name.includes(" ")) continue;
    const given = fold(person.name.slice(0, person.name.indexOf(" ")));
    givenNames.set(given, (givenNames.get(given) ?? 0) + 1);
  }
  return people.filter((person) => {
    const key = fold(person.name);
    if (seen.has(key) || !person.name.includes(" ") && (surnames.has(key) || givenNames.get(key) === 1)) return false;
    seen.add(key);
    return true;
  });
}

// src/parse/index.ts
function parseMinutes(text, options = {}) {
  const source = readSource(text, options);
  return parseSource(source, options);
}
function parseSource(source, options = {}) {
  const order = options.dateOrder ?? detectDateOrder(source.text, isoDatesStated(source));
  const people = extractPeople(source);
  const itemLines = [];
  const items = extractItems(source, people.entryLines, itemLines);
  const firstItem = itemLines.length > 0 ? source.lines.indexOf(itemLines[0]) : -1;
  const firstSection = people.sections.reduce((first, s) => Math.min(first, s.index), firstItem >= 0 ? firstItem : Infinity);
  const header = extractHeader(source, firstSection, order);
  const itemAt = locateItems(items);
  const { actions, updates, warnings } = extractActions(source, {
    meetingDate: header.date,
    order,
    itemAt,
    itemNumbers: new Set(items.flatMap((item) => item.number === null ? [] : [item.number])),
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
    items,
    actions,
    updates,
    commitments: extractCommitments(source, itemAt),
    decisions: extractDecisions(source, itemAt),
    closures: extractClosures(source, order),
    warnings: [...source.unacceptedChanges ? [unacceptedChangesWarning(source.file)] : [], ...header.overriddenFrontDate ? [frontDateWarning(source.file, header)] : [], ...source.truncated.map((line) => longLineWarning(source.file, line)), ...people.duplicates.map((person) => duplicateWarning(source.file, person)), ...people.unread.map((line) => unreadEntryWarning(source.file, line)), ...warnings].sort((a, b) => a.line - b.line),
    ...source.pageStarts ? { pageStarts: source.pageStarts } : {}
  };
}
var ISO_DATE = /(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)/;
function isoDatesStated(source) {
  const stated = [];
  const front = source.frontMatter.date;
  if (front instanceof Date && !Number.isNaN(front.getTime())) stated.push(front.toISOString().slice(0, 10));
  for (const text of [typeof front === "string" ? front : "", source.file.slice(source.file.lastIndexOf("/") + 1)]) {
    const m = ISO_DATE.exec(text);
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
function duplicateWarning(file, person) {
  return {
    file,
    line: person.line,
    column: 1,
    severity: "warning",
    ruleId: "duplicate-attendee",
    messageId: "duplicate-person",
    reason: `\`${person.name}\` is listed twice; remove the repeat`
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

// src/cli/parse-job.ts
function runParseJob(job, settings2) {
  const text = decodeMinutes(job.file, job.bytes);
  const meeting = parseMinutes(text, { file: job.file, dateOrder: settings2.dateOrder, aliases: settings2.aliases, closedWords: settings2.closedWords });
  if (settings2.shape === "register") return JSON.stringify({ ...meeting, attendees: [], apologies: [], items: [], decisions: [] });
  if (settings2.shape === "report") return JSON.stringify({ ...meeting, items: [], decisions: [] });
  return JSON.stringify(meeting);
}
function parseFailure(file, error) {
  const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0];
  return new InputError(file, `could not be parsed (${reason}); the other files were still read (this is a fault in vawg: please report it with the file)`);
}

// src/cli/parse-worker.ts
var settings = workerData;
var port = parentPort;
port.on("message", (job) => {
  try {
    port.postMessage({ json: runParseJob(job, settings) });
  } catch (error) {
    port.postMessage({ problem: (error instanceof InputError ? error : parseFailure(job.file, error)).problem });
  }
});
