import type { Round } from '#shared/schemas/round.ts';
import type { I18n } from '../app/i18n.ts';
import { themeName, type useThemes } from '../app/themes.ts';
import { StatusChart } from './status-chart.tsx';

/** The two charts of a closed round's results: status by theme and by kind of addressee. */
export function RoundCharts({
  results,
  i18n,
  themes,
  idPrefix = 'chart',
}: {
  results: NonNullable<Round['results']>;
  i18n: I18n;
  themes: ReturnType<typeof useThemes>;
  idPrefix?: string;
}) {
  const { t } = i18n;
  return (
    <>
      <StatusChart
        id={`${idPrefix}-theme`}
        title={t('round.byTheme')}
        rows={results.byTheme.map((row) => ({ label: themeName(themes, row.theme, i18n), counts: row.counts }))}
        i18n={i18n}
      />
      <StatusChart
        id={`${idPrefix}-addressee`}
        title={t('round.byAddressee')}
        rows={results.byAddressee.map((row) => ({ label: t(`addressee.${row.addressee}`), counts: row.counts }))}
        i18n={i18n}
      />
    </>
  );
}
