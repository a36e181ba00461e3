import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emitCsv } from '../src/emit/csv.js';
import { emitMarkdown } from '../src/emit/markdown.js';
import { safeForTerminal } from '../src/emit/terminal.js';
import { parseMinutes } from '../src/parse/index.js';
import { decodeBytes } from '../src/read/decode.js';
import { MAX_LINE_LENGTH } from '../src/read/source.js';

const schema = JSON.parse(readFileSync(new URL('../schema/meeting.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allowUnionTypes: true, allErrors: true }).compile(schema);

/** Parses as plain text and as markdown; both must return a model the schema accepts. */
function parsesToValidModel(text: string): void {
  for (const file of ['hostile.txt', 'hostile.md']) {
    const meeting = JSON.parse(JSON.stringify(parseMinutes(text, { file })));
    if (!validate(meeting)) throw new Error(`${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
}

// Pieces of real minutes' syntax, so random text hits the extractors' patterns, not just their misses.
const minutesPiece = fc.constantFrom(
  'ACTION (', 'ACTION (MOPAC) – ', 'ACTION: ', ')', '(', ' – ', ' - ', '—', ':', ';', ',', ' and ', '\t', '|', '\n', '\r\n', '\r',
  '1. ', '(a) ', 'IV. ', '- ', '* ', '- [ ] ', '- [x] @', '**', '# ', '### 2. ', '---\n', 'Present:', 'Apologies:', 'Regrets', 'RESOLVED: That',
  'It was agreed', 'Commitment 3 - ', 'commitments 4, 8 and 12', '16/07/2015', '31 of July', 'March 3, 2020', 'Jo Bloggs (JB), Org',
  'No\tAction\tLead\tDue\tStatus\n', '| Ref | Action | Owner |\n|---|---|---|\n', 'Complete.', 'G', 'c/f', '\u00a0', '’', '\u0000', '\ud800', '\u202e', '\u001b[31m',
);
const minutesLike = fc.array(fc.oneof(minutesPiece, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(''));

describe('hostile input never crashes the parser and always gives a valid model', () => {
  test('random minutes-like text', () => {
    fc.assert(fc.property(minutesLike, (text) => parsesToValidModel(text)), { numRuns: 300 });
  });

  test('random unicode, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => parsesToValidModel(text)), { numRuns: 200 });
  });

  test('random bytes are decoded or refused with a DecodeError, never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          parsesToValidModel(decodeBytes(bytes).text);
        } catch (error) {
          expect((error as Error).name).toBe('DecodeError');
        }
      }),
      { numRuns: 200 },
    );
  });

  // Each of these is a known way to make a backtracking pattern or a nested loop blow up.
  test.each([
    ['a 1 MB line of spaces', ' '.repeat(1_000_000) + 'x'],
    ['a 1 MB line of dashes', '-'.repeat(1_000_000)],
    ['a 1 MB line of tabs then text', '\t'.repeat(1_000_000) + 'ACTION'],
    ['"ACTION (" repeated', 'ACTION ('.repeat(150_000)],
    ['nested parentheses', '('.repeat(200_000) + 'Jo Bloggs' + ')'.repeat(200_000)],
    ['"and" chains after an owner', `ACTION: ${'Jo and '.repeat(100_000)}to go`],
    ['a very long owner tag', `Text. Action: ${'AB, '.repeat(100_000)}CD`],
    ['deeply nested markdown lists', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 400)}- item ${i}`).join('\n')],
    ['100,000 numbered lines', Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Item`).join('\n')],
    ['100,000 table rows', `No\tAction\tLead\n${Array.from({ length: 100_000 }, (_, i) => `${i}\tDo thing ${i}\tJo`).join('\n')}`],
    ['NUL bytes and lone surrogates', 'Present:\u0000 Jo \ud800Bloggs\n\nACTION (\udfff) – \u0000'],
  ])('%s', (_name, text) => {
    parsesToValidModel(text);
  });

  test('an over-long line is cut for the extractors and reported, not silently dropped', () => {
    const meeting = parseMinutes(`Board – 1 May 2024\n\n${'x'.repeat(MAX_LINE_LENGTH + 10)}\n`, { file: 'long.txt' });
    expect(meeting.warnings.map((w) => [w.ruleId, w.line])).toEqual([['line-too-long', 3]]);
  });
});

describe('output made from hostile text is safe', () => {
  const meeting = parseMinutes('Present:\nJo Bloggs (JB), Org\n\nACTION (JB) – =HYPERLINK("http://x") | pipe\u001b[2J\u001b]0;title\u0007 \u202eevil\n', { file: 'm.txt' });

  test('terminal text loses escape sequences, bidi overrides and control characters', () => {
    const shown = safeForTerminal(meeting.actions[0].text);
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(shown).toContain('=HYPERLINK');
  });

  test('markdown tables escape the pipe so the row keeps its columns', () => {
    const row = emitMarkdown([meeting]).split('\n').find((line) => line.includes('HYPERLINK'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(12);
  });

  test('CSV neutralises the formula by default and not when asked', () => {
    expect(emitCsv([meeting])).toContain(`'=HYPERLINK`);
    expect(emitCsv([meeting], { escapeFormulas: false })).not.toContain(`'=HYPERLINK`);
  });
});
