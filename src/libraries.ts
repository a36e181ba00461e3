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

let zip: typeof import('jszip') | null = null;
/** jszip (which mammoth uses too), to look inside a Word document for tracked changes: loaded only when a .docx is read. */
export function zipLibrary(): typeof import('jszip') {
  zip ??= load('jszip') as typeof import('jszip');
  return zip;
}

let xml: typeof import('@xmldom/xmldom') | null = null;
/** xmldom (which mammoth uses too), to read a Word document's list definitions: loaded only when a .docx is read. */
export function xmlLibrary(): typeof import('@xmldom/xmldom') {
  xml ??= load('@xmldom/xmldom') as typeof import('@xmldom/xmldom');
  return xml;
}

let calendar: typeof import('ical-generator') | null = null;
/** ical-generator, for its RFC 5545 text escaping and line folding: loaded only for `--format ics`. */
export function calendarLibrary(): typeof import('ical-generator') {
  calendar ??= load('ical-generator') as typeof import('ical-generator');
  return calendar;
}

/** The part of nodemailer's MailComposer vawg uses: a message's options in, its RFC 5322 bytes out. */
export type MailComposerClass = new (mail: Record<string, unknown>) => { compile(): { build(callback: (error: Error | null, message: Buffer) => void): void } };
let mail: MailComposerClass | null = null;
/** nodemailer's MailComposer, to build MIME messages (never to send them): loaded only for `remind --format eml`. */
export function mailComposer(): MailComposerClass {
  mail ??= load('nodemailer/lib/mail-composer') as MailComposerClass;
  return mail;
}

let slug: typeof import('slugify') | null = null;
/** slugify, which spells names in ASCII for file names (Ø as O, ß as ss): loaded only by `remind`. */
export function slugLibrary(): typeof import('slugify') {
  slug ??= load('slugify') as typeof import('slugify');
  return slug;
}

type ChartLibraries = { vega: typeof import('vega'); vegaLite: typeof import('vega-lite') };
let charts: Promise<ChartLibraries> | null = null;
/** vega and vega-lite, which draw the report's charts: large ES modules, loaded only by `vawg report`. */
export function chartLibraries(): Promise<ChartLibraries> {
  charts ??= Promise.all([importModule('vega'), importModule('vega-lite')]).then(([vega, vegaLite]) => ({ vega, vegaLite }) as ChartLibraries);
  return charts;
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
