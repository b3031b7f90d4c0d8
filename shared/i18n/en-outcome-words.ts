import type { OutcomeWordsMessages } from './az-outcome-words.ts';

/** English words of an outcome shared by the outcome pages and the outcome editor: addressees, revisions. */
export const enOutcomeWords = {
  'addressee.state-bodies': 'To state bodies',
  'addressee.businesses': 'To businesses',
  'addressee.trade-unions': 'To trade unions',
  'addressee.ngos': 'To non-governmental organisations',
  'addressee.all': 'To all parties',
  'outcome.revision.published': 'published',
  'outcome.revision.correction': 'correction',
  'outcome.revision.draft': 'draft',
  'outcome.revisionBy': '{date} — {kind} ({author})',
} satisfies OutcomeWordsMessages;
