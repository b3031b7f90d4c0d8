import type { Outcome } from '#shared/schemas/outcome.ts';
import { useI18n } from '../app/i18n.ts';

/**
 * An outcome's revisions, oldest first wherever they are shown (the editor and the public page
 * alike, as a numbered history reads): one line each (when, what kind, who) with its note.
 */
export function RevisionList({ revisions }: { revisions: Outcome['revisions'] }) {
  const { t, formatDateTime, lang } = useI18n();
  return (
    <ol class="revision-list">
      {[...revisions]
        .sort((a, b) => a.revision - b.revision)
        .map((revision) => (
          <li key={revision.revision}>
            {t('outcome.revisionBy', {
              date: formatDateTime(revision.at, { time: true }),
              kind: t(`outcome.revision.${revision.kind}`),
              author: revision.authorName,
            })}
            {revision.note?.[lang] && <p>{revision.note[lang]}</p>}
          </li>
        ))}
    </ol>
  );
}
