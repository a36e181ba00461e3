import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseMinutes } from '../src/parse/index.js';
import { readMinutesFile } from '../src/read/file.js';
import { fold } from '../src/text/normalise.js';
import { FIXTURES, loadFixtures, project, projectExpected } from './helpers/fixtures.js';

// Format invariance: the same minutes written as a web page, and as the Word document and the PDF
// LibreOffice makes of that page, give the model the golden fixture expects of the text.
// The Confluence page is a web page only: its task boxes are form controls, which Word has no list
// counterpart of.
const INVARIANT = {
  html: ['decision-markers-multipart-motion-votes-withdrawn', 'nhs-markdown-attendance-table-rag-log', 'confluence-discussion-table-unnumbered-items-mention-tasks'],
  docx: ['decision-markers-multipart-motion-votes-withdrawn', 'nhs-markdown-attendance-table-rag-log'],
  pdf: ['decision-markers-multipart-motion-votes-withdrawn', 'nhs-markdown-attendance-table-rag-log'],
};
/**
 * Fields a page cannot carry as the text does: the markdown's title is in its front matter, which a
 * web page has no counterpart of (its <title> is the site's), and the heading that stands for it is
 * read as headings are.
 */
const NOT_COMPARED: Record<string, string[]> = { 'nhs-markdown-attendance-table-rag-log': ['title'] };
const EXACT_FIELDS = ['title', 'date', 'attendees', 'apologies', 'items', 'actions', 'updates', 'commitments'] as const;

const work = mkdtempSync(join(tmpdir(), 'vawg-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILTERS = { docx: 'docx:MS Word 2007 XML', pdf: 'pdf:writer_web_pdf_Export' };

function convert(html: string, format: keyof typeof FILTERS = 'docx'): void {
  // A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', FILTERS[format], '--outdir', work, html], { stdio: 'ignore', timeout: 120_000 });
}

/** Whether LibreOffice Writer is here to make Word documents (Calc alone cannot). */
function canMakeDocx(): boolean {
  try {
    const probe = join(work, 'probe.html');
    writeFileSync(probe, '<p>probe</p>');
    convert(probe);
    return existsSync(join(work, 'probe.docx'));
  } catch {
    return false;
  }
}
const soffice = canMakeDocx();

/** The fixture's HTML as a .docx or a .pdf, made by LibreOffice in a scratch folder. */
function converted(name: string, format: keyof typeof FILTERS): string {
  const html = join(work, `${name}.html`);
  copyFileSync(join(FIXTURES, name, 'input.html'), html);
  convert(html, format);
  return join(work, `${name}.${format}`);
}

async function parseFile(file: string) {
  return parseMinutes(await readMinutesFile(file), { file });
}

describe.each(['html', 'docx', 'pdf'] as const)('%s minutes give the text model', (format) => {
  const fixtures = loadFixtures().filter((fixture) => INVARIANT[format].includes(fixture.name));
  test('the fixtures are there', () => expect(fixtures.map((fixture) => fixture.name).sort()).toEqual([...INVARIANT[format]].sort()));

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const skip = format !== 'html' && !soffice;
      let model: Record<string, unknown> | undefined;
      const actual = async () => {
        model ??= project(await parseFile(format === 'html' ? join(FIXTURES, fixture.name, 'input.html') : converted(fixture.name, format)));
        return model;
      };
      const expected = projectExpected(fixture.expected);
      for (const field of EXACT_FIELDS) {
        if (fixture.knownGaps.has(field) || NOT_COMPARED[fixture.name]?.includes(field)) continue;
        test.skipIf(skip)(`${field}${skip ? ' (skipped: LibreOffice Writer, `soffice`, is not installed)' : ''}`, { timeout: 180_000 }, async () => {
          expect((await actual())[field]).toEqual(expected[field]);
        });
      }
      test.skipIf(skip || fixture.knownGaps.has('decisions'))('decisions', { timeout: 180_000 }, async () => {
        const got = ((await actual()).decisions as string[]).map(fold);
        const want = (expected.decisions as string[]).map(fold);
        expect(got.length).toBe(want.length);
        for (const decision of want) expect(got.some((g) => g.includes(decision) || decision.includes(g))).toBe(true);
      });
    });
  }
});

test('the HTML fixtures are written as pages, not as the text', () => {
  for (const name of INVARIANT.html) expect(readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')).toMatch(/<h[12]>/);
});
