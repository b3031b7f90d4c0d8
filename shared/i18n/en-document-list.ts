import type { DocumentListMessages } from './az-document-list.ts';

/** English messages of a list of documents (the documents list and the session page's): loaded also without the rest of the documents pages'. */
export const enDocumentList = {
  'documents.membersOnly': 'Members only',
  'documents.uploaded': 'Uploaded by {name}, {date}',
  'documents.download': 'Download',

  'docStatus.pending': 'Being checked',
  'docStatus.available': 'Available',
  'docStatus.rejected': 'Not accepted',
  'docStatus.withdrawn': 'Withdrawn',

  'docLanguage.az': 'Azerbaijani',
  'docLanguage.en': 'English',
  'docLanguage.ru': 'Russian',
  'docLanguage.other': 'Another language',

  'sessionDocs.heading': 'Documents of the session',
  'sessionDocs.empty': 'No documents for this session yet.',
  'sessionDocs.upload': 'Upload a document for this session',
} satisfies DocumentListMessages;
