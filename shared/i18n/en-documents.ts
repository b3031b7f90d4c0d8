import type { DocumentsMessages } from './az-documents.ts';

/** English messages of the documents pages (list, upload, document page), beyond those of a list of documents (`en-document-list.ts`). */
export const enDocuments = {
  'documents.intro':
    'The working group’s documents: reports, presentations, recommendations and session materials. Public documents are open to everyone; internal ones to members only.',
  'documents.metaDescription':
    'Public documents of the Business and Human Rights working group: reports, presentations and session materials.',
  'documents.upload': 'Upload a document',
  'documents.filter': 'Choose documents',
  'documents.allThemes': 'All themes',
  'documents.allSessions': 'All sessions',
  'documents.mine': 'Only my uploads',
  'documents.filterSubmit': 'Show',
  'documents.count.one': '{count} document shown.',
  'documents.count.other': '{count} documents shown.',
  'documents.empty': 'No documents match your choice.',
  'documents.loadMore': 'Show more',
  'documents.signInForMore': 'Sign in to see the internal documents for members.',

  'docVisibility.members': 'Members only',
  'docVisibility.public': 'Everyone (public document)',

  'docField.file': 'File',
  'docField.title': 'Title',
  'docField.description': 'Short description',
  'docField.language': 'Language of the document',
  'docField.session': 'Session',
  'docField.theme': 'Theme',
  'docField.visibility': 'Who can see it',
  'docField.noSession': 'Not about one session',
  'docField.noTheme': 'Not about one theme',

  'upload.heading': 'Upload a document',
  'upload.intro':
    'The file goes straight to the document store; then its size and type are checked. Once it passes, the document shows in the list.',
  'upload.fileHint':
    'PDF, Word, Excel, PowerPoint, OpenDocument, plain text (TXT), CSV, PNG or JPEG; at most 100 MB a file.',
  'upload.dropZone': 'You can drag a file onto this area and drop it, or choose one with the button below.',
  'upload.chosen': 'Chosen file: {name} ({size}).',
  'upload.visibilityNote':
    'Members of the working group will see the document you upload. If it should be public, ask the secretariat.',
  'upload.submit': 'Upload',
  'upload.cancel': 'Cancel the upload',
  'upload.progressLabel': 'Upload',
  'upload.progress': '{percent}% — {loaded} of {total}',
  'upload.preparing': 'Preparing the upload…',
  'upload.uploading': 'Uploading “{name}”…',
  'upload.checking': 'The file is sent; it is being checked now…',
  'upload.available': 'The file passed the check: the document is available.',
  'upload.rejected': 'The file was not accepted: {reason}',
  'upload.cancelled': 'The upload was cancelled.',
  'upload.sendFailed': 'The file could not be sent. Check your internet connection and try again.',
  'upload.expired': 'The permission to upload has expired. Try again.',
  'upload.slowCheck': 'The check takes longer than expected. Look at the document’s page a little later.',
  'upload.open': 'Go to the document’s page',
  'upload.another': 'Upload another document',
  'upload.error.required': 'Choose a file to upload.',
  'upload.error.empty': '“{name}” is empty (0 bytes). Choose a file with content.',
  'upload.error.tooBig': '“{name}” is too large ({size}). Choose a file of at most 100 MB.',
  'upload.error.type':
    'Files like “{name}” are not accepted. Choose a PDF, Word, Excel, PowerPoint, OpenDocument, TXT, CSV, PNG or JPEG file.',
  'upload.error.name':
    'The file’s name cannot be used (at most 200 characters, no “/” or “\\”). Rename the file and choose it again.',
  'upload.error.many': 'Upload one file at a time.',
  'upload.error.publicNeedsSecretariat': 'Only the secretariat can make a document public.',

  'reason.size': 'the file has {actual} bytes, not the {declared} bytes declared.',
  'reason.type': 'the file’s content is not of its type ({type}).',
  'reason.abandoned': 'the file did not arrive within a day.',
} satisfies DocumentsMessages;
