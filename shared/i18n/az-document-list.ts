/** Azerbaijani messages of a list of documents (the documents list and the session page's): loaded also without the rest of the documents pages'. */
export const azDocumentList = {
  'documents.membersOnly': 'Yalnız üzvlər üçün',
  'documents.uploaded': '{name} yükləyib, {date}',
  'documents.download': 'Endir',

  'docStatus.pending': 'Yoxlanılır',
  'docStatus.available': 'Əlçatandır',
  'docStatus.rejected': 'Qəbul edilməyib',
  'docStatus.withdrawn': 'Geri götürülüb',

  'docLanguage.az': 'Azərbaycan dili',
  'docLanguage.en': 'İngilis dili',
  'docLanguage.ru': 'Rus dili',
  'docLanguage.other': 'Başqa dil',

  'sessionDocs.heading': 'İclasın sənədləri',
  'sessionDocs.empty': 'Bu iclasa aid sənəd hələ yoxdur.',
  'sessionDocs.upload': 'Bu iclas üçün sənəd yükləyin',
};

export type DocumentListMessages = typeof azDocumentList;
