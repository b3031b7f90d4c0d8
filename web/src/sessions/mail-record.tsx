import type { MessageKind } from '#shared/schemas/message.ts';
import { useI18n } from '../app/i18n.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorNotice } from '../ui/notices.tsx';
import { registrantsCsvLink, sessionRecordsApi } from './session-records-api.ts';

/** The secretariat's records of a session: the sign-in sheet, the answers as CSV, and the mail sent. */
export function SessionRecords({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  return (
    <>
      <p class="button-row">
        <a class="button button-secondary" href={`/sessions/${sessionId}/sign-in-sheet`}>
          {t('sheet.link')}
        </a>
        <a class="button button-secondary" href={registrantsCsvLink(sessionId)} download>
          {t('sheet.csv')}
        </a>
      </p>
      <MailRecord sessionId={sessionId} />
    </>
  );
}

const countColumns = ['recipients', 'sent', 'failed', 'bounced', 'notSent', 'pending'] as const;

/**
 * The mail sent about a session (ARCHITECTURE.md, "Mail outbox"): each message with its counts,
 * and, one click away, who it went to and what became of each delivery. Secretariat only.
 */
export function MailRecord({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [loaded] = useLoad(() => sessionRecordsApi.messages(sessionId), [sessionId]);
  const kindName = (kind: MessageKind) => t(`mail.kind.${kind}`);
  return (
    <section aria-labelledby="mail-heading" class="card">
      <h2 id="mail-heading">{t('mail.heading')}</h2>
      {loaded.state === 'loading' && (
        <p class="loading" aria-busy="true">
          {t('mail.loading')}
        </p>
      )}
      {loaded.state === 'failed' && <ErrorNotice error={loaded.error} />}
      {loaded.state === 'done' && loaded.value.items.length === 0 && <p>{t('mail.none')}</p>}
      {loaded.state === 'done' && loaded.value.items.length > 0 && (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section class="table-scroll" tabIndex={0} aria-labelledby="mail-caption">
            <table class="data-table">
              <caption id="mail-caption">{t('mail.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mail.kind')}</th>
                  <th scope="col">{t('mail.state')}</th>
                  {countColumns.map((column) => (
                    <th scope="col" key={column}>
                      {t(`mail.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {loaded.value.items.map((message) => (
                  <tr key={message.id}>
                    <th scope="row">
                      {kindName(message.kind)}
                      <br />
                      <small>{formatDateTime(message.createdAt, { time: true })}</small>
                    </th>
                    <td>{t(`mail.state.${message.state}`)}</td>
                    {countColumns.map((column) => (
                      <td key={column}>{message.counts[column]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {loaded.value.items
            .filter((message) => message.deliveries.length > 0)
            .map((message) => (
              <details key={message.id} class="mail-recipients">
                <summary>{t('mail.who', { kind: kindName(message.kind), count: message.deliveries.length })}</summary>
                <ul>
                  {message.deliveries.map((delivery) => (
                    <li key={delivery.address}>
                      {delivery.name} ({delivery.address}): {t(`mail.delivery.${delivery.status}`)}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
        </>
      )}
    </section>
  );
}
