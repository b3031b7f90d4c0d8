import type { Outcome } from '#shared/schemas/outcome.ts';
import { useI18n } from '../app/i18n.ts';

/** An outcome's revisions as given, one line each (when, what kind, who) with its note. */
export function RevisionList({ revisions }: { revisions: Outcome['revisions'] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <ol class="revision-list">
      {revisions.map((revision) => (
        <li key={revision.revision}>
          {t('outcome.revisionBy', {
            date: formatDateTime(revision.at, { time: true }),
            kind: t(`outcome.revision.${revision.kind}`),
            author: revision.authorName,
          })}
          {revision.note && <p>{revision.note}</p>}
        </li>
      ))}
    </ol>
  );
}
