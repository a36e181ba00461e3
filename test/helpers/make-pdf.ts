import { PDFDocument, StandardFonts } from 'pdf-lib';

// Small PDFs laid out by hand with pdf-lib, each piece of text at an exact place, for the layouts a
// reader of PDFs must undo: two columns, tables across pages, running headers and footers.

/** A piece of text: x from the left edge, y (its baseline) from the top edge of an A4 page, in points. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

export const A4 = { width: 595, height: 842 };

/** A PDF of the pages given, in Helvetica (bold where asked). */
export async function makePdf(pages: Placed[][]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  for (const pieces of pages) {
    const page = document.addPage([A4.width, A4.height]);
    for (const piece of pieces) page.drawText(piece.text, { x: piece.x, y: A4.height - piece.y, size: piece.size ?? 11, font: piece.bold ? bold : regular });
  }
  return document.save({ useObjectStreams: false });
}

/** Lines of text one under the other from (x, y), `leading` apart. */
export function column(x: number, y: number, texts: string[], leading = 14, size = 11): Placed[] {
  return texts.map((text, index) => ({ text, x, y: y + index * leading, size }));
}

/** Table rows from (top) y, each cell at its column's x, rows `leading` apart. */
export function tableRows(columns: number[], y: number, rows: string[][], leading = 14, bold = false): Placed[] {
  return rows.flatMap((row, index) => row.map((text, cell) => ({ text, x: columns[cell], y: y + index * leading, size: 11, bold })).filter((piece) => piece.text !== ''));
}
