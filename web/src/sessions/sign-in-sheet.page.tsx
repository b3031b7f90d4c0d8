import { accessNeeds } from '#shared/constants.ts';
import type { SignInSheet } from '#shared/schemas/sign-in-sheet.ts';
import { type MessageSource, useI18n } from '../app/i18n.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { useSession } from '../app/session.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { sessionsMessages, whenText } from './session-bits.tsx';
import { sessionRecordsApi } from './session-records-api.ts';
import './sign-in-sheet.css';
import { NeedsSummaryTable } from './needs-summary-table.tsx';

/** The words of answers and needs, as the session page says them. */
const detailMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-detail.ts').then((module) => module.azSessionDetail),
  en: () => import('#shared/i18n/en-session-detail.ts').then((module) => module.enSessionDetail),
};

/** The sheet's own words (the session records' mail and links are not on it). */
const sheetMessages: MessageSource = {
  az: () => import('#shared/i18n/az-sign-in-sheet.ts').then((module) => module.azSignInSheet),
  en: () => import('#shared/i18n/en-sign-in-sheet.ts').then((module) => module.enSignInSheet),
};

export const messages = [sessionsMessages, detailMessages, sheetMessages];

/**
 * The printable sign-in sheet of a session, for the secretariat (ARCHITECTURE.md, "Session
 * workflow"): who is expected, by organisation and name, a column to sign in, and the
 * accessibility needs summed per kind so the room can be prepared.
 */
export default function SignInSheetPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'signed-in' && session.me.role === 'secretariat') return <SheetLoader id={params.id ?? ''} />;
  // Anyone else is told why not, under the page's own heading.
  return (
    <>
      <PageHeading title={t('sheet.title')}>{t('sheet.title')}</PageHeading>
      <MemberGate only="secretariat">{() => null}</MemberGate>
    </>
  );
}

function SheetLoader({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DetailPage
      load={() => sessionRecordsApi.signInSheet(id)}
      title={t('sheet.title')}
      titleOf={(sheet) => `${t('sheet.title')}: ${sheet.session.title[i18n.lang]}`}
      notFound={{ message: t('sheet.notFound'), backTo: '/sessions', backLabel: t('sheet.backToList') }}
    >
      {(sheet) => <Sheet sheet={sheet} />}
    </DetailPage>
  );
}

function Sheet({ sheet }: { sheet: SignInSheet }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { session } = sheet;
  const place = [session.venue, session.onlineUrl].filter(Boolean).join(' · ');
  const needsOf = (needs: SignInSheet['people'][number]['needs']) =>
    [...accessNeeds.filter((need) => needs[need]).map((need) => t(`needs.${need}`)), needs.other]
      .filter(Boolean)
      .join('; ');
  return (
    <div class="sign-in-sheet">
      <p>
        {whenText(i18n, session)}
        {place && (
          <>
            <br />
            {place}
          </>
        )}
      </p>
      <p class="button-row sheet-actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
        <a class="button button-secondary" href={`/sessions/${session.id}`}>
          {t('sheet.back')}
        </a>
      </p>
      {sheet.people.length === 0 ? (
        <p>{t('sheet.nobody')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section class="table-scroll" tabIndex={0} aria-labelledby="sheet-caption">
          <table class="data-table">
            <caption id="sheet-caption">{t('sheet.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sheet.number')}</th>
                <th scope="col">{t('sheet.name')}</th>
                <th scope="col">{t('sheet.organisation')}</th>
                <th scope="col">{t('sheet.answer')}</th>
                <th scope="col">{t('sheet.needs')}</th>
                <th scope="col" class="signature">
                  {t('sheet.signature')}
                </th>
              </tr>
            </thead>
            <tbody class="people">
              {sheet.people.map((person, index) => (
                <tr key={`${person.kind}-${index}`}>
                  <td>{index + 1}</td>
                  <th scope="row">
                    {person.name}
                    {person.kind === 'guest' && ` (${t('sheet.guest')})`}
                  </th>
                  <td>{person.organisation}</td>
                  <td>{t(`rsvp.answer.${person.answer}`)}</td>
                  <td>{needsOf(person.needs)}</td>
                  <td class="signature" />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <NeedsSummaryTable
        needs={sheet.needs}
        caption={t('sheet.needsCaption')}
        needHeading={t('sheet.need')}
        peopleHeading={t('sheet.people')}
      />
    </div>
  );
}
