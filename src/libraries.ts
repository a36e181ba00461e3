import { createRequire } from 'node:module';
import { loadModule } from './load-module.js';

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

type ChartLibraries = { vega: typeof import('vega'); vegaLite: typeof import('vega-lite') };
let charts: Promise<ChartLibraries> | null = null;
/** vega and vega-lite, which draw the report's charts: large ES modules, loaded only by `vawg report`. */
export function chartLibraries(): Promise<ChartLibraries> {
  charts ??= Promise.all([loadModule('vega'), loadModule('vega-lite')]).then(([vega, vegaLite]) => ({ vega, vegaLite }) as ChartLibraries);
  return charts;
}
