import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n.ts';

export interface SummaryItem {
  fieldId: string;
  message: string;
}

/**
 * Listed above a form that came back with errors, and focused, so that a screen-reader user hears
 * how many there are and can jump to each field.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const { tPlural } = useI18n();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length > 0) box.current?.focus();
  }, [attempt]);

  if (items.length === 0) return null;
  return (
    <div ref={box} class="error-summary" tabIndex={-1} aria-labelledby={`summary-${attempt}`}>
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
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
