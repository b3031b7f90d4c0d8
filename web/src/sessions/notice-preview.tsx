import { useI18n } from '../app/i18n.ts';
import { useLoad } from '../app/use-load.ts';
import { sessionRecordsApi } from './session-records-api.ts';

/**
 * Who a change of time or place of a scheduled session will be told to, said in the edit form
 * before it is saved (ARCHITECTURE.md, "Session workflow"): counted when the form opens, shown
 * once the date, times, venue or link differ from the saved ones.
 */
export function NoticePreview({ sessionId, shown }: { sessionId: string; shown: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [loaded] = useLoad(() => sessionRecordsApi.noticePreview(sessionId), [sessionId]);
  return (
    <div role="status" class="notice-preview">
      {shown && loaded.state === 'loading' && <p>{t('notice.loading')}</p>}
      {shown && loaded.state === 'failed' && <p class="notice notice-info">{t('notice.failed')}</p>}
      {shown && loaded.state === 'done' && (
        <div class="notice notice-info">
          <p>{i18n.tPlural('notice.count', loaded.value.count)}</p>
          {loaded.value.count > 0 && (
            <details>
              <summary>{t('notice.who')}</summary>
              <ul>
                {loaded.value.recipients.map((person, index) => (
                  <li key={`${person.memberId ?? 'guest'}-${index}`}>
                    {person.organisation ? `${person.name} (${person.organisation})` : person.name}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
