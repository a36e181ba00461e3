import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { readMinutesFile } from '../src/read/file.js';
import { readSource } from '../src/read/index.js';
import { fakeIo } from './helpers/fake-io.js';

// jszip comes with mammoth: here it writes small Word documents by hand, with real list definitions.
const JSZip = createRequire(import.meta.url)('jszip') as typeof import('jszip');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string, { style, list, level = 0 }: { style?: string; list?: number; level?: number } = {}) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${list ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${list}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`);
  const level = (ilvl: number, format: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/></w:lvl>`;
  zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level(0, 'decimal')}${level(1, 'lowerLetter')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'bullet')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`);
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'vawg-word-'));
}

async function wordLines(body: string) {
  const file = join(scratch(), 'minutes.docx');
  writeFileSync(file, await docx(body));
  return readSource(await readMinutesFile(file), { file }).lines;
}

describe('Word documents', () => {
  test('headings from heading styles; a numbered list keeps counting past the minutes between its items; line is the paragraph number', async () => {
    const lines = await wordLines(
      paragraph('Parish Council', { style: 'Heading1' }) +
        paragraph('Present: A Smith, B Jones') +
        paragraph('Apologies for absence', { list: 1 }) +
        paragraph('None were received.') +
        paragraph('Minutes of the last meeting', { list: 1 }) +
        paragraph('Matters arising', { list: 1, level: 1 }) +
        paragraph('Correspondence', { list: 1, level: 1 }) +
        paragraph('Finance', { list: 1 }) +
        paragraph('Payments', { list: 1, level: 1 }) +
        paragraph('Gate repaired', { list: 2 }),
    );
    expect(lines.map(({ line, kind, depth, marker, text }) => [line, kind, depth, marker, text])).toEqual([
      [1, 'heading', 1, null, 'Parish Council'],
      [2, 'text', 0, null, 'Present: A Smith, B Jones'],
      [3, 'item', 0, '1.', 'Apologies for absence'],
      [4, 'text', 0, null, 'None were received.'],
      [5, 'item', 0, '2.', 'Minutes of the last meeting'],
      [6, 'item', 1, '1.', 'Matters arising'],
      [7, 'item', 1, '2.', 'Correspondence'],
      [8, 'item', 0, '3.', 'Finance'],
      // A deeper level starts again under each item of the level above.
      [9, 'item', 1, '1.', 'Payments'],
      [10, 'item', 0, '-', 'Gate repaired'],
    ]);
  });

  test('table rows keep their cells', async () => {
    const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;
    const lines = await wordLines(paragraph('Actions') + `<w:tbl><w:tr>${cell('Action')}${cell('Owner')}</w:tr><w:tr>${cell('Fix the gate')}${cell('AS')}</w:tr></w:tbl>`);
    expect(lines.filter((line) => line.cells).map((line) => line.cells)).toEqual([
      ['Action', 'Owner'],
      ['Fix the gate', 'AS'],
    ]);
  });

  test('a moved paragraph (a tracked move) is read once, where it went, and the move is warned about', async () => {
    const textRun = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const dir = scratch();
    const file = join(dir, 'minutes.docx');
    writeFileSync(file, await docx(`<w:p><w:moveFrom w:id="1" w:author="Clerk">${textRun('ACTION: A Smith to fix the gate.')}</w:moveFrom></w:p>` + paragraph('Present: A Smith, B Jones') + `<w:p><w:moveTo w:id="2" w:author="Clerk">${textRun('ACTION: A Smith to fix the gate.')}</w:moveTo></w:p>`));
    const source = readSource(await readMinutesFile(file), { file });
    expect(source.lines.map((line) => line.text)).toEqual(['Present: A Smith, B Jones', 'ACTION: A Smith to fix the gate.']);
    expect(source.unacceptedChanges).toBe(true);
  });

  test('a .docx that unpacks to far more than --max-size is refused before it is unpacked', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.docx'), await docx(paragraph('x'.repeat(200_000))));
    const io = fakeIo({ cwd: dir });
    expect(await run(['parse', '--max-size', '0.01', 'big.docx'], io)).toBe(1);
    expect(io.err).toMatch(/^vawg: big\.docx: unpacks to \d+ MB, over 8 times the --max-size limit\n$/);
  });
});

describe('vawg with Word and HTML files', () => {
  test('`vawg parse minutes.html` gives the model', async () => {
    const io = fakeIo();
    expect(await run(['parse', 'fixtures/decision-markers-multipart-motion-votes-withdrawn/input.html'], io)).toBe(0);
    const model = JSON.parse(io.out);
    expect(model.attendees).toHaveLength(12);
    expect(model.actions.map((action: { owners: { name: string }[] }) => action.owners[0].name)).toEqual(['Clerk', 'Clerk', 'Ada Whitmore']);
    expect(model.items[0]).toMatchObject({ number: '24/61', title: 'Apologies for absence', line: 15 });
  });

  test.each([
    ['not a zip at all', Buffer.from('Minutes of the meeting\nPresent: A Smith\n'), 'is not a Word document'],
    ['a truncated zip', async () => (await docx(paragraph('Present: A Smith'))).subarray(0, 200), 'the zip file is truncated or corrupt'],
    ['a zip without a document', async () => new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'nodebuffer' }), 'is not a readable Word document ('],
  ])('a corrupt .docx (%s) is one line naming it, exit 1, and the other files are still read', async (_name, make, problem) => {
    const dir = scratch();
    writeFileSync(join(dir, 'bad.docx'), typeof make === 'function' ? await make() : make);
    writeFileSync(join(dir, 'good.docx'), await docx(paragraph('Minutes of the meeting held on 3 May 2025') + paragraph('Present: A Smith, B Jones') + paragraph('ACTION: A Smith to fix the gate.')));
    writeFileSync(join(dir, 'page.html'), '<main><h1>Minutes of 10 May 2025</h1><p>Present: C Brown</p><p>ACTION: C Brown to mend the fence.</p></main>');
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '--format', 'json', '.'], io)).toBe(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain('vawg: bad.docx: ');
    expect(io.err).toContain(problem);
    expect(io.out).toContain('fix the gate');
    expect(io.out).toContain('mend the fence');
  });
});
