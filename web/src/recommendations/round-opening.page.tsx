import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { roundOccasions } from '#shared/recommendation-constants.ts';
import { defaultRoundName, proposedRound } from '#shared/round-defaults.ts';
import type { RoundOccasion } from '#shared/schemas/round.ts';
import { flash } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { bakuInstant, bakuToday } from '../app/baku-time.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { usePageMeta } from '../app/page-meta.ts';
import { navigate } from '../app/router.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import type { FieldMessages } from '../ui/field-messages.ts';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { problemMessage } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { recommendationsMessages } from './recommendation-bits.tsx';
import { recommendationsApi } from './recommendations-api.ts';
import { roundsApi } from './rounds-api.ts';

export const messages = [recommendationsMessages];

/** The time of day a proposed deadline falls at, in Baku: the end of a working day. */
const proposedTime = '18:00';

/** The form's fields, each with its id and label, in the order of the page. */
const fields = {
  occasion: { id: 'round-occasion', label: 'roundNew.occasion' },
  'name.az': { id: 'round-name-az', label: 'roundNew.nameAz' },
  'name.en': { id: 'round-name-en', label: 'roundNew.nameEn' },
  'deadline.date': { id: 'round-deadline-date', label: 'roundNew.deadlineDate' },
  'deadline.time': { id: 'round-deadline-time', label: 'roundNew.deadlineTime' },
  recommendations: { id: 'round-asked', label: 'roundNew.asked' },
} as const;
type FieldName = keyof typeof fields;

/** The field of the organisations named for the `index`th chosen recommendation. */
const namedField = (index: number) => ({ key: `named:${index}`, id: `round-named-${index}` });

/** One organisation a line, as the secretariat typed them. */
const organisationsIn = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The recommendations to ask about, when the page was opened for some (`?recommendations=a,b`). */
function chosenRecommendations(): string[] {
  const given = new URLSearchParams(location.search).get('recommendations') ?? '';
  return [...new Set(given.split(',').filter(Boolean))];
}

export default function RoundOpeningPage() {
  const { t } = useI18n();
  usePageMeta(t('roundNew.heading'), '/rounds/new');
  return (
    <>
      <PageHeading title={t('roundNew.heading')}>{t('roundNew.heading')}</PageHeading>
      <MemberGate only="secretariat">{() => <OpeningForm />}</MemberGate>
    </>
  );
}

/**
 * Opens a round (POST /api/rounds): the next occasion is proposed with its name in both
 * languages and a deadline (shared/round-defaults.ts); the name follows the occasion and the
 * deadline's year until the secretariat changes it. The API's field errors show at the fields.
 */
function OpeningForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const [proposal] = useState(() => proposedRound(bakuToday()));
  const [occasion, setOccasion] = useState<RoundOccasion>(proposal.occasion);
  const [date, setDate] = useState(proposal.deadline);
  const [time, setTime] = useState(proposedTime);
  const [name, setName] = useState<{ az: string; en: string } | null>(null);
  const [chosen] = useState(chosenRecommendations);
  const [namedText, setNamedText] = useState<string[]>(() => chosen.map(() => ''));
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const proposedName = defaultRoundName(occasion, bakuInstant(date || proposal.deadline, time || proposedTime));
  const shownName = name ?? proposedName;

  function chooseOccasion(value: RoundOccasion) {
    setOccasion(value);
    setDate(proposedRound(bakuToday(), value).deadline);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const missing: FieldMessages = {};
    if (!date) missing['deadline.date'] = t('errors.field.required');
    if (!time) missing['deadline.time'] = t('errors.field.required');
    if (Object.keys(missing).length > 0) return showErrors(missing);
    clearErrors();
    setSaving(true);
    // Which chosen recommendation each named organisation belongs to, to place the API's errors.
    const named = chosen.flatMap((recommendation, index) =>
      organisationsIn(namedText[index] ?? '').map((organisation) => ({ recommendation, organisation, index })),
    );
    try {
      const round = await roundsApi.open({
        occasion,
        deadline: bakuInstant(date, time),
        ...(shownName.az || shownName.en ? { name: shownName } : {}),
        ...(chosen.length > 0 ? { recommendations: chosen } : {}),
        ...(named.length > 0
          ? { named: named.map(({ recommendation, organisation }) => ({ recommendation, organisation })) }
          : {}),
      });
      flash(t('roundNew.opened'), `/rounds/${round.id}`);
      navigate(`/rounds/${round.id}`);
    } catch (error) {
      if (!showApiErrors(error, placeErrors(i18n, error, named))) setFailure(error);
      setSaving(false);
    }
  }

  const summary = [
    ...(Object.keys(fields) as FieldName[]).map((field) => ({
      key: field,
      fieldId: fields[field].id,
      label: t(fields[field].label),
    })),
    ...chosen.map((_, index) => ({
      key: namedField(index).key,
      fieldId: namedField(index).id,
      label: t('roundNew.named', { number: index + 1 }),
    })),
  ].flatMap(({ key, ...item }) => {
    const message = errors[key];
    return message ? [{ ...item, message }] : [];
  });
  const field = (path: FieldName) => ({
    id: fields[path].id,
    name: path,
    label: t(fields[path].label),
    error: errors[path],
  });

  return (
    <form class="form form-wide" noValidate onSubmit={submit}>
      <p class="prose">{t('roundNew.intro')}</p>
      <ErrorSummary items={summary} attempt={attempt} />
      <SelectField<RoundOccasion>
        {...field('occasion')}
        value={occasion}
        options={roundOccasions.map((value) => ({ value, label: t(`roundNew.occasion.${value}`) }))}
        onValue={(value) => value && chooseOccasion(value)}
      />
      <fieldset class="group">
        <legend>{t('roundNew.deadline')}</legend>
        <p class="hint">{t('roundNew.deadlineHint')}</p>
        <div class="field-pair">
          <TextField {...field('deadline.date')} type="date" value={date} onValue={setDate} />
          <TextField {...field('deadline.time')} type="time" value={time} onValue={setTime} />
        </div>
      </fieldset>
      <div class="field-pair">
        <TextField
          {...field('name.az')}
          hint={t('roundNew.nameHint')}
          maxLength={200}
          value={shownName.az}
          onValue={(az) => setName({ ...shownName, az })}
        />
        <TextField
          {...field('name.en')}
          hint={t('roundNew.nameHint')}
          maxLength={200}
          value={shownName.en}
          onValue={(en) => setName({ ...shownName, en })}
        />
      </div>
      <AskedAbout chosen={chosen} error={errors.recommendations}>
        {chosen.length > 0 && (
          <>
            <p class="hint">{t('roundNew.namedHint')}</p>
            {chosen.map((id, index) => (
              <TextAreaField
                key={id}
                id={namedField(index).id}
                name={`named-${index}`}
                label={t('roundNew.named', { number: index + 1 })}
                optional
                error={errors[namedField(index).key]}
                maxLength={2000}
                value={namedText[index] ?? ''}
                onValue={(text) => setNamedText(namedText.map((old, at) => (at === index ? text : old)))}
              />
            ))}
          </>
        )}
      </AskedAbout>
      {failure !== null && (
        <div class="notice notice-error" role="alert">
          <p>{problemMessage(i18n, failure)}</p>
        </div>
      )}
      <div class="button-row">
        <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('roundNew.opening') : t('roundNew.submit')}
        </button>
        <a class="button button-secondary" href="/rounds">
          {t('roundNew.back')}
        </a>
      </div>
    </form>
  );
}

