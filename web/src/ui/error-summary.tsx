import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import { useI18n } from '../app/i18n.ts';
import type { FieldMessages } from './field-messages.ts';

export interface SummaryItem {
  fieldId: string;
  label: string;
  message: string;
}

/** The summary of a form's errors, in the order its fields appear. */
export function summaryOf(
  fields: Record<string, { id: string; label: MessageKey }>,
  errors: FieldMessages,
  t: (key: MessageKey) => string,
): SummaryItem[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const message = errors[name];
    return message ? [{ fieldId: field.id, label: t(field.label), message }] : [];
  });
}

/**
 * Listed above a form that came back with errors, and focused, so that a screen-reader user hears
 * how many there are and can jump to each field.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const { tPlural } = useI18n();
  const box = useRef<HTMLElement>(null);

  useEffect(() => {
    if (items.length > 0) box.current?.focus();
  }, [attempt]);

  if (items.length === 0) return null;
  return (
    <section ref={box} class="error-summary" tabIndex={-1} aria-labelledby={`summary-${attempt}`}>
      <p id={`summary-${attempt}`} class="error-summary-title">
        {tPlural('common.formErrors', items.length)}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
