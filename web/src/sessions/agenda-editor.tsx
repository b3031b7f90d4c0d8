import { useState } from 'preact/hooks';
import { maxAgendaItems } from '#shared/constants.ts';
import type { Member } from '#shared/schemas/member.ts';
import { announce } from '../app/announcer.ts';
import { addMessages, useI18n } from '../app/i18n.ts';
import type { MemberPicker } from '../members/member-picker.tsx';
import type { FieldMessages } from '../ui/field-messages.ts';
import { TextField } from '../ui/fields.tsx';
import type { EditorAction, ItemDraft, SpeakerDraft } from './session-draft.ts';
import { idOf, labels } from './session-fields.ts';

const focusLater = (id: string, fallback?: string) =>
  setTimeout(() => (document.getElementById(id) ?? document.getElementById(fallback ?? ''))?.focus());

/**
 * The agenda part of the session editor: items in order, each with its speakers (members picked
 * from the list, or people from outside). Changes go to the editor's reducer; this moves the focus
 * and says what happened.
 */
export function AgendaEditor({
  agenda,
  errors,
  dispatch,
  onRenumber,
  onFailure,
}: {
  agenda: ItemDraft[];
  errors: FieldMessages;
  dispatch(action: EditorAction): void;
  /** Items moved or removed: messages about them by number would point at the wrong ones. */
  onRenumber(): void;
  onFailure(error: unknown): void;
}) {
  const { t } = useI18n();
  /** The item whose speakers are being chosen from the members, and the search (downloaded when first used). */
  const [picking, setPicking] = useState<number | null>(null);
  const [Picker, setPicker] = useState<typeof MemberPicker | null>(null);

  function addItem() {
    dispatch({ type: 'addItem' });
    onRenumber();
    focusLater(idOf(`agenda.${agenda.length}.time`));
  }

  function moveItem(index: number, delta: -1 | 1) {
    const item = agenda[index];
    if (!item) return;
    dispatch({ type: 'moveItem', index, delta });
    onRenumber();
    const way = delta < 0 ? 'up' : 'down';
    focusLater(`move-${way}-${item.key}`, `move-${way === 'up' ? 'down' : 'up'}-${item.key}`);
    announce(t('editor.moved', { n: index + delta + 1, total: agenda.length }));
  }

  function removeItem(index: number) {
    dispatch({ type: 'removeItem', index });
    onRenumber();
    focusLater('add-item');
    announce(t('editor.removed', { n: index + 1 }));
  }

  function addSpeaker(index: number, item: ItemDraft, member?: Member) {
    dispatch({ type: 'addSpeaker', itemKey: item.key, member });
    if (member) {
      setPicking(null);
      announce(t('editor.speakerAdded', { name: member.name }));
      focusLater(`pick-${item.key}`);
    } else {
      focusLater(idOf(`agenda.${index}.speakers.${item.speakers.length}.name`));
    }
  }

  function togglePicker(key: number) {
    setPicking(picking === key ? null : key);
    if (Picker) return;
    import('../members/member-picker.tsx').then(async (module) => {
      await addMessages(module.pickerMessages);
      setPicker(() => module.MemberPicker);
    }, onFailure);
  }

  return (
    <>
      <h2 id="agenda-heading" tabIndex={-1}>
        {t('editor.agenda')}
      </h2>
      {errors.agenda && <p class="field-error">{errors.agenda}</p>}
      {agenda.length === 0 && <p>{t('editor.agendaEmpty')}</p>}
      <ol class="agenda-editor">
        {agenda.map((item, index) => {
          const path = `agenda.${index}`;
          const itemLabel = t('editor.item', { n: index + 1 });
          const itemField = (name: 'time' | 'title.az' | 'title.en', key: 'time' | 'az' | 'en') => ({
            id: idOf(`${path}.${name}`),
            name: `${path}.${name}`,
            label: t(labels[name] ?? 'editor.item'),
            error: errors[`${path}.${name}`],
            value: item[key],
            onValue: (value: string) => dispatch({ type: 'setItem', key: item.key, name: key, value }),
          });
          return (
            <li key={item.key}>
              <fieldset class="group">
                <legend>{itemLabel}</legend>
                <div class="field-trio">
                  <TextField {...itemField('time', 'time')} type="time" />
                  <TextField {...itemField('title.az', 'az')} maxLength={300} />
                  <TextField {...itemField('title.en', 'en')} maxLength={300} />
                </div>
                <p class="speakers-label">{t('editor.speakers')}</p>
                <ul class="speakers">
                  {item.speakers.map((speaker, at) => (
                    <Speaker
                      key={speaker.key}
                      speaker={speaker}
                      path={`${path}.speakers.${at}`}
                      label={t('editor.speaker', { n: at + 1 })}
                      itemLabel={itemLabel}
                      errors={errors}
                      onChange={(name, value) =>
                        dispatch({ type: 'setSpeaker', itemKey: item.key, speakerKey: speaker.key, name, value })
                      }
                      onRemove={() => {
                        dispatch({ type: 'removeSpeaker', itemKey: item.key, speakerKey: speaker.key });
                        focusLater(`pick-${item.key}`);
                      }}
                    />
                  ))}
                </ul>
                <div class="button-row">
                  <button
                    id={`pick-${item.key}`}
                    type="button"
                    class="button button-secondary button-small"
                    aria-expanded={picking === item.key}
                    onClick={() => togglePicker(item.key)}
                  >
                    {t('editor.addMemberSpeaker')}
                  </button>
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    onClick={() => addSpeaker(index, item)}
                  >
                    {t('editor.addExternalSpeaker')}
                  </button>
                </div>
                {picking === item.key && Picker && (
                  <Picker
                    id={`picker-${item.key}`}
                    label={t('editor.findMember')}
                    onPick={(member) => addSpeaker(index, item, member)}
                  />
                )}
                <div class="button-row item-actions">
                  {index > 0 && (
                    <button
                      id={`move-up-${item.key}`}
                      type="button"
                      class="button button-secondary button-small"
                      aria-label={`${t('editor.moveUp')}: ${itemLabel}`}
                      onClick={() => moveItem(index, -1)}
                    >
                      {t('editor.moveUp')}
                    </button>
                  )}
                  {index < agenda.length - 1 && (
                    <button
                      id={`move-down-${item.key}`}
                      type="button"
                      class="button button-secondary button-small"
                      aria-label={`${t('editor.moveDown')}: ${itemLabel}`}
                      onClick={() => moveItem(index, 1)}
                    >
                      {t('editor.moveDown')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button-danger button-small"
                    aria-label={`${t('editor.removeItem')}: ${itemLabel}`}
                    onClick={() => removeItem(index)}
                  >
                    {t('editor.removeItem')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {agenda.length < maxAgendaItems && (
        <p>
          <button id="add-item" type="button" class="button button-secondary" onClick={addItem}>
            {t('editor.addItem')}
          </button>
        </p>
      )}
    </>
  );
}

/** A member speaker is shown as they are in the register; someone from outside is typed in. */
function Speaker({
  speaker,
  path,
  label,
  itemLabel,
  errors,
  onChange,
  onRemove,
}: {
  speaker: SpeakerDraft;
  path: string;
  label: string;
  itemLabel: string;
  errors: FieldMessages;
  onChange(name: 'name' | 'organisation', value: string): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  return (
    <li>
      {speaker.memberId ? (
        <p>
          {speaker.name}
          {speaker.organisation && `, ${speaker.organisation}`} <span class="tag">{t('editor.memberSpeaker')}</span>
        </p>
      ) : (
        <div class="field-pair">
          <TextField
            id={idOf(`${path}.name`)}
            name={`${path}.name`}
            label={`${label}: ${t('editor.speakerName')}`}
            maxLength={120}
            value={speaker.name}
            onValue={(value) => onChange('name', value)}
            error={errors[`${path}.name`]}
          />
          <TextField
            id={idOf(`${path}.organisation`)}
            name={`${path}.organisation`}
            label={`${label}: ${t('member.organisation')}`}
            optional
            maxLength={200}
            value={speaker.organisation}
            onValue={(value) => onChange('organisation', value)}
            error={errors[`${path}.organisation`]}
          />
        </div>
      )}
      <button
        type="button"
        class="button button-secondary button-small"
        aria-label={`${t('editor.removeSpeaker')}: ${speaker.name || label} (${itemLabel})`}
        onClick={onRemove}
      >
        {t('editor.removeSpeaker')}
      </button>
    </li>
  );
}
