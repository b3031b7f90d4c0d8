import type { I18n } from '../app/i18n.ts';
import type { DocumentDetail } from './documents-api.ts';
import { pickableVersions, publicVersionId } from './public-versions.ts';

/** Which versions anyone may download: a checkbox per version, shown when the document is to be public. */
export function PublicVersionsField({
  prefix,
  i18n,
  doc,
  chosen,
  error,
  onChange,
}: {
  prefix: string;
  i18n: I18n;
  doc: DocumentDetail;
  chosen: readonly number[];
  error?: string | undefined;
  onChange(chosen: number[]): void;
}) {
  const { t, formatDateTime } = i18n;
  const hintId = `${prefix}-public-versions-hint`;
  const errorId = `${prefix}-public-versions-error`;
  return (
    <fieldset
      class={error ? 'choices field-invalid' : 'choices'}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend>{t('publicVersions.legend')}</legend>
      <p id={hintId} class="hint">
        {t('publicVersions.hint')}
      </p>
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      {pickableVersions(doc).map((version) => (
        <label key={version.number} class="choice">
          <input
            id={publicVersionId(prefix, version.number)}
            type="checkbox"
            checked={chosen.includes(version.number)}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              onChange(on ? [...chosen, version.number] : chosen.filter((number) => number !== version.number));
            }}
          />
          {t(version.number === doc.currentVersion ? 'publicVersions.currentOption' : 'publicVersions.option', {
            n: version.number,
            fileName: version.fileName,
            date: formatDateTime(version.uploadedAt, { time: true }),
          })}
        </label>
      ))}
    </fieldset>
  );
}
