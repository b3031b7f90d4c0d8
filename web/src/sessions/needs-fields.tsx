import { accessNeeds } from '#shared/constants.ts';
import type { AccessibilityNeeds } from '#shared/schemas/session.ts';
import { useI18n } from '../app/i18n.ts';
import { TextField } from '../ui/fields.tsx';

/** The accessibility needs a member's answer or a guest's registration asks for. */
export function NeedsFields({
  idPrefix,
  needs,
  onNeeds,
  otherError,
}: {
  idPrefix: string;
  needs: AccessibilityNeeds;
  onNeeds(needs: AccessibilityNeeds): void;
  otherError?: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="choices" aria-describedby={`${idPrefix}-needs-hint`}>
      <legend>{t('rsvp.needs')}</legend>
      <p id={`${idPrefix}-needs-hint`} class="hint">
        {t('rsvp.needsHint')}
      </p>
      {accessNeeds.map((need) => (
        <label key={need} class="choice">
          <input
            type="checkbox"
            name={need}
            checked={needs[need]}
            onChange={(event) => onNeeds({ ...needs, [need]: event.currentTarget.checked })}
          />
          {t(`needs.${need}`)}
        </label>
      ))}
      <TextField
        id={`${idPrefix}-other`}
        name="other"
        label={t('needs.other')}
        optional
        maxLength={500}
        value={needs.other}
        onValue={(other) => onNeeds({ ...needs, other })}
        error={otherError}
      />
    </fieldset>
  );
}
