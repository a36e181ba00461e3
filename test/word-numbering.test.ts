import { describe, expect, test } from 'vitest';
import { headingNumbers } from '../src/read/word-numbering.js';

// The numbers Word shows on numbered headings, from the document's list definitions.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, format: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level(0, 'upperRoman', '%1.')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${level(0, 'none', '')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="3">${level(0, 'lowerLetter', '(%1)', 3)}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;
const styles = `<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>`;
const p = (text: string, style?: string, numId?: number, ilvl = 0) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbersOf = (...paragraphs: string[]) => headingNumbers({ document: `<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`, numbering, styles });

describe('headingNumbers', () => {
  test('one entry per heading; numbered lists count on past paragraphs and list items between headings', () => {
    expect(numbersOf(p('Minutes', 'Heading1'), p('Welcome', 'Heading1', 1), p('Text'), p('A point', undefined, 1, 1), p('Finance', 'Heading1', 1), p('Budget', 'Heading1', 1, 1))).toEqual([null, '1.', '2.', '2.1']);
  });

  test('a deeper level starts again under each item of the level above', () => {
    expect(numbersOf(p('One', 'Heading1', 1), p('Sub', 'Heading1', 1, 1), p('Sub', 'Heading1', 1, 1), p('Two', 'Heading1', 1), p('Sub', 'Heading1', 1, 1))).toEqual(['1.', '1.1', '1.2', '2.', '2.1']);
  });

  test('numbering from the heading style; roman numerals', () => {
    expect(numbersOf(p('Call to order', 'Heading2'), p('Minutes', 'Heading2'), p('Finance', 'Heading2'), p('Close', 'Heading2'))).toEqual(['I.', 'II.', 'III.', 'IV.']);
  });

  test('a level that shows no number gives none; letters from the level’s start', () => {
    expect(numbersOf(p('Quiet', 'Heading1', 3), p('Lettered', 'Heading1', 4), p('Lettered', 'Heading1', 4))).toEqual([null, '(c)', '(d)']);
  });
});
