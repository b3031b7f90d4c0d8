import { accessNeeds } from '#shared/constants.ts';
import type { RsvpSummary } from '#shared/schemas/session.ts';
import { useI18n } from '../app/i18n.ts';

/**
 * How many people asked for each kind of accessibility arrangement, and the other needs as
 * written: on the session page for the secretariat and on the printed sign-in sheet. The words of
 * the caption and headings come from the page, whose message files differ.
 */
export function NeedsSummaryTable(props: {
  needs: RsvpSummary['needs'];
  caption: string;
  needHeading: string;
  peopleHeading: string;
}) {
  const { t } = useI18n();
  return (
    <table class="data-table needs-summary">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.needHeading}</th>
          <th scope="col">{props.peopleHeading}</th>
        </tr>
      </thead>
      <tbody>
        {accessNeeds.map((need) => (
          <tr key={need}>
            <th scope="row">{t(`needs.${need}`)}</th>
            <td>{props.needs[need]}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('needs.other')}</th>
          <td>{props.needs.other.join('; ') || 0}</td>
        </tr>
      </tbody>
    </table>
  );
}
