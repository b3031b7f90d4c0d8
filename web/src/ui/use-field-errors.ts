import { useCallback, useState } from 'preact/hooks';
import { ApiError } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { byField, type FieldMessages } from './field-messages.ts';

/**
 * A form's field errors and how many times they were shown: each showing is a new attempt, so
 * the error summary takes the focus again even when the same errors come back.
 */
export function useFieldErrors() {
  const i18n = useI18n();
  const [errors, setErrors] = useState<FieldMessages>({});
  const [attempt, setAttempt] = useState(0);

  const showErrors = useCallback((found: FieldMessages) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  }, []);
  const clearErrors = useCallback(() => setErrors({}), []);

  /** Changes the errors quietly (a field fixed, a list renumbered), without moving the focus. */
  const keepErrors = useCallback((change: (current: FieldMessages) => FieldMessages) => setErrors(change), []);

  /**
   * Shows the fields the API found fault with, each where `place` puts it; false when the error
   * names no field (the form then says what went wrong in its own way).
   */
  function showApiErrors(error: unknown, place: (found: FieldMessages) => FieldMessages = (found) => found): boolean {
    const found = error instanceof ApiError ? place(byField(i18n, error.errors)) : {};
    if (Object.keys(found).length === 0) return false;
    showErrors(found);
    return true;
  }

  return { errors, attempt, showErrors, showApiErrors, clearErrors, keepErrors };
}
