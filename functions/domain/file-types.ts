import type { AllowedContentType } from '#shared/file-types.ts';

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((byte, i) => head[i] === byte);

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** OpenDocument files are zips whose first entry, `mimetype`, names their type uncompressed. */
function openDocumentType(head: Buffer): string | undefined {
  if (!startsWith(head, zip)) return undefined;
  const text = head.subarray(30, 120).toString('latin1');
  return /^mimetype(application\/vnd\.oasis\.opendocument\.[a-z]+)/.exec(text)?.[1];
}

/** Text is text: valid UTF-8, without NUL or other binary control bytes. */
function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  if (/[\x01-\x08\x0e-\x1a\x1c-\x1f]/.test(head.toString('latin1'))) return false;
  try {
    // A multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a file's first bytes fit the type it was declared as. The name and the browser's
 * word are not trusted: an executable renamed to `.pdf` starts with `MZ`, not `%PDF-`.
 */
export function bytesMatchType(head: Buffer, contentType: AllowedContentType): boolean {
  switch (contentType) {
    case 'application/pdf':
      // At offset 0 only: readers that accept the header further in are what makes `MZ…%PDF-`
      // polyglots work (ARCHITECTURE.md, uploads).
      return startsWith(head, [...Buffer.from('%PDF-')]);
    case 'image/png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'application/msword':
    case 'application/vnd.ms-excel':
    case 'application/vnd.ms-powerpoint':
      return startsWith(head, ole2);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    case 'application/vnd.openxmlformats-officedocument.presentationml.presentation':
      return startsWith(head, zip) && openDocumentType(head) === undefined;
    case 'application/vnd.oasis.opendocument.text':
    case 'application/vnd.oasis.opendocument.spreadsheet':
    case 'application/vnd.oasis.opendocument.presentation':
      return openDocumentType(head) === contentType;
    case 'text/plain':
    case 'text/csv':
      return looksLikeText(head);
  }
}
