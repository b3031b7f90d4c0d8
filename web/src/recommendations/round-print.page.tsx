import type { Round } from '#shared/schemas/round.ts';
import { useI18n } from '../app/i18n.ts';
import { themeName, useThemes } from '../app/themes.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { outcomeWordsSource, recommendationsMessages, statusLabel } from './recommendation-bits.tsx';
import { recommendationsApi } from './recommendations-api.ts';
import { RoundCharts } from './round-charts.tsx';

export const messages = [recommendationsMessages, outcomeWordsSource];

/**
 * A round's summary for the public and the media, in the language read now: the results and
 * charts first, then one printed page per theme. It prints cleanly (print CSS), and the browser's
 * print makes the PDF (“Save as PDF”): no PDF is written by hand.
 */
export default function RoundPrintPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  return (
    <DetailPage
      load={() => recommendationsApi.round(params.id ?? '')}
      title={t('round.heading')}
      titleOf={(round) => t('round.printHeading', { name: round.name[lang] })}
      notFound={{ message: t('round.notFound'), backTo: '/recommendations', backLabel: t('round.backToList') }}
    >
      {(round) => <PrintedRound round={round} />}
    </DetailPage>
  );
}

function PrintedRound({ round }: { round: Round }) {
  const i18n = useI18n();
  const { t, lang, formatDateTime } = i18n;
  const themes = useThemes();
  const themesAsked = [...new Set(round.recommendations.map((r) => r.theme))];
  return (
    <div class="print-report">
      <p class="no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('round.printPdf')}
        </button>{' '}
        <span class="hint">{t('round.printPdfHint')}</span>
      </p>
      <section class="theme-page" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{round.name[lang]}</h2>
        <p>
          {t('round.printIntro', {
            opened: formatDateTime(round.openedAt),
            closed: round.closedAt ? formatDateTime(round.closedAt) : '—',
          })}
        </p>
        {round.results ? (
          <RoundCharts results={round.results} i18n={i18n} themes={themes} idPrefix="print" />
        ) : (
          <p>{t('round.resultsLater')}</p>
        )}
      </section>
      {themesAsked.map((theme) => (
        <section key={theme} class="theme-page" aria-labelledby={`theme-${theme}`}>
          <h2 id={`theme-${theme}`}>{t('round.themeSection', { theme: themeName(themes, theme, i18n) })}</h2>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('round.recommendationsAsked')}</th>
                <th scope="col">{t('rec.addressees')}</th>
                <th scope="col">{t('rec.status')}</th>
              </tr>
            </thead>
            <tbody>
              {round.recommendations
                .filter((r) => r.theme === theme)
                .map((r) => (
                  <tr key={r.id}>
                    <td>{r.number}</td>
                    <th scope="row">{r.text[lang]}</th>
                    <td>{r.addressees.map((a) => t(`addressee.${a}`)).join('; ')}</td>
                    <td>
                      {r.statusAtClose && r.statusAtClose !== r.statusAtOpening
                        ? t('rec.change.fromTo', {
                            from: statusLabel(i18n, r.statusAtOpening),
                            to: statusLabel(i18n, r.statusAtClose),
                          })
                        : statusLabel(i18n, r.statusAtClose ?? r.statusAtOpening)}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
