/**
 * A real one-page PDF (PDF 1.4, Helvetica, A4) with the given lines, for the demo documents:
 * small, valid (cross-reference offsets counted in bytes), and made on the spot rather than
 * committed as binary fixtures. Only printable ASCII is kept: the standard font's encoding has
 * no Azerbaijani letters.
 */
export function onePagePdf(title: string, lines: string[]): Buffer {
  const pdfString = (text: string) =>
    text
      .replace(/[‘’]/g, "'")
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[\\()]/g, (char) => `\\${char}`);
  const content = [
    'BT',
    '/F1 11 Tf',
    '14 TL',
    '56 780 Td',
    ...lines.map(
      (line, index) => `${index === 0 ? '/F1 14 Tf ' : index === 1 ? '/F1 11 Tf ' : ''}(${pdfString(line)}) '`,
    ),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title (${pdfString(title)}) /Producer (BHR portal demo seed) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
