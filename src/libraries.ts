import { createRequire } from 'node:module';
import { importModule } from './import-module.js';

// The libraries only some runs need, loaded on first use and kept: yaml alone takes longer to load
// than parsing a file does. (Through require, not import(), so that they stay synchronous.)
const load = createRequire(import.meta.url);

let yaml: typeof import('yaml') | null = null;
export function yamlLibrary(): typeof import('yaml') {
  yaml ??= load('yaml') as typeof import('yaml');
  return yaml;
}

let csv: typeof import('csv-stringify/sync') | null = null;
export function csvLibrary(): typeof import('csv-stringify/sync') {
  csv ??= load('csv-stringify/sync') as typeof import('csv-stringify/sync');
  return csv;
}

let iconv: typeof import('iconv-lite') | null = null;
export function iconvLibrary(): typeof import('iconv-lite') {
  iconv ??= load('iconv-lite') as typeof import('iconv-lite');
  return iconv;
}

let excel: typeof import('exceljs') | null = null;
/** exceljs, for `--format xlsx`: large, and loaded only then. */
export function excelLibrary(): typeof import('exceljs') {
  excel ??= load('exceljs') as typeof import('exceljs');
  return excel;
}

let html: typeof import('parse5') | null = null;
/** parse5, for the HTML tables some markdown minutes hold: loaded only when a file has one. */
export function htmlLibrary(): typeof import('parse5') {
  html ??= load('parse5') as typeof import('parse5');
  return html;
}

let word: typeof import('mammoth') | null = null;
/** mammoth, which turns a Word document into HTML: loaded only when a .docx is read. */
export function wordLibrary(): typeof import('mammoth') {
  word ??= load('mammoth') as typeof import('mammoth');
  return word;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdf: Promise<PdfJs> | null = null;
/**
 * pdf.js (its build for Node), which reads the text of a PDF: loaded only when a .pdf is read. It is
 * an ES module only, so it is imported (see src/import-module.ts), not required.
 */
export function pdfLibrary(): Promise<PdfJs> {
  pdf ??= quietly(() => importModule('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJs>);
  return pdf;
}

/**
 * pdf.js prints warnings as it loads (a missing optional package, see src/read/pdf.ts), which would
 * break the one-line messages: they are held back while it loads.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}
