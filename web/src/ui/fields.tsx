import type { ComponentChildren } from 'preact';
import { useI18n } from '../app/i18n.ts';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  optional?: boolean;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, error, hint, optional, children }: FieldProps & { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> {t('common.optional')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

interface TextFieldProps extends FieldProps {
  name: string;
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'search' | 'url' | 'date' | 'time';
  autoComplete?: string;
  maxLength?: number;
  inputMode?: 'numeric';
}

export function TextField({
  name,
  value,
  onValue,
  type = 'text',
  autoComplete,
  maxLength,
  inputMode,
  ...frame
}: TextFieldProps) {
  return (
    <FieldFrame {...frame}>
      <input
        id={frame.id}
        name={name}
        type={type}
        list={undefined /* no suggestions; also lets the type be any of the text-like kinds */}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
        spellcheck={type === 'email' || type === 'url' ? false : undefined}
        aria-invalid={frame.error ? 'true' : undefined}
        aria-describedby={describedBy(frame.id, frame.hint, frame.error)}
      />
    </FieldFrame>
  );
}

interface TextAreaProps extends FieldProps {
  name: string;
  value: string;
  onValue(value: string): void;
  maxLength?: number;
}

/** From this share of its limit on, a long text shows how many characters are left. */
const countFrom = 0.8;

export function TextAreaField({ name, value, onValue, maxLength, ...frame }: TextAreaProps) {
  const { tPlural } = useI18n();
  const counted = maxLength !== undefined && value.length >= maxLength * countFrom;
  const describedIds = [describedBy(frame.id, frame.hint, frame.error), counted ? `${frame.id}-count` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <FieldFrame {...frame}>
      <textarea
        id={frame.id}
        name={name}
        rows={5}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        maxLength={maxLength}
        aria-invalid={frame.error ? 'true' : undefined}
        aria-describedby={describedIds || undefined}
      />
      {/* Not a live region: read with the field, rather than on every key pressed. */}
      {counted && (
        <p
          id={`${frame.id}-count`}
          class={value.length >= maxLength ? 'hint field-count field-count-full' : 'hint field-count'}
        >
          {tPlural('common.charactersLeft', Math.max(0, maxLength - value.length))}
        </p>
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<V extends string> extends FieldProps {
  name: string;
  value: V | '';
  options: ReadonlyArray<{ value: V | ''; label: string }>;
  onValue(value: V | ''): void;
}

export function SelectField<V extends string>({ name, value, options, onValue, ...frame }: SelectFieldProps<V>) {
  return (
    <FieldFrame {...frame}>
      <select
        id={frame.id}
        name={name}
        value={value}
        onChange={(event) => onValue(event.currentTarget.value as V | '')}
        aria-invalid={frame.error ? 'true' : undefined}
        aria-describedby={describedBy(frame.id, frame.hint, frame.error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
