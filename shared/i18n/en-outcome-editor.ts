import type { OutcomeEditorMessages } from './az-outcome-editor.ts';

/** English messages of the secretariat’s outcomes editor. */
export const enOutcomeEditor = {
  'outcomeEditor.heading': 'Outcomes: {title}',
  'outcomeEditor.headingShort': 'Outcomes of the session',
  'outcomeEditor.notFound': 'There is no such session.',
  'outcomeEditor.notHeld':
    'Outcomes are written once the session has been held. First mark it as held on the session’s page.',
  'outcomeEditor.new': 'This session’s outcomes are not written yet: the first save creates a draft.',
  'outcomeEditor.draft': 'Draft: the outcomes are not published yet and only the secretariat sees them.',
  'outcomeEditor.publishedNote':
    'The outcomes were published on {date}. Every change saved now is a correction, public at once, with its note.',
  'outcomeEditor.summaryAz': 'Summary (Azerbaijani)',
  'outcomeEditor.summaryEn': 'Summary (English)',
  'outcomeEditor.recommendations': 'Recommendations',
  'outcomeEditor.recommendation': 'Recommendation {n}',
  'outcomeEditor.textAz': 'Text (Azerbaijani)',
  'outcomeEditor.textEn': 'Text (English)',
  'outcomeEditor.addressees': 'Addressed to',
  'outcomeEditor.add': 'Add a recommendation',
  'outcomeEditor.remove': 'Remove this recommendation',
  'outcomeEditor.removed': 'Recommendation removed; there are {count} now.',
  'outcomeEditor.added': 'Recommendation {n} added.',
  'outcomeEditor.none': 'No recommendations yet.',
  'outcomeEditor.documents': 'Linked public documents',
  'outcomeEditor.documentsHint':
    'Only public, checked documents can be linked. The documents of this session and of its theme are shown.',
  'outcomeEditor.documentsNone': 'There are no public documents for this session or theme.',
  'outcomeEditor.uploadDocument': 'Upload a document for this session',
  'outcomeEditor.noteAz': 'Note on the correction (Azerbaijani)',
  'outcomeEditor.noteEn': 'Note on the correction (English)',
  'outcomeEditor.noteHint': 'Say briefly what was corrected; the note is shown to everyone in the outcomes’ history.',
  'outcomeEditor.save': 'Save the draft',
  'outcomeEditor.saveCorrection': 'Publish the correction',
  'outcomeEditor.saved': 'The draft is saved.',
  'outcomeEditor.corrected': 'The correction is published.',
  'outcomeEditor.stale':
    'Someone else changed the outcomes meanwhile; the latest version is shown. Make your change again.',
  'outcomeEditor.notHeldError': 'The session has not been held yet; write its outcomes afterwards.',
  'outcomeEditor.alreadyPublished': 'The outcomes are published already; make a correction with a note instead.',
  'outcomeEditor.publishHeading': 'Publishing',
  'outcomeEditor.publishIntro':
    'Published outcomes are open to everyone, and the theme’s followers are emailed. Afterwards, changes are only possible as corrections with a note.',
  'outcomeEditor.publish': 'Publish the outcomes',
  'outcomeEditor.publishQuestion': 'Publish the saved draft? Everyone will see it.',
  'outcomeEditor.publishConfirm': 'Yes, publish',
  'outcomeEditor.publishKeep': 'No, not yet',
  'outcomeEditor.published': 'The outcomes are published.',
  'outcomeEditor.saveFirst': 'Save your changes before publishing.',
  'outcomeEditor.history': 'History of versions',
  'outcomeEditor.viewPublic': 'See the published page',
  'outcomeEditor.backToSession': 'Back to the session’s page',
} satisfies OutcomeEditorMessages;