/** What the round asks about: every open recommendation, or those the page was opened for. */
function AskedAbout({
  chosen,
  error,
  children,
}: {
  chosen: string[];
  error: string | undefined;
  children: ComponentChildren;
}) {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(() => Promise.all(chosen.map((id) => recommendationsApi.get(id))), []);
  return (
    <fieldset id={fields.recommendations.id} class="group" tabIndex={-1}>
      <legend>{t('roundNew.asked')}</legend>
      {error && <p class="field-error">{error}</p>}
      {chosen.length === 0 ? (
        <p>{t('roundNew.askedAll')}</p>
      ) : (
        <>
          <p>{t('roundNew.askedChosen')}</p>
          <ol>
            {chosen.map((id, index) => {
              const recommendation = loaded.state === 'done' ? loaded.value[index] : undefined;
              return (
                <li key={id}>
                  <a href={`/recommendations/${id}`}>{recommendation ? recommendation.text[lang] : id}</a>
                </li>
              );
            })}
          </ol>
          {children}
          <p>
            <a href="/rounds/new">{t('roundNew.askAll')}</a>
          </p>
        </>
      )}
    </fieldset>
  );
}

/**
 * Where the API's field errors go: the deadline at its date, a problem with a recommendation at
 * the list; the API's own words where the page has better ones in the reader's language.
 */
function placeErrors({ t }: I18n, error: unknown, named: Array<{ organisation: string; index: number }>) {
  const problems = error instanceof ApiError ? error.errors : [];
  const codes = new Set(problems.map((found) => found.code));
  return ({ deadline, ...found }: FieldMessages): FieldMessages => {
    const placed: FieldMessages = {};
    for (const [field, message] of Object.entries(found)) {
      if (field.startsWith('named.')) continue;
      placed[field.startsWith('recommendations') ? 'recommendations' : field] ??= message;
    }
    // Each chosen recommendation's field says which of its organisations no active member belongs to.
    const unknown = new Map<number, string[]>();
    for (const problem of problems) {
      const at = /^named\.(\d+)\./.exec(problem.field);
      const entry = at ? named[Number(at[1])] : undefined;
      if (entry) unknown.set(entry.index, [...(unknown.get(entry.index) ?? []), entry.organisation]);
    }
    for (const [index, organisations] of unknown) {
      placed[namedField(index).key] = t('roundNew.unknownOrganisation', { organisations: organisations.join(', ') });
    }
    if (deadline) placed['deadline.date'] = codes.has('in-the-past') ? t('roundNew.inThePast') : deadline;
    if (codes.has('no-addressees')) placed.recommendations = t('roundNew.noAddressees');
    return placed;
  };
}
