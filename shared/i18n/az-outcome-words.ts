/** Azerbaijani words of an outcome shared by the outcome pages and the outcome editor: addressees, revisions. */
export const azOutcomeWords = {
  'addressee.state-bodies': 'Dövlət orqanlarına',
  'addressee.businesses': 'Biznes strukturlarına',
  'addressee.trade-unions': 'Həmkarlar ittifaqlarına',
  'addressee.ngos': 'Qeyri-hökumət təşkilatlarına',
  'addressee.all': 'Bütün tərəflərə',
  'outcome.revision.published': 'dərc olunub',
  'outcome.revision.correction': 'düzəliş',
  'outcome.revision.draft': 'qaralama',
  'outcome.revisionBy': '{date} — {kind} ({author})',
};

export type OutcomeWordsMessages = typeof azOutcomeWords;
