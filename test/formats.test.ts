import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { readMinutesFile } from '../src/read/file.js';
import { fold } from '../src/text/normalise.js';
import { FIXTURES, loadFixtures, project, projectExpected, readGaps } from './helpers/fixtures.js';

// Format invariance: the same minutes written as a web page (every fixture's input.html), as the
// Word document and the PDF LibreOffice makes of that page, and as the PDF printed from that Word
// document (the way most secretariats make their PDFs), give the model the golden fixture expects of
// the text. Where a format alone reads a field otherwise, the fixture's known-gaps-<format> says so,
// and that field's test is expected to fail: when the reading is mended, the test says so too.
const FORMATS = ['html', 'docx', 'pdf', 'pdf-from-docx'] as const;
type Format = (typeof FORMATS)[number];
const EXACT_FIELDS = ['title', 'date', 'attendees', 'apologies', 'items', 'actions', 'updates', 'commitments'] as const;
const PAGES = loadFixtures().filter((fixture) => existsSync(join(FIXTURES, fixture.name, 'input.html')));

const work = mkdtempSync(join(tmpdir(), 'vawg-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILTERS = { docx: 'docx:MS Word 2007 XML', pdf: 'pdf:writer_web_pdf_Export', 'pdf-from-docx': 'pdf:writer_pdf_Export' };

/** Where LibreOffice writes a format's files: the PDFs printed from the Word documents apart from those made of the pages, which have the same names. */
function folderOf(format: keyof typeof FILTERS): string {
  return format === 'pdf-from-docx' ? join(work, 'from-docx') : work;
}

/** LibreOffice makes each file into the format, all in one run (a profile of its own, so that a LibreOffice running elsewhere does not take the job). */
function convert(files: string[], format: keyof typeof FILTERS): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', FILTERS[format], '--outdir', folderOf(format), ...files], { stdio: 'ignore', timeout: 600_000 });
}

/** Whether LibreOffice Writer is here to make Word documents (Calc alone cannot). */
function canMakeDocx(): boolean {
  try {
    const probe = join(work, 'probe.html');
    writeFileSync(probe, '<p>probe</p>');
    convert([probe], 'docx');
    return existsSync(join(work, 'probe.docx'));
  } catch {
    return false;
  }
}
const soffice = canMakeDocx();
if (!soffice) console.warn('test/formats.test.ts: LibreOffice Writer (soffice) is not installed; the Word and PDF versions of the fixtures are not tested');

/** The fixtures' pages as .docx or .pdf files, or their Word documents as .pdf files, made once for all of them. */
const made = new Set<Format>();
function converted(name: string, format: Format): string {
  if (format === 'html') return join(FIXTURES, name, 'input.html');
  if (!made.has(format)) {
    const sources = PAGES.map((fixture) => {
      if (format === 'pdf-from-docx') return converted(fixture.name, 'docx');
      const page = join(work, `${fixture.name}.html`);
      copyFileSync(join(FIXTURES, fixture.name, 'input.html'), page);
      return page;
    });
    convert(sources, format);
    made.add(format);
  }
  return join(folderOf(format), `${name}.${format === 'docx' ? 'docx' : 'pdf'}`);
}

/** One field's test: skipped, with the reason, without LibreOffice; expected to fail where the format's known gaps name it. */
function fieldTest(field: string, skip: boolean, gap: boolean, body: () => Promise<void>): void {
  if (skip) test.skip(`${field} (skipped: LibreOffice Writer, \`soffice\`, is not installed)`, body);
  else (gap ? test.fails : test)(field, { timeout: 180_000 }, body);
}

async function parseFile(file: string) {
  return parseMinutes(await readMinutesFile(file), { file });
}

describe.each(FORMATS)('%s minutes give the text model', (format) => {
  for (const fixture of PAGES) {
    describe(fixture.name, () => {
      const skip = format !== 'html' && !soffice;
      const formatGaps = readGaps(join(FIXTURES, fixture.name, `known-gaps-${format}`));
      let model: Record<string, unknown> | undefined;
      const actual = async () => {
        model ??= project(await parseFile(converted(fixture.name, format)));
        return model;
      };
      const expected = projectExpected(fixture.expected);
      for (const field of EXACT_FIELDS) {
        if (fixture.knownGaps.has(field)) continue;
        fieldTest(field, skip, formatGaps.has(field), async () => {
          expect((await actual())[field]).toEqual(expected[field]);
        });
      }
      if (!fixture.knownGaps.has('decisions')) {
        fieldTest('decisions', skip, formatGaps.has('decisions'), async () => {
          const got = ((await actual()).decisions as string[]).map(fold);
          const want = (expected.decisions as string[]).map(fold);
          expect(got.length).toBe(want.length);
          for (const decision of want) expect(got.some((g) => g.includes(decision) || decision.includes(g))).toBe(true);
        });
      }
    });
  }
});

test('the HTML fixtures are written as pages, not as the text', () => {
  expect(PAGES.length).toBeGreaterThan(30);
  for (const fixture of PAGES) expect(readFileSync(join(FIXTURES, fixture.name, 'input.html'), 'utf8'), fixture.name).toMatch(/<(?:h[1-3]|p|table|li)\b/);
});
