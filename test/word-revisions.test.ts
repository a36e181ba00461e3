import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/program.js';
import { fakeIo } from './helpers/fake-io.js';

// Word documents as Word writes them, made at test time with the `docx` library: tracked insertions
// and deletions, and comments, in Word's own markup.

const change = { author: 'Clerk', date: '2025-05-03T10:00:00Z' };

function minutes(body: Paragraph[], comments: { id: number; text: string }[] = []): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      comments: { children: comments.map(({ id, text }) => ({ id, ...change, date: new Date(change.date), children: [new Paragraph(text)] })) },
      sections: [{ children: [new Paragraph('Minutes of the meeting held on 3 May 2025'), ...body] }],
    }),
  );
}

/** Runs `vawg parse --format json` on one file in a fresh folder. */
async function parse(name: string, bytes: Uint8Array, ...flags: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'vawg-revisions-'));
  writeFileSync(join(dir, name), bytes);
  const io = fakeIo({ cwd: dir });
  const code = await run(['parse', '--format', 'json', ...flags, name], io);
  return { code, err: io.err, model: io.out ? JSON.parse(io.out) : null };
}

const roll = () =>
  new Paragraph({
    children: [
      new TextRun('Present: Ann Lee, Bo Chan'),
      new InsertedTextRun({ id: 1, ...change, text: ', Cy Dee' }),
      new DeletedTextRun({ id: 2, ...change, text: ', Di Eve' }),
    ],
  });

describe('tracked changes', () => {
  test('are read as if accepted, and a warning says so; --quiet silences it', async () => {
    const bytes = await minutes([roll(), new Paragraph('ACTION: Ann Lee to repair the gate.')]);
    const { code, err, model } = await parse('minutes.docx', bytes);
    expect(code).toBe(0);
    expect(model.attendees.map((person: { name: string }) => person.name)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee']);
    expect(model.warnings).toContainEqual(expect.objectContaining({ ruleId: 'tracked-changes', messageId: 'unaccepted-changes' }));
    expect(err).toBe('vawg: warning: minutes.docx: The document has tracked changes that are not accepted; read as if accepted [tracked-changes]\n');
    expect((await parse('minutes.docx', bytes, '--quiet')).err).toBe('');
  });

  test('a document without them gets no warning', async () => {
    const { err, model } = await parse('minutes.docx', await minutes([new Paragraph('Present: Ann Lee, Bo Chan')]));
    expect(model.attendees).toHaveLength(2);
    expect(model.warnings).toEqual([]);
    expect(err).toBe('');
  });
});

describe('comments', () => {
  test('are not minutes: their text is not read', async () => {
    const bytes = await minutes(
      [
        new Paragraph('Present: Ann Lee, Bo Chan'),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('ACTION: Ann Lee to repair the gate.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
      ],
      [{ id: 0, text: 'ACTION: Bo Chan to check this wording. Present: Zed Zee' }],
    );
    const { code, model } = await parse('minutes.docx', bytes);
    expect(code).toBe(0);
    expect(model.actions.map((action: { text: string }) => action.text)).toEqual([expect.stringContaining('repair the gate')]);
    expect(JSON.stringify(model)).not.toMatch(/check this wording|Zed Zee/);
  });
});

/** An OLE compound file, as Word 97–2003 and encrypted documents are: its signature, and a stream named in its directory. */
function compoundFile(stream: string): Uint8Array {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from(stream, 'utf16le').copy(bytes, 1024);
  return bytes;
}

describe('files Word wrote that are not .docx', () => {
  test.each([
    ['a password-protected .docx', 'minutes.docx', 'EncryptedPackage', 'is password-protected'],
    ['a Word 97–2003 .doc', 'minutes.doc', 'WordDocument', 'is an old Word 97–2003 document (.doc); open it in Word or LibreOffice and save it as .docx'],
    ['a .doc renamed .docx', 'minutes.docx', 'WordDocument', 'is an old Word 97–2003 document (.doc)'],
  ])('%s is one line naming it, exit 1', async (_name, file, stream, problem) => {
    const { code, err, model } = await parse(file, compoundFile(stream));
    expect(code).toBe(1);
    expect(model).toBeNull();
    expect(err.split('\n')).toEqual([expect.stringContaining(`vawg: ${file}: ${problem}`), '']);
  });

  test('the other files of a batch are still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vawg-revisions-'));
    writeFileSync(join(dir, 'locked.docx'), compoundFile('EncryptedPackage'));
    writeFileSync(join(dir, 'open.docx'), await minutes([roll(), new Paragraph('ACTION: Ann Lee to repair the gate.')]));
    const io = fakeIo({ cwd: dir });
    expect(await run(['actions', '--format', 'json', '--quiet', '.'], io)).toBe(1);
    expect(io.err).toBe('vawg: locked.docx: is password-protected (an encrypted Word document); save a copy without the password and read that\n');
    expect(io.out).toContain('repair the gate');
  });
});
